//! Shell completion, answered by the binary itself (clap_complete's dynamic completion): the
//! script a shell loads only registers `httpcode` as its own completer, so every shell gets
//! the same commands, flags and values, including the ones only the binary knows (codes with
//! their names, `which` starting points and `--path` answers step by step, REST methods).

use std::ffi::OsStr;

use clap::CommandFactory;
use clap_complete::engine::{CompletionCandidate, ValueCompleter};
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
use clap_complete::{CompleteEnv, Shell};

use crate::cli::Cli;
use crate::db::{self, vocab};
use crate::tree::{self, Node};

/// The environment variable through which a shell asks the binary for completions.
const VAR: &str = "COMPLETE";

/// Answers a completion request and exits, when the environment holds one; otherwise
/// returns at once (one environment lookup). Its errors go through the same one-line,
/// escaped diagnostics as every command's, and a shell that stops reading ends it quietly.
pub fn answer_if_asked() {
    // Checked first so that an ordinary run does not pay for the working directory and the
    // argument copies `complete` takes.
    let Some(shell) = std::env::var_os(VAR) else {
        return;
    };
    let args = std::env::args_os();
    let current_dir = std::env::current_dir().ok();
    let answered = CompleteEnv::with_factory(Cli::command)
        .var(VAR)
        .try_complete(args, current_dir.as_deref());
    let code = match answered {
        Ok(false) => return,
        Ok(true) => 0,
        Err(error) => {
            let text = error.to_string();
            let text = text.lines().next().unwrap_or_default();
            let text = text.strip_prefix("error: ").unwrap_or(text);
            if text.contains("Broken pipe") {
                0
            } else if text.contains("unknown shell") {
                crate::diag::say(&format!(
                    "{VAR}={} asks for completions for a shell httpcode does not know: use \
                     bash, zsh, fish, elvish or powershell (see 'httpcode completions --help')",
                    crate::safe::bytes(shell.as_encoded_bytes())
                ));
                2
            } else {
                crate::diag::say(&format!("cannot write the completions: {text}"));
                2
            }
        }
    };
    std::process::exit(code);
}

/// File names for `check FILE`, leaving out names with control or invisible characters,
/// which a shell would show raw and no one types.
pub fn files(current: &OsStr) -> Vec<CompletionCandidate> {
    clap_complete::engine::PathCompleter::any()
        .complete(current)
        .into_iter()
        .filter(|c| {
            !c.get_value()
                .to_string_lossy()
                .chars()
                .any(crate::safe::is_unsafe)
        })
        .collect()
}

/// The script that registers `httpcode` as its own completer in `shell`.
pub fn script(shell: Shell) -> String {
    let completer: &dyn EnvCompleter = match shell {
        Shell::Bash => &Bash,
        Shell::Elvish => &Elvish,
        Shell::Fish => &Fish,
        Shell::PowerShell => &Powershell,
        _ => &Zsh,
    };
    let mut out = Vec::new();
    completer
        .write_registration(VAR, "httpcode", "httpcode", "httpcode", &mut out)
        .expect("writing to memory cannot fail");
    let script = String::from_utf8(out).expect("completion scripts are UTF-8");
    match shell {
        Shell::Zsh => answer_first_tab_in_zsh(&script),
        _ => script,
    }
}

/// A zsh script saved as `_httpcode` on `fpath` is autoloaded on the first Tab as the body
/// of the function `_httpcode`: registering the real completer then would leave that first
/// Tab unanswered, so the file also answers it. Sourced, it only registers.
fn answer_first_tab_in_zsh(script: &str) -> String {
    const REGISTER: &str = "compdef _clap_dynamic_completer_httpcode httpcode";
    let answer = "if [[ ${funcstack[1]} == _httpcode ]]; then\n    \
                  _clap_dynamic_completer_httpcode \"$@\"\n\
                  fi\n";
    match script.rfind(REGISTER) {
        Some(at) => {
            let end = at + REGISTER.len();
            format!("{}\n{answer}{}", &script[..end], &script[end..])
        }
        None => script.to_string(),
    }
}

/// The ids of the `which` questions, for `which <START>`.
pub fn which_starts(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    tree::questions()
        .into_iter()
        .filter(|q| q.id.starts_with(current.as_ref()))
        .map(|q| CompletionCandidate::new(q.id).help(Some(q.text.into())))
        .collect()
}

/// The next step of a `which --path`: the answers to the question the steps so far lead to,
/// each with its text, ending in `/` when another question follows.
pub fn which_path(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let (done, partial) = current.rsplit_once('/').unwrap_or(("", &current));
    let steps: Vec<&str> = done.split('/').filter(|s| !s.is_empty()).collect();
    let Some(Node::Question(question)) = follow(&steps) else {
        return Vec::new();
    };
    let prefix = if done.is_empty() {
        String::new()
    } else {
        format!("{done}/")
    };
    question
        .answers
        .iter()
        .map(|a| (a, a.label.replace(' ', "-")))
        .filter(|(_, label)| label.starts_with(partial))
        .map(|(answer, label)| {
            let more = if matches!(answer.next, Node::Question(_)) {
                "/"
            } else {
                ""
            };
            CompletionCandidate::new(format!("{prefix}{label}{more}"))
                .help(Some(answer.text.into()))
        })
        .collect()
}

/// Where scripted answers lead from the root; `None` when one of them is no answer.
fn follow(steps: &[&str]) -> Option<&'static Node> {
    let mut node = &tree::ROOT;
    for step in steps {
        let Node::Question(q) = node else {
            return None;
        };
        node = q.choose(step)?.next;
    }
    Some(node)
}

