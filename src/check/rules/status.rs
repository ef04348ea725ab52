//! The status line: whether the code is one to send, and whether the reason phrase names it.

use super::*;

pub(super) fn standing(found: &mut Findings, response: &Response) {
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
