//! The "which status code should I use?" decision tree and a pure walker over it (no I/O).

mod data;

pub use data::ROOT;

/// A point in the tree: a question to answer, or the code it leads to.
#[derive(Debug)]
pub enum Node {
    Question(Question),
    Leaf(Leaf),
}

#[derive(Debug)]
pub struct Question {
    /// A short stable name for the subtree this question starts ("success", "redirect" ...).
    pub id: &'static str,
    pub text: &'static str,
    /// Two or more answers, each leading on.
    pub answers: &'static [Answer],
}

#[derive(Debug)]
pub struct Answer {
    /// A short label the user picks or types ("yes", "no", "permanent").
    pub label: &'static str,
    pub next: &'static Node,
}

/// The code a path ends at, with the reasoning for it.
#[derive(Debug)]
pub struct Leaf {
    pub code: u16,
    /// Why this code fits the answers given.
    pub why: &'static str,
    /// Headers to send with it.
    pub headers: &'static [&'static str],
    /// The mistake to avoid here.
    pub mistake: &'static str,
}
