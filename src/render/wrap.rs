//! Greedy word wrapping for prose: breaks only at spaces, never inside a word or a hyphenated
//! name (If-None-Match), and counts characters as columns.
//!
//! Hand-written rather than a wrapping crate because a card's prose is plain text and this is
//! the hot path of every lookup: it costs a fraction of a general-purpose wrapper.

use std::io::{self, Write};

/// Where to wrap and what to put before each line.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    width: usize,
    first: &'a str,
    rest: &'a str,
    break_long_words: bool,
}

impl<'a> Options<'a> {
    pub fn new(width: usize) -> Options<'a> {
        Options {
            width,
            first: "",
            rest: "",
            break_long_words: false,
        }
    }

    /// Split a word wider than the line (for narrow table columns).
    pub fn break_long_words(self) -> Options<'a> {
        Options {
            break_long_words: true,
            ..self
        }
    }

    /// Put before the first line.
    pub fn initial_indent(self, first: &'a str) -> Options<'a> {
        Options { first, ..self }
    }

    /// Put before every line after the first.
    pub fn subsequent_indent(self, rest: &'a str) -> Options<'a> {
        Options { rest, ..self }
    }
}

/// The lines of `text` wrapped to `options.width` columns, indents included. A word longer
/// than the width gets a line of its own rather than being split. Newlines in `text` are kept.
pub fn wrap(text: &str, options: Options) -> Vec<String> {
    let mut lines = Lines {
        options,
        done: Vec::new(),
        line: String::new(),
        columns: 0,
        empty: true,
    };
    let room = options.width.saturating_sub(width(options.rest)).max(1);
    for paragraph in text.split('\n') {
        lines.start(if lines.done.is_empty() {
            options.first
        } else {
            options.rest
        });
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if options.break_long_words && width(word) > room {
                chunks(word, room)
                    .into_iter()
                    .for_each(|piece| lines.add(piece));
            } else {
                lines.add(word);
            }
        }
        lines.finish();
    }
    lines.done
}

/// Writes `text` wrapped by `options`, each line styled by `style`.
pub fn write_styled(
    out: &mut impl Write,
    text: &str,
    options: Options,
    style: impl Fn(&str) -> String,
) -> io::Result<()> {
    for line in wrap(text, options) {
        writeln!(out, "{}", style(&line))?;
    }
    Ok(())
}

/// Writes an already-styled line of `plain_len` visible columns as it is, or, when it is
/// wider than `width`, wrapped as words under a two-column indent.
pub fn write_fitted(
    out: &mut impl Write,
    width: usize,
    styled: &str,
    plain_len: usize,
) -> io::Result<()> {
    if plain_len <= width {
        writeln!(out, "{styled}")
    } else {
        let options = Options::new(width).subsequent_indent("  ");
        write_styled(out, styled, options, str::to_string)
    }
}

/// Columns a piece of text takes: one per character, none for a colour sequence
/// (`ESC [ ... m`), so that styled words wrap where their plain text would. Untrusted text
/// never carries a raw ESC (see `safe`).
pub fn width(text: &str) -> usize {
    if !text.bytes().any(|b| b == 0x1b || b >= 0x80) {
        return text.len();
    }
    let mut columns = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // A CSI sequence ends at its final byte, @ to ~.
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            columns += 1;
        }
    }
    columns
}

/// The lines wrapped so far and the one being filled.
struct Lines<'a> {
    options: Options<'a>,
    done: Vec<String>,
    line: String,
    columns: usize,
    empty: bool,
}

impl Lines<'_> {
    fn start(&mut self, indent: &str) {
        self.line = String::with_capacity(self.options.width + 8);
        self.line.push_str(indent);
        self.columns = width(indent);
        self.empty = true;
    }

    fn finish(&mut self) {
        self.done.push(std::mem::take(&mut self.line));
    }

    fn add(&mut self, word: &str) {
        let length = width(word);
        if !self.empty && self.columns + 1 + length > self.options.width {
            self.finish();
            self.start(self.options.rest);
        }
        if !self.empty {
            self.line.push(' ');
            self.columns += 1;
        }
        self.line.push_str(word);
        self.columns += length;
        self.empty = false;
    }
}

/// `word` cut into pieces of at most `size` characters.
fn chunks(word: &str, size: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        let cut = rest.char_indices().nth(size).map_or(rest.len(), |(i, _)| i);
        let (piece, tail) = rest.split_at(cut);
        pieces.push(piece);
        rest = tail;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let lines = wrap("one two three four", Options::new(9));
        assert_eq!(lines, ["one two", "three", "four"]);
    }

    #[test]
    fn indents_first_and_later_lines() {
        let options = Options::new(12)
            .initial_indent("  • ")
            .subsequent_indent("    ");
        let lines = wrap("alpha beta gamma delta", options);
        assert_eq!(lines, ["  • alpha", "    beta", "    gamma", "    delta"]);
    }

    #[test]
    fn never_splits_words_or_hyphenated_names() {
        let lines = wrap("send If-None-Match now", Options::new(10));
        assert_eq!(lines, ["send", "If-None-Match", "now"]);
    }

    #[test]
    fn long_words_break_only_when_asked() {
        let options = Options::new(5).break_long_words();
        assert_eq!(
            wrap("ab locale-specific", options),
            ["ab", "local", "e-spe", "cific"]
        );
    }

    #[test]
    fn counts_characters_not_bytes() {
        let lines = wrap("§15.5 — ok", Options::new(10));
        assert_eq!(lines, ["§15.5 — ok"]);
    }

    #[test]
    fn colour_sequences_take_no_columns() {
        let lead = "    \u{1b}[1mor\u{1b}[0m ";
        let text = "422 Unprocessable Content, if your API reports every field-level rejection";
        let coloured = wrap(
            text,
            Options::new(60)
                .initial_indent(lead)
                .subsequent_indent("       "),
        );
        let plain = wrap(
            text,
            Options::new(60)
                .initial_indent("    or ")
                .subsequent_indent("       "),
        );
        let stripped: Vec<String> = coloured
            .iter()
            .map(|l| l.replace("\u{1b}[1m", "").replace("\u{1b}[0m", ""))
            .collect();
        assert_eq!(stripped, plain);
    }

    #[test]
    fn keeps_newlines_and_squeezes_spaces() {
        assert_eq!(wrap("a  b\nc", Options::new(80)), ["a b", "c"]);
        assert_eq!(wrap("", Options::new(80)), [""]);
    }
}
