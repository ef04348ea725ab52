//! `check` results: per response its status line, the code's standing and each finding, then
//! the redirect chain and a count; or all of it as JSON. What the server sent is shown only
//! through `safe::text` on a terminal, and exactly (JSON-escaped) in JSON.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::style::Theme;
use super::wrap;
use crate::check::{Chain, Exchange, Finding, Level};
use crate::db::{self, Standing};
use crate::safe;

/// "404 Not Found · 4xx Client Error · standard", or what stands in for an unknown code.
fn standing(code: u16) -> String {
    let class = db::class((code / 100) as u8).map_or("", |c| c.name);
    match db::meanings(code).first() {
        Some(status) => {
            let standing = super::term::standing_text(status);
            format!(
                "{code} {} · {}xx {class} · {standing}",
                status.name,
                code / 100
            )
        }
        None if (100..=599).contains(&code) => format!(
            "{code} is unassigned · {}xx {class} · treated as {}",
            code / 100,
            code / 100 * 100
        ),
        None => format!("{code} is not an HTTP status code"),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Writes each response's report as soon as it is checked, then the redirect chain and
/// the counts: as text, or as one JSON object whose `responses` array is written element by
/// element, so that neither form holds more than one response in memory.
pub struct Writer<'w, W: Write> {
    out: &'w mut W,
    theme: Theme,
    json: bool,
    /// One line per response: its status line and what was found.
    brief: bool,
    reported: usize,
    /// Findings so far: errors, warnings, notes.
    counts: [usize; 3],
}

impl<'w, W: Write> Writer<'w, W> {
    pub fn new(out: &'w mut W, theme: Theme, json: bool, brief: bool) -> Self {
        Writer {
            out,
            theme,
            json,
            brief,
            reported: 0,
            counts: [0; 3],
        }
    }

    /// How many responses have been reported.
    pub fn reported(&self) -> usize {
        self.reported
    }

    /// Reports one response and its findings.
    pub fn report(&mut self, exchange: &Exchange, findings: &[Finding]) -> io::Result<()> {
        for finding in findings {
            let at = match finding.level {
                Level::Error => 0,
                Level::Warning => 1,
                Level::Note => 2,
            };
            self.counts[at] += 1;
        }
        let first = self.reported == 0;
        self.reported += 1;
        if self.json {
            if first {
                write!(
                    self.out,
                    "{{\n  \"schema_version\": {},\n  \"responses\": [",
                    super::json::SCHEMA_VERSION
                )?;
            }
            let value = response_json(exchange, findings);
            let text = super::json::to_string(&value)?;
            self.out.write_all(if first { b"\n" } else { b",\n" })?;
            for (i, line) in text.lines().enumerate() {
                if i > 0 {
                    self.out.write_all(b"\n")?;
                }
                write!(self.out, "    {line}")?;
            }
            return Ok(());
        }
        if self.brief {
            return brief_report(self.out, self.theme, exchange, findings);
        }
        if !first {
            writeln!(self.out)?;
        }
        text_report(self.out, self.theme, exchange, findings)
    }

    /// Ends the output with the redirect chain and the counts.
    pub fn finish(&mut self, chains: &[Chain], skipped: usize) -> io::Result<()> {
        let chain_json = |c: &'_ Chain| ChainFields {
            hops: c.codes.clone(),
            permanent: c.permanent,
            method_kept: c.method_kept,
            looped: c.looped,
            from: c.from.clone(),
        };
        let [errors, warnings, notes] = self.counts;
        if self.json {
            if self.reported == 0 {
                write!(
                    self.out,
                    "{{\n  \"schema_version\": {},\n  \"responses\": [",
                    super::json::SCHEMA_VERSION
                )?;
            }
            // `chain` is the input's one chain (`curl -sIL`); `chains` lists every chain.
            let tail = Tail {
                chain: match chains {
                    [one] => Some(chain_json(one)),
                    _ => None,
                },
                chains: chains.iter().map(chain_json).collect(),
                summary: Summary {
                    responses: self.reported,
                    errors,
                    warnings,
                    notes,
                    skipped,
                },
            };
            let text = super::json::to_string(&tail)?;
            // The tail object's fields follow the array inside the same object.
            let fields = text
                .trim_start_matches('{')
                .trim_end_matches('}')
                .trim_matches('\n');
            let close = if self.reported == 0 { "]" } else { "\n  ]" };
            writeln!(self.out, "{close},\n{fields}\n}}")?;
            return Ok(());
        }
        if !chains.is_empty() {
            writeln!(self.out)?;
        }
        for chain in chains {
            let codes: Vec<String> = chain.codes.iter().map(u16::to_string).collect();
            let mut parts = vec![codes.join(" → ")];
            parts.push(
                if chain.permanent {
                    "permanent"
                } else {
                    "temporary"
                }
                .into(),
            );
            // A chain of GETs has no method to change.
            if chain.method_kept {
                parts.push("method and body kept".into());
            } else if !chain.safe_methods {
                parts.push("the method may change to GET".into());
            }
            if chain.looped {
                parts.push("it loops".into());
            }
            let heading = match &chain.from {
                Some(from) => format!("Redirect chain from {}:", safe::text(from)),
                None => "Redirect chain:".to_string(),
            };
            let line = format!("{} {}", self.theme.heading(&heading), parts.join(" · "));
            let options = wrap::Options::new(self.theme.width).subsequent_indent("  ");
            wrap::write_styled(&mut *self.out, &line, options, str::to_string)?;
        }
        writeln!(self.out)?;
        let mut summary = format!(
            "{}: {}, {}, {}",
            plural(self.reported, "response"),
            plural(errors, "error"),
            plural(warnings, "warning"),
            plural(notes, "note")
        );
        if skipped > 0 {
            let entries = if skipped == 1 { "entry" } else { "entries" };
            summary.push_str(&format!(" ({skipped} HAR {entries} left out, see stderr)"));
        }
        wrap::write_styled(
            &mut *self.out,
            &summary,
            wrap::Options::new(self.theme.width).subsequent_indent("  "),
            str::to_string,
        )
    }
}

