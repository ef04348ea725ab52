//! Looking codes up: cards, brief lines, classes, status lines, unassigned numbers, exit codes.

use crate::common::{httpcode, json_of, stderr_of, stdout_of};
use predicates::prelude::*;

#[test]
fn a_card_shows_name_class_spec_standing_and_former_names() {
    let out = stdout_of(&["422"], 0);
    assert!(out.starts_with("422 Unprocessable Content"), "{out}");
    assert!(out.contains("4xx Client Error"));
    assert!(out.contains("standard"));
    assert!(out.contains("RFC 9110 §15.5.21"));
    assert!(out.contains("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21"));
    assert!(out.contains("Formerly"));
    assert!(out.contains("Unprocessable Entity (RFC 4918)"));
}

#[test]
fn current_names_lead_and_old_names_are_aliases() {
    for (code, name, old) in [
        ("413", "Content Too Large", "Payload Too Large"),
        (
            "416",
            "Range Not Satisfiable",
            "Requested Range Not Satisfiable",
        ),
        ("414", "URI Too Long", "Request-URI Too Long"),
    ] {
        let out = stdout_of(&[code], 0);
        assert!(out.starts_with(&format!("{code} {name}")), "{out}");
        assert!(out.contains(old), "{code} keeps {old}");
    }
}

#[test]
fn several_codes_in_order_and_brief_lines() {
    let out = stdout_of(&["401", "403", "404"], 0);
    let a = out.find("401 Unauthorized").unwrap();
    let b = out.find("403 Forbidden").unwrap();
    let c = out.find("404 Not Found").unwrap();
    assert!(a < b && b < c);
    let out = stdout_of(&["401", "403", "404", "--brief"], 0);
    assert_eq!(out, "401 Unauthorized\n403 Forbidden\n404 Not Found\n");
    let out = stdout_of(&["-b", "404"], 0);
    assert_eq!(out, "404 Not Found\n");
}

#[test]
fn classes_and_patterns_show_the_meaning_then_a_table() {
    for query in ["4xx", "4", "4XX"] {
        let out = stdout_of(&[query], 0);
        assert!(out.starts_with("4xx Client Error"), "{out}");
        for line in [
            "  404  Not Found",
            "  429  Too Many Requests",
            "  451  Unavailable",
        ] {
            assert!(out.contains(line), "{query}: {line}");
        }
        assert!(!out.contains("  500  "));
    }
    let out = stdout_of(&["42x"], 0);
    assert!(out.starts_with("42x Client Error"));
    let codes: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    assert!(
        codes.contains(&"421") && codes.contains(&"429"),
        "{codes:?}"
    );
    assert!(codes.iter().all(|c| c.starts_with("42")), "{codes:?}");
}

#[test]
fn an_unassigned_code_is_treated_as_its_class_x00() {
    let out = stdout_of(&["432"], 0);
    assert!(out.starts_with("432 is unassigned"), "{out}");
    assert!(out.contains("RFC 9110 §15"));
    assert!(out.contains("400 Bad Request"));
    let value = json_of(&["432", "--json"], 0);
    assert_eq!(value["code"], 432);
    assert_eq!(value["standing"], "unassigned");
    assert_eq!(value["treat_as"]["code"], 400);
}

#[test]
fn pasted_status_lines_are_understood() {
    let out = stdout_of(&["HTTP/1.1 503 Service Unavailable", "-b"], 0);
    assert_eq!(out, "503 Service Unavailable\n");
    let out = stdout_of(&["HTTP/2 404", "-b"], 0);
    assert_eq!(out, "404 Not Found\n");
}

#[test]
fn reserved_temporary_and_obsoleted_codes_say_so() {
    let out = stdout_of(&["418"], 0);
    assert!(out.starts_with("418 (Unused)"), "{out}");
    assert!(out.contains("reserved"));
    assert!(out.contains("RFC 2324"));
    assert!(out.contains("I'm a teapot"));
    let out = stdout_of(&["306"], 0);
    assert!(out.starts_with("306 (Unused)"));
    let out = stdout_of(&["104"], 0);
    assert!(out.contains("temporary"));
    assert!(out.contains("2026-11-13"));
    let out = stdout_of(&["510"], 0);
    assert!(out.starts_with("510 Not Extended"));
    assert!(out.contains("obsoleted"));
}

