//! The one place that makes untrusted text safe to show on a terminal: what a user typed, and
//! what a server sent (header values, reason phrases, bodies). Control characters, DEL, the
//! C1 range, bidirectional overrides and isolates and other invisible formatting characters
//! are shown as escapes (`\e`, `\x07`, `\u{202e}`) instead of acting on the terminal. Colour
//! codes the program itself adds are applied after this, so they are unaffected. JSON output
//! needs none of this: serde_json escapes control characters, and keeps the rest exact.

use std::borrow::Cow;

/// Whether `c` could act on a terminal or hide or reorder text if written raw.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            // Bidirectional embeddings, overrides and isolates; marks.
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
            // Zero-width and other invisible formatting.
            | '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}'
            // Line and paragraph separators.
            | '\u{2028}' | '\u{2029}'
        )
}

/// `text` with every unsafe character escaped. Borrows when there is nothing to escape.
pub fn text(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if !is_unsafe(c) {
            out.push(c);
            continue;
        }
        match c {
            '\u{1b}' => out.push_str("\\e"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// Bytes that may not be UTF-8, shown safely: invalid sequences as `\xNN`.
pub fn bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&text(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

/// `bytes` as text, each byte that is not part of valid UTF-8 written as `\xNN` and the rest
/// kept as it is (for text read from elsewhere, shown later through `text`). Borrows when
/// the bytes are valid UTF-8.
pub fn utf8_or_escapes(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(valid) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(valid);
    }
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_read_from_elsewhere_becomes_escapes() {
        assert_eq!(utf8_or_escapes(b"a\xffb\xc3"), "a\\xffb\\xc3");
        assert!(matches!(
            utf8_or_escapes("ü".as_bytes()),
            Cow::Borrowed("ü")
        ));
    }

    #[test]
    fn escapes_what_acts_on_a_terminal() {
        assert_eq!(text("\u{1b}]0;pwned\u{7}404"), "\\e]0;pwned\\x07404");
        assert_eq!(text("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(text("del\u{7f}"), "del\\x7f");
        assert_eq!(text("c1\u{9b}"), "c1\\u{9b}");
        assert_eq!(text("zero\u{200b}width"), "zero\\u{200b}width");
        assert!(matches!(text("plain 404 ü"), Cow::Borrowed(_)));
    }

    #[test]
    fn invalid_utf8_is_shown_as_bytes() {
        assert_eq!(bytes(b"ok\xff\x1b"), "ok\\xff\\e");
    }
}
