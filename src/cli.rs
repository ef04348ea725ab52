//! The command-line interface definition (clap), shared by the binary, completions and man pages.

use std::ffi::{OsStr, OsString};

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCompleter;

use crate::completion;

use crate::db;
use crate::send::Framework;

pub const EXAMPLES: &str = "\
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

Exit status:
  0  Something was found: a code, a class, a name, search results
  1  Nothing was found: no search result, an unknown protocol name
  2  A usage error (a malformed code, an unknown flag, a mistyped command), or
     output that cannot be written";

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

/// Output options shared by every command, listed after each command's own.
#[derive(Debug, Args)]
#[command(next_help_heading = "Output options")]
pub struct OutputArgs {
    /// Print JSON instead of text (never coloured)
    #[arg(long, global = true, display_order = 100)]
    pub json: bool,

    #[command(flatten)]
    pub detail: DetailArgs,

    /// When to use colour
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t = ColorChoice::Auto,
        value_name = "WHEN",
        display_order = 103
    )]
    pub color: ColorChoice,

    #[command(flatten)]
    pub send: SendArgs,
}

// How much to show. Not global: every command but `completions` takes it, since a script has
// no short or long form. (A doc comment here would become the help text of every command
// that flattens it.)
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Output options")]
pub struct DetailArgs {
    /// One line per code
    #[arg(long, short = 'b', conflicts_with = "full", display_order = 101)]
    pub brief: bool,

    /// Show everything: all examples, constants and related codes
    #[arg(long, display_order = 102)]
    pub full: bool,
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
        after_long_help = LIST_EXAMPLES
    )]
    List(ListArgs),

    /// Find codes by situation, name, old name, constant or vendor, best first
    #[command(
        after_long_help = SEARCH_EXAMPLES
    )]
    Search(SearchArgs),

    /// Put codes side by side, with the note on how to choose between them
    #[command(
        after_long_help = COMPARE_EXAMPLES
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
        after_long_help = REST_EXAMPLES
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

    /// Look around: a fuzzy finder over every code, name, constant and situation
    ///
    /// Type a few letters and the list narrows to every code, former name, library constant,
    /// protocol error name and situation they match, in order (fuzzy, as fzf matches: "tmr"
    /// finds Too Many Requests); digits list the codes they begin. The selected item's card
    /// is shown beside the list. Where there is no terminal to draw on (a pipe, a script,
    /// TERM=dumb), the first 20 matches are printed instead.
    #[command(after_long_help = BROWSE_EXAMPLES)]
    Browse(BrowseArgs),

    /// Print a shell completion script
    #[command(after_long_help = COMPLETION_EXAMPLES)]
    Completions(CompletionArgs),

    /// Print a man page, as roff for man to read
    #[command(after_long_help = MAN_EXAMPLES)]
    Man(ManArgs),
}

const LIST_EXAMPLES: &str = "\
Examples:
  httpcode list
  httpcode list 4xx
  httpcode list --unofficial --json
  httpcode list grpc
  httpcode list k8s --json

Exit status:
  0  The table was printed
  2  An unknown class or protocol, a usage error, or output that cannot be
     written";

const SEARCH_EXAMPLES: &str = "\
Examples:
  httpcode search timeout
  httpcode search rate limit
  httpcode search \"too large\" --limit 3
  httpcode search unathorized --json

Exit status:
  0  Something matched
  1  Nothing matched (close words are suggested on stderr)
  2  A usage error, or output that cannot be written";

const COMPARE_EXAMPLES: &str = "\
Examples:
  httpcode compare 401 403
  httpcode compare 400 422
  httpcode compare 301 302 303 307 308
  httpcode compare 502 504 --json

Exit status:
  0  The codes were compared
  2  Fewer than two codes, a malformed or unknown code, a usage error, or output
     that cannot be written";

const REST_EXAMPLES: &str = "\
Examples:
  httpcode rest
  httpcode rest POST
  httpcode rest delete --json

Exit status:
  0  The operations were printed
  2  An unknown method, a usage error, or output that cannot be written";

const CHECK_EXAMPLES: &str = "\
Examples:
  curl -si https://api.example.com/users/7 | httpcode check
  curl -sIL http://example.com | httpcode check       A redirect chain
  curl -v https://example.com/f 2>&1 | httpcode check The request is read too
  httpcode check response.txt
  httpcode check session.har --fail-on error --json

