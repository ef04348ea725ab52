//! What a search query asks for: its meaningful terms, the codes it names, and the codes it
//! rules out ("not 404", "instead of 500"). Pure: no index, no I/O.

use super::text::{self, stemmer};

/// One meaningful word of the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The stem that is looked up.
    pub stem: String,
    /// The word as typed, lowercased: typos are judged on it.
    pub word: String,
}

#[derive(Debug, Default, PartialEq)]
pub struct Understood {
    /// Distinct meaningful terms, in the order typed.
    pub terms: Vec<Term>,
    /// Codes the query names without ruling them out.
    pub codes: Vec<u16>,
    /// Codes the query rules out: a penalty, not a hit.
    pub rejected: Vec<u16>,
    /// One- or two-digit numbers, read as the start of codes ("42" for 420 to 429).
    pub prefixes: Vec<u16>,
}

impl Understood {
    /// Whether anything is left to search for once question wording is dropped.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.codes.is_empty() && self.prefixes.is_empty()
    }
}

/// Words that, shortly before a number, reject it: "not 404", "instead of 500", "rather
/// than 200", "don't use 404", "avoid 500".
const REJECTING: &[&str] = &[
    "avoid",
    "besides",
    "dont",
    "don't",
    "except",
    "instead",
    "isn't",
    "never",
    "not",
    "rather",
    "shouldn't",
    "than",
    "wouldn't",
];

/// How many words back a rejecting word reaches ("don't want to use 404").
const REJECT_REACH: usize = 4;

/// The most words of a query that are read; the rest cannot change the answer much and would
/// only cost time.
pub const MAX_WORDS: usize = 100;

/// Verbs that report what a server did, as bug reports put it: in "returns 500 instead of
/// 404" the first number is the complaint and the second the wish.
const REPORTING: &[&str] = &[
    "answers", "gets", "getting", "gives", "got", "produces", "raises", "responds", "results",
    "returns", "sends", "shows", "throws", "yields",
];

pub fn understand(query: &str) -> Understood {
    let stemmer = stemmer();
    let mut out = Understood::default();
    let words: Vec<&str> = text::words(query, false).take(MAX_WORDS).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    for (at, word) in lower.iter().enumerate() {
        if word.bytes().all(|b| b.is_ascii_digit()) {
            number(&mut out, word, &lower[at.saturating_sub(REJECT_REACH)..at]);
            continue;
        }
        let parts: Vec<String> = if text::is_identifier(words[at]) {
            text::words(words[at], true)
                .map(str::to_ascii_lowercase)
                .collect()
        } else {
            vec![word.clone()]
        };
        for part in parts {
            let previous = at.checked_sub(1).map_or("", |i| lower[i].as_str());
            let part = match text::negated(previous, &part) {
                Some(meaning) => meaning.to_string(),
                None if part.len() < 2 || text::is_stop_word(&part) => continue,
                None => part,
            };
            let pieces = match super::lexicon::split_compound(&part) {
                Some((left, right)) => vec![left.to_string(), right.to_string()],
                None => vec![part],
            };
            for piece in pieces {
                let stem = super::lexicon::stem_of(&stemmer, &piece).into_owned();
                if !out.terms.iter().any(|t| t.stem == stem) {
                    out.terms.push(Term { stem, word: piece });
                }
            }
        }
    }
    choices(&mut out, &lower);
    out
}

/// Two codes set against each other: "from 408 to 504", "404 instead of 410", "returns 500
/// instead of 404", "406 not 415". Decides which one the query wants.
fn choices(out: &mut Understood, lower: &[String]) {
    let numbers: Vec<(usize, u16)> = lower
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() == 3)
        .filter_map(|(at, w)| Some((at, w.parse().ok().filter(|c| (100..=599).contains(c))?)))
        .collect();
    for pair in numbers.windows(2) {
        let ((a_at, a), (b_at, b)) = (pair[0], pair[1]);
        let between: Vec<&str> = lower[a_at + 1..b_at].iter().map(String::as_str).collect();
        let before = a_at.checked_sub(1).map(|i| lower[i].as_str());
        let (wanted, unwanted) = match (before, between.as_slice()) {
            (Some("from"), ["to"]) => (b, a),
            (_, ["instead", "of"] | ["rather", "than"] | ["not"] | ["but", "not"]) => {
                if before.is_some_and(|w| REPORTING.contains(&w)) {
                    (b, a)
                } else {
                    (a, b)
                }
            }
            _ => continue,
        };
        out.codes.retain(|&c| c != unwanted);
        out.rejected.retain(|&c| c != wanted);
        if !out.codes.contains(&wanted) {
            out.codes.push(wanted);
        }
        if !out.rejected.contains(&unwanted) {
            out.rejected.push(unwanted);
        }
    }
}

