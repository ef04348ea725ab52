//! What a user typed, classified: a code, a class or pattern, or text to resolve or search.

use std::fmt;

/// One classified query argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A three-digit code from 100 to 599 (typed, or taken from a status line).
    Code(u16),
    /// A class or pattern such as `4xx`, `4` or `42x`.
    Pattern(Pattern),
    /// A code followed by words (`503 Service Unavailable`): a status line if the words are
    /// the code's name, otherwise a sentence that starts with a number.
    CodeAndWords { code: u16, words: String },
    /// Anything else: a constant, a name, or words to search for.
    Text(String),
}

/// Three positions, each a digit or a wildcard; the first is always a class digit 1-5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pattern([Option<u8>; 3]);

impl Pattern {
    pub fn class(&self) -> u8 {
        self.0[0].unwrap_or_default()
    }

    pub fn matches(&self, code: u16) -> bool {
        let digits = [code / 100, code / 10 % 10, code % 10];
        self.0
            .iter()
            .zip(digits)
            .all(|(want, got)| want.is_none_or(|w| u16::from(w) == got))
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for position in self.0 {
            match position {
                Some(d) => write!(f, "{d}")?,
                None => f.write_str("x")?,
            }
        }
        Ok(())
    }
}

/// Why an argument is not a usable query; each message says what to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    Empty,
    OutOfRange(String),
    BadPattern(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Empty => {
                f.write_str("empty query: try a code (404), a class (4xx) or words to search for")
            }
            ParseError::OutOfRange(text) => write!(
                f,
                "'{text}' is not an HTTP status code: codes have three digits from 100 to 599 \
                 (try 'httpcode list')"
            ),
            ParseError::BadPattern(text) => write!(
                f,
                "'{text}' is not a class or pattern: use one digit 1-5 followed by digits or x, \
                 such as 4, 4xx or 42x"
            ),
        }
    }
}

/// Classifies one argument. Pure: no lookups, no I/O.
pub fn parse(input: &str) -> Result<Query, ParseError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    if let Some(code) = status_line_code(text) {
        return number(code);
    }
    if let Some((code, words)) = code_and_words(text) {
        return Ok(Query::CodeAndWords {
            code,
            words: words.to_string(),
        });
    }
    // A signed number ("-1", "+404") is a number out of range, not words to search for.
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if unsigned.len() < text.len()
        && !unsigned.is_empty()
        && unsigned.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(ParseError::OutOfRange(text.to_string()));
    }
    if text.bytes().all(|b| b.is_ascii_digit()) {
        return match text.len() {
            1 => pattern(text),
            _ => number(text),
        };
    }
    if looks_like_pattern(text) {
        return pattern(text);
    }
    Ok(Query::Text(text.to_string()))
}

