//! `httpcode which`: scripted paths, the drawn tree, JSON, and never waiting without a terminal.

mod common;

use common::{httpcode, json_of, stderr_of, stdout_of};

/// Situations an API developer meets, as scripted answers, and the code they must reach.
const SCENARIOS: &[(&str, u16)] = &[
    ("yes/created/new", 201),
    ("yes/created/already existed", 303),
    ("yes/still running", 202),
    ("yes/client has it/yes", 304),
    ("yes/client has it/no", 200),
    ("yes/range request/yes", 206),
    ("yes/range request/out of range", 416),
    ("yes/completed/yes", 200),
    ("yes/completed/no", 204),
    ("redirect/moved/permanent/yes", 308),
    ("redirect/moved/permanent/no", 301),
    ("redirect/moved/temporary/yes", 307),
    ("redirect/moved/temporary/no", 302),
    ("redirect/see other", 303),
    ("redirect/use cached copy", 304),
    ("no/client/identity or access/not authenticated", 401),
    ("no/client/identity or access/not allowed/yes", 403),
    ("no/client/identity or access/not allowed/no", 404),
    ("no/client/target resource/missing/yes", 410),
    ("no/client/target resource/missing/no or unknown", 404),
    ("no/client/target resource/wrong method/yes", 405),
    ("no/client/target resource/wrong method/no", 501),
    ("no/client/target resource/legal block", 451),
    ("no/client/content or format/malformed", 400),
    ("no/client/content or format/invalid values", 422),
    ("no/client/content or format/unsupported type", 415),
    ("no/client/content or format/no acceptable format", 406),
    ("no/client/resource state/conflict", 409),
    ("no/client/resource state/precondition failed", 412),
    ("no/client/resource state/precondition missing", 428),
    ("no/client/size, rate or time/body size", 413),
    ("no/client/size, rate or time/uri length", 414),
    ("no/client/size, rate or time/header size", 431),
    ("no/client/size, rate or time/request rate", 429),
    ("no/client/size, rate or time/time to send", 408),
    ("no/server/bug", 500),
    ("no/server/overload or maintenance", 503),
    ("no/server/upstream failed/bad answer", 502),
    ("no/server/upstream failed/no answer in time", 504),
    ("no/server/not implemented", 501),
];

#[test]
fn scripted_scenarios_reach_their_codes() {
    assert!(SCENARIOS.len() >= 25);
    for (path, code) in SCENARIOS {
        let value = json_of(&["which", "--path", path, "--json"], 0);
        assert_eq!(value["leaf"]["code"], *code, "{path}");
        assert_eq!(value["status"]["code"], *code, "{path}");
        let steps = value["path"].as_array().unwrap();
        assert_eq!(steps.len(), path.split('/').count(), "{path}");
    }
}

#[test]
fn a_path_prints_the_reasoning_then_the_card() {
    let out = stdout_of(
        &[
            "which",
            "--path",
            "no/client/size, rate or time/request rate",
        ],
        0,
    );
    assert!(out.contains("→ 429 Too Many Requests"), "{out}");
    assert!(out.contains("Why:"));
    assert!(out.contains("Avoid:"));
    assert!(out.contains("Retry-After"));
    let card = out
        .find("\n429 Too Many Requests")
        .expect("the card follows");
    assert!(card > out.find("Why:").unwrap());
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
            "moved/temporary/yes",
            "--json",
        ],
        0,
    );
    assert_eq!(redirect["leaf"]["code"], 307);
}

#[test]
fn a_bad_path_names_the_step_and_its_answers() {
    let err = stderr_of(&["which", "--path", "no/sideways"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("step 2"), "{err}");
    assert!(err.contains("'sideways'"));
    assert!(err.contains("client") && err.contains("server"), "{err}");
    let err = stderr_of(&["which", "--path", "no"], 2);
    assert!(err.contains("stops at step 2"), "{err}");
    let err = stderr_of(&["which", "--path", "yes/still running/more"], 2);
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
    assert!(out.starts_with("Did the request succeed?"));
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
    assert!(String::from_utf8_lossy(&output.stdout).contains("Did the request succeed?"));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("--path"), "{err}");
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
