//! Protocol vocabularies: the error names of gRPC, OAuth, WebDAV, S3, Kubernetes and others,
//! each with the HTTP status its own specification gives it, and where it says so.

#[cfg(test)]
mod checks;
mod acme;
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
