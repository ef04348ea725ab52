//! Go's net/http: headers set on `w.Header()`, then `WriteHeader` with the `http.Status`
//! constant, then the body; `http.Redirect` for redirects.

use super::needs::{Body, NEW_PATH, Needs, PARTIAL, constant};
use crate::db::constants::Ecosystem;

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let status = constant(code, Ecosystem::Go)
        .map(|name| format!("http.{name}"))
        .unwrap_or_else(|| code.to_string());
    let mut lines: Vec<String> = Vec::new();
    let set = |lines: &mut Vec<String>, name: &str, value: &str| {
        lines.push(format!("w.Header().Set(\"{name}\", {})", go_string(value)));
    };
    match needs.body {
        Body::Server => {}
        Body::Interim => {
            for (name, value) in needs.headers_except(&[]) {
                set(&mut lines, name, value);
            }
            lines.push(format!("w.WriteHeader({status})"));
            lines.push("w.Header().Set(\"Content-Type\", \"application/json\")".into());
            lines.push("w.WriteHeader(http.StatusOK)".into());
            lines.push("fmt.Fprint(w, `{\"page\": \"home\"}`)".into());
        }
        Body::Redirect => {
            lines.push(format!("http.Redirect(w, r, \"{NEW_PATH}\", {status})"));
        }
        body => {
            for (name, value) in needs.headers_except(&[]) {
                set(&mut lines, name, value);
            }
            let (content_type, text) = match body {
                Body::Json(json) => (Some("application/json"), Some(json.to_string())),
                Body::Partial => (Some("text/plain"), Some(PARTIAL.to_string())),
                Body::Problem => (Some("application/problem+json"), Some(needs.problem())),
                _ => (None, None),
            };
            if let Some(content_type) = content_type {
                set(&mut lines, "Content-Type", content_type);
            }
            lines.push(format!("w.WriteHeader({status})"));
            if let Some(text) = text {
                lines.push(format!("fmt.Fprint(w, `{text}`)"));
            }
        }
    }
    (lines.join("\n"), note(code))
}

/// A Go string: raw in backquotes when it holds double quotes.
fn go_string(text: &str) -> String {
    if text.contains('"') {
        format!("`{text}`")
    } else {
        format!("\"{text}\"")
    }
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => {
            "net/http sends 100 Continue itself when the handler first reads r.Body of a \
             request that expects it; to refuse the upload unread, write the final status \
             (such as 413 or 401) without reading the body."
        }
        101 => {
            "net/http has no WebSocket server: a library such as golang.org/x/net/websocket \
             or gorilla/websocket (Upgrader.Upgrade) checks the handshake, takes over the \
             connection and writes the 101."
        }
        103 => {
            "Go sends 1xx responses from WriteHeader since Go 1.19; headers set before it go \
             out with the 103 and again with the final response."
        }
        204 | 304 => "Go's server drops any body written after WriteHeader(204) or (304).",
        206 | 416 => "http.ServeContent answers Range requests with 206 and 416 by itself.",
        405 => {
            "Headers set after WriteHeader are silently dropped, so set Allow first. Before \
             Go 1.22, ServeMux routes every method to a handler: check r.Method yourself."
        }
        _ => {
            if (400..600).contains(&code) {
                "Headers set after WriteHeader are silently dropped: set them first."
            } else {
                return None;
            }
        }
    })
}
