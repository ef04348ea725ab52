//! Turns classified queries into what they found in the database (pure: no I/O).

use crate::db::vocab::{self, Entry, Vocabulary};
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
    /// Names from protocol vocabularies (`FAILED_PRECONDITION`, `s3 NoSuchKey`), each with
    /// the vocabulary it comes from.
    Entries(Vec<(&'static Vocabulary, &'static Entry)>),
    /// A vocabulary named alone (`grpc`): its whole table.
    Vocabulary(&'static Vocabulary),
    /// A name that looks like a protocol's but is none: the one-line answer, naming the
    /// closest names.
    UnknownName(String),
    /// Words that are no code, name or constant: the line is a question to search.
    Words,
}

/// Groups the arguments: codes, patterns and status lines stand alone; consecutive words
/// form one text query (`gateway timeout`). A status line typed without quotes
/// (`HTTP/1.1 404 Not Found`, `404 Not Found`) is one query, its reason phrase included.
pub fn parse_all<'a>(args: impl IntoIterator<Item = &'a str>) -> Result<Vec<Query>, ParseError> {
    let args: Vec<&str> = args.into_iter().collect();
    let mut queries: Vec<Query> = Vec::new();
    let mut at = 0;
    while at < args.len() {
        if let Some((code, used)) = unquoted_status_line(&args[at..]) {
            queries.push(Query::Code(code));
            at += used;
            continue;
        }
        let arg = args[at];
        at += 1;
        // After a vocabulary's name, a number is that vocabulary's (`grpc 5`), not a class.
        if let Some(Query::Text(words)) = queries.last_mut()
            && vocab::vocabulary(words).is_some()
        {
            words.push(' ');
            words.push_str(arg.trim());
            continue;
        }
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

/// A status line spread over arguments at the start of `args`: an optional version
/// (`HTTP/1.1`), a code, and the words of that code's name. Returns the code and how many
/// arguments it took; a code with no version and no name is left to the usual parsing.
fn unquoted_status_line(args: &[&str]) -> Option<(u16, usize)> {
    let versioned = args.len() >= 2
        && !args[0].contains(' ')
        && matches!(
            query::parse(&format!("{} {}", args[0], args[1])),
            Ok(Query::Code(_))
        );
    let start = usize::from(versioned);
    let code: u16 = args.get(start).filter(|a| a.len() == 3)?.parse().ok()?;
    // The longest run of following words that is the code's own name (its reason phrase).
    let named = (start + 2..=args.len().min(start + 8)).rev().find(|&end| {
        let words = args[start + 1..end].join(" ");
        db::meanings(code)
            .iter()
            .any(|s| db::by_name(&words).is_some_and(|n| n.code == s.code))
    });
    match named {
        Some(end) => Some((code, end)),
        None if versioned => Some((code, start + 1)),
        None => None,
    }
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
            if let Some(found) = in_vocabulary(text) {
                found
            } else if let Some(code) = constants::resolve(text) {
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
                protocol_name(text)
            }
        }
    }
}

/// A query that starts with a vocabulary's name: the vocabulary alone, one of its names or
/// numbers, a clear answer for an identifier it does not know, or words to search for
/// (`grpc timeout`).
fn in_vocabulary(text: &str) -> Option<Found> {
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let vocabulary = vocab::vocabulary(first)?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(Found::Vocabulary(vocabulary));
    }
    let entries = vocab::named_in(vocabulary, rest);
    if !entries.is_empty() {
        return Some(Found::Entries(
            entries.into_iter().map(|e| (vocabulary, e)).collect(),
        ));
    }
    if rest.parse::<u32>().is_ok() {
        let numbers: Vec<u32> = vocabulary.entries.iter().filter_map(|e| e.number).collect();
        let message = match (numbers.iter().min(), numbers.iter().max()) {
            (Some(low), Some(high)) => format!(
                "{rest} is not a {} code number: they run from {low} to {high} (try 'httpcode \
                 list {}')",
                vocabulary.name, vocabulary.key
            ),
            _ => format!(
                "{} names carry no numbers: give a name (try 'httpcode list {}')",
                vocabulary.name, vocabulary.key
            ),
        };
        return Some(Found::UnknownName(message));
    }
    if is_identifier(rest) {
        return Some(Found::UnknownName(unknown(
            rest,
            vocab::closest(rest, Some(vocabulary)),
            vocabulary.name,
            vocabulary.key,
        )));
    }
    None
}

/// A protocol's name typed alone (`FAILED_PRECONDITION`, `invalid_grant`, `NoSuchKey`), or
/// words to search for. A plain lowercase word matches only a name written that way
/// (SCIM's `uniqueness`), so that `timeout` stays a search rather than a Kubernetes reason.
fn protocol_name(text: &str) -> Found {
    if text.contains(char::is_whitespace) {
        return Found::Words;
    }
    let entries = vocab::named(text);
    let plain_word = text.chars().all(|c| c.is_ascii_lowercase());
    let entries: Vec<_> = if plain_word {
        entries
            .into_iter()
            .filter(|(_, e)| e.name == text)
            .collect()
    } else {
        entries
    };
    if !entries.is_empty() {
        return Found::Entries(entries);
    }
    if is_identifier(text) {
        let close = vocab::closest(text, None);
        if !close.is_empty() {
            let keys: Vec<&str> = vocab::VOCABULARIES.iter().map(|v| v.key).collect();
            let mut message = format!(
                "'{}' is not a known protocol name: did you mean {}?",
                crate::safe::text(text),
                close.join(", ")
            );
            message.push_str(&format!(
                " (a protocol's names: 'httpcode list PROTOCOL', one of {})",
                keys.join(", ")
            ));
            return Found::UnknownName(message);
        }
    }
    Found::Words
}

/// Written as a program names things: `UPPER_CASE`, `snake_case`, `CamelCase` or a
/// `kebab-case` word, rather than an ordinary word.
fn is_identifier(text: &str) -> bool {
    let word = !text.is_empty()
        && !text.contains(char::is_whitespace)
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    let inner_capital = text.chars().skip(1).any(|c| c.is_ascii_uppercase());
    word && (text.contains(['_', '-']) || inner_capital)
}

/// "'X' is not a known gRPC name: did you mean A, B? (try 'httpcode list grpc')".
fn unknown(text: &str, close: Vec<String>, what: &str, key: &str) -> String {
    let mut message = format!("'{}' is not a known {what} name", crate::safe::text(text));
    if !close.is_empty() {
        message.push_str(&format!(": did you mean {}?", close.join(", ")));
    }
    message.push_str(&format!(" (try 'httpcode list {key}')"));
    message
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
    fn status_lines_typed_without_quotes_are_one_query() {
        let queries = parse_all(["HTTP/1.1", "404", "Not", "Found"]).unwrap();
        assert_eq!(queries, [Query::Code(404)]);
        let queries = parse_all(["404", "Not", "Found"]).unwrap();
        assert_eq!(queries, [Query::Code(404)]);
        let queries = parse_all(["HTTP/2", "503"]).unwrap();
        assert_eq!(queries, [Query::Code(503)]);
        let queries = parse_all(["404", "not", "found", "users"]).unwrap();
        assert_eq!(queries[0], Query::Code(404));
        assert_eq!(queries[1], Query::Text("users".into()));
        let queries = parse_all(["404", "when", "gone"]).unwrap();
        assert_eq!(queries, [Query::Code(404), Query::Text("when gone".into())]);
    }

    #[test]
    fn one_bad_argument_fails_the_lot() {
        assert!(parse_all(["404", "700"]).is_err());
    }
}
