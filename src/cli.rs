//! The command-line interface definition (clap), shared by the binary, completions and man pages.

use std::ffi::{OsStr, OsString};

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use crate::completion;

use crate::db;
use crate::send::Framework;

const EXAMPLES: &str = "\
Examples:
  httpcode 422                      Explain one code
  httpcode 401 403 --brief          One line per code
  httpcode 4xx                      The client-error class and its codes
  httpcode 'HTTP/1.1 503 Service Unavailable'
                                    The code on a pasted status line
  httpcode StatusTooManyRequests    A library constant
  httpcode FAILED_PRECONDITION      A protocol's error name (gRPC, OAuth, S3, k8s ...)
  httpcode grpc 5                   A protocol's name or number after its key
  httpcode list grpc                A protocol's whole table
  httpcode search rate limit        Find codes by situation
  httpcode gateway timeout          Words that are no code are searched
  httpcode list --unofficial        Vendor codes (nginx, Cloudflare, AWS ...)
  httpcode 404 --json | jq .name    Machine-readable output

Exit status: 0 found, 1 nothing found, 2 usage error.";

/// Explain HTTP status codes, offline.
#[derive(Debug, Parser)]
#[command(
    name = "httpcode",
    version,
    about = "Explain HTTP status codes, offline",
    long_about = "Explain HTTP status codes, offline: what a code means, when to send it, the \
                  headers that go with it, the codes it is confused with and its constants in \
                  common libraries. Names and sections follow RFC 9110 and the IANA registry; \
                  vendor codes are marked unofficial.",
    after_long_help = EXAMPLES,
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    allow_negative_numbers = true,
)]
pub struct Cli {
    /// Codes (404), classes (4, 4xx, 42x), status lines, constants, names or protocol names
    #[arg(
        value_name = "QUERY",
        value_parser = QueryParser,
        add = ArgValueCompleter::new(completion::queries)
    )]
    pub queries: Vec<OsString>,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Output options shared by every command.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Print JSON instead of text (never coloured)
    #[arg(long, global = true)]
    pub json: bool,

    /// One line per code
    #[arg(long, short = 'b', global = true, conflicts_with = "full")]
    pub brief: bool,

    /// Show everything: all examples, constants and related codes
    #[arg(long, global = true)]
    pub full: bool,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    #[command(flatten)]
    pub send: SendArgs,
}

// The framework whose snippets to show. Not global: a plain lookup then builds one argument
// for it, not one per command; the commands that show cards take it too. (A doc comment
// here would become the help text of every command that flattens it.)
#[derive(Debug, Args)]
pub struct SendArgs {
    /// Show how to send the code in a web framework: express, fastapi, flask, django, go or
    /// axum [default: $HTTPCODE_FRAMEWORK]
    #[arg(
        long,
        value_name = "NAME",
        value_parser = FrameworkParser,
        hide_possible_values = true
    )]
    pub framework: Option<Framework>,
}

/// The `--color` value among raw arguments, for deciding help's colour before parsing;
/// `auto` when absent or not valid (parsing then reports a bad value).
pub fn color_flag(args: &[OsString]) -> ColorChoice {
    let mut value = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(v) = word.strip_prefix("--color=") {
            value = Some(v.to_string());
        } else if word == "--color" {
            value = words.next().map(|v| v.to_string());
        }
    }
    value
        .and_then(|v| ColorChoice::from_str(&v, true).ok())
        .unwrap_or(ColorChoice::Auto)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal, NO_COLOR is unset and TERM is not dumb
    Auto,
    Always,
    Never,
}

/// Each subcommand's arguments are built only when it is used: a plain lookup pays nothing
/// for them at start-up.
#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum Command {
    /// List codes as a table
    #[command(
        after_long_help = "Examples:\n  httpcode list\n  httpcode list --class 4xx\n  httpcode list --unofficial --json\n  httpcode list grpc\n  httpcode list k8s --json"
    )]
    List(ListArgs),

    /// Find codes by situation, name, old name, constant or vendor, best first
    #[command(
        after_long_help = "Examples:\n  httpcode search timeout\n  httpcode search rate limit\n  httpcode search \"too large\" --limit 3\n  httpcode search unathorized --json\n\nExit status: 0 something matched, 1 nothing matched, 2 usage error."
    )]
    Search(SearchArgs),

    /// Put codes side by side, with the note on how to choose between them
    #[command(
        after_long_help = "Examples:\n  httpcode compare 401 403\n  httpcode compare 400 422\n  httpcode compare 301 302 303 307 308\n  httpcode compare 502 504 --json"
    )]
    Compare(CompareArgs),

    /// Walk to the right status code by answering questions
    ///
    /// The questions describe the situation in plain words, and every code an API or web
    /// designer may choose, from 100 to 511, is at most six answers away. Each code reached is
    /// a situation of the search catalogue, shown with why it fits and the alternatives, with
    /// when each fits instead; the code's card comes first and the reasoning last.
    #[command(after_long_help = WHICH_EXAMPLES)]
    Which(WhichArgs),

    /// The usual REST operations with their success and error codes
    #[command(
        after_long_help = "Examples:\n  httpcode rest\n  httpcode rest POST\n  httpcode rest delete --json"
    )]
    Rest(RestArgs),

    /// Check a response against what its status code requires
    ///
    /// Reads what curl -si, curl -sI, curl -sIL, curl -v (2>&1), wget -S or HTTPie print, a
    /// raw response, or a HAR file exported from a browser, and reports for each response
    /// the status and every finding: an error where a MUST or MUST NOT is broken, a warning
    /// where a SHOULD is not met or the response contradicts its code, a note for advice,
    /// each with the RFC section it rests on. A redirect chain is summarised.
    #[command(after_long_help = CHECK_EXAMPLES)]
    Check(CheckArgs),

    /// Print a shell completion script
    #[command(after_long_help = COMPLETION_EXAMPLES)]
    Completions(CompletionArgs),
}

