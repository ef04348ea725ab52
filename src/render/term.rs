//! Terminal rendering: cards, one-line entries and tables, wrapped and coloured by class.

use std::io::{self, Write};

use super::Detail;
use super::style::Theme;
use super::wrap;
use crate::db::{self, Body, Cache, MethodRule, Standing, Status, constants};
use crate::search;
use crate::send::Framework;

/// How many items of a list the default card shows; `--full` shows them all.
const NORMAL_ITEMS: usize = 2;
/// How many headers the default card explains; the rest are named.
const NORMAL_HEADERS: usize = 3;
/// The fewest columns a table's text column may have; narrower, and the text goes under.
const MIN_COLUMN: usize = 24;
/// The fewest columns of text worth keeping beside a lead; a wider lead is wrapped too.
const MIN_TEXT: usize = 12;

/// A writer with the theme it renders in, and the framework whose snippet cards show.
pub struct Term<'a, W: Write> {
    pub out: &'a mut W,
    pub theme: Theme,
    pub send: Option<Framework>,
}

impl<W: Write> Term<'_, W> {
    /// Writes `text` wrapped to the theme width, each line indented by `indent`.
    pub(super) fn para(&mut self, indent: &str, text: &str) -> io::Result<()> {
        self.para_hanging(indent, indent, text)
    }

    /// A muted paragraph (a hint, a count), wrapped like any other.
    pub(super) fn muted_para(&mut self, first: &str, rest: &str, text: &str) -> io::Result<()> {
        let options = wrap::Options::new(self.theme.width)
            .initial_indent(first)
            .subsequent_indent(rest);
        let theme = self.theme;
        wrap::write_styled(&mut self.out, text, options, |line| theme.muted(line))
    }

    pub(super) fn para_hanging(&mut self, first: &str, rest: &str, text: &str) -> io::Result<()> {
        let options = wrap::Options::new(self.theme.width)
            .initial_indent(first)
            .subsequent_indent(rest);
        for line in wrap::wrap(text, options) {
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }

    pub(super) fn heading(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.out)?;
        for line in wrap::wrap(text, wrap::Options::new(self.theme.width)) {
            writeln!(self.out, "{}", self.theme.heading(&line))?;
        }
        Ok(())
    }

    fn bullets(&mut self, items: &[&str], detail: Detail) -> io::Result<()> {
        for item in shown(items, detail) {
            self.para_hanging("  • ", "    ", item)?;
        }
        Ok(())
    }

    /// One `label  value` row, the value wrapped under itself.
    pub(super) fn field(&mut self, label: &str, value: &str) -> io::Result<()> {
        const LABEL_WIDTH: usize = 12;
        let pad = " ".repeat(LABEL_WIDTH.saturating_sub(label.len()));
        let first = format!("  {}{pad}", self.theme.label(label));
        let rest = " ".repeat(LABEL_WIDTH + 2);
        let options = wrap::Options::new(self.theme.width.saturating_sub(LABEL_WIDTH + 2));
        for (i, line) in wrap::wrap(value, options).iter().enumerate() {
            let lead = if i == 0 {
                first.as_str()
            } else {
                rest.as_str()
            };
            writeln!(self.out, "{lead}{line}")?;
        }
        Ok(())
    }

    /// `404 Not Found`, with a marker for codes outside the standard.
    pub fn brief(&mut self, status: &Status) -> io::Result<()> {
        let title = format!("{} {}", status.code, status.name);
        let mut line = self.theme.title(status.class(), &title);
        let mut plain = title.chars().count();
        if let Some(marker) = marker(status) {
            // Brackets, since some registry names are themselves in parentheses: "(Unused)".
            let marker = format!("[{marker}]");
            plain += 1 + marker.chars().count();
            line.push(' ');
            line.push_str(&self.theme.muted(&marker));
        }
        wrap::write_fitted(&mut self.out, self.theme.width, &line, plain)
    }

    /// A list of codes at a level of detail: one line each (brief), a table (normal), or
    /// every card in full.
    pub fn statuses(&mut self, statuses: &[&Status], detail: Detail) -> io::Result<()> {
        match detail {
            Detail::Brief => statuses.iter().try_for_each(|s| self.brief(s)),
            Detail::Normal => self.table(statuses.iter().copied()),
            Detail::Full => {
                for (i, status) in statuses.iter().enumerate() {
                    if i > 0 {
                        writeln!(self.out)?;
                    }
                    self.card(status, &[], Detail::Full)?;
                }
                Ok(())
            }
        }
    }

    /// Rows of `code  name  [standing ·] summary`, the summary wrapped under itself.
    pub fn table<'s>(&mut self, statuses: impl IntoIterator<Item = &'s Status>) -> io::Result<()> {
        const NAME_WIDTH: usize = 34;
        let statuses: Vec<&Status> = statuses.into_iter().collect();
        let name_width = statuses
            .iter()
            .map(|s| s.name.chars().count())
            .max()
            .unwrap_or(0)
            .min(NAME_WIDTH);
        for status in statuses {
            // The standing leads the tail so that it is read first.
            let tail = match marker(status) {
                Some(m) => format!("{m} · {}", status.summary),
                None => status.summary.to_string(),
            };
            let indent = name_width + 9;
            if self.theme.width < indent + MIN_COLUMN {
                // Too narrow for a column of summaries: each goes under its code and name.
                let code = self.theme.code(status.class(), &status.code.to_string());
                let name = self.theme.title(status.class(), status.name);
                let plain = 7 + status.name.chars().count();
                wrap::write_fitted(
                    &mut self.out,
                    self.theme.width,
                    &format!("  {code}  {name}"),
                    plain,
                )?;
                self.muted_para("       ", "       ", &tail)?;
                continue;
            }
            let names = wrap::wrap(
                status.name,
                wrap::Options::new(name_width).break_long_words(),
            );
            let tails = wrap::wrap(
                &tail,
                wrap::Options::new(self.theme.width.saturating_sub(indent).max(20)),
            );
            for i in 0..names.len().max(tails.len()) {
                let name = names.get(i).map_or("", String::as_str);
                let pad = " ".repeat(name_width.saturating_sub(name.chars().count()));
                let code = if i == 0 {
                    self.theme.code(status.class(), &status.code.to_string())
                } else {
                    "   ".to_string()
                };
                let name = if i == 0 {
                    self.theme.title(status.class(), name)
                } else {
                    name.to_string()
                };
                let tail = tails.get(i).map_or(String::new(), |t| self.theme.muted(t));
                let line = format!("  {code}  {name}{pad}  {tail}");
                writeln!(self.out, "{}", line.trim_end())?;
            }
        }
        Ok(())
    }

    /// Search results: the top answer with its situation, why and alternatives, then one
    /// line per other hit. Brief gives every hit one line; full answers every hit that a
    /// situation decided in full.
    pub fn hits(&mut self, hits: &[search::Hit], query: &str, detail: Detail) -> io::Result<()> {
        let Some((top, rest)) = hits.split_first() else {
            return Ok(());
        };
        let marks = search::Highlighter::new(query);
        if detail == Detail::Brief {
            return self.hit_rows(&hits.iter().collect::<Vec<_>>(), &marks);
        }
        if detail == Detail::Full {
            for (i, hit) in hits.iter().enumerate() {
                if i > 0 {
                    writeln!(self.out)?;
                }
                match hit.situation {
                    _ if hit.entry.is_some() => {
                        let (vocabulary, entry) = hit.entry.expect("checked");
                        self.entry_answer(hit.status, vocabulary, entry)?
                    }
                    Some(situation) if hit.field != search::Field::Alternative => {
                        self.situation(hit.status, situation)?
                    }
                    _ => self.hit_rows(&[hit], &marks)?,
                }
            }
            return Ok(());
        }
        if let Some((vocabulary, entry)) = top.entry {
            self.entry_answer(top.status, vocabulary, entry)?;
            if !rest.is_empty() {
                writeln!(self.out)?;
            }
            return self.hit_rows(&rest.iter().collect::<Vec<_>>(), &marks);
        }
        let answered = top
            .situation
            .filter(|_| top.field != search::Field::Alternative);
        let Some(situation) = answered else {
            self.hit_rows(&hits.iter().collect::<Vec<_>>(), &marks)?;
            return self.family_comparison(hits);
        };
        self.situation(top.status, situation)?;
        if self.send.is_some() {
            self.send_it(top.status.code, detail)?;
        }
        // The answer lists its own alternatives; the rows show the other candidates.
        let others: Vec<&search::Hit> = rest
            .iter()
            .filter(|h| {
                h.field != search::Field::Alternative
                    || !h.situation.is_some_and(|s| std::ptr::eq(s, situation))
            })
            .collect();
        if !others.is_empty() {
            writeln!(self.out)?;
        }
        self.hit_rows(&others, &marks)
    }

    /// After a family of codes, the curated comparison of its first two members, if there
    /// is one ("permanent redirect": 308 and 301), as a command to run.
    fn family_comparison(&mut self, hits: &[search::Hit]) -> io::Result<()> {
        let family: Vec<u16> = hits.iter().take(2).map(|h| h.status.code).collect();
        if family.len() < 2 || !hits.get(1).is_some_and(|h| h.family) {
            return Ok(());
        }
        let Some(comparison) = db::comparison_for(&family) else {
            return Ok(());
        };
        writeln!(self.out)?;
        let command = format!("httpcode compare {} {}", family[0], family[1]);
        let lead = format!("  {}  ", self.theme.muted(&command));
        self.lead_para(&lead, command.len() + 4, comparison.title)
    }

    /// The answer to a situation: the code and the situation, why, then the alternatives.
    pub fn situation(&mut self, status: &Status, situation: &db::Situation) -> io::Result<()> {
        let theme = self.theme;
        let head = format!("{} {}", status.code, status.name);
        // The heading wraps like the prose, with the code and name in the class colour.
        let text = format!("{head}: {}", situation.title);
        let options = wrap::Options::new(theme.width)
            .initial_indent("  ")
            .subsequent_indent("    ");
        for (i, line) in wrap::wrap(&text, options).iter().enumerate() {
            match line.strip_prefix(&format!("  {head}")).filter(|_| i == 0) {
                Some(rest) => writeln!(self.out, "  {}{rest}", theme.title(status.class(), &head))?,
                None => writeln!(self.out, "{line}")?,
            }
        }
        if let Some(mark) = marker(status) {
            writeln!(self.out, "    {}", theme.muted(&format!("[{mark}]")))?;
        }
        self.para("    ", situation.why)?;
        for alternative in situation.alternatives {
            let name = db::lead(alternative.code).map_or("", |s| s.name);
            let first = format!("    {} ", theme.label("or"));
            let text = format!("{} {name}, {}", alternative.code, alternative.when);
            self.para_hanging(&first, "       ", &text)?;
        }
        Ok(())
    }

    /// One line per hit: code, name, and what matched.
    fn hit_rows(&mut self, hits: &[&search::Hit], marks: &search::Highlighter) -> io::Result<()> {
        let theme = self.theme;
        let name_width = hits
            .iter()
            .map(|h| h.status.name.chars().count())
            .max()
            .unwrap_or(0)
            .min(36);
        for hit in hits {
            let status = hit.status;
            let name = truncate(status.name, name_width);
            let pad = " ".repeat(name_width - name.chars().count());
            let vendor = match status.standing {
                Standing::Unofficial { vendor, .. } => format!(" [unofficial: {vendor}]"),
                _ => String::new(),
            };
            let label = hit.field.label();
            let beside = theme
                .width
                .saturating_sub(name_width + 9 + label.len() + 2 + vendor.len());
            // Too little room beside the name: what matched goes on a line of its own.
            let below = beside < MIN_TEXT;
            let room = if below {
                theme.width.saturating_sub(7 + label.len() + 2)
            } else {
                beside
            };
            let matched = truncate(&hit.matched, room.max(MIN_TEXT));
            let mut shown = String::new();
            let mut at = 0;
            for (start, end) in marks.ranges(&matched) {
                shown.push_str(&matched[at..start]);
                shown.push_str(&theme.matched(&matched[start..end]));
                at = end;
            }
            shown.push_str(&matched[at..]);
            let code = theme.code(status.class(), &status.code.to_string());
            let label = theme.muted(&format!("{label}: "));
            if below {
                writeln!(
                    self.out,
                    "  {code}  {}",
                    theme.title(status.class(), name.trim_end())
                )?;
                writeln!(self.out, "       {label}{shown}")?;
            } else {
                writeln!(
                    self.out,
                    "  {code}  {}{pad}  {label}{shown}",
                    theme.title(status.class(), &name),
                )?;
            }
            if !vendor.is_empty() {
                // The vendor mark goes on its own line so a long reason never hides it.
                writeln!(self.out, "       {}", theme.muted(vendor.trim()))?;
            }
        }
        Ok(())
    }

    /// The class heading and meaning shown above a class's table.
    pub fn class_intro(&mut self, class: &db::Class, pattern: &str) -> io::Result<()> {
        let title = format!("{pattern} {}", class.name);
        writeln!(self.out, "{}", self.theme.title(class.digit, &title))?;
        self.para("", class.meaning)?;
        writeln!(self.out)
    }

    /// The note shown for a number in range that nobody has registered.
    pub fn unassigned(&mut self, code: u16, fallback: u16) -> io::Result<()> {
        let class = (code / 100) as u8;
        let title = format!("{code} is unassigned");
        writeln!(self.out, "{}", self.theme.title(class, &title))?;
        self.para(
            "",
            &format!(
                "No meaning is registered for {code} with IANA and no vendor use is known. RFC \
                 9110 §15 tells a client that meets an unrecognised code to treat it as the x00 \
                 code of its class, so {code} is handled as {fallback}:"
            ),
        )?;
        writeln!(self.out)
    }

    /// The full explanation of one meaning of a code.
    pub fn card(&mut self, status: &Status, others: &[&Status], detail: Detail) -> io::Result<()> {
        if detail == Detail::Brief {
            return self.brief(status);
        }
        let theme = self.theme;
        let class = status.class();
        let title = format!("{} {}", status.code, status.name);
        let class_name = db::class(class).map_or("", |c| c.name);
        let kind = format!("{class}xx {class_name} · {}", standing_text(status));
        let columns = title.chars().count() + 2 + kind.chars().count();
        if columns <= self.theme.width {
            writeln!(
                self.out,
                "{}  {}",
                theme.title(class, &title),
                theme.muted(&kind)
            )?;
        } else {
            // A narrow screen: the name on its line, the class and standing under it.
            for line in wrap::wrap(&title, wrap::Options::new(self.theme.width)) {
                writeln!(self.out, "{}", theme.title(class, &line))?;
            }
            self.muted_para("", "", &kind)?;
        }
        self.para("", status.summary)?;
        writeln!(self.out)?;

        if let Some(spec) = status.spec {
            self.field("Spec", &format!("{}  {}", spec.cite(), spec.url()))?;
        }
        if let Some(note) = standing_note(status) {
            self.field("Standing", &note)?;
        }
        if !status.former_names.is_empty() {
            let names: Vec<String> = status
                .former_names
                .iter()
                .map(|a| format!("{} ({})", a.name, a.source))
                .collect();
            self.field("Formerly", &names.join("; "))?;
        }

        self.heading("Meaning")?;
        self.para("  ", status.meaning)?;
        if !status.use_when.is_empty() {
            self.heading("Use it when")?;
            self.bullets(status.use_when, detail)?;
        }
        if !status.avoid.is_empty() {
            self.heading("Mistakes to avoid")?;
            self.bullets(status.avoid, detail)?;
        }
        if !status.on_receipt.is_empty() && (detail == Detail::Full || !status.is_official()) {
            self.heading("When you receive it")?;
            self.para("  ", status.on_receipt)?;
        }
        if !status.headers.is_empty() {
            self.heading("Headers")?;
            // Requirements first (must, should, may), then the request headers behind the code.
            let mut headers: Vec<_> = status.headers.iter().collect();
            headers.sort_by_key(|h| h.usage as u8);
            let shown_count = match detail {
                Detail::Full => headers.len(),
                _ => headers.len().min(NORMAL_HEADERS),
            };
            for header in &headers[..shown_count] {
                let lead = format!("{} ({})", header.name, header.usage.label());
                let styled = format!("  {}: ", theme.label(&lead));
                let text = format!("{} [{}]", header.why, header.source);
                self.lead_para(&styled, lead.chars().count() + 4, &text)?;
            }
            let hidden: Vec<&str> = headers[shown_count..].iter().map(|h| h.name).collect();
            if !hidden.is_empty() {
                let more = format!("Also: {} (see --full)", hidden.join(", "));
                self.muted_para("  ", "    ", &more)?;
            }
        }
        self.properties(status, detail)?;
        if detail == Detail::Full {
            for example in status.examples {
                self.example(example)?;
            }
        }
        if !status.related.is_empty() {
            self.heading("Related")?;
            for related in shown(status.related, detail) {
                let name = db::meanings(related.code).first().map_or("", |s| s.name);
                let lead = format!(
                    "  {} {name}: ",
                    theme.code((related.code / 100) as u8, &related.code.to_string())
                );
                let plain_len = 2 + 4 + name.chars().count() + 2;
                self.lead_para(&lead, plain_len, related.how)?;
            }
        }
        self.card_protocols(status, detail)?;
        if detail == Detail::Full {
            self.constants(status)?;
        }
        if !others.is_empty() {
            self.heading("Also used as")?;
            for other in others {
                let lead = format!(
                    "  {} ",
                    theme.warning(&format!("{} {}", other.code, other.name))
                );
                let text = format!("({}) {}", marker(other).unwrap_or_default(), other.summary);
                let plain_len = 2 + 4 + other.name.chars().count() + 1;
                self.lead_para(&lead, plain_len, &text)?;
            }
        }
        if status.is_official() {
            self.send_it(status.code, detail)?;
        }
        let comparisons: Vec<_> = db::COMPARISONS
            .iter()
            .filter(|c| c.codes.contains(&status.code))
            .collect();
        if !comparisons.is_empty() {
            self.heading("Compare")?;
            for comparison in comparisons {
                let codes: Vec<String> = comparison.codes.iter().map(u16::to_string).collect();
                let command = format!("httpcode compare {}", codes.join(" "));
                let lead = format!("  {}  ", theme.muted(&command));
                self.lead_para(&lead, command.len() + 4, comparison.title)?;
            }
        }
        if detail == Detail::Normal && status.is_official() {
            writeln!(self.out)?;
            let hint = format!(
                "More: httpcode {} --full (examples, constants, all related codes)",
                status.code
            );
            self.muted_para("", "", &hint)?;
        }
        Ok(())
    }

    fn example(&mut self, example: &db::Example) -> io::Result<()> {
        let theme = self.theme;
        self.heading(&format!("Example: {}", example.title))?;
        for line in example.request.lines() {
            writeln!(self.out, "  {} {line}", theme.muted(">"))?;
        }
        writeln!(self.out)?;
        for line in example.response.lines() {
            writeln!(self.out, "  {} {line}", theme.muted("<"))?;
        }
        Ok(())
    }

    /// A paragraph whose first line starts with an already-styled lead of `lead_len` columns,
    /// the rest wrapped under a four-column indent.
    pub(super) fn lead_para(&mut self, lead: &str, lead_len: usize, text: &str) -> io::Result<()> {
        self.lead_para_under(lead, lead_len, "    ", text)
    }

    /// A paragraph whose first line starts with an already-styled lead of `lead_len` columns,
    /// the rest wrapped under `rest`. A lead too wide to leave room beside it is wrapped with
    /// the text, as words.
    pub(super) fn lead_para_under(
        &mut self,
        lead: &str,
        lead_len: usize,
        rest: &str,
        text: &str,
    ) -> io::Result<()> {
        let first_word = text.split(' ').next().map_or(0, |w| w.chars().count());
        if lead_len + MIN_TEXT.max(first_word) > self.theme.width {
            let whole = format!("{}{text}", lead.trim_start());
            return self.para_hanging("  ", "    ", &whole);
        }
        let first = " ".repeat(lead_len);
        let options = wrap::Options::new(self.theme.width)
            .initial_indent(&first)
            .subsequent_indent(rest);
        for (i, line) in wrap::wrap(text, options).iter().enumerate() {
            if i == 0 {
                writeln!(self.out, "{lead}{}", line.trim_start())?;
            } else {
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }

    fn properties(&mut self, status: &Status, detail: Detail) -> io::Result<()> {
        if !status.is_official() && status.retry.is_empty() {
            return Ok(());
        }
        self.heading("Properties")?;
        if let Some(text) = cache_text(status.cache) {
            self.field("Cacheable", &text)?;
        }
        if let Some(redirect) = status.redirect {
            self.field("Redirect", &redirect_text(redirect))?;
        }
        if !status.retry.is_empty() {
            self.field("Retry", status.retry)?;
        }
        if status.body == Body::Never || detail == Detail::Full {
            self.field("Body", body_text(status))?;
        }
        Ok(())
    }

    fn constants(&mut self, status: &Status) -> io::Result<()> {
        let all: Vec<_> = db::constants_of(status).collect();
        if all.is_empty() {
            return Ok(());
        }
        self.heading("Constants")?;
        let label_width = all
            .iter()
            .map(|c| c.ecosystem.label().len())
            .max()
            .unwrap_or(0);
        for ecosystem in constants::Ecosystem::ALL {
            for constant in all.iter().filter(|c| c.ecosystem == ecosystem) {
                let note = if constant.deprecated {
                    " (deprecated)"
                } else if constants::is_newer(constant) {
                    " (Python 3.13+)"
                } else {
                    ""
                };
                let label = ecosystem.label();
                let pad = " ".repeat(label_width - label.len() + 2);
                let lead = format!("  {}{pad}", self.theme.muted(label));
                let text = format!(
                    "{}{note}",
                    ecosystem.qualified(constant.code, constant.name)
                );
                self.lead_para(&lead, label_width + 4, &text)?;
            }
        }
        Ok(())
    }
}

fn shown<T>(items: &[T], detail: Detail) -> impl Iterator<Item = &T> {
    let limit = if detail == Detail::Full {
        usize::MAX
    } else {
        NORMAL_ITEMS
    };
    items.iter().take(limit)
}

/// `text` cut to `width` columns at the end of a word, with an ellipsis, where a row must
/// stay one line (search results); a single word longer than the width is cut inside.
fn truncate(text: &str, width: usize) -> String {
    // Only the first `width` characters are walked: a long text is not counted whole.
    if text.char_indices().nth(width).is_none() {
        return text.to_string();
    }
    let end = text
        .char_indices()
        .nth(width.saturating_sub(1))
        .map_or(text.len(), |(at, _)| at);
    let room = &text[..end];
    let at_word = match room.rfind(' ') {
        Some(space) if space > 0 => room[..space].trim_end_matches([',', ';', ':']),
        _ => room,
    };
    format!("{at_word}…")
}

/// The short marker shown after a name outside the plain standard.
pub fn marker(status: &Status) -> Option<String> {
    match status.standing {
        Standing::Standard => None,
        Standing::Unofficial { vendor, .. } => Some(format!("unofficial: {vendor}")),
        other => Some(other.label().to_string()),
    }
}

/// "standard", "reserved", "unofficial (nginx)": a code's standing in a few words.
pub fn standing_text(status: &Status) -> String {
    match status.standing {
        Standing::Unofficial { vendor, .. } => format!("unofficial ({vendor})"),
        other => other.label().to_string(),
    }
}

fn standing_note(status: &Status) -> Option<String> {
    match status.standing {
        Standing::Standard => None,
        Standing::Temporary { expires } => Some(temporary_note(expires, &db::today())),
        Standing::Reserved => {
            Some("reserved by IANA as (Unused): do not give it a meaning".to_string())
        }
        Standing::Deprecated => Some("deprecated: still registered, but do not use it".to_string()),
        Standing::Obsoleted => Some("obsoleted: IANA marks it OBSOLETED".to_string()),
        Standing::Unofficial { vendor, verified } => Some(format!(
            "unofficial: not in the IANA registry; used by {vendor}{}",
            if verified {
                ""
            } else {
                " (not confirmed by the vendor's own documents)"
            }
        )),
    }
}

/// The standing line of a temporary registration, worded by whether its listed expiry date has
/// passed by `today` ("YYYY-MM-DD").
fn temporary_note(expires: &str, today: &str) -> String {
    if expires < today {
        format!(
            "temporary IANA registration whose listed expiry date, {expires}, has passed (today is \
             {today}): it may have been extended, made permanent or dropped, so check the live \
             IANA registry"
        )
    } else {
        format!(
            "temporary IANA registration, listed as expiring {expires}: check the live IANA \
             registry for its current state"
        )
    }
}

pub fn cache_text(cache: Cache) -> Option<String> {
    match cache {
        Cache::Heuristic(source) => Some(format!(
            "yes, by default: caches may store it without explicit freshness [{source}]"
        )),
        Cache::ExplicitOnly(source) => Some(format!(
            "only with explicit freshness such as Cache-Control max-age [{source}]"
        )),
        Cache::Never(source) => Some(format!("no: caches must not store it [{source}]")),
        Cache::Interim => Some("no: an interim response is never stored".to_string()),
        Cache::Unspecified => None,
    }
}

pub fn redirect_text(redirect: db::Redirect) -> String {
    let lasting = if redirect.permanent {
        "permanent: clients and search engines may update links"
    } else {
        "temporary: keep using the original URI"
    };
    format!("{lasting}; {}", method_text(redirect.method))
}

pub fn method_text(rule: MethodRule) -> &'static str {
    match rule {
        MethodRule::Kept => "method and body are kept",
        MethodRule::PostMayBecomeGet => "clients may change POST to GET (historical behaviour)",
        MethodRule::BecomesGet => "the follow-up request is a GET, whatever the method was",
        MethodRule::NotFollowedAutomatically => "the client (or user) picks one of the choices",
    }
}

