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
    ("405-allows-the-method", Level::Note, "RFC 9110 §15.5.6"),
    (
        "416-without-content-range",
        Level::Warning,
        "RFC 9110 §15.5.17",
    ),
    ("417-without-expect", Level::Note, "RFC 9110 §15.5.18"),
    ("426-without-upgrade", Level::Error, "RFC 9110 §15.5.22"),
    ("413-without-retry-after", Level::Note, "RFC 9110 §15.5.14"),
    ("429-without-retry-after", Level::Note, "RFC 6585 §4"),
    ("503-without-retry-after", Level::Note, "RFC 9110 §15.6.4"),
    ("retry-after-syntax", Level::Error, "RFC 9110 §10.2.3, §2.2"),
    ("date-missing", Level::Error, "RFC 9110 §6.6.1"),
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
    if response.code != 304 && request.is_some_and(|r| r.method == "HEAD") {
        content_length_as_for_200(&mut found, exchange, history);
    }
    client_error(&mut found, response, request);
    fields(&mut found, response);
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

fn standing(found: &mut Findings, response: &Response) {
    let code = response.code;
    if !(100..=599).contains(&code) {
        found.add(
            "status-out-of-range",
            format!("{code} is outside 100-599, the only status codes HTTP defines"),
        );
        return;
    }
    let meanings = db::meanings(code);
    let Some(lead) = meanings.first() else {
        found.add(
            "status-unassigned",
            format!(
                "{code} is unassigned: clients that do not know it treat it as {}",
                code / 100 * 100
            ),
        );
        return;
    };
    match lead.standing {
        Standing::Unofficial { vendor, .. } => found.add(
            "status-unofficial",
            format!(
                "{code} is not registered; it is {vendor}'s \"{}\"",
                lead.name
            ),
        ),
        Standing::Deprecated | Standing::Obsoleted => found.add_cited(
            "status-deprecated",
            format!(
                "{code} {} is no longer to be used: see 'httpcode {code}'",
                lead.name
            ),
            defined_by(code),
        ),
        Standing::Reserved => found.add_cited(
            "status-reserved",
            format!("{code} is reserved and has no meaning to send"),
            defined_by(code),
        ),
        Standing::Standard | Standing::Temporary { .. } => {}
    }
    reason(found, response, &meanings);
}

/// Where a retired or reserved code's standing is written: its own section, or the
/// registry for a code whose RFC is no longer on the standards track.
fn defined_by(code: u16) -> &'static str {
    match code {
        305 => "RFC 9110 §15.4.6",
        306 => "RFC 9110 §15.4.7",
        418 => "RFC 9110 §15.5.19",
        510 => "IANA HTTP Status Code Registry (510 obsoleted; RFC 2774 is Historic)",
        _ => "IANA HTTP Status Code Registry",
    }
}

/// A name compared by its letters and digits only: "Not found" and "Not-Found" match.
fn name_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn named_alias(alias: &str, reason: &str) -> bool {
    name_key(alias) == name_key(reason)
}

/// Whether `reason` is one of `status`'s names: `Some(true)` today's (in any case and
/// spacing), `Some(false)` a former one, matched by its letters ("Gateway Time-out" is
/// RFC 2616's name for 504, not today's "Gateway Timeout").
fn named(status: &Status, reason: &str) -> Option<bool> {
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_ascii_lowercase)
            .collect::<Vec<_>>()
    };
    if words(status.name) == words(reason) {
        Some(true)
    } else if status
        .former_names
        .iter()
        .any(|a| named_alias(a.name, reason))
    {
        Some(false)
    } else {
        None
    }
}

