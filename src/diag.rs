//! Diagnostics on stderr, one line each, through the one place that makes text safe to show.
//! A write to stderr that fails (`2>/dev/full`, a reader that went away) has nowhere to be
//! reported, so it is dropped: the program never panics or aborts over its own messages.

use std::io::{self, Write};

use crate::safe;

/// Writes `httpcode: MESSAGE` on stderr, with control characters in it escaped.
pub fn say(message: &str) {
    let line = format!("httpcode: {}\n", safe::text(message));
    let _ = io::stderr().lock().write_all(line.as_bytes());
}

/// Writes several lines on stderr as they are (the program's own text, such as a usage).
pub fn say_lines(lines: &[&str]) {
    let mut text = lines.join("\n");
    text.push('\n');
    let _ = io::stderr().lock().write_all(text.as_bytes());
}