/// Files a number as a code named, a code rejected, or a prefix. A number is rejected when a
/// rejecting word comes before it with nothing but question wording in between ("not 404",
/// "don't use a 404"), but not in "user not found 404".
fn number(out: &mut Understood, digits: &str, before: &[String]) {
    let Ok(value) = digits.parse::<u16>() else {
        return;
    };
    match digits.len() {
        3 if (100..=599).contains(&value) => {
            let rejected = before
                .iter()
                .rev()
                .take_while(|w| REJECTING.contains(&w.as_str()) || text::is_stop_word(w))
                .any(|w| REJECTING.contains(&w.as_str()));
            let list = if rejected {
                &mut out.rejected
            } else {
                &mut out.codes
            };
            if !list.contains(&value) {
                list.push(value);
            }
        }
        1 | 2 if (1..=59).contains(&value) && !digits.starts_with('0') => out.prefixes.push(value),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(query: &str) -> Vec<String> {
        understand(query)
            .terms
            .into_iter()
            .map(|t| t.stem)
            .collect()
    }

    #[test]
    fn question_wording_is_dropped() {
        assert_eq!(
            stems("What HTTP status code should I return when the user is banned?"),
            ["user", "ban"]
        );
        assert!(understand("what should I return").is_empty());
    }

    #[test]
    fn rejected_numbers_are_told_apart() {
        let q = understand("don't use 404 when the record was deleted, maybe 410");
        assert_eq!(q.rejected, [404]);
        assert_eq!(q.codes, [410]);
        let q = understand("use 403 instead of 404");
        assert_eq!((q.codes, q.rejected), (vec![403], vec![404]));
        let q = understand("upload gives 500 instead of 507");
        assert_eq!((q.codes, q.rejected), (vec![507], vec![500]));
        let q = understand("change the code from 408 to 504");
        assert_eq!((q.codes, q.rejected), (vec![504], vec![408]));
        let q = understand("return 406 not 415 for Accept mismatches");
        assert_eq!((q.codes, q.rejected), (vec![406], vec![415]));
        let q = understand("user not found 404");
        assert_eq!((q.codes, q.rejected), (vec![404], vec![]));
        let q = understand("400 or 422 for validation errors");
        assert_eq!(q.codes, [400, 422]);
        assert!(q.rejected.is_empty());
    }

    #[test]
    fn short_numbers_are_prefixes_and_others_are_ignored() {
        assert_eq!(understand("42").prefixes, [42]);
        let q = understand("700 1000 0");
        assert!(q.codes.is_empty() && q.prefixes.is_empty());
    }

    #[test]
    fn a_server_that_does_not_respond_is_unresponsive() {
        assert_eq!(
            stems("upstream server not responding"),
            ["upstream", "server", "unrespons"]
        );
        assert_eq!(stems("should I respond with 404"), Vec::<String>::new());
    }

    #[test]
    fn compounds_the_data_does_not_use_are_split() {
        assert_eq!(stems("ratelimit"), ["rate", "limit"]);
        assert_eq!(
            stems("healthcheck endpoint"),
            ["health", "check", "endpoint"]
        );
        assert_eq!(stems("websocket"), ["websocket"]);
    }

    #[test]
    fn not_ready_is_one_idea() {
        assert_eq!(stems("report not ready yet"), ["report", "unreadi", "yet"]);
    }

    #[test]
    fn long_queries_are_cut() {
        let long = "timeout ".repeat(10_000);
        assert_eq!(stems(&long), ["timeout"]);
    }
}
