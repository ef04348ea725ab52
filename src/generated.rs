//! The files generated from the clap definition (shell completions and man pages), and the
//! test that keeps the checked-in copies fresh. `HTTPCODE_REGENERATE=1 cargo test` rewrites
//! them (and the search index).

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::cli::Cli;

/// Each shell's script and the file it is kept in under completions/.
const SCRIPTS: [(Shell, &str); 5] = [
    (Shell::Bash, "httpcode.bash"),
    (Shell::Zsh, "_httpcode"),
    (Shell::Fish, "httpcode.fish"),
    (Shell::PowerShell, "_httpcode.ps1"),
    (Shell::Elvish, "httpcode.elv"),
];

/// The month the pages were last revised, shown in their header.
const REVISED: &str = "November 2026";

/// The "Exit status:" block that ends a command's long help, as (status, meaning) pairs: the
/// help and the man page say the same, from one text.
fn exit_statuses(help: &str) -> Vec<(String, String)> {
    let Some((_, block)) = help.split_once("Exit status:\n") else {
        return Vec::new();
    };
    let mut statuses: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        let text = line.trim_start();
        let indent = line.len() - text.len();
        match (indent, statuses.last_mut()) {
            // A deeper line goes on with the meaning above it.
            (4.., Some((_, meaning))) => {
                meaning.push(' ');
                meaning.push_str(text);
            }
            _ => {
                let (status, meaning) = text.split_once("  ").unwrap_or((text, ""));
                statuses.push((status.to_string(), meaning.trim().to_string()));
            }
        }
    }
    statuses
}

/// The EXIT STATUS section, from the help's own block.
fn exit_status(roff: &mut Roff, help: &str) {
    roff.control("SH", ["EXIT STATUS"]);
    for (status, meaning) in exit_statuses(help) {
        roff.control("TP", [])
            .text([bold(status.as_str())])
            .text([roman(meaning.as_str())]);
    }
}

/// Sections written for the main page, after the ones clap_mangen derives.
fn main_page_sections(roff: &mut Roff) {
    let examples: &[(&str, &str)] = &[
        (
            "httpcode 422",
            "Explain one code: meaning, when to send it, headers, properties.",
        ),
        ("httpcode 401 403 404 --brief", "One line per code."),
        (
            "httpcode 4xx",
            "The client-error class and a table of its codes.",
        ),
        (
            "httpcode 'HTTP/1.1 503 Service Unavailable'",
            "The code on a pasted status line.",
        ),
        (
            "httpcode StatusTooManyRequests",
            "A library constant (Go, Python, Rust, Spring, .NET, Rack, Symfony).",
        ),
        (
            "httpcode search rate limit",
            "Codes for a situation, best first.",
        ),
        (
            "httpcode compare 401 403",
            "Two codes side by side, with a note on choosing.",
        ),
        (
            "httpcode which --path failed/the-server/bug",
            "Walk the decision tree with scripted answers.",
        ),
        (
            "curl -si URL | httpcode check",
            "Check a real response against what its status code requires.",
        ),
        ("httpcode 404 --json | jq .name", "Machine-readable output."),
    ];
    roff.control("SH", ["EXAMPLES"]);
    for (command, what) in examples {
        roff.control("TP", [])
            .text([bold(*command)])
            .text([roman(*what)]);
    }
    exit_status(roff, crate::cli::EXAMPLES);
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, what) in [
        (
            "NO_COLOR",
            "When set and not empty, no colour under --color auto; it wins over CLICOLOR_FORCE.",
        ),
        (
            "CLICOLOR_FORCE",
            "When set and not 0, colour even when stdout is not a terminal.",
        ),
        ("CLICOLOR", "When 0, no colour under --color auto."),
        (
            "COLUMNS",
            "The width to wrap text to; capped at 100 columns.",
        ),
        ("TERM", "When dumb, no colour under --color auto."),
        (
            "COMPLETE",
            "Set by the completion scripts when a shell asks httpcode for completions.",
        ),
    ] {
        roff.control("TP", [])
            .text([bold(name)])
            .text([roman(what)]);
    }
    roff.control("SH", ["JSON OUTPUT"]);
    roff.text([roman(
        "With --json every command prints JSON on stdout and nothing else there, in a shape \
         described by a JSON Schema in the schemas folder of the source. One code gives an \
         object; several codes, a class or list give an array of objects. Each object carries \
         schema_version (2), code, name, class, standing (standard, temporary, reserved, \
         deprecated, obsoleted, unofficial or unassigned), official, vendor, spec, summary, \
         meaning, use_when, avoid, on_receipt, examples, headers, properties, related, \
         constants, keywords and also_used_as. Fields are only added within a schema \
         version.",
    )]);
    roff.control("SH", ["SEE ALSO"]);
    let pages = [
        "httpcode-list",
        "httpcode-search",
        "httpcode-compare",
        "httpcode-which",
        "httpcode-rest",
        "httpcode-check",
        "httpcode-completions",
    ];
    let mut refs = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        refs.push(bold(*page));
        refs.push(roman(if i + 1 == pages.len() { "(1)" } else { "(1), " }));
    }
    roff.text(refs);
    roff.control("PP", []);
    roff.text([
        roman("RFC 9110, HTTP Semantics: "),
        italic("https://www.rfc-editor.org/rfc/rfc9110"),
        roman("; the IANA HTTP Status Code Registry: "),
        italic("https://www.iana.org/assignments/http-status-codes"),
    ]);
}

