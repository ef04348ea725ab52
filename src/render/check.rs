//! `check` results: per response its status line, the code's standing and each finding, then
//! the redirect chain and a count; or all of it as JSON. What the server sent is shown only
//! through `safe::text` on a terminal, and exactly (JSON-escaped) in JSON.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::style::Theme;
use super::wrap;
use crate::check::{Chain, Exchange, Finding, Level};
use crate::db::{self, Standing};
use crate::safe;

/// One response's findings, with the exchange they belong to.
pub struct Report<'a> {
    pub exchange: &'a Exchange,
    pub findings: Vec<Finding>,
}

/// The counts of findings by level: errors, warnings, notes.
pub fn counts(reports: &[Report]) -> [usize; 3] {
    let count = |level| {
        reports
            .iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.level == level)
            .count()
    };
    [
        count(Level::Error),
        count(Level::Warning),
        count(Level::Note),
    ]
}

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

pub fn render(
    out: &mut impl Write,
    theme: Theme,
    reports: &[Report],
    chain: Option<&Chain>,
) -> io::Result<()> {
    for (i, report) in reports.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let response = &report.exchange.response;
        let class = (response.code / 100) as u8;
        let line = format!("{} {} {}", response.version, response.code, response.reason);
        let mut head = theme.title(class, safe::text(line.trim_end()).as_ref());
        if let Some(request) = &report.exchange.request {
            let asked = format!("{} {}", request.method, request.target);
            head.push_str(&format!(
                "  {}",
                theme.muted(&format!("← {}", safe::text(&asked)))
            ));
        }
        writeln!(out, "{head}")?;
        writeln!(out, "  {}", theme.muted(&standing(response.code)))?;
        if report.findings.is_empty() {
            writeln!(out, "  {}", theme.muted("nothing to report"))?;
        }
        for finding in &report.findings {
            let label = format!("{:8}", finding.level.label());
            let label = match finding.level {
                Level::Error => theme.code(5, &label),
                Level::Warning => theme.code(4, &label),
                Level::Note => theme.muted(&label),
            };
            let text = format!("{} [{}]", safe::text(&finding.message), finding.source);
            let options = wrap::Options::new(theme.width.saturating_sub(12).max(30));
            for (j, line) in wrap::wrap(&text, options).iter().enumerate() {
                if j == 0 {
                    writeln!(out, "  {label}  {line}")?;
                } else {
                    writeln!(out, "            {line}")?;
                }
            }
        }
    }
    if let Some(chain) = chain {
        writeln!(out)?;
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
        parts.push(
            if chain.method_kept {
                "method and body kept"
            } else {
                "the method may change to GET"
            }
            .into(),
        );
        if chain.looped {
            parts.push("it loops".into());
        }
        writeln!(
            out,
            "{} {}",
            theme.heading("Redirect chain:"),
            parts.join(" · ")
        )?;
    }
    let [errors, warnings, notes] = counts(reports);
    writeln!(out)?;
    writeln!(
        out,
        "{}: {}, {}, {}",
        plural(reports.len(), "response"),
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(notes, "note")
    )
}

pub fn to_json(reports: &[Report], chain: Option<&Chain>) -> Value {
    let [errors, warnings, notes] = counts(reports);
    json!({
        "schema_version": super::json::SCHEMA_VERSION,
        "responses": reports.iter().map(|r| {
            let response = &r.exchange.response;
            let lead = db::meanings(response.code).first().copied();
            json!({
                "version": response.version,
                "code": response.code,
                "reason": response.reason,
                "name": lead.map(|s| s.name),
                "class": format!("{}xx", response.code / 100),
                "standing": lead.map_or(
                    if (100..=599).contains(&response.code) { "unassigned" } else { "invalid" },
                    |s| s.standing.label(),
                ),
                "vendor": lead.and_then(|s| match s.standing {
                    Standing::Unofficial { vendor, .. } => Some(vendor),
                    _ => None,
                }),
                "request": r.exchange.request.as_ref().map(|q| json!({
                    "method": q.method,
                    "target": q.target,
                })),
                "findings": r.findings.iter().map(|f| json!({
                    "check": f.check,
                    "level": f.level.label(),
                    "message": f.message,
                    "source": f.source,
                })).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
        "chain": chain.map(|c| json!({
            "hops": c.codes,
            "permanent": c.permanent,
            "method_kept": c.method_kept,
            "looped": c.looped,
        })),
        "summary": {
            "responses": reports.len(),
            "errors": errors,
            "warnings": warnings,
            "notes": notes,
        },
    })
}
