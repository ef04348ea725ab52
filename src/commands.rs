//! The commands: each takes parsed arguments, writes to `out`, and returns the exit status.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};

use crate::cli::{CheckArgs, CompareArgs, ListArgs, ListTarget, RestArgs, SearchArgs, WhichArgs};
use crate::lookup::{self, Found};
use crate::render::style::Theme;
use crate::render::term::Term;
use crate::render::{Detail, json, tree as tree_view};
use crate::send::Framework;
use crate::{
    Error, Exit, db, diag, prompt, query, rest as rest_map, safe, search as ranking, tree,
};

/// How a command writes its answer: as JSON or text, how much of it, in what colour and
/// width, and which framework's lines go with a code.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub detail: Detail,
    pub theme: Theme,
    pub send: Option<Framework>,
}

pub fn list(args: &ListArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        send,
    } = output;
    let class = match args.target {
        Some(ListTarget::Protocol(_)) if args.official || args.unofficial => {
            return Err(Error::Message(
                "--official and --unofficial choose codes, not a protocol's names: drop them"
                    .into(),
            ));
        }
        Some(ListTarget::Class(class)) => Some(class),
        _ => args.class,
    };
    if let Some(ListTarget::Protocol(vocabulary)) = args.target {
        if as_json {
            json::write(out, &json::vocabulary(vocabulary))?;
        } else {
            Term { out, theme, send }.vocabulary(vocabulary, detail)?;
        }
        return Ok(Exit::Found);
    }
    let statuses: Vec<_> = db::all()
        .filter(|s| class.is_none_or(|c| s.class() == c))
        .filter(|s| !args.official || s.is_official())
        .filter(|s| !args.unofficial || !s.is_official())
        .collect();
    if as_json {
        json::write_array(out, statuses.iter().map(|s| json::status(s, &[])))?;
    } else {
        Term { out, theme, send }.statuses(&statuses, detail)?;
    }
    Ok(Exit::Found)
}