/// The SYNOPSIS: the command as typed, then each option with its value's name
/// (`[--color WHEN]`), the arguments, and the commands where there are some.
fn synopsis(roff: &mut Roff, command: &clap::Command, typed: &str) {
    roff.control("SH", ["SYNOPSIS"]);
    let mut parts = vec![bold(typed.to_string())];
    for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
        let value = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map(ToString::to_string)
            .filter(|_| arg.get_action().takes_values());
        if arg.is_positional() {
            let name = value.unwrap_or_else(|| arg.get_id().to_string());
            let many = if arg.get_num_args().is_some_and(|n| n.max_values() > 1) {
                "..."
            } else {
                ""
            };
            let (open, close) = if arg.is_required_set() {
                ("<", ">")
            } else {
                ("[", "]")
            };
            parts.push(roman(format!(" {open}")));
            parts.push(italic(name));
            parts.push(roman(format!("{close}{many}")));
            continue;
        }
        let flag = match (arg.get_short(), arg.get_long()) {
            (Some(short), Some(long)) => format!("-{short}|--{long}"),
            (None, Some(long)) => format!("--{long}"),
            (Some(short), None) => format!("-{short}"),
            (None, None) => continue,
        };
        parts.push(roman(" ["));
        parts.push(bold(flag));
        if let Some(value) = value {
            parts.push(roman(" "));
            parts.push(italic(value));
        }
        parts.push(roman("]"));
    }
    if command.get_subcommands().any(|c| c.get_name() != "help") {
        parts.push(roman(" ["));
        parts.push(italic("COMMAND"));
        parts.push(roman("]"));
    }
    roff.text(parts);
}

/// The COMMANDS section of the main page: each command's page and what it does; `help` is
/// an option's twin and has no page.
fn commands_section(roff: &mut Roff, command: &clap::Command) {
    let commands: Vec<&clap::Command> = command
        .get_subcommands()
        .filter(|c| c.get_name() != "help")
        .collect();
    if commands.is_empty() {
        return;
    }
    roff.control("SH", ["COMMANDS"]);
    for sub in commands {
        let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
        roff.control("TP", [])
            .text([bold(format!("httpcode-{}(1)", sub.get_name()))])
            .text([roman(about)]);
    }
}

/// The man page of `command` (a subcommand when `name` has a dash), as roff source. The
/// synopsis names the command as it is typed (`httpcode which`).
fn page(command: clap::Command, name: &str) -> String {
    let typed = name.replacen('-', " ", 1);
    let command = command.name(name.to_string()).bin_name(typed.clone());
    let man = clap_mangen::Man::new(command.clone())
        .date(REVISED)
        .source(format!("httpcode {}", env!("CARGO_PKG_VERSION")))
        .manual("httpcode manual");
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    let mut synopsis_roff = Roff::new();
    synopsis(&mut synopsis_roff, &command, &typed);
    synopsis_roff.to_writer(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();
    let mut roff = Roff::new();
    commands_section(&mut roff, &command);
    if name == "httpcode" {
        main_page_sections(&mut roff);
    } else {
        // The examples (and notes) of `--help`, kept as laid out there; its exit statuses
        // make their own section.
        let help = command
            .get_after_long_help()
            .map(ToString::to_string)
            .unwrap_or_default();
        let (examples, _) = help.split_once("\n\nExit status:").unwrap_or((&help, ""));
        roff.control("SH", ["EXAMPLES"]);
        roff.control("nf", []);
        for line in examples.lines().filter(|l| *l != "Examples:") {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
        exit_status(&mut roff, &help);
        roff.control("SH", ["SEE ALSO"]);
        roff.text([bold("httpcode"), roman("(1)")]);
    }
    roff.to_writer(&mut out).unwrap();
    if command.get_version().is_some() {
        man.render_version_section(&mut out).unwrap();
    }
    String::from_utf8(out).expect("man pages are UTF-8")
}

/// Every generated file: its path under the crate and its content now.
pub fn files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(PathBuf, String)> = SCRIPTS
        .iter()
        .map(|(shell, file)| {
            (
                root.join("completions").join(file),
                crate::completion::script(*shell),
            )
        })
        .collect();
    // Built, so that each subcommand carries the global options its page must list.
    let mut command = Cli::command();
    command.build();
    files.push((
        root.join("man/httpcode.1"),
        page(command.clone(), "httpcode"),
    ));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("httpcode-{}", sub.get_name());
        let path = root.join(format!("man/{name}.1"));
        files.push((path, page(sub.clone(), &name)));
    }
    files
}

#[test]
fn generated_files_are_fresh() {
    let regenerate = std::env::var_os("HTTPCODE_REGENERATE").is_some();
    let mut stale = Vec::new();
    for (path, want) in files() {
        if regenerate {
            std::fs::write(&path, &want).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {stale:?}; run `HTTPCODE_REGENERATE=1 cargo test` to refresh them"
    );
}
