//! Each check, on a response that trips it and on one that passes it.

use super::client::names_blocking_entity;
use super::*;
use crate::check::parse;

const DATE: &str = "Date: Sun, 29 Nov 2026 10:00:00 GMT";

/// The findings of every response in `text` (raw messages, requests HTTPie-style).
fn findings(text: &str) -> Vec<Finding> {
    let text = text.replace("{DATE}", DATE);
    let exchanges = parse::read_all(text.as_bytes()).expect("reads");
    check_all(&exchanges).into_iter().flatten().collect()
}

fn trips(check: &str, text: &str) -> bool {
    findings(text).iter().any(|f| f.check == check)
}

/// Every check with a response that trips it and one that does not.
const CASES: &[(&str, &str, &str)] = &[
    (
        "status-out-of-range",
        "HTTP/1.1 099 Odd\n{DATE}\n\n",
        "HTTP/1.1 200 OK\n{DATE}\n\n",
    ),
    (
        "status-unassigned",
        "HTTP/1.1 432 Thing\n{DATE}\n\n",
        "HTTP/1.1 400 Bad Request\n{DATE}\n\n",
    ),
    (
        "status-unofficial",
        "HTTP/1.1 499 Client Closed Request\n\n",
        "HTTP/1.1 404 Not Found\n{DATE}\n\n",
    ),
    (
        "status-deprecated",
        "HTTP/1.1 305 Use Proxy\n{DATE}\n\n",
        "HTTP/1.1 307 Temporary Redirect\nLocation: /a\n{DATE}\n\n",
    ),
    (
        "status-reserved",
        "HTTP/1.1 418 I'm a teapot\n{DATE}\n\n",
        "HTTP/1.1 422 Unprocessable Content\n{DATE}\n\n",
    ),
    (
        "reason-names-other-code",
        "HTTP/1.1 200 Not Found\n{DATE}\n\n",
        "HTTP/1.1 200 OK\n{DATE}\n\n",
    ),
    (
        "reason-is-old-name",
        "HTTP/1.1 413 Payload Too Large\n{DATE}\n\n",
        "HTTP/1.1 413 Content Too Large\nRetry-After: 10\n{DATE}\n\n",
    ),
    (
        "1xx-to-http-1.0",
        "GET / HTTP/1.0\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 200 OK\n{DATE}\n\n",
        "GET / HTTP/1.1\nExpect: 100-continue\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 200 OK\n{DATE}\n\n",
    ),
    (
        "100-without-expect",
        "PUT /a HTTP/1.1\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 204 No Content\n{DATE}\n\n",
        "PUT /a HTTP/1.1\nExpect: 100-continue\n\nHTTP/1.1 100 Continue\n\nHTTP/1.1 204 No Content\n{DATE}\n\n",
    ),
    (
        "101-without-upgrade",
        "HTTP/1.1 101 Switching Protocols\nConnection: upgrade\n\n",
        "HTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: upgrade\n\n",
    ),
    (
        "101-not-requested",
        "GET /ws HTTP/1.1\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n",
        "GET /ws HTTP/1.1\nUpgrade: websocket\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\n\n",
    ),
    (
        "content-length-on-1xx-or-204",
        "HTTP/1.1 204 No Content\nContent-Length: 0\n{DATE}\n\n",
        "HTTP/1.1 204 No Content\n{DATE}\n\n",
    ),
    (
        "transfer-encoding-on-1xx-or-204",
        "HTTP/1.1 204 No Content\nTransfer-Encoding: chunked\n{DATE}\n\n",
        "HTTP/1.1 204 No Content\n{DATE}\n\n",
    ),
    (
        "201-without-location",
        "POST /users HTTP/1.1\n\nHTTP/1.1 201 Created\n{DATE}\n\n",
        "POST /users HTTP/1.1\n\nHTTP/1.1 201 Created\nLocation: /users/7\n{DATE}\n\n",
    ),
    (
        "201-to-safe-method",
        "GET /users HTTP/1.1\n\nHTTP/1.1 201 Created\nLocation: /users/7\n{DATE}\n\n",
        "PUT /users/7 HTTP/1.1\n\nHTTP/1.1 201 Created\nLocation: /users/7\n{DATE}\n\n",
    ),
    (
        "204-with-content",
        "HTTP/1.1 204 No Content\n{DATE}\n\n{}\n",
        "HTTP/1.1 204 No Content\n{DATE}\n\n",
    ),
    (
        "206-without-content-range",
        "HTTP/1.1 206 Partial Content\n{DATE}\n\nab\n",
        "HTTP/1.1 206 Partial Content\nContent-Range: bytes 0-1/10\n{DATE}\n\nab\n",
    ),
    (
        "206-without-range-request",
        "GET /f HTTP/1.1\n\nHTTP/1.1 206 Partial Content\nContent-Range: bytes 0-1/10\n{DATE}\n\n",
        "GET /f HTTP/1.1\nRange: bytes=0-1\n\nHTTP/1.1 206 Partial Content\nContent-Range: bytes 0-1/10\n{DATE}\n\n",
    ),
    (
        "content-range-syntax",
        "HTTP/1.1 206 Partial Content\nContent-Range: bytes 5-1/10\n{DATE}\n\n",
        "HTTP/1.1 206 Partial Content\nContent-Range: bytes 1-5/*\n{DATE}\n\n",
    ),
    (
        "2xx-with-error-body",
        "HTTP/1.1 200 OK\nContent-Type: application/json\n{DATE}\n\n{\"success\": false, \"message\": \"no such user\"}\n",
        "HTTP/1.1 200 OK\nContent-Type: application/json\n{DATE}\n\n{\"data\": {\"user\": null}, \"errors\": [{\"message\": \"x\"}]}\n",
    ),
    (
        "2xx-with-problem-details",
        "HTTP/1.1 200 OK\nContent-Type: application/problem+json\n{DATE}\n\n{}\n",
        "HTTP/1.1 404 Not Found\nContent-Type: application/problem+json\n{DATE}\n\n{}\n",
    ),
    (
        "redirect-without-location",
        "HTTP/1.1 301 Moved Permanently\n{DATE}\n\n",
        "HTTP/1.1 301 Moved Permanently\nLocation: https://example.com/\n{DATE}\n\n",
    ),
    (
        "location-syntax",
        "HTTP/1.1 302 Found\nLocation: /a b\n{DATE}\n\n",
        "HTTP/1.1 302 Found\nLocation: /a%20b\n{DATE}\n\n",
    ),
    (
        "304-with-content",
        "HTTP/1.1 304 Not Modified\n{DATE}\n\nold\n",
        "HTTP/1.1 304 Not Modified\n{DATE}\n\n",
    ),
    (
        "304-without-condition",
        "GET /a HTTP/1.1\n\nHTTP/1.1 304 Not Modified\n{DATE}\n\n",
        "GET /a HTTP/1.1\nIf-Modified-Since: Sun, 29 Nov 2026 09:00:00 GMT\n\nHTTP/1.1 304 Not Modified\n{DATE}\n\n",
    ),
    (
        "304-missing-fields",
        "GET /a HTTP/1.1\nIf-None-Match: \"x\"\n\nHTTP/1.1 304 Not Modified\n{DATE}\n\n",
        "GET /a HTTP/1.1\nIf-None-Match: \"x\"\n\nHTTP/1.1 304 Not Modified\nETag: \"x\"\n{DATE}\n\n",
    ),
    (
        "post-redirected-with-301-or-302",
        "POST /form HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /done\n{DATE}\n\n",
        "POST /form HTTP/1.1\n\nHTTP/1.1 303 See Other\nLocation: /done\n{DATE}\n\n",
    ),
    (
        "redirect-loop",
        "HTTP/1.1 302 Found\nLocation: /a\n{DATE}\n\nHTTP/1.1 302 Found\nLocation: /b\n{DATE}\n\nHTTP/1.1 302 Found\nLocation: /a\n{DATE}\n\n",
        "HTTP/1.1 302 Found\nLocation: /a\n{DATE}\n\nHTTP/1.1 302 Found\nLocation: /b\n{DATE}\n\nHTTP/1.1 200 OK\n{DATE}\n\n",
    ),
    (
        "401-without-www-authenticate",
        "HTTP/1.1 401 Unauthorized\n{DATE}\n\n",
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\"\n{DATE}\n\n",
    ),
    (
        "407-without-proxy-authenticate",
        "HTTP/1.1 407 Proxy Authentication Required\n{DATE}\n\n",
        "HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Basic realm=\"proxy\"\n{DATE}\n\n",
    ),
    (
        "405-without-allow",
        "HTTP/1.1 405 Method Not Allowed\n{DATE}\n\n",
        "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\n{DATE}\n\n",
    ),
    (
        "allow-syntax",
        "HTTP/1.1 405 Method Not Allowed\nAllow: GET; HEAD\n{DATE}\n\n",
        "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD\n{DATE}\n\n",
    ),
    (
        "405-allows-the-method",
        "POST /a HTTP/1.1\n\nHTTP/1.1 405 Method Not Allowed\nAllow: GET, POST\n{DATE}\n\n",
        "POST /a HTTP/1.1\n\nHTTP/1.1 405 Method Not Allowed\nAllow: GET\n{DATE}\n\n",
    ),
    (
        "416-without-content-range",
        "GET /f HTTP/1.1\nRange: bytes=900-\n\nHTTP/1.1 416 Range Not Satisfiable\n{DATE}\n\n",
        "GET /f HTTP/1.1\nRange: bytes=900-\n\nHTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes */100\n{DATE}\n\n",
    ),
    (
        "417-without-expect",
        "PUT /a HTTP/1.1\n\nHTTP/1.1 417 Expectation Failed\n{DATE}\n\n",
        "PUT /a HTTP/1.1\nExpect: 100-continue\n\nHTTP/1.1 417 Expectation Failed\n{DATE}\n\n",
    ),
    (
        "426-without-upgrade",
        "HTTP/1.1 426 Upgrade Required\n{DATE}\n\n",
        "HTTP/1.1 426 Upgrade Required\nUpgrade: websocket\nConnection: Upgrade\n{DATE}\n\n",
    ),
    (
        "413-without-retry-after",
        "HTTP/1.1 413 Content Too Large\n{DATE}\n\nThe upload queue is temporarily full.\n",
        "HTTP/1.1 413 Content Too Large\n{DATE}\n\nFiles are limited to 10 MB.\n",
    ),
    (
        "429-without-retry-after",
        "HTTP/1.1 429 Too Many Requests\n{DATE}\n\n",
        "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n{DATE}\n\n",
    ),
    (
        "503-without-retry-after",
        "HTTP/1.1 503 Service Unavailable\n\n",
        "HTTP/1.1 503 Service Unavailable\nRetry-After: Sun, 29 Nov 2026 11:00:00 GMT\n\n",
    ),
    (
        "retry-after-syntax",
        "HTTP/1.1 503 Service Unavailable\nRetry-After: 5 minutes\n\n",
        "HTTP/1.1 503 Service Unavailable\nRetry-After: Sunday, 29-Nov-26 11:00:00 GMT\n\n",
    ),
    (
        "date-missing",
        "HTTP/1.1 200 OK\n\n",
        "HTTP/1.1 200 Connection established\n\nHTTP/1.1 200 OK\n{DATE}\n\n",
    ),
    (
        "connect-2xx-with-framing",
        "CONNECT example.com:443 HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Length: 0\n\n",
        "CONNECT example.com:443 HTTP/1.1\n\nHTTP/1.1 200 OK\n\n",
    ),
    (
        "201-location-implied",
        "PUT /users/7 HTTP/1.1\n\nHTTP/1.1 201 Created\n{DATE}\n\n",
        "PUT /users/7 HTTP/1.1\n\nHTTP/1.1 201 Created\nLocation: /users/7\n{DATE}\n\n",
    ),
    (
        "303-without-location",
        "HTTP/1.1 303 See Other\n{DATE}\n\n",
        "HTTP/1.1 303 See Other\nLocation: /orders/1\n{DATE}\n\n",
    ),
    (
        "205-with-content",
        "HTTP/1.1 205 Reset Content\n{DATE}\n\ndone\n",
        "HTTP/1.1 205 Reset Content\nContent-Length: 0\n{DATE}\n\n",
    ),
    (
        "304-with-representation-metadata",
        "GET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\nContent-Type: text/html\n{DATE}\n\n",
        "GET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\n{DATE}\n\n",
    ),
    (
        "content-length-not-the-200s",
        "GET /a HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Length: 5\n{DATE}\n\nhello\nGET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\nContent-Length: 0\n{DATE}\n\n",
        "GET /a HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Length: 5\n{DATE}\n\nhello\nGET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\nContent-Length: 5\n{DATE}\n\n",
    ),
    (
        "304-content-length-zero",
        "GET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\nContent-Length: 0\n{DATE}\n\n",
        "GET /a HTTP/1.1\nIf-None-Match: \"1\"\n\nHTTP/1.1 304 Not Modified\nETag: \"1\"\n{DATE}\n\n",
    ),
    (
        "date-not-imf-fixdate",
        "HTTP/1.1 200 OK\nDate: Sunday, 06-Nov-94 08:49:37 GMT\n\n",
        "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\n\n",
    ),
    (
        "content-without-content-type",
        "HTTP/1.1 200 OK\n{DATE}\n\nsome bytes\n",
        "HTTP/1.1 200 OK\nContent-Type: text/plain\n{DATE}\n\nsome bytes\n",
    ),
    (
        "error-without-explanation",
        "GET /x HTTP/1.1\n\nHTTP/1.1 404 Not Found\nContent-Length: 0\n{DATE}\n\n",
        "HEAD /x HTTP/1.1\n\nHTTP/1.1 404 Not Found\nContent-Length: 0\n{DATE}\n\n",
    ),
    (
        "transfer-encoding-to-http-1.0",
        "GET /x HTTP/1.0\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Type: text/plain\n{DATE}\n\n",
        "GET /x HTTP/1.1\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Type: text/plain\n{DATE}\n\n",
    ),
    (
        "415-to-patch-without-accept-patch",
        "PATCH /x HTTP/1.1\n\nHTTP/1.1 415 Unsupported Media Type\nContent-Type: text/plain\n{DATE}\n\nno\n",
        "PATCH /x HTTP/1.1\n\nHTTP/1.1 415 Unsupported Media Type\nAccept-Patch: application/merge-patch+json\nContent-Type: text/plain\n{DATE}\n\nno\n",
    ),
    (
        "300-without-choices",
        "GET /doc HTTP/1.1\n\nHTTP/1.1 300 Multiple Choices\nContent-Length: 0\n{DATE}\n\n",
        "GET /doc HTTP/1.1\n\nHTTP/1.1 300 Multiple Choices\nContent-Type: text/html\n{DATE}\n\n<a href=\"/doc.en\">en</a>\n",
    ),
    (
        "206-missing-fields",
        "GET /f HTTP/1.1\n\nHTTP/1.1 200 OK\nETag: \"1\"\nContent-Type: text/plain\nContent-Length: 5\n{DATE}\n\nabcd\nGET /f HTTP/1.1\nRange: bytes=0-1\n\nHTTP/1.1 206 Partial Content\nContent-Range: bytes 0-1/5\nContent-Type: text/plain\n{DATE}\n\nab\n",
        "GET /f HTTP/1.1\n\nHTTP/1.1 200 OK\nETag: \"1\"\nContent-Type: text/plain\nContent-Length: 5\n{DATE}\n\nabcd\nGET /f HTTP/1.1\nRange: bytes=0-1\n\nHTTP/1.1 206 Partial Content\nETag: \"1\"\nContent-Range: bytes 0-1/5\nContent-Type: text/plain\n{DATE}\n\nab\n",
    ),
    (
        "multipart-206-with-content-range",
        "GET /f HTTP/1.1\nRange: bytes=0-1,3-4\n\nHTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=X\nContent-Range: bytes 0-4/5\n{DATE}\n\n--X--\n",
        "GET /f HTTP/1.1\nRange: bytes=0-1,3-4\n\nHTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=X\n{DATE}\n\n--X--\n",
    ),
    (
        "multipart-206-to-single-range",
        "GET /f HTTP/1.1\nRange: bytes=0-1\n\nHTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=X\n{DATE}\n\n--X--\n",
        "GET /f HTTP/1.1\nRange: bytes=0-1,3-4\n\nHTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=X\n{DATE}\n\n--X--\n",
    ),
    (
        "511-with-challenge",
        "HTTP/1.1 511 Network Authentication Required\nWWW-Authenticate: Basic realm=\"wifi\"\nContent-Type: text/html\n\n<a href=\"/login\">log in</a>\n",
        "HTTP/1.1 511 Network Authentication Required\nContent-Type: text/html\n\n<a href=\"/login\">log in</a>\n",
    ),
    (
        "challenge-syntax",
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: realm=\"api\"\nContent-Type: text/plain\n{DATE}\n\nno\n",
        "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\"\nContent-Type: text/plain\n{DATE}\n\nno\n",
    ),
    (
        "6585-response-storable",
        "HTTP/1.1 429 Too Many Requests\nCache-Control: max-age=60\n{DATE}\n\n",
        "HTTP/1.1 429 Too Many Requests\nCache-Control: no-store\n{DATE}\n\n",
    ),
    (
        "content-length-syntax",
        "HTTP/1.1 200 OK\nContent-Length: 5\nContent-Length: 6\n{DATE}\n\n",
        "HTTP/1.1 200 OK\nContent-Length: 5\n{DATE}\n\nhello",
    ),
    (
        "content-length-with-transfer-encoding",
        "HTTP/1.1 200 OK\nContent-Length: 5\nTransfer-Encoding: chunked\n{DATE}\n\n",
        "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n{DATE}\n\n",
    ),
    (
        "connection-field-in-h2-or-h3",
        "HTTP/2 200\nconnection: keep-alive\n{DATE}\n\n",
        "HTTP/2 200\n{DATE}\n\n",
    ),
    (
        "451-without-blocked-by",
        "HTTP/1.1 451 Unavailable For Legal Reasons\nContent-Type: text/plain\n{DATE}\n\nblocked by court order\n",
        "HTTP/1.1 451 Unavailable For Legal Reasons\nLink: <https://isp.example/>; rel=\"blocked-by\"\nContent-Type: text/plain\n{DATE}\n\nblocked by court order\n",
    ),
    (
        "early-data-in-response",
        "HTTP/1.1 425 Too Early\nEarly-Data: 1\nContent-Type: text/plain\n{DATE}\n\nretry\n",
        "HTTP/1.1 425 Too Early\nContent-Type: text/plain\n{DATE}\n\nretry\n",
    ),
    (
        "error-cacheable-by-shared-caches",
        "HTTP/1.1 503 Service Unavailable\nRetry-After: 5\nCache-Control: public, max-age=300\n\n",
        "HTTP/1.1 503 Service Unavailable\nRetry-After: 5\nCache-Control: no-store\n\n",
    ),
];

