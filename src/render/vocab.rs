//! Protocol vocabularies on the terminal: one entry with its source, a whole vocabulary as a
//! table, and the lines a code's card gives the names that map to it.

use std::io::{self, Write};

use super::Detail;
use super::term::Term;
use crate::db::vocab::{self, Direction, Entry, Vocabulary};
use crate::db::{self, Status};

impl<W: Write> Term<'_, W> {
    /// `gRPC FAILED_PRECONDITION (9) → 400 Bad Request`, then (unless brief) the meaning,
    /// the source with its quoted words, and how a client reads the status back.
    pub fn entry(
        &mut self,
        vocabulary: &'static Vocabulary,
        entry: &'static Entry,
        detail: Detail,
    ) -> io::Result<()> {
        let theme = self.theme;
        let class = (entry.status / 100) as u8;
        let status_name = db::lead(entry.status).map_or("", |s| s.name);
        let target = format!("{} {status_name}", entry.status);
        let arrow = match entry.direction {
            Direction::Sends => "→",
            Direction::Reads => "← read from",
        };
        // One line must tell apart the entries a name has in several contexts.
        let context = match entry.context {
            Some(context) if detail == Detail::Brief => format!(" ({context})"),
            _ => String::new(),
        };
        let numbered = vocab::numbered(entry);
        let styled = format!(
            "{} {}{context}  {arrow} {}",
            theme.muted(vocabulary.name),
            theme.label(&numbered),
            theme.title(class, &target),
        );
        let plain = [vocabulary.name, &numbered, &context, arrow, &target]
            .iter()
            .map(|part| part.chars().count())
            .sum::<usize>()
            + 5;
        super::wrap::write_fitted(&mut self.out, self.theme.width, &styled, plain)?;
        if detail == Detail::Brief {
            return Ok(());
        }
        self.para("  ", entry.meaning)?;
        if let Some(context) = entry.context {
            self.field("Where", context)?;
        }
        let direction = match entry.direction {
            Direction::Sends => format!("a server answers it with {}", entry.status),
            Direction::Reads => format!(
                "a {} client that receives {} reports it as {}",
                vocabulary.name, entry.status, entry.name
            ),
        };
        self.field("Mapping", &direction)?;
        self.field(
            "Source",
            &format!("{}  {}", entry.source.cite(), entry.source.url),
        )?;
        self.field("Quote", &format!("\"{}\"", squeeze(entry.quote)))?;
        if let Some(reverse) = vocab::reverse_of(vocabulary, entry) {
            self.field(
                "Reverse",
                &format!(
                    "a {} client that receives {} reports {} [{}]",
                    vocabulary.name,
                    entry.status,
                    vocab::numbered(reverse),
                    reverse.source.cite()
                ),
            )?;
        }
        Ok(())
    }

    /// A search's answer from a protocol's table: the code, the protocol's name for it, what
    /// it means and where the protocol says so.
    pub fn entry_answer(
        &mut self,
        status: &Status,
        vocabulary: &'static Vocabulary,
        entry: &'static Entry,
    ) -> io::Result<()> {
        let theme = self.theme;
        let head = format!("{} {}", status.code, status.name);
        let name = format!("{} {}", vocabulary.name, vocab::numbered(entry));
        writeln!(
            self.out,
            "  {}: {}",
            theme.title(status.class(), &head),
            theme.label(&name)
        )?;
        let mut text = entry.meaning.to_string();
        if let Some(context) = entry.context {
            text = format!("{context}: {text}");
        }
        self.para("    ", &text)?;
        let source = format!("{}: \"{}\"", entry.source.cite(), squeeze(entry.quote));
        self.para("    ", &source)?;
        let more = format!("More: httpcode {} {}", vocabulary.key, entry.name);
        self.muted_para("    ", "      ", &more)
    }

    /// A whole vocabulary: what it is, then one row per name with its status and meaning;
    /// names a client reads back from a status come last, under their own heading.
    pub fn vocabulary(
        &mut self,
        vocabulary: &'static Vocabulary,
        detail: Detail,
    ) -> io::Result<()> {
        if detail == Detail::Brief {
            for entry in vocabulary.entries {
                self.entry(vocabulary, entry, Detail::Brief)?;
            }
            return Ok(());
        }
        let theme = self.theme;
        writeln!(self.out, "{}", theme.heading(vocabulary.name))?;
        self.para("", vocabulary.about)?;
        let sends: Vec<&Entry> = vocabulary
            .entries
            .iter()
            .filter(|e| e.direction == Direction::Sends)
            .collect();
        let reads: Vec<&Entry> = vocabulary
            .entries
            .iter()
            .filter(|e| e.direction == Direction::Reads)
            .collect();
        self.heading("Name → status a server sends")?;
        self.entry_rows(&sends, detail)?;
        if !reads.is_empty() {
            self.heading(&format!(
                "Status → name a {} client reports",
                vocabulary.name
            ))?;
            self.entry_rows(&reads, detail)?;
        }
        let mut documents: Vec<String> = Vec::new();
        for entry in vocabulary.entries {
            let line = format!("{}  {}", entry.source.document, entry.source.url);
            if !documents.contains(&line) {
                documents.push(line);
            }
        }
        self.heading("Sources")?;
        for line in documents {
            self.para_hanging("  ", "    ", &line)?;
        }
        writeln!(self.out)?;
        let hint = format!(
            "More: httpcode {} NAME (the source's words and the code's card)",
            vocabulary.key
        );
        self.muted_para("", "  ", &hint)
    }

    /// Rows of `name  code  meaning`, the meaning (and, when full, the context and source)
    /// wrapped under itself.
    fn entry_rows(&mut self, entries: &[&Entry], detail: Detail) -> io::Result<()> {
        const NAME_WIDTH: usize = 32;
        let width = entries
            .iter()
            .map(|e| vocab::numbered(e).chars().count())
            .max()
            .unwrap_or(0)
            .min(NAME_WIDTH);
        for entry in entries {
            let name = vocab::numbered(entry);
            let pad = " ".repeat(width.saturating_sub(name.chars().count()));
            let code = self
                .theme
                .code((entry.status / 100) as u8, &entry.status.to_string());
            let mut text = entry.meaning.to_string();
            if let Some(context) = entry.context {
                text = format!("{context}: {text}");
            }
            if detail == Detail::Full {
                text = format!("{text} [{}]", entry.source.cite());
            }
            let lead = format!("  {}{pad}  {code}  ", self.theme.label(&name));
            let indent = " ".repeat(width + 9);
            if self.theme.width < width + 9 + MEANING_WIDTH {
                // Too narrow for a column of meanings: each goes under its name and code.
                writeln!(self.out, "{}", lead.trim_end())?;
                self.para("    ", &text)?;
            } else if name.chars().count() > width {
                // A name longer than the column takes its own line, and the text starts under it.
                writeln!(self.out, "{}", lead.trim_end())?;
                self.para(&indent, &text)?;
            } else {
                self.lead_para_under(&lead, width + 9, &indent, &text)?;
            }
        }
        Ok(())
    }

    /// The card's "In protocols" part: a line per vocabulary naming what maps to the code
    /// (every entry with its meaning and source when full).
    pub fn card_protocols(&mut self, status: &Status, detail: Detail) -> io::Result<()> {
        let groups = vocab::for_code(status.code);
        if groups.is_empty() {
            return Ok(());
        }
        self.heading("In protocols")?;
        let label_width = groups
            .iter()
            .map(|(v, _)| v.name.chars().count())
            .max()
            .unwrap_or(0);
        for (vocabulary, entries) in groups {
            if detail == Detail::Full {
                let label = self.theme.muted(vocabulary.name);
                writeln!(self.out, "  {label}")?;
                for entry in entries {
                    let mut text = format!("{}: {}", vocab::numbered(entry), entry.meaning);
                    if let Some(context) = entry.context {
                        text = format!("{} ({context}): {}", vocab::numbered(entry), entry.meaning);
                    }
                    if entry.direction == Direction::Reads {
                        text = format!("a client reads it as {text}");
                    }
                    text = format!("{text} [{}]", entry.source.cite());
                    self.para_hanging("    • ", "      ", &text)?;
                }
                continue;
            }
            // One entry per name: a name given two statuses or contexts is listed once.
            let mut names: Vec<&Entry> = Vec::new();
            for entry in entries.iter().filter(|e| e.direction == Direction::Sends) {
                if !names.iter().any(|n| n.name == entry.name) {
                    names.push(entry);
                }
            }
            if names.is_empty() {
                // Only a client's reading of the status: that is for --full.
                continue;
            }
            // Built by pushing rather than formatting: every card pays for these lines.
            let mut line = String::with_capacity(self.theme.width + 16);
            line.push_str("  ");
            line.push_str(&self.theme.muted(vocabulary.name));
            let mut room = self.theme.width.saturating_sub(label_width + 4);
            let mut indent = " ".repeat(label_width + 4);
            if room < NARROW {
                // Too narrow for a column of names: they go under the vocabulary's name.
                line.push_str("\n    ");
                room = self.theme.width.saturating_sub(4);
                indent = "    ".to_string();
            } else {
                let pad = label_width - vocabulary.name.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
            fitted(&mut line, &names, room, &indent);
            line.push('\n');
            self.out.write_all(line.as_bytes())?;
        }
        Ok(())
    }
}

