//! Ranked, typo-tolerant search over names, old names, constants, keywords and prose.
//!
//! Nothing is indexed ahead of time: a search walks the ~100 records once, so a plain lookup
//! pays nothing for it.

use std::borrow::Cow;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::db::{self, Standing, Status, constants};

/// Where a query word matched, best first; the weight is how much a hit there counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Code,
    Name,
    FormerName,
    Constant,
    Keyword,
    Vendor,
    Summary,
    Prose,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Code => 12,
            Field::Name => 10,
            Field::FormerName => 9,
            Field::Constant => 7,
            Field::Keyword => 7,
            Field::Vendor => 7,
            Field::Summary => 3,
            Field::Prose => 1,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Code => "code",
            Field::Name => "name",
            Field::FormerName => "former name",
            Field::Constant => "constant",
            Field::Keyword => "keyword",
            Field::Vendor => "vendor",
            Field::Summary => "summary",
            Field::Prose => "description",
        }
    }
}

/// One result: the record, its score, and the best-matching text to show as the reason.
#[derive(Debug)]
pub struct Hit {
    pub status: &'static Status,
    pub score: u32,
    pub field: Field,
    /// The text that matched best (a name, keyword, constant or a sentence of prose).
    pub matched: String,
}

/// How well one query word matches one word of a record, out of 100.
fn word_quality(query: &str, word: &str) -> u32 {
    if word.eq_ignore_ascii_case(query) {
        return 100;
    }
    let (q, w) = (query.len(), word.len());
    if q >= 3 && w > q && word.is_char_boundary(q) && word[..q].eq_ignore_ascii_case(query) {
        return 75;
    }
    // Typos: a transposed, dropped, doubled or wrong letter (two in longer words).
    let allowed = match q {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if allowed > 0 && q.abs_diff(w) <= allowed {
        let distance =
            strsim::osa_distance(&query.to_ascii_lowercase(), &word.to_ascii_lowercase());
        if distance <= allowed {
            return 60 - 10 * distance as u32;
        }
    }
    0
}

const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "to", "of", "and", "or", "for", "in", "on", "my", "i",
    "it", "be", "with", "what", "when", "which", "code", "status", "http", "error",
];

/// The words of a query worth matching, lowercased.
fn query_words(query: &str) -> Vec<String> {
    let words: Vec<String> = split_words(query).map(str::to_ascii_lowercase).collect();
    let meaningful: Vec<String> = words
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .cloned()
        .collect();
    // A query of stop words only ("error") is still a query.
    if meaningful.is_empty() {
        words
    } else {
        meaningful
    }
}

fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
}

/// `StatusTooManyRequests`, `TOO_MANY_REQUESTS`, `:too_many_requests` as plain words.
fn constant_words(name: &str) -> String {
    let mut out = String::new();
    let mut previous_lower = false;
    for c in name.chars() {
        if c == '_' || c == ':' || c == '.' {
            out.push(' ');
            previous_lower = false;
            continue;
        }
        if c.is_uppercase() && previous_lower {
            out.push(' ');
        }
        previous_lower = c.is_lowercase();
        out.push(c);
    }
    out
}

/// The record's searchable texts, by field.
fn texts(status: &'static Status) -> Vec<(Field, Cow<'static, str>)> {
    let mut texts = vec![(Field::Name, Cow::Borrowed(status.name))];
    texts.extend(
        status
            .former_names
            .iter()
            .map(|a| (Field::FormerName, Cow::Borrowed(a.name))),
    );
    texts.extend(db::constants_of(status).map(|c| {
        let words = if c.ecosystem == constants::Ecosystem::Node {
            Cow::Borrowed(c.name)
        } else {
            Cow::Owned(constant_words(c.name))
        };
        (Field::Constant, words)
    }));
    texts.extend(
        status
            .keywords
            .iter()
            .map(|k| (Field::Keyword, Cow::Borrowed(*k))),
    );
    if let Standing::Unofficial { vendor, .. } = status.standing {
        texts.push((Field::Vendor, Cow::Borrowed(vendor)));
    }
    texts.push((Field::Summary, Cow::Borrowed(status.summary)));
    let prose = [status.meaning, status.on_receipt]
        .into_iter()
        .chain(status.use_when.iter().copied())
        .chain(status.avoid.iter().copied());
    texts.extend(prose.map(|p| (Field::Prose, Cow::Borrowed(p))));
    texts
}

