//! `httpcode which`: scripted paths, the drawn tree, JSON, and never waiting without a terminal.

use crate::common::{httpcode, json_of, stderr_of, stdout_of};

/// Situations an API or web designer meets, the honest answers to the tree's questions, and
/// the code an expert would choose. At least one per code the tree must reach.
const SCENARIOS: &[(&str, &str, u16)] = &[
    ("sign-up form creates a user", "worked/created/new", 201),
    (
        "a create matches an existing record",
        "worked/created/already existed",
        303,
    ),
    ("a video export is queued", "worked/started/yes, a job", 202),
    (
        "a webhook receiver queues the event",
        "worked/started/no, queued",
        202,
    ),
    ("a bulk import where some rows fail", "worked/mixed", 207),
    (
        "a player seeks inside a video",
        "worked/part of a file/yes",
        206,
    ),
    (
        "a dynamic report ignores Range",
        "worked/part of a file/whole file",
        200,
    ),
    (
        "a search returns matching items",
        "worked/has a result/no",
        200,
    ),
    ("a filter matches no orders", "worked/found nothing", 200),
    (
        "a settings update with nothing to return",
        "worked/nothing to send/keep it",
        204,
    ),
    (
        "a data-entry form clears after each save",
        "worked/nothing to send/reset it",
        205,
    ),
    (
        "an API endpoint that takes POST moved for good",
        "go elsewhere/moved/for good/keep method",
        308,
    ),
    (
        "a blog post got a new permanent URL",
        "go elsewhere/moved/for good/get is fine",
        301,
    ),
    (
        "writes go to another region during failover",
        "go elsewhere/moved/for now/keep method",
        307,
    ),
    (
        "a page is served elsewhere during a sale",
        "go elsewhere/moved/for now/get is fine",
        302,
    ),
    (
        "after a form POST, show the order page",
        "go elsewhere/form result",
        303,
    ),
    (
        "a polled export job has finished and its file has a URL",
        "go elsewhere/job result",
        303,
    ),
    (
        "a logged-out browser opens a members-only page",
        "go elsewhere/sign in first",
        302,
    ),
    (
        "an expired JWT is sent",
        "failed/the request/who/rejected credentials/token expired",
        401,
    ),
    (
        "the password was right but the 2FA code is missing",
        "failed/the request/who/second factor",
        401,
    ),
    (
        "a banned user calls the API",
        "failed/the request/who/account state/banned",
        403,
    ),
    (
        "the customer's subscription has lapsed",
        "failed/the request/who/payment or plan/subscription lapsed",
        403,
    ),
    (
        "an upload fails the antivirus scan",
        "failed/the request/what/harmful content",
        403,
    ),
    (
        "a GraphQL query fails validation",
        "failed/the request/what/graphql document",
        422,
    ),
    (
        "a GraphQL resolver fails but other fields return data",
        "worked/partial data",
        200,
    ),
    (
        "an mTLS endpoint gets no client certificate",
        "failed/the request/who/rejected credentials/client certificate",
        403,
    ),
    (
        "the user has not verified their email",
        "failed/the request/who/account state/not verified",
        403,
    ),
    (
        "the account is locked after failed logins",
        "failed/the request/who/account state/locked out",
        403,
    ),
    (
        "the card was declined",
        "failed/the request/who/payment or plan/card declined",
        402,
    ),
    (
        "the plan's seat limit is reached",
        "failed/the request/who/payment or plan/plan limit",
        403,
    ),
    (
        "an invitation link has expired",
        "failed/the request/where/nothing there/link expired",
        410,
    ),
    (
        "a deprecated endpoint is still served",
        "worked/has a result/deprecated",
        200,
    ),
    (
        "a CORS preflight arrives",
        "worked/preflight or head/preflight",
        204,
    ),
    (
        "a HEAD request to a GET endpoint",
        "worked/preflight or head/head",
        200,
    ),
    (
        "a write arrives while the service is read-only",
        "failed/the server/read-only",
        503,
    ),
    (
        "operators switched a feature off",
        "failed/the server/switched off",
        503,
    ),
    (
        "a sanctioned country signs up",
        "failed/outside rule/legal demand/user or country",
        451,
    ),
    (
        "an upload would go over the account's quota",
        "failed/the request/how much/storage quota",
        507,
    ),
    (
        "an Idempotency-Key is reused with a different body",
        "failed/the request/state/idempotency key/different body",
        422,
    ),
    (
        "a retry arrives while the first request is still running",
        "failed/the request/state/idempotency key/still running",
        409,
    ),
    (
        "nginx cannot resolve the upstream host name",
        "failed/the server/upstream/cannot resolve",
        502,
    ),
    (
        "the database is down",
        "failed/the server/upstream/database",
        503,
    ),
    (
        "the Node app behind nginx crashed: connection refused",
        "failed/the server/upstream/refused",
        502,
    ),
    (
        "a method no resource on the server implements",
        "failed/the server/unknown method",
        501,
    ),
    (
        "a large upload waits with Expect: 100-continue",
        "not final yet/send the body",
        100,
    ),
    (
        "accept a WebSocket handshake",
        "not final yet/switch protocols",
        101,
    ),
    (
        "the page takes a second to render; preload its CSS",
        "not final yet/early hints",
        103,
    ),
    (
        "If-None-Match matches the current ETag",
        "go elsewhere/cached copy current",
        304,
    ),
    (
        "a document exists in several languages",
        "go elsewhere/choose one",
        300,
    ),
    (
        "the access token has expired",
        "failed/the request/who/no credentials",
        401,
    ),
    (
        "a viewer tries to delete a project",
        "failed/the request/who/not allowed/yes",
        403,
    ),
    (
        "another tenant's private repository",
        "failed/the request/who/not allowed/no",
        404,
    ),
    (
        "prepaid credits have run out",
        "failed/the request/who/payment or plan/credit ran out",
        402,
    ),
    (
        "a corporate proxy wants a login",
        "failed/the request/who/proxy sign-in",
        407,
    ),
    (
        "a retired article was taken down for good",
        "failed/the request/where/nothing there/removed for good",
        410,
    ),
    (
        "an order id that does not exist",
        "failed/the request/where/nothing there/no or unknown",
        404,
    ),
    (
        "DELETE on a read-only collection",
        "failed/the request/where/method/yes",
        405,
    ),
    (
        "a made-up method the server does not know",
        "failed/the request/where/method/no",
        501,
    ),
    (
        "a reused HTTP/2 connection hits the wrong host",
        "failed/the request/where/connection/wrong server",
        421,
    ),
    (
        "plain HTTP sent to a WebSocket endpoint",
        "failed/the request/where/connection/must upgrade",
        426,
    ),
    (
        "a request line with an unsupported major version",
        "failed/the request/where/connection/http version",
        505,
    ),
    (
        "a payment request arrives in 0-RTT data",
        "failed/the request/where/connection/early data",
        425,
    ),
    (
        "a page blocked by a court order",
        "failed/the request/where/legal demand/content",
        451,
    ),
    (
        "a body with broken JSON",
        "failed/the request/what/cannot parse",
        400,
    ),
    (
        "an email field that is not an email",
        "failed/the request/what/invalid values",
        422,
    ),
    (
        "XML posted to a JSON-only endpoint",
        "failed/the request/what/body format",
        415,
    ),
    (
        "Accept: text/csv where only JSON exists",
        "failed/the request/what/response format",
        406,
    ),
    (
        "a chunked upload where length is required",
        "failed/the request/what/headers/content-length",
        411,
    ),
    (
        "an Expect value the server cannot meet",
        "failed/the request/what/headers/expect",
        417,
    ),
    (
        "a PUT without the required If-Match",
        "failed/the request/what/headers/if-match",
        428,
    ),
    (
        "a missing X-Tenant-Id header",
        "failed/the request/what/headers/another header",
        400,
    ),
    (
        "a download resumed past the end of the file",
        "failed/the request/what/byte range",
        416,
    ),
    (
        "an order that was already shipped is cancelled",
        "failed/the request/state/conflict",
        409,
    ),
    (
        "If-Match carries an outdated ETag",
        "failed/the request/state/condition false",
        412,
    ),
    (
        "an update must be conditional and is not",
        "failed/the request/state/condition missing",
        428,
    ),
    (
        "a WebDAV file locked by a colleague",
        "failed/the request/state/locked",
        423,
    ),
    (
        "a PROPPATCH whose first change failed",
        "failed/the request/state/dependency failed",
        424,
    ),
    (
        "a 2 GB upload where 100 MB is the limit",
        "failed/the request/how much/body size",
        413,
    ),
    (
        "a GET with a huge query string",
        "failed/the request/how much/url length",
        414,
    ),
    (
        "a browser with oversized cookies",
        "failed/the request/how much/header size",
        431,
    ),
    (
        "a client over its per-minute limit",
        "failed/the request/how much/request rate",
        429,
    ),
    (
        "a client that stalls while sending",
        "failed/the request/how much/too slow",
        408,
    ),
    (
        "a null pointer in the handler",
        "failed/the server/bug",
        500,
    ),
    (
        "the site is down for maintenance",
        "failed/the server/unavailable",
        503,
    ),
    (
        "the app behind the proxy sends garbage",
        "failed/the server/upstream/bad answer",
        502,
    ),
    (
        "the payment provider does not answer in time",
        "failed/the server/upstream/no answer in time",
        504,
    ),
    (
        "an endpoint that is planned but not built",
        "failed/the server/not built",
        501,
    ),
    (
        "the disk fills up during an upload",
        "failed/the server/storage full",
        507,
    ),
    (
        "a WebDAV Depth: infinity copy meets a cycle",
        "failed/the server/loop",
        508,
    ),
    (
        "a government order blocks the content",
        "failed/outside rule/legal demand/user or country",
        451,
    ),
    (
        "hotel Wi-Fi wants a sign-in first",
        "failed/outside rule/network sign-in",
        511,
    ),
    (
        "a proxy on the way wants credentials",
        "failed/outside rule/proxy sign-in",
        407,
    ),
];

