//! `httpcode check`: every input form, the exit status a CI step relies on, JSON against its
//! schema, bounded reading, and safe output of what servers send.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::{httpcode, stderr_of};
use serde_json::Value;

const DATE: &str = "Date: Sun, 29 Nov 2026 10:00:00 GMT";

/// Runs `httpcode check ARGS` with `input` on stdin; returns the exit code, stdout, stderr.
fn check(input: &str, args: &[&str]) -> (i32, String, String) {
    let input = input.replace("{DATE}", DATE);
    let output = httpcode()
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .write_stdin(input)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

fn check_json(input: &str, args: &[&str]) -> Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (_, out, err) = check(input, &all);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

/// The check ids found, response by response.
fn found(value: &Value) -> Vec<Vec<String>> {
    value["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["check"].as_str().unwrap().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn curl_si_with_crlf_and_content() {
    let input = "HTTP/1.1 401 Unauthorized\r\n{DATE}\r\nContent-Type: application/json\r\n\r\n\
                 {\"error\": \"token expired\"}";
    let (code, out, err) = check(input, &[]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.starts_with("HTTP/1.1 401 Unauthorized"), "{out}");
    assert!(out.contains("401 Unauthorized · 4xx Client Error · standard"));
    assert!(out.contains("error") && out.contains("WWW-Authenticate"));
    assert!(out.contains("RFC 9110 §15.5.2"));
    assert!(
        out.contains("1 response: 1 error, 0 warnings, 0 notes"),
        "{out}"
    );
}

#[test]
fn curl_head_redirect_chain_is_summarised() {
    let input = "HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/\r\n{DATE}\r\n\r\n\
                 HTTP/2 302\r\nlocation: /home\r\n{DATE}\r\n\r\n\
                 HTTP/2 200\r\n{DATE}\r\n\r\n";
    let value = check_json(input, &[]);
    assert_eq!(value["responses"].as_array().unwrap().len(), 3);
    assert_eq!(value["chain"]["hops"], serde_json::json!([301, 302, 200]));
    assert_eq!(value["chain"]["permanent"], false);
    assert_eq!(value["chain"]["method_kept"], false);
    let (_, out, _) = check(input, &[]);
    assert!(
        out.contains("Redirect chain: 301 → 302 → 200 · temporary"),
        "{out}"
    );
}

#[test]
fn curl_verbose_reads_the_request_too() {
    let input = "*   Trying 127.0.0.1:8080...\n* Connected to localhost\n\
                 > GET /video.mp4 HTTP/1.1\n> Host: localhost:8080\n> User-Agent: curl/8.5.0\n>\n\
                 < HTTP/1.1 206 Partial Content\n< {DATE}\n< Content-Range: bytes 0-1/10\n\
                 < Content-Type: video/mp4\n<\n\
                 ab* Connection #0 to host localhost left intact\n";
    let value = check_json(input, &[]);
    let response = &value["responses"][0];
    assert_eq!(response["request"]["method"], "GET");
    assert_eq!(found(&value), [vec!["206-without-range-request"]]);
}

#[test]
fn wget_and_httpie_output() {
    let wget = "--2026-11-29 10:00:00--  http://localhost:8080/x\n\
                HTTP request sent, awaiting response... \n  HTTP/1.1 405 Not Allowed\n  \
                Server: nginx/1.22.1\n  {DATE}\n  Content-Length: 157\n\
                2026-11-29 10:00:00 ERROR 405: Not Allowed.\n";
    let value = check_json(wget, &[]);
    assert_eq!(value["responses"][0]["code"], 405);
    assert!(found(&value)[0].contains(&"405-without-allow".to_string()));
    let httpie = "POST /users HTTP/1.1\nContent-Type: application/json\n\n{\"name\": \"x\"}\n\n\
                  HTTP/1.1 201 Created\n{DATE}\nContent-Type: application/json\n\n{\"id\": 1}\n";
    let value = check_json(httpie, &[]);
    assert_eq!(value["responses"][0]["request"]["method"], "POST");
    assert_eq!(found(&value), [vec!["201-without-location"]]);
}

#[test]
fn a_har_file_checks_every_entry() {
    let har = r#"{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"},
      "entries": [
        {"request": {"method": "GET", "url": "https://a.example/api", "httpVersion": "h2",
                     "headers": []},
         "response": {"status": 200, "statusText": "", "httpVersion": "h2",
                      "headers": [{"name": "date", "value": "Sun, 29 Nov 2026 10:00:00 GMT"},
                                  {"name": "content-type", "value": "application/json"}],
                      "content": {"size": 17, "mimeType": "application/json",
                                  "text": "{\"ok\": false}"}, "bodySize": 17}},
        {"request": {"method": "GET", "url": "https://a.example/gone", "httpVersion": "h2",
                     "headers": []},
         "response": {"status": 503, "statusText": "", "httpVersion": "h2",
                      "headers": [{"name": "cache-control", "value": "public, max-age=600"}],
                      "content": {"size": 0}, "bodySize": 0}}
      ]}}"#;
    let dir = std::env::temp_dir().join(format!("httpcode-har-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("session.har");
    std::fs::write(&path, har).unwrap();
    let output = httpcode()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let found = found(&value);
    assert!(
        found[0].contains(&"2xx-with-error-body".to_string()),
        "{found:?}"
    );
    assert!(
        found[1].contains(&"error-cacheable-by-shared-caches".to_string()),
        "{found:?}"
    );
    // Both are notes: no RFC keyword forbids them, so the default --fail-on passes.
    assert_eq!(output.status.code(), Some(0));
    let strict = httpcode()
        .args(["check", "--fail-on", "note"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn exit_status_follows_fail_on() {
    let note_only = "HTTP/1.1 503 Service Unavailable\n\n";
    assert_eq!(
        check(note_only, &[]).0,
        0,
        "a note is below the default, warning"
    );
    assert_eq!(check(note_only, &["--fail-on", "note"]).0, 1);
    let warning = "HTTP/1.1 301 Moved Permanently\n{DATE}\n\n";
    assert_eq!(check(warning, &[]).0, 1);
    assert_eq!(check(warning, &["--fail-on", "error"]).0, 0);
    let clean = "HTTP/1.1 200 OK\n{DATE}\n\n";
    let (code, out, _) = check(clean, &["--fail-on", "note"]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing to report"));
}

#[test]
fn unreadable_input_is_exit_2_with_a_hint() {
    for input in ["", "hello\nworld\n", "{not json"] {
        let (code, out, err) = check(input, &[]);
        assert_eq!(code, 2, "{input:?}");
        assert!(out.is_empty());
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let err = check("hello\n", &[]).2;
    assert!(err.contains("curl -si"), "{err}");
    let err = stderr_of(&["check", "/no/such/file"], 2);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn json_follows_its_schema() {
    let validator = crate::common::Schema::load("check.schema.json");
    for input in [
        "HTTP/1.1 200 OK\n{DATE}\n\n",
        "HTTP/1.1 301 Moved Permanently\nLocation: /a\n{DATE}\n\nHTTP/1.1 200 OK\n{DATE}\n\n",
        "> GET / HTTP/1.1\n>\n< HTTP/1.1 499 Client Closed Request\n<\n",
        "HTTP/1.1 432 Odd\n\n",
    ] {
        let value = check_json(input, &[]);
        let errors = validator.errors(&value);
        assert!(errors.is_empty(), "{input}: {errors:#?}");
    }
}

#[test]
fn what_servers_send_never_reaches_the_terminal_raw() {
    let input = "HTTP/1.1 200 \u{1b}]0;pwned\u{7}\u{202e}\n{DATE}\nLocation: /x\u{1b}[2J\n\
                 Retry-After: \u{1b}[31msoon\n\n";
    let (_, out, err) = check(input, &["--color", "always"]);
    for text in [&out, &err] {
        assert!(!text.contains('\u{7}') && !text.contains('\u{202e}'));
        // The only escape sequences are the program's own colours (ESC [ ... m).
        for (i, _) in text.match_indices('\u{1b}') {
            let rest = &text[i + 1..];
            let colour = rest.starts_with('[')
                && rest[1..]
                    .chars()
                    .take_while(|c| *c != 'm')
                    .all(|c| c.is_ascii_digit() || c == ';');
            assert!(colour, "raw escape in: {text:?}");
        }
    }
    assert!(out.contains("\\e]0;pwned\\x07\\u{202e}"), "{out}");
    // JSON keeps what was sent, exactly, in JSON escapes.
    let value = check_json(input, &[]);
    assert_eq!(
        value["responses"][0]["reason"],
        "\u{1b}]0;pwned\u{7}\u{202e}"
    );
}

#[test]
fn a_huge_body_streams_past_in_bounded_memory() {
    // 300 MB of content without a line break, read under a 200 MB address-space limit.
    let script = format!(
        "ulimit -v 400000; {{ printf 'HTTP/1.1 200 OK\\r\\n{DATE}\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n'; \
         head -c 300000000 /dev/zero; }} | '{}' check",
        env!("CARGO_BIN_EXE_httpcode")
    );
    let output = Command::new("bash")
        .args(["-c", &script])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(out.contains("1 response: 0 errors"), "{out}");
}

#[test]
fn a_terminal_on_stdin_gets_the_hint_at_once() {
    #[cfg(unix)]
    {
        let mut command = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_httpcode"));
        command.arg("check");
        let mut term = crate::common::pty::Terminal::spawn(command, 24, 80);
        term.wait_for("no status line found");
        assert_eq!(term.finish().0, 2);
    }
}

#[test]
fn check_needs_no_terminal_and_reads_a_pipe_to_the_end() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for _ in 0..1000 {
        writeln!(stdin, "HTTP/1.1 204 No Content\r\n{DATE}\r\n\r").unwrap();
    }
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("1000 responses"));
}

/// The captured responses of real servers (see tests/fixtures/responses/README.md).
fn captures() -> Vec<std::path::PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/responses");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "har")))
        .collect();
    files.sort();
    files
}

fn check_file(path: &std::path::Path) -> Value {
    let output = httpcode()
        .args(["check", "--json"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn every_real_capture_reads_with_the_codes_its_name_gives() {
    let files = captures();
    assert!(files.len() >= 40, "{}", files.len());
    for path in &files {
        let name = path.file_name().unwrap().to_str().unwrap();
        let value = check_file(path);
        let codes: Vec<String> = value["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].to_string())
            .collect();
        if let Some(named) = name.split('_').nth(1).filter(|_| name.ends_with(".txt")) {
            assert_eq!(codes.join("-"), named, "{name}");
        }
        // Where the tool shows the request, it is read.
        if name.contains("curl-v") || name.contains("curl-sv") || name.contains("httpie") {
            assert!(value["responses"][0]["request"].is_object(), "{name}");
        }
    }
}

#[test]
fn real_servers_get_what_the_fixtures_show() {
    let found_in = |file: &str| -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/responses")
            .join(file);
        found(&check_file(&path)).concat()
    };
    for (file, check) in [
        ("nginx-1.22.1_405_curl-si.txt", "405-without-allow"),
        ("nginx-1.22.1_405_curl-v.txt", "405-without-allow"),
        ("nginx-1.22.1_405_httpie-hH.txt", "405-without-allow"),
        (
            "express-5.3.0_401_curl-si.txt",
            "401-without-www-authenticate",
        ),
        ("apache-2.4.71_416_curl-si.txt", "416-without-content-range"),
        (
            "express-5.3.0_200_curl-si_error-body.txt",
            "2xx-with-error-body",
        ),
        (
            "fastapi-0.165.0_200_curl-si_error-body.txt",
            "2xx-with-error-body",
        ),
        ("nginx-1.22.1_302_curl-si.txt", "reason-is-old-name"),
        (
            "lighttpd-1.4.69_304_curl-v_if-modified-since.txt",
            "304-with-representation-metadata",
        ),
        (
            "varnish-7.1.1_304_curl-v_if-modified-since.txt",
            "304-with-representation-metadata",
        ),
        ("go-net-http-1.19.8_416_curl-si.txt", "reason-is-old-name"),
        (
            "haproxy-2.6.12_503_curl-v_upstream-down.txt",
            "503-without-retry-after",
        ),
        (
            "apache-2.4.71_503_curl-si_proxy-refused.txt",
            "503-without-retry-after",
        ),
    ] {
        let found = found_in(file);
        assert!(found.contains(&check.to_string()), "{file}: {found:?}");
    }
    // A size limit is not a temporary condition: a 413 without Retry-After is fine.
    let found = found_in("nginx-1.22.1_413_curl-si.txt");
    assert!(
        !found.contains(&"413-without-retry-after".to_string()),
        "{found:?}"
    );
    // What servers get right is not reported: no 304 or 206 error, no error in a chain.
    for path in captures() {
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let value = check_file(&path);
        for response in value["responses"].as_array().unwrap() {
            let code = response["code"].as_u64().unwrap();
            for finding in response["findings"].as_array().unwrap() {
                let check = finding["check"].as_str().unwrap();
                let wrongly = (code == 304 || code == 206 || (300..400).contains(&code))
                    && finding["level"] == "error";
                assert!(!wrongly, "{name}: {code} {check}");
            }
        }
    }
}

#[test]
fn brief_gives_one_line_per_response() {
    let (code, out, _) = check(
        "HTTP/1.1 401 Unauthorized\r\n{DATE}\r\n\r\nHTTP/1.1 204 No Content\r\n{DATE}\r\n\r\n",
        &["--brief"],
    );
    assert_eq!(code, 1);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("HTTP/1.1 401 Unauthorized") && lines[0].ends_with("· 1 error"),
        "{out}"
    );
    assert!(lines[1].ends_with("· ok"), "{out}");
    assert!(
        out.ends_with("2 responses: 1 error, 0 warnings, 0 notes\n"),
        "{out}"
    );
}

#[test]
fn a_browsers_har_is_judged_only_on_what_the_server_sent() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/har/chromium-156_python-http.server-3.11.7_reload.har"
    );
    let output = httpcode()
        .args(["check", "--json", "--fail-on", "warning", path])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    // The reload's cached 200s are the browser's, not the server's.
    assert_eq!(value["summary"]["skipped"], 2);
    assert_eq!(value["summary"]["responses"], 14);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("served from the browser's cache"), "{err}");
}

#[test]
fn a_browsers_redirect_chain_is_summarised_from_its_requests() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/har/chromium-156_python-http.server-3.11.7_redirect.har"
    );
    let output = httpcode().args(["check", "--json", path]).output().unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let chains = value["chains"].as_array().unwrap();
    assert_eq!(chains.len(), 1, "{value}");
    assert_eq!(chains[0]["hops"], serde_json::json!([301, 200]));
    assert!(
        chains[0]["from"].as_str().unwrap().ends_with("/static"),
        "{value}"
    );
    assert_eq!(chains[0]["looped"], false);
    let found = found(&value);
    assert!(found.iter().all(Vec::is_empty), "{found:?}");
}
