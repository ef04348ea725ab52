//! The interactive `which` walk: a raw-mode prompt over the pure `tree::Session`.
//!
//! The prompt is drawn on the alternate screen and redrawn whole on every key and resize, so
//! the walk leaves nothing behind on the user's screen: when it ends, the screen is as it
//! was, and only the result is printed. Every line is wrapped here to the current width, so
//! the rows it takes are known and the page is cut to the terminal's height.

use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, queue, terminal};

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

/// Raw mode and the alternate screen, undone however the walk ends.
struct Screen;

impl Screen {
    fn enter(out: &mut impl Write) -> io::Result<Screen> {
        terminal::enable_raw_mode()?;
        let screen = Screen;
        queue!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
        out.flush()?;
        Ok(screen)
    }

    /// Gives the terminal back as it was, for a suspension or the end of the walk.
    fn leave() {
        let mut err = io::stderr();
        let _ = queue!(err, cursor::Show, terminal::LeaveAlternateScreen);
        let _ = err.flush();
        let _ = terminal::disable_raw_mode();
    }

    /// Stops the program as Ctrl-Z asks, with the terminal given back first, and takes the
    /// screen again when the shell continues it (`fg`).
    #[cfg(unix)]
    fn suspend(out: &mut impl Write) -> io::Result<()> {
        Screen::leave();
        // SIGSTOP cannot be caught: the program stops here until SIGCONT.
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
        terminal::enable_raw_mode()?;
        queue!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
        out.flush()
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        Screen::leave();
    }
}

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

/// How often the key loop looks at the stop flag while no key comes.
const TICK: Duration = Duration::from_millis(100);

fn read_key(stop: &AtomicUsize, suspend: &AtomicBool) -> io::Result<Key> {
    loop {
        let signal = stop.load(Ordering::Relaxed);
        if signal != 0 {
            return Ok(Key::Signal(signal as i32));
        }
        if suspend.swap(false, Ordering::Relaxed) {
            return Ok(Key::Suspend);
        }
        // End of file or an error on the terminal (it was closed under the prompt) ends
        // the walk at once, as Ctrl-D does, rather than reading nothing for ever.
        let gone = || match stop.load(Ordering::Relaxed) {
            0 => Key::Quit,
            signal => Key::Signal(signal as i32),
        };
        match event::poll(TICK) {
            Ok(false) if terminal_gone() => return Ok(gone()),
            Ok(false) => continue,
            Ok(true) => {}
            Err(_) => return Ok(gone()),
        }
        let Ok(event) = event::read() else {
            return Ok(gone());
        };
        match event {
            Event::Resize(..) => return Ok(Key::Redraw),
            Event::Key(KeyEvent {
                code,
                modifiers,
                kind: KeyEventKind::Press | KeyEventKind::Repeat,
                ..
            }) => {
                let ctrl = modifiers.contains(KeyModifiers::CONTROL);
                let key = match code {
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
                };
                return Ok(key);
            }
            _ => {}
        }
    }
}

/// Set to the signal's number by SIGTERM, SIGHUP, SIGINT (sent as a signal, not typed) or
/// SIGQUIT, so that the walk ends through the same path as Ctrl-C and the terminal is
/// restored before the program exits.
fn stop_flag() -> Arc<AtomicUsize> {
    let flag = Arc::new(AtomicUsize::new(0));
    #[cfg(unix)]
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGQUIT,
    ] {
        // Without the handler the default action still ends the program; only the
        // terminal's state is at stake, so a failure to register is not an error.
        let _ = signal_hook::flag::register_usize(signal, Arc::clone(&flag), signal as usize);
    }
    flag
}

/// Set by SIGTSTP (sent by `kill -TSTP`; Ctrl-Z is a key in raw mode and sends nothing), so
/// that the prompt gives the terminal back before it stops.
fn suspend_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let _ = signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&flag));
    flag
}

/// Asks the questions from `start` on the terminal (drawn on stderr) until a code is reached.
pub fn run(start: &'static Node, theme: Theme) -> io::Result<Outcome> {
    let stop = stop_flag();
    let suspend = suspend_flag();
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

        match read_key(&stop, &suspend)? {
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

/// Draws a page from the top of the screen.
fn draw(out: &mut impl Write, page: &[String]) -> io::Result<()> {
    queue!(
        out,
        cursor::MoveTo(0, 0),
        terminal::Clear(terminal::ClearType::All)
    )?;
    for (row, line) in page.iter().enumerate() {
        queue!(out, cursor::MoveTo(0, row as u16))?;
        write!(out, "{line}")?;
    }
    out.flush()
}

/// Whether the terminal the prompt runs on has gone away (closed, hung up).
fn terminal_gone() -> bool {
    !io::stdin().is_terminal() || !io::stderr().is_terminal()
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