#[test]
fn every_check_trips_on_its_case_and_passes_the_other() {
    for (check, bad, good) in CASES {
        assert!(
            trips(check, bad),
            "{check} should trip on:\n{bad}\n{:#?}",
            findings(bad)
        );
        assert!(
            !trips(check, good),
            "{check} should pass:\n{good}\n{:#?}",
            findings(good)
        );
    }
}

#[test]
fn every_listed_check_has_its_cases_and_a_source() {
    for (id, _, source) in CHECKS {
        assert!(
            CASES.iter().any(|(c, _, _)| c == id),
            "{id} has no test case"
        );
        assert!(
            source.starts_with("RFC") || source.starts_with("IANA"),
            "{id}: {source}"
        );
    }
    assert!(CHECKS.len() >= 30);
}

#[test]
fn a_clean_response_has_no_findings() {
    let clean = "GET /users/7 HTTP/1.1\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\
                 {DATE}\nContent-Length: 12\n\n{\"id\": 7}\n\n";
    assert_eq!(findings(clean), Vec::new());
}

#[test]
fn levels_follow_the_rfc_words() {
    let f = findings("POST /u HTTP/1.1\n\nHTTP/1.1 201 Created\n{DATE}\n\n");
    assert_eq!(f[0].level, Level::Warning, "SHOULD");
    let f = findings("PUT /u HTTP/1.1\n\nHTTP/1.1 201 Created\n{DATE}\n\n");
    assert_eq!(f[0].level, Level::Note, "no SHOULD outside POST");
    let f = findings("HTTP/1.1 303 See Other\n{DATE}\n\n");
    assert_eq!(f[0].level, Level::Note, "303 has no SHOULD for Location");
}