Exit status:
  0  Nothing at or above the --fail-on level (default: warning)
  1  A finding at or above that level (also when the reader of the output went
     away first)
  2  The input holds no response, cannot be read, or goes past a limit (64 MiB
     before the first status line, 16 MiB of one header section, 1 GiB in all,
     100,000 responses); or a usage error";

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

    #[command(flatten)]
    pub detail: DetailArgs,
}

const COMPLETION_EXAMPLES: &str = "\
Examples:
  echo 'source <(httpcode completions bash)' >> ~/.bashrc
  echo 'autoload -U compinit && compinit && source <(httpcode completions zsh)' >> ~/.zshrc
  mkdir -p ~/.config/fish/completions &&
    httpcode completions fish > ~/.config/fish/completions/httpcode.fish
  httpcode completions powershell >> $PROFILE
  httpcode completions zsh --json          The script as a JSON string

Every way to install them, and what each needs: the README's \"Shell completions\".

Exit status:
  0  The script was printed
  2  An unknown shell, --brief or --full, or output that cannot be written";

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to complete in
    #[arg(value_enum, value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

const BROWSE_EXAMPLES: &str = "\
Examples:
  httpcode browse                   Look around, from every code
  httpcode browse tmr               Start with a query typed
  httpcode browse unproc | head -3  Without a terminal: the best matches

Keys: type to narrow; Up/Down or Ctrl-P/Ctrl-N move; PgUp/PgDn page; Enter prints
the item's card (or a situation's answer) and exits; Tab shows the full card in
the preview, Shift-Up/Down scroll it; Backspace, Ctrl-W and Ctrl-U erase; Esc quits.

Exit status:
  0    An item was printed, or without a terminal, something matched
  1    Quit with Esc or Ctrl-D, or nothing matched
  2    A usage error, or output that cannot be written
  129  SIGHUP (or the terminal closing); 130 Ctrl-C or SIGINT; 131 SIGQUIT;
       143 SIGTERM. The terminal is restored first.";

#[derive(Debug, Args)]
pub struct BrowseArgs {
    /// What to start with in the query line
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    #[command(flatten)]
    pub detail: DetailArgs,
}

const MAN_EXAMPLES: &str = "\
Examples:
  httpcode man | man -l -               Read the main page
  httpcode man which | man -l -         Read the page of a command
  Install them all where man looks (bash, zsh):
    mkdir -p ~/.local/share/man/man1 && cd ~/.local/share/man/man1 &&
    httpcode man > httpcode.1 && for c in browse list search compare which rest \\
    check completions man; do httpcode man $c > httpcode-$c.1; done; cd -

Exit status:
  0  The page was printed
  2  An unknown page, a usage error, or output that cannot be written";

/// The pages `man` prints: the main one and one per command.
pub const MAN_PAGES: [&str; 10] = [
    "httpcode",
    "browse",
    "list",
    "search",
    "compare",
    "which",
    "rest",
    "check",
    "completions",
    "man",
];

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (default: the main page, httpcode(1))
    #[arg(
        value_name = "COMMAND",
        value_parser = clap::builder::PossibleValuesParser::new(MAN_PAGES)
    )]
    pub page: Option<String>,
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
without --path or --tree, the tree is printed instead of asked.

Exit status:
  0    A code was reached, or the tree was printed
  1    The walk was quit: q, Esc, Ctrl-D, or a terminal that went away
  2    A usage error: an unknown starting point, an answer no question has, an
       ambiguous prefix, a path that stops early or runs past a code
  129  SIGHUP (or the terminal closing); 130 Ctrl-C or SIGINT; 131 SIGQUIT;
       143 SIGTERM. The terminal is restored first.";

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more codes (or names and constants)
    #[arg(
        required = true,
        num_args = 2..,
        value_name = "CODE",
        value_parser = QueryParser,
        add = ArgValueCompleter::new(completion::other_codes)
    )]
    pub codes: Vec<OsString>,

    #[command(flatten)]
    pub detail: DetailArgs,
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

    #[command(flatten)]
    pub detail: DetailArgs,
}

#[derive(Debug, Args)]
pub struct RestArgs {
    /// Only operations with this method (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS)
    #[arg(value_name = "METHOD", add = ArgValueCompleter::new(completion::rest_methods))]
    pub method: Option<String>,

    #[command(flatten)]
    pub detail: DetailArgs,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words describing the situation, a name, a constant or a vendor
    #[arg(
        required = true,
        value_name = "WORDS",
        add = ArgValueCompleter::new(completion::topics)
    )]
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

    #[command(flatten)]
    pub detail: DetailArgs,
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

    #[command(flatten)]
    pub detail: DetailArgs,
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