pub fn lookup(args: &[OsString], output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        send,
    } = output;
    too_many(args.len())?;
    let texts = args
        .iter()
        .enumerate()
        .map(|(i, arg)| utf8(arg, i + 1))
        .collect::<Result<Vec<_>, _>>()?;
    let queries =
        lookup::parse_all(texts.iter().copied()).map_err(|e| Error::Message(e.to_string()))?;
    let found: Vec<Found> = queries.iter().map(lookup::find).collect();

    // A name that looks like a protocol's but is none is answered on its own, with the
    // closest names, rather than searched as words.
    let unknown: Vec<&String> = found
        .iter()
        .filter_map(|f| match f {
            Found::UnknownName(message) => Some(message),
            _ => None,
        })
        .collect();
    if !unknown.is_empty() {
        for message in unknown {
            diag::say(message);
        }
        return Ok(Exit::NothingFound);
    }

    // Once any argument is plain words, the whole line is one question: "404 when the user
    // is gone" is a sentence to search, not a lookup of 404 plus some words.
    if found.iter().any(|f| matches!(f, Found::Words)) {
        let sentence = texts.join(" ");
        check_length(&sentence)?;
        let hits = match ranking::search(&sentence, SEARCH_LIMIT) {
            ranking::Outcome::Hits(hits) => hits,
            ranking::Outcome::NoContent => {
                return Err(Error::Message(only_question_words(&sentence)));
            }
        };
        if !hits.is_empty() {
            diag::say(&format!(
                "'{}' is not a code, name or constant; search results:",
                quoted(&sentence)
            ));
        }
        return show_hits(&hits, &sentence, as_json, detail, theme, send, out);
    }
    if as_json {
        // Each status object is built as it is written, so many codes never sit in memory.
        let values = found.iter().flat_map(|item| -> Vec<serde_json::Value> {
            match item {
                Found::Code(meanings) => vec![json::status(meanings[0], &meanings[1..])],
                Found::Unassigned { code, fallback } => vec![json::unassigned(*code, fallback)],
                Found::Pattern { statuses, .. } => {
                    statuses.iter().map(|s| json::status(s, &[])).collect()
                }
                Found::Entries(entries) => entries.iter().map(|(v, e)| json::entry(v, e)).collect(),
                Found::Vocabulary(vocabulary) => vec![json::vocabulary(vocabulary)],
                // A line with words was searched above, and unknown names answered.
                Found::Words | Found::UnknownName(_) => Vec::new(),
            }
        });
        // One code, entry or vocabulary gives one object; anything else gives an array.
        let single_entry = matches!(found.as_slice(), [Found::Entries(e)] if e.len() == 1);
        if single_entry
            || matches!(
                found.as_slice(),
                [Found::Code(_) | Found::Unassigned { .. } | Found::Vocabulary(_)]
            )
        {
            let value = values
                .into_iter()
                .next()
                .expect("one code gives one object");
            json::write(out, &value)?;
        } else {
            json::write_array(out, values)?;
        }
        return Ok(Exit::Found);
    }

    let mut term = Term { out, theme, send };
    let mut first = true;
    for item in &found {
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
                if detail != Detail::Brief {
                    term.class_intro(class, &pattern.to_string())?;
                }
                term.statuses(statuses, detail)?;
            }
            Found::Entries(entries) => {
                for (i, (vocabulary, entry)) in entries.iter().enumerate() {
                    if i > 0 && detail != Detail::Brief {
                        writeln!(term.out)?;
                    }
                    term.entry(vocabulary, entry, detail)?;
                }
                // Then the card of each code the names map to, once each.
                if detail != Detail::Brief {
                    let mut codes: Vec<u16> = Vec::new();
                    for (_, entry) in entries {
                        if !codes.contains(&entry.status) {
                            codes.push(entry.status);
                        }
                    }
                    for code in codes {
                        writeln!(term.out)?;
                        let meanings = db::meanings(code);
                        term.card(meanings[0], &meanings[1..], detail)?;
                    }
                }
            }
            Found::Vocabulary(vocabulary) => term.vocabulary(vocabulary, detail)?,
            Found::Words | Found::UnknownName(_) => {}
        }
    }
    Ok(Exit::Found)
}

/// How many results a search shows unless told otherwise.
const SEARCH_LIMIT: usize = 10;

/// The one-line hint for a search that found nothing.
fn nothing_matched(words: &str) -> String {
    let close = ranking::suggestions(words);
    let words = quoted(words);
    if close.is_empty() {
        format!("nothing matches '{words}': try other words, a code (404) or 'httpcode list'")
    } else {
        format!(
            "nothing matches '{words}': did you mean {}? Or try 'httpcode list'",
            close.join(", ")
        )
    }
}

/// The usage error for a query with nothing left once question wording is dropped.
fn only_question_words(words: &str) -> String {
    let rejected: Vec<String> = ranking::rejected_codes(words)
        .iter()
        .map(u16::to_string)
        .collect();
    let what = if rejected.is_empty() {
        "holds only question words".to_string()
    } else {
        format!("only rules out {}", rejected.join(" and "))
    };
    format!(
        "'{}' {what}: describe the situation, such as 'user is banned' or 'rate limit'",
        quoted(words)
    )
}

pub fn search(args: &SearchArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        send,
    } = output;
    let query = args.words.join(" ");
    if query.trim().is_empty() {
        return Err(Error::Message(
            "empty search: give words such as 'timeout' or 'rate limit'".to_string(),
        ));
    }
    check_length(&query)?;
    match ranking::search(&query, usize::from(args.limit)) {
        ranking::Outcome::Hits(hits) => show_hits(&hits, &query, as_json, detail, theme, send, out),
        ranking::Outcome::NoContent => Err(Error::Message(only_question_words(&query))),
    }
}

