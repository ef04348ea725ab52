//! The index as search reads it: terms and words found by bisection, query words stemmed
//! only when the data does not use them, near misses for long words, and postings.

use std::borrow::Cow;

use super::{index, text, understand};

/// Item `id` of a sorted list stored as one string and the end of each item.
pub fn item(all: &'static str, ends: &[u32], id: usize) -> &'static str {
    let start = id.checked_sub(1).map_or(0, |i| ends[i] as usize);
    &all[start..ends[id] as usize]
}

/// The position of `wanted` in such a list, by bisection.
pub fn find_item(all: &'static str, ends: &[u32], wanted: &str) -> Option<usize> {
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
pub fn term(id: usize) -> &'static str {
    item(index::TERMS, index::TERM_ENDS, id)
}

/// The id of an exact term.
pub fn term_id(stem: &str) -> Option<usize> {
    find_item(index::TERMS, index::TERM_ENDS, stem)
}

/// The term of a lowercase word: looked up among the data's own words, and only stemmed when
/// the data does not use it (stemming costs far more than a lookup). A British spelling
/// ("authorised", "unauthorised", "organisation") is read as the American one the data uses.
pub fn stem_of(stemmer: &rust_stemmers::Stemmer, lower: &str) -> Cow<'static, str> {
    let known = |w: &str| find_item(index::WORDS, index::WORD_ENDS, w);
    let at = known(lower).or_else(|| american(lower).and_then(|w| known(&w)));
    match at {
        Some(at) => Cow::Borrowed(term(usize::from(index::WORD_TERMS[at]))),
        None => Cow::Owned(text::stem(stemmer, lower)),
    }
}

/// The American spelling of a British -ise word form: "authorised" is "authorized".
fn american(lower: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["isation", "isations", "ise", "ised", "ises", "ising"];
    let ending = ENDINGS.iter().find(|e| lower.ends_with(*e))?;
    let stem = &lower[..lower.len() - ending.len()];
    Some(format!("{stem}iz{}", &ending[2..]))
}

/// A word the data does not use, split into two words it does: "ratelimit" is "rate" and
/// "limit", "healthcheck" is "health" and "check". The longer first part wins.
pub fn split_compound(lower: &str) -> Option<(&str, &str)> {
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
pub fn terms_of(stemmer: &rust_stemmers::Stemmer, text: &str, camel: bool) -> Vec<String> {
    text::words_and_terms(text, camel, |w| stem_of(stemmer, w).into_owned())
        .into_iter()
        .map(|(_, term)| term)
        .collect()
}

/// The terms a query term stands for, with how sure the match is: the exact stem, else (for
/// words of five letters or more) near misses and completions. Short words are never
/// stretched: "rest" must not become "reset", nor "use" "user".
pub fn matching_terms(term_of_query: &understand::Term) -> Vec<(usize, f32)> {
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

pub fn postings(id: usize) -> &'static [(u16, u8, u8)] {
    let (start, end) = (index::POSTING_STARTS[id], index::POSTING_STARTS[id + 1]);
    &index::POSTINGS[start as usize..end as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_spellings_meet_the_american_ones() {
        let stemmer = text::stemmer();
        for (british, american) in [
            ("authorised", "authorized"),
            ("unauthorised", "unauthorized"),
            ("authorisation", "authorization"),
        ] {
            assert_eq!(stem_of(&stemmer, british), stem_of(&stemmer, american));
        }
        assert_eq!(super::american("promise").as_deref(), Some("promize"));
        assert_eq!(super::american("timeout"), None);
    }
}
