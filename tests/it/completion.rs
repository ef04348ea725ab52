//! Completion in the real shells: each loads the script `httpcode completions SHELL` prints
//! and completes a command line through its own entry point (bash: the function `complete`
//! registered; zsh: a Tab typed into an interactive zsh on a pseudo-terminal; fish:
//! `complete -C`). The binary answers every shell, so elvish and PowerShell, which are not
//! installed here, are checked through the same request their scripts send.

#![cfg(unix)]

use std::path::PathBuf;
use std::process::Command;

use crate::common::{httpcode, stdout_of};

/// The directory holding the built binary, to put first on PATH as a user's install would.
fn bin_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_httpcode"))
        .parent()
        .expect("a directory")
        .to_path_buf()
}

fn path() -> String {
    let old = std::env::var("PATH").unwrap_or_default();
    format!("{}:{old}", bin_dir().display())
}

/// Whether a shell is installed; `.ci/run` installs the ones these tests need.
fn have(shell: &str) -> bool {
    let found = Command::new(shell)
        .args(["-c", "exit 0"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found && std::env::var_os("CI").is_some() {
        panic!("{shell} is not installed: .ci/run installs it");
    }
    found
}

/// Candidates from a shell's output: one per line, with any description after a tab cut.
fn candidates(output: std::process::Output, shell: &str, line: &str) -> Vec<String> {
    assert!(
        output.status.success(),
        "{shell} {line:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// Calls the completion function registered in `$spec` for `$LINE`, as bash does for a Tab
/// with the cursor at the end, and prints what it offers.
const CALL_COMPLETER: &str = r#"
    function=${spec##*-F }; function=${function%% *}
    read -ra COMP_WORDS <<< "$LINE"
    [[ $LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_LINE=$LINE; COMP_POINT=${#LINE}; COMP_TYPE=9
    "$function" httpcode "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf '%s\n' "${COMPREPLY[@]}"
"#;

/// What bash offers for `line` (the cursor at its end).
fn bash(line: &str) -> Vec<String> {
    let script = format!(
        "source <(httpcode completions bash)\nspec=$(complete -p httpcode) || exit 3\n{CALL_COMPLETER}"
    );
    let output = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env("PATH", path())
        .env("LINE", line)
        .output()
        .expect("runs bash");
    candidates(output, "bash", line)
}

/// Types a line and a Tab into an interactive zsh on a pseudo-terminal.
const ZSH_TAB: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/shells/complete.zsh");

/// What zsh offers when Tab is pressed after `line`.
fn zsh(line: &str) -> Vec<String> {
    let output = Command::new("zsh")
        .args(["-f", ZSH_TAB, line])
        .env("PATH", path())
        .output()
        .expect("runs zsh");
    candidates(output, "zsh", line)
}

/// What fish offers for `line`, with descriptions after a tab.
fn fish_described(line: &str) -> Vec<String> {
    let script = format!(
        "httpcode completions fish | source; complete -C {}",
        shell_quote(line)
    );
    let output = Command::new("fish")
        .args(["--no-config", "-c", &script])
        .env("PATH", path())
        .output()
        .expect("runs fish");
    assert!(output.status.success(), "fish {line:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn fish(line: &str) -> Vec<String> {
    fish_described(line)
        .iter()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

fn shell_quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "'\\''"))
}

fn has_all(found: &[String], wanted: &[&str], what: &str) {
    for w in wanted {
        assert!(
            found.iter().any(|f| f == w),
            "{what}: {w} missing from {found:?}"
        );
    }
}

/// The cases every shell must get right, as (line, candidates that must be offered,
/// candidates that must not).
const CASES: &[(&str, &[&str], &[&str])] = &[
    (
        "httpcode list --class ",
        &["1xx", "4xx", "5xx"],
        &["search"],
    ),
    ("httpcode compare 30", &["300", "304", "308"], &["search"]),
    ("httpcode search --", &["--limit", "--json"], &["--path"]),
    (
        "httpcode which --",
        &["--path", "--tree", "--json"],
        &["--limit"],
    ),
    ("httpcode 401 40", &["400", "404", "409"], &["401x"]),
    ("httpcode compare 401 40", &["400", "404"], &["401"]),
    // Topics to search for, so a Tab no longer types the flags' common "--".
    ("httpcode search ", &["timeout", "redirect"], &[]),
    (
        "httpcode ",
        &["list", "search", "compare", "grpc"],
        &["404", "500"],
    ),
    (
        "httpcode completions ",
        &["bash", "zsh", "fish", "elvish", "powershell"],
        &["search", "list"],
    ),
    ("httpcode 404 --j", &["--json"], &[]),
    ("httpcode --color ", &["auto", "always", "never"], &[]),
    (
        "httpcode which ",
        &["root", "redirect", "server"],
        &["Cargo.toml"],
    ),
    (
        "httpcode rest ",
        &["GET", "POST", "DELETE"],
        &["Cargo.toml"],
    ),
    ("httpcode rest P", &["POST", "PUT", "PATCH"], &["GET"]),
    ("httpcode rest p", &["post", "put", "patch"], &["get"]),
    ("httpcode search -n ", &["10"], &["Cargo.toml"]),
    ("httpcode se", &["search"], &[]),
    (
        "httpcode check --fail-on ",
        &["error", "warning", "note"],
        &[],
    ),
    ("httpcode ch", &["check"], &[]),
    ("httpcode 42", &["420", "422", "429"], &["500"]),
    ("httpcode gr", &["grpc"], &["420"]),
    ("httpcode grpc NOT_", &["NOT_FOUND"], &["404"]),
    ("httpcode k8s Al", &["AlreadyExists"], &["NOT_FOUND"]),
    ("httpcode NoSuchK", &["NoSuchKey"], &[]),
    ("httpcode list g", &["grpc"], &[]),
    (
        "httpcode 405 --framework ",
        &["express", "fastapi", "axum"],
        &["Cargo.toml"],
    ),
    ("httpcode 405 --framework f", &["fastapi", "flask"], &["go"]),
];

/// `which --path` one step at a time: each shell's way of showing a step that continues.
fn path_steps(complete: fn(&str) -> Vec<String>, shell: &str) {
    let first = complete("httpcode which --path ");
    assert!(
        first.iter().any(|c| c.starts_with("failed")),
        "{shell}: {first:?}"
    );
    let second = complete("httpcode which --path failed/the-r");
    assert!(
        second.iter().any(|c| c.starts_with("failed/the-request")),
        "{shell}: {second:?}"
    );
    let last = complete("httpcode which --path failed/the-request/state/lo");
    assert!(
        last.iter().any(|c| c == "failed/the-request/state/locked"),
        "{shell}: {last:?}"
    );
}

fn run_cases(complete: fn(&str) -> Vec<String>, shell: &str) {
    for (line, wanted, unwanted) in CASES {
        let found = complete(line);
        has_all(&found, wanted, &format!("{shell} {line:?}"));
        for u in *unwanted {
            assert!(
                !found.iter().any(|f| f == u),
                "{shell} {line:?}: {u} should not be offered: {found:?}"
            );
        }
    }
    path_steps(complete, shell);
}

#[test]
fn bash_completes_every_command_flag_and_value() {
    if have("bash") {
        run_cases(bash, "bash");
    }
}

#[test]
fn zsh_completes_past_the_first_word() {
    if have("zsh") {
        run_cases(zsh, "zsh");
    }
}

#[test]
fn fish_completes_every_command_flag_and_value() {
    if have("fish") {
        run_cases(fish, "fish");
    }
}

#[test]
fn fish_shows_names_beside_codes_and_answers_beside_steps() {
    if !have("fish") {
        return;
    }
    let found = fish_described("httpcode 40");
    assert!(found.contains(&"404\tNot Found".to_string()), "{found:?}");
    let found = fish_described("httpcode which --path ");
    assert!(
        found.iter().any(|l| l.starts_with("failed/\tIt failed")),
        "{found:?}"
    );
}

/// The request elvish's and PowerShell's scripts send, answered by the binary.
fn asked_as(shell: &str, words: &[&str]) -> Vec<String> {
    // Elvish's script names the word to complete and the separator; PowerShell's does not.
    let output = httpcode()
        .env("COMPLETE", shell)
        .env("_CLAP_IFS", "\n")
        .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
        .arg("--")
        .args(words)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn elvish_and_powershell_scripts_ask_the_binary_for_values_past_the_first_word() {
    for shell in ["elvish", "powershell"] {
        let script = stdout_of(&["completions", shell], 0);
        assert!(script.contains("COMPLETE"), "{shell}: {script}");
        let classes = asked_as(shell, &["httpcode", "list", "--class", ""]);
        has_all(&classes, &["1xx", "5xx"], shell);
        let colours = asked_as(shell, &["httpcode", "404", "--color", ""]);
        has_all(&colours, &["auto", "never"], shell);
        let shells = asked_as(shell, &["httpcode", "completions", ""]);
        has_all(&shells, &["bash", "zsh"], shell);
        let codes = asked_as(shell, &["httpcode", "compare", "404", "41"]);
        has_all(&codes, &["410", "418"], shell);
    }
}

#[test]
fn completions_print_for_every_shell_and_as_json() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell], 0);
        assert!(script.contains("httpcode"), "{shell}");
        let value = crate::common::json_of(&["completions", shell, "--json"], 0);
        assert_eq!(value["shell"], shell);
        assert_eq!(value["script"], script.as_str());
    }
}

#[test]
fn completion_errors_are_one_escaped_line_like_every_other() {
    let output = httpcode()
        .env("COMPLETE", "bad\u{1b}[31m")
        .args(["--", "httpcode", "4"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let err = String::from_utf8(output.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("bad\\e[31m") && !err.contains('\u{1b}'),
        "{err}"
    );
    #[cfg(unix)]
    {
        let output = Command::new(env!("CARGO_BIN_EXE_httpcode"))
            .env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", "1")
            .args(["--", "httpcode", "40"])
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let err = String::from_utf8(output.stderr).unwrap();
        assert!(
            err.starts_with("httpcode: cannot write the completions"),
            "{err}"
        );
    }
}

#[test]
fn file_names_with_control_characters_are_not_offered() {
    let dir = std::env::temp_dir().join(format!("httpcode-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("capture.txt"), "").unwrap();
    std::fs::write(dir.join("evil\u{1b}[31m.txt"), "").unwrap();
    let prefix = format!("{}/", dir.display());
    let found = asked_as("elvish", &["httpcode", "check", &prefix]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        found.iter().any(|f| f.ends_with("capture.txt")),
        "{found:?}"
    );
    assert!(!found.iter().any(|f| f.contains('\u{1b}')), "{found:?}");
}

/// The install lines the README's completion table gives for `shell`, in order.
fn readme_recipes(shell: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("reads the README");
    let lead = format!("| {shell} | `");
    readme
        .lines()
        .filter_map(|l| l.strip_prefix(&lead))
        .map(|rest| rest[..rest.find("` |").expect("a closed span")].to_string())
        .collect()
}

/// A new, empty home directory.
fn fresh_home(name: &str) -> PathBuf {
    let home = std::env::temp_dir().join(format!("httpcode-home-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).expect("makes a home");
    home
}

/// A command run as a user in `home` would run it: that HOME, no XDG or zsh overrides.
fn as_user(program: &str, home: &std::path::Path) -> Command {
    let mut command = Command::new(program);
    command.env("HOME", home).env("PATH", path());
    for name in [
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_DATA_DIRS",
        "ZDOTDIR",
        "BASH_COMPLETION_USER_DIR",
    ] {
        command.env_remove(name);
    }
    command
}

/// Runs an install line as pasted into `shell`.
fn install(shell: &str, recipe: &str, home: &std::path::Path) {
    let no_config: &[&str] = match shell {
        "bash" => &["--norc", "--noprofile", "-c"],
        "zsh" => &["-f", "-c"],
        _ => &["--no-config", "-c"],
    };
    let output = as_user(shell, home)
        .args(no_config)
        .arg(recipe)
        .output()
        .expect("runs the install line");
    assert!(
        output.status.success(),
        "{shell}: {recipe}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// What the first Tab after `line` offers in a new interactive bash started in `home`: the
/// completion registered by its startup files, or, with bash-completion loaded, the one its
/// loader finds for the command, as a first Tab would load it.
fn bash_first_tab(home: &std::path::Path, line: &str) -> Vec<String> {
    let script = r#"
        spec=$(complete -p httpcode 2>/dev/null) || {
            loader=$(complete -p -D 2>/dev/null) || exit 3
            loader=${loader##*-F }; loader=${loader%% *}
            "$loader" httpcode
            spec=$(complete -p httpcode) || exit 4
        }
    "#
    .to_string()
        + CALL_COMPLETER;
    let output = as_user("bash", home)
        .args(["-i", "-c", &script])
        .env("LINE", line)
        .output()
        .expect("runs bash");
    candidates(output, "bash", line)
}

const FIRST_TAB: &str = "httpcode compare 30";
const OFFERED: &[&str] = &["300", "304", "308"];

#[test]
fn bash_recipes_work_from_a_fresh_home() {
    if !have("bash") {
        return;
    }
    let recipes = readme_recipes("bash");
    assert_eq!(recipes.len(), 2, "{recipes:?}");
    // The ~/.bashrc line needs nothing else.
    let home = fresh_home("bash-rc");
    install("bash", &recipes[0], &home);
    has_all(&bash_first_tab(&home, FIRST_TAB), OFFERED, "bash ~/.bashrc");
    // The completions directory needs the bash-completion package, loaded by ~/.bashrc.
    let loader = "/usr/share/bash-completion/bash_completion";
    if !std::path::Path::new(loader).exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "bash-completion is not installed: .ci/run installs it"
        );
        return;
    }
    let home = fresh_home("bash-file");
    std::fs::write(home.join(".bashrc"), format!(". {loader}\n")).unwrap();
    install("bash", &recipes[1], &home);
    has_all(&bash_first_tab(&home, FIRST_TAB), OFFERED, "bash file");
}

#[test]
fn zsh_recipes_answer_the_first_tab_of_a_new_shell() {
    if !have("zsh") {
        return;
    }
    let recipes = readme_recipes("zsh");
    assert_eq!(recipes.len(), 2, "{recipes:?}");
    for (i, recipe) in recipes.iter().enumerate() {
        let home = fresh_home(&format!("zsh-{i}"));
        install("zsh", recipe, &home);
        let output = as_user("zsh", &home)
            .args(["-f", ZSH_TAB, FIRST_TAB, "installed"])
            .output()
            .expect("runs zsh");
        has_all(
            &candidates(output, "zsh", FIRST_TAB),
            OFFERED,
            &format!("zsh: {recipe}"),
        );
    }
}

#[test]
fn the_fish_recipe_works_from_a_fresh_home() {
    if !have("fish") {
        return;
    }
    let recipes = readme_recipes("fish");
    assert_eq!(recipes.len(), 1, "{recipes:?}");
    let home = fresh_home("fish");
    install("fish", &recipes[0], &home);
    let output = as_user("fish", &home)
        .args(["-c", &format!("complete -C {}", shell_quote(FIRST_TAB))])
        .output()
        .expect("runs fish");
    has_all(&candidates(output, "fish", FIRST_TAB), OFFERED, "fish");
}

#[test]
fn the_man_page_install_line_works_from_a_fresh_home() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("reads the README");
    let line = readme
        .lines()
        .find(|l| l.starts_with("mkdir -p ~/.local/share/man/man1"))
        .expect("the README's install line for man pages");
    let home = fresh_home("man");
    install("bash", line, &home);
    let installed = home.join(".local/share/man/man1");
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/man");
    let mut count = 0;
    for entry in std::fs::read_dir(shipped).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap();
        let copy = std::fs::read(installed.join(name)).unwrap_or_default();
        assert_eq!(copy, std::fs::read(&path).unwrap(), "{name:?}");
        count += 1;
    }
    assert_eq!(count, 10);
}