/// Fewer columns than this for a table's meanings, and each meaning goes under its name.
const MEANING_WIDTH: usize = 24;

/// Fewer columns than this beside the vocabulary names, and the entries' names go on a line
/// of their own: room for a long name and "+N more".
const NARROW: usize = 30;

/// A quote as one line: its own line breaks and indentation made single spaces.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Appends as many of the entries' names as fit in `room` columns, then how many more
/// there are: a normal card gives each vocabulary one line, or two when the first name
/// leaves no room for the count, which then goes on a line of its own after `indent`.
fn fitted(line: &mut String, entries: &[&Entry], room: usize, indent: &str) {
    let mut used = 0;
    for (i, entry) in entries.iter().enumerate() {
        let rest = entries.len() - i - 1;
        // Room for this name and, if others follow, for " +N more" after it.
        let more = if rest > 0 {
            8 + rest.ilog10() as usize
        } else {
            0
        };
        let separator = if i == 0 { 0 } else { 2 };
        let number = entry
            .number
            .map_or(0, |n| 3 + n.max(1).ilog10() as usize + 1);
        let width = used + separator + entry.name.chars().count() + number + more;
        if width > room && (i > 0 || rest > 0) {
            if i == 0 {
                // Even the first name and the count do not fit: the count goes below.
                line.push_str(entry.name);
                line.push('\n');
                line.push_str(indent);
                line.push('+');
                line.push_str(&rest.to_string());
                line.push_str(" more");
                return;
            }
            line.push_str(" +");
            line.push_str(&(entries.len() - i).to_string());
            line.push_str(" more");
            return;
        }
        if separator > 0 {
            line.push_str(", ");
        }
        line.push_str(entry.name);
        if let Some(n) = entry.number {
            line.push_str(" (");
            line.push_str(&n.to_string());
            line.push(')');
        }
        used = width - more;
    }
}

