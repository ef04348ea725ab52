//! Search by situation: a query is understood (question wording dropped, words stemmed,
//! numbers it names or rejects noted), then ranked over the situation catalogue and the
//! records together with BM25F, one result per number.
//!
//! Every document's terms live in an index generated from the database and compiled in
//! (`index.rs`, kept fresh by a test), so nothing is built at start-up and a plain lookup
//! pays nothing for search.

#[cfg(test)]
mod generate;
// The generated IDF table holds ln 2 among its values, as a number like any other.
#[allow(clippy::approx_constant)]
mod index;
mod text;
mod understand;

use std::borrow::Cow;

use crate::db::{self, Situation, Standing, Status, constants, situations};

pub use understand::MAX_WORDS;

/// Where a hit's reason comes from. The first ten are the index's fields, in the order the
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
    /// The number itself was typed.
    Code,
    /// The code is an alternative in a matching situation.
    Alternative,
}

impl Field {
    /// How many fields the index records.
    pub const COUNT: usize = 10;

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
    ];

    /// How much a match in this field counts (BM25F field weight).
    fn weight(self) -> f32 {
        match self {
            Field::Name => 3.0,
            Field::FormerName => 2.5,
            Field::Title => 2.5,
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
}

impl Hit {
    /// One line on why this code fits: the situation's reason, else the code's summary.
    pub fn why(&self) -> &'static str {
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

/// BM25 term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.5;

/// Item `id` of a sorted list stored as one string and the end of each item.
fn item(all: &'static str, ends: &[u32], id: usize) -> &'static str {
    let start = id.checked_sub(1).map_or(0, |i| ends[i] as usize);
    &all[start..ends[id] as usize]
}

/// The position of `wanted` in such a list, by bisection.
fn find_item(all: &'static str, ends: &[u32], wanted: &str) -> Option<usize> {
    let (mut low, mut high) = (0, ends.len());
    while low < high {
        let middle = (low + high) / 2;
        match item(all, ends, middle).cmp(wanted) {
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
            std::cmp::Ordering::Equal => return Some(middle),
        }
    }
    None
}

/// The index's term `id`.
fn term(id: usize) -> &'static str {
    item(index::TERMS, index::TERM_ENDS, id)
}

/// The id of an exact term.
fn term_id(stem: &str) -> Option<usize> {
    find_item(index::TERMS, index::TERM_ENDS, stem)
}

/// The term of a lowercase word: looked up among the data's own words, and only stemmed when
/// the data does not use it (stemming costs far more than a lookup).
fn stem_of(stemmer: &rust_stemmers::Stemmer, lower: &str) -> Cow<'static, str> {
    match find_item(index::WORDS, index::WORD_ENDS, lower) {
        Some(at) => Cow::Borrowed(term(usize::from(index::WORD_TERMS[at]))),
        None => Cow::Owned(text::stem(stemmer, lower)),
    }
}

/// A word the data does not use, split into two words it does: "ratelimit" is "rate" and
/// "limit", "healthcheck" is "health" and "check". The longer first part wins.
fn split_compound(lower: &str) -> Option<(&str, &str)> {
    if lower.len() < 7
        || !lower.is_ascii()
        || find_item(index::WORDS, index::WORD_ENDS, lower).is_some()
    {
        return None;
    }
    let known = |w: &str| find_item(index::WORDS, index::WORD_ENDS, w).is_some();
    (3..=lower.len() - 3)
        .rev()
        .map(|at| lower.split_at(at))
        .find(|(left, right)| known(left) && known(right))
}

/// The terms of a text at search time.
fn terms_of(stemmer: &rust_stemmers::Stemmer, text: &str, camel: bool) -> Vec<String> {
    text::words_and_terms(text, camel, |w| stem_of(stemmer, w).into_owned())
        .into_iter()
        .map(|(_, term)| term)
        .collect()
}

/// The terms a query term stands for, with how sure the match is: the exact stem, else (for
/// words of five letters or more) near misses and completions. Short words are never
/// stretched: "rest" must not become "reset", nor "use" "user".
fn matching_terms(term_of_query: &understand::Term) -> Vec<(usize, f32)> {
    if let Some(id) = term_id(&term_of_query.stem) {
        return vec![(id, 1.0)];
    }
    let stem = term_of_query.stem.as_str();
    if term_of_query.word.len() <= 4 || stem.len() < 4 {
        return Vec::new();
    }
    let allowed = if stem.len() >= 8 { 2 } else { 1 };
    let first = stem.as_bytes()[0];
    let second = stem.as_bytes()[1];
    let mut found = Vec::new();
    for id in 0..index::TERM_ENDS.len() {
        let candidate = term(id);
        let c = candidate.as_bytes();
        if c[0] != first && c[0] != second {
            continue;
        }
        if stem.len() >= 5 && candidate.len() > stem.len() && candidate.starts_with(stem) {
            found.push((id, 0.6));
        } else if candidate.len().abs_diff(stem.len()) <= allowed {
            let distance = strsim::osa_distance(stem, candidate);
            if distance <= allowed {
                found.push((id, 0.8 - 0.15 * distance as f32));
            }
        }
    }
    found
}

fn postings(id: usize) -> &'static [(u16, u8, u8)] {
    let (start, end) = (index::POSTING_STARTS[id], index::POSTING_STARTS[id + 1]);
    &index::POSTINGS[start as usize..end as usize]
}

