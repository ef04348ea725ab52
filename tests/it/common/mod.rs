//! The one way tests run the binary: with an environment that does not depend on the caller.

#![allow(dead_code)]

use assert_cmd::Command;

/// `httpcode` with colour, width and locale settings cleared.
pub fn httpcode() -> Command {
    let mut command = Command::cargo_bin("httpcode").expect("the httpcode binary is built");
    for name in [
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "CLICOLOR",
        "COLUMNS",
        "TERM",
        "RUST_BACKTRACE",
        "HTTPCODE_FRAMEWORK",
    ] {
        command.env_remove(name);
    }
    command.env("COLUMNS", "100");
    command
}

/// Runs `httpcode` with `args` and returns stdout, asserting the exit code.
pub fn stdout_of(args: &[&str], code: i32) -> String {
    let output = httpcode().args(args).output().expect("runs");
    assert_eq!(
        output.status.code(),
        Some(code),
        "httpcode {args:?}\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

/// Runs `httpcode` with `args` and returns stderr, asserting the exit code.
pub fn stderr_of(args: &[&str], code: i32) -> String {
    let output = httpcode().args(args).output().expect("runs");
    assert_eq!(output.status.code(), Some(code), "httpcode {args:?}");
    String::from_utf8(output.stderr).expect("stderr is UTF-8")
}

/// Parses stdout of a `--json` run.
pub fn json_of(args: &[&str], code: i32) -> serde_json::Value {
    let out = stdout_of(args, code);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("httpcode {args:?}: {e}\n{out}"))
}

/// Splits a shell-like command line: words, with single or double quotes grouping.
pub fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in line.chars() {
        match (quote, c) {
            (None, '\'' | '"') => (quote, in_word) = (Some(c), true),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                }
                in_word = false;
            }
            _ => (word.push(c), in_word = true).1,
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// A schema of `schemas/`, loaded from its file so that its references to the other files
/// resolve by relative path, as any validator given the file resolves them.
pub struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Schema {
    pub fn load(file: &str) -> Schema {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/").to_string() + file;
        let mut schemas = boon::Schemas::new();
        let index = boon::Compiler::new()
            .compile(&path, &mut schemas)
            .unwrap_or_else(|e| panic!("{file} does not compile: {e}"));
        Schema { schemas, index }
    }

    /// What is wrong with `value`, one finding per line; empty when it is valid.
    pub fn errors(&self, value: &serde_json::Value) -> Vec<String> {
        match self.schemas.validate(value, self.index) {
            Ok(()) => Vec::new(),
            Err(error) => format!("{error:#}").lines().map(str::to_string).collect(),
        }
    }
}

#[cfg(unix)]
pub mod pty;
