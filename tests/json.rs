//! `--json` output: valid JSON on stdout only, the documented shape, and the schema file.

mod common;

use common::{httpcode, json_of};
use serde_json::Value;

fn validator() -> jsonschema::Validator {
    let text = include_str!("../src/render/status.schema.json");
    let schema: Value = serde_json::from_str(text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema compiles")
}

fn assert_valid(value: &Value, what: &str) {
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn one_code_is_an_object_with_code_and_name() {
    let value = json_of(&["404", "--json"], 0);
    assert_eq!(value["code"], 404);
    assert_eq!(value["name"], "Not Found");
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["class"], "4xx");
    assert_eq!(value["standing"], "standard");
    assert_eq!(value["spec"]["section"], "15.5.5");
    assert_valid(&value, "404");
}

#[test]
fn several_codes_a_class_and_list_are_arrays() {
    let value = json_of(&["401", "403", "--json"], 0);
    let items = value.as_array().expect("array");
    assert_eq!(items.len(), 2);
    assert_eq!(items[1]["code"], 403);
    let class = json_of(&["5xx", "--json"], 0);
    assert!(
        class
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["class"] == "5xx")
    );
    let list = json_of(&["list", "--json"], 0);
    assert!(list.as_array().unwrap().len() > 90);
    for (args, value) in [("401 403", value), ("5xx", class), ("list", list)] {
        assert_valid(&value, args);
    }
}

#[test]
fn every_code_validates_against_the_schema() {
    let mut codes: Vec<String> = (100..=599).map(|c: u16| c.to_string()).collect();
    codes.push("--json".into());
    let args: Vec<&str> = codes.iter().map(String::as_str).collect();
    let value = json_of(&args, 0);
    assert_eq!(value.as_array().unwrap().len(), 500);
    assert_valid(&value, "100..=599");
}

#[test]
fn vendor_codes_carry_their_vendor_and_are_not_official() {
    let value = json_of(&["499", "--json"], 0);
    assert_eq!(value["official"], false);
    assert_eq!(value["standing"], "unofficial");
    assert!(value["vendor"].as_str().unwrap().contains("nginx"));
    let teapot = json_of(&["418", "--json"], 0);
    assert_eq!(teapot["official"], true);
    assert_eq!(teapot["standing"], "reserved");
    assert!(
        teapot["also_used_as"]
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["official"] == false)
    );
}

#[test]
fn json_is_never_coloured_and_stderr_stays_clean() {
    let output = httpcode()
        .args(["422", "--json", "--color", "always"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(!text.contains('\x1b'));
    serde_json::from_str::<Value>(&text).unwrap();
}