/// Folds a phrase for whole-query comparison: lowercase letters and digits only.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The best hit of one query word in one record: points, field, and the text it was in.
type WordHit = Option<(u32, Field, Cow<'static, str>)>;

/// Each query word's best hit in one record.
fn word_hits(
    texts: &[(Field, Cow<'static, str>)],
    code: &str,
    words: &[String],
    matcher: &SkimMatcherV2,
) -> Vec<WordHit> {
    words
        .iter()
        .map(|word| {
            let mut best: WordHit = None;
            if word.bytes().all(|b| b.is_ascii_digit()) {
                let quality = if code == word {
                    100
                } else if code.starts_with(word.as_str()) {
                    70
                } else {
                    0
                };
                offer(
                    &mut best,
                    quality * Field::Code.weight(),
                    Field::Code,
                    &Cow::Owned(code.to_string()),
                );
            }
            for (field, text) in texts {
                let quality = split_words(text)
                    .map(|w| word_quality(word, w))
                    .max()
                    .unwrap_or(0);
                offer(&mut best, quality * field.weight(), *field, text);
            }
            // Abbreviations ("hdr", "auth") as a last resort, and only on the short fields.
            if best.is_none() && word.len() >= 3 {
                for (field, text) in texts.iter().filter(|(f, _)| *f <= Field::Vendor) {
                    let strong = matcher
                        .fuzzy_match(text, word)
                        .is_some_and(|s| s >= 20 * word.len() as i64);
                    if strong {
                        offer(&mut best, 30 * field.weight(), *field, text);
                    }
                }
            }
            best
        })
        .collect()
}

/// Keeps the better of the current best hit and a new one.
// A `&Cow` rather than `&str`: cloning a borrowed Cow keeps it borrowed, with no allocation.
#[allow(clippy::ptr_arg)]
fn offer(best: &mut WordHit, points: u32, field: Field, text: &Cow<'static, str>) {
    if points > 0 && best.as_ref().is_none_or(|(b, ..)| points > *b) {
        *best = Some((points, field, text.clone()));
    }
}

/// Scores one record from its word hits, each word weighted by how rare its hits are
/// (`idf`, in hundredths), plus a bonus when the whole query appears as a phrase.
fn score(
    status: &'static Status,
    texts: &[(Field, Cow<'static, str>)],
    hits: &[WordHit],
    idf: &[u32],
    phrase: &str,
    words: &[String],
) -> Option<Hit> {
    let matched_words = hits.iter().filter(|h| h.is_some()).count() as u32;
    let (_, mut field, text) = hits
        .iter()
        .zip(idf)
        .filter_map(|(h, w)| h.as_ref().map(|(p, f, t)| (p * w, *f, t)))
        .max_by_key(|(p, f, _)| (*p, std::cmp::Reverse(*f)))?;
    let mut matched = text.to_string();
    let sum: u32 = hits
        .iter()
        .zip(idf)
        .filter_map(|(h, w)| h.as_ref().map(|(p, ..)| p * w / 100))
        .sum();
    // Every word must count: a record matching all of them beats one matching some.
    let all = words.len() as u32;
    let mut total = sum * matched_words * matched_words / (all * all);
    // The whole query as a phrase: exact names, aliases and constants rank first.
    for (f, t) in texts.iter().filter(|(f, _)| *f <= Field::Keyword) {
        let folded = fold(t);
        if folded == phrase && *f < Field::Keyword {
            total += 100_000;
            (field, matched) = (*f, t.to_string());
            break;
        }
        if (words.len() > 1 || folded == phrase) && folded.contains(phrase) {
            total += 150 * f.weight();
        }
    }
    if field >= Field::Summary {
        matched = sentence_with(&matched, words);
    }
    Some(Hit {
        status,
        score: total,
        field,
        matched,
    })
}

/// The sentence of `text` that holds the first matching query word, to show as the reason.
fn sentence_with(text: &str, words: &[String]) -> String {
    text.split_inclusive(['.', ';'])
        .find(|s| split_words(s).any(|w| words.iter().any(|q| word_quality(q, w) > 0)))
        .unwrap_or(text)
        .trim()
        .to_string()
}

/// The records matching `query`, best first, at most `limit`.
pub fn search(query: &str, limit: usize) -> Vec<Hit> {
    let words = query_words(query);
    if words.is_empty() {
        return Vec::new();
    }
    let phrase = fold(query);
    let matcher = SkimMatcherV2::default();
    let records: Vec<_> = db::all()
        .map(|status| {
            let texts = texts(status);
            let hits = word_hits(&texts, &status.code.to_string(), &words, &matcher);
            (status, texts, hits)
        })
        .collect();
    // A word found in few records ("gateway") says more than one found in many ("too").
    let idf: Vec<u32> = (0..words.len())
        .map(|i| {
            let found = records
                .iter()
                .filter(|(_, _, h)| h[i].is_some())
                .count()
                .max(1);
            (100.0 * (1.0 + (records.len() as f64 / found as f64).ln())) as u32
        })
        .collect();
    let mut hits: Vec<Hit> = records
        .iter()
        .filter_map(|(status, texts, hits)| score(status, texts, hits, &idf, &phrase, &words))
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(b.status.is_official().cmp(&a.status.is_official()))
            .then(a.status.code.cmp(&b.status.code))
    });
    hits.truncate(limit);
    hits
}

/// Words from names and keywords closest to the query's words, for a "did you mean" hint.
pub fn suggestions(query: &str) -> Vec<&'static str> {
    let words = query_words(query);
    let mut candidates: Vec<(usize, &'static str)> = Vec::new();
    for status in db::all() {
        let phrases = std::iter::once(status.name).chain(status.keywords.iter().copied());
        for phrase in phrases {
            for word in split_words(phrase) {
                let lower = word.to_ascii_lowercase();
                let distance = words
                    .iter()
                    .map(|q| strsim::damerau_levenshtein(q, &lower))
                    .min()
                    .unwrap_or(usize::MAX);
                if distance <= 3 && !candidates.iter().any(|(_, w)| w.eq_ignore_ascii_case(word)) {
                    candidates.push((distance, word));
                }
            }
        }
    }
    candidates.sort();
    candidates.into_iter().take(3).map(|(_, w)| w).collect()
}

/// Byte ranges of `text` that match the query's words, for highlighting.
pub fn highlights(text: &str, query: &str) -> Vec<(usize, usize)> {
    let words = query_words(query);
    let mut ranges = Vec::new();
    let mut offset = 0;
    for piece in text.split_inclusive(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        let word = piece.trim_end_matches(|c: char| !(c.is_alphanumeric() || c == '\''));
        if !word.is_empty() && words.iter().any(|q| word_quality(q, word) > 0) {
            ranges.push((offset, offset + word.len()));
        }
        offset += piece.len();
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_quality_orders_exact_prefix_typo() {
        assert_eq!(word_quality("gateway", "Gateway"), 100);
        assert_eq!(word_quality("unproc", "Unprocessable"), 75);
        assert!(word_quality("gatway", "gateway") > 0);
        assert!(word_quality("unathorized", "unauthorized") > 0);
        assert!(word_quality("unauthroized", "unauthorized") > 0);
        assert_eq!(word_quality("cat", "car"), 0);
        assert_eq!(word_quality("abc", "xyz"), 0);
    }

    #[test]
    fn constants_split_into_words() {
        assert_eq!(
            constant_words("StatusTooManyRequests"),
            "Status Too Many Requests"
        );
        assert_eq!(constant_words("TOO_MANY_REQUESTS"), "TOO MANY REQUESTS");
        assert_eq!(constant_words(":too_many_requests"), " too many requests");
    }

    #[test]
    fn highlights_cover_matching_words() {
        let text = "Gateway Timeout";
        assert_eq!(highlights(text, "gatway"), vec![(0, 7)]);
    }
}
