//! Shell completion scripts: clap_complete's, with the status codes added for fish, PowerShell
//! and elvish, whose generators complete only flags and subcommands.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> String {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "httpcode", &mut out);
    let script = String::from_utf8(out).expect("completion scripts are UTF-8");
    match shell {
        Shell::Fish => script + &fish_codes(),
        Shell::PowerShell => insert_codes(
            &script,
            &["'httpcode' {", "'httpcode;compare' {"],
            |c, n| {
                format!(
                    "            [CompletionResult]::new('{c}', '{c}', \
                 [CompletionResultType]::ParameterValue, '{n}')\n"
                )
            },
        ),
        Shell::Elvish => insert_codes(
            &script,
            &["&'httpcode'= {", "&'httpcode;compare'= {"],
            |c, n| format!("            cand {c} '{n}'\n"),
        ),
        _ => script,
    }
}

/// Every code with its name, as the query argument offers them to completion.
fn codes() -> Vec<(String, String)> {
    let command = Cli::command();
    let query = command
        .get_positionals()
        .find(|a| a.get_id() == "queries")
        .expect("the query argument");
    query
        .get_value_parser()
        .possible_values()
        .into_iter()
        .flatten()
        .map(|v| {
            (
                v.get_name().to_string(),
                v.get_help().map(ToString::to_string).unwrap_or_default(),
            )
        })
        .collect()
}

/// Single-quoted for fish, which escapes quotes and backslashes with a backslash.
fn fish_quote(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn fish_codes() -> String {
    // Codes wherever a query or `compare` argument can go: not after the other subcommands.
    let condition = "not __fish_seen_subcommand_from list search which rest completions";
    codes()
        .iter()
        .map(|(code, name)| {
            format!(
                "complete -c httpcode -n \"{condition}\" -f -a {code} -d {}\n",
                fish_quote(name)
            )
        })
        .collect()
}

/// Inserts a candidate line per code at the start of each block whose first line is one of
/// `blocks` (the top level and `compare`). Both shells double a single quote inside quotes.
fn insert_codes(script: &str, blocks: &[&str], line: impl Fn(&str, &str) -> String) -> String {
    let entries: String = codes()
        .iter()
        .map(|(code, name)| line(code, &name.replace('\'', "''")))
        .collect();
    let mut out = String::with_capacity(script.len() + blocks.len() * entries.len());
    for text in script.split_inclusive('\n') {
        out.push_str(text);
        if blocks.contains(&text.trim()) {
            out.push_str(&entries);
        }
    }
    out
}
