//! The "which status code should I use?" decision tree and a pure walker over it (no I/O).

mod data;

pub use data::ROOT;

use crate::db::{Situation, situations};

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
    /// A short label the user types in `--path` and sees in the answers so far ("for good").
    pub label: &'static str,
    /// The answer in plain words, as the prompt and the drawn tree show it.
    pub text: &'static str,
    pub next: &'static Node,
}

/// Where a path ends: a situation of the catalogue, which holds the code, why, and the
/// alternatives with when each fits instead.
#[derive(Debug)]
pub struct Leaf {
    /// The situation's id (a test checks that every leaf names one).
    pub situation: &'static str,
}

impl Leaf {
    pub fn situation(&self) -> &'static Situation {
        situations::by_id(self.situation).unwrap_or(&UNKNOWN)
    }

    pub fn code(&self) -> u16 {
        self.situation().code
    }
}

/// Stands in for a leaf whose situation is missing, which the tests rule out.
static UNKNOWN: Situation = Situation {
    id: "unknown",
    title: "no situation recorded",
    phrasings: &[],
    code: 500,
    vendor: None,
    why: "",
    alternatives: &[],
};

/// One answered question on the way down.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub question: &'static Question,
    pub answer: &'static Answer,
}

/// Why a scripted path does not lead to a code.
#[derive(Debug, PartialEq, Eq)]
pub enum PathError {
    /// Step `step` (1-based) gave an answer the question does not have.
    UnknownAnswer {
        step: usize,
        question: &'static str,
        given: String,
        valid: Vec<&'static str>,
    },
    /// Step `step` gave a prefix that begins several answers.
    Ambiguous {
        step: usize,
        given: String,
        candidates: Vec<&'static str>,
    },
    /// The answers ran out at a question.
    Incomplete {
        step: usize,
        question: &'static str,
        valid: Vec<&'static str>,
    },
    /// A code was reached before the answers ran out.
    TooLong { step: usize, code: u16 },
}

impl std::fmt::Display for PathError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PathError::UnknownAnswer {
                step,
                question,
                given,
                valid,
            } => write!(
                f,
                "step {step}: '{given}' is not an answer to \"{question}\"; answers: {}",
                valid.join(", ")
            ),
            PathError::Ambiguous {
                step,
                given,
                candidates,
            } => write!(
                f,
                "step {step}: '{given}' is ambiguous: could be {}",
                or_list(candidates)
            ),
            PathError::Incomplete {
                step,
                question,
                valid,
            } => write!(
                f,
                "the path stops at step {step}, \"{question}\"; add one of: {}",
                valid.join(", ")
            ),
            PathError::TooLong { step, code } => write!(
                f,
                "the path reaches {code} at step {}; drop the answers after it",
                step - 1
            ),
        }
    }
}

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
fn or_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("'{i}'")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

impl Question {
    pub fn labels(&self) -> Vec<&'static str> {
        self.answers.iter().map(|a| a.label).collect()
    }

    /// The answer a user means: its number (1-based), its label, or the one label it begins.
    pub fn choose(&self, input: &str) -> Option<&'static Answer> {
        let input = input.trim();
        if let Ok(n) = input.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| self.answers.get(i));
        }
        let key = |s: &str| s.to_lowercase().replace(['-', '_'], " ");
        let wanted = key(input);
        if wanted.is_empty() {
            return None;
        }
        if let Some(exact) = self.answers.iter().find(|a| key(a.label) == wanted) {
            return Some(exact);
        }
        match self.starting_with(input)[..] {
            [only] => Some(only),
            _ => None,
        }
    }

    /// The answers whose label begins with `input` (case, hyphens and underscores aside).
    pub fn starting_with(&self, input: &str) -> Vec<&'static Answer> {
        let key = |s: &str| s.trim().to_lowercase().replace(['-', '_'], " ");
        let wanted = key(input);
        if wanted.is_empty() {
            return Vec::new();
        }
        self.answers
            .iter()
            .filter(|a| key(a.label).starts_with(&wanted))
            .collect()
    }
}

/// Every question in the tree, depth first from the root.
pub fn questions() -> Vec<&'static Question> {
    let mut out = Vec::new();
    let mut stack = vec![&ROOT];
    while let Some(node) = stack.pop() {
        if let Node::Question(q) = node {
            if out.iter().any(|seen: &&Question| std::ptr::eq(*seen, q)) {
                continue;
            }
            out.push(q);
            stack.extend(q.answers.iter().rev().map(|a| a.next));
        }
    }
    out
}