/// The most codes, patterns or names one command line may ask for.
pub const MAX_ARGUMENTS: usize = 1000;

/// Refuses an absurd number of arguments with a clear message, rather than a long wait.
fn too_many(count: usize) -> Result<(), Error> {
    if count > MAX_ARGUMENTS {
        return Err(Error::Message(format!(
            "{count} arguments: ask for at most {MAX_ARGUMENTS} at once, or use 'httpcode list'"
        )));
    }
    Ok(())
}

/// The most characters a search reads; a situation is described in far fewer.
pub const MAX_QUERY_CHARS: usize = 1000;

/// Refuses a query longer than search reads, rather than answering part of it.
fn check_length(query: &str) -> Result<(), Error> {
    let count = query.split_whitespace().count();
    if count > ranking::MAX_WORDS {
        return Err(Error::Message(format!(
            "the query has {count} words: describe the situation in at most {} words",
            ranking::MAX_WORDS
        )));
    }
    let chars = query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(Error::Message(format!(
            "the query has {chars} characters: describe the situation in at most \
             {MAX_QUERY_CHARS}"
        )));
    }
    Ok(())
}

/// A query as quoted back in a message: its first 60 characters.
fn quoted(query: &str) -> String {
    match query.char_indices().nth(60) {
        Some((at, _)) => format!("{}…", &query[..at]),
        None => query.to_string(),
    }
}

/// Writes search results, or says on stderr that there were none.
fn show_hits(
    hits: &[ranking::Hit],
    query: &str,
    as_json: bool,
    detail: Detail,
    theme: Theme,
    send: Option<Framework>,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    if as_json {
        let values: Vec<_> = hits.iter().map(json::hit).collect();
        json::write(out, &values)?;
    } else {
        Term { out, theme, send }.hits(hits, query, detail)?;
    }
    if hits.is_empty() {
        diag::say(&nothing_matched(query));
        return Ok(Exit::NothingFound);
    }
    Ok(Exit::Found)
}

/// Argument number `position` (from 1) as text, or the usage error for bytes that are not
/// UTF-8, naming which argument it is.
fn utf8(arg: &OsString, position: usize) -> Result<&str, Error> {
    arg.to_str().ok_or_else(|| {
        Error::Message(format!(
            "argument {position} ({}) is not valid UTF-8: give a code (404), a class (4xx) or \
             words",
            safe::bytes(arg.as_encoded_bytes())
        ))
    })
}

/// Resolves one argument of `compare` to a single code's lead meaning.
fn one_code(arg: &str) -> Result<&'static db::Status, Error> {
    let query = query::parse(arg).map_err(|e| Error::Message(e.to_string()))?;
    match lookup::find(&query) {
        Found::Code(meanings) => Ok(meanings[0]),
        Found::Unassigned { code, .. } => Err(Error::Message(format!(
            "{code} is unassigned: compare codes that exist (try 'httpcode list')"
        ))),
        _ => Err(Error::Message(format!(
            "'{arg}' is not one code: give codes such as 401 403, or names and constants"
        ))),
    }
}

pub fn compare(args: &CompareArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        ..
    } = output;
    too_many(args.codes.len())?;
    let statuses = args
        .codes
        .iter()
        .enumerate()
        .map(|(i, arg)| one_code(utf8(arg, i + 1)?))
        .collect::<Result<Vec<_>, _>>()?;
    let codes: Vec<u16> = statuses.iter().map(|s| s.code).collect();
    let comparison = db::comparison_for(&codes);
    if as_json {
        crate::render::compare::write_json(out, &statuses, comparison)?;
    } else {
        crate::render::compare::render(out, theme, &statuses, comparison, detail)?;
    }
    Ok(Exit::Found)
}

