//! The decision tree drawn with box-drawing characters, or as JSON data.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::style::Theme;
use super::wrap;
use crate::db;
use crate::tree::{Leaf, Node, Step};

/// `404 Not Found`, from the registry name of a leaf's code.
fn leaf_title(leaf: &Leaf) -> String {
    let name = db::registered_code(leaf.code).map_or("", |s| s.name);
    format!("{} {name}", leaf.code)
}

/// Draws `node` and everything under it.
pub fn draw(out: &mut impl Write, theme: Theme, node: &Node) -> io::Result<()> {
    match node {
        Node::Leaf(leaf) => writeln!(out, "{}", theme.title(class(leaf), &leaf_title(leaf))),
        Node::Question(q) => {
            writeln!(out, "{}", theme.heading(q.text))?;
            branches(out, theme, node, "")
        }
    }
}

fn class(leaf: &Leaf) -> u8 {
    (leaf.code / 100) as u8
}

fn branches(out: &mut impl Write, theme: Theme, node: &Node, prefix: &str) -> io::Result<()> {
    let Node::Question(q) = node else {
        return Ok(());
    };
    for (i, answer) in q.answers.iter().enumerate() {
        let last = i + 1 == q.answers.len();
        let (branch, more) = if last {
            ("└─ ", "   ")
        } else {
            ("├─ ", "│  ")
        };
        let label = theme.muted(&format!("{}:", answer.label));
        match answer.next {
            Node::Leaf(leaf) => writeln!(
                out,
                "{prefix}{branch}{label} {}",
                theme.title(class(leaf), &leaf_title(leaf))
            )?,
            Node::Question(next) => {
                writeln!(out, "{prefix}{branch}{label} {}", next.text)?;
                branches(out, theme, answer.next, &format!("{prefix}{more}"))?;
            }
        }
    }
    Ok(())
}

/// The tree as data: questions with answers leading on, leaves with their code.
pub fn to_json(node: &Node) -> Value {
    match node {
        Node::Leaf(leaf) => leaf_json(leaf),
        Node::Question(q) => json!({
            "id": q.id,
            "question": q.text,
            "answers": q.answers.iter().map(|a| json!({
                "answer": a.label,
                "next": to_json(a.next),
            })).collect::<Vec<_>>(),
        }),
    }
}

pub fn leaf_json(leaf: &Leaf) -> Value {
    json!({
        "code": leaf.code,
        "name": db::registered_code(leaf.code).map(|s| s.name),
        "why": leaf.why,
        "headers": leaf.headers,
        "mistake": leaf.mistake,
    })
}

/// A walked path as data.
pub fn path_json(steps: &[Step], leaf: &Leaf) -> Value {
    json!({
        "schema_version": super::json::SCHEMA_VERSION,
        "path": steps.iter().map(|s| json!({
            "question": s.question.text,
            "answer": s.answer.label,
        })).collect::<Vec<_>>(),
        "leaf": leaf_json(leaf),
    })
}

/// The reasoning that led to a code: each question with the answer given, then why.
pub fn reasoning(
    out: &mut impl Write,
    theme: Theme,
    steps: &[Step],
    leaf: &Leaf,
) -> io::Result<()> {
    for step in steps {
        writeln!(
            out,
            "  {} {}",
            theme.muted(step.question.text),
            theme.label(step.answer.label)
        )?;
    }
    writeln!(out, "  → {}", theme.title(class(leaf), &leaf_title(leaf)))?;
    writeln!(out)?;
    let width = theme.width;
    let wrap = |text: &str, first: &str| {
        let options = wrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent("    ");
        wrap::wrap(text, options)
    };
    for line in wrap(leaf.why, "  Why: ") {
        writeln!(out, "{line}")?;
    }
    if !leaf.headers.is_empty() {
        writeln!(out, "  Send: {}", leaf.headers.join(", "))?;
    }
    for line in wrap(leaf.mistake, "  Avoid: ") {
        writeln!(out, "{line}")?;
    }
    Ok(())
}