/// A response's status line as sent (the code's three digits, `099` included), with the
/// request it answered where the input shows it.
/// Returns the styled line and its width in columns.
fn head(theme: Theme, exchange: &Exchange) -> (String, usize) {
    let response = &exchange.response;
    let class = (response.code / 100) as u8;
    let line = format!(
        "{} {:03} {}",
        response.version, response.code, response.reason
    );
    let status = safe::text(line.trim_end());
    let mut head = theme.title(class, status.as_ref());
    let mut columns = status.chars().count();
    if let Some(request) = &exchange.request {
        let asked = format!("← {} {}", request.method, request.target);
        let asked = safe::text(&asked);
        columns += 2 + asked.chars().count();
        head.push_str("  ");
        head.push_str(&theme.muted(asked.as_ref()));
    }
    (head, columns)
}

/// The fewest columns a finding's text is wrapped to, however narrow the screen.
const MIN_TEXT: usize = 16;

/// One line for one response: its status line, its request, and the count of findings by
/// level, or "ok".
fn brief_report(
    out: &mut impl Write,
    theme: Theme,
    exchange: &Exchange,
    findings: &[Finding],
) -> io::Result<()> {
    let (text, columns) = head(theme, exchange);
    let count = |level| findings.iter().filter(|f| f.level == level).count();
    let verdict = match (
        count(Level::Error),
        count(Level::Warning),
        count(Level::Note),
    ) {
        (0, 0, 0) => "ok".to_string(),
        (errors, warnings, notes) => [(errors, "error"), (warnings, "warning"), (notes, "note")]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, word)| plural(n, word))
            .collect::<Vec<_>>()
            .join(", "),
    };
    let line = format!("{text}  · {verdict}");
    wrap::write_fitted(
        out,
        theme.width,
        &line,
        columns + 4 + verdict.chars().count(),
    )
}

