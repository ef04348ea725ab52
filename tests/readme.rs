//! The README's examples run as written and print what it shows.

mod common;

use common::{httpcode, words};

#[test]
fn console_examples_print_what_the_readme_shows() {
    let readme = include_str!("../README.md");
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
    let readme = include_str!("../README.md");
    let start = readme.find("## Quick start").unwrap();
    let block = &readme[start..];
    let block = &block[block.find("```sh\n").unwrap() + 6..];
    let block = &block[..block.find("```").unwrap()];
    let commands: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(commands, ["cargo run --release -- 422", "cargo test"]);
}

#[test]
fn the_readme_lists_every_check() {
    let readme = include_str!("../README.md");
    let rules = include_str!("../src/check/rules.rs");
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
