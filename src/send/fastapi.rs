//! FastAPI: a returned Response, with Starlette's status constants and response classes.

use super::needs::{Body, NEW_PATH, Needs, PARTIAL, upper_snake};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let status = format!("status_code=status.HTTP_{code}_{}", upper_snake(needs.name));
    let headers = python_headers(needs, &["Location"]);
    let lines = match needs.body {
        Body::Interim | Body::Server => String::new(),
        Body::Empty => call("return Response", &[&status, &headers]),
        Body::Json(json) => call(
            "return JSONResponse",
            &[json, &status, &python_headers(needs, &[])],
        ),
        Body::Partial => call(
            "return Response",
            &[
                &format!("b\"{PARTIAL}\""),
                &status,
                &headers,
                "media_type=\"text/plain\"",
            ],
        ),
        Body::Redirect => call(
            "return RedirectResponse",
            &[&format!("\"{NEW_PATH}\""), &status],
        ),
        Body::Problem => call(
            "return JSONResponse",
            &[
                &needs.problem(),
                &status,
                &headers,
                "media_type=\"application/problem+json\"",
            ],
        ),
    };
    (lines, note(code))
}

/// A Python call on one line when it fits in 80 columns, else one argument per line;
/// empty arguments are left out.
pub fn call(function: &str, arguments: &[&str]) -> String {
    let arguments: Vec<&str> = arguments
        .iter()
        .copied()
        .filter(|a| !a.is_empty())
        .collect();
    let one_line = format!("{function}({})", arguments.join(", "));
    if one_line.chars().count() <= 80 {
        return one_line;
    }
    let mut lines = format!("{function}(\n");
    for argument in arguments {
        lines.push_str(&format!("    {argument},\n"));
    }
    lines.push(')');
    lines
}

/// `headers={...}` for the response's headers without `skip`, or nothing.
pub fn python_headers(needs: &Needs, skip: &[&str]) -> String {
    let pairs: Vec<String> = needs
        .headers_except(skip)
        .map(|(name, value)| format!("{}: {}", py_string(name), py_string(value)))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("headers={{{}}}", pairs.join(", "))
    }
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
        100 => {
            "uvicorn sends 100 Continue itself when the endpoint first reads the body; an \
             endpoint that answers (with 413 or 401) before reading it spares the upload."
        }
        101 => {
            "Declare the route with @app.websocket and call await websocket.accept(): uvicorn \
             (with a WebSocket library installed) sends the 101."
        }
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