const CHECK_EXAMPLES: &str = "\
Examples:
  curl -si https://api.example.com/users/7 | httpcode check
  curl -sIL http://example.com | httpcode check       A redirect chain
  curl -v https://example.com/f 2>&1 | httpcode check The request is read too
  httpcode check response.txt
  httpcode check session.har --fail-on error --json

Exit status: 0 nothing at or above --fail-on (default: warning), 1 something
was found (also when the reader of the output went away first), 2 the input holds
no response, cannot be read, or goes past a limit (64 MiB before the first status
line, 16 MiB of one header section, 1 GiB in all, 100,000 responses).";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// A file holding the responses (default: standard input; '-' also means it)
    #[arg(
        value_name = "FILE",
        value_hint = clap::ValueHint::FilePath,
        add = ArgValueCompleter::new(completion::files)
    )]
    pub file: Option<std::path::PathBuf>,

    /// The lowest level that makes the exit status 1
    #[arg(long, value_enum, value_name = "LEVEL", default_value = "warning")]
    pub fail_on: crate::check::Level,
}

const COMPLETION_EXAMPLES: &str = "\
Examples:
  httpcode completions bash > ~/.local/share/bash-completion/completions/httpcode
  httpcode completions zsh > ~/.zfunc/_httpcode
  httpcode completions fish > ~/.config/fish/completions/httpcode.fish
  httpcode completions powershell >> $PROFILE
  httpcode completions elvish >> ~/.config/elvish/rc.elv";

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

const WHICH_EXAMPLES: &str = "\
Examples:
  httpcode which                        Ask one question at a time
  httpcode which redirect               Start at the redirect questions
  httpcode which --tree                 Draw the whole tree
  httpcode which error --tree --json    A subtree as data
  httpcode which --path failed/the-server/bug
                                        Scripted answers, by label
  httpcode which --path 3/1/1/1         or by number (here: 401)
  httpcode which --path fail/the-r/state/lock
                                        Labels may be shortened

Keys: Up/Down or j/k move, Right or Enter answers, 1-9 answer by
number, Left or b goes back, q or Esc quits, Ctrl-C stops. The prompt
is drawn on stderr; the result goes to stdout.

Starting points: root, success, redirect, error, client, server and the
other ids in 'httpcode which --tree --json'. Without a terminal, and
without --path or --tree, the tree is printed instead of asked.";

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more codes (or names and constants)
    #[arg(
        required = true,
        num_args = 2..,
        value_name = "CODE",
        value_parser = QueryParser,
        add = ArgValueCompleter::new(completion::codes)
    )]
    pub codes: Vec<OsString>,
}

#[derive(Debug, Args)]
pub struct WhichArgs {
    /// Start at this question (root, success, redirect, error, client, server ...)
    #[arg(
        value_name = "START",
        default_value = "root",
        add = ArgValueCompleter::new(completion::which_starts)
    )]
    pub start: String,

    /// Answers separated by '/', by label or number: worked/created/new or 1/1/1
    #[arg(
        long,
        value_name = "ANSWERS",
        conflicts_with = "tree",
        add = ArgValueCompleter::new(completion::which_path)
    )]
    pub path: Option<String>,

    /// Draw the tree (or the subtree from START)
    #[arg(long)]
    pub tree: bool,

    #[command(flatten)]
    pub send: SendArgs,
}

#[derive(Debug, Args)]
pub struct RestArgs {
    /// Only operations with this method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)
    #[arg(value_name = "METHOD", add = ArgValueCompleter::new(completion::rest_methods))]
    pub method: Option<String>,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words describing the situation, a name, a constant or a vendor
    #[arg(required = true, value_name = "WORDS")]
    pub words: Vec<String>,

