//! How much a record counts when the query does not point at it: vendor codes and codes not
//! meant to be sent yield to registered ones unless the query names them.

use super::{text, understand};
use crate::db::vocab::{self, Vocabulary};
use crate::db::{Standing, Status};

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
pub fn mentions_vendor(text: &str) -> bool {
    text::words(text, false).any(|w| {
        VENDOR_NAMES.iter().any(|v| v.eq_ignore_ascii_case(w))
            || VENDOR_WORDS
                .iter()
                .any(|(alias, _)| alias.eq_ignore_ascii_case(w))
    })
}

/// Whether the query names the vendor of an unofficial record.
pub fn names_vendor(status: &Status, query: &understand::Understood) -> bool {
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

/// How much a vendor's code counts when the query gives no sign of that vendor.
pub const VENDOR_WITHOUT_CONTEXT: f32 = 0.4;
/// How much a deprecated, obsoleted or reserved code counts when the query does not name it.
const RETIRED_WITHOUT_CONTEXT: f32 = 0.3;

/// How much how often a code is needed weighs on a registered code's score.
const PREVALENCE_SHARE: f32 = 0.2;

/// How often a code is the answer a developer needs, as a weight: the everyday codes most
/// APIs and sites send, then common ones, specialised ones (WebDAV, proxies, protocol
/// details), and rare or retired ones. It orders a family; it never decides a question.
pub fn prevalence(status: &Status) -> f32 {
    const EVERYDAY: &[u16] = &[
        200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504,
    ];
    const COMMON: &[u16] = &[
        202, 206, 303, 307, 308, 405, 406, 408, 410, 412, 413, 415, 416, 501,
    ];
    const SPECIALISED: &[u16] = &[
        100, 101, 103, 207, 300, 402, 407, 411, 414, 417, 421, 423, 424, 425, 426, 428, 431, 451,
        505, 507, 511,
    ];
    let code = status.code;
    if !status.is_official() {
        0.45
    } else if EVERYDAY.contains(&code) {
        1.0
    } else if COMMON.contains(&code) {
        0.7
    } else if SPECIALISED.contains(&code) {
        0.45
    } else {
        0.25
    }
}

/// How much a protocol's answer (its table's entry, or a situation written for it) counts
/// when the query names that protocol, names none, or names another one.
const NAMED_PROTOCOL: f32 = 1.5;
const UNNAMED_PROTOCOL: f32 = 0.6;
const OTHER_PROTOCOL: f32 = 0.2;
/// A protocol's table entry is a name and a line, shorter than a situation: when the
/// protocol is not named, it yields further.
const UNNAMED_ENTRY: f32 = 0.5;

/// What the query points at, for weighing each candidate.
pub struct Weigher<'q> {
    query: &'q understand::Understood,
    /// Whether any query word names a vendor's product.
    pub names_a_vendor: bool,
    /// The protocols a query word names ("grpc", "k8s", "oauth2").
    pub protocols: Vec<&'static Vocabulary>,
}

impl<'q> Weigher<'q> {
    pub fn new(query: &'q understand::Understood) -> Weigher<'q> {
        Weigher {
            query,
            names_a_vendor: query.terms.iter().any(|t| mentions_vendor(&t.word)),
            protocols: Vec::new(),
        }
    }

    /// Notes the protocols the query names by a word of its own ("grpc", "k8s", "oauth2")
    /// or by two ("json api").
    pub fn protocols_in(mut self, query: &str) -> Self {
        let words: Vec<&str> = query
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == ':' || c == '-'))
            .map(|w| w.trim_matches([':', '-']))
            .filter(|w| !w.is_empty())
            .collect();
        let pairs = words.windows(2).map(|p| format!("{}{}", p[0], p[1]));
        for word in words.iter().map(|w| w.to_string()).chain(pairs) {
            if let Some(vocabulary) =
                vocab::vocabulary(&word).or_else(|| vocab::vocabulary(&vocab::fold(&word)))
                && !self.protocols.iter().any(|v| std::ptr::eq(*v, vocabulary))
            {
                self.protocols.push(vocabulary);
            }
        }
        self
    }

    /// How much an answer that belongs to `protocol` counts in this query; `entry` for a
    /// line of the protocol's table rather than a situation.
    pub fn protocol_weight(&self, protocol: &Vocabulary, entry: bool) -> f32 {
        if self.protocols.iter().any(|v| std::ptr::eq(*v, protocol)) {
            NAMED_PROTOCOL
        } else if !self.protocols.is_empty() {
            OTHER_PROTOCOL
        } else if entry {
            UNNAMED_ENTRY
        } else {
            UNNAMED_PROTOCOL
        }
    }

    /// Whether the query points at this record: it names its vendor, its number, or (with
    /// two words or more) every query term is in its name.
    pub fn in_context(&self, status: &Status, terms_in_name: u8) -> bool {
        let term_count = self.query.terms.len();
        names_vendor(status, self.query)
            || self.query.codes.contains(&status.code)
            || (term_count > 1 && usize::from(terms_in_name) >= term_count)
    }

    /// Whether the query names this vendor code's vendor or its number.
    pub fn names_vendor_of(&self, status: &Status) -> bool {
        names_vendor(status, self.query) || self.query.codes.contains(&status.code)
    }

    /// A candidate's score once weighed: vendor codes and codes not meant to be sent yield
    /// unless the query points at them.
    pub fn weigh(&self, status: &Status, in_context: bool, score: f32) -> f32 {
        let retired = matches!(
            status.standing,
            Standing::Deprecated | Standing::Obsoleted | Standing::Reserved
        );
        if in_context {
            score
        } else if !status.is_official() {
            score * VENDOR_WITHOUT_CONTEXT
        } else if retired {
            score * RETIRED_WITHOUT_CONTEXT
        } else {
            // A word shared by an everyday code and a rare one should not put the rare one
            // first ("detected" is in 508's name).
            score * (1.0 - PREVALENCE_SHARE + PREVALENCE_SHARE * prevalence(status))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db;

    #[test]
    fn everyday_codes_outweigh_rare_ones() {
        let p = |code| prevalence(db::lead(code).unwrap());
        assert!(p(301) > p(308) && p(308) > p(300) && p(300) > p(305));
        assert!(p(499) < p(404));
    }

    #[test]
    fn a_rare_code_yields_a_little_to_an_everyday_one() {
        let query = understand::understand("loop detected");
        let weigher = Weigher::new(&query);
        let weigh = |code| weigher.weigh(db::lead(code).unwrap(), false, 1.0);
        assert!(weigh(508) < weigh(404) && weigh(508) > 0.8);
        assert_eq!(weigher.weigh(db::lead(508).unwrap(), true, 1.0), 1.0);
    }
}
