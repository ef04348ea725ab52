//! httpcode: explain HTTP status codes, offline.

mod check;
mod cli;
mod commands;
mod completion;
mod db;
mod diag;
#[cfg(test)]
mod generated;
mod lookup;
mod mistyped;
mod prompt;
mod query;
mod render;
mod rest;
mod safe;
mod search;
mod send;
mod tree;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use std::ffi::OsString;
use std::mem::ManuallyDrop;

use clap::{CommandFactory, FromArgMatches};

use cli::{Cli, Command};
use render::Detail;
use render::style::Theme;

/// The exit statuses, documented in the README and `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Found = 0,
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

fn main() -> ExitCode {
    completion::answer_if_asked();
    let mut args: Vec<OsString> = std::env::args_os().collect();
    // `httpcode help 404` asks for the card, as `httpcode help compare` asks for the command's
    // help: "help" before anything but a command is dropped.
    if args.len() > 2
        && args[1] == "help"
        && !Cli::command()
            .get_subcommands()
            .any(|c| args[2] == c.get_name())
    {
        args.remove(1);
    }
    // Nothing at all: the short usage, not the whole help.
    if args.len() == 1 {
        diag::say_lines(&[
            "Usage: httpcode [OPTIONS] [QUERY]...   (a code, a class, a name or words)",
            "       httpcode <COMMAND>              (list, search, compare, which, rest, check ...)",
            "Try 'httpcode 404' or 'httpcode --help'.",
        ]);
        return ExitCode::from(Exit::Error as u8);
    }
    let parse = |color| {
        // The command and its matches are left for the process's exit to free: dropping
        // them piece by piece is a measurable share of a lookup's start-up.
        let mut command = ManuallyDrop::new(Cli::command().color(color));
        let mut matches = ManuallyDrop::new(command.try_get_matches_from_mut(&args)?);
        Cli::from_arg_matches_mut(&mut matches)
    };
    let cli = match parse(clap::ColorChoice::Never) {
        Ok(cli) => cli,
        // Only when clap prints (help, version, an error) is its colour decided, by the
        // output's rule; the parse is repeated so that the message carries that colour.
        Err(_) => {
            let color = if render::style::color_on(cli::color_flag(&args)) {
                clap::ColorChoice::Always
            } else {
                clap::ColorChoice::Never
            };
            match parse(color) {
                Ok(cli) => cli,
                Err(error) => return clap_exit(&error),
            }
        }
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(&cli, &mut out).and_then(|exit| match out.flush() {
        // A reader that stops early (`| head`) is a normal way to finish, and the exit
        // status still says what was found (`check` exits 1 for findings).
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => Ok(exit),
        Err(error) => Err(Error::Io(error)),
        Ok(()) => Ok(exit),
    });
    match result {
        Ok(exit) => ExitCode::from(exit as u8),
        Err(Error::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Error::Io(error)) => {
            diag::say(&format!("cannot write the output: {error}"));
            ExitCode::from(Exit::Error as u8)
        }
        Err(Error::Message(message)) => {
            diag::say(&message);
            ExitCode::from(Exit::Error as u8)
        }
    }
}

/// Prints help and version as clap does; squeezes usage errors to one line.
fn clap_exit(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => match error.print() {
            Ok(()) => ExitCode::SUCCESS,
            // A reader that stops early (`| head`) is a normal way to finish.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                diag::say(&format!("cannot write to stdout: {e}"));
                ExitCode::from(Exit::Error as u8)
            }
        },
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            ExitCode::from(Exit::Error as u8)
        }
        _ => {
            let rendered = error.render().to_string();
            let mut lines = rendered.lines();
            let first = lines.next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            // "the following required arguments were not provided:" names them on the
            // lines after it; keep them on the one line.
            let named: Vec<&str> = if first.ends_with(':') {
                lines
                    .take_while(|l| !l.trim().is_empty())
                    .map(str::trim)
                    .collect()
            } else {
                Vec::new()
            };
            let mut message = if named.is_empty() {
                first.to_string()
            } else {
                format!("{first} {}", named.join(", "))
            };
            // The valid values, when clap lists them, belong on the one line too.
            if let Some(values) = rendered
                .lines()
                .map(str::trim)
                .find(|l| l.starts_with("[possible values:"))
            {
                message = format!("{message} {values}");
            }
            if let Some(tip) = rendered
                .lines()
                .find_map(|l| l.trim().strip_prefix("tip: "))
            {
                message = format!("{message}; {tip}");
            }
            // The help to try is the command's own: "Usage: httpcode which [OPTIONS] ...".
            let command = rendered
                .lines()
                .find_map(|l| l.trim().strip_prefix("Usage: "))
                .map(|usage| {
                    usage
                        .split_whitespace()
                        .take_while(|w| !w.starts_with(['[', '<', '-']))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .filter(|c| c.starts_with("httpcode"))
                .unwrap_or_else(|| "httpcode".to_string());
            diag::say(&format!("{message} (try '{command} --help')"));
            ExitCode::from(Exit::Error as u8)
        }
    }
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<Exit, Error> {
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
    match &cli.command {
        Some(Command::List(args)) => commands::list(args, json, detail, theme, send, out),
        Some(Command::Search(args)) => commands::search(args, json, detail, theme, send, out),
        Some(Command::Compare(args)) => commands::compare(args, json, detail, theme, out),
        Some(Command::Which(args)) => commands::which(args, json, detail, theme, send, out),
        Some(Command::Rest(args)) => commands::rest(args, json, detail, theme, out),
        // A full report is the normal one: every finding is always shown.
        Some(Command::Check(args)) => {
            commands::check(args, json, detail == Detail::Brief, theme, out)
        }
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
            commands::lookup(&cli.queries, json, detail, theme, send, out)
        }
    }
}

/// The framework whose snippets cards show: `--framework`, else `HTTPCODE_FRAMEWORK` when
/// it is set and not empty.
fn framework(flag: Option<send::Framework>) -> Result<Option<send::Framework>, Error> {
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
