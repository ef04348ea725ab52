//! The decision tree's questions and leaves.

use super::{Answer, Leaf, Node, Question};

pub static ROOT: Node = Node::Leaf(Leaf { code: 200, why: "", headers: &[], mistake: "" });
