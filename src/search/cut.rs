//! The last stage: candidates in order, noise left out, the list cut to its limit, and the
//! reason of each hit shown built only now.

use super::lexicon::terms_of;
use super::slot::{Matched, Slot};
use super::{Field, Hit, record_texts, text, understand};
use crate::db::Status;
use crate::db::vocab;

/// The least share of the best score a hit needs to be shown.
const LEAST_SHARE: f32 = 0.05;

/// Best first; on a tie, registered before vendor codes, then the lower number.
pub fn order(slots: &mut [Slot]) {
    slots.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.status.is_official().cmp(&a.status.is_official()))
            .then(a.status.code.cmp(&b.status.code))
    });
}

/// Leaves out hits far below the best, which are noise rather than answers ("user is
/// banned" has nothing to do with WebDAV's 423), and keeps at most `limit`. A family of
/// codes is never noise: its members are the answer together.
pub fn cut(slots: &mut Vec<Slot>, limit: usize) {
    let best = slots.iter().map(|s| s.score).fold(0.0, f32::max);
    slots.retain(|s| s.score >= best * LEAST_SHARE || s.matched.in_family());
    slots.truncate(limit);
}

/// The hits to show, with the text each matched.
pub fn hits(slots: Vec<Slot>, query: &understand::Understood) -> Vec<Hit> {
    slots
        .into_iter()
        .map(|slot| {
            let matched = match (slot.matched, slot.situation) {
                (Matched::Situation, Some(situation)) => situation.title.to_string(),
                (Matched::Instead(when), Some(situation)) => {
                    format!("instead of {}, {when}", situation.code)
                }
                (Matched::Code, _) => slot.status.code.to_string(),
                (Matched::Entry(vocabulary, entry), _) => {
                    format!(
                        "{} {}: {}",
                        vocabulary.name,
                        vocab::numbered(entry),
                        entry.meaning
                    )
                }
                (Matched::Summary, _) => slot.status.summary.to_string(),
                (Matched::Header(header), _) => {
                    format!("{} ({}): {}", header.name, header.usage.label(), header.why)
                }
                _ => matched_text(slot.status, slot.field, query),
            };
            Hit {
                status: slot.status,
                score: (slot.score * 100.0) as u32,
                field: slot.field,
                matched,
                situation: slot.situation,
                family: slot.matched.in_family(),
                entry: match slot.matched {
                    Matched::Entry(vocabulary, entry) => Some((vocabulary, entry)),
                    _ => None,
                },
            }
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::super::slot::{EXACT_LEAD, name_slot};
    use super::*;
    use crate::db;

    fn slots(scores: &[(u16, f32)]) -> Vec<Slot> {
        scores
            .iter()
            .map(|&(code, score)| name_slot(db::lead(code).unwrap(), score))
            .collect()
    }

    fn codes(slots: &[Slot]) -> Vec<u16> {
        slots.iter().map(|s| s.status.code).collect()
    }

    #[test]
    fn best_first_and_ties_by_number() {
        let mut s = slots(&[(410, 1.0), (404, 1.0), (500, 3.0)]);
        order(&mut s);
        assert_eq!(codes(&s), [500, 404, 410]);
    }

    #[test]
    fn noise_and_the_overflow_are_cut() {
        let mut s = slots(&[(404, 100.0), (410, 10.0), (423, 1.0)]);
        cut(&mut s, 10);
        assert_eq!(codes(&s), [404, 410]);
        let mut s = slots(&[(404, 100.0), (410, 10.0)]);
        cut(&mut s, 1);
        assert_eq!(codes(&s), [404]);
    }

    #[test]
    fn an_exact_name_leaves_its_family_and_cuts_the_rest() {
        let mut s = slots(&[(308, EXACT_LEAD + 10.0), (301, 8.0), (410, 5.0)]);
        s[1].matched = Matched::Summary;
        cut(&mut s, 10);
        assert_eq!(codes(&s), [308, 301]);
    }
}
