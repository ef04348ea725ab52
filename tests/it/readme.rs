//! The README's examples run as written and print what it shows.

use crate::common::{httpcode, words};

#[test]
fn console_examples_print_what_the_readme_shows() {
    let readme = include_str!("../../README.md");
    let mut checked = 0;
    let mut in_console = false;
    let mut current: Option<(String, Vec<&str>)> = None;
    let mut examples = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_console = line == "```console";
            if let Some(example) = current.take() {
                examples.push(example);
            }
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(command) = line.strip_prefix("$ httpcode ") {
            if let Some(example) = current.take() {
                examples.push(example);
            }
            current = Some((command.to_string(), Vec::new()));
        } else if let Some((_, expected)) = current.as_mut() {
            expected.push(line);
        }
    }
    for (command, expected) in examples {
        let output = httpcode()
            .args(words(&command))
            .env("COLUMNS", "90")
            .output()
            .unwrap();
        // `check` exits 1 when it finds something, which its example shows.
        let expected_status = if command.starts_with("check ") { 1 } else { 0 };
        assert_eq!(
            output.status.code(),
            Some(expected_status),
            "httpcode {command}"
        );
        let actual = String::from_utf8(output.stdout).unwrap();
        let actual: Vec<&str> = actual.lines().collect();
        assert_eq!(actual, expected, "httpcode {command}");
        checked += 1;
    }
    assert!(checked >= 8, "{checked}");
}

#[test]
fn the_quick_start_is_two_commands() {
    let readme = include_str!("../../README.md");
    let start = readme.find("## Quick start").unwrap();
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").unwrap() + 6..];
    let block = &block[..block.find("```").unwrap()];
    let commands: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(commands, ["cargo run --release -- 422", "cargo test"]);
}

#[test]
fn the_readme_lists_every_check() {
    let readme = include_str!("../../README.md");
    let rules = include_str!("../../src/check/rules.rs");
    let list = &rules[rules.find("pub const CHECKS").unwrap()..];
    let list = &list[..list.find("];").unwrap()];
    // Each entry is ("id", Level::..., "source"): the id is the quoted text before a level.
    let ids: Vec<&str> = list
        .split("Level::")
        .map(|before| before.trim_end().trim_end_matches(','))
        .filter_map(|before| before.strip_suffix('"'))
        .map(|before| &before[before.rfind('"').unwrap() + 1..])
        .collect();
    assert!(ids.len() >= 30, "{ids:?}");
    for id in ids {
        assert!(readme.contains(&format!("| `{id}` |")), "README lacks {id}");
    }
}

/// "On a machine with Rust (1.89 or newer)" holds for both README commands: the version the
/// README names is the crate's `rust-version` (which clippy's `incompatible_msrv` holds the
/// code to), and no package `cargo test` builds, dev-dependencies included, needs a newer one.
#[test]
fn the_stated_rust_version_covers_every_dependency() {
    let manifest = include_str!("../../Cargo.toml");
    let stated = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|l| l.strip_suffix('"'))
        .expect("Cargo.toml states a rust-version");
    let readme = include_str!("../../README.md");
    assert!(
        readme.contains(&format!("On a machine with Rust ({stated} or newer)")),
        "the README names another version than {stated}"
    );
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs cargo metadata");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    // "1.89" and "1.89.0" are the same version.
    let version = |v: &str| -> [u32; 3] {
        let mut parts = v.split('.').map(|p| p.parse().unwrap_or(0));
        [0; 3].map(|_| parts.next().unwrap_or(0))
    };
    let mut too_new = Vec::new();
    for package in metadata["packages"].as_array().unwrap() {
        if let Some(needs) = package["rust_version"].as_str()
            && version(needs) > version(stated)
        {
            too_new.push(format!(
                "{} {} needs {needs}",
                package["name"], package["version"]
            ));
        }
    }
    assert!(
        too_new.is_empty(),
        "rust-version {stated} is too old: {too_new:?}"
    );
}
