//! Help text: fits 80 columns, `-h` stays short, and every example it shows really works.

mod common;

use common::{httpcode, words};

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
    for variable in ["NO_COLOR", "CLICOLOR_FORCE", "COLUMNS", "TERM"] {
        assert!(main.contains(variable), "{variable}");
    }
    let pages: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(pages.len(), 7, "a page for httpcode and each subcommand");
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
