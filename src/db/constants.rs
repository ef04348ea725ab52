//! Library constants for status codes, and resolving a typed constant to its code.

pub use super::constant_table::CONSTANTS;

/// A library or language whose status-code names we know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ecosystem {
    Python,
    Node,
    Go,
    Rust,
    Spring,
    DotNet,
    Rack,
    Symfony,
}

impl Ecosystem {
    pub const ALL: [Ecosystem; 8] = [
        Ecosystem::Python,
        Ecosystem::Node,
        Ecosystem::Go,
        Ecosystem::Rust,
        Ecosystem::Spring,
        Ecosystem::DotNet,
        Ecosystem::Rack,
        Ecosystem::Symfony,
    ];

    /// The library as a developer would name it.
    pub fn label(self) -> &'static str {
        match self {
            Ecosystem::Python => "Python http.HTTPStatus",
            Ecosystem::Node => "Node http.STATUS_CODES",
            Ecosystem::Go => "Go net/http",
            Ecosystem::Rust => "Rust http::StatusCode",
            Ecosystem::Spring => "Java Spring HttpStatus",
            Ecosystem::DotNet => ".NET HttpStatusCode",
            Ecosystem::Rack => "Ruby Rack",
            Ecosystem::Symfony => "PHP Symfony Response",
        }
    }

    /// A short key for JSON and filters.
    pub fn key(self) -> &'static str {
        match self {
            Ecosystem::Python => "python",
            Ecosystem::Node => "node",
            Ecosystem::Go => "go",
            Ecosystem::Rust => "rust",
            Ecosystem::Spring => "spring",
            Ecosystem::DotNet => "dotnet",
            Ecosystem::Rack => "rack",
            Ecosystem::Symfony => "symfony",
        }
    }

    /// How the constant for `code` is written in code, with its usual qualifier. Node's is
    /// not a name but the reason phrase its table holds for the number.
    pub fn qualified(self, code: u16, name: &str) -> String {
        match self {
            Ecosystem::Python => format!("HTTPStatus.{name}"),
            Ecosystem::Node => format!("STATUS_CODES[{code}] = '{name}'"),
            Ecosystem::Go => format!("http.{name}"),
            Ecosystem::Rust => format!("StatusCode::{name}"),
            Ecosystem::Spring => format!("HttpStatus.{name}"),
            Ecosystem::DotNet => format!("HttpStatusCode.{name}"),
            Ecosystem::Rack => name.to_string(),
            Ecosystem::Symfony => format!("Response::{name}"),
        }
    }
}

/// A named constant for a status code in one library.
#[derive(Debug)]
pub struct Constant {
    pub code: u16,
    pub ecosystem: Ecosystem,
    pub name: &'static str,
    /// The library marks the name deprecated.
    pub deprecated: bool,
}

/// Names newer releases added beside the ones in the table (CPython 3.13 follows RFC 9110).
pub static NEWER_CONSTANTS: &[Constant] = &[
    Constant {
        code: 413,
        ecosystem: Ecosystem::Python,
        name: "CONTENT_TOO_LARGE",
        deprecated: false,
    },
    Constant {
        code: 414,
        ecosystem: Ecosystem::Python,
        name: "URI_TOO_LONG",
        deprecated: false,
    },
    Constant {
        code: 416,
        ecosystem: Ecosystem::Python,
        name: "RANGE_NOT_SATISFIABLE",
        deprecated: false,
    },
    Constant {
        code: 422,
        ecosystem: Ecosystem::Python,
        name: "UNPROCESSABLE_CONTENT",
        deprecated: false,
    },
];

/// Whether the name comes from a newer release than the table's (see `NEWER_CONSTANTS`).
pub fn is_newer(constant: &Constant) -> bool {
    NEWER_CONSTANTS.iter().any(|n| std::ptr::eq(n, constant))
}

/// Every known constant.
pub fn all() -> impl Iterator<Item = &'static Constant> {
    CONSTANTS.iter().chain(NEWER_CONSTANTS)
}

/// The constants for one code, table order.
pub fn for_code(code: u16) -> impl Iterator<Item = &'static Constant> {
    all().filter(move |c| c.code == code)
}

/// Strips a package or type qualifier: `http.StatusTeapot`, `HTTPStatus.OK`,
/// `Response::HTTP_OK`, `StatusCode::OK`, `Symfony\...\Response::HTTP_OK`.
fn unqualified(text: &str) -> &str {
    let text = text.rsplit("::").next().unwrap_or(text);
    text.rsplit('.').next().unwrap_or(text)
}

/// The code a constant name stands for: exact case first, then ignoring case and `_`.
/// Node's entries are phrases, not identifiers, so they are left to name matching.
pub fn resolve(text: &str) -> Option<u16> {
    let name = unqualified(text.trim());
    if name.is_empty() {
        return None;
    }
    let identifiers = || all().filter(|c| c.ecosystem != Ecosystem::Node);
    if let Some(c) = identifiers().find(|c| c.name == name) {
        return Some(c.code);
    }
    // A plain lowercase word ("redirect", "moved") is a search, not .NET's `Redirect`.
    if name.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let wanted: Vec<u8> = folded(name).collect();
    // Compared byte by byte, without building each constant's folded form.
    identifiers()
        .find(|c| folded(c.name).eq(wanted.iter().copied()))
        .map(|c| c.code)
}

/// Case- and separator-insensitive form: `:too_many_requests` and `TooManyRequests` agree.
fn folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qualified_and_bare_names_resolve() {
        assert_eq!(resolve("StatusTooManyRequests"), Some(429));
        assert_eq!(resolve("http.StatusTeapot"), Some(418));
        assert_eq!(resolve("HTTPStatus.UNPROCESSABLE_ENTITY"), Some(422));
        assert_eq!(resolve("HttpStatusCode.RequestEntityTooLarge"), Some(413));
        assert_eq!(resolve(":unprocessable_entity"), Some(422));
        assert_eq!(resolve("Response::HTTP_I_AM_A_TEAPOT"), Some(418));
        assert_eq!(resolve("StatusCode::PAYLOAD_TOO_LARGE"), Some(413));
    }

    #[test]
    fn folding_spots_other_spellings_but_not_words() {
        assert_eq!(resolve("too_many_requests"), Some(429));
        assert_eq!(resolve("teapot"), None);
        assert_eq!(resolve("redirect"), None);
        assert_eq!(resolve("Redirect"), Some(302));
        assert_eq!(resolve(""), None);
    }
}
