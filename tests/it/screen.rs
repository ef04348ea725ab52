//! The interactive `which` as a user sees it: run on a pseudo-terminal of a set size, its
//! output fed to a terminal emulator, and the screen itself asserted (80×24 and 40×20).

#![cfg(unix)]

use std::io::Read;
use std::time::{Duration, Instant};

use crate::common::pty::{Terminal, size};
use portable_pty::{CommandBuilder, native_pty_system};

/// Text only the prompt draws; none of it may stay on screen once the walk is over.
const PROMPT_ONLY: &[&str] = &["So far:", "❯", "Enter pick", "It worked, fully or in part"];

fn assert_no_prompt_left(screen: &str) {
    for text in PROMPT_ONLY {
        assert!(!screen.contains(text), "{text:?} left on screen:\n{screen}");
    }
}

fn walk_to_409(rows: u16, cols: u16) {
    let mut term = Terminal::start(&["which"], rows, cols);
    term.wait_for("What happened to the request?");
    // failed › the request › state › conflict
    term.keys("3");
    term.wait_for("Where does the failure come from?");
    term.keys("1");
    term.wait_for("What is wrong with the request?");
    term.keys("4");
    let screen = term.wait_for("What about the resource's state");
    assert!(
        screen.contains("So far: failed › the request › state"),
        "{screen}"
    );
    for row in term.rows() {
        assert!(
            row.chars().count() < usize::from(cols),
            "{row:?} fills the row"
        );
    }
    term.keys("1");
    let (code, screen) = term.finish();
    assert_eq!(code, 0, "{screen}");
    assert_no_prompt_left(&screen);
    // The result stays in view at the bottom of the screen.
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    for text in [
        "409 Conflict: the request clashes with the resource's current state",
        "or 412 Precondition Failed",
        "The card again: httpcode 409",
    ] {
        assert!(
            flat.contains(text),
            "{text:?} not on the final screen:\n{screen}"
        );
    }
}

#[test]
fn a_walk_leaves_only_the_result_at_80_by_24() {
    walk_to_409(24, 80);
}

#[test]
fn a_walk_leaves_only_the_result_at_40_by_20() {
    walk_to_409(20, 40);
}

#[test]
fn quitting_or_interrupting_leaves_a_clean_screen() {
    for (keys, expected) in [("q", 1), ("\x1b", 1), ("\x03", 130), ("\x04", 1)] {
        let mut term = Terminal::start(&["which"], 24, 80);
        term.wait_for("What happened to the request?");
        term.keys("3");
        term.wait_for("Where does the failure come from?");
        term.keys(keys);
        let (code, screen) = term.finish();
        assert_eq!(code, expected, "{keys:?}");
        assert_eq!(screen.trim(), "", "{keys:?} left:\n{screen}");
    }
}

#[test]
fn going_back_keeps_the_answer_given_marked() {
    let mut term = Terminal::start(&["which"], 24, 80);
    term.wait_for("What happened to the request?");
    term.keys("3");
    term.wait_for("Where does the failure come from?");
    term.keys("b");
    let screen = term.wait_for("What happened to the request?");
    assert!(screen.contains("❯ 3. It failed or was refused"), "{screen}");
    assert!(!screen.contains("So far:"), "{screen}");
    // The keys are on screen in one line at this width.
    let keys = term
        .rows()
        .into_iter()
        .filter(|r| r.contains("back"))
        .count();
    assert_eq!(keys, 1);
    term.keys("q");
    term.finish();
}

#[test]
fn arrows_move_and_enter_picks() {
    let mut term = Terminal::start(&["which"], 24, 80);
    term.wait_for("What happened to the request?");
    term.keys("\x1b[B");
    let screen = term.wait_for("❯ 2.");
    assert!(!screen.contains("❯ 1."), "{screen}");
    term.keys("\x1b[B\x1b[A\x1b[A\r");
    term.wait_for("What did the request do?");
    term.keys("\x1b[D");
    term.wait_for("What happened to the request?");
    term.keys("j\x1b[C");
    term.wait_for("Where should the client go?");
    term.keys("q");
    assert_eq!(term.finish().0, 1);
}

