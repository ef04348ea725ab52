//! Flask: a view's `(body, status, headers)` return, with Flask's `redirect` helper.

use super::fastapi::py_string;
use super::needs::{Body, NEW_PATH, Needs, PARTIAL};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let headers = |extra: Option<(&str, &str)>| -> String {
        let mut pairs: Vec<String> = needs
            .headers_except(&[])
            .map(|(name, value)| format!("{}: {}", py_string(name), py_string(value)))
            .collect();
        if let Some((name, value)) = extra {
            pairs.push(format!("{}: {}", py_string(name), py_string(value)));
        }
        format!("{{{}}}", pairs.join(", "))
    };
    let lines = match needs.body {
        Body::Interim => String::new(),
        Body::Empty if needs.headers.is_empty() => format!("return \"\", {code}"),
        Body::Empty => format!("return \"\", {code}, {}", headers(None)),
        Body::Json(json) if needs.headers.is_empty() => format!("return {json}, {code}"),
        Body::Json(json) => format!("return {json}, {code}, {}", headers(None)),
        Body::Partial => format!(
            "return \"{PARTIAL}\", 206, {}",
            headers(Some(("Content-Type", "text/plain")))
        ),
        Body::Redirect => format!("return redirect(\"{NEW_PATH}\", code={code})"),
        Body::Problem => format!(
            "return (\n    {},\n    {code},\n    {},\n)",
            needs.problem(),
            headers(Some(("Content-Type", "application/problem+json")))
        ),
    };
    (lines, note(code))
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
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
