//! Output: the colour and width decisions, and the terminal and JSON renderers.

pub mod json;
pub mod style;
pub mod term;

/// How much of a card to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    Brief,
    Normal,
    Full,
}