#[cfg(test)]
mod tests {
    use super::{Entry, fitted};

    #[test]
    fn names_that_do_not_fit_are_counted() {
        let s3 = crate::db::vocab::vocabulary("s3").unwrap();
        let names: Vec<&Entry> = ["NoSuchKey", "NoSuchBucket", "NoSuchUpload"]
            .iter()
            .map(|n| s3.entries.iter().find(|e| e.name == *n).unwrap())
            .collect();
        let fit = |room| {
            let mut line = String::new();
            fitted(&mut line, &names, room, "  ");
            line
        };
        assert_eq!(fit(80), "NoSuchKey, NoSuchBucket, NoSuchUpload");
        assert_eq!(fit(31), "NoSuchKey, NoSuchBucket +1 more");
        assert_eq!(fit(30), "NoSuchKey +2 more");
        assert_eq!(fit(17), "NoSuchKey +2 more");
        assert_eq!(fit(16), "NoSuchKey\n  +2 more");
        let grpc = crate::db::vocab::vocabulary("grpc").unwrap();
        let numbered: Vec<&Entry> = grpc.entries.iter().take(2).collect();
        let mut line = String::new();
        fitted(&mut line, &numbered, 80, "  ");
        assert_eq!(line, "OK (0), CANCELLED (1)");
    }
}
