//! Help text: fits 80 columns, `-h` stays short, and every example it shows really works.

mod common;

use common::{httpcode, stdout_of, words};

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
fn completions_print_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = stdout_of(&["completions", shell], 0);
        assert!(script.contains("httpcode"), "{shell}");
        assert!(
            script.contains("search") && script.contains("json"),
            "{shell}"
        );
        assert!(script.contains("429"), "{shell} completes codes");
        let value = common::json_of(&["completions", shell, "--json"], 0);
        assert_eq!(value["shell"], shell);
        assert_eq!(value["script"], script.as_str());
    }
}

#[cfg(unix)]
#[test]
fn bash_completes_codes_subcommands_and_classes() {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/httpcode.bash");
    let complete = |words: &str, current: usize| -> String {
        let program = format!(
            "source '{script}'; COMP_WORDS=({words}); COMP_CWORD={current}; \
             _httpcode httpcode \"${{COMP_WORDS[{current}]}}\" \"${{COMP_WORDS[{prev}]}}\"; \
             echo \"${{COMPREPLY[@]}}\"",
            prev = current - 1
        );
        let output = std::process::Command::new("bash")
            .args(["-c", &program])
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap().trim().to_string()
    };
    assert_eq!(
        complete("httpcode 42", 1),
        "420 421 422 423 424 425 426 428 429"
    );
    assert_eq!(complete("httpcode se", 1), "search");
    assert_eq!(
        complete("httpcode list --class ''", 3),
        "1xx 2xx 3xx 4xx 5xx"
    );
    assert_eq!(complete("httpcode completions f", 2), "fish");
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
