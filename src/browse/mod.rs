//! `httpcode browse`: a fuzzy finder over every code, former name, library constant,
//! protocol entry and situation, with the selected item's card previewed beside the list as
//! you type. Drawn on stderr's alternate screen like the `which` prompt; where there is no
//! terminal to draw on, the ranked list is printed instead, without waiting.

mod items;
mod rank;

use std::io::{self, Write};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use crossterm::terminal;

pub use items::{Item, Target};
pub use rank::Ranker;

use crate::db::{self, Status};
use crate::render::Detail;
use crate::render::style::Theme;
use crate::render::term::Term;
use crate::render::wrap;
use crate::screen::{self, Input, Screen, draw};

/// How the picker ended.
pub enum Outcome {
    /// Enter on an item: what to print.
    Picked(Target),
    /// Esc, Ctrl-D, or a terminal that went away.
    Quit,
    /// Ctrl-C.
    Interrupted,
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: the signal's number.
    Signalled(i32),
}

/// How many items the plain list prints.
pub const PLAIN_LIMIT: usize = 20;

/// The keys, shown under the query while there is room.
const KEYS: &str = "↑↓ move · Enter print · Tab full card · Shift-↑↓ scroll it · Esc quit";

/// Writes what `target` shows: a code's card as `httpcode CODE` shows it, a protocol entry
/// then its code's card, or a situation's answer.
pub fn show(target: Target, out: &mut impl Write, theme: Theme, detail: Detail) -> io::Result<()> {
    let mut term = Term {
        out,
        theme,
        send: None,
    };
    match target {
        Target::Status(status) => {
            let others: Vec<&Status> = db::meanings(status.code)
                .into_iter()
                .filter(|s| !std::ptr::eq(*s, status))
                .collect();
            term.card(status, &others, detail)
        }
        Target::Entry(vocabulary, entry) => term.entry(vocabulary, entry, detail),
        Target::Situation(status, situation) => term.situation(status, situation),
    }
}

/// The ranked list for `query`, the first `PLAIN_LIMIT` items a line each: what a script or
/// a dumb terminal gets. Returns whether anything matched.
pub fn plain(query: &str, out: &mut impl Write, theme: Theme) -> io::Result<bool> {
    let items = items::all();
    let ranked = Ranker::default().rank(&items, query);
    for &i in ranked.iter().take(PLAIN_LIMIT) {
        let item = &items[i];
        let line = format!("{}  {}", item.text, theme.muted(&item.detail));
        let plain_len = item.text.chars().count() + 2 + item.detail.chars().count();
        wrap::write_fitted(out, theme.width, &line, plain_len)?;
    }
    Ok(!ranked.is_empty())
}

/// The picker's state: the items, what is typed, and where the cursor is.
pub struct Picker {
    items: Vec<Item>,
    ranker: Ranker,
    query: String,
    ranked: Vec<usize>,
    /// The cursor's position in `ranked`.
    selected: usize,
    /// The first position of `ranked` on screen.
    top: usize,
    /// The preview shows the full card.
    full: bool,
    /// How many lines of the card the preview has scrolled past.
    scrolled: usize,
    /// The last preview drawn: for which item, width and detail, and its lines.
    preview: Option<(usize, usize, bool, Vec<String>)>,
}

impl Picker {
    pub fn new(query: &str) -> Picker {
        let items = items::all();
        let ranker = Ranker::default();
        let query: String = query.chars().filter(|c| typeable(*c)).collect();
        let ranked = ranker.rank(&items, &query);
        Picker {
            items,
            ranker,
            query,
            ranked,
            selected: 0,
            top: 0,
            full: false,
            scrolled: 0,
            preview: None,
        }
    }

    fn requery(&mut self) {
        self.ranked = self.ranker.rank(&self.items, &self.query);
        self.selected = 0;
        self.top = 0;
        self.scrolled = 0;
    }

    fn type_char(&mut self, c: char) {
        if typeable(c) {
            self.query.push(c);
            self.requery();
        }
    }

    fn erase(&mut self, word: bool) {
        if word {
            let kept = self.query.trim_end().rfind(' ').map_or(0, |at| at + 1);
            self.query.truncate(kept);
        } else {
            self.query.pop();
        }
        self.requery();
    }

