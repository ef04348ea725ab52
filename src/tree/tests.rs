//! The decision tree is well formed and reaches what it must.

use std::collections::BTreeSet;

use super::*;
use crate::db::{self, situations};

#[test]
fn every_question_has_two_or_more_distinct_short_answers() {
    for q in questions() {
        assert!(q.answers.len() >= 2, "{}", q.text);
        let labels: BTreeSet<String> = q.answers.iter().map(|a| a.label.to_lowercase()).collect();
        assert_eq!(labels.len(), q.answers.len(), "labels repeat in {}", q.text);
        assert!(q.text.chars().count() <= 70, "{}", q.text);
        for answer in q.answers {
            assert!(
                !answer.label.is_empty() && answer.label.len() <= 24,
                "{}",
                answer.label
            );
            assert!(
                answer.label.parse::<usize>().is_err(),
                "numbers are for positions"
            );
        }
    }
}

#[test]
fn question_ids_are_unique() {
    let ids: Vec<&str> = questions().iter().map(|q| q.id).collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "{ids:?}");
    for id in ["root", "success", "redirect", "error", "client", "server"] {
        assert!(subtree(id).is_some(), "{id}");
    }
}

#[test]
fn no_cycles() {
    fn depth(node: &'static Node, path: &mut Vec<*const Node>) -> usize {
        let here = node as *const Node;
        assert!(!path.contains(&here), "cycle through a question");
        match node {
            Node::Leaf(_) => 0,
            Node::Question(q) => {
                path.push(here);
                let d = q
                    .answers
                    .iter()
                    .map(|a| depth(a.next, path))
                    .max()
                    .unwrap_or(0);
                path.pop();
                d + 1
            }
        }
    }
    assert!(depth(&ROOT, &mut Vec::new()) <= 6);
}

#[test]
fn every_leaf_is_a_situation_of_the_catalogue_for_a_registered_code() {
    for leaf in leaves(&ROOT) {
        let situation = situations::by_id(leaf.situation);
        assert!(situation.is_some(), "{}: no such situation", leaf.situation);
        let status = db::registered_code(leaf.code());
        assert!(
            status.is_some_and(|s| s.is_official()),
            "{}: {} is not a registered code",
            leaf.situation,
            leaf.code()
        );
        assert!(
            !leaf.situation().alternatives.is_empty(),
            "{}: a leaf names its nearest alternatives",
            leaf.situation
        );
    }
}

/// Every registered code an API or web designer may choose to send.
const DESIGNER_CODES: [u16; 54] = [
    100, 101, 103, 200, 201, 202, 204, 205, 206, 207, 300, 301, 302, 303, 304, 307, 308, 400, 401,
    402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422, 423,
    424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 511,
];

#[test]
fn reaches_every_code_a_designer_may_send() {
    let reached: BTreeSet<u16> = leaves(&ROOT).iter().map(|l| l.code()).collect();
    let missing: Vec<u16> = DESIGNER_CODES
        .into_iter()
        .filter(|code| !reached.contains(code))
        .collect();
    assert!(missing.is_empty(), "unreachable: {missing:?}");
}

#[test]
fn every_code_is_at_most_six_questions_away() {
    fn deepest(node: &'static Node) -> usize {
        match node {
            Node::Leaf(_) => 0,
            Node::Question(q) => 1 + q.answers.iter().map(|a| deepest(a.next)).max().unwrap_or(0),
        }
    }
    assert!(deepest(&ROOT) <= 6);
}

#[test]
fn answers_are_said_in_plain_words() {
    for q in questions() {
        for answer in q.answers {
            let first = answer.text.chars().next().unwrap_or(' ');
            assert!(first.is_uppercase(), "{}: starts a sentence", answer.text);
            assert!(answer.text.chars().count() <= 60, "{}", answer.text);
            assert!(
                !answer.text.chars().any(|c| c.is_ascii_digit()),
                "{}: no code numbers in answers",
                answer.text
            );
        }
    }
}

