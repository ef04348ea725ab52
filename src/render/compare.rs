//! Codes side by side in wrapped columns, then the curated note on choosing between them.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::Detail;
use super::style::Theme;
use super::term::{body_text, cache_text};
use super::wrap;
use crate::db::{Comparison, Status};

const LABEL_WIDTH: usize = 13;
const GAP: usize = 2;

/// The rows compared, each a label and the text for one code.
fn rows(statuses: &[&Status], full: bool) -> Vec<(&'static str, Vec<String>)> {
    let cell = |f: &dyn Fn(&Status) -> String| statuses.iter().map(|s| f(s)).collect::<Vec<_>>();
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let mut rows = vec![
        ("Name", cell(&|s| s.name.to_string())),
        ("In short", cell(&|s| s.summary.to_string())),
    ];
    if full || statuses.len() <= 2 {
        rows.push(("Meaning", cell(&|s| s.meaning.to_string())));
    }
    rows.push((
        "Use it when",
        cell(&|s| s.use_when.first().copied().unwrap_or("—").to_string()),
    ));
    if statuses.iter().any(|s| s.redirect.is_some()) {
        rows.push((
            "Permanent",
            cell(&|s| s.redirect.map_or("—".into(), |r| yes_no(r.permanent))),
        ));
        rows.push((
            "Method kept",
            cell(&|s| {
                s.redirect.map_or("—".into(), |r| {
                    yes_no(r.method == crate::db::MethodRule::Kept)
                })
            }),
        ));
    }
    rows.push((
        "Cacheable",
        cell(&|s| cache_text(s.cache).unwrap_or_else(|| "—".into())),
    ));
    rows.push(("Retry", cell(&|s| s.retry.to_string())));
    rows.push(("Body", cell(&|s| body_text(s).to_string())));
    rows.push((
        "Headers",
        cell(&|s| {
            let names: Vec<String> = s
                .headers
                .iter()
                .map(|h| format!("{} ({})", h.name, h.usage.label()))
                .collect();
            if names.is_empty() {
                "—".into()
            } else {
                names.join(", ")
            }
        }),
    ));
    rows
}

pub fn render(
    out: &mut impl Write,
    theme: Theme,
    statuses: &[&Status],
    comparison: Option<&Comparison>,
    detail: Detail,
) -> io::Result<()> {
    let full = detail == Detail::Full;
    let n = statuses.len();
    let column = (theme.width.saturating_sub(LABEL_WIDTH + 2) / n)
        .saturating_sub(GAP)
        .max(12);
    let mut rows = rows(statuses, full);
    // Brief keeps the names and the one-line summaries.
    if detail == Detail::Brief {
        rows.truncate(2);
    }
    // Columns too narrow for a word ("Cache-Control") would split it: show each row's
    // values one under the other instead.
    let longest_word = rows
        .iter()
        .flat_map(|(_, cells)| cells.iter())
        .flat_map(|c| c.split_whitespace())
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    if longest_word > column {
        stacked(out, theme, statuses, &rows)?;
    } else {
        columns(out, theme, statuses, &rows, column)?;
    }
    match comparison {
        Some(c) => {
            let options = wrap::Options::new(theme.width);
            wrap::write_styled(out, c.title, options, |l| theme.heading(l))?;
            let options = wrap::Options::new(theme.width)
                .initial_indent("  ")
                .subsequent_indent("  ");
            for line in wrap::wrap(c.note, options) {
                writeln!(out, "{line}")?;
            }
            writeln!(out)?;
            for rule in c.rules {
                let options = wrap::Options::new(theme.width)
                    .initial_indent("  • ")
                    .subsequent_indent("    ");
                for line in wrap::wrap(rule, options) {
                    writeln!(out, "{line}")?;
                }
            }
        }
        None => wrap::write_styled(
            out,
            "No curated note for these codes; see each card.",
            wrap::Options::new(theme.width),
            |l| theme.muted(l),
        )?,
    }
    Ok(())
}

/// The codes side by side: a heading row of codes, then each row's cells in columns.
fn columns(
    out: &mut impl Write,
    theme: Theme,
    statuses: &[&Status],
    rows: &[(&'static str, Vec<String>)],
    column: usize,
) -> io::Result<()> {
    let mut heading = " ".repeat(LABEL_WIDTH + 2);
    for status in statuses {
        let code = status.code.to_string();
        heading.push_str(&theme.title(status.class(), &code));
        heading.push_str(&" ".repeat(column + GAP - code.len()));
    }
    writeln!(out, "{}", heading.trim_end())?;
    for (label, cells) in rows {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .map(|c| wrap::wrap(c, wrap::Options::new(column)))
            .collect();
        let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            let lead = if line == 0 { *label } else { "" };
            let mut text = format!(
                "  {}{}",
                theme.label(lead),
                " ".repeat(LABEL_WIDTH - lead.len())
            );
            for cell in &wrapped {
                let part = cell.get(line).map_or("", String::as_str);
                text.push_str(part);
                text.push_str(&" ".repeat(column + GAP - part.chars().count().min(column)));
            }
            writeln!(out, "{}", text.trim_end())?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Each row's values one under the other, each led by its code, wrapped to the full width.
fn stacked(
    out: &mut impl Write,
    theme: Theme,
    statuses: &[&Status],
    rows: &[(&'static str, Vec<String>)],
) -> io::Result<()> {
    for (label, cells) in rows {
        writeln!(out, "  {}", theme.label(label))?;
        for (status, cell) in statuses.iter().zip(cells) {
            let code = status.code.to_string();
            let options = wrap::Options::new(theme.width.saturating_sub(9).max(20));
            for (i, line) in wrap::wrap(cell, options).iter().enumerate() {
                let lead = if i == 0 {
                    theme.title(status.class(), &code)
                } else {
                    "   ".to_string()
                };
                writeln!(out, "    {lead}  {line}")?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Writes the comparison as JSON, each code's status object built as it is written.
pub fn write_json(
    out: &mut impl Write,
    statuses: &[&Status],
    comparison: Option<&Comparison>,
) -> io::Result<()> {
    let codes = super::json::Streamed::new(statuses.iter().map(|s| super::json::status(s, &[])));
    let comparison = comparison.map(|c| {
        super::json::to_value(ComparisonFields {
            covers: c.codes,
            title: c.title,
            note: c.note,
            rules: c.rules,
        })
    });
    super::json::write_object(
        out,
        &[("schema_version", Value::from(super::json::SCHEMA_VERSION))],
        ("codes", codes),
        &[("comparison", comparison.unwrap_or(Value::Null))],
    )
}

/// The curated note on a set of codes, as `schemas/compare.schema.json` describes it.
#[derive(Serialize)]
struct ComparisonFields {
    covers: &'static [u16],
    title: &'static str,
    note: &'static str,
    rules: &'static [&'static str],
}
