//! The checks: what a response's status code requires of it, each with its level and the
//! section of the RFC it rests on. Levels follow the RFC's words: an error breaks a MUST or
//! MUST NOT, a field's grammar (which RFC 9110 §2.2 says a sender MUST NOT break) or what a
//! message can carry at all (content after a 204 or 304, which end with their header
//! section); a warning goes against a SHOULD or contradicts the code's own definition; a note
//! is advice.

use std::collections::HashSet;

use serde_json::Value;

use super::History;
use super::message::{Exchange, Request, Response};
use crate::db::{self, Standing, Status};

mod client;
mod fields;
mod grammar;
mod interim;
mod redirection;
mod status;
mod success;

// The stages `check` runs, and the grammar helpers more than one of them reads.
use client::client_error;
use fields::{content, fields};
use grammar::{
    is_content_range, is_http_date, is_method_list, is_obsolete_http_date, starts_with_auth_scheme,
};
use interim::{interim, is_safe_method};
use redirection::{content_length_as_for_200, redirection};
use status::standing;
use success::{partial, success};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Level {
    Note,
    Warning,
    Error,
}

impl Level {
    pub fn label(self) -> &'static str {
        match self {
            Level::Note => "note",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One problem found in one response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The check's stable id, as listed in `CHECKS`.
    pub check: &'static str,
    pub level: Level,
    /// What is wrong and what to do, in one line. It may quote what the server sent, as
    /// sent: the terminal renderer makes it safe to show.
    pub message: String,
    /// Where the rule is written: "RFC 9110 §15.5.2".
    pub source: &'static str,
}

/// Every check: its id, its level (some are lower where the RFC says less), and its source.
pub const CHECKS: &[(&str, Level, &str)] = &[
    ("status-out-of-range", Level::Error, "RFC 9110 §15"),
    ("status-unassigned", Level::Note, "RFC 9110 §15"),
    (
        "status-unofficial",
        Level::Note,
        "IANA HTTP Status Code Registry",
    ),
    ("status-deprecated", Level::Warning, "RFC 9110 §15.4.6"),
    (
        "status-reserved",
        Level::Warning,
        "RFC 9110 §15.4.7, §15.5.19",
    ),
    (
        "reason-names-other-code",
        Level::Note,
        "RFC 9112 §4; RFC 9110 §15",
    ),
    ("reason-is-old-name", Level::Note, "RFC 9112 §4"),
    ("1xx-to-http-1.0", Level::Error, "RFC 9110 §15.2"),
    ("100-without-expect", Level::Note, "RFC 9110 §10.1.1"),
    ("101-without-upgrade", Level::Error, "RFC 9110 §15.2.2"),
    ("101-not-requested", Level::Error, "RFC 9110 §7.8"),
    (
        "content-length-on-1xx-or-204",
        Level::Error,
        "RFC 9110 §8.6",
    ),
    (
        "transfer-encoding-on-1xx-or-204",
        Level::Error,
        "RFC 9112 §6.1",
    ),
    (
        "201-without-location",
        Level::Warning,
        "RFC 9110 §9.3.3, §15.3.2",
    ),
    ("201-location-implied", Level::Note, "RFC 9110 §15.3.2"),
    ("201-to-safe-method", Level::Note, "RFC 9110 §9.2.1"),
    ("204-with-content", Level::Error, "RFC 9110 §15.3.5"),
    ("205-with-content", Level::Error, "RFC 9110 §15.3.6"),
    (
        "206-without-content-range",
        Level::Error,
        "RFC 9110 §15.3.7.1",
    ),
    (
        "206-without-range-request",
        Level::Warning,
        "RFC 9110 §15.3.7",
    ),
    ("content-range-syntax", Level::Error, "RFC 9110 §14.4, §2.2"),
    ("206-missing-fields", Level::Error, "RFC 9110 §15.3.7"),
    (
        "multipart-206-with-content-range",
        Level::Error,
        "RFC 9110 §15.3.7.2",
    ),
    (
        "multipart-206-to-single-range",
        Level::Error,
        "RFC 9110 §15.3.7.2",
    ),
    ("2xx-with-error-body", Level::Note, "RFC 9110 §15.3"),
    (
        "2xx-with-problem-details",
        Level::Warning,
        "RFC 9457 §3; RFC 9110 §15.3",
    ),
    (
        "redirect-without-location",
        Level::Warning,
        "RFC 9110 §15.4.2-§15.4.9",
    ),
    ("303-without-location", Level::Note, "RFC 9110 §15.4.4"),
    ("300-without-choices", Level::Warning, "RFC 9110 §15.4.1"),
    ("location-syntax", Level::Error, "RFC 9110 §10.2.2, §2.2"),
    ("304-with-content", Level::Error, "RFC 9110 §15.4.5"),
    ("304-without-condition", Level::Warning, "RFC 9110 §15.4.5"),
    ("304-missing-fields", Level::Error, "RFC 9110 §15.4.5"),
    (
        "304-with-representation-metadata",
        Level::Warning,
        "RFC 9110 §15.4.5",
    ),
    ("content-length-not-the-200s", Level::Error, "RFC 9110 §8.6"),
    ("304-content-length-zero", Level::Note, "RFC 9110 §8.6"),
    (
        "6585-response-storable",
        Level::Error,
        "RFC 6585 §3, §4, §5, §6",
    ),
    ("511-with-challenge", Level::Warning, "RFC 6585 §6"),
    (
        "post-redirected-with-301-or-302",
        Level::Note,
        "RFC 9110 §15.4.2, §15.4.3",
    ),
    ("redirect-loop", Level::Warning, "RFC 9110 §15.4"),
    (
        "401-without-www-authenticate",
        Level::Error,
        "RFC 9110 §15.5.2",
    ),
    (
        "407-without-proxy-authenticate",
        Level::Error,
        "RFC 9110 §15.5.8",
    ),
    ("405-without-allow", Level::Error, "RFC 9110 §15.5.6"),
    ("allow-syntax", Level::Error, "RFC 9110 §10.2.1, §2.2"),
    (
        "challenge-syntax",
        Level::Error,
        "RFC 9110 §11.6.1, §11.7.1, §2.2",
    ),
    ("405-allows-the-method", Level::Note, "RFC 9110 §15.5.6"),
    (
        "416-without-content-range",
        Level::Warning,
        "RFC 9110 §15.5.17",
    ),
    ("417-without-expect", Level::Note, "RFC 9110 §15.5.18"),
    ("426-without-upgrade", Level::Error, "RFC 9110 §15.5.22"),
    ("451-without-blocked-by", Level::Warning, "RFC 7725 §4"),
    ("413-without-retry-after", Level::Note, "RFC 9110 §15.5.14"),
    ("429-without-retry-after", Level::Note, "RFC 6585 §4"),
    ("503-without-retry-after", Level::Note, "RFC 9110 §15.6.4"),
    ("retry-after-syntax", Level::Error, "RFC 9110 §10.2.3, §2.2"),
    ("date-missing", Level::Error, "RFC 9110 §6.6.1"),
    ("date-not-imf-fixdate", Level::Error, "RFC 9110 §5.6.7"),
    (
        "transfer-encoding-to-http-1.0",
        Level::Error,
        "RFC 9112 §6.1",
    ),
    (
        "415-to-patch-without-accept-patch",
        Level::Warning,
        "RFC 5789 §2.2",
    ),
    (
        "content-without-content-type",
        Level::Warning,
        "RFC 9110 §8.3",
    ),
    (
        "error-without-explanation",
        Level::Warning,
        "RFC 9110 §15.5, §15.6",
    ),
    ("connect-2xx-with-framing", Level::Error, "RFC 9110 §9.3.6"),
    ("content-length-syntax", Level::Error, "RFC 9110 §8.6, §2.2"),
    (
        "content-length-with-transfer-encoding",
        Level::Error,
        "RFC 9112 §6.2",
    ),
    (
        "connection-field-in-h2-or-h3",
        Level::Error,
        "RFC 9113 §8.2.2; RFC 9114 §4.2",
    ),
    ("early-data-in-response", Level::Error, "RFC 8470 §5.1"),
    (
        "error-cacheable-by-shared-caches",
        Level::Note,
        "RFC 9111 §3, §5.2.2.9, §5.2.2.10",
    ),
];

/// The source of a check, from `CHECKS`.
fn source(check: &str) -> &'static str {
    CHECKS
        .iter()
        .find(|(id, _, _)| *id == check)
        .map_or("", |(_, _, source)| source)
}