#[test]
fn a_resize_redraws_the_page_at_the_new_width() {
    let mut term = Terminal::start(&["which"], 24, 80);
    term.wait_for("What happened to the request?");
    term.keys("3");
    term.wait_for("Where does the failure come from?");
    term.resize(20, 40);
    term.settle();
    let screen = term.screen();
    for row in term.rows() {
        assert!(row.chars().count() < 40, "{row:?}");
    }
    assert_eq!(
        screen.matches("Where does the failure come from?").count(),
        1,
        "{screen}"
    );
    term.keys("q");
    let (code, screen) = term.finish();
    assert_eq!(code, 1);
    assert_eq!(screen.trim(), "");
}

#[test]
fn sigterm_sighup_sigint_and_sigquit_restore_the_terminal() {
    for (signal, expected) in [("-TERM", 143), ("-HUP", 129), ("-INT", 130), ("-QUIT", 131)] {
        let mut term = Terminal::start(&["which"], 24, 80);
        term.wait_for("What happened to the request?");
        term.signal(signal);
        let (code, screen) = term.finish();
        assert_eq!(code, expected, "{signal}");
        assert_eq!(screen.trim(), "", "{signal}: {screen}");
    }
}

#[test]
fn with_stderr_away_from_the_terminal_it_prints_the_tree_instead_of_waiting() {
    // The prompt is drawn on stderr: with stderr elsewhere nothing could be seen.
    let script = format!("'{}' which 2>/dev/null", env!("CARGO_BIN_EXE_httpcode"));
    let mut term = Terminal::start_command("bash", &["-c", &script], 24, 80);
    let (code, screen) = term_finish_soon(&mut term);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("├─"), "the tree: {screen}");
}

fn term_finish_soon(term: &mut Terminal) -> (u32, String) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = term.child.try_wait().expect("waits") {
            term.settle();
            return (status.exit_code(), term.screen());
        }
        assert!(
            Instant::now() < deadline,
            "waited for input: {}",
            term.screen()
        );
        if let Ok(bytes) = term.output.recv_timeout(Duration::from_millis(50)) {
            term.take(&bytes);
        }
    }
}

#[test]
fn a_terminal_closed_under_the_prompt_ends_it_at_once() {
    let pty = native_pty_system()
        .openpty(size(24, 80))
        .expect("opens a pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_httpcode"));
    command.arg("which");
    command.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(command).expect("spawns");
    drop(pty.slave);
    // Let the prompt draw and wait for a key, then close the terminal under it.
    let mut reader = pty.master.try_clone_reader().expect("reads");
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("What happened") {
        let n = reader.read(&mut buffer).expect("reads the screen");
        assert!(n > 0, "the prompt never drew");
        seen.extend_from_slice(&buffer[..n]);
    }
    drop(reader);
    drop(pty.master);
    let deadline = Instant::now() + Duration::from_secs(5);
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the prompt kept running on a closed terminal"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    // Ended as by Ctrl-D (1), or by the hang-up signal the closing sends (129).
    assert!([1, 129].contains(&status.exit_code()), "{status:?}");
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_redraws() {
    let mut term = Terminal::start(&["which"], 24, 80);
    term.wait_for("What happened to the request?");
    let pid = term.child.process_id().expect("a pid").to_string();
    term.signal("-TSTP");
    let deadline = Instant::now() + Duration::from_secs(5);
    while term.parser.screen().alternate_screen() {
        assert!(Instant::now() < deadline, "still on the alternate screen");
        if let Ok(bytes) = term.output.recv_timeout(Duration::from_millis(50)) {
            term.take(&bytes);
        }
    }
    // As a shell's `fg` would, continue it only once it has stopped: the screen is given
    // back just before the process stops itself.
    let stopped = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .ok()
            .and_then(|stat| {
                let (_, after_name) = stat.rsplit_once(')')?;
                after_name
                    .split_whitespace()
                    .next()
                    .map(|state| state == "T")
            })
            .unwrap_or(true)
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    while !stopped() {
        assert!(Instant::now() < deadline, "it did not stop");
        std::thread::sleep(Duration::from_millis(10));
    }
    term.signal("-CONT");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !term.parser.screen().alternate_screen() {
        assert!(Instant::now() < deadline, "the prompt did not come back");
        if let Ok(bytes) = term.output.recv_timeout(Duration::from_millis(50)) {
            term.take(&bytes);
        }
    }
    term.wait_for("What happened to the request?");
    term.keys("q");
    let (code, screen) = term.finish();
    assert_eq!(code, 1);
    assert_eq!(screen.trim(), "", "{screen}");
}