/// The code on a status line that carries its HTTP version: `HTTP/1.1 503 Service
/// Unavailable`, `HTTP/2 404`.
fn status_line_code(text: &str) -> Option<&str> {
    let mut words = text.split_whitespace();
    let version = words.next()?;
    let number = version
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("HTTP/"))
        .map(|_| &version[5..])?;
    let (major, minor) = number.split_once('.').unwrap_or((number, "0"));
    let is_version = [major, minor]
        .iter()
        .all(|part| part.len() == 1 && part.bytes().all(|b| b.is_ascii_digit()));
    let code = words.next()?;
    (is_version && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// A three-digit code in range followed by words: `503 Service Unavailable`, or a sentence
/// such as `404 when the user is gone`.
fn code_and_words(text: &str) -> Option<(u16, &str)> {
    let (first, rest) = text.split_once(char::is_whitespace)?;
    let code = first.parse().ok().filter(|c| (100..=599).contains(c))?;
    (first.len() == 3 && !rest.trim().is_empty()).then_some((code, rest.trim()))
}

fn number(text: &str) -> Result<Query, ParseError> {
    match text.parse::<u16>() {
        Ok(code @ 100..=599) if text.len() == 3 => Ok(Query::Code(code)),
        _ => Err(ParseError::OutOfRange(text.to_string())),
    }
}

/// A digit followed by digits and x's only, with at least one x (`4xx`, `42x`, `4xxx`).
fn looks_like_pattern(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars
            .clone()
            .all(|c| c.is_ascii_digit() || c == 'x' || c == 'X')
        && chars.any(|c| c == 'x' || c == 'X')
}

fn pattern(text: &str) -> Result<Query, ParseError> {
    let bad = || ParseError::BadPattern(text.to_string());
    let bytes = text.as_bytes();
    let class = match bytes[0] {
        digit @ b'1'..=b'5' => digit - b'0',
        _ => return Err(bad()),
    };
    let mut positions = [Some(class), None, None];
    match bytes.len() {
        1 => {}
        3 => {
            for (slot, &byte) in positions[1..].iter_mut().zip(&bytes[1..]) {
                *slot = match byte {
                    b'x' | b'X' => None,
                    b'0'..=b'9' => Some(byte - b'0'),
                    _ => return Err(bad()),
                };
            }
        }
        _ => return Err(bad()),
    }
    Ok(Query::Pattern(Pattern(positions)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(text: &str) -> Pattern {
        match parse(text) {
            Ok(Query::Pattern(p)) => p,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn codes() {
        assert_eq!(parse("404"), Ok(Query::Code(404)));
        assert_eq!(parse(" 100 "), Ok(Query::Code(100)));
        assert_eq!(parse("599"), Ok(Query::Code(599)));
    }

    #[test]
    fn numbers_outside_the_range_are_errors() {
        for text in [
            "700", "99", "099", "1000", "0404", "600", "000", "-1", "+404",
        ] {
            assert_eq!(
                parse(text),
                Err(ParseError::OutOfRange(text.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn classes_and_patterns() {
        assert_eq!(pat("4").to_string(), "4xx");
        assert_eq!(pat("4xx").to_string(), "4xx");
        assert_eq!(pat("4XX").to_string(), "4xx");
        assert_eq!(pat("42x").to_string(), "42x");
        assert_eq!(pat("5x2").to_string(), "5x2");
        assert!(pat("42x").matches(429));
        assert!(!pat("42x").matches(431));
        assert!(pat("4").matches(451));
        assert!(!pat("4").matches(500));
        assert_eq!(pat("4").class(), 4);
    }

    #[test]
    fn malformed_patterns_are_errors() {
        for text in ["4xxx", "6xx", "0", "6", "4x", "0xx", "9"] {
            assert!(
                matches!(parse(text), Err(ParseError::BadPattern(_))),
                "{text}: {:?}",
                parse(text)
            );
        }
    }

    #[test]
    fn status_lines() {
        assert_eq!(
            parse("HTTP/1.1 503 Service Unavailable"),
            Ok(Query::Code(503))
        );
        assert_eq!(parse("HTTP/2 404"), Ok(Query::Code(404)));
        assert_eq!(parse("http/1.0 200 OK"), Ok(Query::Code(200)));
        assert_eq!(
            parse("418 I'm a teapot"),
            Ok(Query::CodeAndWords {
                code: 418,
                words: "I'm a teapot".into()
            })
        );
        assert_eq!(parse("HTTP/x 404"), Ok(Query::Text("HTTP/x 404".into())));
        assert_eq!(
            parse("HTTP/1.1 999 Odd"),
            Err(ParseError::OutOfRange("999".into()))
        );
    }

    #[test]
    fn everything_else_is_text() {
        assert_eq!(parse("teapot"), Ok(Query::Text("teapot".into())));
        assert_eq!(
            parse("StatusTooManyRequests"),
            Ok(Query::Text("StatusTooManyRequests".into()))
        );
        assert_eq!(parse("HTTP/1.1"), Ok(Query::Text("HTTP/1.1".into())));
        assert_eq!(parse("4 0 4"), Ok(Query::Text("4 0 4".into())));
        assert_eq!(parse("x4x"), Ok(Query::Text("x4x".into())));
        assert_eq!(parse("!0🈐"), Ok(Query::Text("!0🈐".into())));
    }

    #[test]
    fn empty_is_an_error() {
        assert_eq!(parse(""), Err(ParseError::Empty));
        assert_eq!(parse("   "), Err(ParseError::Empty));
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn parsing_never_panics_and_codes_are_in_range(text in "\\PC{0,16}") {
            if let Ok(Query::Code(code)) = parse(&text) {
                prop_assert!((100..=599).contains(&code));
            }
        }

        #[test]
        fn every_three_digit_code_in_range_parses_to_itself(code in 100u16..=599) {
            prop_assert_eq!(parse(&code.to_string()), Ok(Query::Code(code)));
        }
    }
}