/// Per document: its score so far, the share of the query it covers, and where it matched.
#[derive(Clone, Copy, Default)]
struct DocScore {
    score: f32,
    covered: f32,
    /// The fields a query term was found in, as bits.
    fields: u16,
    /// How many query terms are in its name.
    in_name: u8,
}

/// BM25F over every document of the index for the query's terms. Returns the scores and the
/// query's total weight, and notes each term's matched ids in `seen`.
fn score_documents(
    query: &understand::Understood,
    seen: &mut Vec<(usize, f32)>,
) -> (Vec<DocScore>, f32) {
    let docs = index::LENGTHS.len();
    let average = &index::AVERAGE_LENGTHS;

    let mut scores = vec![DocScore::default(); docs];
    let mut frequency = vec![0f32; docs];
    let mut touched: Vec<usize> = Vec::new();
    let mut total = 0.0;
    for query_term in &query.terms {
        let ids = matching_terms(query_term);
        if ids.is_empty() {
            continue;
        }
        touched.clear();
        let first_seen = seen.len();
        for &(id, sureness) in &ids {
            seen.push((id, sureness));
            for &(doc, field, count) in postings(id) {
                let doc = usize::from(doc);
                let f = Field::INDEXED[usize::from(field)];
                let length = f32::from(index::LENGTHS[doc][usize::from(field)]);
                let norm = 1.0 - B + B * length / average[usize::from(field)];
                let weighted = sureness * f.weight() * f32::from(count) / norm;
                if frequency[doc] == 0.0 {
                    touched.push(doc);
                }
                frequency[doc] += weighted;
                let s = &mut scores[doc];
                s.fields |= 1 << field;
            }
        }
        let idf = index::IDF[touched.len()];
        total += idf;
        seen[first_seen..].iter_mut().for_each(|(_, w)| *w *= idf);
        for &doc in &touched {
            let tf = frequency[doc];
            let s = &mut scores[doc];
            s.score += idf * tf * (K1 + 1.0) / (tf + K1);
            s.covered += idf;
            frequency[doc] = 0.0;
        }
        // Whether the term is in each record's name, for "names the code".
        for &(id, _) in &ids {
            for &(doc, field, _) in postings(id) {
                if field == Field::Name as u8 {
                    let s = &mut scores[usize::from(doc)];
                    s.in_name = s.in_name.saturating_add(1);
                }
            }
        }
    }
    (scores, total)
}

