//! 2xx: what a success carries, and a success whose body reports a failure.

use super::*;

pub(super) fn success(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let method = request.map(|r| r.method.as_str());
    if code == 201 && !response.fields.has("location") {
        if method == Some("POST") {
            found.add(
                "201-without-location",
                "a 201 to a POST SHOULD carry Location naming the new resource",
            );
        } else {
            found.add(
                "201-location-implied",
                "without Location, a 201 says the new resource is the request's own URL; \
                 add Location if it is elsewhere",
            );
        }
    }
    if code == 201 && method.is_some_and(is_safe_method) {
        found.add(
            "201-to-safe-method",
            format!(
                "201 says something was created, but {} is a safe method that asks for no \
                 change",
                method.unwrap_or_default()
            ),
        );
    }
    if code == 205 && response.content.length > 0 {
        found.add(
            "205-with-content",
            format!(
                "a 205 MUST NOT carry content, and {} bytes follow: the client is to reset its \
                 view, not show something",
                response.content.length
            ),
        );
    }
    if code == 204 && response.content.length > 0 {
        found.add(
            "204-with-content",
            format!(
                "a 204 ends with its header section and cannot carry content, but {} bytes \
                 follow: send 200 with the content, or nothing",
                response.content.length
            ),
        );
    }
    if code == 206 {
        let multipart = response
            .fields
            .get("content-type")
            .is_some_and(|t| t.to_ascii_lowercase().starts_with("multipart/byteranges"));
        if !response.fields.has("content-range") && !multipart {
            found.add(
                "206-without-content-range",
                "a 206 with one part MUST carry Content-Range saying which bytes it holds",
            );
        }
        if request.is_some_and(|r| !r.fields.has("range")) {
            found.add(
                "206-without-range-request",
                "206 answers a range request, and this request had no Range: send 200 with \
                 the whole representation",
            );
        }
    }
    if (200..300).contains(&code) {
        error_body(found, response);
    }
}

/// A 2xx whose JSON content reports a failure, the most common API mistake.
fn error_body(found: &mut Findings, response: &Response) {
    let content_type = response
        .fields
        .get("content-type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    if content_type.starts_with("application/problem+json") {
        found.add(
            "2xx-with-problem-details",
            format!(
                "a {} with a problem details body reports an error as success: send the 4xx \
                 or 5xx the problem calls for",
                response.code
            ),
        );
        return;
    }
    let Ok(value) = serde_json::from_slice::<Value>(&response.content.start) else {
        return;
    };
    let Some(object) = value.as_object() else {
        return;
    };
    // A result with data beside its errors (GraphQL, partial success) is a valid design.
    if object.contains_key("data") {
        return;
    }
    let failed = |key: &str| -> Option<String> {
        let v = object.get(key)?;
        let bad = match (key, v) {
            ("error" | "errors", Value::Null | Value::Bool(false)) => false,
            ("error" | "errors", Value::String(s)) => !s.is_empty(),
            ("error" | "errors", Value::Array(a)) => !a.is_empty(),
            ("error" | "errors", Value::Object(o)) => !o.is_empty(),
            ("error" | "errors", _) => true,
            ("success" | "ok", Value::Bool(false)) => true,
            ("status", Value::String(s)) => {
                matches!(
                    s.to_ascii_lowercase().as_str(),
                    "error" | "fail" | "failed" | "failure"
                )
            }
            ("status", Value::Number(n)) => n.as_u64().is_some_and(|n| (400..600).contains(&n)),
            _ => false,
        };
        bad.then(|| format!("\"{key}\": {}", v))
    };
    let sign = ["error", "errors", "success", "ok", "status"]
        .into_iter()
        .find_map(failed);
    if let Some(sign) = sign {
        let sign: String = sign.chars().take(60).collect();
        found.add(
            "2xx-with-error-body",
            format!(
                "a {} whose body says {sign} reports a failure as success: send the 4xx or 5xx \
                 that fits, so clients, caches and monitors see it",
                response.code
            ),
        );
    }
}

/// A 206: the fields a 200 to the same request carried, and the multipart rules.
pub(super) fn partial(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let request = exchange.request.as_deref();
    if let Some(request) = request {
        let missing: Vec<&str> = history
            .fields_of_200(request)
            .into_iter()
            .filter(|name| !response.fields.has(name))
            .collect();
        if !missing.is_empty() {
            found.add(
                "206-missing-fields",
                format!(
                    "a 206 MUST carry the fields the 200 to the same request carried: add {}",
                    missing.join(", ")
                ),
            );
        }
    }
    let multipart = response
        .fields
        .get("content-type")
        .is_some_and(|t| t.to_ascii_lowercase().starts_with("multipart/byteranges"));
    if !multipart {
        return;
    }
    if response.fields.has("content-range") {
        found.add(
            "multipart-206-with-content-range",
            "a multipart 206 MUST NOT carry Content-Range in its header section: each part \
             carries its own",
        );
    }
    let single = request
        .and_then(|r| r.fields.get("range"))
        .is_some_and(|range| !range.contains(','));
    if single {
        found.add(
            "multipart-206-to-single-range",
            "the request asked for one range, and a multipart answer MUST NOT be sent for one: \
             send a single part with Content-Range",
        );
    }
}
