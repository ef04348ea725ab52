//! Hostile input and hostile conditions: escape sequences and bidirectional controls in what
//! users type and servers send, huge and many arguments, and stderr or stdout that cannot be
//! written. Nothing reaches the terminal raw, nothing panics or aborts, and every case ends
//! with its documented exit status.

use std::ffi::OsString;
use std::process::{Command, Stdio};

use crate::common::httpcode;
use proptest::prelude::*;

/// Whether `bytes` hold a control character the program did not put there itself: anything
/// but newline, and (with colour on) the ESC of an SGR colour sequence `ESC [ digits ; m`.
fn raw_control(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\u{1b}' {
            let mut j = i + 1;
            let sgr = chars.get(j) == Some(&'[') && {
                j += 1;
                while chars
                    .get(j)
                    .is_some_and(|c| c.is_ascii_digit() || *c == ';')
                {
                    j += 1;
                }
                chars.get(j) == Some(&'m')
            };
            if !sgr {
                return Some(format!("raw ESC at {i} in {text:?}"));
            }
            i = j + 1;
            continue;
        }
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
        if (c.is_control() && c != '\n') || bidi {
            return Some(format!("raw {:?} at {i} in {text:?}", c));
        }
        i += 1;
    }
    None
}

fn run(args: &[OsString], stdin: &[u8], color: bool) -> std::process::Output {
    let mut command = httpcode();
    command
        .args(args)
        .arg("--color")
        .arg(if color { "always" } else { "never" })
        .write_stdin(stdin.to_vec());
    command.output().expect("runs")
}

fn assert_clean(args: &[OsString], stdin: &[u8]) {
    for color in [false, true] {
        let output = run(args, stdin, color);
        let code = output.status.code();
        assert!(matches!(code, Some(0..=2)), "{args:?} exited {code:?}");
        for (name, bytes) in [("stdout", &output.stdout), ("stderr", &output.stderr)] {
            if let Some(problem) = raw_control(bytes) {
                panic!("{args:?} (colour {color}) {name}: {problem}");
            }
        }
    }
}

fn os(args: &[&str]) -> Vec<OsString> {
    args.iter().map(OsString::from).collect()
}

#[test]
fn every_message_escapes_what_the_user_typed() {
    let hostile = [
        &["\u{1b}]0;pwned\u{7}404"][..],
        &["which", "--path", "failed/\u{1b}[31mred"],
        &["which", "\u{1b}[2J"],
        &["compare", "404", "\u{1b}[2J"],
        &["rest", "\u{1b}[2J"],
        &["search", "\u{1b}[2Jtimeout"],
        &["search", "time\u{202e}out", "\u{7}"],
        &["check", "/no/\u{1b}[31mfile"],
        &["--color", "\u{1b}[31m"],
        &["404", "\u{9b}31m"],
    ];
    for args in hostile {
        assert_clean(&os(args), b"");
    }
    // Invalid UTF-8 is named with its bytes escaped.
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let bad = OsString::from_vec(vec![b'4', 0xff, 0x1b, b'[', b'2', b'J']);
        assert_clean(&[bad], b"");
    }
}

#[test]
fn a_response_with_escape_sequences_is_shown_escaped() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/hostile-response.txt"
    );
    assert_clean(&os(&["check", fixture]), b"");
    let output = run(&os(&["check", fixture]), b"", false);
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("\\e]0;"), "{out}");
}

#[test]
fn long_and_many_arguments_are_refused_quickly() {
    let long = "q".repeat(16_000);
    let started = std::time::Instant::now();
    let output = httpcode().arg(&long).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert!(err.contains("at most 1000"), "{err}");
    assert!(err.len() < 300, "the message does not echo the whole query");
    let words: Vec<String> = (0..10_000).map(|i| format!("w{i}")).collect();
    let output = httpcode().arg("search").args(&words).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let codes: Vec<&str> = std::iter::repeat_n("404", 1001).collect();
    let output = httpcode().args(&codes).arg("--json").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(started.elapsed().as_secs() < 20);
}

/// stderr that cannot be written: /dev/full, or a pipe whose reader is gone.
fn with_stderr(args: &[&str], stderr: Stdio) -> Option<i32> {
    Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(args)
        .stdout(Stdio::null())
        .stderr(stderr)
        .status()
        .unwrap()
        .code()
}

#[test]
#[cfg(unix)]
fn an_unwritable_stderr_never_aborts() {
    for (args, expected) in [
        (&["999"][..], 2),
        (&["--frobnicate"], 2),
        (&["timeout"], 0),
        (&["search", "zzzzqqq"], 1),
        (&["which", "--path", "nowhere"], 2),
    ] {
        let full = std::fs::File::create("/dev/full").unwrap();
        assert_eq!(
            with_stderr(args, full.into()),
            Some(expected),
            "{args:?} 2>/dev/full"
        );
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        assert_eq!(
            with_stderr(args, writer.into()),
            Some(expected),
            "{args:?} 2>closed pipe"
        );
    }
}

#[test]
#[cfg(unix)]
fn a_dumb_terminal_gets_a_plain_numbered_prompt() {
    let mut command = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_httpcode"));
    command.arg("which");
    command.env("TERM", "dumb");
    let mut term = crate::common::pty::Terminal::spawn(command, 24, 80);
    term.wait_for("1. It worked");
    term.keys("3\r");
    term.wait_for("Where does the failure come from?");
    term.keys("the request\rwho\r1\r");
    let (code, _, out) = term.finish_with_output();
    assert_eq!(code, 0);
    let rest = String::from_utf8(out).unwrap();
    assert!(rest.contains("401 Unauthorized"), "{rest}");
    assert!(
        !rest.contains("\u{1b}["),
        "no cursor or erase sequences: {rest:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_argument_puts_a_control_character_on_the_terminal(
        args in proptest::collection::vec("(\\PC|[\\x01-\\x1f\\x7f\\u{80}-\\u{9f}\\u{202a}-\\u{202e}\\u{2066}-\\u{2069}]){0,12}", 1..4),
    ) {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        for color in [false, true] {
            let output = run(&args, b"", color);
            for bytes in [&output.stdout, &output.stderr] {
                let problem = raw_control(bytes);
                prop_assert!(problem.is_none(), "{:?}: {:?}", args, problem);
            }
        }
    }

    #[test]
    fn no_check_input_puts_a_control_character_on_the_terminal(
        head in "HTTP/(1\\.1|2) [0-9]{3}( [\\x00-\\x7f\\u{80}-\\u{9f}\\u{202e}]{0,10})?",
        fields in proptest::collection::vec("[A-Za-z-]{1,10}: [\\x01-\\x7f\\u{202e}]{0,20}", 0..5),
        body in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut input = format!("{head}\r\n{}\r\n\r\n", fields.join("\r\n")).into_bytes();
        input.extend(body);
        let args = os(&["check"]);
        for color in [false, true] {
            let output = run(&args, &input, color);
            prop_assert!(matches!(output.status.code(), Some(0..=2)));
            for bytes in [&output.stdout, &output.stderr] {
                let problem = raw_control(bytes);
                prop_assert!(problem.is_none(), "{:?}: {:?}", String::from_utf8_lossy(&input), problem);
            }
        }
    }
}
