//! Express 5: `res` chains, with Express's own helpers where it has one.

use super::needs::{Body, NEW_PATH, Needs, PARTIAL};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let headers: Vec<String> = needs
        .headers_except(&["Location"])
        .map(|(name, value)| format!("{}: {}", js_key(name), js_string(value)))
        .collect();
    let set = if headers.is_empty() {
        String::new()
    } else {
        format!(".set({{ {} }})", headers.join(", "))
    };
    let type_of = |content_type: &str| format!(".type('{content_type}')");
    let lines = match needs.body {
        Body::Server => String::new(),
        Body::Interim => format!(
            "res.writeEarlyHints({{ link: {} }});\nres.json({{ page: 'home' }});",
            js_string(needs.header("Link").unwrap_or_default())
        ),
        Body::Empty => chain(&[&format!("res.status({code})"), &set, ".end()"]),
        Body::Json(json) => {
            let location = match needs.header("Location") {
                Some(path) => format!(".location({})", js_string(path)),
                None => String::new(),
            };
            chain(&[
                &format!("res.status({code})"),
                &location,
                &format!(".json({})", js_object(json)),
            ])
        }
        Body::Partial => chain(&[
            "res.status(206)",
            &set,
            &type_of("text/plain"),
            &format!(".send({})", js_string(PARTIAL)),
        ]),
        Body::Redirect => format!("res.redirect({code}, {});", js_string(NEW_PATH)),
        Body::Problem => chain(&[
            &format!("res.status({code})"),
            &set,
            &type_of("application/problem+json"),
            &format!(".json({})", js_object(&needs.problem())),
        ]),
    };
    (lines, note(code))
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => {
            "Node's HTTP server answers Expect: 100-continue with 100 itself unless the server \
             has a 'checkContinue' listener; in one, call res.writeContinue() to invite the \
             body, or send the final status (such as 413 or 401) to refuse it unread."
        }
        101 => {
            "Express routes never see a WebSocket handshake: it arrives as the HTTP server's \
             'upgrade' event, where a library such as ws (handleUpgrade) checks it and writes \
             the 101."
        }
        103 => "res.writeEarlyHints needs Node.js 18.11 or newer; the final response follows it.",
        204 | 304 => {
            "Express strips the body and Content-Type of a 204 or 304, so anything passed to \
             res.json() is silently lost: send 200 if there is something to say."
        }
        206 => {
            "express.static and res.sendFile answer Range requests with 206 (and 416) themselves."
        }
        401 => "Express adds no WWW-Authenticate of its own: without it the 401 breaks RFC 9110.",
        405 => {
            "Express has no automatic 405: a method with no route falls through to 404, so \
             answer it from app.all() or a catch-all after the path's routes."
        }
        301 | 302 => {
            "res.redirect() sends 302 unless given a status; browsers may turn a redirected \
             POST into GET for 301 and 302."
        }
        _ => return None,
    })
}

/// A method chain as one statement on one line when it fits in 80 columns, else one call
/// per line; empty links are left out.
fn chain(links: &[&str]) -> String {
    let links: Vec<&str> = links.iter().copied().filter(|l| !l.is_empty()).collect();
    let one_line = format!("{};", links.concat());
    if one_line.chars().count() <= 80 {
        return one_line;
    }
    format!("{}\n  {};", links[0], links[1..].join("\n  "))
}

/// A header name as an object key: bare when it is an identifier, quoted otherwise.
fn js_key(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric()) {
        name.to_string()
    } else {
        format!("'{name}'")
    }
}

/// A single-quoted JavaScript string.
fn js_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A JSON object written as a JavaScript object literal (keys bare, strings single-quoted).
fn js_object(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).expect("the templates hold JSON");
    let fields: Vec<String> = value
        .as_object()
        .expect("an object")
        .iter()
        .map(|(key, value)| {
            let value = match value {
                serde_json::Value::String(s) => js_string(s),
                other => other.to_string(),
            };
            format!("{key}: {value}")
        })
        .collect();
    format!("{{ {} }}", fields.join(", "))
}