#[test]
fn blocked_by_is_found_among_links_and_relation_types() {
    assert!(names_blocking_entity(
        "<https://isp.example/>; rel=blocked-by"
    ));
    assert!(names_blocking_entity(
        "<https://a.example/>; rel=\"next\", <https://isp.example/>; REL=\"author Blocked-By\""
    ));
    assert!(!names_blocking_entity(
        "<https://isp.example/blocked-by>; rel=\"author\""
    ));
}

#[test]
fn http_dates_in_all_three_forms() {
    assert!(is_http_date("Sun, 06 Nov 1994 08:49:37 GMT"));
    assert!(is_http_date("Sunday, 06-Nov-94 08:49:37 GMT"));
    assert!(is_http_date("Sun Nov  6 08:49:37 1994"));
    assert!(!is_http_date("2026-11-29T10:00:00Z"));
    assert!(!is_http_date("tomorrow"));
}

#[test]
fn content_ranges_past_their_complete_length_are_invalid() {
    assert!(is_content_range("bytes 0-99/100"));
    assert!(is_content_range("bytes */100"));
    assert!(!is_content_range("bytes 0-99/99"));
    assert!(!is_content_range("bytes 50-10/100"));
}

#[test]
fn messages_quote_field_values_as_sent() {
    let f = findings("HTTP/1.1 302 Found\nLocation: /a\u{1b}[2Jb\n{DATE}\n\n");
    assert!(
        f.iter().any(|f| f.message.contains("/a\u{1b}[2Jb")),
        "{f:#?}"
    );
}

