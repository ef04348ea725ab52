//! "Send it": the lines that send a code in a web framework, with what the code's card says
//! goes with it, and the framework's trap for that code. Each framework's lines come from
//! one template fed by `needs`, and the tests run every snippet in the real framework.

mod axum;
mod django;
mod express;
mod fastapi;
mod flask;
mod go;
pub mod needs;

use needs::Needs;

/// A web framework whose snippets httpcode shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    Express,
    FastApi,
    Flask,
    Django,
    Go,
    Axum,
}

impl Framework {
    pub const ALL: [Framework; 6] = [
        Framework::Express,
        Framework::FastApi,
        Framework::Flask,
        Framework::Django,
        Framework::Go,
        Framework::Axum,
    ];

    /// The short name typed after `--framework` and used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Framework::Express => "express",
            Framework::FastApi => "fastapi",
            Framework::Flask => "flask",
            Framework::Django => "django",
            Framework::Go => "go",
            Framework::Axum => "axum",
        }
    }

    /// The framework as its users name it.
    pub fn label(self) -> &'static str {
        match self {
            Framework::Express => "Express 5",
            Framework::FastApi => "FastAPI",
            Framework::Flask => "Flask",
            Framework::Django => "Django",
            Framework::Go => "Go net/http",
            Framework::Axum => "Axum",
        }
    }

    /// The version every snippet was run with (the test apps pin these).
    pub fn version(self) -> &'static str {
        match self {
            Framework::Express => "Express 5.3.0 on Node.js 20",
            Framework::FastApi => "FastAPI 0.165.0 on uvicorn 0.55.0",
            Framework::Flask => "Flask 3.1.3 on Werkzeug 3.1.9",
            Framework::Django => "Django 5.2.20 on uvicorn 0.55.0",
            Framework::Go => "Go 1.19 net/http",
            Framework::Axum => "Axum 0.8.9 on tokio 1",
        }
    }

    /// The language the snippet is written in, for a code block's tag.
    pub fn language(self) -> &'static str {
        match self {
            Framework::Express => "javascript",
            Framework::FastApi | Framework::Flask | Framework::Django => "python",
            Framework::Go => "go",
            Framework::Axum => "rust",
        }
    }

    /// The framework a name stands for, ignoring case: its key, or a usual other name.
    pub fn named(text: &str) -> Option<Framework> {
        let text = text.trim().to_ascii_lowercase();
        let text = match text.as_str() {
            "expressjs" | "express.js" | "node" => "express",
            "golang" | "net/http" | "nethttp" => "go",
            other => other,
        };
        Framework::ALL.into_iter().find(|f| f.key() == text)
    }

    /// Every key, for messages.
    pub fn keys() -> String {
        Framework::ALL.map(Framework::key).join(", ")
    }
}

/// How to send one code in one framework.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub framework: Framework,
    pub code: u16,
    /// The lines, in the framework's language; empty when the framework cannot send the
    /// code itself.
    pub lines: String,
    /// The framework's trap for this code, or how the code happens when it cannot send it.
    pub note: Option<&'static str>,
}

impl Snippet {
    /// Whether the framework sends the code itself (and the tests run it).
    pub fn runs(&self) -> bool {
        !self.lines.is_empty()
    }
}

/// The codes that have snippets: every code a designer may choose (the ones `which` reaches).
pub const CODES: [u16; 54] = [
    100, 101, 103, 200, 201, 202, 204, 205, 206, 207, 300, 301, 302, 303, 304, 307, 308, 400, 401,
    402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423,
    424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 511,
];

/// How to send `code` in `framework`, if the code has snippets.
pub fn snippet(framework: Framework, code: u16) -> Option<Snippet> {
    if !CODES.contains(&code) {
        return None;
    }
    let needs = Needs::of(code)?;
    let (lines, note) = match framework {
        Framework::Express => express::render(&needs),
        Framework::FastApi => fastapi::render(&needs),
        Framework::Flask => flask::render(&needs),
        Framework::Django => django::render(&needs),
        Framework::Go => go::render(&needs),
        Framework::Axum => axum::render(&needs),
    };
    Some(Snippet {
        framework,
        code,
        lines,
        note,
    })
}

/// The frameworks that have a snippet for `code`.
pub fn frameworks_for(code: u16) -> Vec<Framework> {
    if CODES.contains(&code) {
        Framework::ALL.to_vec()
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::{self, HeaderUsage};

    #[test]
    fn every_code_has_a_snippet_or_says_how_it_happens() {
        for code in CODES {
            for framework in Framework::ALL {
                let snippet = snippet(framework, code).expect("a snippet");
                assert!(
                    snippet.runs() || snippet.note.is_some(),
                    "{} {code}: neither lines nor a note",
                    framework.key()
                );
            }
        }
        assert!(snippet(Framework::Go, 499).is_none());
    }

    #[test]
    fn every_header_a_card_requires_is_sent() {
        for code in CODES {
            let status = db::registered_code(code).expect("registered");
            let needs = Needs::of(code).expect("needs");
            // The server or the upgrade library writes 100 and 101, with their headers.
            if needs.body == needs::Body::Server {
                continue;
            }
            for header in status.headers {
                if header.usage != HeaderUsage::Must {
                    continue;
                }
                // Content-Type goes with the body; a 304 repeats only the validators and
                // cache fields a 200 would have sent.
                let conditional = code == 304 && !["ETag", "Cache-Control"].contains(&header.name);
                assert!(
                    header.name == "Content-Type"
                        || conditional
                        || needs.header(header.name).is_some(),
                    "{code}: {} is a MUST and no snippet sends it",
                    header.name
                );
            }
        }
    }

    #[test]
    fn names_and_other_spellings_find_the_framework() {
        assert_eq!(Framework::named("FastAPI"), Some(Framework::FastApi));
        assert_eq!(Framework::named("golang"), Some(Framework::Go));
        assert_eq!(Framework::named("express.js"), Some(Framework::Express));
        assert_eq!(Framework::named("rails"), None);
    }
}