/// On a short screen the answers scroll with the cursor: the marked answer is always in
/// view, "↑ N more" and "↓ N more" say what is hidden, and Enter picks the marked one.
fn the_cursor_stays_in_view(rows: u16, cols: u16) {
    let mut term = Terminal::start(&["which"], rows, cols);
    term.wait_for("What happened to the request?");
    term.keys("1");
    let screen = term.wait_for("What did the request do?");
    assert!(screen.contains("more"), "nine answers overflow:\n{screen}");
    // Down to the last of nine answers, past the visible end.
    for n in 2..=9 {
        term.keys("\x1b[B");
        term.wait_for(&format!("❯ {n}."));
        for row in term.rows() {
            assert!(row.chars().count() < usize::from(cols), "{row:?}");
        }
    }
    let screen = term.screen();
    assert!(!screen.contains("↓"), "nothing below the last:\n{screen}");
    assert!(screen.contains("↑"), "{screen}");
    // Wrapping round to the first shows the ones below again.
    term.keys("\x1b[B");
    let screen = term.wait_for("❯ 1.");
    assert!(screen.contains("↓"), "{screen}");
    assert!(!screen.contains("↑"), "{screen}");
    // Up to the last again, and Enter picks what is marked: a preflight or HEAD.
    term.keys("\x1b[A\r");
    term.wait_for("Which request was it?");
    term.keys("q");
    let (code, screen) = term.finish();
    assert_eq!(code, 1);
    assert_eq!(screen.trim(), "");
}

#[test]
fn the_cursor_stays_in_view_at_40_by_12() {
    the_cursor_stays_in_view(12, 40);
}

#[test]
fn the_cursor_stays_in_view_at_30_by_10() {
    the_cursor_stays_in_view(10, 30);
}

#[test]
fn a_narrow_screen_wraps_the_keys_between_keys() {
    let mut term = Terminal::start(&["which"], 20, 40);
    term.wait_for("What happened to the request?");
    // The keys' words are joined by no-break spaces.
    let rows: Vec<String> = term
        .rows()
        .iter()
        .map(|r| r.replace('\u{a0}', " "))
        .collect();
    assert!(
        rows.iter().any(|r| r.contains("← b back")),
        "{}",
        rows.join("\n")
    );
    term.keys("q");
    term.finish();
}

#[test]
fn going_back_and_forward_keeps_the_deeper_answer_marked() {
    let mut term = Terminal::start(&["which"], 24, 80);
    term.wait_for("What happened to the request?");
    // failed › the request › state, then back two questions and forward again.
    term.keys("3");
    term.wait_for("Where does the failure come from?");
    term.keys("1");
    term.wait_for("What is wrong with the request?");
    term.keys("4");
    term.wait_for("What about the resource's state");
    term.keys("b");
    term.wait_for("What is wrong with the request?");
    term.keys("b");
    term.wait_for("Where does the failure come from?");
    term.keys("\r");
    let screen = term.wait_for("What is wrong with the request?");
    assert!(
        screen.contains("❯ 4. The resource's state"),
        "the deeper answer is still marked:\n{screen}"
    );
    term.keys("q");
    term.finish();
}
