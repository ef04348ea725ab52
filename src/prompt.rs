//! The interactive `which` walk: a raw-mode prompt over the pure `tree::Session`.
//!
//! The prompt is drawn on the alternate screen and redrawn whole on every key and resize, so
//! the walk leaves nothing behind on the user's screen: when it ends, the screen is as it
//! was, and only the result is printed. Every line is wrapped here to the current width, so
//! the rows it takes are known and the page is cut to the terminal's height.

use std::io::{self, BufRead, Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crossterm::terminal;

use crate::screen::{self, Input, Screen, draw, terminal_gone};

use crate::render::style::Theme;
use crate::render::wrap;
use crate::tree::{Leaf, Node, Question, Session, Step};

/// How an interactive walk ended.
pub enum Outcome {
    Reached(Vec<Step>, &'static Leaf),
    /// The user quit (q or Esc) or input ended (Ctrl-D, end of file).
    Quit,
    /// Ctrl-C.
    Interrupted,
    /// SIGTERM or SIGHUP arrived: the signal's number.
    Signalled(i32),
}

/// The keys, in one short line on screen, with no-break spaces inside each key's words so
/// that a narrow screen wraps only between keys.
const KEYS: &str = "↑↓\u{a0}jk\u{a0}move · →\u{a0}Enter\u{a0}pick · 1-9 · ←\u{a0}b\u{a0}back · q\u{a0}quit · Ctrl-C\u{a0}stop";

enum Key {
    Up,
    Down,
    Pick(Option<usize>),
    Back,
    Quit,
    Interrupt,
    Signal(i32),
    /// SIGTSTP: suspend, and redraw once continued.
    Suspend,
    Redraw,
}

/// The next key the walk acts on, from the screen's input.
fn read_key(stop: &AtomicUsize, suspend: &AtomicBool) -> Key {
    loop {
        let key = match screen::next_input(stop, suspend) {
            Input::Signal(signal) => Key::Signal(signal),
            Input::Suspend => Key::Suspend,
            Input::Gone => Key::Quit,
            Input::Resize => Key::Redraw,
            Input::Key(KeyEvent {
                code, modifiers, ..
            }) => {
                let ctrl = modifiers.contains(KeyModifiers::CONTROL);
                match code {
                    KeyCode::Char('c') if ctrl => Key::Interrupt,
                    KeyCode::Char('d') if ctrl => Key::Quit,
                    KeyCode::Char('l') if ctrl => Key::Redraw,
                    KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Key::Up,
                    KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Key::Down,
                    KeyCode::Enter | KeyCode::Right | KeyCode::Char('l') => Key::Pick(None),
                    KeyCode::Char(c @ '1'..='9') => Key::Pick(Some(c as usize - '1' as usize)),
                    KeyCode::Left | KeyCode::Backspace | KeyCode::Char('b' | 'h') => Key::Back,
                    KeyCode::Esc | KeyCode::Char('q') => Key::Quit,
                    _ => continue,
                }
            }
        };
        return key;
    }
}

/// Asks the questions from `start` on the terminal (drawn on stderr) until a code is reached.
pub fn run(start: &'static Node, theme: Theme) -> io::Result<Outcome> {
    let stop = screen::stop_flag();
    let suspend = screen::suspend_flag();
    let mut out = io::stderr();
    let _screen = Screen::enter(&mut out)?;
    let mut session = Session::new(start);
    let mut selected = 0;
    loop {
        let question = match session.current() {
            Node::Leaf(leaf) => return Ok(Outcome::Reached(session.steps().to_vec(), leaf)),
            Node::Question(q) => q,
        };
        let (columns, rows) = terminal::size().unwrap_or((80, 24));
        let page = page(theme, &session, question, selected, columns, rows);
        if let Err(error) = draw(&mut out, &page) {
            // The terminal went away while the page was drawn: nothing is left to ask on.
            if terminal_gone() {
                return Ok(match stop.load(Ordering::Relaxed) {
                    0 => Outcome::Quit,
                    signal => Outcome::Signalled(signal as i32),
                });
            }
            return Err(error);
        }

        match read_key(&stop, &suspend) {
            Key::Up => {
                selected = selected
                    .checked_sub(1)
                    .unwrap_or(question.answers.len() - 1)
            }
            Key::Down => selected = (selected + 1) % question.answers.len(),
            // A question answered before comes back with that answer still marked, going
            // back or forward along the same answers.
            Key::Pick(choice) => {
                if let Some(answer) = question.answers.get(choice.unwrap_or(selected)) {
                    session.answer(answer);
                    selected = session.answered_before().unwrap_or(0);
                }
            }
            Key::Back => {
                if session.back() {
                    selected = session.answered_before().unwrap_or(0);
                }
            }
            Key::Quit => return Ok(Outcome::Quit),
            Key::Interrupt => return Ok(Outcome::Interrupted),
            Key::Signal(signal) => return Ok(Outcome::Signalled(signal)),
            #[cfg(unix)]
            Key::Suspend => Screen::suspend(&mut out)?,
            #[cfg(not(unix))]
            Key::Suspend => {}
            Key::Redraw => {}
        }
    }
}

/// The screen for one question, as rows no wider than `columns` and no more than `rows`:
/// the keys, the answers so far, the question and its numbered answers. When the page is
/// too tall, the keys and then the earlier answers give way; the question and its answers
/// are kept.
pub fn page(
    theme: Theme,
    session: &Session,
    question: &Question,
    selected: usize,
    columns: u16,
    rows: u16,
) -> Vec<String> {
    // One column short of the edge: a character in the last column makes some terminals
    // wrap early.
    let width = usize::from(columns).saturating_sub(1).max(10);
    let wrap_to = |text: &str, first: &str, rest: &str| {
        let options = wrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_long_words();
        wrap::wrap(text, options)
    };

    let keys: Vec<String> = wrap_to(KEYS, "", "")
        .iter()
        .map(|l| theme.muted(l))
        .collect();
    let so_far: Vec<String> = if session.steps().is_empty() {
        Vec::new()
    } else {
        let labels: Vec<&str> = session.steps().iter().map(|s| s.answer.label).collect();
        let text = format!("So far: {}", labels.join(" › "));
        wrap_to(&text, "", "  ")
            .iter()
            .map(|l| theme.muted(l))
            .collect()
    };
    let heading: Vec<String> = wrap_to(question.text, "", "")
        .iter()
        .map(|l| theme.heading(l))
        .collect();
    let answers: Vec<Vec<String>> = question
        .answers
        .iter()
        .enumerate()
        .map(|(i, answer)| {
            let marker = if i == selected { "❯" } else { " " };
            let first = format!("{marker} {}. ", i + 1);
            wrap_to(answer.text, &first, "     ")
                .into_iter()
                .map(|line| {
                    if i == selected {
                        theme.label(&line)
                    } else {
                        line
                    }
                })
                .collect()
        })
        .collect();
    let all_answers: usize = answers.iter().map(Vec::len).sum();
    let body_len = heading.len() + all_answers;

    let room = usize::from(rows).max(1);
    let mut page = Vec::new();
    if keys.len() + so_far.len() + 1 + body_len <= room {
        page.extend(keys);
        page.extend(so_far);
        page.push(String::new());
    } else if so_far.len() + body_len < room {
        page.extend(so_far);
        page.push(String::new());
    } else if !so_far.is_empty() && body_len < room {
        // Only the latest answers fit: keep the end of the trail.
        let take = room - body_len - 1;
        page.extend(so_far[so_far.len().saturating_sub(take)..].iter().cloned());
    }
    let answer_room = room.saturating_sub(page.len() + heading.len());
    page.extend(heading);
    if all_answers <= answer_room {
        page.extend(answers.into_iter().flatten());
    } else {
        // Too short for every answer: show the ones around the cursor, and say how many
        // more lie above and below, so the marked answer is always the one on screen.
        let heights: Vec<usize> = answers.iter().map(Vec::len).collect();
        let (first, end) = window(&heights, selected, answer_room);
        if first > 0 {
            page.push(theme.muted(&format!("  ↑ {first} more")));
        }
        page.extend(answers[first..end].iter().flatten().cloned());
        if end < answers.len() {
            page.push(theme.muted(&format!("  ↓ {} more", answers.len() - end)));
        }
    }
    page.truncate(room);
    page
}

/// The answers to show in `room` rows, as a range `first..end` holding `selected`: as many
/// as fit, starting as early as possible, with a row kept for each "more" line needed.
fn window(heights: &[usize], selected: usize, room: usize) -> (usize, usize) {
    for first in 0..=selected {
        let above = usize::from(first > 0);
        let mut used = above;
        let mut end = first;
        while end < heights.len() {
            let below = usize::from(end + 1 < heights.len());
            if used + heights[end] + below > room {
                break;
            }
            used += heights[end];
            end += 1;
        }
        if end > selected {
            return (first, end);
        }
    }
    (selected, selected + 1)
}

/// The longest answer line read in the plain prompt; the rest of a longer line is dropped.
const ANSWER_LIMIT: u64 = 1024;

/// The walk for a terminal that cannot move the cursor (`TERM=dumb`): each question printed
/// with numbered answers, and an answer typed as a line (a number, a label, `b` or `q`).
pub fn run_plain(
    start: &'static Node,
    mut input: impl BufRead,
    screen: &mut impl Write,
) -> io::Result<Outcome> {
    let mut session = Session::new(start);
    loop {
        let question = match session.current() {
            Node::Leaf(leaf) => return Ok(Outcome::Reached(session.steps().to_vec(), leaf)),
            Node::Question(q) => q,
        };
        writeln!(screen, "{}", question.text)?;
        for (i, answer) in question.answers.iter().enumerate() {
            writeln!(screen, "  {}. {}", i + 1, answer.text)?;
        }
        write!(
            screen,
            "Answer 1-{}, b to go back, q to quit: ",
            question.answers.len()
        )?;
        screen.flush()?;
        let mut line = String::new();
        let read = (&mut input).take(ANSWER_LIMIT).read_line(&mut line)?;
        if read == 0 {
            writeln!(screen)?;
            return Ok(Outcome::Quit);
        }
        match line.trim() {
            "q" | "quit" => return Ok(Outcome::Quit),
            "b" | "back" => {
                session.back();
            }
            typed => match question.choose(typed) {
                Some(answer) => session.answer(answer),
                None => writeln!(screen, "Not an answer here; try a number from the list.")?,
            },
        }
        writeln!(screen)?;
    }
}
