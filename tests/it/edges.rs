//! The rough edges a new user meets first: unquoted status lines, --brief and --full on
//! every command, tables that wrap instead of cutting, and the one-line messages.

use crate::common::{httpcode, stderr_of, stdout_of};

fn at_width(args: &[&str], columns: usize) -> String {
    let output = httpcode()
        .args(args)
        .env("COLUMNS", columns.to_string())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_status_line_typed_without_quotes_is_one_code() {
    assert_eq!(
        stdout_of(&["HTTP/1.1", "404", "Not", "Found", "--brief"], 0),
        "404 Not Found\n"
    );
    assert_eq!(
        stdout_of(&["404", "Not", "Found", "--brief"], 0),
        "404 Not Found\n"
    );
    assert_eq!(
        stdout_of(&["HTTP/2", "503", "--brief"], 0),
        "503 Service Unavailable\n"
    );
    let output = httpcode()
        .args(["HTTP/1.1", "404", "Not", "Found"])
        .output()
        .unwrap();
    assert!(output.stderr.is_empty(), "no search note");
    let card = String::from_utf8(output.stdout).unwrap();
    assert_eq!(card.matches("404 Not Found").count(), 1, "{card}");
}

#[test]
fn brief_and_full_do_what_they_say_on_every_command() {
    let brief = stdout_of(&["list", "--brief"], 0);
    assert!(
        brief
            .lines()
            .all(|l| l.len() > 4 && l[..3].bytes().all(|b| b.is_ascii_digit())),
        "one line per code"
    );
    let full = stdout_of(&["list", "--class", "2xx", "--full"], 0);
    assert!(
        full.matches("Properties").count() >= 5,
        "every card in full"
    );

    let rest = stdout_of(&["rest", "--brief"], 0);
    assert!(rest.lines().all(|l| l.contains(" | ")), "{rest}");
    let rest = stdout_of(&["rest", "delete", "--full"], 0);
    assert!(rest.contains("404 Not Found"), "{rest}");

    let compare = stdout_of(&["compare", "401", "403", "--brief"], 0);
    assert!(compare.contains("In short") && !compare.contains("Cacheable"));
    let compare = stdout_of(&["compare", "500", "502", "503", "--full"], 0);
    assert!(compare.contains("Meaning"));

    let search = stdout_of(&["search", "user", "is", "banned", "--brief"], 0);
    assert!(search.starts_with("  403  Forbidden"), "{search}");
    let search = stdout_of(&["search", "timeout", "--full"], 0);
    assert!(search.matches("RFC 9110").count() >= 2, "{search}");

    // A script has no short or long form: completions does not take them, and says where
    // its own options are.
    let err = stderr_of(&["completions", "bash", "--brief"], 2);
    assert!(
        err.contains("'--brief'") && err.contains("'httpcode completions --help'"),
        "{err}"
    );
}

#[test]
fn tables_wrap_instead_of_cutting() {
    for args in [&["4xx"][..], &["list"], &["404"], &["list", "--unofficial"]] {
        let out = at_width(args, 100);
        assert!(!out.contains('…'), "{args:?} cuts:\n{out}");
        for line in out.lines() {
            assert!(line.chars().count() <= 100, "{args:?}: {line}");
        }
    }
    // Five codes at 80 columns: no word is split across lines.
    let out = at_width(&["compare", "301", "302", "303", "307", "308"], 80);
    assert!(
        out.contains("Cache-Control") || !out.contains("Cache-"),
        "{out}"
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "{line}");
        assert!(
            !line.trim_end().ends_with('-') || line.contains(" -"),
            "{line}"
        );
    }
}

#[test]
fn messages_name_what_was_wrong() {
    let err = stderr_of(&["search"], 2);
    assert!(err.contains("<WORDS>"), "{err}");
    let err = stderr_of(&["search", "timeout", "-n", "0"], 2);
    assert!(
        err.contains("--limit") && !err.contains("did you mean"),
        "{err}"
    );
    let err = stderr_of(&["rest", "FOO"], 2);
    assert_eq!(err.matches("POST").count(), 1, "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn reserved_and_node_constants_read_cleanly() {
    assert_eq!(
        stdout_of(&["418", "--brief"], 0),
        "418 (Unused) [reserved]\n"
    );
    let card = stdout_of(&["404", "--full"], 0);
    assert!(card.contains("STATUS_CODES[404] = 'Not Found'"), "{card}");
    assert!(!card.contains("[…]"));
}

#[test]
fn no_color_wins_over_clicolor_force() {
    let output = httpcode()
        .arg("404")
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8(output.stdout).unwrap().contains('\x1b'));
    let output = httpcode()
        .arg("404")
        .env("CLICOLOR_FORCE", "1")
        .env_remove("NO_COLOR")
        .output()
        .unwrap();
    assert!(String::from_utf8(output.stdout).unwrap().contains('\x1b'));
}