/// How well the best single phrasing of situation `s` fits the query: the share of the
/// phrasing's terms the query holds, and the share of the query's weight the phrasing holds.
/// A phrasing found whole in a question is the strongest sign of its situation; words found
/// scattered over several phrasings are a weaker one.
fn phrasing_fit(s: usize, seen: &[(usize, f32)], total: f32) -> (f32, f32) {
    let (start, end) = (
        index::SITUATION_PHRASES[s] as usize,
        index::SITUATION_PHRASES[s + 1] as usize,
    );
    let (mut cover, mut share): (f32, f32) = (0.0, 0.0);
    for p in start..end {
        let from = p
            .checked_sub(1)
            .map_or(0, |i| index::PHRASE_ENDS[i] as usize);
        let terms = &index::PHRASE_TERMS[from..index::PHRASE_ENDS[p] as usize];
        if terms.is_empty() {
            continue;
        }
        let weights = terms.iter().filter_map(|t| {
            seen.iter()
                .find(|(id, _)| *id == usize::from(*t))
                .map(|(_, w)| *w)
        });
        let (hit, weight) = weights.fold((0, 0.0), |(n, sum), w| (n + 1, sum + w));
        cover = cover.max(hit as f32 / terms.len() as f32);
        share = share.max(weight / total.max(f32::EPSILON));
    }
    (cover, share.min(1.0))
}

/// Words that point at a vendor's products, and a word of the vendor's name they stand for;
/// a word that is itself in the vendor's name ("nginx", "cloudflare") needs no entry. Generic
/// words of vendor names ("application", "server", "cloud") do not count.
const VENDOR_WORDS: &[(&str, &str)] = &[
    ("alb", "aws"),
    ("amazon", "aws"),
    ("balancer", "aws"),
    ("elb", "aws"),
    ("activesync", "microsoft"),
    ("exchange", "microsoft"),
    ("iis", "microsoft"),
    ("outlook", "microsoft"),
    ("owa", "microsoft"),
    ("sharepoint", "microsoft"),
    ("aliyun", "alibaba"),
    ("cf", "cloudflare"),
    ("tweet", "twitter"),
];

/// Distinctive words of vendor names, which name the vendor when a query uses them.
const VENDOR_NAMES: &[&str] = &[
    "alibaba",
    "apache",
    "asp",
    "aws",
    "cloudflare",
    "edgeroutine",
    "heroku",
    "laravel",
    "microsoft",
    "nginx",
    "railgun",
    "shopify",
    "spring",
    "tornado",
    "twitter",
];

/// Whether a text names any vendor's product.
fn mentions_vendor(text: &str) -> bool {
    text::words(text, false).any(|w| {
        VENDOR_NAMES.iter().any(|v| v.eq_ignore_ascii_case(w))
            || VENDOR_WORDS
                .iter()
                .any(|(alias, _)| alias.eq_ignore_ascii_case(w))
    })
}

/// Whether the query names the vendor of an unofficial record.
fn names_vendor(status: &Status, query: &understand::Understood) -> bool {
    let Standing::Unofficial { vendor, .. } = status.standing else {
        return false;
    };
    let vendor = vendor.to_ascii_lowercase();
    let in_vendor = |name: &str| text::words(&vendor, false).any(|w| w == name);
    query.terms.iter().any(|t| {
        let word = t.word.as_str();
        (VENDOR_NAMES.contains(&word) && in_vendor(word))
            || VENDOR_WORDS
                .iter()
                .any(|(alias, name)| *alias == word && in_vendor(name))
    })
}

/// The record a situation points to: the registered meaning, or the named vendor's.
fn situation_record(situation: &Situation) -> Option<&'static Status> {
    match situation.vendor {
        None => db::registered_code(situation.code),
        Some(vendor) => db::meanings(situation.code)
            .into_iter()
            .find(|s| matches!(s.standing, Standing::Unofficial { vendor: v, .. } if v == vendor)),
    }
}

/// The best candidate so far for one number.
struct Slot {
    status: &'static Status,
    score: f32,
    field: Field,
    matched: Matched,
    situation: Option<&'static Situation>,
}

