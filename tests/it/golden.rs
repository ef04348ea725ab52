//! Golden files: the exact output, plain and coloured, of a few cards, search answers and
//! `which` results, so that any change to layout or colour shows up in review as a diff of
//! tests/golden/. `HTTPCODE_REGENERATE=1 cargo test --test it golden` rewrites them.

use std::path::PathBuf;

use crate::common::httpcode;

/// Each case: the file's stem, the width, and the arguments.
const CASES: &[(&str, u16, &[&str])] = &[
    ("card-404", 80, &["404"]),
    ("card-304-narrow", 40, &["304"]),
    ("card-429-full", 80, &["429", "--full"]),
    ("card-520-vendor", 80, &["520"]),
    ("protocol-invalid-grant", 80, &["invalid_grant"]),
    ("search-banned", 80, &["search", "user", "is", "banned"]),
    ("search-timeout-narrow", 40, &["search", "timeout"]),
    (
        "which-409",
        80,
        &["which", "--path", "failed/the-request/state/conflict"],
    ),
    (
        "which-101-narrow",
        40,
        &["which", "--path", "not-final/switch"],
    ),
    ("compare-401-403", 80, &["compare", "401", "403"]),
];

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

#[test]
fn output_matches_the_golden_files() {
    let regenerate = std::env::var_os("HTTPCODE_REGENERATE").is_some();
    let mut stale = Vec::new();
    for (stem, width, args) in CASES {
        for (colour, suffix) in [("never", "txt"), ("always", "colour.txt")] {
            let output = httpcode()
                .args(*args)
                .args(["--color", colour])
                .env("COLUMNS", width.to_string())
                .output()
                .expect("runs");
            assert_eq!(output.status.code(), Some(0), "{args:?}");
            let path = golden(&format!("{stem}.{suffix}"));
            if regenerate {
                std::fs::write(&path, &output.stdout).expect("writes");
                continue;
            }
            let expected = std::fs::read(&path).unwrap_or_default();
            if expected != output.stdout {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "output differs from {stale:?}; if the change is meant, run \
         HTTPCODE_REGENERATE=1 cargo test --test it golden and review the diff"
    );
}