/// Errors and warnings claim the RFC's MUST and SHOULD: each such check's first section
/// has a quoted sentence of that level in tests/fixtures/rfc-sentences/check.csv, except
/// where the rule is what a message can carry at all (a 204 or 304 ends with its fields).
#[test]
fn error_and_should_checks_rest_on_quoted_sentences() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/rfc-sentences/check.csv"
    );
    let mut reader = csv::Reader::from_path(path).unwrap();
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string(), r[2].to_string())
        })
        .collect();
    let framing = [
        "204-with-content",
        "304-with-content",
        "status-out-of-range",
    ];
    let contradicts = [
        "206-without-range-request",
        "2xx-with-error-body",
        "2xx-with-problem-details",
        "304-without-condition",
        "redirect-loop",
        "reason-names-other-code",
        "status-deprecated",
        "status-reserved",
        "error-cacheable-by-shared-caches",
    ];
    for (id, level, source) in CHECKS {
        if framing.contains(id) || contradicts.contains(id) || *level == Level::Note {
            continue;
        }
        // "RFC 9110 §14.4, §2.2; RFC 9114 §4.2": every document and section cited.
        let cited: Vec<(&str, &str)> = source
            .split(';')
            .filter_map(|part| part.trim().split_once(" §"))
            .flat_map(|(document, sections)| {
                sections
                    .split([',', '-'])
                    .map(move |s| (document, s.trim().trim_start_matches('§')))
            })
            .collect();
        let word = if *level == Level::Error {
            "MUST"
        } else {
            "SHOULD"
        };
        assert!(
            rows.iter().any(|(d, s, l)| cited
                .iter()
                .any(|(cd, cs)| d == cd && s == cs && l.starts_with(word))),
            "{id}: no {word} sentence quoted for {source}"
        );
    }
}

