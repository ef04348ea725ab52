//! Output on a terminal, driven through a pseudo-terminal: colour and its switches. The
//! interactive `which` is tested screen by screen in `screen.rs`.

#![cfg(unix)]

use crate::common::pty::Terminal;
use portable_pty::CommandBuilder;

/// `httpcode 404` on a terminal, with extra environment; returns what it printed.
fn on_terminal(env: &[(&str, &str)]) -> String {
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_httpcode"));
    command.args(["404", "--brief"]);
    command.env_remove("NO_COLOR");
    command.env_remove("CLICOLOR");
    command.env_remove("CLICOLOR_FORCE");
    command.env("TERM", "xterm");
    for (name, value) in env {
        command.env(name, value);
    }
    let (code, _, out) = Terminal::spawn(command, 24, 80).finish_with_output();
    assert_eq!(code, 0);
    String::from_utf8(out).expect("UTF-8")
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