#[test]
fn unofficial_codes_are_marked_with_their_vendor() {
    let out = stdout_of(&["499"], 0);
    assert!(out.contains("unofficial"), "{out}");
    assert!(out.contains("nginx"));
    let out = stdout_of(&["522", "-b"], 0);
    assert!(out.contains("unofficial: Cloudflare"), "{out}");
    // A vendor reusing a registered number never displaces the registered meaning.
    let out = stdout_of(&["451"], 0);
    assert!(out.starts_with("451 Unavailable For Legal Reasons"));
    assert!(out.contains("Also used as"));
    assert!(out.contains("Exchange"));
}

#[test]
fn list_shows_everything_and_filters() {
    let all = stdout_of(&["list"], 0);
    for line in ["  100  Continue", "  418  (Unused)", "  444  ", "  511  "] {
        assert!(all.contains(line), "{line}");
    }
    let four = stdout_of(&["list", "--class", "4xx"], 0);
    // Rows start with a code; a wrapped summary continues under its own column.
    assert!(
        four.lines()
            .all(|l| l.trim_start().starts_with('4') || l.starts_with("       ")),
        "{four}"
    );
    let official = stdout_of(&["list", "--official"], 0);
    assert!(!official.contains("unofficial"));
    assert!(official.contains("  422  Unprocessable Content"));
    let vendor = stdout_of(&["list", "--unofficial"], 0);
    let rows = vendor.lines().filter(|l| !l.starts_with("       "));
    assert!(
        rows.into_iter().all(|l| l.contains("unofficial")),
        "{vendor}"
    );
    assert!(vendor.contains("nginx") && vendor.contains("Cloudflare"));
}

#[test]
fn bad_input_is_one_line_on_stderr_with_exit_2() {
    for args in [
        &["700"][..],
        &["4xxx"],
        &[""],
        &["6xx"],
        &["42"],
        &["list", "--class", "9xx"],
        &["--bogus"],
    ] {
        let err = stderr_of(args, 2);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("httpcode: "), "{err}");
        assert!(
            err.contains("try") || err.contains("use"),
            "{args:?} says what to try: {err}"
        );
    }
    let err = stderr_of(&["700"], 2);
    assert!(err.contains("100 to 599"));
}

#[cfg(unix)]
#[test]
fn invalid_utf8_is_a_usage_error() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let output = httpcode()
        .arg(OsStr::from_bytes(b"4\xff4"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8_lossy(&output.stderr);
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("UTF-8"));
}

#[test]
fn no_arguments_prints_a_short_usage_and_exits_2() {
    let output = httpcode().output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.starts_with("Usage: httpcode"), "{err}");
    assert!(err.lines().count() <= 4, "{err}");
    assert!(err.contains("--help"), "{err}");
    assert!(output.stdout.is_empty());
}

#[test]
fn a_negative_number_says_what_codes_are() {
    let err = stderr_of(&["-1"], 2);
    assert!(err.contains("100 to 599"), "{err}");
}