pub fn rest(args: &RestArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        ..
    } = output;
    let operations: Vec<_> = rest_map::OPERATIONS
        .iter()
        .filter(|op| {
            args.method
                .as_ref()
                .is_none_or(|m| op.method.eq_ignore_ascii_case(m.trim()))
        })
        .collect();
    if operations.is_empty() {
        let mut known: Vec<&str> = Vec::new();
        for op in rest_map::OPERATIONS {
            if !known.contains(&op.method) {
                known.push(op.method);
            }
        }
        return Err(Error::Message(format!(
            "no REST operation uses '{}': try one of {}",
            args.method.as_deref().unwrap_or_default(),
            known.join(", ")
        )));
    }
    if as_json {
        let value = crate::render::rest::to_json(&operations);
        json::write(out, &value)?;
    } else {
        crate::render::rest::render(out, theme, &operations, detail)?;
    }
    Ok(Exit::Found)
}

pub fn which(args: &WhichArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        send,
    } = output;
    let start = tree::subtree(&args.start).ok_or_else(|| {
        let ids: Vec<&str> = tree::questions().iter().map(|q| q.id).collect();
        Error::Message(format!(
            "'{}' is not a starting point: try one of {}",
            args.start,
            ids.join(", ")
        ))
    })?;
    if let Some(path) = &args.path {
        let answers: Vec<&str> = path.split('/').filter(|a| !a.trim().is_empty()).collect();
        let (steps, leaf) =
            tree::walk(start, &answers).map_err(|e| Error::Message(e.to_string()))?;
        return show_leaf(&steps, leaf, as_json, detail, theme, send, out);
    }
    // The prompt is drawn on stderr and read from stdin; the result goes to stdout, which
    // may be a file.
    let interactive = !as_json && io::stdin().is_terminal() && io::stderr().is_terminal();
    if args.tree || !interactive {
        if !args.tree && !as_json {
            // Wrapped to the width, with the command to try on a line of its own.
            let from = match args.start.as_str() {
                "root" => String::new(),
                start => format!(" {start}"),
            };
            let options = crate::render::wrap::Options::new(theme.width).subsequent_indent("  ");
            let mut lines = crate::render::wrap::wrap(
                "httpcode: no terminal to ask on, so here is the tree; pick a code with \
                 --path, for example:",
                options,
            );
            lines.push(format!(
                "httpcode which{from} --path {}",
                tree::example_path(start)
            ));
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            diag::say_lines(&lines);
        }
        if as_json {
            json::write(out, &tree_view::to_json(start))?;
        } else {
            tree_view::draw(out, theme, start)?;
        }
        return Ok(Exit::Found);
    }
    // A dumb terminal cannot move the cursor: ask line by line instead.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let outcome = if dumb {
        prompt::run_plain(start, io::stdin().lock(), &mut io::stderr())?
    } else {
        prompt::run(start, theme)?
    };
    match outcome {
        prompt::Outcome::Reached(steps, leaf) => {
            show_leaf(&steps, leaf, false, detail, theme, send, out)
        }
        prompt::Outcome::Quit => Ok(Exit::NothingFound),
        prompt::Outcome::Interrupted => Ok(Exit::Interrupted),
        // SIGHUP is signal 1 on every Unix.
        // Signal numbers are the same on every Unix: 1 SIGHUP, 2 SIGINT, 3 SIGQUIT.
        prompt::Outcome::Signalled(1) => Ok(Exit::HungUp),
        prompt::Outcome::Signalled(2) => Ok(Exit::Interrupted),
        prompt::Outcome::Signalled(3) => Ok(Exit::Quit),
        prompt::Outcome::Signalled(_) => Ok(Exit::Terminated),
    }
}

