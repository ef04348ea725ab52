//! `--json` output: valid JSON on stdout only, and every command's output in every mode
//! valid against its schema in `schemas/`.

mod common;

use common::{httpcode, json_of, stderr_of};
use serde_json::Value;

/// A schema from `schemas/`, with the others it refers to registered by their `$id`.
fn schema(name: &str) -> jsonschema::Validator {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas");
    let read = |file: &str| -> Value {
        let text = std::fs::read_to_string(format!("{dir}/{file}")).expect("reads the schema");
        serde_json::from_str(&text).expect("the schema is JSON")
    };
    let mut options = jsonschema::options();
    for entry in std::fs::read_dir(dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        let value = read(&file);
        let id = value["$id"]
            .as_str()
            .expect("every schema has an $id")
            .to_string();
        options = options.with_resource(
            id,
            jsonschema::Resource::from_contents(value).expect("a resource"),
        );
    }
    options.build(&read(name)).expect("the schema compiles")
}

fn validator() -> jsonschema::Validator {
    schema("status.schema.json")
}

fn assert_valid_against(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn assert_valid(value: &Value, what: &str) {
    assert_valid_against(&validator(), value, what);
}

#[test]
fn every_command_and_mode_validates_against_its_schema() {
    let cases: &[(&str, &[&str])] = &[
        ("status", &["404", "--json"]),
        ("status", &["401", "403", "--json"]),
        ("status", &["5xx", "--json"]),
        ("status", &["42x", "--json"]),
        ("status", &["HTTP/1.1 503 Service Unavailable", "--json"]),
        ("status", &["StatusTooManyRequests", "--json"]),
        ("status", &["list", "--json"]),
        (
            "status",
            &["list", "--class", "4xx", "--unofficial", "--json"],
        ),
        ("search", &["search", "rate", "limit", "--json"]),
        ("search", &["user", "is", "banned", "--json"]),
        ("search", &["404", "rate", "limit", "--json"]),
        ("compare", &["compare", "401", "403", "--json"]),
        ("compare", &["compare", "200", "418", "--json"]),
        ("which-path", &["which", "--path", "1/1/1", "--json"]),
        (
            "which-path",
            &["which", "server", "--path", "upstream/no", "--json"],
        ),
        ("which-tree", &["which", "--tree", "--json"]),
        ("which-tree", &["which", "redirect", "--tree", "--json"]),
        ("which-tree", &["which", "--json"]),
        ("rest", &["rest", "--json"]),
        ("rest", &["rest", "delete", "--json"]),
        ("completions", &["completions", "zsh", "--json"]),
        ("protocol-entry", &["FAILED_PRECONDITION", "--json"]),
        ("protocol-entry", &["grpc", "5", "--json"]),
        ("protocol-entry", &["InternalError", "--json"]),
        ("protocol", &["list", "grpc", "--json"]),
        ("protocol", &["k8s", "--json"]),
        (
            "search",
            &["search", "grpc", "failed", "precondition", "--json"],
        ),
        (
            "check",
            &[
                "check",
                "tests/fixtures/responses/nginx-1.22.1_200_curl-si.txt",
                "--json",
            ],
        ),
    ];
    for (name, args) in cases {
        let value = json_of(args, 0);
        let validator = schema(&format!("{name}.schema.json"));
        assert_valid_against(&validator, &value, &format!("{args:?}"));
        // Every top-level value carries the version: the object, or each item of an array.
        match &value {
            Value::Array(items) => {
                assert!(items.iter().all(|i| i["schema_version"] == 2), "{args:?}")
            }
            object => assert_eq!(object["schema_version"], 2, "{args:?}"),
        }
    }
    // The status objects inside compare and which are whole status objects.
    let compare = json_of(&["compare", "401", "403", "--json"], 0);
    for status in compare["codes"].as_array().unwrap() {
        assert_valid(status, "compare codes");
    }
    let which = json_of(&["which", "--path", "1/1/1", "--json"], 0);
    assert_valid(&which["status"], "which status");
}

#[test]
fn one_name_one_type() {
    // `codes` holds status objects; the comparison names the numbers it covers.
    let compare = json_of(&["compare", "401", "403", "--json"], 0);
    assert!(compare["codes"][0].is_object());
    assert_eq!(
        compare["comparison"]["covers"],
        serde_json::json!([401, 403])
    );
    assert!(compare["comparison"].get("codes").is_none());
    // `headers` is a status object's list of header objects; a which leaf has none.
    let which = json_of(&["which", "--path", "1/1/1", "--json"], 0);
    assert!(which["leaf"].get("headers").is_none());
    assert!(which["status"]["headers"][0].is_object());
}

#[test]
fn json_with_nothing_to_look_up_is_a_usage_error() {
    let err = stderr_of(&["--json"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("httpcode 404"), "{err}");
}

#[test]
fn one_code_is_an_object_with_code_and_name() {
    let value = json_of(&["404", "--json"], 0);
    assert_eq!(value["code"], 404);
    assert_eq!(value["name"], "Not Found");
    assert_eq!(value["schema_version"], 2);
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
