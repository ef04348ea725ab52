//! `httpcode compare`: codes side by side, the curated note, the redirect matrix, JSON.

use crate::common::{json_of, stderr_of, stdout_of};

#[test]
fn two_codes_side_by_side_with_the_curated_note() {
    let out = stdout_of(&["compare", "401", "403"], 0);
    let heading = out.lines().next().unwrap();
    assert!(
        heading.contains("401") && heading.contains("403"),
        "{heading}"
    );
    for row in [
        "Name",
        "In short",
        "Meaning",
        "Use it when",
        "Cacheable",
        "Retry",
        "Headers",
    ] {
        assert!(
            out.lines().any(|l| l.trim_start().starts_with(row)),
            "row {row}"
        );
    }
    assert!(out.contains("Unauthorized") && out.contains("Forbidden"));
    assert!(out.contains("WWW-Authenticate"));
    assert!(out.contains("401 vs 403"), "{out}");
}

#[test]
fn the_redirect_family_is_a_matrix() {
    let out = stdout_of(&["compare", "301", "302", "303", "307", "308"], 0);
    let row = |name: &str| -> Vec<String> {
        let label = format!("  {name} ");
        let line = out.lines().find(|l| l.starts_with(&label)).unwrap();
        line.split_whitespace()
            .skip(name.split(' ').count())
            .map(String::from)
            .collect()
    };
    assert_eq!(row("Permanent"), ["yes", "no", "no", "no", "yes"]);
    assert_eq!(row("Method kept"), ["no", "no", "no", "yes", "yes"]);
}

#[test]
fn every_curated_comparison_renders() {
    let pairs: &[&[&str]] = &[
        &["401", "403"],
        &["400", "422"],
        &["404", "410"],
        &["403", "404"],
        &["409", "412"],
        &["405", "501"],
        &["500", "503"],
        &["502", "504"],
        &["200", "201", "204"],
        &["301", "302", "303", "307", "308"],
        &["429", "503"],
        &["301", "308"],
    ];
    for codes in pairs {
        let mut args = vec!["compare"];
        args.extend_from_slice(codes);
        let out = stdout_of(&args, 0);
        assert!(!out.contains("No curated note"), "{codes:?}");
        args.push("--json");
        let value = json_of(&args, 0);
        assert_eq!(value["codes"].as_array().unwrap().len(), codes.len());
        assert!(value["comparison"]["note"].is_string(), "{codes:?}");
        assert_eq!(
            value["comparison"]["rules"].as_array().unwrap().len(),
            value["comparison"]["covers"].as_array().unwrap().len()
        );
    }
}

#[test]
fn names_and_constants_work_and_order_does_not_matter() {
    let value = json_of(&["compare", "Forbidden", "StatusUnauthorized", "--json"], 0);
    assert_eq!(value["codes"][0]["code"], 403);
    assert_eq!(value["codes"][1]["code"], 401);
    assert!(
        value["comparison"]["title"]
            .as_str()
            .unwrap()
            .contains("401")
    );
}

#[test]
fn pairs_without_a_note_still_compare() {
    let out = stdout_of(&["compare", "100", "418"], 0);
    assert!(out.contains("No curated note"));
}

#[test]
fn bad_arguments_are_usage_errors() {
    let err = stderr_of(&["compare", "401"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    let err = stderr_of(&["compare", "401", "432"], 2);
    assert!(err.contains("unassigned"), "{err}");
    let err = stderr_of(&["compare", "401", "4xx"], 2);
    assert!(err.contains("not one code"), "{err}");
}
