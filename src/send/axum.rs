//! Axum: a handler's `impl IntoResponse`, a tuple of the status, headers and body, with
//! Axum's `Redirect` where it sends the code.

use super::needs::{Body, NEW_PATH, Needs, PARTIAL, constant};
use crate::db::constants::Ecosystem;

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let status = constant(code, Ecosystem::Rust)
        .map(|name| format!("StatusCode::{name}"))
        .unwrap_or_else(|| format!("StatusCode::from_u16({code}).unwrap()"));
    let headers = |content_type: Option<&str>| -> Vec<String> {
        let mut pairs: Vec<String> = needs
            .headers_except(&[])
            .map(|(name, value)| format!("(header::{}, {})", header_const(name), rust_str(value)))
            .collect();
        if let Some(content_type) = content_type {
            pairs.push(format!("(header::CONTENT_TYPE, \"{content_type}\")"));
        }
        pairs
    };
    let tuple = |content_type: Option<&str>, body: Option<String>| -> String {
        let mut parts = vec![status.clone()];
        let pairs = headers(content_type);
        let one_line = format!("[{}]", pairs.join(", "));
        if one_line.chars().count() <= 72 {
            if !pairs.is_empty() {
                parts.push(one_line);
            }
        } else {
            parts.push(format!("[\n        {},\n    ]", pairs.join(",\n        ")));
        }
        if let Some(body) = body {
            parts.push(body);
        }
        if parts.len() == 1 {
            format!("{status}.into_response()")
        } else {
            format!("(\n    {},\n)\n    .into_response()", parts.join(",\n    "))
        }
    };
    let lines = match (needs.body, code) {
        (Body::Interim | Body::Server, _) => String::new(),
        (Body::Redirect, 303) => format!("Redirect::to(\"{NEW_PATH}\").into_response()"),
        (Body::Redirect, 307) => format!("Redirect::temporary(\"{NEW_PATH}\").into_response()"),
        (Body::Redirect, 308) => format!("Redirect::permanent(\"{NEW_PATH}\").into_response()"),
        (Body::Redirect | Body::Empty, _) => tuple(None, None),
        (Body::Json(json), _) => tuple(Some("application/json"), Some(rust_raw(json))),
        (Body::Partial, _) => tuple(Some("text/plain"), Some(format!("\"{PARTIAL}\""))),
        (Body::Problem, _) => tuple(
            Some("application/problem+json"),
            Some(rust_raw(&needs.problem())),
        ),
    };
    (lines, note(code))
}

/// The `http::header` constant for a header name: `Retry-After` is `RETRY_AFTER`.
fn header_const(name: &str) -> String {
    name.to_ascii_uppercase().replace('-', "_")
}

fn rust_str(text: &str) -> String {
    if text.contains('"') {
        rust_raw(text)
    } else {
        format!("\"{text}\"")
    }
}

fn rust_raw(text: &str) -> String {
    format!("r#\"{text}\"#")
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => {
            "hyper sends 100 Continue itself when the handler first reads a body that was sent \
             with Expect: 100-continue; to refuse the upload unread, return the final status \
             (such as 413 or 401) without touching the body."
        }
        101 => {
            "Take axum's WebSocketUpgrade extractor (the \"ws\" feature) and return its \
             on_upgrade(...) response: that response is the 101."
        }
        103 => {
            "A handler cannot send an interim response through Axum or hyper: put the Link \
             header on the final response, or let a proxy or CDN that supports Early Hints \
             send 103."
        }
        301 => "Axum's Redirect::permanent sends 308, not 301; send 301 as a status with Location.",
        302 => "Axum's Redirect::temporary sends 307, not 302; send 302 as a status with Location.",
        405 => {
            "Axum's router answers a method a route does not handle with 405 and Allow itself; \
             send it yourself only when the refusal depends on the resource."
        }
        _ => return None,
    })
}