/// What a slot shows as its reason; the text is built only for the slots that are shown.
enum Matched {
    /// The record's text in the slot's field that holds a query term.
    Field,
    /// The slot's situation, by its title.
    Situation,
    /// The slot is the alternative to its situation's code, fitting when this holds.
    Instead(&'static str),
    /// The number itself.
    Code,
}

/// Offers a candidate for its number's one slot; the better candidate keeps it.
fn offer(slots: &mut Vec<Slot>, candidate: Slot) {
    match slots
        .iter_mut()
        .find(|s| s.status.code == candidate.status.code)
    {
        Some(slot) if slot.score >= candidate.score => {}
        Some(slot) => *slot = candidate,
        None => slots.push(candidate),
    }
}

/// How much a vendor's code counts when the query gives no sign of that vendor.
const VENDOR_WITHOUT_CONTEXT: f32 = 0.4;
/// How much a deprecated, obsoleted or reserved code counts when the query does not name it.
const RETIRED_WITHOUT_CONTEXT: f32 = 0.3;
/// How much of a code's own record score adds to a situation that calls for the code.
const RECORD_SHARE: f32 = 0.5;
/// How much a situation's alternative counts, against the situation's own code.
const ALTERNATIVE_SHARE: f32 = 0.45;

/// The least share of the best score a hit needs to be shown.
const LEAST_SHARE: f32 = 0.05;

/// How much a registered name said whole in the query adds, against the best score.
const NAME_SHARE: f32 = 0.75;

/// The registered records whose name of two words or more the query says whole, word for word.
fn named_in(query: &str) -> Vec<&'static Status> {
    let said: Vec<&str> = text::words(query, false).collect();
    if said.len() < 2 {
        return Vec::new();
    }
    let same = |a: &[&str], b: &[&str]| a.iter().zip(b).all(|(x, y)| x.eq_ignore_ascii_case(y));
    db::all()
        .filter(|s| s.standing == Standing::Standard)
        .filter(|s| {
            let name: Vec<&str> = text::words(s.name, false).collect();
            name.len() >= 2 && said.windows(name.len()).any(|w| same(w, &name))
        })
        .collect()
}

/// The codes `query` rules out ("don't use 503"), for a message when nothing else is left.
pub fn rejected_codes(query: &str) -> Vec<u16> {
    understand::understand(query).rejected
}