/// Every leaf, depth first (a leaf shared by two questions is listed once per path).
#[cfg(test)]
pub fn leaves(node: &'static Node) -> Vec<&'static Leaf> {
    match node {
        Node::Leaf(leaf) => vec![leaf],
        Node::Question(q) => q.answers.iter().flat_map(|a| leaves(a.next)).collect(),
    }
}

/// A complete `--path` from `start` to a code, taking the first answer at each question, with
/// hyphens for spaces so that it needs no quoting.
pub fn example_path(start: &'static Node) -> String {
    let mut labels = Vec::new();
    let mut node = start;
    while let Node::Question(q) = node {
        labels.push(q.answers[0].label.replace(' ', "-"));
        node = q.answers[0].next;
    }
    labels.join("/")
}

/// The subtree starting at the question with this id.
pub fn subtree(id: &str) -> Option<&'static Node> {
    fn find(node: &'static Node, id: &str) -> Option<&'static Node> {
        match node {
            Node::Question(q) if q.id.eq_ignore_ascii_case(id) => Some(node),
            Node::Question(q) => q.answers.iter().find_map(|a| find(a.next, id)),
            Node::Leaf(_) => None,
        }
    }
    find(&ROOT, id)
}

/// Follows scripted answers from `start` to the code they lead to.
pub fn walk<S: AsRef<str>>(
    start: &'static Node,
    answers: &[S],
) -> Result<(Vec<Step>, &'static Leaf), PathError> {
    let mut node = start;
    let mut steps = Vec::new();
    for (i, given) in answers.iter().enumerate() {
        let step = i + 1;
        let question = match node {
            Node::Question(q) => q,
            Node::Leaf(leaf) => {
                return Err(PathError::TooLong {
                    step,
                    code: leaf.code(),
                });
            }
        };
        let given = given.as_ref();
        let answer = question.choose(given).ok_or_else(|| {
            let candidates = question.starting_with(given);
            if candidates.len() > 1 {
                PathError::Ambiguous {
                    step,
                    given: given.to_string(),
                    candidates: candidates.iter().map(|a| a.label).collect(),
                }
            } else {
                PathError::UnknownAnswer {
                    step,
                    question: question.text,
                    given: given.to_string(),
                    valid: question.labels(),
                }
            }
        })?;
        steps.push(Step { question, answer });
        node = answer.next;
    }
    match node {
        Node::Leaf(leaf) => Ok((steps, leaf)),
        Node::Question(q) => Err(PathError::Incomplete {
            step: steps.len() + 1,
            question: q.text,
            valid: q.labels(),
        }),
    }
}

#[cfg(test)]
mod tests;

/// An interactive walk in progress: where it started, the answers so far, and the answers
/// taken back, so that going forward again along the same answer finds them still marked
/// (pure state).
#[derive(Debug)]
pub struct Session {
    start: &'static Node,
    steps: Vec<Step>,
    /// Answers undone by going back, the most recently undone last.
    undone: Vec<Step>,
}

impl Session {
    pub fn new(start: &'static Node) -> Session {
        Session {
            start,
            steps: Vec::new(),
            undone: Vec::new(),
        }
    }

    /// The node the answers so far lead to.
    pub fn current(&self) -> &'static Node {
        self.steps.last().map_or(self.start, |s| s.answer.next)
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Takes an answer to the current question; ignored at a leaf. The same answer as before
    /// keeps the deeper answers given after it; another one forgets them.
    pub fn answer(&mut self, answer: &'static Answer) {
        if let Node::Question(question) = self.current() {
            match self.undone.last() {
                Some(step) if std::ptr::eq(step.answer, answer) => {
                    self.undone.pop();
                }
                _ => self.undone.clear(),
            }
            self.steps.push(Step { question, answer });
        }
    }

    /// Undoes the last answer; false when there is none.
    pub fn back(&mut self) -> bool {
        match self.steps.pop() {
            Some(step) => {
                self.undone.push(step);
                true
            }
            None => false,
        }
    }

    /// Where the answer given before to the current question stands among its answers, if it
    /// was answered and then gone back over.
    pub fn answered_before(&self) -> Option<usize> {
        let step = self.undone.last()?;
        let Node::Question(question) = self.current() else {
            return None;
        };
        if !std::ptr::eq(step.question, question) {
            return None;
        }
        question
            .answers
            .iter()
            .position(|a| std::ptr::eq(a, step.answer))
    }
}
