//! The REST operations map as a table, or as JSON.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::Detail;
use super::style::Theme;
use super::wrap;
use crate::db;
use crate::rest::Operation;

fn codes(theme: Theme, codes: &[u16]) -> String {
    codes
        .iter()
        .map(|c| theme.code((c / 100) as u8, &c.to_string()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The operations: brief gives one line each, normal adds the note on success, full names
/// every code, one to a line.
pub fn render(
    out: &mut impl Write,
    theme: Theme,
    operations: &[&Operation],
    detail: Detail,
) -> io::Result<()> {
    for op in operations {
        let request = format!("{} {}", op.method, op.path);
        if detail == Detail::Brief {
            let line = format!(
                "{}  {}  {} | {}",
                theme.heading(&request),
                theme.muted(op.name),
                codes(theme, op.success),
                codes(theme, op.errors)
            );
            let plain = request.chars().count()
                + op.name.chars().count()
                + 4 * (op.success.len() + op.errors.len())
                + 5;
            wrap::write_fitted(out, theme.width, &line, plain)?;
            continue;
        }
        let heading = format!("{}  {}", theme.heading(&request), theme.muted(op.name));
        let plain = request.chars().count() + 2 + op.name.chars().count();
        wrap::write_fitted(out, theme.width, &heading, plain)?;
        code_lines(out, theme, "Success", op.success, detail)?;
        let options = wrap::Options::new(theme.width)
            .initial_indent("           ")
            .subsequent_indent("           ");
        for line in wrap::wrap(op.success_note, options) {
            writeln!(out, "{line}")?;
        }
        code_lines(out, theme, "Errors", op.errors, detail)?;
        writeln!(out)?;
    }
    Ok(())
}

/// `  Success  200 304`, or with full detail each code and its name on a line of its own.
fn code_lines(
    out: &mut impl Write,
    theme: Theme,
    label: &str,
    list: &[u16],
    detail: Detail,
) -> io::Result<()> {
    let lead = format!("  {}{}", theme.label(label), " ".repeat(9 - label.len()));
    if detail != Detail::Full {
        let indent = " ".repeat(11);
        let options = wrap::Options::new(theme.width)
            .initial_indent(&indent)
            .subsequent_indent(&indent);
        for (i, line) in wrap::wrap(&codes(theme, list), options).iter().enumerate() {
            match i {
                0 => writeln!(out, "{lead}{}", line.trim_start())?,
                _ => writeln!(out, "{line}")?,
            }
        }
        return Ok(());
    }
    for (i, code) in list.iter().enumerate() {
        let name = db::registered_code(*code).map_or("", |s| s.name);
        let shown = theme.code((code / 100) as u8, &code.to_string());
        if i == 0 {
            writeln!(out, "{lead}{shown} {name}")?;
        } else {
            writeln!(out, "           {shown} {name}")?;
        }
    }
    Ok(())
}

/// One REST operation, as `schemas/rest.schema.json` describes it.
#[derive(Serialize)]
struct OperationFields {
    schema_version: u32,
    operation: &'static str,
    method: &'static str,
    path: &'static str,
    success: Vec<NamedCode>,
    success_note: &'static str,
    errors: Vec<NamedCode>,
}

#[derive(Serialize)]
struct NamedCode {
    code: u16,
    name: Option<&'static str>,
}

pub fn to_json(operations: &[&Operation]) -> Value {
    let named = |codes: &[u16]| -> Vec<NamedCode> {
        codes
            .iter()
            .map(|&code| NamedCode {
                code,
                name: db::registered_code(code).map(|s| s.name),
            })
            .collect()
    };
    let operations: Vec<OperationFields> = operations
        .iter()
        .map(|op| OperationFields {
            schema_version: super::json::SCHEMA_VERSION,
            operation: op.name,
            method: op.method,
            path: op.path,
            success: named(op.success),
            success_note: op.success_note,
            errors: named(op.errors),
        })
        .collect();
    super::json::to_value(operations)
}
