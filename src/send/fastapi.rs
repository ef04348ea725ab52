//! FastAPI: a returned Response, with Starlette's status constants and response classes.

use super::needs::{Body, NEW_PATH, Needs, PARTIAL, upper_snake};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let status = format!("status.HTTP_{code}_{}", upper_snake(needs.name));
    let headers = python_headers(needs, &["Location"]);
    let lines = match needs.body {
        Body::Interim => String::new(),
        Body::Empty => format!("return Response(status_code={status}{headers})"),
        Body::Json(json) => {
            let headers = python_headers(needs, &[]);
            format!("return JSONResponse({json}, status_code={status}{headers})")
        }
        Body::Partial => format!(
            "return Response(\n    b\"{PARTIAL}\",\n    status_code={status}{},\n    media_type=\"text/plain\",\n)",
            on_own_line(&headers)
        ),
        Body::Redirect => format!("return RedirectResponse(\"{NEW_PATH}\", status_code={status})"),
        Body::Problem => format!(
            "return JSONResponse(\n    {},\n    status_code={status}{},\n    media_type=\"application/problem+json\",\n)",
            needs.problem(),
            on_own_line(&headers)
        ),
    };
    (lines, note(code))
}

/// `, headers={...}` for the response's headers without `skip`, or nothing.
pub fn python_headers(needs: &Needs, skip: &[&str]) -> String {
    let pairs: Vec<String> = needs
        .headers_except(skip)
        .map(|(name, value)| format!("{}: {}", py_string(name), py_string(value)))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!(", headers={{{}}}", pairs.join(", "))
    }
}

/// `, headers={...}` as an argument line of its own in a call laid out one per line.
pub fn on_own_line(headers: &str) -> String {
    headers.replacen(", ", ",\n    ", 1)
}

/// A double-quoted Python string, single quotes used when the text holds double quotes.
pub fn py_string(text: &str) -> String {
    if text.contains('"') {
        format!("'{text}'")
    } else {
        format!("\"{text}\"")
    }
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        103 => {
            "An ASGI app has no way to send an interim response: FastAPI and uvicorn send no \
             103. Put the Link header on the final response, or let a proxy or CDN that \
             supports Early Hints send it."
        }
        301 | 302 | 303 | 307 | 308 => {
            "RedirectResponse sends 307 unless given a status_code; pick the redirect code \
             on purpose."
        }
        405 => {
            "FastAPI already answers a method a routed path does not accept with 405 and \
             Allow; send it yourself only when the refusal depends on the resource."
        }
        422 => {
            "FastAPI answers request bodies that fail validation with 422 itself, with its \
             own error shape rather than problem details."
        }
        _ => return None,
    })
}