/// Collects findings for one response.
struct Findings(Vec<Finding>);

impl Findings {
    /// Adds a finding of `check` at the level `CHECKS` gives it, the one place a check's
    /// level is written.
    fn add(&mut self, check: &'static str, message: impl Into<String>) {
        self.add_cited(check, message, source(check));
    }

    /// Adds a finding whose source depends on the case (the defining document of the code
    /// the check is about).
    fn add_cited(&mut self, check: &'static str, message: impl Into<String>, source: &'static str) {
        let level = CHECKS
            .iter()
            .find(|(id, _, _)| *id == check)
            .map(|(_, level, _)| *level);
        debug_assert!(level.is_some(), "{check} is not in CHECKS");
        self.0.push(Finding {
            check,
            level: level.unwrap_or(Level::Note),
            message: message.into(),
            source,
        });
    }
}

/// The findings for `exchange`, given what earlier responses left in `history` (which
/// matters for 304s and redirect loops). Record the exchange in the history afterwards.
pub fn check(exchange: &Exchange, history: &History) -> Vec<Finding> {
    let response = &exchange.response;
    let request = exchange.request.as_deref();
    let mut found = Findings(Vec::new());
    // A proxy's answer to CONNECT opens a tunnel rather than being a response of the
    // server's: only what RFC 9110 §9.3.6 says of it applies.
    if answers_connect(exchange) {
        tunnel(&mut found, response);
        return found.0;
    }
    standing(&mut found, response);
    interim(&mut found, response, request);
    success(&mut found, response, request);
    redirection(&mut found, exchange, history);
    if response.code == 206 {
        partial(&mut found, exchange, history);
    }
    if response.code != 304 && request.is_some_and(|r| r.method == "HEAD") {
        content_length_as_for_200(&mut found, exchange, history);
    }
    client_error(&mut found, response, request);
    fields(&mut found, response);
    content(&mut found, response, request);
    if request.is_some_and(|r| r.version == "HTTP/1.0") && response.fields.has("transfer-encoding")
    {
        found.add(
            "transfer-encoding-to-http-1.0",
            "the request was HTTP/1.0, which knows no Transfer-Encoding: a server MUST NOT send \
             one; close the connection to end the content, or send Content-Length",
        );
    }
    found.0
}

