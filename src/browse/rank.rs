//! Ranking the items for what is typed: skim's fuzzy matching (`fuzzy-matcher`), as fzf and
//! skim do it, so a few letters in order find a name ("tmr" finds Too Many Requests), with
//! every space-separated word required; digits alone list the codes they begin.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::items::Item;

/// Ranks items against queries; holds the matcher so that it is built once per screen.
pub struct Ranker {
    matcher: SkimMatcherV2,
}

impl Default for Ranker {
    fn default() -> Self {
        Ranker {
            matcher: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Ranker {
    /// The positions of the items that match `query`, best first. An empty query keeps the
    /// list's own order: codes, former names, constants, protocol entries, situations.
    pub fn rank(&self, items: &[Item], query: &str) -> Vec<usize> {
        let query = query.trim();
        if query.is_empty() {
            return (0..items.len()).collect();
        }
        if let Some(digits) = code_prefix(query) {
            let mut found: Vec<usize> = (0..items.len())
                .filter(|&i| items[i].code.to_string().starts_with(digits))
                .collect();
            found.sort_by_key(|&i| (items[i].rank, items[i].code));
            return found;
        }
        let words: Vec<&str> = query.split_whitespace().collect();
        let mut scored: Vec<(i64, usize)> = items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let mut total = 0;
                for word in &words {
                    total += self.score(item, word)?;
                }
                // At an equal match, a code or a name comes before a long sentence that
                // happens to hold the same letters.
                Some((total + KIND_BONUS * i64::from(4 - item.rank.min(4)), i))
            })
            .collect();
        scored.sort_by(|(a_score, a), (b_score, b)| {
            b_score
                .cmp(a_score)
                .then(items[*a].rank.cmp(&items[*b].rank))
                .then(items[*a].text.len().cmp(&items[*b].text.len()))
                .then(a.cmp(b))
        });
        scored.into_iter().map(|(_, i)| i).collect()
    }

    /// How well one typed word matches an item: its letters in order through the text, a
    /// whole word of it matched outright scoring more; where that is weak, the word with one
    /// slip, or the item's other words (keywords, phrasings), each at a small cost.
    fn score(&self, item: &Item, word: &str) -> Option<i64> {
        let key = item.key();
        let letters = self
            .matcher
            .fuzzy_match(key, word)
            .map(|score| score + if whole_word(key, word) { WHOLE_WORD } else { 0 });
        let strong = letters.is_some_and(|score| score >= STRONG * word.len() as i64);
        if strong {
            return letters;
        }
        // A word typed with one slip scores as the word it begins, less one letter's worth,
        // so it beats letters scattered through a sentence.
        let slipped = (word.len() >= 4)
            .then(|| slip(key, word))
            .flatten()
            .and_then(|head| self.matcher.fuzzy_match(key, &head))
            .map(|score| score - SLIP_COST);
        // Only a strong match counts through the other words: letters scattered through a
        // phrasing would fill the list with noise.
        let threshold = STRONG * word.len() as i64;
        let other = (letters.is_none() && word.len() >= 3)
            .then(|| {
                item.also
                    .iter()
                    .filter_map(|also| self.matcher.fuzzy_match(also, word))
                    .max()
            })
            .flatten()
            .filter(|&score| score >= threshold)
            .map(|score| score - OTHER_WORDS_COST);
        [letters, slipped, other].into_iter().flatten().max()
    }

    /// The character positions of `item`'s text that `query` matched, to highlight.
    pub fn highlights(&self, item: &Item, query: &str) -> Vec<usize> {
        let query = query.trim();
        if let Some(digits) = code_prefix(query) {
            return if item.text.starts_with(digits) {
                (0..digits.len()).collect()
            } else {
                Vec::new()
            };
        }
        let mut positions: Vec<usize> = query
            .split_whitespace()
            .filter_map(|word| self.matcher.fuzzy_indices(item.key(), word))
            .flat_map(|(_, indices)| indices)
            .map(|at| at + item.key_start)
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

/// What each step of kind (code, former name, constant, protocol entry, situation) is worth
/// in score: enough to order equal matches, far less than a letter's, so a closer match wins.
const KIND_BONUS: i64 = 2;

/// What a typed word that is a whole word of the text ("cors", "legal") adds.
const WHOLE_WORD: i64 = 30;

/// What matching through an item's other words costs against matching its text.
const OTHER_WORDS_COST: i64 = 10;

/// Whether `word` is one of `text`'s words, case aside.
fn whole_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// What one slip costs: about one matched letter's score.
const SLIP_COST: i64 = 20;

/// A match scoring under this much per letter typed is weak (letters scattered through a
/// sentence), and a word with one slip is looked for too.
const STRONG: i64 = 17;

/// The head of a word of `text` that `typed` (four letters or more) spells but for one slip,
/// two letters swapped or one wrong after the first: "tiemout" for "timeout", "gaetway" for
/// "gateway".
fn slip(text: &str, typed: &str) -> Option<String> {
    let typed: Vec<char> = typed.chars().flat_map(char::to_lowercase).collect();
    if typed.len() < 4 {
        return None;
    }
    let typed_text: String = typed.iter().collect();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() + 1 >= typed.len())
        // The first letter is rarely the slip: it, or the second when the two are swapped,
        // must begin the word, which rules out most words at once.
        .filter(|w| {
            w.chars()
                .next()
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| c == typed[0] || c == typed[1])
        })
        .map(|w| {
            w.chars()
                .take(typed.len())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .find(|head| strsim::damerau_levenshtein(head, &typed_text) <= 1)
}

/// Digits alone, one to three of them, begin codes.
fn code_prefix(query: &str) -> Option<&str> {
    (query.len() <= 3 && query.bytes().all(|b| b.is_ascii_digit())).then_some(query)
}

#[cfg(test)]
mod tests {
    use super::super::items;
    use super::*;

    /// The first `n` texts for `query`.
    fn top(query: &str, n: usize) -> Vec<String> {
        let items = items::all();
        Ranker::default()
            .rank(&items, query)
            .into_iter()
            .take(n)
            .map(|i| items[i].text.clone())
            .collect()
    }

    #[test]
    fn a_few_letters_find_the_item_in_the_first_rows() {
        for (query, wanted) in [
            ("tmr", "429 Too Many Requests"),
            ("unproc", "422 Unprocessable Content"),
            ("statnotf", "StatusNotFound"),
            ("teapot", "418 I'm a teapot"),
            ("gatew", "504 Gateway Timeout"),
            ("notfound", "404 Not Found"),
            ("FAILED_PREC", "FAILED_PRECONDITION (9)"),
            ("banned", "the account is banned or suspended"),
            ("conflict", "409 Conflict"),
            ("ratelim", "an upstream API rate limits your server"),
            ("reqentity", "Request Entity Too Large"),
            ("tiemout", "408 Request Timeout"),
            ("cors", "a browser sends a CORS preflight OPTIONS request"),
            (
                "captiv",
                "a network requires sign-in before any internet access",
            ),
            (
                "2fa",
                "the password was right but a second factor is still needed",
            ),
            ("gaetway", "502 Bad Gateway"),
        ] {
            let found = top(query, 5);
            assert!(
                found.iter().any(|t| t == wanted),
                "{query}: {wanted} not in {found:?}"
            );
        }
    }

    #[test]
    fn digits_list_the_codes_they_begin() {
        // The codes first, in order; then what else leads to them.
        let found = top("42", 20);
        let codes = found.iter().take_while(|t| t.starts_with("42")).count();
        assert!(codes >= 10, "{found:?}");
        assert!(found[0].starts_with("420 "), "{found:?}");
        assert!(found[..codes].iter().any(|t| t == "429 Too Many Requests"));
        let items = items::all();
        let all = Ranker::default().rank(&items, "5");
        assert!(all.iter().all(|&i| items[i].code / 100 == 5));
    }

    #[test]
    fn every_word_must_match_and_highlights_are_the_matched_letters() {
        let items = items::all();
        let ranker = Ranker::default();
        let found = ranker.rank(&items, "user banned");
        assert_eq!(items[found[0]].text, "the account is banned or suspended");
        let one_word = ranker.rank(&items, "banned");
        assert!(found.len() < one_word.len(), "a second word narrows");
        let teapot = items.iter().find(|i| i.text == "418 I'm a teapot").unwrap();
        assert_eq!(ranker.highlights(teapot, "tea"), [10, 11, 12]);
        assert!(ranker.rank(&items, "zzqqxx").is_empty());
    }
}

/// How long one keystroke's filtering takes: run with
/// `cargo test --release --lib keystroke -- --ignored --nocapture`.
#[cfg(test)]
#[test]
#[ignore]
fn keystroke_filtering_time() {
    let items = super::items::all();
    let ranker = Ranker::default();
    for query in ["t", "tm", "tmr", "unproc", "user banned"] {
        let start = std::time::Instant::now();
        let rounds = 200;
        let mut found = 0;
        for _ in 0..rounds {
            found += ranker.rank(&items, query).len();
        }
        let each = start.elapsed() / rounds;
        println!(
            "{query:12} {each:?} per keystroke over {} items ({found} found)",
            items.len()
        );
    }
}
