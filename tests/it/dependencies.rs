//! Every dependency in Cargo.toml is used: a crate's name appears as a path (`name::`) in the
//! code of its section, the binary's for [dependencies] and the tests' for
//! [dev-dependencies], as cargo-machete checks.

use std::path::Path;

/// The names a section of Cargo.toml declares.
fn declared(manifest: &str, section: &str) -> Vec<String> {
    manifest
        .split("\n[")
        .filter(|part| part.starts_with(section))
        .flat_map(|part| part.lines().skip(1))
        .filter_map(|line| line.split_once('=').map(|(name, _)| name.trim()))
        .filter(|name| !name.is_empty() && !name.starts_with('#'))
        .map(|name| name.replace('-', "_"))
        .collect()
}

/// Every `.rs` file's text under `dir`, with build.rs.
fn code_under(dir: &Path) -> String {
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text.push_str(&code_under(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            text.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    text
}

#[test]
fn every_dependency_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let source = code_under(&root.join("src"));
    let tests = code_under(&root.join("tests"));
    let used = |code: &str, name: &str| {
        code.contains(&format!("{name}::")) || code.contains(&format!("use {name}"))
    };
    let mut unused = Vec::new();
    for section in ["dependencies]", "target."] {
        for name in declared(&manifest, section) {
            if !used(&source, &name) {
                unused.push(name);
            }
        }
    }
    for name in declared(&manifest, "dev-dependencies]") {
        if !used(&tests, &name) && !used(&source, &name) {
            unused.push(name);
        }
    }
    assert!(unused.is_empty(), "declared and never used: {unused:?}");
    assert!(declared(&manifest, "dependencies]").contains(&"clap".to_string()));
}