    fn step(&mut self, by: isize) {
        let last = self.ranked.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
        self.scrolled = 0;
    }

    /// Scrolls the preview by `by` lines, within the card.
    fn scroll(&mut self, by: isize) {
        let lines = self.preview.as_ref().map_or(0, |(.., l)| l.len());
        self.scrolled = self
            .scrolled
            .saturating_add_signed(by)
            .min(lines.saturating_sub(1));
    }

    /// The item under the cursor.
    pub fn current(&self) -> Option<&Item> {
        self.ranked.get(self.selected).map(|&i| &self.items[i])
    }

    /// The screen, as rows no wider than `columns` and no more than `rows`: the query and
    /// the count, the keys, then the list and the preview, side by side on a wide screen and
    /// one above the other on a narrow one.
    pub fn page(&mut self, theme: Theme, columns: u16, rows: u16) -> Vec<String> {
        // One column short of the edge: a character in the last column makes some terminals
        // wrap early.
        let width = usize::from(columns).saturating_sub(1).max(10);
        let rows = usize::from(rows).max(3);
        let mut page = Vec::with_capacity(rows);
        let count = format!("{}/{}", self.ranked.len(), self.items.len());
        let prompt = format!("> {}▏", self.query);
        let room = width.saturating_sub(prompt.chars().count());
        let line = if room > count.len() + 1 {
            let gap = " ".repeat(room - count.len());
            format!("{}{gap}{}", theme.label(&prompt), theme.muted(&count))
        } else {
            theme.label(&clip_plain(&prompt, width))
        };
        page.push(line);
        if rows >= 10 {
            page.push(theme.muted(&clip_plain(KEYS, width)));
        }
        let body = rows - page.len();
        let side_by_side = width >= 72;
        let (list_rows, list_width, preview_rows, preview_width) = if side_by_side {
            let list_width = (width * 2 / 5).max(28);
            (body, list_width, body, width - list_width - 3)
        } else if body >= 8 {
            let list_rows = body / 2;
            (list_rows, width, body - list_rows - 1, width)
        } else {
            (body, width, 0, width)
        };
        // Keep the cursor in view.
        if self.selected < self.top {
            self.top = self.selected;
        } else if self.selected >= self.top + list_rows {
            self.top = self.selected + 1 - list_rows;
        }
        let list: Vec<String> = (self.top..self.top + list_rows)
            .map(|position| self.row(theme, position, list_width))
            .collect();
        let preview = if preview_rows > 0 {
            self.preview_lines(theme, preview_width, preview_rows)
        } else {
            Vec::new()
        };
        if side_by_side {
            let bar = theme.muted("│");
            for (i, left) in list.into_iter().enumerate() {
                let right = preview.get(i).map_or("", String::as_str);
                let pad = list_width.saturating_sub(wrap::width(&left));
                page.push(format!("{left}{} {bar} {right}", " ".repeat(pad)));
            }
        } else {
            page.extend(list);
            if preview_rows > 0 {
                page.push(theme.muted(&"─".repeat(width)));
                page.extend(preview);
            }
        }
        page.truncate(rows);
        page
    }

    /// One row of the list: the cursor, the item's text with the letters typed picked out,
    /// and what it is, cut to `width` columns.
    fn row(&self, theme: Theme, position: usize, width: usize) -> String {
        let Some(&index) = self.ranked.get(position) else {
            return String::new();
        };
        let item = &self.items[index];
        let selected = position == self.selected;
        let marker = if selected { "❯ " } else { "  " };
        let room = width.saturating_sub(2);
        let text: Vec<char> = item.text.chars().collect();
        let cut = text.len() > room;
        let shown = if cut {
            room.saturating_sub(1)
        } else {
            text.len()
        };
        let marks = self.ranker.highlights(item, &self.query);
        let mut line = theme.label(marker);
        let mut run = String::new();
        let mut run_marked = false;
        let flush = |line: &mut String, run: &mut String, marked: bool| {
            if run.is_empty() {
                return;
            }
            let styled = if marked {
                theme.matched(run)
            } else if selected {
                theme.label(run)
            } else {
                run.clone()
            };
            line.push_str(&styled);
            run.clear();
        };
        for (i, c) in text.iter().take(shown).enumerate() {
            let marked = marks.binary_search(&i).is_ok();
            if marked != run_marked {
                flush(&mut line, &mut run, run_marked);
                run_marked = marked;
            }
            run.push(*c);
        }
        flush(&mut line, &mut run, run_marked);
        if cut {
            line.push('…');
            return line;
        }
        let left = room - shown;
        if left > 4 {
            line.push_str("  ");
            line.push_str(&theme.muted(&clip_plain(&item.detail, left - 2)));
        }
        line
    }

