//! `httpcode browse` as a user sees it: on a pseudo-terminal read back through a terminal
//! emulator at 80×24, 40×20 and 30×10 (typing, moving past the visible end, resizing, Enter,
//! Esc, Ctrl-C, SIGTERM, pasted escape sequences), and its plain list where there is no
//! terminal to draw on.

#![cfg(unix)]

use crate::common::pty::Terminal;
use crate::common::{httpcode, stdout_of};

/// Text only the picker draws; none of it may stay on screen once it is over.
const PICKER_ONLY: &[&str] = &["❯", "Enter print", "Tab full card", "/1"];

fn assert_clean(screen: &str) {
    for text in PICKER_ONLY {
        assert!(!screen.contains(text), "{text:?} left on screen:\n{screen}");
    }
}

fn assert_fits(term: &Terminal, cols: u16) {
    for row in term.rows() {
        assert!(row.chars().count() < usize::from(cols), "{row:?}");
    }
}

#[test]
fn typing_narrows_the_list_and_enter_prints_the_card_at_80_by_24() {
    let mut term = Terminal::start(&["browse"], 24, 80);
    let screen = term.wait_for("❯ 100 Continue");
    // The preview beside the list is the card of the selected code.
    assert!(screen.contains("Meaning"), "{screen}");
    term.keys("tmr");
    let screen = term.wait_for("❯ 429 Too Many Requests");
    assert!(screen.contains("> tmr"), "{screen}");
    assert!(
        screen.contains("Retry-After"),
        "the preview follows:\n{screen}"
    );
    assert_fits(&term, 80);
    term.keys("\r");
    let (code, screen) = term.finish();
    assert_eq!(code, 0, "{screen}");
    assert_clean(&screen);
    // The card, printed as `httpcode 429` prints it, ends the screen.
    assert!(screen.contains("More: httpcode 429 --full"), "{screen}");
}

#[test]
fn moving_past_the_end_keeps_the_cursor_on_screen_at_40_by_20() {
    let mut term = Terminal::start(&["browse"], 20, 40);
    term.wait_for("❯ 100 Continue");
    assert_fits(&term, 40);
    // Far past the rows on screen; the cursor's row is always drawn.
    for _ in 0..25 {
        term.keys("\x1b[B");
    }
    term.settle();
    let screen = term.screen();
    assert!(screen.contains('❯'), "{screen}");
    assert!(!screen.contains("❯ 100 Continue"), "{screen}");
    term.keys("\x1b");
    let (code, screen) = term.finish();
    assert_eq!(code, 1);
    assert_eq!(screen.trim(), "", "{screen}");
}

#[test]
fn a_query_given_starts_the_search_and_ctrl_c_leaves_at_30_by_10() {
    let mut term = Terminal::start(&["browse", "teapot"], 10, 30);
    term.wait_for("❯ 418 I'm a teapot");
    assert_fits(&term, 30);
    term.keys("\x03");
    let (code, screen) = term.finish();
    assert_eq!(code, 130);
    assert_eq!(screen.trim(), "", "{screen}");
}

#[test]
fn digits_list_codes_and_tab_shows_the_full_card() {
    let mut term = Terminal::start(&["browse"], 60, 100);
    term.keys("30");
    let screen = term.wait_for("❯ 300 Multiple Choices");
    assert!(screen.contains("301 Moved Permanently"), "{screen}");
    term.keys("4");
    term.wait_for("❯ 304 Not Modified");
    let screen = term.screen();
    assert!(!screen.contains("When you receive it"), "{screen}");
    term.keys("\t");
    // The full card adds what a client does on receiving it.
    term.wait_for("When you receive it");
    // Shift-Down scrolls the card: its first line goes out of view.
    let title = "│ 304 Not Modified";
    assert!(term.screen().contains(title));
    term.keys("\x1b[1;2B\x1b[1;2B");
    term.settle();
    let screen = term.screen();
    assert!(!screen.contains(title), "{screen}");
    assert!(screen.contains("❯ 304 Not Modified"), "{screen}");
    term.keys("\x1b");
    assert_eq!(term.finish().0, 1);
}

#[test]
fn a_resize_redraws_at_the_new_size() {
    let mut term = Terminal::start(&["browse", "gone"], 24, 80);
    term.wait_for("❯ 410 Gone");
    term.resize(20, 40);
    term.settle();
    assert_fits(&term, 40);
    let screen = term.screen();
    assert_eq!(screen.matches("> gone").count(), 1, "{screen}");
    term.keys("\x1b");
    assert_eq!(term.finish().0, 1);
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut term = Terminal::start(&["browse"], 24, 80);
    term.wait_for("❯ 100 Continue");
    term.signal("-TERM");
    let (code, screen) = term.finish();
    assert_eq!(code, 143);
    assert_eq!(screen.trim(), "", "{screen}");
}

#[test]
fn pasted_control_characters_and_escape_sequences_stay_inert() {
    let mut term = Terminal::start(&["browse"], 24, 80);
    term.wait_for("❯ 100 Continue");
    // A paste holding a colour sequence, a bell and a screen-clearing sequence.
    term.keys("te\x1b[31ma\x07p\x1b[2Jot");
    term.settle();
    let screen = term.screen();
    assert!(screen.contains("418 I'm a teapot"), "{screen}");
    assert!(!term.raw.windows(5).any(|w| w == b"\x1b[31m"), "sent on");
    assert!(!term.raw.contains(&0x07), "the bell is not rung");
    term.keys("\x1b");
    assert_eq!(term.finish().0, 1);
}

#[test]
fn without_a_terminal_the_best_matches_are_printed_at_once() {
    let out = stdout_of(&["browse", "tmr"], 0);
    assert!(out.lines().count() <= 20, "{out}");
    assert!(
        out.lines()
            .take(3)
            .any(|l| l.starts_with("429 Too Many Requests")),
        "{out}"
    );
    let output = httpcode().args(["browse", "zzqqxxjj"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    // A dumb terminal gets the list too, and nothing waits for a key.
    let mut command = portable_pty::CommandBuilder::new(env!("CARGO_BIN_EXE_httpcode"));
    command.args(["browse", "410"]);
    command.env("TERM", "dumb");
    let (code, screen) = Terminal::spawn(command, 24, 80).finish();
    assert_eq!(code, 0);
    assert!(screen.contains("410 Gone"), "{screen}");
}

#[test]
fn json_is_refused_with_what_to_use_instead() {
    let output = httpcode()
        .args(["browse", "tmr", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("search"));
}

#[test]
fn bare_httpcode_names_browse() {
    let output = httpcode().output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("httpcode browse"), "{stderr}");
}
