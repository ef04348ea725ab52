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

/// The exit statuses of `page`; check's differ, and the signal ones only apply where the
/// prompt runs.
fn exit_status(roff: &mut Roff, page: &str) {
    roff.control("SH", ["EXIT STATUS"]);
    let mut statuses = if page == "httpcode-check" {
        vec![
            (
                "0",
                "No finding at or above the --fail-on level (default: warning).",
            ),
            ("1", "A finding at or above the --fail-on level."),
            (
                "2",
                "The input holds no response or cannot be read, or a usage error.",
            ),
        ]
    } else {
        vec![
            (
                "0",
                "Something was found (a code, a class, search results, a tree leaf).",
            ),
            (
                "1",
                "Nothing was found: no search result, or the interactive walk was quit.",
            ),
            (
                "2",
                "Usage error: a malformed code or pattern, an unknown flag, a bad path; or \
                 output that could not be written.",
            ),
        ]
    };
    if page == "httpcode" || page == "httpcode-which" {
        statuses.push((
            "129, 130, 143",
            "The interactive which walk was ended by SIGHUP, Ctrl-C (SIGINT) or SIGTERM; the \
             terminal is restored first.",
        ));
    }
    for (code, what) in statuses {
        roff.control("TP", [])
            .text([bold(code)])
            .text([roman(what)]);
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
    exit_status(roff, "httpcode");
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

/// The man page of `command` (a subcommand when `name` has a dash), as roff source. The
/// synopsis names the command as it is typed (`httpcode which`).
fn page(command: clap::Command, name: &str) -> String {
    let typed = name.replacen('-', " ", 1);
    let command = command.name(name.to_string()).bin_name(typed);
    let man = clap_mangen::Man::new(command.clone())
        .date(REVISED)
        .source(format!("httpcode {}", env!("CARGO_PKG_VERSION")))
        .manual("httpcode manual");
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    man.render_synopsis_section(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();
    if command.get_subcommands().next().is_some() {
        man.render_subcommands_section(&mut out).unwrap();
    }
    let mut roff = Roff::new();
    if name == "httpcode" {
        main_page_sections(&mut roff);
    } else {
        // The examples of `--help`, kept as laid out there.
        if let Some(help) = command.get_after_long_help() {
            roff.control("SH", ["EXAMPLES"]);
            roff.control("nf", []);
            for line in help.to_string().lines().filter(|l| *l != "Examples:") {
                roff.text([roman(line)]);
            }
            roff.control("fi", []);
        }
        exit_status(&mut roff, name);
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