/// The records and situations matching `query`, best first, at most `limit`, one per number.
pub fn search(query: &str, limit: usize) -> Outcome {
    let understood = understand::understand(query);
    if understood.is_empty() {
        return Outcome::NoContent;
    }
    let records: Vec<&'static Status> = db::all().collect();
    let catalogue: Vec<&'static Situation> = situations::all().collect();
    let mut seen = Vec::new();
    let (scores, total) = score_documents(&understood, &mut seen);
    let term_count = understood.terms.len();

    // A record is "in context" when the query names its vendor, its number, or its name.
    let in_context = |r: usize| {
        let s = &scores[r];
        names_vendor(records[r], &understood)
            || understood.codes.contains(&records[r].code)
            || (term_count > 1 && usize::from(s.in_name) >= term_count)
    };
    // Vendor codes and codes not meant to be sent yield unless the query points at them.
    let weigh = |status: &Status, context: bool, score: f32| {
        let retired = matches!(
            status.standing,
            Standing::Deprecated | Standing::Obsoleted | Standing::Reserved
        );
        if context {
            score
        } else if !status.is_official() {
            score * VENDOR_WITHOUT_CONTEXT
        } else if retired {
            score * RETIRED_WITHOUT_CONTEXT
        } else {
            score
        }
    };

    let query_names_a_vendor = understood.terms.iter().any(|t| mentions_vendor(&t.word));
    let mut slots: Vec<Slot> = Vec::new();
    let mut record_scores = vec![0.0; records.len()];
    for (r, status) in records.iter().enumerate() {
        let s = &scores[r];
        if s.score <= 0.0 || total <= 0.0 {
            continue;
        }
        let coverage = s.covered / total;
        let score = weigh(status, in_context(r), s.score * coverage);
        record_scores[r] = score;
        offer(
            &mut slots,
            Slot {
                status,
                score,
                // The reason shown is the most telling field a term was found in.
                field: Field::INDEXED[s.fields.trailing_zeros() as usize],
                matched: Matched::Field,
                situation: None,
            },
        );
    }
    for (i, situation) in catalogue.iter().enumerate() {
        // The index is generated from this very catalogue (a test keeps it fresh).
        let Some(s) = scores.get(index::RECORDS + i) else {
            break;
        };
        if s.score <= 0.0 || total <= 0.0 {
            continue;
        }
        let Some(status) = situation_record(situation) else {
            continue;
        };
        let record = records.iter().position(|r| std::ptr::eq(*r, status));
        // A situation about one vendor's product ("nginx's rate limiter answers 503") is for
        // queries that name a vendor, like a vendor's own code.
        let context = record.is_some_and(in_context);
        let vendor_specific = !query_names_a_vendor
            && !context
            && index::VENDOR_TITLES.binary_search(&(i as u16)).is_ok();
        let coverage = s.covered / total;
        let (cover, share) = phrasing_fit(i, &seen, total);
        // The code's own card backs the situation when it speaks of the same things.
        let backing = record.map_or(0.0, |r| record_scores[r]) * RECORD_SHARE;
        let mut score = weigh(
            status,
            context,
            s.score * coverage * (0.6 + cover) * (0.4 + share),
        ) + backing;
        if vendor_specific {
            score *= VENDOR_WITHOUT_CONTEXT;
        }
        offer(
            &mut slots,
            Slot {
                status,
                score,
                field: Field::Title,
                matched: Matched::Situation,
                situation: Some(situation),
            },
        );
        for alternative in situation.alternatives {
            if let Some(alt) = db::lead(alternative.code) {
                offer(
                    &mut slots,
                    Slot {
                        status: alt,
                        score: weigh(alt, false, score * ALTERNATIVE_SHARE),
                        field: Field::Alternative,
                        matched: Matched::Instead(alternative.when),
                        situation: Some(situation),
                    },
                );
            }
        }
    }

    // Numbers: a code the query names is a strong candidate; one it rejects falls back.
    let best = slots.iter().map(|s| s.score).fold(0.0, f32::max).max(1.0);
    for &code in &understood.codes {
        let bonus = if term_count == 0 { 100.0 } else { best * 0.5 };
        match slots.iter_mut().find(|s| s.status.code == code) {
            Some(slot) => slot.score += bonus,
            None => {
                for (n, status) in db::meanings(code).into_iter().enumerate() {
                    offer(
                        &mut slots,
                        Slot {
                            status,
                            score: bonus / (n + 1) as f32,
                            field: Field::Code,
                            matched: Matched::Code,
                            situation: None,
                        },
                    );
                }
            }
        }
    }
    for &prefix in &understood.prefixes {
        let width = if prefix < 10 { 100 } else { 10 };
        for status in db::all().filter(|s| s.code / width == prefix) {
            let score = if term_count == 0 { 10.0 } else { best * 0.1 };
            offer(
                &mut slots,
                Slot {
                    status,
                    score: weigh(status, false, score),
                    field: Field::Code,
                    matched: Matched::Code,
                    situation: None,
                },
            );
        }
    }
    // A registered name of two words or more, said whole ("image type not acceptable"),
    // points at its code as surely as the number would.
    for status in named_in(query) {
        let bonus = best * NAME_SHARE;
        match slots.iter_mut().find(|s| std::ptr::eq(s.status, status)) {
            Some(slot) => slot.score += bonus,
            None => offer(
                &mut slots,
                Slot {
                    status,
                    score: bonus,
                    field: Field::Name,
                    matched: Matched::Field,
                    situation: None,
                },
            ),
        }
    }
    for slot in slots
        .iter_mut()
        .filter(|s| understood.rejected.contains(&s.status.code))
    {
        slot.score *= 0.1;
    }

    // A header's exact name ("retry-after") leads to the codes that carry it.
    let query_text = query.trim();
    for status in &records {
        let carries = status
            .headers
            .iter()
            .any(|h| h.name.eq_ignore_ascii_case(query_text));
        if carries {
            let bonus = best * 0.5;
            match slots.iter_mut().find(|s| std::ptr::eq(s.status, *status)) {
                Some(slot) => slot.score += bonus,
                None => offer(
                    &mut slots,
                    Slot {
                        status,
                        score: weigh(status, false, bonus),
                        field: Field::Header,
                        matched: Matched::Field,
                        situation: None,
                    },
                ),
            }
        }
    }

    // An exact name, former name or constant is what the user meant.
    if let Some(status) = exact(query) {
        let top = slots.iter().map(|s| s.score).fold(0.0, f32::max);
        offer(
            &mut slots,
            Slot {
                status,
                score: top + 1000.0,
                field: Field::Name,
                matched: Matched::Field,
                situation: None,
            },
        );
        if let Some(slot) = slots.iter_mut().find(|s| std::ptr::eq(s.status, status)) {
            slot.score = slot.score.max(top + 1000.0);
        }
    }

    slots.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.status.is_official().cmp(&a.status.is_official()))
            .then(a.status.code.cmp(&b.status.code))
    });
    // A hit far below the best is noise, not an answer ("user is banned" has nothing to do
    // with WebDAV's 423), so it is not shown.
    if let Some(best) = slots.first().map(|s| s.score) {
        slots.retain(|s| s.score >= best * LEAST_SHARE);
    }
    slots.truncate(limit);
    Outcome::Hits(
        slots
            .into_iter()
            .map(|slot| {
                let matched = match (slot.matched, slot.situation) {
                    (Matched::Situation, Some(situation)) => situation.title.to_string(),
                    (Matched::Instead(when), Some(situation)) => {
                        format!("instead of {}, {when}", situation.code)
                    }
                    (Matched::Code, _) => slot.status.code.to_string(),
                    _ => matched_text(slot.status, slot.field, &understood),
                };
                Hit {
                    status: slot.status,
                    score: (slot.score * 100.0) as u32,
                    field: slot.field,
                    matched,
                    situation: slot.situation,
                }
            })
            .collect(),
    )
}

