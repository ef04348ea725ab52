//! Words as search sees them: split, lowercased, question scaffolding dropped, stemmed.
//!
//! The index generator and the query side both go through `terms`, so a word typed by a user
//! and the same word in the data always meet in the same form.

use rust_stemmers::{Algorithm, Stemmer};

/// The words of `text`: runs of ASCII letters, digits and inner apostrophes (the data's words
/// are ASCII; other characters separate). With `camel`, an identifier also splits where a
/// capital follows a small letter (`StatusTooManyRequests`). Works on bytes, for speed: every
/// boundary falls next to an ASCII byte, so slicing there is always valid UTF-8.
pub fn words(text: &str, camel: bool) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() && !bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at == bytes.len() {
            return None;
        }
        let start = at;
        at += 1;
        while at < bytes.len() {
            let b = bytes[at];
            let inside = b.is_ascii_alphanumeric() || b == b'\'';
            let hump = camel && b.is_ascii_uppercase() && bytes[at - 1].is_ascii_lowercase();
            if !inside || hump {
                break;
            }
            at += 1;
        }
        Some(text[start..at].trim_end_matches('\''))
    })
}

/// Words that frame a question rather than describe a situation: "which status code should I
/// return when ...". Sorted, for a binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "am",
    "an",
    "and",
    "any",
    "api",
    "apis",
    "appropriate",
    "are",
    "as",
    "at",
    "be",
    "been",
    "being",
    "best",
    "but",
    "by",
    "can",
    "case",
    "code",
    "codes",
    "correct",
    "correctly",
    "could",
    "did",
    "do",
    "does",
    "doesn't",
    "don't",
    "e",
    "eg",
    "etc",
    "for",
    "from",
    "g",
    "get",
    "getting",
    "give",
    "go",
    "has",
    "have",
    "having",
    "he",
    "how",
    "http",
    "i",
    "i'm",
    "ie",
    "if",
    "in",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "just",
    "like",
    "may",
    "me",
    "might",
    "my",
    "need",
    "no",
    "not",
    "of",
    "on",
    "one",
    "or",
    "our",
    "please",
    "proper",
    "properly",
    "recommended",
    "respond",
    "responding",
    "response",
    "responses",
    "rest",
    "restful",
    "return",
    "returned",
    "returning",
    "returns",
    "right",
    "scenario",
    "send",
    "sending",
    "sends",
    "sent",
    "shall",
    "she",
    "should",
    "shouldn't",
    "so",
    "some",
    "status",
    "statuscode",
    "such",
    "suitable",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "us",
    "use",
    "used",
    "uses",
    "using",
    "via",
    "vs",
    "want",
    "was",
    "we",
    "were",
    "what",
    "what's",
    "when",
    "whenever",
    "where",
    "whether",
    "which",
    "who",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
];

pub fn is_stop_word(lowercase: &str) -> bool {
    STOP_WORDS.binary_search(&lowercase).is_ok()
}

/// Word forms the stemmer leaves apart that mean the same to a developer.
const SAME_AS: &[(&str, &str)] = &[
    ("logon", "login"),
    ("signin", "login"),
    // "unsupported" and "not supported" say the same thing.
    ("unsupport", "support"),
    ("await", "wait"),
    // A failure is something that failed; an expiry, something that expired.
    ("failur", "fail"),
    ("expiri", "expir"),
    ("suspens", "suspend"),
];

/// The things an API happens to store, named in the singular: a question names its own
/// ("employee", "invoice") and the catalogue's examples name others, so they all stand for
/// "record" and none of them decides a search on its own. Sorted, for a binary search.
const RECORD_NAMES: &[&str] = &[
    "airport",
    "animal",
    "appointment",
    "article",
    "blog",
    "book",
    "car",
    "category",
    "comment",
    "company",
    "contact",
    "course",
    "customer",
    "department",
    "doctor",
    "employee",
    "expense",
    "flight",
    "hotel",
    "invoice",
    "mentee",
    "mentor",
    "movie",
    "note",
    "patient",
    "person",
    "pet",
    "product",
    "project",
    "recipe",
    "school",
    "song",
    "student",
    "submodel",
    "tax",
    "teacher",
    "thing",
    "ticket",
    "todo",
    "vehicle",
    "widget",
];

/// Whether a lowercase word (singular or plural) names a kind of stored thing.
fn names_a_record(lowercase: &str) -> bool {
    let known = |w: &str| RECORD_NAMES.binary_search(&w).is_ok();
    known(lowercase)
        || lowercase.strip_suffix('s').is_some_and(known)
        || lowercase
            .strip_suffix("ies")
            .is_some_and(|w| known(&format!("{w}y")))
}