fn reason(found: &mut Findings, response: &Response, meanings: &[&'static Status]) {
    let phrase = response.reason.trim();
    if phrase.is_empty() {
        return;
    }
    let mine: Vec<Option<bool>> = meanings.iter().map(|s| named(s, phrase)).collect();
    if mine.contains(&Some(true)) {
        return;
    }
    if mine.contains(&Some(false)) {
        // Where the other name comes from: an older RFC, or a server's own wording.
        let alias = meanings
            .iter()
            .flat_map(|s| s.former_names)
            .find(|a| named_alias(a.name, phrase));
        let whose = match alias.map(|a| a.source) {
            Some(source) if source.starts_with("RFC") => format!("an older name ({source})"),
            Some(source) => format!("{source}'s name"),
            None => "an older name".to_string(),
        };
        found.add(
            "reason-is-old-name",
            format!(
                "\"{}\" is {whose} for {}; RFC 9110 calls it \"{}\" (clients ignore the phrase)",
                phrase, response.code, meanings[0].name
            ),
        );
        return;
    }
    if let Some(other) = db::by_name(phrase).filter(|s| s.code != response.code) {
        found.add(
            "reason-names-other-code",
            format!(
                "the reason phrase \"{}\" is the name of {}, not of {}: the code is what counts",
                phrase, other.code, response.code
            ),
        );
    }
}

fn interim(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let no_content_allowed = code < 200 || code == 204;
    if no_content_allowed && response.fields.has("content-length") {
        found.add(
            "content-length-on-1xx-or-204",
            format!("a {code} MUST NOT carry Content-Length: remove it"),
        );
    }
    if no_content_allowed && response.fields.has("transfer-encoding") {
        found.add(
            "transfer-encoding-on-1xx-or-204",
            format!("a {code} MUST NOT carry Transfer-Encoding: remove it"),
        );
    }
    if !(100..200).contains(&code) {
        return;
    }
    if let Some(request) = request {
        if request.version == "HTTP/1.0" {
            found.add(
                "1xx-to-http-1.0",
                format!("a server MUST NOT send a 1xx such as {code} to an HTTP/1.0 client"),
            );
        }
        let expects = request
            .fields
            .list("expect")
            .any(|v| v.eq_ignore_ascii_case("100-continue"));
        if code == 100 && !expects {
            found.add(
                "100-without-expect",
                "100 Continue answers Expect: 100-continue, which the request did not send",
            );
        }
        if code == 101 && !request.fields.has("upgrade") {
            found.add(
                "101-not-requested",
                "101 switches to a protocol the request named in Upgrade, and this request \
                 named none: a server MUST NOT switch unasked",
            );
        }
    }
    if code == 101 && !response.fields.has("upgrade") {
        found.add(
            "101-without-upgrade",
            "a 101 MUST carry Upgrade naming the protocol now in use",
        );
    }
}

fn is_safe_method(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS" | "TRACE")
}

fn success(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let method = request.map(|r| r.method.as_str());
    if code == 201 && !response.fields.has("location") {
        if method == Some("POST") {
            found.add(
                "201-without-location",
                "a 201 to a POST SHOULD carry Location naming the new resource",
            );
        } else {
            found.add(
                "201-location-implied",
                "without Location, a 201 says the new resource is the request's own URL; \
                 add Location if it is elsewhere",
            );
        }
    }
    if code == 201 && method.is_some_and(is_safe_method) {
        found.add(
            "201-to-safe-method",
            format!(
                "201 says something was created, but {} is a safe method that asks for no \
                 change",
                method.unwrap_or_default()
            ),
        );
    }
    if code == 205 && response.content.length > 0 {
        found.add(
            "205-with-content",
            format!(
                "a 205 MUST NOT carry content, and {} bytes follow: the client is to reset its \
                 view, not show something",
                response.content.length
            ),
        );
    }
    if code == 204 && response.content.length > 0 {
        found.add(
            "204-with-content",
            format!(
                "a 204 ends with its header section and cannot carry content, but {} bytes \
                 follow: send 200 with the content, or nothing",
                response.content.length
            ),
        );
    }
    if code == 206 {
        let multipart = response
            .fields
            .get("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("multipart/byteranges"));
        if !response.fields.has("content-range") && !multipart {
            found.add(
                "206-without-content-range",
                "a 206 with one part MUST carry Content-Range saying which bytes it holds",
            );
        }
        if request.is_some_and(|r| !r.fields.has("range")) {
            found.add(
                "206-without-range-request",
                "206 answers a range request, and this request had no Range: send 200 with \
                 the whole representation",
            );
        }
    }
    if (200..300).contains(&code) {
        error_body(found, response);
    }
}

/// A 2xx whose JSON content reports a failure, the most common API mistake.
fn error_body(found: &mut Findings, response: &Response) {
    let content_type = response
        .fields
        .get("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if content_type.starts_with("application/problem+json") {
        found.add(
            "2xx-with-problem-details",
            format!(
                "a {} with a problem details body reports an error as success: send the 4xx \
                 or 5xx the problem calls for",
                response.code
            ),
        );
        return;
    }
    let Ok(value) = serde_json::from_slice::<Value>(&response.content.start) else {
        return;
    };
    let Some(object) = value.as_object() else {
        return;
    };
    // A result with data beside its errors (GraphQL, partial success) is a valid design.
    if object.contains_key("data") {
        return;
    }
    let failed = |key: &str| -> Option<String> {
        let v = object.get(key)?;
        let bad = match (key, v) {
            ("error" | "errors", Value::Null | Value::Bool(false)) => false,
            ("error" | "errors", Value::String(s)) => !s.is_empty(),
            ("error" | "errors", Value::Array(a)) => !a.is_empty(),
            ("error" | "errors", Value::Object(o)) => !o.is_empty(),
            ("error" | "errors", _) => true,
            ("success" | "ok", Value::Bool(false)) => true,
            ("status", Value::String(s)) => {
                matches!(
                    s.to_ascii_lowercase().as_str(),
                    "error" | "fail" | "failed" | "failure"
                )
            }
            ("status", Value::Number(n)) => n.as_u64().is_some_and(|n| (400..600).contains(&n)),
            _ => false,
        };
        bad.then(|| format!("\"{key}\": {}", v))
    };
    let sign = ["error", "errors", "success", "ok", "status"]
        .into_iter()
        .find_map(failed);
    if let Some(sign) = sign {
        let sign: String = sign.chars().take(60).collect();
        found.add(
            "2xx-with-error-body",
            format!(
                "a {} whose body says {sign} reports a failure as success: send the 4xx or 5xx \
                 that fits, so clients, caches and monitors see it",
                response.code
            ),
        );
    }
}

/// Whether `value` is a URI reference: RFC 3986 characters only, `%` followed by two hex
/// digits.
fn is_uri_reference(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}

fn redirection(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let request = exchange.request.as_deref();
    let code = response.code;
    let location = response.fields.get("location");
    match (code, location) {
        (301 | 302 | 307 | 308, None) => found.add(
            "redirect-without-location",
            format!("a {code} SHOULD carry Location with the URL to go to"),
        ),
        (303, None) => found.add(
            "303-without-location",
            "a 303 sends the client to the URL in Location, and there is none",
        ),
        _ => {}
    }
    if let Some(location) = location
        && !is_uri_reference(location)
    {
        found.add(
            "location-syntax",
            format!(
                "Location \"{}\" is not a URI reference: percent-encode spaces and other \
                 characters outside RFC 3986",
                location
            ),
        );
    }
    if matches!(code, 301 | 302) && request.is_some_and(|r| r.method == "POST") {
        found.add(
            "post-redirected-with-301-or-302",
            format!(
                "user agents may follow a {code} to a POST with GET and no body: use {} to \
                 keep the method",
                if code == 301 { 308 } else { 307 }
            ),
        );
    }
    if code == 304 {
        not_modified(found, exchange, history);
    }
    if matches!(code, 301 | 302 | 303 | 307 | 308)
        && let Some(location) = location
        && history.loops_to(exchange, location)
    {
        found.add(
            "redirect-loop",
            format!(
                "the redirects loop: \"{}\" was already a redirect target earlier in the chain",
                location
            ),
        );
    }
}

fn not_modified(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let metadata: Vec<&str> = ["Content-Type", "Content-Encoding", "Content-Language"]
        .into_iter()
        .filter(|name| response.fields.has(name))
        .collect();
    if !metadata.is_empty() {
        found.add(
            "304-with-representation-metadata",
            format!(
                "a 304 SHOULD NOT carry representation metadata beyond the validators and \
                 cache fields: drop {}",
                metadata.join(", ")
            ),
        );
    }
    content_length_as_for_200(found, exchange, history);
    if response.content.length > 0 {
        found.add(
            "304-with-content",
            format!(
                "a 304 ends with its header section and cannot carry content, but {} bytes \
                 follow",
                response.content.length
            ),
        );
    }
    let Some(request) = exchange.request.as_deref() else {
        return;
    };
    let conditional =
        request.fields.has("if-none-match") || request.fields.has("if-modified-since");
    if !conditional {
        found.add(
            "304-without-condition",
            "304 answers a conditional GET or HEAD, and this request had no If-None-Match or \
             If-Modified-Since: send 200",
        );
    }
    // The fields a 200 to the same request would have carried: from the request's own
    // validator, and from any earlier 200 for the same target in the input.
    let mut expected: Vec<&str> = Vec::new();
    if request.fields.has("if-none-match") {
        expected.push("ETag");
    }
    for name in history.fields_of_200(request) {
        if !expected.contains(&name) {
            expected.push(name);
        }
    }
    let missing: Vec<&str> = expected
        .into_iter()
        .filter(|name| !response.fields.has(name))
        .collect();
    if !missing.is_empty() {
        found.add(
            "304-missing-fields",
            format!(
                "a 304 MUST carry the fields a 200 would have: add {}",
                missing.join(", ")
            ),
        );
    }
}

/// A Content-Length on a 304 or on a response to HEAD must be the 200's to a GET of the same
/// target (RFC 9110 §8.6); compared with a 200 the input holds, and on a 304 alone a length
/// of 0 is pointed out, the usual way of getting it wrong.
fn content_length_as_for_200(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let Some(declared) = response
        .fields
        .get("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok())
    else {
        return;
    };
    let sent = exchange
        .request
        .as_deref()
        .and_then(|r| history.length_of_200(&r.target));
    match sent {
        Some(length) if length != declared => found.add(
            "content-length-not-the-200s",
            format!(
                "Content-Length {declared} on a {} MUST be the {length} octets the 200 to a GET \
                 of the same target carried, or be left out",
                if response.code == 304 {
                    "304"
                } else {
                    "response to HEAD"
                }
            ),
        ),
        None if response.code == 304 && declared == 0 => found.add(
            "304-content-length-zero",
            "Content-Length: 0 on a 304 claims the 200 would be empty; leave Content-Length \
             out unless it is the 200's length",
        ),
        _ => {}
    }
}

fn client_error(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let fields = &response.fields;
    match code {
        401 if !fields.has("www-authenticate") => found.add(
            "401-without-www-authenticate",
            "a 401 MUST carry WWW-Authenticate with a challenge, such as Bearer or Basic; if \
             logging in again cannot help, the code is 403",
        ),
        407 if !fields.has("proxy-authenticate") => found.add(
            "407-without-proxy-authenticate",
            "a 407 MUST carry Proxy-Authenticate with the proxy's challenge",
        ),
        405 if !fields.has("allow") => found.add(
            "405-without-allow",
            match request {
                Some(r) => format!(
                    "a 405 MUST carry Allow listing the methods the resource supports, which {} \
                     is not among",
                    r.method
                ),
                None => "a 405 MUST carry Allow listing the methods the resource supports".into(),
            },
        ),
        405 => {
            if let Some(method) = request.map(|r| r.method.as_str())
                && fields.list("allow").any(|m| m == method)
            {
                found.add(
                    "405-allows-the-method",
                    format!("the 405 refuses {method}, yet its Allow lists {method}"),
                );
            }
        }
        416 if !fields.has("content-range") => {
            let ranged = request.is_none_or(|r| {
                r.fields
                    .get("range")
                    .is_some_and(|v| v.trim_start().starts_with("bytes"))
            });
            if ranged {
                found.add(
                    "416-without-content-range",
                    "a 416 to a byte-range request SHOULD carry Content-Range: bytes */LENGTH \
                     with the current length",
                );
            }
        }
        417 if request.is_some_and(|r| !r.fields.has("expect")) => found.add(
            "417-without-expect",
            "417 says an Expect could not be met, and the request sent no Expect",
        ),
        426 if !fields.has("upgrade") => found.add(
            "426-without-upgrade",
            "a 426 MUST carry Upgrade naming the protocol to switch to",
        ),
        // Only a temporary condition asks for Retry-After; a size limit is not one.
        413 if !fields.has("retry-after") && says_temporary(response) => found.add(
            "413-without-retry-after",
            "the response says the condition is temporary, so it SHOULD say when to retry \
             with Retry-After",
        ),
        429 if !fields.has("retry-after") => found.add(
            "429-without-retry-after",
            "a 429 may say when to come back with Retry-After, which spares clients guessing",
        ),
        503 if !fields.has("retry-after") => found.add(
            "503-without-retry-after",
            "a 503 may say when to come back with Retry-After, which spares clients guessing",
        ),
        _ => {}
    }
}

/// Whether the response's own words say its condition is temporary.
fn says_temporary(response: &Response) -> bool {
    let body = String::from_utf8_lossy(&response.content.start).to_ascii_lowercase();
    ["temporar", "try again", "retry later"]
        .iter()
        .any(|w| body.contains(w))
}

/// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` or
/// `Sun Nov  6 08:49:37 1994`: the three HTTP-date forms, checked for shape.
fn is_http_date(value: &str) -> bool {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const LONG_DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let time = |s: &str| {
        let parts: Vec<&str> = s.split(':').collect();
        parts.len() == 3 && parts.iter().all(|p| digits(p, 2))
    };
    let words: Vec<&str> = value.split(' ').collect();
    match words.as_slice() {
        // IMF-fixdate
        [day, dd, mon, yyyy, hms, "GMT"] => {
            day.strip_suffix(',').is_some_and(|d| DAYS.contains(&d))
                && digits(dd, 2)
                && MONTHS.contains(mon)
                && digits(yyyy, 4)
                && time(hms)
        }
        // rfc850-date
        [day, date, hms, "GMT"] => {
            let parts: Vec<&str> = date.split('-').collect();
            day.strip_suffix(',')
                .is_some_and(|d| LONG_DAYS.contains(&d))
                && parts.len() == 3
                && digits(parts[0], 2)
                && MONTHS.contains(&parts[1])
                && digits(parts[2], 2)
                && time(hms)
        }
        // asctime-date, a one-digit day padded with a space
        [day, mon, "", d, hms, yyyy] | [day, mon, d, hms, yyyy] => {
            DAYS.contains(day)
                && MONTHS.contains(mon)
                && (digits(d, 1) || digits(d, 2))
                && time(hms)
                && digits(yyyy, 4)
        }
        _ => false,
    }
}

/// Whether `value` is a comma-separated list of method tokens (possibly empty).
fn is_method_list(value: &str) -> bool {
    value.split(',').map(str::trim).all(|m| {
        m.is_empty()
            || m.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
    })
}

/// `bytes 0-99/1000`, `bytes 0-99/*` or `bytes */1000`.
fn is_content_range(value: &str) -> bool {
    let Some((unit, rest)) = value.split_once(' ') else {
        return false;
    };
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if unit.is_empty()
        || !unit
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._".contains(&b))
    {
        return false;
    }
    if let Some(length) = rest.strip_prefix("*/") {
        return number(length);
    }
    let Some((range, length)) = rest.split_once('/') else {
        return false;
    };
    let Some((first, last)) = range.split_once('-') else {
        return false;
    };
    number(first)
        && number(last)
        && (length == "*" || number(length))
        && first.parse::<u128>().ok() <= last.parse::<u128>().ok()
}

fn fields(found: &mut Findings, response: &Response) {
    let fields = &response.fields;
    let code = response.code;
    for value in fields.all("retry-after") {
        let value = value.trim();
        let seconds = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
        if !seconds && !is_http_date(value) {
            found.add(
                "retry-after-syntax",
                format!(
                    "Retry-After \"{}\" is neither a number of seconds nor an HTTP date such as \
                     Sun, 06 Nov 1994 08:49:37 GMT",
                    value
                ),
            );
        }
    }
    for value in fields.all("allow") {
        if !is_method_list(value) {
            found.add(
                "allow-syntax",
                format!(
                    "Allow \"{}\" is not a comma-separated list of methods",
                    value
                ),
            );
        }
    }
    for value in fields.all("content-range") {
        if !is_content_range(value.trim()) {
            found.add(
                "content-range-syntax",
                format!(
                    "Content-Range \"{}\" is not \"bytes FIRST-LAST/LENGTH\" or \"bytes */LENGTH\"",
                    value
                ),
            );
        }
    }
    let lengths: HashSet<&str> = fields.all("content-length").map(str::trim).collect();
    let numeric = lengths
        .iter()
        .all(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    if lengths.len() > 1 || !numeric {
        let all: Vec<&str> = fields.all("content-length").collect();
        found.add(
            "content-length-syntax",
            format!(
                "Content-Length must be one decimal number, not \"{}\"",
                all.join(", ")
            ),
        );
    }
    if fields.has("content-length") && fields.has("transfer-encoding") {
        found.add(
            "content-length-with-transfer-encoding",
            "a message with Transfer-Encoding MUST NOT also carry Content-Length: drop it",
        );
    }
    if (200..500).contains(&code) && !fields.has("date") {
        found.add(
            "date-missing",
            format!(
                "an origin server with a clock MUST send Date in every {}xx",
                code / 100
            ),
        );
    }
    if response.is_h2_or_h3() {
        let connection_specific = [
            "connection",
            "keep-alive",
            "proxy-connection",
            "transfer-encoding",
            "upgrade",
        ];
        let present: Vec<&str> = fields
            .0
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| {
                connection_specific
                    .iter()
                    .any(|c| name.eq_ignore_ascii_case(c))
            })
            .collect();
        if !present.is_empty() {
            found.add(
                "connection-field-in-h2-or-h3",
                format!(
                    "{} MUST NOT carry connection-specific fields: remove {}",
                    response.version,
                    present.join(", ")
                ),
            );
        }
    }
    if code >= 500 {
        shared_cache(found, response);
    }
    if matches!(code, 428 | 429 | 431 | 511) && storable(response) {
        found.add(
            "6585-response-storable",
            format!(
                "a {code} MUST NOT be stored by a cache, and its Cache-Control lets caches \
                 store it: send Cache-Control: no-store"
            ),
        );
    }
}

/// Whether Cache-Control explicitly lets caches store the response.
fn storable(response: &Response) -> bool {
    let directives: Vec<String> = response
        .fields
        .list("cache-control")
        .map(str::to_ascii_lowercase)
        .collect();
    let has = |name: &str| directives.iter().any(|d| d == name);
    let positive = |name: &str| {
        directives.iter().any(|d| {
            d.strip_prefix(&format!("{name}="))
                .and_then(|v| v.trim_matches('"').parse::<u64>().ok())
                .is_some_and(|n| n > 0)
        })
    };
    !has("no-store") && (has("public") || positive("max-age") || positive("s-maxage"))
}

/// A 5xx that shared caches may store and keep serving after the origin recovers.
fn shared_cache(found: &mut Findings, response: &Response) {
    let directives: Vec<String> = response
        .fields
        .list("cache-control")
        .map(str::to_ascii_lowercase)
        .collect();
    let has = |name: &str| {
        directives
            .iter()
            .any(|d| d == name || d.starts_with(&format!("{name}=")))
    };
    let positive = |name: &str| {
        directives.iter().any(|d| {
            d.strip_prefix(&format!("{name}="))
                .and_then(|v| v.trim_matches('"').parse::<u64>().ok())
                .is_some_and(|n| n > 0)
        })
    };
    if has("no-store") || has("private") {
        return;
    }
    if has("public") || positive("s-maxage") || positive("max-age") {
        found.add(
            "error-cacheable-by-shared-caches",
            format!(
                "Cache-Control lets shared caches store this {} and serve it after the server \
                 recovers: send Cache-Control: no-store on errors",
                response.code
            ),
        );
    }
}

#[cfg(test)]
mod tests;
