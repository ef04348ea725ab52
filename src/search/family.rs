//! Short topics and header names: a query of a few words that names a subject ("redirect",
//! "timeout", "retry after") is answered with the family of codes the subject covers, the
//! ones most often needed first, rather than with the one situation its words fit best.

use super::lexicon::{term_id, terms_of};
use super::score::Scored;
use super::slot::{Matched, Slot, Slots};
use super::weigh::{Weigher, prevalence};
use super::{Field, text, understand};
use crate::db::{Header, HeaderUsage, Status};

/// The most words a topic has; a longer query is a question.
const TOPIC_WORDS: usize = 3;

/// Stop words that can sit inside a topic without making it a sentence: "post redirect
/// get", "http to https", "if none match". Any other question word ("is", "should",
/// "when") makes a sentence of it: "user is banned".
const TOPIC_JOINERS: &[&str] = &[
    "and", "for", "from", "get", "http", "if", "in", "no", "not", "of", "on", "or", "to",
];

/// Words that only say the rest is a header's name: "retry after header".
const HEADER_WORDS: &[&str] = &["header", "headers", "field"];

/// Whether `query` names a topic rather than asking a question: one to three words, no
/// question wording, no number.
pub fn is_topic(query: &str, understood: &understand::Understood) -> bool {
    let words: Vec<String> = text::words(query, false)
        .map(str::to_ascii_lowercase)
        .collect();
    !words.is_empty()
        && words.len() <= TOPIC_WORDS
        && understood.codes.is_empty()
        && understood.rejected.is_empty()
        && understood.prefixes.is_empty()
        && words
            .iter()
            .all(|w| !text::is_stop_word(w) || TOPIC_JOINERS.contains(&w.as_str()))
}

/// How central a header is to a code that carries it: one the code must send comes before
/// one that only may go with it.
fn centrality(usage: HeaderUsage) -> f32 {
    match usage {
        HeaderUsage::Must => 1.0,
        HeaderUsage::Request => 0.9,
        HeaderUsage::Should => 0.8,
        HeaderUsage::May => 0.6,
    }
}

