//! The interactive `which`, driven through a pseudo-terminal.

#![cfg(unix)]

use rexpect::process::wait::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

fn start() -> PtySession {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpcode"));
    command
        .arg("which")
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    spawn_command(command, Some(10_000)).expect("spawns on a pty")
}

/// Sends keys at once (rexpect buffers `send` until a flush).
fn key(session: &mut PtySession, keys: &str) {
    session.send(keys).expect("sends");
    session.flush().expect("flushes");
}

fn exit_code(session: &mut PtySession) -> i32 {
    match session.process.wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

#[test]
fn answers_with_keys_goes_back_and_ends_on_the_card() {
    let mut p = start();
    p.exp_string("Did the request succeed?").unwrap();
    // '3' picks "no"; '2' picks "server"; then go back and take "client" instead.
    key(&mut p, "3");
    p.exp_string("Is the request at fault, or the server?")
        .unwrap();
    key(&mut p, "2");
    p.exp_string("What went wrong on the server side?").unwrap();
    key(&mut p, "b");
    p.exp_string("Is the request at fault, or the server?")
        .unwrap();
    // Arrow down is "server"; arrow up returns to "client"; Enter picks it.
    key(&mut p, "\x1b[B");
    key(&mut p, "\x1b[A");
    key(&mut p, "\r");
    p.exp_string("What is wrong with the request?").unwrap();
    key(&mut p, "1");
    key(&mut p, "1");
    p.exp_string("401 Unauthorized").unwrap();
    p.exp_string("WWW-Authenticate").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn ctrl_c_exits_130() {
    let mut p = start();
    p.exp_string("Did the request succeed?").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 130);
}

#[test]
fn end_of_input_and_quit_exit_1() {
    let mut p = start();
    p.exp_string("Did the request succeed?").unwrap();
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 1);
    let mut p = start();
    p.exp_string("Did the request succeed?").unwrap();
    key(&mut p, "q");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 1);
}

/// `httpcode 404` on a terminal, with extra environment; returns what it printed.
fn on_terminal(env: &[(&str, &str)]) -> String {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpcode"));
    command
        .args(["404", "--brief"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    command.env("TERM", "xterm");
    for (name, value) in env {
        command.env(name, value);
    }
    let mut p = spawn_command(command, Some(10_000)).expect("spawns on a pty");
    let out = p.exp_eof().unwrap();
    assert_eq!(exit_code(&mut p), 0);
    out
}

#[test]
fn colour_on_a_terminal_unless_no_color_or_a_dumb_terminal() {
    assert!(on_terminal(&[]).contains("\x1b["), "a terminal gets colour");
    assert!(
        !on_terminal(&[("NO_COLOR", "1")]).contains("\x1b["),
        "NO_COLOR"
    );
    assert!(
        on_terminal(&[("NO_COLOR", "")]).contains("\x1b["),
        "an empty NO_COLOR is unset"
    );
    assert!(
        !on_terminal(&[("TERM", "dumb")]).contains("\x1b["),
        "TERM=dumb"
    );
}