/// The code a walk reached: the code's card, then the answers and the reasoning last, where
/// they stay in view on a short terminal.
fn show_leaf(
    steps: &[tree::Step],
    leaf: &'static tree::Leaf,
    as_json: bool,
    detail: Detail,
    theme: Theme,
    send: Option<Framework>,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    if as_json {
        let mut value = tree_view::path_json(steps, leaf);
        if let Some(status) = db::registered_code(leaf.code()) {
            value["status"] = json::status(status, &[]);
        }
        json::write(out, &value)?;
        return Ok(Exit::Found);
    }
    if detail != Detail::Brief
        && let Some(status) = db::registered_code(leaf.code())
    {
        Term { out, theme, send }.card(status, &[], detail)?;
        writeln!(out)?;
    }
    tree_view::result(out, theme, steps, leaf)?;
    Ok(Exit::Found)
}

/// What `check` says when it has nothing to read, or nothing in it is a response.
const CHECK_HINT: &str = "no status line found: pipe 'curl -si URL', 'curl -sI URL' or \
                          'curl -v URL 2>&1' into 'httpcode check', or give a file";

/// Checks every response in the input and reports each as soon as it is read; the exit
/// status says whether anything at or above `--fail-on` was found. When the reader of the
/// output goes away (`| head`), reading stops and the exit status still tells what was
/// found so far.
pub fn check(args: &CheckArgs, output: Output, out: &mut impl Write) -> Result<Exit, Error> {
    let Output {
        json: as_json,
        detail,
        theme,
        ..
    } = output;
    let brief = detail == Detail::Brief;
    use crate::check::{self as checker, History, Limit, ReadError};
    use crate::render::check::Writer;

    let from_stdin = args.file.as_deref().is_none_or(|f| f.as_os_str() == "-");
    let input: Box<dyn io::Read> = if from_stdin {
        // Nothing is piped in: say what to do rather than wait for typing.
        if io::stdin().is_terminal() {
            return Err(Error::Message(CHECK_HINT.into()));
        }
        Box::new(io::stdin().lock())
    } else {
        let path = args.file.as_deref().expect("a file was given");
        let file = std::fs::File::open(path).map_err(|e| {
            Error::Message(format!(
                "cannot read {}: {e}",
                safe::text(&path.to_string_lossy())
            ))
        })?;
        Box::new(file)
    };
    let mut writer = Writer::new(out, theme, as_json, brief);
    let mut history = History::default();
    let mut failed = false;
    let mut output_error: Option<io::Error> = None;
    let read = checker::read(input, &mut |exchange| {
        let findings = checker::rules::check(&exchange, &history);
        history.record(&exchange);
        failed |= findings.iter().any(|f| f.level >= args.fail_on);
        writer.report(&exchange, &findings).map_err(|e| {
            output_error = Some(e);
            // Stops reading; the output's own error is reported below.
            ReadError::Io(io::Error::other("the output failed"))
        })
    });
    // For check, 1 means something at or above --fail-on was found (see its --help).
    let exit = if failed {
        Exit::NothingFound
    } else {
        Exit::Found
    };
    if let Some(error) = output_error {
        if error.kind() == io::ErrorKind::BrokenPipe {
            return Ok(exit);
        }
        return Err(Error::Io(error));
    }
    let refused = match read {
        Ok(summary) => {
            let skipped = summary.skipped.total();
            writer.finish(&history.chains(), skipped)?;
            if skipped > 0 {
                diag::say(&format!(
                    "{skipped} HAR {} left out as no response of the server's: {}",
                    if skipped == 1 { "entry" } else { "entries" },
                    summary.skipped.describe()
                ));
            }
            return Ok(exit);
        }
        Err(ReadError::NoResponse) => CHECK_HINT.to_string(),
        Err(ReadError::TooMany) => format!(
            "more than {} responses: check a smaller part of the input",
            checker::parse::MAX_RESPONSES
        ),
        Err(ReadError::TooLong(Limit::BeforeFirstResponse)) => format!(
            "no status line in the first {} MiB: this does not look like HTTP responses \
             (pipe 'curl -si URL' into 'httpcode check', or give a HAR file)",
            Limit::BeforeFirstResponse.bytes() / 1024 / 1024
        ),
        Err(ReadError::TooLong(Limit::Input)) => format!(
            "the input goes on past {} GiB: check a smaller part of it",
            Limit::Input.bytes() / 1024 / 1024 / 1024
        ),
        Err(ReadError::TooLong(Limit::HeaderSection)) => format!(
            "a header section goes on past {} MiB, which no server sends: this is not a \
             response that can be checked",
            Limit::HeaderSection.bytes() / 1024 / 1024
        ),
        Err(ReadError::Har(reason)) => format!("not a HAR file that can be read: {reason}"),
        Err(ReadError::Io(e)) => format!("cannot read the input: {e}"),
    };
    // What was read before the input was refused is reported, and the output closed.
    if writer.reported() > 0 {
        match writer.finish(&history.chains(), 0) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
            other => other?,
        }
    }
    Err(Error::Message(refused))
}

