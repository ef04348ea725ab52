//! `check` stays small and quick on any input: each shape of input that once cost gigabytes
//! or minutes is generated here at a size that runs quickly and read under a memory limit
//! (the child's address space, set with `ulimit -v`) and a time limit. Endless input is
//! refused with a one-line message, and a reader that goes away does not hide the findings.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const DATE: &str = "Date: Sun, 29 Nov 2026 10:00:00 GMT";
/// The address space each run gets, in KiB: the binary and its libraries take about 20 MB of
/// it, so this leaves well under 100 MB for the data.
const ADDRESS_SPACE_KIB: u64 = 160_000;

/// A scratch file under the target folder, written once per test.
fn scratch(name: &str, write: impl FnOnce(&mut dyn Write)) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("check-bounds");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let file = std::fs::File::create(&path).unwrap();
    let mut out = std::io::BufWriter::new(file);
    write(&mut out);
    out.flush().unwrap();
    path
}

/// Runs a shell `command` (with `$HTTPCODE` set) under the memory limit, and returns its
/// output and how long it took.
fn bounded(command: &str) -> (Output, Duration) {
    let script = format!("ulimit -v {ADDRESS_SPACE_KIB}; {command}");
    let started = Instant::now();
    let output = Command::new("bash")
        .args(["-o", "pipefail", "-c", &script])
        .env("HTTPCODE", env!("CARGO_BIN_EXE_httpcode"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (output, started.elapsed())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

/// The last line of stdout: the summary.
fn summary(output: &Output) -> String {
    text(&output.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn interim_responses_share_a_large_request() {
    // curl -v: a 1 MB request, then 2,000 interim responses, then the final one.
    let path = scratch("interim.txt", |out| {
        writeln!(
            out,
            "> PUT /upload HTTP/1.1\r\n> Host: a\r\n> Expect: 100-continue\r"
        )
        .unwrap();
        for i in 0..16 {
            writeln!(out, "> X-Pad-{i}: {}\r", "p".repeat(64 * 1024 - 64)).unwrap();
        }
        writeln!(out, ">\r").unwrap();
        for _ in 0..2000 {
            writeln!(out, "< HTTP/1.1 100 Continue\r\n<\r").unwrap();
        }
        writeln!(
            out,
            "< HTTP/1.1 201 Created\r\n< Location: /upload/1\r\n< {DATE}\r\n<\r"
        )
        .unwrap();
    });
    let (output, took) = bounded(&format!("$HTTPCODE check '{}'", path.display()));
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "{}",
        text(&output.stderr)
    );
    assert!(
        summary(&output).starts_with("2001 responses"),
        "{}",
        summary(&output)
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
}

#[test]
fn a_long_redirect_chain_takes_linear_time() {
    let hops = 50_000;
    let path = scratch("chain.txt", |out| {
        for i in 0..hops {
            write!(
                out,
                "HTTP/1.1 302 Found\r\nLocation: /hop/{}\r\n{DATE}\r\n\r\n",
                i + 1
            )
            .unwrap();
        }
        write!(out, "HTTP/1.1 200 OK\r\n{DATE}\r\n\r\n").unwrap();
    });
    let (output, took) = bounded(&format!("$HTTPCODE check '{}'", path.display()));
    assert!(
        output.status.code().is_some_and(|c| c <= 1),
        "{}",
        text(&output.stderr)
    );
    assert!(
        summary(&output).starts_with("50001 responses"),
        "{}",
        summary(&output)
    );
    // Quadratic, this took minutes; linear, about a second in a debug build.
    assert!(took < Duration::from_secs(20), "{took:?}");
    assert!(text(&output.stdout).contains("Redirect chain:"));
}

#[test]
fn many_large_responses_stay_within_the_memory_limit() {
    // 2,000 responses with 64 KiB bodies, and 100 with 1 MB of header fields each.
    let path = scratch("large.txt", |out| {
        let body = "b".repeat(64 * 1024);
        for _ in 0..2000 {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n{DATE}\r\n\r\n{body}",
                body.len()
            )
            .unwrap();
        }
        let value = "v".repeat(8 * 1024);
        for _ in 0..100 {
            write!(out, "HTTP/1.1 200 OK\r\n{DATE}\r\n").unwrap();
            for i in 0..128 {
                write!(out, "X-Field-{i}: {value}\r\n").unwrap();
            }
            write!(out, "\r\n").unwrap();
        }
    });
    for args in ["", "--json"] {
        let (output, _) = bounded(&format!(
            "$HTTPCODE check {args} '{}' >/dev/null",
            path.display()
        ));
        assert!(
            output.status.code().is_some_and(|c| c <= 1),
            "{args}: {:?} {}",
            output.status,
            text(&output.stderr)
        );
    }
}

#[test]
fn a_har_file_streams_entry_by_entry() {
    let entries = 300_000;
    let path = scratch("many.har", |out| {
        write!(out, "{{\"log\": {{\"version\": \"1.2\", \"entries\": [").unwrap();
        for i in 0..entries {
            if i > 0 {
                write!(out, ",").unwrap();
            }
            write!(
                out,
                "{{\"request\": {{\"method\": \"GET\", \"url\": \"https://a/{i}\", \"headers\": []}}, \
                 \"response\": {{\"status\": 204, \"headers\": [{{\"name\": \"Date\", \
                 \"value\": \"Sun, 29 Nov 2026 10:00:00 GMT\"}}], \"content\": {{}}}}}}"
            )
            .unwrap();
        }
        write!(out, "]}}}}").unwrap();
    });
    // More entries than check reads: refused, within the memory limit, with the limit named.
    let (output, _) = bounded(&format!("$HTTPCODE check '{}' >/dev/null", path.display()));
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
    assert!(
        text(&output.stderr).contains("100000"),
        "{}",
        text(&output.stderr)
    );
    // Within the count, every entry is read.
    let small = scratch("some.har", |out| {
        write!(out, "\u{feff}{{\"log\": {{\"entries\": [").unwrap();
        for i in 0..50_000 {
            if i > 0 {
                write!(out, ",").unwrap();
            }
            write!(
                out,
                "{{\"request\": {{\"method\": \"GET\", \"url\": \"https://a/{i}\"}}, \
                 \"response\": {{\"status\": {}, \"headers\": []}}}}",
                if i % 1000 == 0 { 0 } else { 204 }
            )
            .unwrap();
        }
        write!(out, "]}}}}").unwrap();
    });
    let (output, _) = bounded(&format!("$HTTPCODE check --json '{}'", small.display()));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&output.stderr)));
    assert_eq!(value["summary"]["responses"], 49_950);
    assert_eq!(value["summary"]["skipped"], 50);
    assert!(
        text(&output.stderr).contains("50 HAR entries"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn endless_input_is_refused_with_the_limit_named() {
    let (output, took) = bounded("$HTTPCODE check /dev/zero");
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no status line in the first 64 MiB"), "{err}");
    assert!(took < Duration::from_secs(30), "{took:?}");
    // Endless header lines after a status line: refused once the header section is longer
    // than any server sends, with the responses read before it reported.
    let (output, took) = bounded(&format!(
        "{{ printf 'HTTP/1.1 204 No Content\\r\\n{DATE}\\r\\n\\r\\nHTTP/1.1 200 OK\\r\\n'; \
         yes 'X-More: yes'; }} | $HTTPCODE check"
    ));
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert!(err.contains("header section goes on past 16 MiB"), "{err}");
    assert!(
        summary(&output).starts_with("1 response"),
        "{}",
        summary(&output)
    );
    assert!(took < Duration::from_secs(60), "{took:?}");
}

#[test]
fn a_reader_that_goes_away_does_not_hide_the_findings() {
    let path = scratch("errors.txt", |out| {
        for _ in 0..5000 {
            write!(out, "HTTP/1.1 401 Unauthorized\r\n{DATE}\r\n\r\n").unwrap();
        }
    });
    let (output, _) = bounded(&format!("$HTTPCODE check '{}' | head -1", path.display()));
    // pipefail: the pipeline fails with check's status, which reports the errors found.
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(output.stderr.is_empty(), "{}", text(&output.stderr));
    let (output, _) = bounded(&format!(
        "$HTTPCODE check --json '{}' | head -c 100 >/dev/null",
        path.display()
    ));
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
}

#[test]
fn odd_status_codes_are_shown_as_sent() {
    let (output, _) = bounded(&format!(
        "printf 'HTTP/1.1 099 Odd\\r\\n{DATE}\\r\\n\\r\\n' | $HTTPCODE check"
    ));
    assert!(
        text(&output.stdout).starts_with("HTTP/1.1 099 Odd"),
        "{}",
        text(&output.stdout)
    );
}
