//! httpcode as a library: the status-code database, search, the `which` tree, response
//! checking and the renderers, which the `httpcode` binary is a thin front end to. Other
//! tools can use the database directly:
//!
//! ```
//! let status = httpcode::db::registered_code(404).expect("404 is registered");
//! assert_eq!(status.name, "Not Found");
//! ```

pub mod browse;
pub mod check;
#[doc(hidden)]
pub mod cli;
#[doc(hidden)]
pub mod commands;
#[doc(hidden)]
pub mod completion;
pub mod db;
#[doc(hidden)]
pub mod diag;
#[cfg(test)]
mod generated;
pub mod lookup;
#[doc(hidden)]
pub mod mistyped;
#[doc(hidden)]
pub mod prompt;
pub mod query;
pub mod render;
pub mod rest;
pub mod safe;
#[doc(hidden)]
pub mod screen;
pub mod search;
pub mod send;
pub mod tree;

use std::io::{self, Write};

use cli::{Cli, Command};
use render::Detail;
use render::style::Theme;

/// The exit statuses, documented in the README and `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Something was found or done.
    Found = 0,
    /// Nothing was found: no search result, an unknown name, a quit walk.
    NothingFound = 1,
    /// A usage error, or input or output that cannot be read or written.
    Error = 2,
    /// SIGHUP at the `which` prompt, as a shell reports it.
    HungUp = 129,
    /// Ctrl-C at the `which` prompt, as a shell reports SIGINT.
    Interrupted = 130,
    /// SIGQUIT at the `which` prompt, as a shell reports it.
    Quit = 131,
    /// SIGTERM at the `which` prompt, as a shell reports it.
    Terminated = 143,
}

/// A failure reported on one line of stderr.
#[derive(Debug)]
pub enum Error {
    /// What went wrong, said in one line: a usage error, an unreadable input, a limit.
    Message(String),
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Self {
        Error::Io(error)
    }
}

/// Runs a parsed command line, writing its output to `out`.
pub fn run(cli: &Cli, out: &mut impl Write) -> Result<Exit, Error> {
    let output = &cli.output;
    let theme = Theme::detect(output.color, output.json);
    // The command's own --brief or --full, or the lookup's.
    let chosen = match &cli.command {
        Some(Command::List(args)) => &args.detail,
        Some(Command::Search(args)) => &args.detail,
        Some(Command::Compare(args)) => &args.detail,
        Some(Command::Which(args)) => &args.detail,
        Some(Command::Rest(args)) => &args.detail,
        Some(Command::Check(args)) => &args.detail,
        Some(Command::Browse(args)) => &args.detail,
        Some(Command::Completions(_) | Command::Man(_)) | None => &output.detail,
    };
    let detail = if chosen.brief {
        Detail::Brief
    } else if chosen.full {
        Detail::Full
    } else {
        Detail::Normal
    };
    let json = output.json;
    let chosen = match &cli.command {
        Some(Command::List(args)) => args.send.framework,
        Some(Command::Search(args)) => args.send.framework,
        Some(Command::Which(args)) => args.send.framework,
        _ => None,
    };
    let send = framework(output.send.framework.or(chosen))?;
    let output = commands::Output {
        json,
        detail,
        theme,
        send,
    };
    match &cli.command {
        Some(Command::List(args)) => commands::list(args, output, out),
        Some(Command::Search(args)) => commands::search(args, output, out),
        Some(Command::Compare(args)) => commands::compare(args, output, out),
        Some(Command::Which(args)) => commands::which(args, output, out),
        Some(Command::Rest(args)) => commands::rest(args, output, out),
        // A full report is the normal one: every finding is always shown.
        Some(Command::Check(args)) => commands::check(args, output, out),
        // A picker has no data of its own to print: search gives the same matches as JSON.
        Some(Command::Browse(_)) if json => Err(Error::Message(
            "--json does not apply to browse: try 'httpcode search WORDS --json'".into(),
        )),
        Some(Command::Browse(args)) => commands::browse(args, output, out),
        Some(Command::Completions(args)) => commands::completions(args.shell, json, out),
        Some(Command::Man(args)) => commands::man(args.page.as_deref(), out),
        // Only options, such as `httpcode --json`: nothing to look up.
        None if cli.queries.is_empty() => Err(Error::Message(
            "no code or words to look up: try 'httpcode 404' or 'httpcode --help'".into(),
        )),
        None => {
            if let Some(message) = cli
                .queries
                .first()
                .and_then(|q| mistyped::command_meant(q.to_str()?))
            {
                return Err(Error::Message(message));
            }
            commands::lookup(&cli.queries, output, out)
        }
    }
}

/// The framework whose snippets cards show: `--framework`, else `HTTPCODE_FRAMEWORK` when
/// it is set and not empty.
pub fn framework(flag: Option<send::Framework>) -> Result<Option<send::Framework>, Error> {
    if flag.is_some() {
        return Ok(flag);
    }
    match std::env::var("HTTPCODE_FRAMEWORK") {
        Ok(name) if !name.trim().is_empty() => {
            send::Framework::named(&name).map(Some).ok_or_else(|| {
                Error::Message(format!(
                    "{} (from HTTPCODE_FRAMEWORK)",
                    cli::unknown_framework(&name)
                ))
            })
        }
        _ => Ok(None),
    }
}
