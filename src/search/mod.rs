//! Search by situation: a query is understood (question wording dropped, words stemmed,
//! numbers it names or rejects noted), then ranked over the situation catalogue and the
//! records together with BM25F, one result per number.
//!
//! Every document's terms live in an index generated from the database and compiled in
//! (`index.rs`, kept fresh by a test), so nothing is built at start-up and a plain lookup
//! pays nothing for search.

mod cut;
mod family;
#[cfg(test)]
mod generate;
// The generated IDF table holds ln 2 among its values, as a number like any other.
#[allow(clippy::approx_constant)]
mod index;
mod lexicon;
mod score;
mod slot;
mod text;
mod understand;
mod weigh;

use crate::db::vocab::{self, Direction, Entry, Vocabulary};
use crate::db::{self, Situation, Standing, Status};
use lexicon::stem_of;
#[cfg(test)]
use weigh::mentions_vendor;

pub use understand::MAX_WORDS;

/// Where a hit's reason comes from. The first twelve are the index's fields, in the order the
/// generator numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Name,
    FormerName,
    Constant,
    Keyword,
    Vendor,
    Header,
    Summary,
    Prose,
    Title,
    Phrasing,
    /// A protocol vocabulary's name for the code, with the protocol's own names
    /// ("gRPC grpc failed precondition").
    Protocol,
    /// What a protocol's name means.
    ProtocolMeaning,
    /// The number itself was typed.
    Code,
    /// The code is an alternative in a matching situation.
    Alternative,
}

impl Field {
    /// How many fields the index records.
    pub const COUNT: usize = 12;

    const INDEXED: [Field; Field::COUNT] = [
        Field::Name,
        Field::FormerName,
        Field::Constant,
        Field::Keyword,
        Field::Vendor,
        Field::Header,
        Field::Summary,
        Field::Prose,
        Field::Title,
        Field::Phrasing,
        Field::Protocol,
        Field::ProtocolMeaning,
    ];

    /// How much a match in this field counts (BM25F field weight).
    fn weight(self) -> f32 {
        match self {
            Field::Name => 3.0,
            Field::FormerName => 2.5,
            Field::Title | Field::Protocol => 2.5,
            Field::ProtocolMeaning => 1.0,
            Field::Phrasing => 2.0,
            Field::Keyword | Field::Vendor => 2.0,
            Field::Constant | Field::Header => 1.5,
            Field::Summary => 1.0,
            Field::Prose => 0.3,
            Field::Code | Field::Alternative => 0.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::FormerName => "former name",
            Field::Constant => "constant",
            Field::Keyword => "keyword",
            Field::Vendor => "vendor",
            Field::Header => "header",
            Field::Summary => "summary",
            Field::Prose => "description",
            Field::Title | Field::Phrasing => "situation",
            Field::Protocol | Field::ProtocolMeaning => "protocol",
            Field::Code => "code",
            Field::Alternative => "alternative",
        }
    }
}

/// A record's searchable texts, field by field. The "mistakes to avoid" are left out on
/// purpose: a card that says "do not send this code for X" must not come up for X.
pub fn record_texts(status: &'static Status) -> Vec<(Field, &'static str)> {
    let mut texts = vec![(Field::Name, status.name)];
    texts.extend(
        status
            .former_names
            .iter()
            .map(|a| (Field::FormerName, a.name)),
    );
    texts.extend(db::constants_of(status).map(|c| (Field::Constant, c.name)));
    texts.extend(status.keywords.iter().map(|k| (Field::Keyword, *k)));
    if let Standing::Unofficial { vendor, .. } = status.standing {
        texts.push((Field::Vendor, vendor));
    }
    texts.extend(status.headers.iter().map(|h| (Field::Header, h.name)));
    texts.push((Field::Summary, status.summary));
    texts.push((Field::Prose, status.meaning));
    texts.extend(status.use_when.iter().map(|t| (Field::Prose, *t)));
    texts
}

