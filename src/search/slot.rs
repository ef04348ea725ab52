//! Candidates, one slot per number: records and situations by their scores, the codes a
//! situation offers instead, numbers and names the query says, and exact names. Each number
//! keeps only its best candidate.

use super::score::Scored;
use super::weigh::{VENDOR_WITHOUT_CONTEXT, Weigher};
use super::{Field, index, text, understand};
use crate::db::vocab::{Entry, Vocabulary};
use crate::db::{self, Header, Situation, Standing, Status, constants};

/// How much of a code's own record score adds to a situation that calls for the code.
const RECORD_SHARE: f32 = 0.5;
/// How much a situation's alternative counts, against the situation's own code.
const ALTERNATIVE_SHARE: f32 = 0.45;
/// How much a registered name said whole in the query adds, against the best score.
const NAME_SHARE: f32 = 0.75;
/// How far above every other candidate an exact name, former name or constant goes.
pub const EXACT_LEAD: f32 = 1000.0;

/// The best candidate so far for one number.
pub struct Slot {
    pub status: &'static Status,
    pub score: f32,
    pub field: Field,
    pub matched: Matched,
    pub situation: Option<&'static Situation>,
}

/// What a slot shows as its reason; the text is built only for the slots that are shown.
#[derive(Clone, Copy)]
pub enum Matched {
    /// The record's text in the slot's field that holds a query term.
    Field,
    /// The slot's situation, by its title.
    Situation,
    /// The slot is the alternative to its situation's code, fitting when this holds.
    Instead(&'static str),
    /// The number itself.
    Code,
    /// The record's summary: what sets it apart within a topic's family.
    Summary,
    /// A header the code sends or needs, with what it does.
    Header(&'static Header),
    /// A protocol's name for the code.
    Entry(&'static Vocabulary, &'static Entry),
}

impl Matched {
    /// Whether the slot is one of a topic's or a header's family.
    pub fn in_family(self) -> bool {
        matches!(self, Matched::Summary | Matched::Header(_))
    }
}

/// The candidates, one per number.
#[derive(Default)]
pub struct Slots(pub Vec<Slot>);

impl Slots {
    /// Offers a candidate for its number's one slot; the better candidate keeps it.
    pub fn offer(&mut self, candidate: Slot) {
        match self
            .0
            .iter_mut()
            .find(|s| s.status.code == candidate.status.code)
        {
            Some(slot) if slot.score >= candidate.score => {}
            Some(slot) => *slot = candidate,
            None => self.0.push(candidate),
        }
    }

    /// The score of a number's slot, if it has one.
    pub fn score_of(&self, code: u16) -> Option<f32> {
        self.0
            .iter()
            .find(|s| s.status.code == code)
            .map(|s| s.score)
    }

    /// Adds `bonus` to the slot of `status`, or offers it a slot of its own with `fresh`.
    fn boost(&mut self, status: &'static Status, bonus: f32, fresh: Slot) {
        match self.0.iter_mut().find(|s| std::ptr::eq(s.status, status)) {
            Some(slot) => slot.score += bonus,
            None => self.offer(fresh),
        }
    }

    /// Whether the best candidate so far is a protocol's entry.
    pub fn leader_is_entry(&self) -> bool {
        self.0
            .iter()
            .max_by(|a, b| a.score.total_cmp(&b.score))
            .is_some_and(|s| matches!(s.matched, Matched::Entry(..)))
    }

    /// The best score so far, at least 1.
    pub fn best(&self) -> f32 {
        self.0.iter().map(|s| s.score).fold(0.0, f32::max).max(1.0)
    }

    /// Each record by its own score. Returns the weighed score of every record, in
    /// `db::all` order, for the situations that call for them.
    pub fn records(
        &mut self,
        records: &[&'static Status],
        scored: &Scored,
        weigher: &Weigher,
    ) -> Vec<f32> {
        let mut record_scores = vec![0.0; records.len()];
        for (r, status) in records.iter().enumerate() {
            let s = &scored.docs[r];
            if s.score <= 0.0 || scored.total <= 0.0 {
                continue;
            }
            let context = weigher.in_context(status, s.in_name);
            let score = weigher.weigh(status, context, s.score * scored.coverage(r));
            record_scores[r] = score;
            self.offer(Slot {
                status,
                score,
                // The reason shown is the most telling field a term was found in.
                field: Field::INDEXED[s.fields.trailing_zeros() as usize],
                matched: Matched::Field,
                situation: None,
            });
        }
        record_scores
    }

    /// Each situation by its score, backed by its code's record, and its alternatives.
    /// Returns the codes of the situations one of whose phrasings is the whole query, word
    /// for word.
    pub fn situations(
        &mut self,
        records: &[&'static Status],
        record_scores: &[f32],
        scored: &Scored,
        weigher: &Weigher,
    ) -> Vec<&'static Status> {
        let mut said_whole = Vec::new();
        for (i, situation) in db::situations::all().enumerate() {
            let doc = index::RECORDS + i;
            // The index is generated from this very catalogue (a test keeps it fresh).
            let Some(s) = scored.docs.get(doc) else {
                break;
            };
            if s.score <= 0.0 || scored.total <= 0.0 {
                continue;
            }
            let Some(status) = situation_record(situation) else {
                continue;
            };
            let record = records.iter().position(|r| std::ptr::eq(*r, status));
            let context =
                record.is_some_and(|r| weigher.in_context(status, scored.docs[r].in_name));
            // A situation about one vendor's product ("nginx's rate limiter answers 503") is
            // for queries that name a vendor, like a vendor's own code.
            let vendor_specific = !weigher.names_a_vendor
                && !context
                && index::VENDOR_TITLES.binary_search(&(i as u16)).is_ok();
            let (cover, share) = scored.phrasing_fit(i);
            if cover >= 1.0 && share >= 0.999 && !vendor_specific {
                said_whole.push(status);
            }
            // The code's own card backs the situation when it speaks of the same things.
            let backing = record.map_or(0.0, |r| record_scores[r]) * RECORD_SHARE;
            let fit = s.score * scored.coverage(doc) * (0.6 + cover) * (0.4 + share);
            let mut score = weigher.weigh(status, context, fit) + backing;
            if vendor_specific {
                score *= VENDOR_WITHOUT_CONTEXT;
            }
            if let Some(protocol) = db::situations::protocol_of(situation) {
                score *= weigher.protocol_weight(protocol, false);
            }
            self.offer(Slot {
                status,
                score,
                field: Field::Title,
                matched: Matched::Situation,
                situation: Some(situation),
            });
            for alternative in situation.alternatives {
                if let Some(alt) = db::lead(alternative.code) {
                    self.offer(Slot {
                        status: alt,
                        score: weigher.weigh(alt, false, score * ALTERNATIVE_SHARE),
                        field: Field::Alternative,
                        matched: Matched::Instead(alternative.when),
                        situation: Some(situation),
                    });
                }
            }
        }
        said_whole
    }

    /// Each protocol name by its score, weighed by whether the query names the protocol
    /// (see `Weigher::protocol_weight`).
    pub fn entries(&mut self, scored: &Scored, weigher: &Weigher) {
        for (i, (vocabulary, entry)) in super::searched_entries().enumerate() {
            let doc = index::FIRST_ENTRY + i;
            let Some(s) = scored.docs.get(doc) else {
                break;
            };
            if s.score <= 0.0 || scored.total <= 0.0 {
                continue;
            }
            let Some(status) = db::lead(entry.status) else {
                continue;
            };
            // An entry says little, so it must hold most of the query to count.
            let coverage = scored.coverage(doc);
            let score = s.score * coverage * coverage * weigher.protocol_weight(vocabulary, true);
            self.offer(Slot {
                status,
                score,
                field: Field::Protocol,
                matched: Matched::Entry(vocabulary, entry),
                situation: None,
            });
        }
    }

    /// Numbers: a code the query names is a strong candidate, and a one- or two-digit
    /// number stands for the codes it starts.
    pub fn numbers(&mut self, query: &understand::Understood, weigher: &Weigher) {
        let best = self.best();
        let words_too = !query.terms.is_empty();
        for &code in &query.codes {
            let bonus = if words_too { best * 0.5 } else { 100.0 };
            match self.0.iter_mut().find(|s| s.status.code == code) {
                Some(slot) => slot.score += bonus,
                None => {
                    for (n, status) in db::meanings(code).into_iter().enumerate() {
                        self.offer(Slot {
                            status,
                            score: bonus / (n + 1) as f32,
                            field: Field::Code,
                            matched: Matched::Code,
                            situation: None,
                        });
                    }
                }
            }
        }
        for &prefix in &query.prefixes {
            let width = if prefix < 10 { 100 } else { 10 };
            for status in db::all().filter(|s| s.code / width == prefix) {
                let score = if words_too { best * 0.1 } else { 10.0 };
                self.offer(Slot {
                    status,
                    score: weigher.weigh(status, false, score),
                    field: Field::Code,
                    matched: Matched::Code,
                    situation: None,
                });
            }
        }
    }

    /// A registered name of two words or more, said whole ("image type not acceptable"),
    /// points at its code as surely as the number would.
    pub fn names_said(&mut self, query: &str) {
        let bonus = self.best() * NAME_SHARE;
        for status in named_in(query) {
            self.boost(status, bonus, name_slot(status, bonus));
        }
    }

    /// A code the query rules out falls back.
    pub fn rejected(&mut self, query: &understand::Understood) {
        for slot in self
            .0
            .iter_mut()
            .filter(|s| query.rejected.contains(&s.status.code))
        {
            slot.score *= 0.1;
        }
    }

    /// An exact name, former name or constant is what the user meant, and goes first; a
    /// vendor's name goes first only when no registered code is a candidate, since a
    /// vendor's name ("Redirect") is often a plain word. Returns the registered record
    /// named.
    pub fn exact(&mut self, query: &str) -> Option<&'static Status> {
        let status = exact(query)?;
        let top = self.best();
        let score = if status.is_official() {
            top + EXACT_LEAD
        } else {
            top
        };
        self.offer(name_slot(status, score));
        if let Some(slot) = self.0.iter_mut().find(|s| std::ptr::eq(s.status, status)) {
            slot.score = slot.score.max(score);
        }
        Some(status).filter(|s| s.is_official())
    }
}

/// A slot for a record found by its name.
pub fn name_slot(status: &'static Status, score: f32) -> Slot {
    Slot {
        status,
        score,
        field: Field::Name,
        matched: Matched::Field,
        situation: None,
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(code: u16, score: f32) -> Slot {
        name_slot(db::lead(code).unwrap(), score)
    }

    #[test]
    fn each_number_keeps_its_best_candidate() {
        let mut slots = Slots::default();
        slots.offer(slot(404, 1.0));
        slots.offer(slot(404, 3.0));
        slots.offer(slot(404, 2.0));
        slots.offer(slot(410, 0.5));
        let kept: Vec<(u16, f32)> = slots.0.iter().map(|s| (s.status.code, s.score)).collect();
        assert_eq!(kept, [(404, 3.0), (410, 0.5)]);
    }

    #[test]
    fn a_rejected_code_falls_back() {
        let mut slots = Slots::default();
        slots.offer(slot(404, 10.0));
        slots.rejected(&understand::understand("not 404"));
        assert_eq!(slots.0[0].score, 1.0);
    }

    #[test]
    fn a_registered_exact_name_leads_and_a_vendor_name_does_not() {
        let mut slots = Slots::default();
        slots.offer(slot(301, 5.0));
        slots.exact("permanent redirect");
        let lead = slots
            .0
            .iter()
            .max_by(|a, b| a.score.total_cmp(&b.score))
            .unwrap();
        assert_eq!(lead.status.code, 308);
        assert!(lead.score >= EXACT_LEAD);

        let mut slots = Slots::default();
        slots.offer(slot(301, 5.0));
        slots.exact("redirect");
        assert!(slots.0.iter().all(|s| s.score < EXACT_LEAD));
    }

    #[test]
    fn names_said_whole_are_found_word_for_word() {
        let codes = |q| named_in(q).iter().map(|s| s.code).collect::<Vec<_>>();
        assert_eq!(codes("image type not acceptable here"), [406]);
        assert!(codes("acceptable not").is_empty());
        assert!(codes("found").is_empty());
    }
}
