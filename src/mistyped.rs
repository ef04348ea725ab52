//! A first word that is a mistyped command (`comapre`, `version`), caught before it is
//! searched for, which would give a confident answer to a question nobody asked.

use crate::search;

/// The commands a first word may be meant as.
const COMMANDS: &[&str] = &[
    "list",
    "search",
    "compare",
    "which",
    "rest",
    "check",
    "completions",
    "help",
];

/// What to say when `first`, the first word of a lookup, looks like a mistyped command: a
/// word is one only when it is closer to a command than to any word the search knows, so
/// real one-word searches (`test`, `lost`, `cache`) still search.
pub fn command_meant(first: &str) -> Option<String> {
    if first == "version" {
        return Some("'version' is not a command: did you mean 'httpcode --version'?".to_string());
    }
    if first.len() < 3 || !first.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let (command, distance) = COMMANDS
        .iter()
        .map(|c| (*c, strsim::damerau_levenshtein(first, c)))
        .min_by_key(|(_, d)| *d)?;
    // One slip in a short command, two in a longer one.
    let allowed = if command.len() <= 5 { 1 } else { 2 };
    if distance == 0 || distance > allowed {
        return None;
    }
    let nearer_word = search::words().filter(|w| !COMMANDS.contains(w)).any(|w| {
        w.len().abs_diff(first.len()) <= distance
            && strsim::damerau_levenshtein(first, w) <= distance
    });
    if nearer_word {
        return None;
    }
    Some(format!(
        "'{first}' is not a command: did you mean 'httpcode {command}'? (to search for the \
         word, use 'httpcode search {first}')"
    ))
}

#[cfg(test)]
mod tests {
    use super::command_meant;

    #[test]
    fn near_misses_of_commands_are_caught() {
        for (typed, meant) in [
            ("comapre", "compare"),
            ("compre", "compare"),
            ("serach", "search"),
            ("lsit", "list"),
            ("whihc", "which"),
            ("chekc", "check"),
            ("completion", "completions"),
        ] {
            let said = command_meant(typed).unwrap_or_default();
            assert!(
                said.contains(&format!("'httpcode {meant}'")),
                "{typed}: {said}"
            );
        }
        assert!(command_meant("version").unwrap().contains("--version"));
    }

    #[test]
    fn words_the_search_knows_still_search() {
        for word in [
            "test", "lost", "last", "cache", "rate", "teapot", "conflict", "gone", "missing",
            "timeout", "banned", "rest", "list", "witch",
        ] {
            assert_eq!(command_meant(word), None, "{word}");
        }
    }
}
