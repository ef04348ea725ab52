//! Turns classified queries into what they found in the database (pure: no I/O).

use crate::db::{self, Status, constants};
use crate::query::{self, ParseError, Pattern, Query};

/// What one query found.
#[derive(Debug)]
pub enum Found {
    /// Every meaning of one number, the one asked for first.
    Code(Vec<&'static Status>),
    /// A number in range with no meaning, and the x00 code to treat it as (RFC 9110 §15).
    Unassigned {
        code: u16,
        fallback: &'static Status,
    },
    /// A class or pattern and the codes it matches.
    Pattern {
        pattern: Pattern,
        class: &'static db::Class,
        statuses: Vec<&'static Status>,
    },
    /// Words that are no code, name or constant: the line is a question to search.
    Words,
}

/// Groups the arguments: codes, patterns and status lines stand alone; consecutive words
/// form one text query (`gateway timeout`).
pub fn parse_all<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<Vec<Query>, ParseError> {
    let mut queries: Vec<Query> = Vec::new();
    for arg in args {
        match query::parse(arg)? {
            Query::Text(text) => match queries.last_mut() {
                Some(Query::Text(words)) => {
                    words.push(' ');
                    words.push_str(&text);
                }
                _ => queries.push(Query::Text(text)),
            },
            other => queries.push(other),
        }
    }
    Ok(queries)
}

/// Looks one query up.
pub fn find(query: &Query) -> Found {
    match query {
        Query::Code(code) => code_found(*code),
        // A pasted line without its version is a status line only when the words are the
        // code's name; otherwise it is a sentence that happens to start with a number.
        Query::CodeAndWords { code, words } => {
            let named = db::meanings(*code)
                .iter()
                .any(|s| db::by_name(words).is_some_and(|n| n.code == s.code));
            if named {
                code_found(*code)
            } else {
                Found::Words
            }
        }
        Query::Pattern(pattern) => Found::Pattern {
            pattern: *pattern,
            class: db::class(pattern.class()).expect("patterns start with a class digit 1-5"),
            statuses: db::all().filter(|s| pattern.matches(s.code)).collect(),
        },
        Query::Text(text) => {
            if let Some(code) = constants::resolve(text) {
                code_found(code)
            } else if let Some(status) = db::by_name(text) {
                let mut meanings = vec![status];
                meanings.extend(
                    db::meanings(status.code)
                        .into_iter()
                        .filter(|s| !std::ptr::eq(*s, status)),
                );
                Found::Code(meanings)
            } else {
                Found::Words
            }
        }
    }
}

fn code_found(code: u16) -> Found {
    let meanings = db::meanings(code);
    if meanings.is_empty() {
        let fallback =
            db::registered_code(code / 100 * 100).expect("every class has its x00 code registered");
        Found::Unassigned { code, fallback }
    } else {
        Found::Code(meanings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_words_join() {
        let queries = parse_all(["404", "gateway", "timeout", "4xx"]).unwrap();
        assert_eq!(queries.len(), 3);
        assert_eq!(queries[1], Query::Text("gateway timeout".into()));
    }

    #[test]
    fn one_bad_argument_fails_the_lot() {
        assert!(parse_all(["404", "700"]).is_err());
    }
}
