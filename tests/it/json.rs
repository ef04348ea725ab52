//! `--json` output: valid JSON on stdout only, and every command's output in every mode
//! valid against its schema in `schemas/`.

use crate::common::{Schema, httpcode, json_of, stderr_of};
use serde_json::Value;

fn schema(name: &str) -> Schema {
    Schema::load(name)
}

fn validator() -> Schema {
    schema("status.schema.json")
}

fn assert_valid_against(validator: &Schema, value: &Value, what: &str) {
    let errors: Vec<String> = validator.errors(value).into_iter().take(12).collect();
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
    let outputs = std::env::temp_dir().join(format!("httpcode-json-{}", std::process::id()));
    std::fs::create_dir_all(&outputs).unwrap();
    let mut written: Vec<(&str, std::path::PathBuf)> = Vec::new();
    for (i, (name, args)) in cases.iter().enumerate() {
        let value = json_of(args, 0);
        let validator = schema(&format!("{name}.schema.json"));
        assert_valid_against(&validator, &value, &format!("{args:?}"));
        let file = outputs.join(format!("{i}.json"));
        std::fs::write(&file, value.to_string()).unwrap();
        written.push((name, file));
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
    standalone_validator_agrees(&written);
    let _ = std::fs::remove_dir_all(&outputs);
}

/// The same outputs through `check-jsonschema`, the validator a user reaches for, given each
/// schema as a file: the schemas need nothing but their own directory. `.ci/run` installs
/// it; elsewhere the check runs when it is on PATH.
fn standalone_validator_agrees(written: &[(&str, std::path::PathBuf)]) {
    let installed = std::process::Command::new("check-jsonschema")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        assert!(
            std::env::var_os("CI").is_none(),
            "check-jsonschema is not installed: .ci/run installs it"
        );
        return;
    }
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas");
    for (name, file) in written {
        let output = std::process::Command::new("check-jsonschema")
            .arg("--schemafile")
            .arg(format!("{dir}/{name}.schema.json"))
            .arg(file)
            .output()
            .expect("runs check-jsonschema");
        assert!(
            output.status.success(),
            "check-jsonschema, {name}: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
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

#[test]
fn the_schemas_refuse_what_they_do_not_describe() {
    let mut value = json_of(&["404", "--json"], 0);
    assert!(validator().errors(&value).is_empty());
    value["code"] = Value::from("404");
    assert!(!validator().errors(&value).is_empty(), "a code as a string");
    // A reference into another file is followed: a protocol entry's fields are checked.
    let mut value = json_of(&["409", "--json"], 0);
    value["protocols"][0]["code"] = Value::from("conflict");
    assert!(!validator().errors(&value).is_empty(), "{value}");
}
