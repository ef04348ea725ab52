//! 4xx: the header fields a client error needs to be acted on.

use super::*;

pub(super) fn client_error(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let fields = &response.fields;
    match code {
        401 if !fields.has("www-authenticate") => found.add(
            "401-without-www-authenticate",
            "a 401 MUST carry WWW-Authenticate with a challenge, such as Bearer or Basic; if \
             logging in again cannot help, the code is 403",
        ),
        407 if !fields.has("proxy-authenticate") => found.add(
            "407-without-proxy-authenticate",
            "a 407 MUST carry Proxy-Authenticate with the proxy's challenge",
        ),
        405 if !fields.has("allow") => found.add(
            "405-without-allow",
            match request {
                Some(r) => format!(
                    "a 405 MUST carry Allow listing the methods the resource supports, which {} \
                     is not among",
                    r.method
                ),
                None => "a 405 MUST carry Allow listing the methods the resource supports".into(),
            },
        ),
        405 => {
            if let Some(method) = request.map(|r| r.method.as_str())
                && fields.list("allow").any(|m| m == method)
            {
                found.add(
                    "405-allows-the-method",
                    format!("the 405 refuses {method}, yet its Allow lists {method}"),
                );
            }
        }
        416 if !fields.has("content-range") => {
            let ranged = request.is_none_or(|r| {
                r.fields
                    .get("range")
                    .is_some_and(|v| v.trim_start().starts_with("bytes"))
            });
            if ranged {
                found.add(
                    "416-without-content-range",
                    "a 416 to a byte-range request SHOULD carry Content-Range: bytes */LENGTH \
                     with the current length",
                );
            }
        }
        417 if request.is_some_and(|r| !r.fields.has("expect")) => found.add(
            "417-without-expect",
            "417 says an Expect could not be met, and the request sent no Expect",
        ),
        415 if request.is_some_and(|r| r.method == "PATCH") && !fields.has("accept-patch") => found
            .add(
                "415-to-patch-without-accept-patch",
                "a 415 to a PATCH SHOULD carry Accept-Patch naming the patch formats the \
                 resource takes",
            ),
        451 if !fields.all("link").any(names_blocking_entity) => found.add(
            "451-without-blocked-by",
            "a 451 SHOULD name who blocks the resource: Link: <URI of the blocking entity>; \
             rel=\"blocked-by\"",
        ),
        426 if !fields.has("upgrade") => found.add(
            "426-without-upgrade",
            "a 426 MUST carry Upgrade naming the protocol to switch to",
        ),
        // Only a temporary condition asks for Retry-After; a size limit is not one.
        413 if !fields.has("retry-after") && says_temporary(response) => found.add(
            "413-without-retry-after",
            "the response says the condition is temporary, so it SHOULD say when to retry \
             with Retry-After",
        ),
        429 if !fields.has("retry-after") => found.add(
            "429-without-retry-after",
            "a 429 may say when to come back with Retry-After, which spares clients guessing",
        ),
        503 if !fields.has("retry-after") => found.add(
            "503-without-retry-after",
            "a 503 may say when to come back with Retry-After, which spares clients guessing",
        ),
        _ => {}
    }
}

/// Whether a Link field value has a link of relation type "blocked-by" (RFC 7725 §4).
/// Relation types are a space-separated list, quoted or not, compared without case.
pub(super) fn names_blocking_entity(link: &str) -> bool {
    link.split(';').skip(1).any(|param| {
        param.split_once('=').is_some_and(|(name, value)| {
            name.trim().eq_ignore_ascii_case("rel")
                && value
                    .trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|rel| rel.eq_ignore_ascii_case("blocked-by"))
        })
    })
}

/// Whether the response's own words say its condition is temporary.
fn says_temporary(response: &Response) -> bool {
    let body = String::from_utf8_lossy(&response.content.start).to_ascii_lowercase();
    ["temporar", "try again", "retry later"]
        .iter()
        .any(|w| body.contains(w))
}