/// The methods of the REST map, for `rest <METHOD>`.
/// A lowercase start gets lowercase methods, since shells such as zsh match case exactly.
pub fn rest_methods(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let lower = !current.is_empty() && !current.chars().any(|c| c.is_ascii_uppercase());
    let mut methods: Vec<&str> = crate::rest::OPERATIONS.iter().map(|o| o.method).collect();
    methods.sort_unstable();
    methods.dedup();
    methods
        .into_iter()
        .filter(|m| m.starts_with(&current.to_ascii_uppercase()))
        .map(|m| {
            CompletionCandidate::new(if lower {
                m.to_ascii_lowercase()
            } else {
                m.into()
            })
        })
        .collect()
}

/// A few useful sizes for `search --limit`, so that the shell offers numbers, not files.
pub fn limits(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    ["1", "3", "5", "10", "20"]
        .into_iter()
        .filter(|n| n.starts_with(current.as_ref()))
        .map(CompletionCandidate::new)
        .collect()
}

/// Every status code that starts with what is typed, with its name: `httpcode 42` lists
/// 420 to 429.
pub fn codes(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let mut previous = 0;
    db::all()
        .filter(move |s| std::mem::replace(&mut previous, s.code) != s.code)
        .filter(|s| s.code.to_string().starts_with(current.as_ref()))
        .map(|s| {
            let name = match s.standing {
                db::Standing::Unofficial { vendor, .. } => {
                    format!("{} (unofficial: {vendor})", s.name)
                }
                _ => s.name.to_string(),
            };
            CompletionCandidate::new(s.code.to_string()).help(Some(name.into()))
        })
        .collect()
}

/// Codes for `compare`, leaving out the ones already typed.
pub fn other_codes(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = typed_words();
    codes(current)
        .into_iter()
        .filter(|c| !typed.iter().any(|w| OsStr::new(w) == c.get_value()))
        .collect()
}

/// Topics `search` shows as a family of codes, offered for its first word, so that a Tab
/// there suggests what to search for rather than typing `--`.
const TOPICS: &[&str] = &[
    "auth",
    "banned",
    "cache",
    "conflict",
    "csrf",
    "duplicate",
    "expect",
    "gateway",
    "gone",
    "idempotency",
    "jwt",
    "legal",
    "locking",
    "login",
    "maintenance",
    "moved",
    "oauth",
    "payment",
    "precondition",
    "preload",
    "proxy",
    "quota",
    "range",
    "redirect",
    "retry",
    "subscription",
    "throttling",
    "timeout",
    "tls",
    "upgrade",
    "upload",
    "upstream",
    "validation",
    "webdav",
    "websocket",
];

/// Search topics that start with what is typed.
pub fn topics(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    TOPICS
        .iter()
        .filter(|t| t.starts_with(current.as_ref()))
        .map(|t| CompletionCandidate::new(*t))
        .collect()
}

/// The words typed before the one being completed, the program's name left out, from the
/// request a shell sends: the words after `--`, and the index of the current one where the
/// shell gives it.
fn typed_words() -> Vec<String> {
    let words: Vec<String> = std::env::args().skip_while(|a| a != "--").skip(1).collect();
    let at = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
        .unwrap_or(words.len().saturating_sub(1));
    words.into_iter().take(at).skip(1).collect()
}

/// The word before the one being completed.
fn previous_word() -> Option<String> {
    typed_words().pop()
}

/// Values for a lookup: after a protocol's name (`httpcode grpc `), that protocol's names;
/// otherwise codes with their names (`httpcode 42` lists 420 to 429), the protocols, and
/// protocol names that start with what is typed (`httpcode NoSuch`).
pub fn queries(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let starts = |name: &str| {
        name.get(..current.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(&current))
    };
    let target = |entry: &vocab::Entry| {
        let name = db::lead(entry.status).map_or("", |s| s.name);
        format!("→ {} {name}", entry.status)
    };
    if let Some(vocabulary) = previous_word().and_then(|w| vocab::vocabulary(&w)) {
        let mut seen: Vec<&str> = Vec::new();
        return vocabulary
            .entries
            .iter()
            .filter(|e| starts(e.name) && !e.name.contains(' '))
            .filter(|e| {
                let fresh = !seen.contains(&e.name);
                seen.push(e.name);
                fresh
            })
            .map(|e| CompletionCandidate::new(e.name).help(Some(target(e).into())))
            .collect();
    }
    // Nothing typed yet: the commands (which clap adds) and the protocols, not every code.
    if current.is_empty() {
        return vocab::VOCABULARIES
            .iter()
            .map(|v| CompletionCandidate::new(v.key).help(Some(v.name.into())))
            .collect();
    }
    let mut found = codes(OsStr::new(current.as_ref()));
    if current.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return found;
    }
    found.extend(
        vocab::VOCABULARIES
            .iter()
            .filter(|v| starts(v.key))
            .map(|v| CompletionCandidate::new(v.key).help(Some(v.name.into()))),
    );
    // Every protocol name is too many to offer on an empty word.
    if current.len() >= 2 {
        let mut seen: Vec<&str> = Vec::new();
        for (vocabulary, entry) in vocab::entries() {
            if starts(entry.name) && !entry.name.contains(' ') && !seen.contains(&entry.name) {
                seen.push(entry.name);
                let help = format!("{} {}", vocabulary.name, target(entry));
                found.push(CompletionCandidate::new(entry.name).help(Some(help.into())));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::TOPICS;
    use crate::search::{self, Outcome};

    #[test]
    fn every_topic_offered_finds_several_codes() {
        for topic in TOPICS {
            let Outcome::Hits(hits) = search::search(topic, 10) else {
                panic!("{topic}: no hits");
            };
            assert!(hits.len() >= 2, "{topic}: {} hits", hits.len());
        }
    }
}
