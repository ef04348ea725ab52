//! Ranked, typo-tolerant search over names, old names, constants, keywords and prose.
//!
//! The short fields (names, constants, keywords, vendors) are searched through a word index
//! generated from the database and compiled in (`index.rs`, kept fresh by a test); prose is
//! scanned at search time, skipping every text that does not contain a query word. Nothing is
//! built at start-up, so a plain lookup pays nothing for search.

#[cfg(test)]
mod generate;
mod index;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::db::{self, Standing, Status};

/// Where a query word matched, best first; the weight is how much a hit there counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Code,
    Name,
    FormerName,
    Constant,
    Keyword,
    Vendor,
    Header,
    Summary,
    Prose,
}

impl Field {
    fn weight(self) -> u32 {
        match self {
            Field::Code => 12,
            Field::Name => 10,
            Field::FormerName => 9,
            Field::Vendor => 8,
            Field::Constant | Field::Keyword => 7,
            Field::Header => 6,
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
            Field::Header => "header",
            Field::Summary => "summary",
            Field::Prose => "description",
        }
    }

    /// Short fields forgive typos and abbreviations; long prose only matches whole words
    /// and prefixes.
    fn is_short(self) -> bool {
        self <= Field::Header
    }
}

/// One result: the record, its score, and the text that matched best, shown as the reason.
#[derive(Debug)]
pub struct Hit {
    pub status: &'static Status,
    pub score: u32,
    pub field: Field,
    pub matched: String,
}

/// A query word's best match in one record: points, field, and the position of the text it
/// was found in among the record's texts (see `for_each_text`).
#[derive(Debug, Clone, Copy)]
struct WordHit {
    points: u32,
    field: Field,
    text: usize,
    /// The points of the word's other hits in the record: a record that mentions the word
    /// in several places is more about it.
    also: u32,
}

impl Field {
    const ALL: [Field; 9] = [
        Field::Code,
        Field::Name,
        Field::FormerName,
        Field::Constant,
        Field::Keyword,
        Field::Vendor,
        Field::Header,
        Field::Summary,
        Field::Prose,
    ];
}

/// How well one query word (lowercase) matches one word of a record, out of 100.
/// `typos` allows near misses, which cost an edit-distance computation.
fn word_quality(query: &str, word: &str, typos: bool) -> u32 {
    // Every kind of match below needs the query's first letter at the start of the word, or
    // second (a swap); checking that first turns most words away at the cost of a comparison.
    let (qb, wb) = (query.as_bytes(), word.as_bytes());
    let first = qb.first().map(u8::to_ascii_lowercase);
    let starts_alike = first == wb.first().map(u8::to_ascii_lowercase)
        || (typos && first == wb.get(1).map(u8::to_ascii_lowercase));
    if !starts_alike {
        return 0;
    }
    if word.eq_ignore_ascii_case(query) {
        return 100;
    }
    let (q, w) = (query.len(), word.len());
    if q >= 3 && w > q && word.is_char_boundary(q) && word[..q].eq_ignore_ascii_case(query) {
        return 75;
    }
    // A transposed, dropped, doubled or wrong letter (two in longer words).
    let allowed = match q {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if !typos || allowed == 0 || q.abs_diff(w) > allowed {
        return 0;
    }
    let distance = strsim::osa_distance(query, &word.to_ascii_lowercase());
    if distance <= allowed {
        60 - 10 * distance as u32
    } else {
        0
    }
}

const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "to", "of", "and", "or", "for", "in", "on", "my", "i",
    "it", "be", "with", "what", "when", "which", "code", "status", "http", "error",
];

