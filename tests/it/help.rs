//! Help text: fits 80 columns, `-h` stays short, and every example it shows really works.

use crate::common::{httpcode, stdout_of, words};

const COMMANDS: [&str; 7] = [
    "",
    "list",
    "search",
    "compare",
    "which",
    "rest",
    "completions",
];

fn help(command: &str, flag: &str) -> String {
    let mut args: Vec<&str> = command.split_whitespace().collect();
    args.push(flag);
    let output = httpcode()
        .args(&args)
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn long_help_fits_80_columns_and_short_help_is_short() {
    for command in COMMANDS {
        let long = help(command, "--help");
        for line in long.lines() {
            assert!(line.chars().count() <= 80, "{command} --help: {line:?}");
        }
        assert!(long.contains("Examples:"), "{command} --help has examples");
        let short = help(command, "-h");
        assert!(!short.contains("Examples:"), "{command} -h stays short");
        assert!(short.lines().count() < long.lines().count());
    }
}

#[test]
fn every_example_in_help_runs() {
    let mut ran = 0;
    for command in COMMANDS {
        for line in help(command, "--help").lines() {
            let Some(example) = line.trim_start().strip_prefix("httpcode ") else {
                continue;
            };
            // Usage lines ("httpcode <COMMAND>") are syntax, not examples.
            if example.starts_with(['<', '[']) {
                continue;
            }
            // Run what precedes a pipe or redirection, and drop the trailing comment.
            let example = example.split(['|', '>']).next().unwrap();
            let example = example.split("  ").next().unwrap();
            let args = words(example);
            let output = httpcode().args(&args).output().unwrap();
            assert_eq!(output.status.code(), Some(0), "httpcode {example}");
            ran += 1;
        }
    }
    assert!(ran >= 25, "{ran}");
}

#[test]
fn man_pages_have_the_written_sections_and_render_cleanly() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/man");
    let main = std::fs::read_to_string(format!("{dir}/httpcode.1")).unwrap();
    for section in [
        "DESCRIPTION",
        "EXAMPLES",
        "EXIT STATUS",
        "ENVIRONMENT",
        "JSON OUTPUT",
        "SEE ALSO",
    ] {
        assert!(
            main.contains(&format!(".SH \"{section}\""))
                || main.contains(&format!(".SH {section}")),
            "{section}"
        );
    }
    for variable in ["NO_COLOR", "CLICOLOR_FORCE", "CLICOLOR", "COLUMNS", "TERM"] {
        assert!(main.contains(variable), "{variable}");
    }
    let version = env!("CARGO_PKG_VERSION");
    for command in [
        "list",
        "search",
        "compare",
        "which",
        "rest",
        "check",
        "completions",
        "man",
        "browse",
    ] {
        let page = std::fs::read_to_string(format!("{dir}/httpcode-{command}.1")).unwrap();
        // The binary prints the same page.
        assert_eq!(
            stdout_of(&["man", command], 0),
            page,
            "httpcode man {command}"
        );
        // The header names a date and the version; the synopsis, the command as typed.
        let header = page.lines().find(|l| l.starts_with(".TH")).unwrap();
        assert!(
            header.contains("2026") && header.contains(version),
            "{header}"
        );
        assert!(
            page.contains(&format!("\\fBhttpcode {command}\\fR")),
            "{command}: synopsis"
        );
        // Every page lists the options its command takes; completions and man have no short
        // or long form.
        let options: &[&str] = match command {
            "completions" | "man" => &["json", "color"],
            _ => &["json", "brief", "full", "color"],
        };
        for option in options {
            assert!(
                page.contains(&format!("\\fB\\-\\-{option}\\fR")),
                "{command}: --{option}"
            );
        }
        // The synopsis names each option's value.
        assert!(
            page.contains("\\fB\\-\\-color\\fR \\fIWHEN\\fR"),
            "{command}"
        );
        // Its exit statuses are its own, read from its help.
        let exit = page
            .split(".SH \"EXIT STATUS\"")
            .nth(1)
            .expect("EXIT STATUS");
        let help = stdout_of(&[command, "--help"], 0);
        let statuses = help
            .split("Exit status:")
            .nth(1)
            .expect("exit status in help");
        for line in statuses
            .lines()
            .filter(|l| l.starts_with("  ") && !l.starts_with("    "))
        {
            let status = line.split_whitespace().next().unwrap();
            assert!(
                exit.contains(&format!("\\fB{status}\\fR")),
                "{command}: {status}"
            );
        }
    }
    let pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(pages.len(), 10, "a page for httpcode and each subcommand");
    assert_eq!(stdout_of(&["man"], 0), main);
    assert!(
        !main.contains("httpcode\\-help(1)"),
        "no page is named that does not exist"
    );
    // groff is optional on a build machine; where it is installed, it must not warn.
    let Ok(probe) = std::process::Command::new("groff")
        .arg("--version")
        .output()
    else {
        eprintln!("groff is not installed: skipping the rendering check");
        return;
    };
    assert!(probe.status.success());
    for page in pages {
        let output = std::process::Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z"])
            .arg(&page)
            .output()
            .unwrap();
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && warnings.is_empty(),
            "{}: {warnings}",
            page.display()
        );
    }
}

