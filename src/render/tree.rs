//! The decision tree drawn with box-drawing characters, a walked path's result, or either as
//! JSON data.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use super::json::{AlternativeCode, to_value};
use super::style::Theme;
use super::term::Term;
use super::wrap;
use crate::db;
use crate::tree::{Leaf, Node, Step};

/// `404 Not Found`, from the registry name of a leaf's code.
fn leaf_title(leaf: &Leaf) -> String {
    let name = db::registered_code(leaf.code()).map_or("", |s| s.name);
    format!("{} {name}", leaf.code())
}

fn class(leaf: &Leaf) -> u8 {
    (leaf.code() / 100) as u8
}

/// Draws `node` and everything under it, wrapped to the theme's width.
pub fn draw(out: &mut impl Write, theme: Theme, node: &Node) -> io::Result<()> {
    match node {
        Node::Leaf(leaf) => wrap::write_styled(
            out,
            &leaf_title(leaf),
            wrap::Options::new(theme.width),
            |l| theme.title(class(leaf), l),
        ),
        Node::Question(q) => {
            lines(out, theme.width, "", "", q.text, |line| theme.heading(line))?;
            branches(out, theme, node, "")
        }
    }
}

/// Writes `text` wrapped after `first` (then `rest` on later lines), styling the text only.
fn lines(
    out: &mut impl Write,
    width: usize,
    first: &str,
    rest: &str,
    text: &str,
    style: impl Fn(&str) -> String,
) -> io::Result<()> {
    let options =
        wrap::Options::new(width.saturating_sub(first.chars().count()).max(12)).break_long_words();
    for (i, line) in wrap::wrap(text, options).iter().enumerate() {
        let indent = if i == 0 { first } else { rest };
        writeln!(out, "{indent}{}", style(line))?;
    }
    Ok(())
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
        let first = format!("{prefix}{branch}");
        let rest = format!("{prefix}{more}");
        // The label is what `--path` takes; the text says the answer in plain words.
        let label = format!("{}: ", answer.label);
        let text = format!("{label}{}", answer.text);
        lines(out, theme.width, &first, &rest, &text, |line| {
            match line.strip_prefix(&label) {
                Some(tail) => format!("{}{tail}", theme.muted(&label)),
                None => line.to_string(),
            }
        })?;
        match answer.next {
            Node::Leaf(leaf) => {
                let first = format!("{rest}→ ");
                let more = format!("{rest}  ");
                lines(out, theme.width, &first, &more, &leaf_title(leaf), |line| {
                    theme.title(class(leaf), line)
                })?
            }
            Node::Question(next) => {
                lines(out, theme.width, &rest, &rest, next.text, |line| {
                    theme.heading(line)
                })?;
                branches(out, theme, answer.next, &rest)?;
            }
        }
    }
    Ok(())
}

/// The tree as data, versioned at the top: questions with answers leading on, leaves with
/// their code.
pub fn to_json(node: &Node) -> Value {
    let mut value = node_json(node);
    if let Value::Object(map) = &mut value {
        map.insert(
            "schema_version".into(),
            Value::from(super::json::SCHEMA_VERSION),
        );
    }
    value
}

/// A question of the tree or a leaf, as `schemas/which-tree.schema.json` describes them.
#[derive(Serialize)]
#[serde(untagged)]
enum NodeFields {
    Question {
        id: &'static str,
        question: &'static str,
        answers: Vec<AnswerFields>,
    },
    Leaf(LeafFields),
}

#[derive(Serialize)]
struct AnswerFields {
    answer: &'static str,
    text: &'static str,
    next: NodeFields,
}

/// A leaf: the code, the situation it stands for, why, and the alternatives.
#[derive(Serialize)]
struct LeafFields {
    code: u16,
    name: Option<&'static str>,
    situation: &'static str,
    situation_id: &'static str,
    why: &'static str,
    alternatives: Vec<AlternativeCode>,
}

#[derive(Serialize)]
struct StepFields {
    question: &'static str,
    answer: &'static str,
    text: &'static str,
}

#[derive(Serialize)]
struct PathFields {
    schema_version: u32,
    path: Vec<StepFields>,
    leaf: LeafFields,
}

fn node_json(node: &Node) -> Value {
    to_value(node_fields(node))
}

fn node_fields(node: &Node) -> NodeFields {
    match node {
        Node::Leaf(leaf) => NodeFields::Leaf(leaf_fields(leaf)),
        Node::Question(q) => NodeFields::Question {
            id: q.id,
            question: q.text,
            answers: q
                .answers
                .iter()
                .map(|a| AnswerFields {
                    answer: a.label,
                    text: a.text,
                    next: node_fields(a.next),
                })
                .collect(),
        },
    }
}

fn leaf_fields(leaf: &Leaf) -> LeafFields {
    let situation = leaf.situation();
    LeafFields {
        code: leaf.code(),
        name: db::registered_code(leaf.code()).map(|s| s.name),
        situation: situation.title,
        situation_id: situation.id,
        why: situation.why,
        alternatives: situation
            .alternatives
            .iter()
            .map(AlternativeCode::of)
            .collect(),
    }
}

/// A leaf as data: the code, the situation it stands for, why, and the alternatives.
pub fn leaf_json(leaf: &Leaf) -> Value {
    to_value(leaf_fields(leaf))
}

/// A walked path as data.
pub fn path_json(steps: &[Step], leaf: &Leaf) -> Value {
    to_value(PathFields {
        schema_version: super::json::SCHEMA_VERSION,
        path: steps
            .iter()
            .map(|s| StepFields {
                question: s.question.text,
                answer: s.answer.label,
                text: s.answer.text,
            })
            .collect(),
        leaf: leaf_fields(leaf),
    })
}

/// Where a walk ended: each question with the answer given, then the code for the situation,
/// why, and the alternatives, with the command that shows the code's full card.
pub fn result(out: &mut impl Write, theme: Theme, steps: &[Step], leaf: &Leaf) -> io::Result<()> {
    for step in steps {
        let label = step.answer.label;
        let text = format!("{} {label}", step.question.text);
        let wrapped = wrap::wrap(&text, wrap::Options::new(theme.width.saturating_sub(4)));
        for (i, line) in wrapped.iter().enumerate() {
            let indent = if i == 0 { "  " } else { "    " };
            let styled = match line.strip_suffix(label) {
                Some(head) if i + 1 == wrapped.len() => {
                    format!("{}{}", theme.muted(head), theme.label(label))
                }
                _ => theme.muted(line),
            };
            writeln!(out, "{indent}{styled}")?;
        }
    }
    writeln!(out)?;
    let code = leaf.code();
    match db::registered_code(code) {
        Some(status) => Term {
            out,
            theme,
            send: None,
        }
        .situation(status, leaf.situation())?,
        None => writeln!(out, "  {}", leaf_title(leaf))?,
    }
    let label = "The card again:";
    let again = format!("  {} httpcode {code}", theme.muted(label));
    let plain = format!("  {label} httpcode {code}").len();
    wrap::write_fitted(out, theme.width, &again, plain)
}