/// The stem of a lowercase word, so that "deleting", "deleted" and "deletes" meet.
pub fn stem(stemmer: &Stemmer, lowercase: &str) -> String {
    if names_a_record(lowercase) {
        return "record".to_string();
    }
    // The stemmer cuts both "operation" and "operator" to "oper"; a filter's operator is
    // not an operation.
    if matches!(lowercase, "operator" | "operators") {
        return "operator".to_string();
    }
    // Nor does it keep "validation" apart from "valid": checking input is one idea, a
    // cached copy or a token that is still valid another.
    if lowercase.starts_with("validat") {
        return "validat".to_string();
    }
    let stemmed = stemmer.stem(lowercase);
    match SAME_AS.iter().find(|(from, _)| *from == stemmed) {
        Some((_, to)) => (*to).to_string(),
        None => stemmed.into_owned(),
    }
}

/// Question wording that means something after a negation: "respond" is how questions
/// ask ("respond with 404?"), but a server that is "not responding" is a symptom.
const REPLY_VERBS: &[&str] = &["respond", "responding", "responds", "reply", "replying"];
const NEGATIONS: &[&str] = &[
    "didn't", "doesn't", "isn't", "never", "no", "not", "stopped",
];

/// The word that a negation and the word after it stand for together: "not responding" is
/// "unresponsive" and "not ready" is "unready", so that the negation, dropped as question
/// wording elsewhere, is not lost where it carries the meaning.
pub fn negated(previous: &str, word: &str) -> Option<&'static str> {
    if !NEGATIONS.contains(&previous) {
        return None;
    }
    if REPLY_VERBS.contains(&word) {
        Some("unresponsive")
    } else if word == "ready" {
        Some("unready")
    } else {
        None
    }
}

pub fn stemmer() -> Stemmer {
    Stemmer::create(Algorithm::English)
}

/// Whether a word is split at its humps: long identifiers (`StatusTeapot`) are, ordinary
/// words with a capital inside (`WebDAV`, `WebSocket`) are not.
pub fn is_identifier(word: &str) -> bool {
    word.len() >= 10
        && word
            .as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// The searchable terms of `text`, in order: each word lowercased and stemmed, stop words and
/// lone letters left out. Numbers stay as they are. (The index is built with this; search
/// itself looks words up in the index first.)
#[cfg(test)]
pub fn terms(stemmer: &Stemmer, text: &str, camel: bool) -> Vec<String> {
    words_and_terms(text, camel, |word| stem(stemmer, word))
        .into_iter()
        .map(|(_, term)| term)
        .collect()
}

/// Each searchable word of `text`, lowercased, with its term as `stem_of` gives it.
pub fn words_and_terms(
    text: &str,
    camel: bool,
    mut stem_of: impl FnMut(&str) -> String,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut previous = String::new();
    for word in words(text, false) {
        let parts: Vec<&str> = if camel || is_identifier(word) {
            words(word, true).collect()
        } else {
            vec![word]
        };
        for part in parts {
            let lower = part.to_ascii_lowercase();
            let before = std::mem::replace(&mut previous, lower.clone());
            if let Some(meaning) = negated(&before, &lower) {
                out.push((meaning.to_string(), stem_of(meaning)));
                continue;
            }
            if lower.len() < 2 || is_stop_word(&lower) {
                continue;
            }
            let term = stem_of(&lower);
            out.push((lower, term));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_are_sorted_for_the_binary_search() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(RECORD_NAMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn names_of_stored_things_all_stand_for_record() {
        let s = stemmer();
        for word in [
            "employee",
            "employees",
            "company",
            "companies",
            "invoice",
            "record",
        ] {
            assert_eq!(stem(&s, word), "record", "{word}");
        }
        // Words about the request itself keep their meaning.
        assert_eq!(stem(&s, "users"), "user");
        assert_eq!(stem(&s, "posts"), "post");
    }

    #[test]
    fn words_split_prose_and_identifiers() {
        let prose: Vec<&str> = words("Don't send 404 (Not-Found).", false).collect();
        assert_eq!(prose, ["Don't", "send", "404", "Not", "Found"]);
        let go: Vec<&str> = words("StatusTooManyRequests", true).collect();
        assert_eq!(go, ["Status", "Too", "Many", "Requests"]);
        let rack: Vec<&str> = words(":too_many_requests", true).collect();
        assert_eq!(rack, ["too", "many", "requests"]);
    }

    #[test]
    fn terms_drop_scaffolding_and_meet_in_one_form() {
        let s = stemmer();
        assert_eq!(
            terms(
                &s,
                "Which status code should I return when deleting?",
                false
            ),
            ["delet"]
        );
        assert_eq!(terms(&s, "deleted deletes", false), ["delet", "delet"]);
        assert_eq!(terms(&s, "StatusTeapot", false), ["teapot"]);
        assert_eq!(terms(&s, "WebDAV", false), ["webdav"]);
    }
}
