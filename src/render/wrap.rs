//! Greedy word wrapping for prose: breaks only at spaces, never inside a word or a hyphenated
//! name (If-None-Match), and counts characters as columns.
//!
//! Hand-written rather than a wrapping crate because a card's prose is plain text and this is
//! the hot path of every lookup: it costs a fraction of a general-purpose wrapper.

/// Where to wrap and what to put before each line.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    width: usize,
    first: &'a str,
    rest: &'a str,
}

impl<'a> Options<'a> {
    pub fn new(width: usize) -> Options<'a> {
        Options {
            width,
            first: "",
            rest: "",
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
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::from(if lines.is_empty() {
            options.first
        } else {
            options.rest
        });
        let mut columns = line.chars().count();
        let mut empty = true;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let length = word.chars().count();
            if !empty && columns + 1 + length > options.width {
                lines.push(line);
                line = String::from(options.rest);
                columns = line.chars().count();
                empty = true;
            }
            if !empty {
                line.push(' ');
                columns += 1;
            }
            line.push_str(word);
            columns += length;
            empty = false;
        }
        lines.push(line);
    }
    lines
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
    fn counts_characters_not_bytes() {
        let lines = wrap("§15.5 — ok", Options::new(10));
        assert_eq!(lines, ["§15.5 — ok"]);
    }

    #[test]
    fn keeps_newlines_and_squeezes_spaces() {
        assert_eq!(wrap("a  b\nc", Options::new(80)), ["a b", "c"]);
        assert_eq!(wrap("", Options::new(80)), [""]);
    }
}
