//! Output on a terminal, driven through a pseudo-terminal: colour and its switches. The
//! interactive `which` is tested screen by screen in `screen.rs`.

#![cfg(unix)]

use rexpect::process::wait::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

fn exit_code(session: &mut PtySession) -> i32 {
    match session.process.wait().expect("waits") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("did not exit normally: {other:?}"),
    }
}

/// `httpcode 404` on a terminal, with extra environment; returns what it printed.
fn on_terminal(env: &[(&str, &str)]) -> String {
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("httpcode"));
    command
        .args(["404", "--brief"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
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
    assert!(
        !on_terminal(&[("CLICOLOR", "0")]).contains("\x1b["),
        "CLICOLOR=0"
    );
    assert!(
        on_terminal(&[("CLICOLOR", "1")]).contains("\x1b["),
        "CLICOLOR=1 changes nothing on a terminal"
    );
}
