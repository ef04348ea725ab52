//! Protocol vocabularies through the real binary: a name typed alone or after its protocol,
//! in any case style, answers with the protocol's own mapping, its source and the code's
//! card; unknown names get one line naming the closest; cards, lists and search carry them.

use crate::common::{json_of, stderr_of, stdout_of};

#[test]
fn a_protocol_name_answers_with_its_mapping_source_and_the_card() {
    let out = stdout_of(&["FAILED_PRECONDITION"], 0);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("gRPC FAILED_PRECONDITION (9)"), "{first}");
    assert!(first.ends_with("400 Bad Request"), "{first}");
    assert!(out.contains("google/rpc/code.proto"), "{out}");
    assert!(out.contains("Quote"), "{out}");
    // The reverse: what a gRPC client makes of a 400 without grpc-status.
    assert!(out.contains("INTERNAL (13)"), "{out}");
    assert!(
        out.lines().any(|l| l.starts_with("400 Bad Request")),
        "{out}"
    );
}

#[test]
fn every_case_style_finds_the_same_name() {
    for form in [
        &["FAILED_PRECONDITION"][..],
        &["failed_precondition"],
        &["FailedPrecondition"],
        &["grpc", "failed-precondition"],
        &["grpc", "9"],
        &["gRPC", "FAILED_PRECONDITION"],
    ] {
        let value = json_of(&[form, &["--json"]].concat(), 0);
        assert_eq!(value["vocabulary"], "grpc", "{form:?}");
        assert_eq!(value["name"], "FAILED_PRECONDITION", "{form:?}");
        assert_eq!(value["code"], 400, "{form:?}");
        assert_eq!(value["status"]["code"], 400, "{form:?}");
    }
}

#[test]
fn the_names_developers_meet_map_as_their_specifications_say() {
    let cases: &[(&[&str], &str, u64)] = &[
        (&["invalid_grant"], "oauth", 400),
        (&["insufficient_scope"], "oauth", 403),
        (&["NoSuchKey"], "s3", 404),
        (&["s3", "SlowDown"], "s3", 503),
        (&["grpc", "NOT_FOUND"], "grpc", 404),
        (&["grpc", "5"], "grpc", 404),
        (&["RESOURCE_EXHAUSTED"], "grpc", 429),
        (&["scim", "uniqueness"], "scim", 409),
        (&["k8s", "Conflict"], "kubernetes", 409),
        (&["kubernetes", "AlreadyExists"], "kubernetes", 409),
        (&["acme", "badNonce"], "acme", 400),
    ];
    for (args, vocabulary, code) in cases {
        let value = json_of(&[args, &["--json"][..]].concat(), 0);
        let found = match &value {
            serde_json::Value::Array(items) => items
                .iter()
                .find(|i| i["vocabulary"] == *vocabulary)
                .cloned()
                .unwrap_or_else(|| panic!("{args:?}: {value}")),
            _ => value.clone(),
        };
        assert_eq!(found["vocabulary"], *vocabulary, "{args:?}");
        assert_eq!(found["code"], *code, "{args:?}");
        assert!(
            found["source"]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://"),
            "{args:?}"
        );
        assert!(found["quote"].as_str().unwrap().len() >= 10, "{args:?}");
    }
}

#[test]
fn a_name_several_protocols_use_lists_each() {
    let value = json_of(&["InternalError", "--json"], 0);
    let vocabularies: Vec<&str> = value
        .as_array()
        .expect("an array for several entries")
        .iter()
        .map(|e| e["vocabulary"].as_str().unwrap())
        .collect();
    assert!(vocabularies.contains(&"s3"), "{vocabularies:?}");
    assert!(vocabularies.contains(&"kubernetes"), "{vocabularies:?}");
    let out = stdout_of(&["InternalError"], 0);
    assert!(out.contains("Amazon S3 InternalError"), "{out}");
    assert!(out.contains("Kubernetes InternalError"), "{out}");
}

