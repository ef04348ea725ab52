//! 1xx: what an interim response needs from its request and its version.

use super::*;

pub(super) fn interim(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let no_content_allowed = code < 200 || code == 204;
    if no_content_allowed && response.fields.has("content-length") {
        found.add(
            "content-length-on-1xx-or-204",
            format!("a {code} MUST NOT carry Content-Length: remove it"),
        );
    }
    if no_content_allowed && response.fields.has("transfer-encoding") {
        found.add(
            "transfer-encoding-on-1xx-or-204",
            format!("a {code} MUST NOT carry Transfer-Encoding: remove it"),
        );
    }
    if !(100..200).contains(&code) {
        return;
    }
    if let Some(request) = request {
        if request.version == "HTTP/1.0" {
            found.add(
                "1xx-to-http-1.0",
                format!("a server MUST NOT send a 1xx such as {code} to an HTTP/1.0 client"),
            );
        }
        let expects = request
            .fields
            .list("expect")
            .any(|v| v.eq_ignore_ascii_case("100-continue"));
        if code == 100 && !expects {
            found.add(
                "100-without-expect",
                "100 Continue answers Expect: 100-continue, which the request did not send",
            );
        }
        if code == 101 && !request.fields.has("upgrade") {
            found.add(
                "101-not-requested",
                "101 switches to a protocol the request named in Upgrade, and this request \
                 named none: a server MUST NOT switch unasked",
            );
        }
    }
    if code == 101 && !response.fields.has("upgrade") {
        found.add(
            "101-without-upgrade",
            "a 101 MUST carry Upgrade naming the protocol now in use",
        );
    }
}

pub(super) fn is_safe_method(method: &str) -> bool {
    matches!(method, "GET" | "HEAD" | "OPTIONS" | "TRACE")
}