/// The words of a query worth matching, lowercased.
fn query_words(query: &str) -> Vec<String> {
    let words: Vec<String> = words(query, false).map(str::to_lowercase).collect();
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

/// The words of `text`: runs of ASCII letters, digits and inner apostrophes (the data's words
/// are ASCII; other characters separate). With `camel`, an identifier also splits where a
/// capital follows a small letter (`StatusTooManyRequests`). Works on bytes, for speed: every
/// boundary falls next to an ASCII byte, so slicing there is always valid UTF-8.
fn words(text: &str, camel: bool) -> impl Iterator<Item = &str> {
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

/// Calls `visit` with each searchable text of a record, in a fixed order: its position, its
/// field and the text. The index and the hits refer to texts by that position.
fn for_each_text(status: &'static Status, mut visit: impl FnMut(usize, Field, &'static str)) {
    let mut at = 0;
    let mut next = |field: Field, text: &'static str| {
        visit(at, field, text);
        at += 1;
    };
    next(Field::Name, status.name);
    status
        .former_names
        .iter()
        .for_each(|a| next(Field::FormerName, a.name));
    db::constants_of(status).for_each(|c| next(Field::Constant, c.name));
    status.keywords.iter().for_each(|k| next(Field::Keyword, k));
    if let Standing::Unofficial { vendor, .. } = status.standing {
        next(Field::Vendor, vendor);
    }
    status
        .headers
        .iter()
        .for_each(|h| next(Field::Header, h.name));
    next(Field::Summary, status.summary);
    next(Field::Prose, status.meaning);
    next(Field::Prose, status.on_receipt);
    status.use_when.iter().for_each(|t| next(Field::Prose, t));
    status.avoid.iter().for_each(|t| next(Field::Prose, t));
}

/// A record's searchable texts, by position.
fn texts(status: &'static Status) -> Vec<(Field, &'static str)> {
    let mut texts = Vec::new();
    for_each_text(status, |_, field, text| texts.push((field, text)));
    texts
}

/// `timeout` as `Timeout`, the other way a word starts in prose.
fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The index's word `id`.
fn index_word(id: usize) -> &'static str {
    let start = id.checked_sub(1).map_or(0, |i| index::ENDS[i] as usize);
    &index::WORDS[start..index::ENDS[id] as usize]
}

/// The ids of the index's words that start with `letter` (the words are sorted).
fn index_ids_starting(letter: u8) -> std::ops::Range<usize> {
    let first = |id: usize| index_word(id).as_bytes()[0];
    // The first id for which `before` is false, by bisection.
    let bisect = |before: &dyn Fn(usize) -> bool| {
        let (mut low, mut high) = (0, index::ENDS.len());
        while low < high {
            let middle = (low + high) / 2;
            if before(middle) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    };
    bisect(&|id| first(id) < letter)..bisect(&|id| first(id) <= letter)
}

/// Where the index's word `id` occurs: (record, field, text).
fn index_postings(id: usize) -> &'static [(u8, u8, u8)] {
    let (start, end) = (index::STARTS[id], index::STARTS[id + 1]);
    &index::POSTINGS[start as usize..end as usize]
}

/// Keeps the better of a slot's hit and a new one, and adds up the rest.
fn offer(slot: &mut Option<WordHit>, points: u32, field: Field, text: usize) {
    if points == 0 {
        return;
    }
    match slot {
        Some(best) if points <= best.points => best.also += points,
        Some(best) => {
            let also = best.also + best.points;
            *best = WordHit {
                points,
                field,
                text,
                also,
            };
        }
        None => {
            *slot = Some(WordHit {
                points,
                field,
                text,
                also: 0,
            });
        }
    }
}