/// Every registered code an API or web designer may choose to send.
const DESIGNER_CODES: [u64; 51] = [
    200, 201, 202, 204, 205, 206, 207, 300, 301, 302, 303, 304, 307, 308, 400, 401, 402, 403, 404,
    405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423, 424, 425, 426,
    428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 511,
];

#[test]
fn scripted_scenarios_reach_their_codes() {
    for (scenario, path, code) in SCENARIOS {
        let value = json_of(&["which", "--path", path, "--json"], 0);
        assert_eq!(value["leaf"]["code"], *code, "{scenario}: {path}");
        assert_eq!(value["status"]["code"], *code, "{scenario}: {path}");
        let steps = value["path"].as_array().unwrap();
        assert_eq!(steps.len(), path.split('/').count(), "{path}");
        assert!(steps.len() <= 6, "{scenario}: more than six questions");
    }
    for code in DESIGNER_CODES {
        assert!(
            SCENARIOS.iter().any(|(_, _, c)| u64::from(*c) == code),
            "no scenario reaches {code}"
        );
    }
}

#[test]
fn a_path_prints_the_card_then_the_answers_and_why_where_they_stay_visible() {
    let out = stdout_of(&["which", "--path", "failed/the request/state/conflict"], 0);
    let card = out.find("409 Conflict").expect("the card");
    let why = out.rfind("RFC 9110 §15.5.10").expect("why");
    assert!(card < why);
    let tail: Vec<&str> = out.lines().rev().take(14).collect();
    let tail = tail.join("\n");
    for text in [
        "409 Conflict: the request clashes with the resource's current state",
        "412 Precondition Failed, if the client sent If-Match",
        "423 Locked",
        "422 Unprocessable Content",
        "httpcode 409",
        "state",
    ] {
        assert!(tail.contains(text), "{text} not in the last lines:\n{tail}");
    }
}

