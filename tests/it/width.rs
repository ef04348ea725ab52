//! Every command's output fits the width it is given: at 40, 60 and 80 columns, with colour
//! on and off, no line is wider than the width (a single word longer than a line, such as a
//! URL, stands alone instead), no word is split across lines, and colour changes nothing but
//! the colour.

use crate::common::httpcode;

/// What a user runs, across every renderer: cards, full cards, protocol entries, searches,
/// comparisons, tables, `which` results and trees, and `check` reports.
const COMMANDS: &[&[&str]] = &[
    &["200"],
    &["304"],
    &["304", "--full"],
    &["401"],
    &["422", "--full"],
    &["451"],
    &["503", "--full"],
    &["520"],
    &["599"],
    &["404", "--brief"],
    &["405", "--framework", "express"],
    &["FAILED_PRECONDITION"],
    &["invalid_grant"],
    &["grpc"],
    &["search", "timeout"],
    &["search", "user", "is", "banned"],
    &["search", "email", "already", "taken"],
    &["compare", "401", "403"],
    &["compare", "301", "302", "307", "308"],
    &["list", "--class", "4"],
    &["list", "grpc"],
    &["rest"],
    &["rest", "PATCH"],
    &["which", "--path", "not-final/switch"],
    &["which", "--path", "failed/the-server/upstream/refused"],
    &["which", "--tree"],
    &["which", "redirect", "--tree"],
    &["rest", "--brief"],
    &["rest", "POST", "--full"],
    &["search", "timeout", "--brief"],
    &["list", "--brief"],
    &[
        "check",
        "tests/fixtures/responses/apache-2.4.71_405_curl-si_put.txt",
    ],
    &[
        "check",
        "tests/fixtures/responses/fastapi-0.165.0_405_curl-sIL_chain.txt",
    ],
    &[
        "check",
        "--brief",
        "tests/fixtures/responses/express-5.3.0_405_curl-si.txt",
    ],
    &[
        "check",
        "tests/fixtures/har/chromium-156_python-http.server-3.11.7_redirect.har",
    ],
];

/// Takes the colour sequences out, leaving the text.
fn strip(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn run(args: &[&str], width: usize, colour: &str) -> String {
    let output = httpcode()
        .args(args)
        .args(["--color", colour])
        .env("COLUMNS", width.to_string())
        .output()
        .expect("runs");
    assert!(
        output.status.code().is_some_and(|c| c < 2),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// Checks `plain`, wrapped to `width`, against the same output unwrapped (`wide`).
fn check(args: &[&str], width: usize, plain: &str, wide: &str) {
    let words: std::collections::HashSet<&str> = wide.split_whitespace().collect();
    let mut code = false;
    for line in plain.lines() {
        // An example's request and response lines are shown as sent, and a snippet's lines
        // as they are to be pasted: neither is rewrapped.
        if line.starts_with("Send it (") {
            code = true;
            continue;
        }
        if code && (line.is_empty() || line.starts_with("  Note:") || !line.starts_with("  ")) {
            code = false;
        }
        if code || line.starts_with("  > ") || line.starts_with("  < ") {
            continue;
        }
        let columns = line.chars().count();
        if columns <= width {
            continue;
        }
        // Only a word that cannot fit on any line may stand out, alone after its indent.
        let alone = line.split_whitespace().count() == 1
            || line
                .split_whitespace()
                .last()
                .is_some_and(|w| w.chars().count() > width / 2);
        assert!(
            alone,
            "{args:?} at {width}: {columns} columns:\n{line}\n\n{plain}"
        );
    }
    // No word is cut: the end of a line and the start of the next are not two halves of a
    // word of the unwrapped text.
    for pair in plain.lines().collect::<Vec<_>>().windows(2) {
        let (Some(end), Some(start)) = (
            pair[0].split_whitespace().last(),
            pair[1].split_whitespace().next(),
        ) else {
            continue;
        };
        let joined = format!("{end}{start}");
        let split = words.contains(joined.as_str())
            && !words.contains(end)
            && !words.contains(start)
            && joined.chars().count() <= width;
        assert!(
            !split,
            "{args:?} at {width}: '{joined}' split across lines:\n{plain}"
        );
    }
}

#[test]
fn every_command_fits_40_60_and_80_columns_in_colour_and_without() {
    for args in COMMANDS {
        let wide = run(args, 1000, "never");
        for width in [40, 60, 80] {
            let plain = run(args, width, "never");
            check(args, width, &plain, &wide);
            let coloured = run(args, width, "always");
            assert_eq!(
                strip(&coloured),
                plain,
                "{args:?} at {width}: colour moved the text"
            );
        }
    }
}

#[test]
fn every_card_fits_40_columns() {
    for code in (100..=599).filter(|c| c % 100 < 32) {
        let code = code.to_string();
        let output = httpcode()
            .arg(&code)
            .env("COLUMNS", "40")
            .output()
            .expect("runs");
        if output.status.code() != Some(0) {
            continue;
        }
        let wide = run(&[&code], 1000, "never");
        check(
            &[&code],
            40,
            &String::from_utf8(output.stdout).unwrap(),
            &wide,
        );
    }
}

#[test]
fn messages_on_stderr_fit_the_width() {
    let output = httpcode()
        .arg("which")
        .env("COLUMNS", "40")
        .output()
        .expect("runs");
    let stderr = String::from_utf8(output.stderr).unwrap();
    let wide = httpcode()
        .arg("which")
        .env("COLUMNS", "1000")
        .output()
        .expect("runs");
    check(
        &["which"],
        40,
        &stderr,
        &String::from_utf8_lossy(&wide.stderr),
    );
    assert!(
        stderr.contains("\nhttpcode which --path worked/created/new\n"),
        "the command to try stands on its own line:\n{stderr}"
    );
}