/// Prints the completion script for `shell` (in a JSON object with `--json`).
pub fn completions(
    shell: clap_complete::Shell,
    as_json: bool,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    let script = crate::completion::script(shell);
    if as_json {
        /// A script as data, as `schemas/completions.schema.json` describes it.
        #[derive(serde::Serialize)]
        struct Script {
            schema_version: u32,
            shell: String,
            script: String,
        }
        let value = Script {
            schema_version: json::SCHEMA_VERSION,
            shell: shell.to_string(),
            script,
        };
        json::write(out, &value)?;
    } else {
        out.write_all(script.as_bytes())?;
    }
    Ok(Exit::Found)
}

/// The man page of `page` (a command, or the main page), as generated into man/ and kept
/// fresh by a test, so the binary carries exactly the pages the repository has.
pub fn man(page: Option<&str>, out: &mut impl Write) -> Result<Exit, Error> {
    let roff = match page.unwrap_or("httpcode") {
        "list" => include_str!("../man/httpcode-list.1"),
        "search" => include_str!("../man/httpcode-search.1"),
        "compare" => include_str!("../man/httpcode-compare.1"),
        "which" => include_str!("../man/httpcode-which.1"),
        "rest" => include_str!("../man/httpcode-rest.1"),
        "check" => include_str!("../man/httpcode-check.1"),
        "completions" => include_str!("../man/httpcode-completions.1"),
        "man" => include_str!("../man/httpcode-man.1"),
        "browse" => include_str!("../man/httpcode-browse.1"),
        _ => include_str!("../man/httpcode.1"),
    };
    out.write_all(roff.as_bytes())?;
    Ok(Exit::Found)
}

/// `browse`: the fuzzy finder on a terminal, or the ranked list where there is none.
pub fn browse(
    args: &crate::cli::BrowseArgs,
    output: Output,
    out: &mut impl Write,
) -> Result<Exit, Error> {
    let Output { detail, theme, .. } = output;
    use std::io::IsTerminal;
    let query = args.query.join(" ");
    check_length(&query)?;
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    if dumb || !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        let found = crate::browse::plain(&query, out, theme)?;
        return Ok(if found {
            Exit::Found
        } else {
            Exit::NothingFound
        });
    }
    match crate::browse::run(&query, theme)? {
        crate::browse::Outcome::Picked(target) => {
            crate::browse::show(target, out, theme, detail)?;
            Ok(Exit::Found)
        }
        crate::browse::Outcome::Quit => Ok(Exit::NothingFound),
        crate::browse::Outcome::Interrupted => Ok(Exit::Interrupted),
        // Signal numbers are the same on every Unix: 1 SIGHUP, 2 SIGINT, 3 SIGQUIT.
        crate::browse::Outcome::Signalled(1) => Ok(Exit::HungUp),
        crate::browse::Outcome::Signalled(2) => Ok(Exit::Interrupted),
        crate::browse::Outcome::Signalled(3) => Ok(Exit::Quit),
        crate::browse::Outcome::Signalled(_) => Ok(Exit::Terminated),
    }
}
