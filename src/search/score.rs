//! BM25F scoring: every document of the index against the query's terms, and how well a
//! situation's best single phrasing fits.

use super::lexicon::{matching_terms, postings};
use super::{Field, index, understand};

/// BM25 term-frequency saturation and length normalisation.
const K1: f32 = 1.2;
const B: f32 = 0.5;

/// Per document: its score, the share of the query's weight it covers, and where it matched.
#[derive(Clone, Copy, Default)]
pub struct DocScore {
    pub score: f32,
    pub covered: f32,
    /// The fields a query term was found in, as bits.
    pub fields: u16,
    /// How many query terms are in its name.
    pub in_name: u8,
    /// The weight of the query terms found in what a record's card says it is about: its
    /// name, former names, constants, keywords or vendor. (A header's name says what goes
    /// with the code, not what it is about: Cache-Control goes with many codes that are not
    /// about caching.)
    pub on_card: f32,
}

/// Every document's score for one query.
pub struct Scored {
    /// One per document: the records first, in `db::all` order, then the situations.
    pub docs: Vec<DocScore>,
    /// The query's total weight: the sum of its matched terms' weights.
    pub total: f32,
    /// Each matched index term with its weight in this query, for phrasing fits.
    pub seen: Vec<(usize, f32)>,
    /// How many of the query's terms were found at all.
    pub matched: usize,
}

impl Scored {
    /// The share of the query's weight that document `doc` holds.
    pub fn coverage(&self, doc: usize) -> f32 {
        if self.total <= 0.0 {
            0.0
        } else {
            self.docs[doc].covered / self.total
        }
    }

    /// How well situation `s`'s best phrasing fits the query (see `phrasing_fit`).
    pub fn phrasing_fit(&self, s: usize) -> (f32, f32) {
        phrasing_fit(s, &self.seen, self.total)
    }
}

/// One query term's matches: the documents it is found in, with their weighted term
/// frequency, and its weight (IDF).
struct TermMatches {
    ids: Vec<(usize, f32)>,
    docs: Vec<(usize, f32)>,
    idf: f32,
}

/// Where one query term is found: the index terms it stands for and, per document, its
/// BM25F-weighted frequency over the fields.
fn term_matches(query_term: &understand::Term, frequency: &mut [f32]) -> Option<TermMatches> {
    let ids = matching_terms(query_term);
    if ids.is_empty() {
        return None;
    }
    let average = &index::AVERAGE_LENGTHS;
    let mut touched = Vec::new();
    for &(id, sureness) in &ids {
        for &(doc, field, count) in postings(id) {
            let doc = usize::from(doc);
            let f = Field::INDEXED[usize::from(field)];
            let length = f32::from(index::LENGTHS[doc][usize::from(field)]);
            let norm = 1.0 - B + B * length / average[usize::from(field)];
            if frequency[doc] == 0.0 {
                touched.push(doc);
            }
            frequency[doc] += sureness * f.weight() * f32::from(count) / norm;
        }
    }
    let docs = touched
        .into_iter()
        .map(|doc| (doc, std::mem::take(&mut frequency[doc])))
        .collect::<Vec<_>>();
    // How rare a term is counts over the general documents only (see the generator): the
    // protocols' documents, many of them alike, would make their shared words look common.
    let general = docs
        .iter()
        .filter(|(d, _)| *d < index::GENERAL_DOCS)
        .count();
    let idf = index::IDF[general];
    Some(TermMatches { ids, docs, idf })
}