#[test]
fn help_documents_exit_codes() {
    httpcode()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Exit status:\n  0  Something was found",
        ))
        .stdout(predicate::str::contains("\n  1  Nothing was found"))
        .stdout(predicate::str::contains("\n  2  A usage error"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpcode"))
        .args(["list", "--full"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 1];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn default_cards_fit_a_screen_and_full_adds_the_rest() {
    for code in [
        "200", "201", "204", "301", "302", "304", "400", "401", "403", "404", "409", "422", "429",
        "500", "502", "503", "504",
    ] {
        let out = stdout_of(&[code], 0);
        let lines = out.lines().count();
        // The protocols' names take one line per protocol, beside a card that fits a screen.
        let protocols = out
            .lines()
            .skip_while(|l| *l != "In protocols")
            .take_while(|l| !l.is_empty())
            .count();
        assert!(protocols <= 11, "{code}: {protocols} protocol lines");
        let card = lines - protocols;
        assert!((20..=48).contains(&card), "{code}: {card} lines");
        assert!(!out.contains("Example:"), "{code}: examples are for --full");
        let full = stdout_of(&[code, "--full"], 0);
        assert!(full.lines().count() > lines);
        assert!(full.contains("Example:"), "{code}");
        assert!(full.contains("When you receive it"), "{code}");
        assert!(full.contains("Constants"), "{code}");
    }
}

#[test]
fn colour_follows_flag_and_environment() {
    let esc = "\x1b[";
    assert!(
        !stdout_of(&["404"], 0).contains(esc),
        "no colour into a pipe"
    );
    assert!(stdout_of(&["404", "--color", "always"], 0).contains(esc));
    assert!(!stdout_of(&["404", "--color", "never"], 0).contains(esc));
    let forced = httpcode()
        .arg("404")
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains(esc));
    let json = httpcode()
        .args(["404", "--json", "--color", "always"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&json.stdout).contains(esc));
}

#[test]
fn prose_wraps_to_the_width() {
    let out = httpcode()
        .args(["422"])
        .env("COLUMNS", "60")
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    // Example messages keep their lines, and a link is never split, so it may run over.
    let prose_lines = out
        .lines()
        .filter(|l| !l.starts_with("  >") && !l.starts_with("  <") && !l.contains("https://"));
    for line in prose_lines {
        assert!(line.chars().count() <= 60, "too wide: {line:?}");
    }
    let wide = httpcode()
        .args(["422"])
        .env("COLUMNS", "300")
        .output()
        .unwrap();
    let wide = String::from_utf8(wide.stdout).unwrap();
    assert!(
        wide.lines()
            .filter(|l| !l.starts_with("  >") && !l.starts_with("  <"))
            .all(|l| l.chars().count() <= 100)
    );
}

#[test]
fn cards_name_their_companion_headers() {
    let rules: &[(&str, &[&str])] = &[
        ("100", &["Expect"]),
        ("101", &["Upgrade"]),
        ("201", &["Location"]),
        ("206", &["Content-Range", "Range"]),
        ("301", &["Location"]),
        ("303", &["Location"]),
        ("307", &["Location"]),
        ("308", &["Location"]),
        ("304", &["ETag", "If-None-Match", "If-Modified-Since"]),
        ("401", &["WWW-Authenticate"]),
        ("405", &["Allow"]),
        ("407", &["Proxy-Authenticate"]),
        ("412", &["If-Match"]),
        ("416", &["Content-Range"]),
        ("417", &["Expect"]),
        ("426", &["Upgrade"]),
        ("428", &["If-Match"]),
        ("429", &["Retry-After"]),
        ("503", &["Retry-After"]),
    ];
    for (code, headers) in rules {
        let card = stdout_of(&[code], 0);
        let section = &card[card.find("\nHeaders\n").expect("a Headers section")..];
        for header in *headers {
            assert!(section.contains(header), "{code} names {header}");
        }
    }
}

#[test]
fn full_cards_carry_properties_and_examples_in_message_form() {
    let card = stdout_of(&["308", "--full"], 0);
    assert!(card.contains("Redirect    permanent"), "{card}");
    assert!(card.contains("method and body are kept"));
    assert!(card.contains("  < HTTP/1.1 308 Permanent Redirect"));
    assert!(card.contains("  > "), "the request is shown");
    let card = stdout_of(&["204", "--full"], 0);
    assert!(card.contains("Body        none"));
    let card = stdout_of(&["404"], 0);
    assert!(card.contains("Cacheable   yes, by default"));
}

#[test]
fn colour_never_changes_where_lines_wrap() {
    let strip = |text: &str| {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    for args in [
        &["search", "email", "already", "taken"][..],
        &["405", "--full", "--framework", "express"],
        &["FAILED_PRECONDITION"],
        &["compare", "401", "403"],
    ] {
        let run = |colour: &str| {
            let output = httpcode()
                .args(args)
                .args(["--color", colour])
                .env("COLUMNS", "60")
                .output()
                .unwrap();
            String::from_utf8(output.stdout).unwrap()
        };
        assert_eq!(strip(&run("always")), run("never"), "{args:?}");
    }
}
