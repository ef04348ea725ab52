//! "Send it" on the command line: `--framework` and `HTTPCODE_FRAMEWORK` add the framework's
//! lines to cards, `which` results and search answers; `--full` names the frameworks; JSON
//! carries every framework's lines; a name httpcode does not know is a usage error. The
//! lines themselves are run in the real frameworks by `tests/it/frameworks.rs`.

use crate::common::{httpcode, json_of, stderr_of, stdout_of};

/// The card's "Send it" part, from its heading to the line naming the version.
fn send_part(out: &str) -> String {
    out.lines()
        .skip_while(|l| !l.starts_with("Send it"))
        .take_while(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_card_shows_the_lines_for_the_chosen_framework() {
    let out = stdout_of(&["405", "--framework", "express"], 0);
    let part = send_part(&out);
    assert!(part.starts_with("Send it (Express 5)"), "{out}");
    assert!(part.contains("res.status(405)"), "{part}");
    assert!(part.contains("Allow: 'GET, HEAD'"), "{part}");
    assert!(
        part.contains("Express 5.3.0"),
        "the version it ran with: {part}"
    );
    let go = send_part(&stdout_of(&["401", "--framework", "go"], 0));
    assert!(go.contains("WWW-Authenticate"), "{go}");
    assert!(go.contains("http.StatusUnauthorized"), "{go}");
    let axum = send_part(&stdout_of(&["301", "--framework", "axum"], 0));
    assert!(axum.contains("StatusCode::MOVED_PERMANENTLY"), "{axum}");
    assert!(
        axum.contains("Redirect::permanent sends 308"),
        "the trap: {axum}"
    );
    // No body on a 204, in every framework: the code sends nothing but the status.
    for framework in ["express", "fastapi", "flask", "django", "go", "axum"] {
        let part = send_part(&stdout_of(&["204", "--framework", framework], 0));
        let code: String = part
            .lines()
            .skip(1)
            .take_while(|l| !l.starts_with("  Note:") && !l.starts_with("  Run and"))
            .collect();
        for body in ["json", "Json", "{", "fmt.Fprint", "\"\", 204, {"] {
            assert!(!code.contains(body), "{framework}: {code}");
        }
    }
}

#[test]
fn where_a_framework_cannot_send_the_code_it_says_how_it_happens() {
    let part = send_part(&stdout_of(&["103", "--framework", "fastapi"], 0));
    assert!(part.contains("No handler lines for 103"), "{part}");
    assert!(part.contains("Link"), "{part}");
    // 100 and 101 come from the server or an upgrade library; each framework says which.
    for (framework, continues, upgrades) in [
        ("express", "checkContinue", "'upgrade' event"),
        ("fastapi", "uvicorn sends 100", "@app.websocket"),
        ("flask", "WSGI server", "WSGI has no way"),
        ("django", "uvicorn sends 100", "Channels"),
        ("go", "r.Body", "gorilla/websocket"),
        ("axum", "hyper sends 100", "WebSocketUpgrade"),
    ] {
        for (code, says) in [("100", continues), ("101", upgrades)] {
            let part = send_part(&stdout_of(&[code, "--framework", framework], 0));
            let flat = part.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(
                flat.contains("No handler lines"),
                "{framework} {code}: {part}"
            );
            assert!(flat.contains(says), "{framework} {code}: {part}");
        }
    }
    let part = send_part(&stdout_of(&["103", "--framework", "go"], 0));
    assert!(part.contains("http.StatusEarlyHints"), "{part}");
}

#[test]
fn the_environment_chooses_the_default_and_the_flag_wins() {
    let output = httpcode()
        .args(["409"])
        .env("HTTPCODE_FRAMEWORK", "django")
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(send_part(&out).starts_with("Send it (Django)"), "{out}");
    let output = httpcode()
        .args(["409", "--framework", "flask"])
        .env("HTTPCODE_FRAMEWORK", "django")
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(send_part(&out).starts_with("Send it (Flask)"), "{out}");
    let output = httpcode()
        .args(["409"])
        .env("HTTPCODE_FRAMEWORK", "rails")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("HTTPCODE_FRAMEWORK") && err.contains("express"),
        "{err}"
    );
}

#[test]
fn which_results_and_search_answers_carry_the_lines() {
    let out = stdout_of(&["which", "--path", "1/1/1", "--framework", "fastapi"], 0);
    assert!(send_part(&out).starts_with("Send it (FastAPI)"), "{out}");
    let out = stdout_of(&["search", "user", "is", "banned", "--framework", "go"], 0);
    assert!(
        send_part(&out).starts_with("Send it (Go net/http)"),
        "{out}"
    );
    assert!(out.contains("http.StatusForbidden"), "{out}");
}

#[test]
fn without_a_framework_a_full_card_names_them_and_a_normal_card_stays_short() {
    let full = stdout_of(&["405", "--full"], 0);
    let part = send_part(&full);
    for framework in ["express", "fastapi", "flask", "django", "go", "axum"] {
        assert!(part.contains(framework), "{part}");
    }
    assert!(!stdout_of(&["405"], 0).contains("Send it"));
    // A vendor's meaning of a number has no snippet.
    assert!(!stdout_of(&["499", "--framework", "express"], 0).contains("Send it"));
}

#[test]
fn an_unknown_framework_is_a_usage_error_naming_the_known_ones() {
    let err = stderr_of(&["404", "--framework", "rails"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    for framework in ["express", "fastapi", "flask", "django", "go", "axum"] {
        assert!(err.contains(framework), "{err}");
    }
}

#[test]
fn json_carries_every_frameworks_lines() {
    let value = json_of(&["416", "--json"], 0);
    let send = value["send"].as_array().unwrap();
    assert_eq!(send.len(), 6);
    for snippet in send {
        assert_eq!(snippet["runs"], true, "{snippet}");
        assert!(
            snippet["lines"].as_str().unwrap().contains("*/100"),
            "{snippet}"
        );
        assert_eq!(snippet["headers"], serde_json::json!(["Content-Range"]));
    }
    let value = json_of(&["103", "--json"], 0);
    let runs: Vec<&str> = value["send"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["runs"] == true)
        .map(|s| s["framework"].as_str().unwrap())
        .collect();
    assert_eq!(runs, ["express", "go"]);
}