    /// Show at most this many results
    #[arg(
        long,
        short = 'n',
        default_value_t = 10,
        value_name = "N",
        value_parser = clap::value_parser!(u16).range(1..),
        add = ArgValueCompleter::new(completion::limits)
    )]
    pub limit: u16,

    #[command(flatten)]
    pub send: SendArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// A class (4xx or 4) to list, or a protocol whose error names to list with their
    /// statuses instead of the codes
    #[arg(
        value_name = "CLASS|PROTOCOL",
        value_parser = ListTargetParser,
        hide_possible_values = true,
        conflicts_with = "class"
    )]
    pub target: Option<ListTarget>,

    /// Only this class: 1-5 or 1xx-5xx
    #[arg(long, value_name = "CLASS", value_parser = ClassParser, hide_possible_values = true)]
    pub class: Option<u8>,

    /// Only codes in the IANA registry
    #[arg(long, conflicts_with = "unofficial")]
    pub official: bool,

    /// Only vendor codes outside the registry
    #[arg(long)]
    pub unofficial: bool,

    #[command(flatten)]
    pub send: SendArgs,
}

/// Takes any argument as it is, for the query parser to judge; completion offers codes and
/// protocol names (see `completion::queries`).
#[derive(Debug, Clone, Copy)]
struct QueryParser;

impl TypedValueParser for QueryParser {
    type Value = OsString;

    fn parse_ref(
        &self,
        _: &clap::Command,
        _: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<OsString, clap::Error> {
        Ok(value.to_owned())
    }
}

/// A web framework by its key or a usual other name (`golang`); completion offers the keys.
#[derive(Debug, Clone, Copy)]
struct FrameworkParser;

impl TypedValueParser for FrameworkParser {
    type Value = Framework;

    fn parse_ref(
        &self,
        command: &clap::Command,
        _: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<Framework, clap::Error> {
        let text = value.to_string_lossy();
        Framework::named(&text).ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("{}\n", unknown_framework(&text)),
            )
            .with_cmd(command)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            Framework::ALL
                .into_iter()
                .map(|f| PossibleValue::new(f.key()).help(f.label())),
        ))
    }
}

/// The message for a framework name httpcode has no snippets for.
pub fn unknown_framework(text: &str) -> String {
    format!(
        "'{}' is not a framework httpcode has snippets for: try one of {}",
        crate::safe::text(text),
        Framework::keys()
    )
}

/// What `list` lists: a class of codes, or a protocol's names.
#[derive(Debug, Clone, Copy)]
pub enum ListTarget {
    Class(u8),
    Protocol(&'static db::vocab::Vocabulary),
}

/// A class (`4xx`, `4`) or a protocol's key; completion offers both.
#[derive(Debug, Clone, Copy)]
struct ListTargetParser;

impl TypedValueParser for ListTargetParser {
    type Value = ListTarget;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<ListTarget, clap::Error> {
        let text = value.to_string_lossy();
        if let Ok(class) = parse_class(&text) {
            return Ok(ListTarget::Class(class));
        }
        if let Some(vocabulary) = db::vocab::vocabulary(&text) {
            return Ok(ListTarget::Protocol(vocabulary));
        }
        let keys: Vec<&str> = db::vocab::VOCABULARIES.iter().map(|v| v.key).collect();
        let arg = arg.map_or("CLASS|PROTOCOL".to_string(), ToString::to_string);
        Err(clap::Error::raw(
            clap::error::ErrorKind::InvalidValue,
            format!(
                "invalid value '{}' for '{arg}': not a class (1-5 or 1xx-5xx) nor a protocol \
                 httpcode knows ({})\n",
                crate::safe::text(&text),
                keys.join(", ")
            ),
        )
        .with_cmd(command))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let classes = db::CLASSES
            .iter()
            .map(|c| PossibleValue::new(format!("{}xx", c.digit)).help(c.name));
        let protocols = db::vocab::VOCABULARIES
            .iter()
            .map(|v| PossibleValue::new(v.key).help(v.name));
        Some(Box::new(classes.chain(protocols)))
    }
}

/// A class, `4xx` or `4`; completion offers 1xx to 5xx.
#[derive(Debug, Clone, Copy)]
struct ClassParser;

impl TypedValueParser for ClassParser {
    type Value = u8;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<u8, clap::Error> {
        let text = value.to_string_lossy();
        parse_class(&text).map_err(|reason| {
            let arg = arg.map_or("--class".to_string(), ToString::to_string);
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value '{text}' for '{arg}': {reason}\n"),
            )
            .with_cmd(command)
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(db::CLASSES.iter().map(|c| {
            PossibleValue::new(format!("{}xx", c.digit)).help(c.name)
        })))
    }
}

fn parse_class(text: &str) -> Result<u8, String> {
    let digits = text.trim_end_matches(['x', 'X']);
    match (digits, text.len()) {
        ("1" | "2" | "3" | "4" | "5", 1 | 3) => Ok(digits.as_bytes()[0] - b'0'),
        _ => Err("expected a class from 1xx to 5xx (or 1 to 5)".to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn class_values() {
        assert_eq!(parse_class("4xx"), Ok(4));
        assert_eq!(parse_class("4"), Ok(4));
        assert_eq!(parse_class("5XX"), Ok(5));
        assert!(parse_class("6xx").is_err());
        assert!(parse_class("4x").is_err());
        assert!(parse_class("42x").is_err());
    }
}