#[test]
fn answers_by_number_label_or_unique_prefix() {
    let Node::Question(root) = &ROOT else {
        panic!("the root is a question")
    };
    let first = root.answers[0].label;
    assert_eq!(root.choose("1").map(|a| a.label), Some(first));
    assert_eq!(root.choose(first).map(|a| a.label), Some(first));
    assert_eq!(
        root.choose(&first.to_uppercase()).map(|a| a.label),
        Some(first)
    );
    assert!(root.choose("0").is_none());
    assert!(root.choose("99").is_none());
    assert!(root.choose("").is_none());
}

#[test]
fn walk_reports_the_failing_step() {
    let error = walk(&ROOT, &["failed", "nonsense"]).unwrap_err();
    assert!(
        matches!(error, PathError::UnknownAnswer { step: 2, .. }),
        "{error:?}"
    );
    let error = walk(&ROOT, &["failed", "the request", "state", "cond"]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "step 4: 'cond' is ambiguous: could be 'condition false' or 'condition missing'"
    );
    let error = walk::<&str>(&ROOT, &[]).unwrap_err();
    assert!(matches!(error, PathError::Incomplete { step: 1, .. }));
}

/// An answer that lists what it covers ("Where it goes: the URL, the method or the
/// connection") covers each item: every item's last word is in an answer or a leaf's
/// situation below it, so no listed case leads nowhere.
#[test]
fn every_item_an_answer_lists_is_under_it() {
    fn below(node: &'static Node, out: &mut String) {
        match node {
            Node::Leaf(leaf) => {
                out.push_str(leaf.situation().title);
                out.push(' ');
                out.push_str(leaf.situation().why);
                out.push(' ');
            }
            Node::Question(q) => {
                for a in q.answers {
                    out.push_str(a.label);
                    out.push(' ');
                    out.push_str(a.text);
                    out.push(' ');
                    below(a.next, out);
                }
            }
        }
    }
    let mut checked = 0;
    for q in questions() {
        for answer in q.answers {
            let Some((head, list)) = answer.text.split_once(": ") else {
                continue;
            };
            // "Yes: ..." and "No: ..." explain a reply; they list nothing.
            let reply = ["Yes", "No"].contains(&head);
            if reply || (!list.contains(',') && !list.contains(" or ")) {
                continue;
            }
            let mut text = String::new();
            below(answer.next, &mut text);
            let text = text.to_lowercase();
            for item in list.split([',']).flat_map(|i| i.split(" or ")) {
                let Some(word) = item.split_whitespace().last() else {
                    continue;
                };
                let word = word.to_lowercase();
                let singular = word.strip_suffix('s').filter(|w| w.len() >= 3);
                let stem: String = singular.unwrap_or(&word).chars().take(5).collect();
                assert!(
                    text.contains(&stem),
                    "{}: nothing under it is about '{word}'",
                    answer.text
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 15, "{checked}");
}

#[test]
fn going_back_and_forward_again_keeps_the_deeper_answers() {
    let mut session = Session::new(&ROOT);
    for label in ["failed", "the request", "state", "locked"] {
        let Node::Question(q) = session.current() else {
            panic!("a question")
        };
        session.answer(q.choose(label).unwrap());
    }
    assert!(session.back() && session.back() && session.back());
    // At "Where does the failure come from?", "the request" is marked.
    assert_eq!(session.answered_before(), Some(0));
    let Node::Question(q) = session.current() else {
        panic!("a question")
    };
    session.answer(q.choose("the request").unwrap());
    // One level deeper, "state" is still marked.
    let Node::Question(q) = session.current() else {
        panic!("a question")
    };
    assert_eq!(q.answers[session.answered_before().unwrap()].label, "state");
    // Another answer forgets what lay beyond the first.
    session.answer(q.choose("what").unwrap());
    assert_eq!(session.answered_before(), None);
}