#[test]
fn unknown_names_get_one_line_with_the_closest_and_exit_1() {
    let err = stderr_of(&["grpc", "NOT_FOUNDD"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("not a known gRPC name"), "{err}");
    assert!(err.contains("NOT_FOUND"), "{err}");
    let err = stderr_of(&["FAILED_PRECONDITON"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("gRPC FAILED_PRECONDITION"), "{err}");
    let err = stderr_of(&["grpc", "99"], 1);
    assert!(err.contains("0 to 16"), "{err}");
    let err = stderr_of(&["list", "nosuchprotocol"], 2);
    assert!(err.contains("grpc"), "{err}");
}

#[test]
fn ordinary_words_stay_searches() {
    // "timeout" and "expired" are also Kubernetes reasons; typed as plain words they are
    // what a developer searches for.
    for word in ["timeout", "expired", "grpc timeout"] {
        let args: Vec<&str> = word.split(' ').collect();
        let value = json_of(&[&args[..], &["--json"]].concat(), 0);
        let items = value.as_array().expect("search results");
        assert!(items[0].get("situation").is_some(), "{word}: {value}");
    }
}

#[test]
fn a_protocol_alone_or_listed_shows_its_table() {
    let out = stdout_of(&["list", "grpc"], 0);
    assert!(out.contains("UNAUTHENTICATED (16)"), "{out}");
    assert!(out.contains("Status → name a gRPC client reports"), "{out}");
    assert!(out.contains("https://"), "{out}");
    assert_eq!(stdout_of(&["grpc"], 0), out);
    let value = json_of(&["list", "grpc", "--json"], 0);
    let sends = value["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["direction"] == "sends")
        .count();
    assert_eq!(sends, 17, "every gRPC status code");
    let brief = stdout_of(&["list", "s3", "--brief"], 0);
    assert!(brief.lines().count() >= 40, "{brief}");
    assert!(
        brief.lines().all(|l| l.starts_with("Amazon S3 ")),
        "{brief}"
    );
}

#[test]
fn cards_name_what_maps_to_them() {
    let out = stdout_of(&["404"], 0);
    let section: Vec<&str> = out
        .lines()
        .skip_while(|l| *l != "In protocols")
        .take_while(|l| !l.is_empty())
        .collect();
    assert!(
        section
            .iter()
            .any(|l| l.contains("gRPC") && l.contains("NOT_FOUND (5)")),
        "{out}"
    );
    assert!(
        section
            .iter()
            .any(|l| l.contains("NoSuchKey") || l.contains("+")),
        "{out}"
    );
    let full = stdout_of(&["404", "--full"], 0);
    assert!(full.contains("google/rpc/code.proto"), "{full}");
    assert!(
        full.contains("a client reads it as UNIMPLEMENTED (12)"),
        "{full}"
    );
    let value = json_of(&["404", "--json"], 0);
    let names: Vec<&str> = value["protocols"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"NOT_FOUND") && names.contains(&"NoSuchKey"),
        "{names:?}"
    );
}

#[test]
fn search_finds_a_protocols_answer_named_or_not() {
    let top = |words: &[&str]| {
        let value = json_of(&[&["search"][..], words, &["--json"]].concat(), 0);
        value[0]["code"].as_u64().unwrap()
    };
    assert_eq!(top(&["grpc", "failed", "precondition"]), 400);
    assert_eq!(top(&["s3", "bucket", "not", "empty"]), 409);
    assert_eq!(
        top(&["delete", "a", "bucket", "that", "still", "has", "objects"]),
        409
    );
    // The answer comes from the protocol: a situation written for it, or its table's entry.
    let value = json_of(&["search", "grpc", "failed", "precondition", "--json"], 0);
    let said = format!("{} {}", value[0]["situation"], value[0]["protocol"]);
    assert!(said.contains("gRPC") || said.contains("grpc"), "{value}");
    let value = json_of(
        &["search", "kubernetes", "storage", "read", "error", "--json"],
        0,
    );
    assert_eq!(value[0]["protocol"]["name"], "StorageReadError", "{value}");
    assert_eq!(value[0]["code"], 500);
    let out = stdout_of(&["search", "kubernetes", "storage", "read", "error"], 0);
    assert!(out.contains("Kubernetes StorageReadError"), "{out}");
    assert!(
        out.contains("httpcode kubernetes StorageReadError"),
        "{out}"
    );
}