    /// The preview of the item under the cursor, wrapped to `width` and cut to `rows`,
    /// rendered again only when the item, the width or the detail changes.
    fn preview_lines(&mut self, theme: Theme, width: usize, rows: usize) -> Vec<String> {
        let Some(&index) = self.ranked.get(self.selected) else {
            return vec![theme.muted("nothing matches: Backspace to widen the search")];
        };
        let fresh = matches!(&self.preview, Some((i, w, f, _)) if *i == index && *w == width && *f == self.full);
        if !fresh {
            let detail = if self.full {
                Detail::Full
            } else {
                Detail::Normal
            };
            let mut out = Vec::new();
            let preview_theme = Theme {
                color: theme.color,
                width,
            };
            // Writing to memory cannot fail.
            let _ = show(self.items[index].target, &mut out, preview_theme, detail);
            let text = String::from_utf8_lossy(&out);
            let lines = text.lines().map(|l| clip(l, width)).collect();
            self.preview = Some((index, width, self.full, lines));
        }
        let lines = self
            .preview
            .as_ref()
            .map_or(&[][..], |(.., l)| l.as_slice());
        lines
            .iter()
            .skip(self.scrolled)
            .take(rows)
            .cloned()
            .collect()
    }
}

/// Whether a typed character may go into the query: never a control character or one that
/// reorders or hides text, so a pasted escape sequence stays inert.
fn typeable(c: char) -> bool {
    !c.is_control() && !crate::safe::is_unsafe(c)
}