/// The record whose name, former name or constant the whole query is. Constants are one
/// word and names a few, so a sentence is not compared with them.
fn exact(query: &str) -> Option<&'static Status> {
    let words = query.split_whitespace().count();
    if words == 1
        && let Some(code) = constants::resolve(query)
    {
        return db::lead(code);
    }
    if words > 6 {
        return None;
    }
    db::by_name(query)
}

/// The text of `field` in the record that holds a query term, to show as the reason.
fn matched_text(status: &'static Status, field: Field, query: &understand::Understood) -> String {
    let stemmer = text::stemmer();
    let texts = record_texts(status);
    let holds_term = |text: &str| {
        terms_of(&stemmer, text, field == Field::Constant)
            .iter()
            .any(|t| query.terms.iter().any(|q| &q.stem == t))
    };
    let text = texts
        .iter()
        .filter(|(f, _)| *f == field)
        .map(|(_, t)| *t)
        .find(|t| holds_term(t))
        .or_else(|| texts.iter().find(|(f, _)| *f == field).map(|(_, t)| *t))
        .unwrap_or(status.name);
    if field == Field::Prose {
        sentence_with(text, &stemmer, query)
    } else {
        text.to_string()
    }
}

/// The sentence of `text` that holds a query term.
fn sentence_with(
    text: &str,
    stemmer: &rust_stemmers::Stemmer,
    query: &understand::Understood,
) -> String {
    text.split_inclusive(['.', ';'])
        .find(|s| {
            terms_of(stemmer, s, false)
                .iter()
                .any(|t| query.terms.iter().any(|q| &q.stem == t))
        })
        .unwrap_or(text)
        .trim()
        .to_string()
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