/// The entries search ranks: the names a server answers with a status (a client's reading
/// of a status back is for lookups, not for choosing a code).
pub fn searched_entries() -> impl Iterator<Item = (&'static Vocabulary, &'static Entry)> {
    vocab::entries().filter(|(_, e)| e.direction == Direction::Sends)
}

/// An entry's searchable texts: its name (split where its case or separators change, as
/// `NoSuchKey` is "no such key"), every name of its vocabulary, where it applies, and its
/// meaning. Each text says whether it is split at case changes.
#[cfg(test)]
pub fn entry_texts(vocabulary: &Vocabulary, entry: &Entry) -> Vec<(Field, String, bool)> {
    let mut names = format!("{} {}", vocabulary.name, vocabulary.key);
    for alias in vocabulary.aliases {
        names.push(' ');
        names.push_str(alias);
    }
    if let Some(context) = entry.context {
        names.push(' ');
        names.push_str(context);
    }
    vec![
        (Field::Protocol, entry.name.to_string(), true),
        (Field::Protocol, names, false),
        (Field::ProtocolMeaning, entry.meaning.to_string(), false),
    ]
}

/// One result: a meaning of a number, how well it matched, and why.
#[derive(Debug)]
pub struct Hit {
    pub status: &'static Status,
    pub score: u32,
    pub field: Field,
    /// The text that matched: a situation's title, an alternative's condition, a name ...
    pub matched: String,
    /// The situation this hit answers, when a situation decided it.
    pub situation: Option<&'static Situation>,
    /// Whether the hit is one of a topic's or a header's family of codes.
    pub family: bool,
    /// The protocol name this hit answers, when a vocabulary entry decided it.
    pub entry: Option<(&'static Vocabulary, &'static Entry)>,
}

impl Hit {
    /// One line on why this code fits: the situation's reason, else the code's summary.
    pub fn why(&self) -> &'static str {
        if let Some((_, entry)) = self.entry {
            return entry.meaning;
        }
        match (self.field, self.situation) {
            (Field::Alternative, _) | (_, None) => self.status.summary,
            (_, Some(situation)) => situation.why,
        }
    }
}

/// What a search found, or why it could not run.
pub enum Outcome {
    Hits(Vec<Hit>),
    /// Nothing but question wording: "what should I return".
    NoContent,
}

/// The codes `query` rules out ("don't use 503"), for a message when nothing else is left.
pub fn rejected_codes(query: &str) -> Vec<u16> {
    understand::understand(query).rejected
}

/// The records and situations matching `query`, best first, at most `limit`, one per number.
/// Each stage has a module of its own: understand the query, score every document, weigh
/// what the query points at, give each number its best candidate, and cut the list.
/// Every word the searched texts use, as written (lowercase).
pub fn words() -> impl Iterator<Item = &'static str> {
    (0..index::WORD_ENDS.len()).map(|id| lexicon::item(index::WORDS, index::WORD_ENDS, id))
}

pub fn search(query: &str, limit: usize) -> Outcome {
    let understood = understand::understand(query);
    if understood.is_empty() {
        return Outcome::NoContent;
    }
    let scored = score::score(&understood);
    let weigher = weigh::Weigher::new(&understood).protocols_in(query);
    let records: Vec<&'static Status> = db::all().collect();

    let mut slots = slot::Slots::default();
    let record_scores = slots.records(&records, &scored, &weigher);
    let said_whole = slots.situations(&records, &record_scores, &scored, &weigher);
    slots.entries(&scored, &weigher);
    slots.numbers(&understood, &weigher);
    slots.names_said(query);
    slots.rejected(&understood);
    let named = slots.exact(query);
    let named_a_header = family::headers(&mut slots, query, &records, &scored, &weigher);
    // A protocol's own name for the case ("grpc failed precondition") is the answer, not
    // a topic whose family of codes should be listed.
    let protocol_answer = slots.leader_is_entry() || !weigher.protocols.is_empty();
    if !named_a_header && !protocol_answer && family::is_topic(query, &understood) {
        family::topic(
            &mut slots,
            query,
            &records,
            &scored,
            &weigher,
            named,
            &said_whole,
        );
    }

    let mut slots = slots.0;
    cut::order(&mut slots);
    cut::cut(&mut slots, limit);
    Outcome::Hits(cut::hits(slots, &understood))
}

