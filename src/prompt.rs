//! The interactive `which` walk: a thin raw-mode prompt over the pure `tree::Session`.

use std::io::{self, Write};

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, queue, terminal};

use crate::render::style::Theme;
use crate::tree::{Leaf, Node, Session, Step};

/// How an interactive walk ended.
pub enum Outcome {
    Reached(Vec<Step>, &'static Leaf),
    /// The user quit (q or Esc) or input ended (Ctrl-D, end of file).
    Quit,
    /// Ctrl-C.
    Interrupted,
}

/// Puts the terminal back in cooked mode however the walk ends.
struct RawMode;

impl RawMode {
    fn enable() -> io::Result<RawMode> {
        terminal::enable_raw_mode()?;
        Ok(RawMode)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
        let _ = queue!(io::stderr(), cursor::Show);
        let _ = io::stderr().flush();
    }
}

enum Key {
    Up,
    Down,
    Pick(Option<usize>),
    Back,
    Quit,
    Interrupt,
    Other,
}

fn read_key() -> io::Result<Key> {
    loop {
        if let Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press | KeyEventKind::Repeat,
            ..
        }) = event::read()?
        {
            let ctrl = modifiers.contains(KeyModifiers::CONTROL);
            return Ok(match code {
                KeyCode::Char('c') if ctrl => Key::Interrupt,
                KeyCode::Char('d') if ctrl => Key::Quit,
                KeyCode::Up | KeyCode::Char('k') => Key::Up,
                KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Key::Down,
                KeyCode::Enter | KeyCode::Right => Key::Pick(None),
                KeyCode::Char(c @ '1'..='9') => Key::Pick(Some(c as usize - '1' as usize)),
                KeyCode::Left | KeyCode::Backspace | KeyCode::Char('b') => Key::Back,
                KeyCode::Esc | KeyCode::Char('q') => Key::Quit,
                _ => Key::Other,
            });
        }
    }
}

/// Asks the questions from `start` on the terminal (drawn on stderr) until a code is reached.
pub fn run(start: &'static Node, theme: Theme) -> io::Result<Outcome> {
    let mut session = Session::new(start);
    let mut screen = io::stderr();
    let _raw = RawMode::enable()?;
    let mut selected = 0;
    let mut drawn = 0u16;
    loop {
        let question = match session.current() {
            Node::Leaf(leaf) => {
                erase(&mut screen, drawn)?;
                return Ok(Outcome::Reached(session.steps().to_vec(), leaf));
            }
            Node::Question(q) => q,
        };
        erase(&mut screen, drawn)?;
        let mut lines = vec![theme.muted(
            "Which status code? ↑/↓ and Enter or a number to answer, ← or b to go back, q to quit",
        )];
        if !session.steps().is_empty() {
            let path: Vec<String> = session
                .steps()
                .iter()
                .map(|s| format!("{} {}", s.question.text, theme.label(s.answer.label)))
                .collect();
            lines.push(format!("{} {}", theme.muted("So far:"), path.join(" › ")));
        }
        lines.push(theme.heading(question.text));
        for (i, answer) in question.answers.iter().enumerate() {
            let marker = if i == selected { "❯" } else { " " };
            let text = format!("{marker} {}. {}", i + 1, answer.label);
            lines.push(if i == selected {
                theme.label(&text)
            } else {
                text
            });
        }
        for line in &lines {
            queue!(screen, terminal::Clear(terminal::ClearType::CurrentLine))?;
            write!(screen, "{line}\r\n")?;
        }
        screen.flush()?;
        drawn = lines.len() as u16;

        match read_key()? {
            Key::Up => {
                selected = selected
                    .checked_sub(1)
                    .unwrap_or(question.answers.len() - 1)
            }
            Key::Down => selected = (selected + 1) % question.answers.len(),
            Key::Pick(choice) => {
                let index = choice.unwrap_or(selected);
                if let Some(answer) = question.answers.get(index) {
                    session.answer(answer);
                    selected = 0;
                }
            }
            Key::Back => {
                session.back();
                selected = 0;
            }
            Key::Quit => {
                erase(&mut screen, drawn)?;
                return Ok(Outcome::Quit);
            }
            Key::Interrupt => {
                erase(&mut screen, drawn)?;
                return Ok(Outcome::Interrupted);
            }
            Key::Other => {}
        }
    }
}

/// Removes the last `lines` lines drawn, leaving the cursor where they began.
fn erase(screen: &mut impl Write, lines: u16) -> io::Result<()> {
    if lines > 0 {
        queue!(
            screen,
            cursor::MoveToPreviousLine(lines),
            terminal::Clear(terminal::ClearType::FromCursorDown)
        )?;
    }
    screen.flush()
}
