//! httpcode: explain HTTP status codes, offline. The command line over the library.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use std::ffi::OsString;
use std::mem::ManuallyDrop;

use clap::{CommandFactory, FromArgMatches};

use httpcode::cli::{self, Cli};
use httpcode::{Error, Exit, completion, diag, render, run};

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
            "Try 'httpcode 404', 'httpcode browse' to look around, or 'httpcode --help'.",
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
                Err(error) => return clap_exit(&error, &args),
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
fn clap_exit(error: &clap::Error, args: &[OsString]) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
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
            // The valid values and a similar name, from the error's own context, belong on
            // the one line too.
            if let Some(ContextValue::Strings(values)) = error.get(ContextKind::ValidValue) {
                message = format!("{message} [possible values: {}]", values.join(", "));
            }
            let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedValue]
                .into_iter()
                .find_map(|kind| match error.get(kind) {
                    Some(ContextValue::String(name)) => Some(name.clone()),
                    _ => None,
                });
            if let Some(name) = suggested {
                message = format!("{message}; did you mean '{name}'?");
            }
            // The help to try is the command's own, named at the head of its usage:
            // "Usage: httpcode which [OPTIONS] ...".
            let command = match error.get(ContextKind::Usage) {
                Some(ContextValue::StyledStr(usage)) => usage
                    .to_string()
                    .lines()
                    .find_map(|l| l.trim().strip_prefix("Usage: ").map(str::to_string)),
                _ => None,
            }
            .map(|usage| {
                usage
                    .split_whitespace()
                    .take_while(|w| !w.starts_with(['[', '<', '-']))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .filter(|c| c.starts_with("httpcode"))
            // Errors raised by the value parsers carry no usage: the command typed names it.
            .or_else(|| {
                let commands = Cli::command();
                args.iter()
                    .skip(1)
                    .take_while(|a| *a != "--")
                    .find_map(|a| {
                        commands
                            .get_subcommands()
                            .find(|c| a == c.get_name())
                            .map(|c| format!("httpcode {}", c.get_name()))
                    })
            })
            .unwrap_or_else(|| "httpcode".to_string());
            diag::say(&format!("{message} (try '{command} --help')"));
            ExitCode::from(Exit::Error as u8)
        }
    }
}