/// Words from names and keywords closest to the query's words, for a "did you mean" hint.
/// Only the first few short words are compared, so a long miss stays quick.
pub fn suggestions(query: &str) -> Vec<&'static str> {
    let query: Vec<String> = text::words(query, false)
        .filter(|w| (3..=20).contains(&w.len()))
        .take(8)
        .map(str::to_ascii_lowercase)
        .collect();
    let mut candidates: Vec<(usize, &'static str)> = Vec::new();
    for status in db::all() {
        let phrases = std::iter::once(status.name).chain(status.keywords.iter().copied());
        for word in phrases.flat_map(|p| text::words(p, false)) {
            let lower = word.to_ascii_lowercase();
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

/// Marks the words of result texts that answer a query, for highlighting.
pub struct Highlighter {
    query: understand::Understood,
    stemmer: rust_stemmers::Stemmer,
}

impl Highlighter {
    pub fn new(query: &str) -> Highlighter {
        Highlighter {
            query: understand::understand(query),
            stemmer: text::stemmer(),
        }
    }

    /// Byte ranges of `text` that hold one of the query's terms, or a near miss of a long
    /// word ("gatway" marks "Gateway").
    pub fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        let start = text.as_ptr() as usize;
        // Only a word that starts like a query word can match it (a typo may swap the first
        // two letters); checking that first spares stemming most words.
        let starts_alike = |w: &str| {
            let first = w.as_bytes()[0].to_ascii_lowercase();
            self.query.terms.iter().any(|q| {
                let (word, stem) = (q.word.as_bytes(), q.stem.as_bytes());
                word.first() == Some(&first)
                    || word.get(1) == Some(&first)
                    || stem.first() == Some(&first)
            })
        };
        text::words(text, false)
            .filter(|w| starts_alike(w))
            .filter(|w| {
                let lower = w.to_ascii_lowercase();
                // Question wording is never a query term, so it needs no stemming.
                if lower.len() < 2 || text::is_stop_word(&lower) {
                    return false;
                }
                let stem = stem_of(&self.stemmer, &lower);
                self.query.terms.iter().any(|q| {
                    q.stem == stem
                        || (q.word.len() > 4
                            && lower.len() > 4
                            && q.word.len().abs_diff(lower.len()) <= 1
                            && strsim::osa_distance(&q.word, &lower) <= 1)
                })
            })
            .map(|w| {
                let at = w.as_ptr() as usize - start;
                (at, at + w.len())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(query: &str) -> Vec<u16> {
        match search(query, 5) {
            Outcome::Hits(hits) => hits.iter().map(|h| h.status.code).collect(),
            Outcome::NoContent => Vec::new(),
        }
    }

    #[test]
    fn terms_are_found_by_bisection() {
        use lexicon::{term, term_id};
        for id in [0, index::TERM_ENDS.len() / 2, index::TERM_ENDS.len() - 1] {
            assert_eq!(term_id(term(id)), Some(id));
        }
        assert_eq!(term_id("zzzzzz"), None);
    }

    #[test]
    fn one_slot_per_number() {
        let found = codes("teapot");
        let mut distinct = found.clone();
        distinct.dedup();
        assert_eq!(found, distinct);
    }

    #[test]
    fn a_rejected_number_is_not_the_answer() {
        assert_ne!(codes("don't use 404 when the record was deleted")[0], 404);
    }

    #[test]
    fn highlights_cover_matching_words() {
        let ranges = |text, query| Highlighter::new(query).ranges(text);
        assert_eq!(ranges("Gateway Timeout", "gatway"), vec![(0, 7)]);
        assert_eq!(ranges("a Gateway Timeout", "timeout"), vec![(10, 17)]);
        assert_eq!(ranges("deleted records", "deleting"), vec![(0, 7)]);
    }
}