/// The header the whole query names, typed with a hyphen, spaces or run together
/// ("Retry-After", "retry after", "retryafter header"), and the records that carry it, by
/// their place in `records`.
pub fn header_named(query: &str, records: &[&'static Status]) -> Vec<(usize, &'static Header)> {
    let key: String = text::words(query, false)
        .filter(|w| !HEADER_WORDS.iter().any(|h| h.eq_ignore_ascii_case(w)))
        .flat_map(str::chars)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if key.is_empty() {
        return Vec::new();
    }
    let same = |name: &str| {
        name.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .eq(key.chars())
    };
    records
        .iter()
        .enumerate()
        .filter_map(|(r, status)| {
            let header = status.headers.iter().find(|h| same(h.name))?;
            Some((r, header))
        })
        .collect()
}

/// The best candidate's score, an exact name's lead left out.
fn best(slots: &Slots) -> f32 {
    slots
        .0
        .iter()
        .map(|s| s.score)
        .filter(|&s| s < super::slot::EXACT_LEAD)
        .fold(0.0, f32::max)
        .max(1.0)
}

/// Lifts a family above every other candidate, in the order `weight` gives: the family's
/// members keep their slots (and reasons) but score `best * (1 + weight)`.
fn lift(slots: &mut Slots, members: Vec<(Slot, f32)>) {
    let best = best(slots);
    for (mut slot, weight) in members {
        slot.score = best * (1.0 + weight);
        match slots
            .0
            .iter_mut()
            .find(|s| s.status.code == slot.status.code)
        {
            // An exact name keeps its lead.
            Some(old) if old.score >= super::slot::EXACT_LEAD => {}
            Some(old) => *old = slot,
            None => slots.0.push(slot),
        }
    }
}

/// A header's name leads to the codes that send or need it, the most central first: the
/// everyday codes, those whose own card is about the header (411 for Content-Length, 417
/// for Expect), then what the RFC requires before what it allows. Returns whether the query
/// named a header.
pub fn headers(
    slots: &mut Slots,
    query: &str,
    records: &[&'static Status],
    scored: &Scored,
    weigher: &Weigher,
) -> bool {
    let carriers = header_named(query, records);
    if carriers.is_empty() {
        return false;
    }
    let carriers: Vec<_> = carriers
        .into_iter()
        .filter(|&(r, _)| records[r].is_official() || weigher.names_vendor_of(records[r]))
        .collect();
    let strength = Strength::of(slots, carriers.iter().map(|&(r, _)| records[r]));
    let members = carriers
        .into_iter()
        .map(|(r, header)| {
            let status = records[r];
            let slot = Slot {
                status,
                score: 0.0,
                field: Field::Header,
                matched: Matched::Header(header),
                situation: None,
            };
            let about = if is_about(scored, r, status) {
                1.0
            } else {
                0.6
            };
            let central = about * (0.6 + 0.4 * centrality(header.usage));
            (slot, strength.weigh(status, prevalence(status) * central))
        })
        .collect();
    lift(slots, members);
    true
}

/// Whether record `r`'s card (name, former names, constants, keywords, vendor) is about
/// the query: one of its texts holds the words that matter, together ("extension
/// framework" is one of 510's keywords; "server busy" and "request timeout" on 102's card
/// do not make it about "server timeout").
fn is_about(scored: &Scored, r: usize, status: &'static Status) -> bool {
    let enough = scored.total * ON_CARD;
    if scored.docs[r].on_card < enough {
        return false;
    }
    // One word is always said together with itself.
    if scored.matched == 1 {
        return true;
    }
    let stemmer = text::stemmer();
    super::record_texts(status)
        .into_iter()
        .filter(|(field, _)| *field < Field::Header)
        .any(|(field, text)| {
            let ids: Vec<usize> = terms_of(&stemmer, text, field == Field::Constant)
                .iter()
                .filter_map(|t| term_id(t))
                .collect();
            let held: f32 = scored
                .seen
                .iter()
                .filter(|(id, _)| ids.contains(id))
                .map(|(_, w)| w)
                .sum();
            held >= enough
        })
}

/// How strongly each member of a family was already a candidate, situations included: the
/// code a topic's situations call for is more about the topic than one a keyword mentions.
struct Strength {
    /// Each member's best score so far.
    scores: Vec<(u16, f32)>,
    strongest: f32,
}

impl Strength {
    fn of(slots: &Slots, members: impl Iterator<Item = &'static Status>) -> Strength {
        let scores: Vec<(u16, f32)> = members
            .map(|status| {
                let score = slots.score_of(status.code).unwrap_or(0.0);
                (status.code, score.min(super::slot::EXACT_LEAD))
            })
            .collect();
        // Against the best candidate of all, not only the family's: a member far weaker
        // than what the topic's situations call for is not the answer.
        Strength {
            scores,
            strongest: best(slots),
        }
    }

    /// A member's score against the strongest candidate's, from 0 to 1.
    fn relative(&self, status: &Status) -> f32 {
        let score = self
            .scores
            .iter()
            .find(|(code, _)| *code == status.code)
            .map_or(0.0, |s| s.1);
        score / self.strongest.max(f32::EPSILON)
    }

    /// A member's weight: how common it is (`common`), damped by how much weaker its match
    /// is than the best candidate's, gently (a square root), so that how often a code is
    /// needed orders a family unless another member is far more about the topic.
    fn weigh(&self, status: &Status, common: f32) -> f32 {
        common * self.relative(status).sqrt()
    }
}

/// A match this much weaker than the best candidate is not about the topic.
const LEAST_STRENGTH: f32 = 0.2;

/// The share of a topic's weight a card must hold: every word that matters, though a
/// generic one ("requests" in "conditional requests") may be missing.
const ON_CARD: f32 = 0.75;

/// A topic's family: every code one of whose card texts (name, former names, constants,
/// keywords or vendor) says the words of the topic that matter, every code of a class the
/// topic names, and the code of a situation it names word for word. They come first, the
/// ones most often needed first; among codes as common, the better match first. Vendor codes join only when the
/// query names the vendor. When the topic is a code's own name (`named`), the family is
/// the codes its card relates to that speak of the topic too ("permanent redirect": 308,
/// then 301), and the code a curated comparison sets against it ("unauthorized": 401, then
/// 403).
pub fn topic(
    slots: &mut Slots,
    query: &str,
    records: &[&'static Status],
    scored: &Scored,
    weigher: &Weigher,
    named: Option<&'static Status>,
    said_whole: &[&'static Status],
) {
    // A class or a named code's partners are the family whatever their own match; members
    // found by their words must match well enough.
    let class = class_named(query);
    let chosen = class.is_some() || named.is_some();
    let family: Vec<&'static Status> = match class {
        Some(digit) => records
            .iter()
            .copied()
            .filter(|s| s.class() == digit && s.is_official())
            .collect(),
        None => (0..records.len())
            .filter(|&r| {
                let status = records[r];
                let about = is_about(scored, r, status);
                let allowed = status.is_official() || weigher.names_vendor_of(status);
                let belongs = match named {
                    None => about,
                    Some(n) => (about && related(n, status)) || compared(n, status),
                };
                allowed && belongs
            })
            .map(|r| records[r])
            // A topic that is a situation's phrasing word for word ("cors preflight") is
            // about that situation's code too.
            .chain(said_whole.iter().copied().filter(|s| s.is_official()))
            .collect(),
    };
    let strength = Strength::of(slots, family.iter().copied());
    let members = family
        .into_iter()
        .filter(|s| chosen || strength.relative(s) >= LEAST_STRENGTH)
        .map(|status| {
            let slot = Slot {
                status,
                score: 0.0,
                field: Field::Summary,
                matched: Matched::Summary,
                situation: None,
            };
            // A topic that names a vendor is about the vendor's own codes first.
            let common = if status.is_official() {
                prevalence(status)
            } else {
                1.2
            };
            // A class is ordered by how often each code is needed alone.
            let weight = if class.is_some() {
                common
            } else {
                strength.weigh(status, common)
            };
            (slot, weight)
        })
        .collect();
    lift(slots, members);
}

/// Whether the card of `named` lists `other` among its related codes.
fn related(named: &Status, other: &Status) -> bool {
    named.related.iter().any(|r| r.code == other.code)
}

/// Whether a curated comparison sets the two codes against each other alone (401 and 403).
fn compared(named: &Status, other: &Status) -> bool {
    crate::db::comparison_for(&[named.code, other.code]).is_some_and(|c| c.codes.len() == 2)
}

/// The class whose name the topic is ("informational", "client errors", "success"), by its
/// first digit.
fn class_named(query: &str) -> Option<u8> {
    let said: Vec<String> = text::words(query, false)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let said = said.join(" ");
    let singular = said.strip_suffix('s').unwrap_or(&said);
    crate::db::CLASSES
        .iter()
        .find(|class| {
            let name = class.name.to_ascii_lowercase();
            name == said || name == singular || (class.digit == 2 && said == "success")
        })
        .map(|class| class.digit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    fn topic_shaped(query: &str) -> bool {
        is_topic(query, &understand::understand(query))
    }

    #[test]
    fn a_few_words_are_a_topic_and_a_question_is_not() {
        for query in [
            "redirect",
            "permanent redirect",
            "post redirect get",
            "if none match",
        ] {
            assert!(topic_shaped(query), "{query}");
        }
        for query in [
            "user is banned",
            "which code for a timeout",
            "timeout 504",
            "42",
        ] {
            assert!(!topic_shaped(query), "{query}");
        }
    }

    #[test]
    fn header_names_are_found_however_typed() {
        let records: Vec<&'static Status> = db::all().collect();
        let codes = |q| {
            let mut c: Vec<u16> = header_named(q, &records)
                .iter()
                .map(|&(r, _)| records[r].code)
                .collect();
            c.sort();
            c
        };
        assert_eq!(codes("Retry-After"), codes("retry after"));
        assert_eq!(codes("retryafter header"), codes("RETRY-AFTER"));
        assert!(codes("retry after").contains(&429));
        assert_eq!(codes("allow"), [405]);
        assert!(codes("retry").is_empty());
    }

    fn family_of(query: &str) -> Vec<u16> {
        match super::super::search(query, 10) {
            super::super::Outcome::Hits(hits) => hits
                .iter()
                .filter(|h| h.family)
                .map(|h| h.status.code)
                .collect(),
            super::super::Outcome::NoContent => Vec::new(),
        }
    }

    #[test]
    fn a_class_named_is_its_codes() {
        let family = family_of("client errors");
        assert!(family.len() == 10 && family.iter().all(|c| (400..500).contains(c)));
        assert_eq!(class_named("Informational"), Some(1));
        assert_eq!(class_named("success"), Some(2));
        assert_eq!(class_named("errors"), None);
    }

    #[test]
    fn a_named_code_brings_its_compared_partner() {
        let family = family_of("forbidden");
        assert!(family.contains(&401) && family.contains(&404), "{family:?}");
        assert!(
            family_of("not found")
                .iter()
                .all(|c| [403, 410].contains(c))
        );
    }
}