/// One response's status line (with its request), standing and findings.
fn text_report(
    out: &mut impl Write,
    theme: Theme,
    exchange: &Exchange,
    findings: &[Finding],
) -> io::Result<()> {
    let response = &exchange.response;
    let (line, columns) = head(theme, exchange);
    wrap::write_fitted(out, theme.width, &line, columns)?;
    let mut muted = |text: &str| {
        let options = wrap::Options::new(theme.width)
            .initial_indent("  ")
            .subsequent_indent("    ");
        wrap::write_styled(&mut *out, text, options, |l| theme.muted(l))
    };
    muted(&standing(response.code))?;
    if findings.is_empty() {
        muted("nothing to report")?;
    }
    for finding in findings {
        let label = format!("{:8}", finding.level.label());
        let label = match finding.level {
            Level::Error => theme.code(5, &label),
            Level::Warning => theme.code(4, &label),
            Level::Note => theme.muted(&label),
        };
        let text = format!("{} [{}]", safe::text(&finding.message), finding.source);
        let options = wrap::Options::new(theme.width.saturating_sub(12).max(MIN_TEXT));
        for (j, line) in wrap::wrap(&text, options).iter().enumerate() {
            if j == 0 {
                writeln!(out, "  {label}  {line}")?;
            } else {
                writeln!(out, "            {line}")?;
            }
        }
    }
    Ok(())
}

/// One response as a JSON object.
fn response_json(exchange: &Exchange, findings: &[Finding]) -> Value {
    let response = &exchange.response;
    let lead = db::meanings(response.code).first().copied();
    super::json::to_value(ResponseFields {
        version: &response.version,
        code: response.code,
        reason: &response.reason,
        name: lead.map(|s| s.name),
        class: format!("{}xx", response.code / 100),
        standing: lead.map_or(
            if (100..=599).contains(&response.code) {
                "unassigned"
            } else {
                "invalid"
            },
            |s| s.standing.label(),
        ),
        vendor: lead.and_then(|s| match s.standing {
            Standing::Unofficial { vendor, .. } => Some(vendor),
            _ => None,
        }),
        request: exchange.request.as_ref().map(|q| RequestFields {
            method: &q.method,
            target: &q.target,
        }),
        findings: findings
            .iter()
            .map(|f| FindingFields {
                check: f.check,
                level: f.level.label(),
                message: &f.message,
                source: f.source,
            })
            .collect(),
    })
}

/// One response's report, as `schemas/check.schema.json` describes it.
#[derive(Serialize)]
struct ResponseFields<'a> {
    version: &'a str,
    code: u16,
    reason: &'a str,
    name: Option<&'static str>,
    class: String,
    standing: &'static str,
    vendor: Option<&'static str>,
    request: Option<RequestFields<'a>>,
    findings: Vec<FindingFields<'a>>,
}

#[derive(Serialize)]
struct RequestFields<'a> {
    method: &'a str,
    target: &'a str,
}

#[derive(Serialize)]
struct FindingFields<'a> {
    check: &'static str,
    level: &'static str,
    message: &'a str,
    source: &'static str,
}

/// What follows the responses: the redirect chains and the counts.
#[derive(Serialize)]
struct Tail {
    chain: Option<ChainFields>,
    chains: Vec<ChainFields>,
    summary: Summary,
}

#[derive(Serialize)]
struct ChainFields {
    hops: Vec<u16>,
    permanent: bool,
    method_kept: bool,
    looped: bool,
    from: Option<String>,
}

#[derive(Serialize)]
struct Summary {
    responses: usize,
    errors: usize,
    warnings: usize,
    notes: usize,
    skipped: usize,
}
