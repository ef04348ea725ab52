//! Django: a view returning an `HttpResponse`, with Django's response subclasses where one
//! fits the code.

use super::fastapi::{on_own_line, py_string};
use super::needs::{Body, NEW_PATH, Needs, PARTIAL};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let headers = |skip: &[&str]| -> String {
        let pairs: Vec<String> = needs
            .headers_except(skip)
            .map(|(name, value)| format!("{}: {}", py_string(name), py_string(value)))
            .collect();
        if pairs.is_empty() {
            String::new()
        } else {
            format!(", headers={{{}}}", pairs.join(", "))
        }
    };
    let lines = match (needs.body, code) {
        (Body::Interim, _) => String::new(),
        (Body::Empty, 304) => format!("return HttpResponseNotModified({})", &headers(&[])[2..]),
        (Body::Empty, _) => format!("return HttpResponse(status={code}{})", headers(&[])),
        (Body::Json(json), _) => {
            format!("return JsonResponse({json}, status={code}{})", headers(&[]))
        }
        (Body::Partial, _) => format!(
            "return HttpResponse(\n    \"{PARTIAL}\",\n    status=206,\n    content_type=\"text/plain\"{},\n)",
            on_own_line(&headers(&[]))
        ),
        (Body::Redirect, 301) => format!("return HttpResponsePermanentRedirect(\"{NEW_PATH}\")"),
        (Body::Redirect, 302) => format!("return HttpResponseRedirect(\"{NEW_PATH}\")"),
        (Body::Redirect, _) => {
            format!("return HttpResponseRedirect(\"{NEW_PATH}\", status={code})")
        }
        (Body::Problem, 405) => "return HttpResponseNotAllowed([\"GET\", \"HEAD\"])".to_string(),
        (Body::Problem, _) => format!(
            "return JsonResponse(\n    {},\n    status={code},\n    content_type=\"application/problem+json\"{},\n)",
            needs.problem(),
            on_own_line(&headers(&[]))
        ),
    };
    (lines, note(code))
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        103 => {
            "Django's views cannot send an interim response: put the Link header on the \
             final response, or let a proxy or CDN that supports Early Hints send 103."
        }
        405 => {
            "HttpResponseNotAllowed takes the allowed methods and sets Allow; the \
             require_http_methods decorator sends it for you. With CsrfViewMiddleware on, an \
             unsafe method without a token is refused with 403 before the view runs."
        }
        407 | 408 | 426 => {
            "Proxy-Authenticate, Connection and Upgrade are hop-by-hop headers: runserver \
             (built on wsgiref) refuses them from a view; ASGI servers such as uvicorn pass \
             them on."
        }
        _ => return None,
    })
}
