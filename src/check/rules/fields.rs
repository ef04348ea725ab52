//! Fields any response carries: framing, Date, connection-specific fields, and caching.

use super::*;

pub(super) fn fields(found: &mut Findings, response: &Response) {
    obsolete_dates(found, response);

    let fields = &response.fields;
    let code = response.code;
    for value in fields.all("retry-after") {
        let value = value.trim();
        let seconds = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
        if !seconds && !is_http_date(value) {
            found.add(
                "retry-after-syntax",
                format!(
                    "Retry-After \"{}\" is neither a number of seconds nor an HTTP date such as \
                     Sun, 06 Nov 1994 08:49:37 GMT",
                    value
                ),
            );
        }
    }
    for value in fields.all("allow") {
        if !is_method_list(value) {
            found.add(
                "allow-syntax",
                format!(
                    "Allow \"{}\" is not a comma-separated list of methods",
                    value
                ),
            );
        }
    }
    for name in ["WWW-Authenticate", "Proxy-Authenticate"] {
        for value in fields.all(name) {
            if !starts_with_auth_scheme(value) {
                found.add(
                    "challenge-syntax",
                    format!(
                        "{name} \"{value}\" does not start with an authentication scheme, such \
                         as Bearer or Basic"
                    ),
                );
            }
        }
    }
    for value in fields.all("content-range") {
        if !is_content_range(value.trim()) {
            found.add(
                "content-range-syntax",
                format!(
                    "Content-Range \"{}\" is not \"bytes FIRST-LAST/LENGTH\" or \"bytes */LENGTH\"",
                    value
                ),
            );
        }
    }
    let lengths: HashSet<&str> = fields.all("content-length").map(str::trim).collect();
    let numeric = lengths
        .iter()
        .all(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()));
    if lengths.len() > 1 || !numeric {
        let all: Vec<&str> = fields.all("content-length").collect();
        found.add(
            "content-length-syntax",
            format!(
                "Content-Length must be one decimal number, not \"{}\"",
                all.join(", ")
            ),
        );
    }
    if fields.has("content-length") && fields.has("transfer-encoding") {
        found.add(
            "content-length-with-transfer-encoding",
            "a message with Transfer-Encoding MUST NOT also carry Content-Length: drop it",
        );
    }
    if (200..500).contains(&code) && !fields.has("date") {
        found.add(
            "date-missing",
            format!(
                "an origin server with a clock MUST send Date in every {}xx",
                code / 100
            ),
        );
    }
    if response.is_h2_or_h3() {
        let connection_specific = [
            "connection",
            "keep-alive",
            "proxy-connection",
            "transfer-encoding",
            "upgrade",
        ];
        let present: Vec<&str> = fields
            .0
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| {
                connection_specific
                    .iter()
                    .any(|c| name.eq_ignore_ascii_case(c))
            })
            .collect();
        if !present.is_empty() {
            found.add(
                "connection-field-in-h2-or-h3",
                format!(
                    "{} MUST NOT carry connection-specific fields: remove {}",
                    response.version,
                    present.join(", ")
                ),
            );
        }
    }
    if response.fields.has("early-data") {
        found.add(
            "early-data-in-response",
            "Early-Data is a request field that MUST NOT be in a response: remove it",
        );
    }
    if code >= 500 {
        shared_cache(found, response);
    }
    if code == 511
        && ["WWW-Authenticate", "Proxy-Authenticate"]
            .iter()
            .any(|name| response.fields.has(name))
    {
        found.add(
            "511-with-challenge",
            "a 511 SHOULD NOT carry a challenge: browsers would show the login as the requested \
             site's; link to the network's login page instead",
        );
    }
    if matches!(code, 428 | 429 | 431 | 511) && storable(response) {
        found.add(
            "6585-response-storable",
            format!(
                "a {code} MUST NOT be stored by a cache, and its Cache-Control lets caches \
                 store it: send Cache-Control: no-store"
            ),
        );
    }
}

/// What Cache-Control says of storing the response, for the checks on caching.
struct Storage {
    /// `no-store`.
    forbidden: bool,
    /// `private`, for the whole response or some fields.
    private: bool,
    /// `public`, or a positive `max-age` or `s-maxage`: caches may store it.
    allowed: bool,
}

fn storage(response: &Response) -> Storage {
    let directives: Vec<String> = response
        .fields
        .list("cache-control")
        .map(str::to_ascii_lowercase)
        .collect();
    let has = |name: &str| {
        directives
            .iter()
            .any(|d| d == name || d.starts_with(&format!("{name}=")))
    };
    let positive = |name: &str| {
        directives.iter().any(|d| {
            d.strip_prefix(&format!("{name}="))
                .and_then(|v| v.trim_matches('"').parse::<u64>().ok())
                .is_some_and(|n| n > 0)
        })
    };
    Storage {
        forbidden: has("no-store"),
        private: has("private"),
        allowed: has("public") || positive("max-age") || positive("s-maxage"),
    }
}

/// Whether Cache-Control explicitly lets caches store the response.
fn storable(response: &Response) -> bool {
    let storage = storage(response);
    storage.allowed && !storage.forbidden
}

/// A 5xx that shared caches may store and keep serving after the origin recovers.
fn shared_cache(found: &mut Findings, response: &Response) {
    let storage = storage(response);
    if storage.allowed && !storage.forbidden && !storage.private {
        found.add(
            "error-cacheable-by-shared-caches",
            format!(
                "Cache-Control lets shared caches store this {} and serve it after the server \
                 recovers: send Cache-Control: no-store on errors",
                response.code
            ),
        );
    }
}

/// Date, Last-Modified and Expires written in an obsolete HTTP-date form.
fn obsolete_dates(found: &mut Findings, response: &Response) {
    for name in ["Date", "Last-Modified", "Expires"] {
        if let Some(value) = response.fields.get(name)
            && is_obsolete_http_date(value.trim())
        {
            found.add(
                "date-not-imf-fixdate",
                format!(
                    "{name} \"{value}\" is in an obsolete date form: senders MUST write \
                     IMF-fixdate, such as Sun, 06 Nov 1994 08:49:37 GMT"
                ),
            );
        }
    }
}

/// Content without Content-Type, and an error sent without an explanation, each where the
/// input shows the content and the request was not HEAD.
pub(super) fn content(found: &mut Findings, response: &Response, request: Option<&Request>) {
    let code = response.code;
    let content = &response.content;
    let head = request.is_some_and(|r| r.method == "HEAD");
    if head || !content.shown || matches!(code, 204 | 304) || code < 200 {
        return;
    }
    if content.length > 0 && !response.fields.has("content-type") {
        found.add(
            "content-without-content-type",
            format!(
                "{} bytes of content come without Content-Type: say what they are, or the \
                 client has to guess",
                content.length
            ),
        );
    }
    // Only an empty body the response itself declares (`Content-Length: 0`) counts, where
    // the request is shown and was not HEAD: `curl -sI` and HTTPie's `--print=hH` print no
    // content at all, which is not an empty body.
    let declared_empty = response
        .fields
        .get("content-length")
        .is_some_and(|v| v.trim() == "0");
    let empty = declared_empty && content.length == 0 && request.is_some();
    if code == 300 && empty {
        found.add(
            "300-without-choices",
            "a 300 to a request other than HEAD SHOULD list the choices in its content, with \
             the URI of each",
        );
    }
    if code >= 400 && empty {
        found.add(
            "error-without-explanation",
            format!(
                "the {code} comes with no content: a server SHOULD explain the error and say \
                 whether it is temporary"
            ),
        );
    }
}