pub fn body_text(status: &Status) -> &'static str {
    match status.body {
        Body::Never => "none: this response never carries content",
        Body::Allowed if status.class() >= 4 => {
            "allowed; explain the problem in it (except for HEAD)"
        }
        Body::Allowed => "allowed",
    }
}

#[cfg(test)]
mod tests {
    use super::{temporary_note, truncate};

    #[test]
    fn a_long_text_is_cut_at_a_word_within_the_width() {
        assert_eq!(truncate("abc def", 7), "abc def");
        assert_eq!(truncate("abc def ghi", 8), "abc…");
        assert_eq!(truncate("abc, def ghi", 8), "abc…");
        assert_eq!(truncate("abcdefghij", 5), "abcd…");
        assert_eq!(truncate("é è ê ë ï", 6), "é è…");
        assert_eq!(truncate("", 0), "");
    }

    #[test]
    fn a_temporary_registration_note_follows_the_date() {
        let before = temporary_note("2026-11-13", "2026-11-12");
        assert!(before.contains("listed as expiring 2026-11-13"), "{before}");
        assert!(!before.contains("passed"), "{before}");
        let on_the_day = temporary_note("2026-11-13", "2026-11-13");
        assert!(!on_the_day.contains("passed"), "{on_the_day}");
        let after = temporary_note("2026-11-13", "2026-11-29");
        assert!(after.contains("2026-11-13, has passed"), "{after}");
        assert!(after.contains("today is 2026-11-29"), "{after}");
        assert!(after.contains("check the live IANA registry"), "{after}");
    }
}