#[test]
fn a_leaf_and_the_catalogue_share_one_record() {
    let leaf = json_of(
        &[
            "which",
            "--path",
            "failed/the request/state/locked",
            "--json",
        ],
        0,
    );
    let id = leaf["leaf"]["situation_id"].as_str().unwrap();
    let hits = json_of(
        &[
            "search",
            "--json",
            "--limit",
            "1",
            "--",
            "office file open by someone else on the share",
        ],
        0,
    );
    assert_eq!(hits[0]["situation_id"], id);
    assert_eq!(hits[0]["why"], leaf["leaf"]["why"]);
}

#[test]
fn answers_by_number_and_prefix_and_subtrees() {
    let by_number = json_of(&["which", "--path", "3/1/1/1", "--json"], 0);
    assert_eq!(by_number["leaf"]["code"], 401);
    let from_subtree = json_of(
        &["which", "server", "--path", "upstream/no answer", "--json"],
        0,
    );
    assert_eq!(from_subtree["leaf"]["code"], 504);
    let redirect = json_of(
        &[
            "which",
            "redirect",
            "--path",
            "moved/for now/keep",
            "--json",
        ],
        0,
    );
    assert_eq!(redirect["leaf"]["code"], 307);
}

#[test]
fn a_bad_path_names_the_step_and_its_answers() {
    let err = stderr_of(&["which", "--path", "failed/sideways"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("step 2"), "{err}");
    assert!(err.contains("'sideways'"));
    assert!(
        err.contains("the request") && err.contains("the server"),
        "{err}"
    );
    let err = stderr_of(&["which", "--path", "failed"], 2);
    assert!(err.contains("stops at step 2"), "{err}");
    let err = stderr_of(&["which", "--path", "worked/started/yes/more"], 2);
    assert!(err.contains("202"), "{err}");
    let err = stderr_of(&["which", "nowhere"], 2);
    assert!(
        err.contains("starting point") && err.contains("redirect"),
        "{err}"
    );
}

#[test]
fn the_tree_is_drawn_with_codes_and_names() {
    let out = stdout_of(&["which", "--tree"], 0);
    assert!(out.starts_with("What happened to the request?"));
    for text in [
        "├─ ",
        "└─ ",
        "│  ",
        "201 Created",
        "304 Not Modified",
        "504 Gateway Timeout",
    ] {
        assert!(out.contains(text), "{text}");
    }
    let sub = stdout_of(&["which", "redirect", "--tree"], 0);
    assert!(sub.contains("308 Permanent Redirect"));
    assert!(!sub.contains("404 Not Found"));
}

#[test]
fn the_tree_wraps_to_the_terminal_width() {
    for width in [40, 60, 100] {
        let output = httpcode()
            .args(["which", "--tree"])
            .env("COLUMNS", width.to_string())
            .output()
            .unwrap();
        let out = String::from_utf8(output.stdout).unwrap();
        for line in out.lines() {
            assert!(line.chars().count() <= width, "{width}: {line:?}");
        }
    }
}

#[test]
fn the_tree_as_json_has_questions_answers_and_leaves() {
    fn check(node: &serde_json::Value, leaves: &mut usize) {
        if let Some(code) = node.get("code") {
            assert!(code.is_u64());
            assert!(node["name"].is_string() && node["why"].is_string());
            *leaves += 1;
        } else {
            assert!(node["question"].is_string(), "{node}");
            let answers = node["answers"].as_array().unwrap();
            assert!(answers.len() >= 2);
            for answer in answers {
                assert!(answer["answer"].is_string());
                check(&answer["next"], leaves);
            }
        }
    }
    let mut leaves = 0;
    check(&json_of(&["which", "--tree", "--json"], 0), &mut leaves);
    assert!(leaves >= 30, "{leaves}");
}

#[test]
fn without_a_terminal_it_never_waits() {
    let output = httpcode()
        .arg("which")
        .timeout(std::time::Duration::from_secs(5))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("What happened to the request?"));
    let err = String::from_utf8_lossy(&output.stderr);
    // The hint gives a complete path, which reaches a code as it stands.
    let path = err
        .split("--path ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no --path in {err}"));
    let value = json_of(&["which", "--path", path, "--json"], 0);
    assert!(value["leaf"]["code"].is_u64(), "{path}");
}

#[test]
fn rest_map_lists_operations_and_filters_by_method() {
    let out = stdout_of(&["rest"], 0);
    for text in [
        "GET /users",
        "POST /users",
        "DELETE /users/{id}",
        "PATCH",
        "PUT",
        "202",
    ] {
        assert!(out.contains(text), "{text}");
    }
    let post = stdout_of(&["rest", "post"], 0);
    assert!(post.contains("POST /users") && post.contains("201"));
    assert!(!post.contains("DELETE"));
    let value = json_of(&["rest", "DELETE", "--json"], 0);
    let ops = value.as_array().unwrap();
    assert!(ops.iter().all(|op| op["method"] == "DELETE"));
    assert!(
        ops[0]["success"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["code"] == 204)
    );
    let err = stderr_of(&["rest", "BREW"], 2);
    assert!(err.contains("GET"), "{err}");
}