/// Each term's weight: its IDF, except that two terms side by side that the data says
/// together as one thing ("load balancer", "health check") share the weight of the heavier,
/// so that a noun of two words counts as one idea against the word that decides the case
/// ("maintenance", "shutdown").
fn compound_weights(matches: &[TermMatches]) -> Vec<f32> {
    let mut weights: Vec<f32> = matches.iter().map(|t| t.idf).collect();
    for at in 1..matches.len() {
        let exact = |t: &TermMatches| {
            t.ids
                .first()
                .filter(|(_, sure)| *sure == 1.0)
                .map(|(id, _)| *id)
        };
        let (Some(a), Some(b)) = (exact(&matches[at - 1]), exact(&matches[at])) else {
            continue;
        };
        let pair = (a as u16, b as u16);
        if index::COMPOUNDS.binary_search(&pair).is_ok() {
            let (wa, wb) = (weights[at - 1], weights[at]);
            let share = wa.max(wb) / (wa + wb);
            weights[at - 1] = wa * share;
            weights[at] = wb * share;
        }
    }
    weights
}

/// BM25F over every document of the index for the query's terms.
pub fn score(query: &understand::Understood) -> Scored {
    let count = index::LENGTHS.len();
    let mut frequency = vec![0f32; count];
    let matches: Vec<TermMatches> = query
        .terms
        .iter()
        .filter_map(|t| term_matches(t, &mut frequency))
        .collect();
    let weights = compound_weights(&matches);
    let mut scored = Scored {
        docs: vec![DocScore::default(); count],
        total: 0.0,
        seen: Vec::new(),
        matched: matches.len(),
    };
    // The last term (counted from 1) found on each document's card, so that a term found
    // in two card fields counts once.
    let mut on_card = vec![0usize; count];
    for (n, (term, &weight)) in matches.iter().zip(&weights).enumerate() {
        scored.total += weight;
        scored
            .seen
            .extend(term.ids.iter().map(|&(id, sure)| (id, sure * weight)));
        for &(doc, tf) in &term.docs {
            let s = &mut scored.docs[doc];
            s.score += weight * tf * (K1 + 1.0) / (tf + K1);
            s.covered += weight;
        }
        for &(id, _) in &term.ids {
            for &(doc, field, _) in postings(id) {
                let s = &mut scored.docs[usize::from(doc)];
                s.fields |= 1 << field;
                // Whether the term is in each record's name, for "names the code".
                if field == Field::Name as u8 {
                    s.in_name = s.in_name.saturating_add(1);
                }
                if field < Field::Header as u8 && on_card[usize::from(doc)] != n + 1 {
                    on_card[usize::from(doc)] = n + 1;
                    s.on_card += weight;
                }
            }
        }
    }
    scored
}

/// How well the best single phrasing of situation `s` fits the query: the share of the
/// phrasing's terms the query holds, and the share of the query's weight the phrasing holds.
/// A phrasing found whole in a question is the strongest sign of its situation; words found
/// scattered over several phrasings are a weaker one.
pub fn phrasing_fit(s: usize, seen: &[(usize, f32)], total: f32) -> (f32, f32) {
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

#[cfg(test)]
mod tests {
    use super::super::lexicon::term_id;
    use super::*;

    fn total(query: &str) -> f32 {
        score(&understand::understand(query)).total
    }

    #[test]
    fn a_noun_of_two_words_counts_as_one_idea() {
        let pair = |a, b| (term_id(a).unwrap() as u16, term_id(b).unwrap() as u16);
        assert!(
            index::COMPOUNDS
                .binary_search(&pair("load", "balanc"))
                .is_ok()
        );
        assert!(
            index::COMPOUNDS
                .binary_search(&pair("health", "check"))
                .is_ok()
        );
        assert!(
            index::COMPOUNDS
                .binary_search(&pair("user", "ban"))
                .is_err()
        );
        // Together they weigh what the heavier weighs alone, give or take rounding.
        let both = total("load balancer");
        let heavier = total("load").max(total("balancer"));
        assert!((both - heavier).abs() < 0.01, "{both} vs {heavier}");
        // Apart, or in the other order, they are two ideas.
        assert!(total("balancer load") > heavier + 0.5);
    }

    #[test]
    fn a_term_in_more_documents_weighs_less() {
        assert!(total("teapot") > total("request"));
    }
}