/// Each record's best hit for each query word, as `hits[record * query.len() + word]`.
fn best_hits(records: &[&'static Status], query: &[String]) -> Vec<Option<WordHit>> {
    let width = query.len();
    let mut hits = vec![None; records.len() * width];
    // Code numbers: "404" is the code; "42" the start of 420 to 429.
    for (r, status) in records.iter().enumerate() {
        for (q, word) in query.iter().enumerate() {
            let quality = match (word.len(), word.parse::<u16>()) {
                (3, Ok(n)) if n == status.code => 100,
                (1, Ok(n)) if n == status.code / 100 => 70,
                (2, Ok(n)) if n == status.code / 10 => 70,
                _ => 0,
            };
            offer(
                &mut hits[r * width + q],
                quality * Field::Code.weight(),
                Field::Code,
                0,
            );
        }
    }
    // Short fields, through the index: each distinct word once, typos forgiven. Every match
    // starts with the query word's first letter, or its second (a swap), so only the words
    // starting with those are read.
    for (q, word) in query.iter().enumerate() {
        let bytes = word.as_bytes();
        let mut ids: Vec<usize> = index_ids_starting(bytes[0]).collect();
        if let Some(&second) = bytes.get(1).filter(|&&b| b != bytes[0]) {
            ids.extend(index_ids_starting(second));
        }
        for id in ids {
            let quality = word_quality(word, index_word(id), true);
            if quality == 0 {
                continue;
            }
            for &(record, field, text) in index_postings(id) {
                let field = Field::ALL[usize::from(field)];
                let slot = &mut hits[usize::from(record) * width + q];
                offer(slot, quality * field.weight(), field, usize::from(text));
            }
        }
    }
    // Prose: whole words and prefixes only. Most texts mention none of the words, and a
    // substring test rules them out far faster than splitting them into words.
    let capitalized: Vec<String> = query.iter().map(|w| capitalize(w)).collect();
    let mut qualities = vec![0; width];
    for (r, status) in records.iter().enumerate() {
        for_each_text(status, |at, field, text| {
            let mentioned = !field.is_short()
                && query
                    .iter()
                    .zip(&capitalized)
                    .any(|(w, c)| text.contains(w.as_str()) || text.contains(c.as_str()));
            if !mentioned {
                return;
            }
            qualities.fill(0);
            for text_word in words(text, false) {
                for (quality, word) in qualities.iter_mut().zip(query) {
                    *quality = (*quality).max(word_quality(word, text_word, false));
                }
            }
            for (q, quality) in qualities.iter().enumerate() {
                offer(
                    &mut hits[r * width + q],
                    quality * field.weight(),
                    field,
                    at,
                );
            }
        });
    }
    hits
}

/// An abbreviation or partial word ("hdr", "authn") in a short field, as a last resort.
fn abbreviation_hit(
    status: &'static Status,
    word: &str,
    matcher: &SkimMatcherV2,
) -> Option<WordHit> {
    let mut best = None;
    for_each_text(status, |at, field, text| {
        let strong = field.is_short()
            && matcher
                .fuzzy_match(text, word)
                .is_some_and(|s| s >= 20 * word.len() as i64);
        if strong {
            offer(&mut best, 30 * field.weight(), field, at);
        }
    });
    best
}

/// Lowercase letters and digits only: how whole phrases are compared.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether `text` folds to `phrase`, without building the folded text.
fn folds_to(text: &str, phrase: &str) -> bool {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .eq(phrase.chars())
}

/// One record and each query word's best hit in it.
struct Candidate<'a> {
    status: &'static Status,
    hits: &'a [Option<WordHit>],
}

/// Scores a candidate: each word's hit weighted by how rare such hits are (`idf`, in
/// hundredths), scaled by the share of words matched, plus a bonus for the whole phrase.
fn score(candidate: &Candidate, idf: &[u32], phrase: &str, words: &[String]) -> Option<Hit> {
    let weighted =
        || {
            candidate.hits.iter().zip(idf).filter_map(|(h, w)| {
                h.map(|h| ((h.points + h.also.min(h.points) / 4) * w / 100, h))
            })
        };
    let (_, reason) = weighted().max_by_key(|(p, h)| (*p, std::cmp::Reverse(h.field)))?;
    let texts = texts(candidate.status);
    let (mut field, mut matched) = match reason.field {
        Field::Code => (Field::Code, candidate.status.code.to_string()),
        field => (field, texts[reason.text].1.to_string()),
    };
    let sum: u32 = weighted().map(|(p, _)| p).sum();
    // Every word must count: a record matching all of them beats one matching some.
    let found = candidate.hits.iter().filter(|h| h.is_some()).count() as u32;
    let all = words.len() as u32;
    let mut total = sum * found * found / (all * all);
    // Vendor codes yield to registered ones unless the query names the vendor.
    let names_vendor = candidate
        .hits
        .iter()
        .flatten()
        .any(|h| h.field == Field::Vendor);
    if !candidate.status.is_official() && !names_vendor {
        total = total * 2 / 3;
    }
    // The whole query as a phrase: an exact name, former name or constant ranks first, and a
    // several-word query found together in a name or keyword beats its words found apart.
    for &(f, text) in texts.iter().filter(|(f, _)| *f <= Field::Keyword) {
        if f < Field::Keyword && folds_to(text, phrase) {
            total += 100_000;
            (field, matched) = (f, text.to_string());
            break;
        }
        if words.len() > 1 && fold(text).contains(phrase) {
            total += 150 * f.weight();
        }
    }
    if !field.is_short() {
        matched = sentence_with(&matched, words);
    }
    Some(Hit {
        status: candidate.status,
        score: total,
        field,
        matched,
    })
}

