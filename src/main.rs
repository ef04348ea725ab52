//! httpcode: explain HTTP status codes, offline.

mod cli;
mod db;
mod lookup;
mod query;
mod render;
mod rest;
mod search;
mod tree;

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, ListArgs, SearchArgs};
use lookup::Found;
use render::style::Theme;
use render::term::Term;
use render::{Detail, json};

/// The exit statuses, documented in the README and `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Exit {
    Found = 0,
    NothingFound = 1,
    Usage = 2,
}

/// A failure reported on one line of stderr.
#[derive(Debug)]
enum Error {
    Usage(String),
    Io(io::Error),
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Self {
        Error::Io(error)
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return clap_exit(&error),
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = run(&cli, &mut out).and_then(|exit| {
        out.flush()?;
        Ok(exit)
    });
    match result {
        Ok(exit) => ExitCode::from(exit as u8),
        // A reader that stops early (`| head`) is a normal way to finish.
        Err(Error::Io(error)) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Error::Io(error)) => {
            eprintln!("httpcode: {error}");
            ExitCode::from(Exit::Usage as u8)
        }
        Err(Error::Usage(message)) => {
            eprintln!("httpcode: {message}");
            ExitCode::from(Exit::Usage as u8)
        }
    }
}

/// Prints help and version as clap does; squeezes usage errors to one line.
fn clap_exit(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            ExitCode::SUCCESS
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            ExitCode::from(Exit::Usage as u8)
        }
        _ => {
            let rendered = error.render().to_string();
            let first = rendered.lines().next().unwrap_or("invalid arguments");
            let first = first.strip_prefix("error: ").unwrap_or(first);
            eprintln!("httpcode: {first} (try 'httpcode --help')");
            ExitCode::from(Exit::Usage as u8)
        }
    }
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<Exit, Error> {
    let output = &cli.output;
    let theme = Theme::detect(output.color, output.json);
    let detail = if output.brief {
        Detail::Brief
    } else if output.full {
        Detail::Full
    } else {
        Detail::Normal
    };
    match &cli.command {
        Some(Command::List(args)) => list(args, output.json, theme, out),
        Some(Command::Search(args)) => search_command(args, output.json, theme, out),
        None => lookup_all(&cli.queries, output.json, detail, theme, out),
    }
}

fn list(args: &ListArgs, as_json: bool, theme: Theme, out: &mut impl Write) -> Result<Exit, Error> {
    let statuses: Vec<_> = db::all()
        .filter(|s| args.class.is_none_or(|c| s.class() == c))
        .filter(|s| !args.official || s.is_official())
        .filter(|s| !args.unofficial || !s.is_official())
        .collect();
    if as_json {
        let values: Vec<_> = statuses.iter().map(|s| json::status(s, &[])).collect();
        serde_json::to_writer_pretty(&mut *out, &values).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        Term { out, theme }.table(statuses.iter().copied())?;
    }
    Ok(Exit::Found)
}

fn lookup_all(
    args: &[OsString],
    as_json: bool,
    detail: Detail,
    theme: Theme,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    let texts = args
        .iter()
        .map(|arg| {
            arg.to_str().ok_or_else(|| {
                Error::Usage(format!(
                    "{} is not valid UTF-8: give a code (404), a class (4xx) or words",
                    arg.to_string_lossy()
                ))
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let queries = lookup::parse_all(texts).map_err(|e| Error::Usage(e.to_string()))?;
    let found: Vec<Found> = queries.iter().map(lookup::find).collect();

    // Words that are no code, class, status line, name or constant are searched for.
    let mut exit = Exit::Found;
    let mut results = Vec::new();
    for item in &found {
        if let Found::Words(words) = item {
            let hits = search::search(words, SEARCH_LIMIT);
            if hits.is_empty() {
                eprintln!("httpcode: {}", nothing_matched(words));
                exit = Exit::NothingFound;
            } else {
                eprintln!("httpcode: '{words}' is not a code, name or constant; search results:");
            }
            results.push(hits);
        }
    }
    let mut results = results.into_iter();
    if as_json {
        let mut values = Vec::new();
        for item in &found {
            match item {
                Found::Code(meanings) => values.push(json::status(meanings[0], &meanings[1..])),
                Found::Unassigned { code, fallback } => {
                    values.push(json::unassigned(*code, fallback));
                }
                Found::Pattern { statuses, .. } => {
                    values.extend(statuses.iter().map(|s| json::status(s, &[])));
                }
                Found::Words(_) => {
                    let hits = results.next().unwrap_or_default();
                    values.extend(hits.iter().map(json::hit));
                }
            }
        }
        // One code gives one object; anything else gives an array.
        let single = found.len() == 1 && !matches!(found[0], Found::Pattern { .. });
        match (single, values.len()) {
            (true, 1) => serde_json::to_writer_pretty(&mut *out, &values[0]),
            _ => serde_json::to_writer_pretty(&mut *out, &values),
        }
        .map_err(io::Error::from)?;
        writeln!(out)?;
        return Ok(exit);
    }

    let mut term = Term { out, theme };
    let mut first = true;
    for item in &found {
        let hits = match item {
            Found::Words(words) => Some((words, results.next().unwrap_or_default())),
            _ => None,
        };
        if hits.as_ref().is_some_and(|(_, h)| h.is_empty()) {
            continue;
        }
        if !first && detail != Detail::Brief {
            writeln!(term.out)?;
        }
        first = false;
        match item {
            Found::Code(meanings) => term.card(meanings[0], &meanings[1..], detail)?,
            Found::Unassigned { code, fallback } => {
                if detail == Detail::Brief {
                    writeln!(term.out, "{code} Unassigned (treat as {})", fallback.code)?;
                } else {
                    term.unassigned(*code, fallback.code)?;
                    term.card(fallback, &[], detail)?;
                }
            }
            Found::Pattern {
                pattern,
                class,
                statuses,
            } => {
                if detail == Detail::Brief {
                    for status in statuses {
                        term.brief(status)?;
                    }
                } else {
                    term.class_intro(class, &pattern.to_string())?;
                    term.table(statuses.iter().copied())?;
                }
            }
            Found::Words(_) => {
                if let Some((words, hits)) = &hits {
                    term.hits(hits, words)?;
                }
            }
        }
    }
    Ok(exit)
}

/// How many results a search shows unless told otherwise.
const SEARCH_LIMIT: usize = 10;

/// The one-line hint for a search that found nothing.
fn nothing_matched(words: &str) -> String {
    let close = search::suggestions(words);
    if close.is_empty() {
        format!("nothing matches '{words}': try other words, a code (404) or 'httpcode list'")
    } else {
        format!(
            "nothing matches '{words}': did you mean {}? Or try 'httpcode list'",
            close.join(", ")
        )
    }
}

fn search_command(
    args: &SearchArgs,
    as_json: bool,
    theme: Theme,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    let query = args.words.join(" ");
    if query.trim().is_empty() {
        return Err(Error::Usage(
            "empty search: give words such as 'timeout' or 'rate limit'".to_string(),
        ));
    }
    let hits = search::search(&query, args.limit);
    if as_json {
        let values: Vec<_> = hits.iter().map(json::hit).collect();
        serde_json::to_writer_pretty(&mut *out, &values).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        Term { out, theme }.hits(&hits, &query)?;
    }
    if hits.is_empty() {
        eprintln!("httpcode: {}", nothing_matched(&query));
        return Ok(Exit::NothingFound);
    }
    Ok(Exit::Found)
}
