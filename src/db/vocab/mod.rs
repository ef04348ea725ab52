//! Protocol vocabularies: the error names of gRPC, OAuth, WebDAV, S3, Kubernetes and others,
//! each with the HTTP status its own specification gives it, and where it says so.

mod acme;
#[cfg(test)]
mod checks;
mod graphql;
mod grpc;
mod jsonapi;
mod kubernetes;
mod oauth;
mod s3;
mod scim;
mod tus;
mod webdav;

/// One protocol's or platform's table of names.
#[derive(Debug)]
pub struct Vocabulary {
    /// A short lowercase key typed on the command line and used in JSON: "grpc".
    pub key: &'static str,
    /// Other words that name the vocabulary: "k8s" for Kubernetes.
    pub aliases: &'static [&'static str],
    /// The name as its own documents write it: "gRPC".
    pub name: &'static str,
    /// One line: what the vocabulary is and where its table comes from.
    pub about: &'static str,
    pub entries: &'static [Entry],
}

/// One name of a vocabulary and the HTTP status that goes with it.
#[derive(Debug)]
pub struct Entry {
    /// The name as the protocol writes it: "NOT_FOUND", "invalid_grant", "NoSuchKey",
    /// "MKCOL". Several entries may share a name (one per status, or per context).
    pub name: &'static str,
    /// The name's number, where the protocol numbers its names (gRPC's 5 for NOT_FOUND).
    pub number: Option<u32>,
    /// The HTTP status.
    pub status: u16,
    pub direction: Direction,
    /// Where the rule applies, if not everywhere: "token endpoint", "COPY", "PATCH".
    pub context: Option<&'static str>,
    /// One line, in plain words: what the name means.
    pub meaning: &'static str,
    pub source: Source,
    /// The sentence or table row of the source the mapping rests on, word for word.
    pub quote: &'static str,
}

/// Which way a mapping goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// A server answers this error with this status.
    Sends,
    /// A client that receives this HTTP status reports it as this name.
    Reads,
}

impl Direction {
    pub fn key(self) -> &'static str {
        match self {
            Direction::Sends => "sends",
            Direction::Reads => "reads",
        }
    }
}

/// Where a mapping is written down.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// "RFC 6749", "google/rpc/code.proto", "Amazon S3 API Reference".
    pub document: &'static str,
    /// "5.2", "Error codes"; `None` where the document has no sections.
    pub section: Option<&'static str>,
    pub url: &'static str,
}

impl Source {
    pub fn cite(&self) -> String {
        match self.section {
            Some(section) if self.document.starts_with("RFC ") => {
                format!("{} §{section}", self.document)
            }
            Some(section) => format!("{}, {section}", self.document),
            None => self.document.to_string(),
        }
    }
}

/// Every vocabulary, in the order they are listed.
pub static VOCABULARIES: [&Vocabulary; 10] = [
    &grpc::VOCABULARY,
    &oauth::VOCABULARY,
    &graphql::VOCABULARY,
    &webdav::VOCABULARY,
    &s3::VOCABULARY,
    &kubernetes::VOCABULARY,
    &scim::VOCABULARY,
    &acme::VOCABULARY,
    &jsonapi::VOCABULARY,
    &tus::VOCABULARY,
];

/// The vocabulary a word names: its key, its name or one of its aliases, ignoring case.
pub fn vocabulary(word: &str) -> Option<&'static Vocabulary> {
    VOCABULARIES.iter().copied().find(|v| {
        v.key.eq_ignore_ascii_case(word)
            || v.name.eq_ignore_ascii_case(word)
            || v.aliases.iter().any(|a| a.eq_ignore_ascii_case(word))
    })
}

/// Every entry with the vocabulary it belongs to.
pub fn entries() -> impl Iterator<Item = (&'static Vocabulary, &'static Entry)> {
    VOCABULARIES
        .iter()
        .flat_map(|v| v.entries.iter().map(move |e| (*v, e)))
}

/// A name folded so that `FAILED_PRECONDITION`, `FailedPrecondition`, `failed-precondition`
/// and `failed precondition` agree.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The entries whose name is `text`: the same spelling first; failing that, the same name
/// in another case or separator style (`failed_precondition`, `FailedPrecondition`).
pub fn named(text: &str) -> Vec<(&'static Vocabulary, &'static Entry)> {
    let text = text.trim();
    let exact: Vec<_> = entries().filter(|(_, e)| e.name == text).collect();
    if !exact.is_empty() {
        return exact;
    }
    let folded = fold(text);
    if folded.is_empty() {
        return Vec::new();
    }
    entries()
        .filter(|(_, e)| same_folded(e.name, &folded))
        .collect()
}

/// Whether `name` folds to `folded`, compared without building its folded form.
fn same_folded(name: &str, folded: &str) -> bool {
    name.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
        .eq(folded.bytes())
}

/// The entries of one vocabulary that `text` names: a name in any case or separator
/// style, or the number of a numbered name (`grpc 5`).
pub fn named_in(vocabulary: &'static Vocabulary, text: &str) -> Vec<&'static Entry> {
    let text = text.trim();
    if let Ok(number) = text.parse::<u32>() {
        return vocabulary
            .entries
            .iter()
            .filter(|e| e.number == Some(number))
            .collect();
    }
    let folded = fold(text);
    vocabulary
        .entries
        .iter()
        .filter(|e| same_folded(e.name, &folded))
        .collect()
}

/// Up to three names closest to `text` in spelling, from one vocabulary or from all, each
/// written with its vocabulary's name when it is taken from all of them.
pub fn closest(text: &str, within: Option<&'static Vocabulary>) -> Vec<String> {
    let folded = fold(text);
    let mut scored: Vec<(usize, String)> = Vec::new();
    for (vocabulary, entry) in entries() {
        if within.is_some_and(|w| !std::ptr::eq(w, vocabulary)) {
            continue;
        }
        let distance = strsim::osa_distance(&folded, &fold(entry.name));
        // Close enough to be a typo: a quarter of the name's letters, at least one.
        if distance > (folded.len() / 4).max(1) {
            continue;
        }
        let shown = match within {
            Some(_) => entry.name.to_string(),
            None => format!("{} {}", vocabulary.name, entry.name),
        };
        if !scored.iter().any(|(_, s)| *s == shown) {
            scored.push((distance, shown));
        }
    }
    scored.sort();
    scored.into_iter().take(3).map(|(_, s)| s).collect()
}

/// A Sends entry's reverse: how a client of the same vocabulary reads the status back,
/// where the vocabulary says.
pub fn reverse_of(vocabulary: &'static Vocabulary, entry: &Entry) -> Option<&'static Entry> {
    let wanted = match entry.direction {
        Direction::Sends => Direction::Reads,
        Direction::Reads => return None,
    };
    vocabulary
        .entries
        .iter()
        .find(|e| e.direction == wanted && e.status == entry.status)
}

/// Every entry that maps to `code`, grouped by vocabulary in listing order.
pub fn for_code(code: u16) -> Vec<(&'static Vocabulary, Vec<&'static Entry>)> {
    VOCABULARIES
        .iter()
        .filter_map(|v| {
            let found: Vec<&Entry> = v.entries.iter().filter(|e| e.status == code).collect();
            (!found.is_empty()).then_some((*v, found))
        })
        .collect()
}

/// The name with its number where it has one: `NOT_FOUND (5)`.
pub fn numbered(entry: &Entry) -> String {
    match entry.number {
        Some(n) => format!("{} ({n})", entry.name),
        None => entry.name.to_string(),
    }
}