#[test]
fn help_as_a_command_shows_help() {
    let out = stdout_of(&["help"], 0);
    assert!(out.contains("Usage: httpcode"), "{out}");
    let out = stdout_of(&["help", "which"], 0);
    assert!(out.contains("Walk to the right status code"), "{out}");
}

#[test]
fn help_follows_the_colour_rules_and_reports_write_errors() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = httpcode();
        command
            .args(args)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR");
        for (k, v) in env {
            command.env(k, v);
        }
        let output = command.output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap().contains('\x1b')
    };
    assert!(run(&["--help"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!run(
        &["--help", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    ));
    assert!(!run(
        &["--help"],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    ));
    assert!(!run(&["--help"], &[("CLICOLOR_FORCE", "0")]));
    assert!(run(&["--help", "--color=always"], &[]));
    #[cfg(unix)]
    for flag in ["--help", "-h", "--version"] {
        let full = std::fs::File::create("/dev/full").unwrap();
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_httpcode"))
            .arg(flag)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{flag}");
        let err = String::from_utf8(output.stderr).unwrap();
        assert!(err.contains("cannot write"), "{flag}: {err}");
    }
}

#[test]
fn the_package_is_described_for_publishing() {
    let manifest = include_str!("../../Cargo.toml");
    for key in [
        "description",
        "license",
        "repository",
        "keywords",
        "categories",
    ] {
        assert!(
            manifest
                .lines()
                .any(|l| l.starts_with(&format!("{key} = "))),
            "Cargo.toml lacks {key}"
        );
    }
    assert!(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/LICENSE")).exists());
}

#[test]
fn a_mistyped_command_is_named_instead_of_searched() {
    for (typed, meant) in [
        (&["comapre", "401", "403"][..], "'httpcode compare'"),
        (&["serach", "timeout"], "'httpcode search'"),
        (&["version"], "'httpcode --version'"),
    ] {
        let output = httpcode().args(typed).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{typed:?}");
        assert!(output.stdout.is_empty(), "{typed:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(meant), "{typed:?}: {stderr}");
    }
    // A word the search knows is still searched for, however close to a command.
    for word in ["test", "lost", "cache"] {
        stdout_of(&[word], 0);
    }
}

#[test]
fn help_before_a_code_shows_the_card_and_list_takes_a_class() {
    assert!(stdout_of(&["help", "404"], 0).starts_with("404 Not Found"));
    assert!(stdout_of(&["help", "compare"], 0).contains("Usage: httpcode compare"));
    let listed = stdout_of(&["list", "4xx"], 0);
    assert!(
        listed.contains("404") && !listed.contains("500"),
        "{listed}"
    );
    assert_eq!(stdout_of(&["list", "4"], 0), listed);
}
