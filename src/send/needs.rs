//! What a response with a given code carries, as every framework's snippet sends it: the
//! headers the card requires or recommends, with example values, and the kind of body.

use crate::db;

/// The body a snippet sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// No content at all (204, 205, 304).
    Empty,
    /// A JSON document of the API's own: a success.
    Json(&'static str),
    /// An RFC 9457 problem details document (`application/problem+json`) for an error.
    Problem,
    /// The first ten bytes of a 100-byte representation (206).
    Partial,
    /// A redirect to `Location`, sent with the framework's redirect helper where it has one.
    Redirect,
    /// An interim response followed by the final one (103).
    Interim,
    /// A code the HTTP server or a protocol library sends, not a handler: 100 when the
    /// handler reads the body, 101 when an upgrade library accepts the switch.
    Server,
}

/// One code's response, framework-neutral.
#[derive(Debug)]
pub struct Needs {
    pub code: u16,
    /// The reason phrase, for titles and the frameworks' constants.
    pub name: &'static str,
    /// Headers to send besides Content-Type, in order, with example values.
    pub headers: Vec<(&'static str, &'static str)>,
    pub body: Body,
}

/// Where a redirect or a created resource points in every snippet.
pub const NEW_PATH: &str = "/items/42";
/// The representation's length in the 206 and 416 examples.
pub const PARTIAL: &str = "0123456789";
/// The JSON a success sends.
const ITEM: &str = r#"{"id": 42}"#;

impl Needs {
    /// The response a snippet for `code` sends, or `None` for a code with no card.
    pub fn of(code: u16) -> Option<Needs> {
        let status = db::registered_code(code)?;
        let mut headers = Vec::new();
        let body = match code {
            103 => {
                headers.push(("Link", "</style.css>; rel=preload; as=style"));
                Body::Interim
            }
            100 | 101 => Body::Server,
            201 => {
                headers.push(("Location", NEW_PATH));
                Body::Json(ITEM)
            }
            202 => {
                headers.push(("Location", "/jobs/7"));
                Body::Json(r#"{"job": 7, "state": "queued"}"#)
            }
            200 | 203 | 207 => Body::Json(ITEM),
            204 => Body::Empty,
            205 => {
                // RFC 9110 §15.3.6: say that there is no content, one way or another.
                headers.push(("Content-Length", "0"));
                Body::Empty
            }
            206 => {
                headers.push(("Content-Range", "bytes 0-9/100"));
                headers.push(("ETag", "\"v1\""));
                Body::Partial
            }
            304 => {
                // What a 200 for the same resource would have sent (RFC 9110 §15.4.5).
                headers.push(("ETag", "\"v1\""));
                headers.push(("Cache-Control", "max-age=60"));
                Body::Empty
            }
            300..=399 => {
                headers.push(("Location", NEW_PATH));
                Body::Redirect
            }
            401 => {
                headers.push(("WWW-Authenticate", "Bearer realm=\"api\""));
                Body::Problem
            }
            405 => {
                headers.push(("Allow", "GET, HEAD"));
                Body::Problem
            }
            407 => {
                headers.push(("Proxy-Authenticate", "Basic realm=\"proxy\""));
                Body::Problem
            }
            408 => {
                headers.push(("Connection", "close"));
                Body::Problem
            }
            416 => {
                headers.push(("Content-Range", "bytes */100"));
                Body::Problem
            }
            426 => {
                headers.push(("Upgrade", "HTTP/2"));
                headers.push(("Connection", "Upgrade"));
                Body::Problem
            }
            429 | 503 => {
                headers.push(("Retry-After", "120"));
                Body::Problem
            }
            451 => {
                headers.push(("Link", "<https://example.org/legal>; rel=\"blocked-by\""));
                Body::Problem
            }
            _ => Body::Problem,
        };
        Some(Needs {
            code,
            name: status.name,
            headers,
            body,
        })
    }

    /// The problem details document for an error, as compact JSON text.
    pub fn problem(&self) -> String {
        format!(
            r#"{{"type": "about:blank", "title": "{}", "status": {}}}"#,
            self.name, self.code
        )
    }

    /// The headers as `name: value` pairs, without `skip`.
    pub fn headers_except<'a>(
        &'a self,
        skip: &'a [&str],
    ) -> impl Iterator<Item = &'a (&'static str, &'static str)> {
        self.headers
            .iter()
            .filter(move |(name, _)| !skip.iter().any(|s| s.eq_ignore_ascii_case(name)))
    }

    /// The value of one header, if the response sends it.
    pub fn header(&self, name: &str) -> Option<&'static str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| *v)
    }
}

/// The status's name in UPPER_SNAKE form: `Method Not Allowed` is `METHOD_NOT_ALLOWED`, as
/// Starlette's and Python's constants write it.
pub fn upper_snake(name: &str) -> String {
    let mut out = String::new();
    for word in name.split(|c: char| !c.is_ascii_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&word.to_ascii_uppercase());
    }
    out
}

/// The library constant for `code` in one ecosystem's table, as httpcode's constants know it.
pub fn constant(code: u16, ecosystem: db::constants::Ecosystem) -> Option<&'static str> {
    db::constants::for_code(code)
        .find(|c| c.ecosystem == ecosystem && !c.deprecated && !db::constants::is_newer(c))
        .map(|c| c.name)
}
