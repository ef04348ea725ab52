//! Django: a view returning an `HttpResponse`, with Django's response subclasses where one
//! fits the code.

use super::fastapi::{call, python_headers};
use super::needs::{Body, NEW_PATH, Needs, PARTIAL};

pub fn render(needs: &Needs) -> (String, Option<&'static str>) {
    let code = needs.code;
    let headers = python_headers(needs, &[]);
    let status = format!("status={code}");
    let location = format!("\"{NEW_PATH}\"");
    let lines = match (needs.body, code) {
        (Body::Interim | Body::Server, _) => String::new(),
        (Body::Empty, 304) => call("return HttpResponseNotModified", &[&headers]),
        (Body::Empty, _) => call("return HttpResponse", &[&status, &headers]),
        (Body::Json(json), _) => call("return JsonResponse", &[json, &status, &headers]),
        (Body::Partial, _) => call(
            "return HttpResponse",
            &[
                &format!("\"{PARTIAL}\""),
                &status,
                "content_type=\"text/plain\"",
                &headers,
            ],
        ),
        (Body::Redirect, 301) => call("return HttpResponsePermanentRedirect", &[&location]),
        (Body::Redirect, 302) => call("return HttpResponseRedirect", &[&location]),
        (Body::Redirect, _) => call("return HttpResponseRedirect", &[&location, &status]),
        (Body::Problem, 405) => call("return HttpResponseNotAllowed", &["[\"GET\", \"HEAD\"]"]),
        (Body::Problem, _) => call(
            "return JsonResponse",
            &[
                &needs.problem(),
                &status,
                "content_type=\"application/problem+json\"",
                &headers,
            ],
        ),
    };
    (lines, note(code))
}

fn note(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => {
            "The server, not the view, answers Expect: 100-continue: uvicorn sends 100 when \
             the body is first read, so a view that refuses without reading request.body \
             (with 413 or 401) spares the upload."
        }
        101 => {
            "Django has no WebSocket views: Channels' WebSocket consumers, on an ASGI server, \
             accept the handshake, and the server sends the 101."
        }
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