/// Whether `exchange` is a proxy's answer to CONNECT: the request says so, or, where the
/// input shows no request (`curl -si` through an HTTPS proxy), the status line is the one
/// proxies send: `200 Connection established`.
fn answers_connect(exchange: &Exchange) -> bool {
    match exchange.request.as_deref() {
        Some(request) => request.method == "CONNECT",
        None => {
            exchange.response.code == 200
                && exchange
                    .response
                    .reason
                    .eq_ignore_ascii_case("connection established")
        }
    }
}

/// A 2xx to CONNECT switches to a tunnel right after its header section: it can carry no
/// framing of content.
fn tunnel(found: &mut Findings, response: &Response) {
    let framing: Vec<&str> = ["Transfer-Encoding", "Content-Length"]
        .into_iter()
        .filter(|name| response.fields.has(name))
        .collect();
    if (200..300).contains(&response.code) && !framing.is_empty() {
        found.add(
            "connect-2xx-with-framing",
            format!(
                "a {} to CONNECT MUST NOT carry {}: the tunnel starts right after the header \
                 section",
                response.code,
                framing.join(" or ")
            ),
        );
    }
}

/// The findings of every exchange in order, each checked against the ones before it.
#[cfg(test)]
pub fn check_all(exchanges: &[Exchange]) -> Vec<Vec<Finding>> {
    let mut history = History::default();
    exchanges
        .iter()
        .map(|exchange| {
            let found = check(exchange, &history);
            history.record(exchange);
            found
        })
        .collect()
}

#[cfg(test)]
mod tests;