/// The sentence of `text` that holds a matching query word, to show as the reason.
fn sentence_with(text: &str, query: &[String]) -> String {
    text.split_inclusive(['.', ';'])
        .find(|s| words(s, false).any(|w| query.iter().any(|q| word_quality(q, w, false) > 0)))
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
    let records: Vec<&'static Status> = db::all().collect();
    let width = words.len();
    let mut hits = best_hits(&records, &words);
    // Abbreviations only for words that matched nothing anywhere: fuzzy matching is slow.
    let matcher = SkimMatcherV2::default();
    for (q, word) in words.iter().enumerate() {
        let unmatched = (0..records.len()).all(|r| hits[r * width + q].is_none());
        if word.len() >= 3 && unmatched {
            for (r, status) in records.iter().enumerate() {
                hits[r * width + q] = abbreviation_hit(status, word, &matcher);
            }
        }
    }
    let candidates: Vec<Candidate> = records
        .iter()
        .zip(hits.chunks(width))
        .map(|(status, hits)| Candidate { status, hits })
        .collect();
    // A word found in few records ("gateway") says more than one found in many ("too").
    let idf: Vec<u32> = (0..words.len())
        .map(|i| {
            let found = candidates
                .iter()
                .filter(|c| c.hits[i].is_some())
                .count()
                .max(1);
            (100.0 * (1.0 + (candidates.len() as f64 / found as f64).ln())) as u32
        })
        .collect();
    let phrase = fold(query);
    let mut hits: Vec<Hit> = candidates
        .iter()
        .filter(|c| c.hits.iter().any(Option::is_some))
        .filter_map(|c| score(c, &idf, &phrase, &words))
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
    let query = query_words(query);
    let mut candidates: Vec<(usize, &'static str)> = Vec::new();
    for status in db::all() {
        let phrases = std::iter::once(status.name).chain(status.keywords.iter().copied());
        for word in phrases.flat_map(|p| words(p, false)) {
            let lower = word.to_lowercase();
            let distance = query
                .iter()
                .map(|q| strsim::damerau_levenshtein(q, &lower))
                .min()
                .unwrap_or(usize::MAX);
            let seen = candidates.iter().any(|(_, w)| w.eq_ignore_ascii_case(word));
            if distance <= 3 && word.len() > 2 && !seen {
                candidates.push((distance, word));
            }
        }
    }
    candidates.sort();
    candidates.into_iter().take(3).map(|(_, w)| w).collect()
}

/// Byte ranges of `text` that match the query's words, for highlighting.
pub fn highlights(text: &str, query: &str) -> Vec<(usize, usize)> {
    let query = query_words(query);
    let start = text.as_ptr() as usize;
    words(text, false)
        .filter(|w| query.iter().any(|q| word_quality(q, w, true) > 0))
        .map(|w| {
            let at = w.as_ptr() as usize - start;
            (at, at + w.len())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_quality_orders_exact_prefix_typo() {
        assert_eq!(word_quality("gateway", "Gateway", true), 100);
        assert_eq!(word_quality("unproc", "Unprocessable", true), 75);
        assert!(word_quality("gatway", "gateway", true) > 0);
        assert!(word_quality("unathorized", "unauthorized", true) > 0);
        assert!(word_quality("unauthroized", "unauthorized", true) > 0);
        assert!(word_quality("uanuthorized", "unauthorized", true) > 0);
        assert!(word_quality("forbiden", "Forbidden", true) > 0);
        assert_eq!(word_quality("forbiden", "Forbidden", false), 0);
        assert_eq!(word_quality("cat", "car", true), 0);
        assert_eq!(word_quality("abc", "xyz", true), 0);
    }

    #[test]
    fn words_split_prose_and_identifiers() {
        let prose: Vec<&str> = words("Don't send 404 (Not-Found).", false).collect();
        assert_eq!(prose, ["Don't", "send", "404", "Not", "Found"]);
        let go: Vec<&str> = words("StatusTooManyRequests", true).collect();
        assert_eq!(go, ["Status", "Too", "Many", "Requests"]);
        let rack: Vec<&str> = words(":too_many_requests", true).collect();
        assert_eq!(rack, ["too", "many", "requests"]);
        let upper: Vec<&str> = words("HTTP_I_AM_A_TEAPOT", true).collect();
        assert_eq!(upper, ["HTTP", "I", "AM", "A", "TEAPOT"]);
    }

    #[test]
    fn highlights_cover_matching_words() {
        assert_eq!(highlights("Gateway Timeout", "gatway"), vec![(0, 7)]);
        assert_eq!(highlights("a Gateway Timeout", "timeout"), vec![(10, 17)]);
    }
}
