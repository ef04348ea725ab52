//! 3xx: Location, loops along a chain, and what a 304 repeats of its 200.

use super::*;

/// Whether `value` is a URI reference: RFC 3986 characters only, `%` followed by two hex
/// digits.
fn is_uri_reference(value: &str) -> bool {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return false;
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)) {
            return false;
        }
        i += 1;
    }
    true
}

pub(super) fn redirection(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let request = exchange.request.as_deref();
    let code = response.code;
    let location = response.fields.get("location");
    match (code, location) {
        (301 | 302 | 307 | 308, None) => found.add(
            "redirect-without-location",
            format!("a {code} SHOULD carry Location with the URL to go to"),
        ),
        (303, None) => found.add(
            "303-without-location",
            "a 303 sends the client to the URL in Location, and there is none",
        ),
        _ => {}
    }
    if let Some(location) = location
        && !is_uri_reference(location)
    {
        found.add(
            "location-syntax",
            format!(
                "Location \"{}\" is not a URI reference: percent-encode spaces and other \
                 characters outside RFC 3986",
                location
            ),
        );
    }
    if matches!(code, 301 | 302) && request.is_some_and(|r| r.method == "POST") {
        found.add(
            "post-redirected-with-301-or-302",
            format!(
                "user agents may follow a {code} to a POST with GET and no body: use {} to \
                 keep the method",
                if code == 301 { 308 } else { 307 }
            ),
        );
    }
    if code == 304 {
        not_modified(found, exchange, history);
    }
    if matches!(code, 301 | 302 | 303 | 307 | 308)
        && let Some(location) = location
        && history.loops_to(exchange, location)
    {
        found.add(
            "redirect-loop",
            format!(
                "the redirects loop: \"{}\" was already a redirect target earlier in the chain",
                location
            ),
        );
    }
}

fn not_modified(found: &mut Findings, exchange: &Exchange, history: &History) {
    let response = &exchange.response;
    let metadata: Vec<&str> = ["Content-Type", "Content-Encoding", "Content-Language"]
        .into_iter()
        .filter(|name| response.fields.has(name))
        .collect();
    if !metadata.is_empty() {
        found.add(
            "304-with-representation-metadata",
            format!(
                "a 304 SHOULD NOT carry representation metadata beyond the validators and \
                 cache fields: drop {}",
                metadata.join(", ")
            ),
        );
    }
    content_length_as_for_200(found, exchange, history);
    if response.content.length > 0 {
        found.add(
            "304-with-content",
            format!(
                "a 304 ends with its header section and cannot carry content, but {} bytes \
                 follow",
                response.content.length
            ),
        );
    }
    let Some(request) = exchange.request.as_deref() else {
        return;
    };
    let conditional =
        request.fields.has("if-none-match") || request.fields.has("if-modified-since");
    if !conditional {
        found.add(
            "304-without-condition",
            "304 answers a conditional GET or HEAD, and this request had no If-None-Match or \
             If-Modified-Since: send 200",
        );
    }
    // The fields a 200 to the same request would have carried: from the request's own
    // validator, and from any earlier 200 for the same target in the input.
    let mut expected: Vec<&str> = Vec::new();
    if request.fields.has("if-none-match") {
        expected.push("ETag");
    }
    for name in history.fields_of_200(request) {
        if !expected.contains(&name) {
            expected.push(name);
        }
    }
    let missing: Vec<&str> = expected
        .into_iter()
        .filter(|name| !response.fields.has(name))
        .collect();
    if !missing.is_empty() {
        found.add(
            "304-missing-fields",
            format!(
                "a 304 MUST carry the fields a 200 would have: add {}",
                missing.join(", ")
            ),
        );
    }
}

/// A Content-Length on a 304 or on a response to HEAD must be the 200's to a GET of the same
/// target (RFC 9110 §8.6); compared with a 200 the input holds, and on a 304 alone a length
/// of 0 is pointed out, the usual way of getting it wrong.
pub(super) fn content_length_as_for_200(
    found: &mut Findings,
    exchange: &Exchange,
    history: &History,
) {
    let response = &exchange.response;
    let Some(declared) = response
        .fields
        .get("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok())
    else {
        return;
    };
    let sent = exchange
        .request
        .as_deref()
        .and_then(|r| history.length_of_200(&r.target));
    match sent {
        Some(length) if length != declared => found.add(
            "content-length-not-the-200s",
            format!(
                "Content-Length {declared} on a {} MUST be the {length} octets the 200 to a GET \
                 of the same target carried, or be left out",
                if response.code == 304 {
                    "304"
                } else {
                    "response to HEAD"
                }
            ),
        ),
        None if response.code == 304 && declared == 0 => found.add(
            "304-content-length-zero",
            "Content-Length: 0 on a 304 claims the 200 would be empty; leave Content-Length \
             out unless it is the 200's length",
        ),
        _ => {}
    }
}
