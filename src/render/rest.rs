//! The REST operations map as a table, or as JSON.

use std::io::{self, Write};

use serde_json::{Value, json};

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

pub fn render(out: &mut impl Write, theme: Theme, operations: &[&Operation]) -> io::Result<()> {
    for op in operations {
        let request = format!("{} {}", op.method, op.path);
        writeln!(out, "{}  {}", theme.heading(&request), theme.muted(op.name))?;
        writeln!(
            out,
            "  {}  {}",
            theme.label("Success"),
            codes(theme, op.success)
        )?;
        let options = wrap::Options::new(theme.width)
            .initial_indent("           ")
            .subsequent_indent("           ");
        for line in wrap::wrap(op.success_note, options) {
            writeln!(out, "{line}")?;
        }
        writeln!(
            out,
            "  {}   {}",
            theme.label("Errors"),
            codes(theme, op.errors)
        )?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn to_json(operations: &[&Operation]) -> Value {
    let named = |codes: &[u16]| -> Vec<Value> {
        codes
            .iter()
            .map(|c| json!({"code": c, "name": db::registered_code(*c).map(|s| s.name)}))
            .collect()
    };
    json!(
        operations
            .iter()
            .map(|op| json!({
                "schema_version": super::json::SCHEMA_VERSION,
                "operation": op.name,
                "method": op.method,
                "path": op.path,
                "success": named(op.success),
                "success_note": op.success_note,
                "errors": named(op.errors),
            }))
            .collect::<Vec<_>>()
    )
}