/// A plain text cut to `width` columns, with an ellipsis where it was cut.
fn clip_plain(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// A styled line cut to `width` visible columns, its colour sequences kept and reset after.
fn clip(line: &str, width: usize) -> String {
    if wrap::width(line) <= width {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut columns = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            out.push(c);
            for c in chars.by_ref() {
                out.push(c);
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else if columns < width {
            out.push(c);
            columns += 1;
        }
    }
    if out.contains('\u{1b}') {
        out.push_str("\u{1b}[0m");
    }
    out
}

/// Runs the picker on the terminal (drawn on stderr) until an item is picked or it is left.
pub fn run(query: &str, theme: Theme) -> io::Result<Outcome> {
    let stop = screen::stop_flag();
    let suspend = screen::suspend_flag();
    let mut err = io::stderr();
    let _screen = Screen::enter(&mut err)?;
    let mut picker = Picker::new(query);
    loop {
        let (columns, rows) = terminal::size().unwrap_or((80, 24));
        let page = picker.page(theme, columns, rows);
        if let Err(error) = draw(&mut err, &page) {
            if screen::terminal_gone() {
                return Ok(Outcome::Quit);
            }
            return Err(error);
        }
        let list_rows = usize::from(rows).saturating_sub(4).max(1) as isize;
        match screen::next_input(&stop, &suspend) {
            Input::Signal(signal) => return Ok(Outcome::Signalled(signal)),
            Input::Gone => return Ok(Outcome::Quit),
            #[cfg(unix)]
            Input::Suspend => Screen::suspend(&mut err)?,
            #[cfg(not(unix))]
            Input::Suspend => {}
            Input::Resize => {}
            Input::Key(KeyEvent {
                code, modifiers, ..
            }) => {
                let ctrl = modifiers.contains(KeyModifiers::CONTROL);
                let alt = modifiers.contains(KeyModifiers::ALT);
                let shift = modifiers.contains(KeyModifiers::SHIFT);
                match code {
                    KeyCode::Char('c') if ctrl => return Ok(Outcome::Interrupted),
                    KeyCode::Char('d') if ctrl => return Ok(Outcome::Quit),
                    KeyCode::Char('p' | 'k') if ctrl => picker.step(-1),
                    KeyCode::Char('n' | 'j') if ctrl => picker.step(1),
                    KeyCode::Char('u') if ctrl => {
                        picker.query.clear();
                        picker.requery();
                    }
                    KeyCode::Char('w') if ctrl => picker.erase(true),
                    KeyCode::Char(c) if !ctrl && !alt => picker.type_char(c),
                    KeyCode::Backspace => picker.erase(false),
                    KeyCode::Up if shift => picker.scroll(-1),
                    KeyCode::Down if shift => picker.scroll(1),
                    KeyCode::Up => picker.step(-1),
                    KeyCode::Down => picker.step(1),
                    KeyCode::PageUp => picker.step(-list_rows),
                    KeyCode::PageDown => picker.step(list_rows),
                    KeyCode::Home => picker.selected = 0,
                    KeyCode::End => picker.step(isize::MAX),
                    KeyCode::Tab | KeyCode::BackTab => {
                        picker.full = !picker.full;
                        picker.scrolled = 0;
                    }
                    KeyCode::Enter => {
                        if let Some(item) = picker.current() {
                            return Ok(Outcome::Picked(item.target));
                        }
                    }
                    KeyCode::Esc => return Ok(Outcome::Quit),
                    _ => {}
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_theme() -> Theme {
        Theme {
            color: false,
            width: 80,
        }
    }

    #[test]
    fn every_page_fits_its_screen_and_keeps_the_cursor_in_view() {
        for (columns, rows) in [(80, 24), (40, 20), (30, 10), (120, 40)] {
            let mut picker = Picker::new("");
            for _ in 0..30 {
                picker.step(1);
            }
            let page = picker.page(plain_theme(), columns, rows);
            assert!(page.len() <= usize::from(rows), "{columns}x{rows}");
            for line in &page {
                assert!(
                    wrap::width(line) < usize::from(columns),
                    "{columns}x{rows}: {line:?}"
                );
            }
            assert!(
                page.iter().any(|l| l.starts_with("❯ ")),
                "{columns}x{rows}: the cursor is on screen:\n{}",
                page.join("\n")
            );
        }
    }

    #[test]
    fn typing_narrows_and_pasted_controls_stay_out_of_the_query() {
        let mut picker = Picker::new("");
        let all = picker.ranked.len();
        for c in "tmr".chars() {
            picker.type_char(c);
        }
        assert!(picker.ranked.len() < all);
        assert_eq!(picker.current().unwrap().text, "429 Too Many Requests");
        for c in "\u{1b}[2J\u{7}\u{202e}".chars() {
            picker.type_char(c);
        }
        assert_eq!(picker.query, "tmr[2J");
        picker.erase(true);
        assert_eq!(picker.query, "");
    }

    #[test]
    fn clipping_counts_only_what_shows() {
        let styled = "\u{1b}[1mabcdef\u{1b}[0m";
        assert_eq!(wrap::width(styled), 6);
        assert_eq!(wrap::width(&clip(styled, 3)), 3);
        assert_eq!(clip_plain("abcdef", 4), "abc…");
    }
}

/// The README shows the picker as it draws itself at 80×24 after "tmr" is typed; this keeps
/// that capture true (`HTTPCODE_REGENERATE=1` rewrites it).
#[cfg(test)]
#[test]
fn the_readme_capture_is_what_the_picker_draws() {
    const START: &str = "<!-- browse capture: `httpcode browse tmr` at 80x24 -->\n```text\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let theme = Theme {
        color: false,
        width: 80,
    };
    let page = Picker::new("tmr").page(theme, 80, 24);
    let capture: String = page.iter().map(|l| format!("{}\n", l.trim_end())).collect();
    let at = readme.find(START).expect("the README has the capture") + START.len();
    let end = at + readme[at..].find("```\n").expect("the capture ends");
    if std::env::var_os("HTTPCODE_REGENERATE").is_some() {
        let fresh = format!("{}{capture}{}", &readme[..at], &readme[end..]);
        std::fs::write(path, fresh).unwrap();
        return;
    }
    assert_eq!(
        &readme[at..end],
        capture,
        "the README's picker capture is stale: HTTPCODE_REGENERATE=1 cargo test --lib capture"
    );
}