#[test]
fn redirects_of_unrelated_requests_are_no_loop() {
    // Two pages that both send an anonymous visitor to the login page.
    let text = "GET /a HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /login\n{DATE}\n\n\
                GET /login HTTP/1.1\n\nHTTP/1.1 200 OK\n{DATE}\n\n\
                GET /b HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /login\n{DATE}\n\n";
    assert!(!trips("redirect-loop", text), "{:#?}", findings(text));
    // A chain that comes back to where it started loops.
    let text = "GET /a HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /b\n{DATE}\n\n\
                GET /b HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /a\n{DATE}\n\n";
    assert!(trips("redirect-loop", text));
}

#[test]
fn a_chain_is_followed_by_its_requests() {
    let text = "GET /a HTTP/1.1\n\nHTTP/1.1 301 Moved Permanently\nLocation: /b\n{DATE}\n\n\
                GET /b HTTP/1.1\n\nHTTP/1.1 200 OK\n{DATE}\n\n"
        .replace("{DATE}", DATE);
    let mut history = History::default();
    for exchange in parse::read_all(text.as_bytes()).unwrap() {
        history.record(&exchange);
    }
    let chains = history.chains();
    let chain = chains.first().expect("one chain");
    assert_eq!(chain.codes, [301, 200]);
    assert_eq!(chain.from.as_deref(), Some("/a"));
    assert!(chain.safe_methods, "GET throughout: no method to change");
    let text = "GET /a HTTP/1.1\n\nHTTP/1.1 302 Found\nLocation: /b\n{DATE}\n\n\
                GET /c HTTP/1.1\n\nHTTP/1.1 200 OK\n{DATE}\n\n"
        .replace("{DATE}", DATE);
    let mut history = History::default();
    for exchange in parse::read_all(text.as_bytes()).unwrap() {
        history.record(&exchange);
    }
    assert!(history.chains().is_empty(), "two requests, no chain");
}
