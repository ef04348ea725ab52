//! Flask: a view's `(body, status, headers)` return, with Flask's `redirect` helper.

use super::fastapi::py_string;
use super::needs::{Body, NEW_PATH, Needs, PARTIAL};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let headers = |content_type: Option<&str>| -> String {
        let mut pairs: Vec<String> = needs
            .headers_except(&[])
            .map(|(name, value)| format!("{}: {}", py_string(name), py_string(value)))
            .collect();
        if let Some(content_type) = content_type {
            pairs.push(format!("\"Content-Type\": \"{content_type}\""));
        }
        if pairs.is_empty() {
            String::new()
        } else {
            format!("{{{}}}", pairs.join(", "))
        }
    };
    let status = code.to_string();
    let lines = match needs.body {
        Body::Interim | Body::Server => String::new(),
        Body::Empty => tuple(&["\"\"", &status, &headers(None)]),
        Body::Json(json) => tuple(&[json, &status, &headers(None)]),
        Body::Partial => tuple(&[
            &format!("\"{PARTIAL}\""),
            &status,
            &headers(Some("text/plain")),
        ]),
        Body::Redirect => format!("return redirect(\"{NEW_PATH}\", code={code})"),
        Body::Problem => tuple(&[
            &needs.problem(),
            &status,
            &headers(Some("application/problem+json")),
        ]),
    };
    (lines, note(code))
}

/// A view's `return body, status, headers` on one line when it fits in 80 columns, else
/// one item per line; an empty item is left out.
fn tuple(items: &[&str]) -> String {
    let items: Vec<&str> = items.iter().copied().filter(|i| !i.is_empty()).collect();
    let one_line = format!("return {}", items.join(", "));
    if one_line.chars().count() <= 80 {
        return one_line;
    }
    let mut lines = String::from("return (\n");
    for item in items {
        lines.push_str(&format!("    {item},\n"));
    }
    lines.push(')');
    lines
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => {
            "The WSGI server answers Expect: 100-continue before the view runs (Werkzeug's \
             server and gunicorn send 100 at once), so a Flask view cannot refuse an upload \
             before it is sent."
        }
        101 => {
            "WSGI has no way to switch protocols, so a Flask view cannot send 101: WebSocket \
             needs a server-specific extension or an ASGI framework."
        }
        103 => {
            "A WSGI app cannot send an interim response, so Flask sends no 103. Put the Link \
             header on the final response, or let a proxy or CDN that supports Early Hints \
             send it."
        }
        301 | 302 | 303 | 307 | 308 => "redirect() sends 302 unless given code=.",
        405 => {
            "Flask already answers a method a route does not list with 405 and Allow; send it \
             yourself only when the refusal depends on the resource."
        }
        408 | 426 => {
            "Connection and Upgrade are hop-by-hop headers, which a WSGI server may refuse \
             from an app; Werkzeug's server passes them on."
        }
        _ => return None,
    })
}
