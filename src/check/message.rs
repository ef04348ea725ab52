//! What `check` reads out of its input: exchanges, each a response and, when the input shows
//! it, the request that led to it.

use std::rc::Rc;

/// Header fields in the order received, names as sent; repeated fields stay separate.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    /// Every value of a field, by case-insensitive name.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    /// The values of a list field, split at commas and trimmed (`Cache-Control`, `Allow`).
    pub fn list<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.all(name)
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
    }
}

/// A request line and its fields, as curl -v, HTTPie or a HAR file shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub target: String,
    /// `HTTP/1.1`, `HTTP/2`; empty when not shown.
    pub version: String,
    pub fields: Fields,
}

/// What the input shows of a response's content.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Content {
    /// Whether the input form shows content at all (`curl -sI` and `wget -S` do not).
    pub shown: bool,
    /// Bytes of content seen.
    pub length: u64,
    /// The first bytes of the content, enough for the checks that read it.
    pub start: Vec<u8>,
}

/// A status line, its fields and what was seen of its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// `HTTP/1.1`, `HTTP/2`, `HTTP/3`.
    pub version: String,
    pub code: u16,
    /// The reason phrase as sent (empty in HTTP/2 and HTTP/3).
    pub reason: String,
    pub fields: Fields,
    pub content: Content,
}

/// One response, with the request that led to it when the input shows it. Interim
/// responses share their request with the final one rather than copying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exchange {
    pub request: Option<Rc<Request>>,
    pub response: Response,
}

impl Response {
    /// Whether the version is HTTP/2 or HTTP/3, which carry no connection-specific fields.
    pub fn is_h2_or_h3(&self) -> bool {
        matches!(
            self.version.as_str(),
            "HTTP/2" | "HTTP/2.0" | "HTTP/3" | "HTTP/3.0"
        )
    }
}
