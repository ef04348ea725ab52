//! Output: the colour and width decisions, and the terminal and JSON renderers.

pub mod check;
pub mod compare;
pub mod json;
pub mod rest;
pub mod send;
pub mod style;
pub mod term;
pub mod tree;
pub mod vocab;
pub mod wrap;

/// How much of a card to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    Brief,
    Normal,
    Full,
}
