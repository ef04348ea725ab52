//! `httpcode check`: reads responses as HTTP tools print them (or a HAR file) and reports
//! what each status code requires and the response lacks.

pub mod har;
pub mod message;
pub mod parse;
pub mod rules;

use std::io::BufRead;

pub use message::Exchange;
pub use parse::ReadError;
pub use rules::{Finding, Level};

/// Reads every exchange in `input`: a HAR file when it starts with `{`, else lines.
pub fn read(mut input: impl BufRead) -> Result<Vec<Exchange>, ReadError> {
    loop {
        let buffer = input.fill_buf()?;
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(at) => {
                let json = buffer[at] == b'{';
                input.consume(at);
                return if json {
                    har::read(input)
                } else {
                    parse::read(input)
                };
            }
            None if buffer.is_empty() => return Err(ReadError::NoResponse),
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

/// A redirect chain: the hops from the first response to the last.
#[derive(Debug, PartialEq, Eq)]
pub struct Chain {
    pub codes: Vec<u16>,
    /// Every hop is permanent (301, 308).
    pub permanent: bool,
    /// Every hop keeps the method and body (307, 308).
    pub method_kept: bool,
    /// A Location repeats.
    pub looped: bool,
}

/// The redirect chain the input holds, when its final responses follow one another through
/// redirects (`curl -sIL`).
pub fn chain(exchanges: &[Exchange]) -> Option<Chain> {
    let finals: Vec<&Exchange> = exchanges
        .iter()
        .filter(|e| e.response.code >= 200)
        .collect();
    let (last, hops) = finals.split_last()?;
    let redirects = |e: &&Exchange| {
        matches!(e.response.code, 301 | 302 | 303 | 307 | 308) && e.response.fields.has("location")
    };
    if hops.is_empty() || !hops.iter().all(redirects) {
        return None;
    }
    let mut seen = std::collections::HashSet::new();
    let looped = hops
        .iter()
        .any(|e| !seen.insert(e.response.fields.get("location").unwrap_or_default()));
    Some(Chain {
        codes: finals.iter().map(|e| e.response.code).collect(),
        permanent: hops.iter().all(|e| matches!(e.response.code, 301 | 308)),
        method_kept: hops.iter().all(|e| matches!(e.response.code, 307 | 308)),
        looped: looped || redirects(last),
    })
}
