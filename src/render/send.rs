//! The card's "Send it" part: the chosen framework's lines for the code, its trap, and the
//! version the lines were run with; without a framework, `--full` names the frameworks.

use std::io::{self, Write};

use super::Detail;
use super::term::Term;
use crate::send::{self, Framework};

impl<W: Write> Term<'_, W> {
    /// How to send `code` in the chosen framework, or (full, with none chosen) which
    /// frameworks have a snippet for it.
    pub fn send_it(&mut self, code: u16, detail: Detail) -> io::Result<()> {
        let Some(framework) = self.send else {
            let frameworks = send::frameworks_for(code);
            if detail == Detail::Full && !frameworks.is_empty() {
                self.heading("Send it")?;
                let keys: Vec<&str> = frameworks.iter().map(|f| f.key()).collect();
                let text = format!(
                    "httpcode {code} --framework NAME, where NAME is one of {} (or set \
                     HTTPCODE_FRAMEWORK)",
                    keys.join(", ")
                );
                self.para("  ", &text)?;
            }
            return Ok(());
        };
        let Some(snippet) = send::snippet(framework, code) else {
            return Ok(());
        };
        self.snippet(&snippet)
    }

    /// One snippet: its lines as they are, then its note wrapped, then the version it ran on.
    pub fn snippet(&mut self, snippet: &send::Snippet) -> io::Result<()> {
        let framework: Framework = snippet.framework;
        self.heading(&format!("Send it ({})", framework.label()))?;
        for line in snippet.lines.lines() {
            writeln!(self.out, "  {line}")?;
        }
        if let Some(note) = snippet.note {
            let lead = if snippet.runs() { "Note: " } else { "" };
            self.para("  ", &format!("{lead}{note}"))?;
        }
        let tested = if snippet.runs() {
            format!("Run and checked with {}.", framework.version())
        } else {
            format!(
                "No handler lines for {} in {}: the note says how it is sent.",
                snippet.code,
                framework.label()
            )
        };
        self.muted_para("  ", "  ", &tested)
    }
}
