//! `httpcode check`: reads responses as HTTP tools print them (or a HAR file) and reports
//! what each status code requires and the response lacks. Responses stream through: each
//! is checked as soon as it is read, and only what later checks need is kept (`History`), so
//! the cost follows the input and memory stays bounded whatever its size.

pub mod har;
mod history;
pub mod message;
pub mod parse;
pub mod rules;

use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;

pub use history::{Chain, History};
pub use message::Exchange;
pub use parse::ReadError;
pub use rules::{Finding, Level};

/// The most bytes read before the first status line: input that shows none by then is not
/// what `check` reads (`/dev/zero`, a binary file).
pub const BEFORE_FIRST_RESPONSE: u64 = 64 * 1024 * 1024;
/// The most bytes read from one input.
pub const MAX_INPUT: u64 = 1024 * 1024 * 1024;
/// The longest header section of one message: servers refuse far shorter ones, so a longer
/// one is not a response (`yes 'X-A: b'`).
pub const MAX_HEADER_SECTION: u64 = 16 * 1024 * 1024;

/// Which limit the input ran past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// No status line in the first `BEFORE_FIRST_RESPONSE` bytes.
    BeforeFirstResponse,
    /// More than `MAX_INPUT` bytes in all.
    Input,
    /// A header section longer than `MAX_HEADER_SECTION`.
    HeaderSection,
}

impl Limit {
    pub fn bytes(self) -> u64 {
        match self {
            Limit::BeforeFirstResponse => BEFORE_FIRST_RESPONSE,
            Limit::Input => MAX_INPUT,
            Limit::HeaderSection => MAX_HEADER_SECTION,
        }
    }
}

/// A reader that fails once it has given `limit` bytes; the limit can be raised as reading
/// goes on (once a status line is found).
struct Capped<R> {
    inner: R,
    read: u64,
    limit: Rc<Cell<Limit>>,
}

/// The error a `Capped` reader fails with, carried inside an `io::Error`.
#[derive(Debug)]
struct PastLimit(Limit);

impl std::fmt::Display for PastLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the input is longer than {} bytes", self.0.bytes())
    }
}

impl std::error::Error for PastLimit {}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let limit = self.limit.get();
        if self.read >= limit.bytes() {
            return Err(io::Error::other(PastLimit(limit)));
        }
        let room = (limit.bytes() - self.read).min(buf.len() as u64) as usize;
        let n = self.inner.read(&mut buf[..room])?;
        self.read += n as u64;
        Ok(n)
    }
}

/// The `ReadError` for an I/O error: the limit it reports, or the error itself.
fn from_io(error: io::Error) -> ReadError {
    match error.get_ref().and_then(|e| e.downcast_ref::<PastLimit>()) {
        Some(PastLimit(limit)) => ReadError::TooLong(*limit),
        None => ReadError::Io(error),
    }
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        from_io(e)
    }
}

/// What reading an input found besides its exchanges.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub responses: usize,
    /// HAR entries left out as no response of the server's, by why.
    pub skipped: har::Skipped,
}

/// Reads every exchange in `input`, a HAR file when it starts with `{` (after any byte-order
/// mark and white space), else lines, handing each to `sink` as soon as it is read. Input
/// past the limits is refused (see `Limit`).
pub fn read(
    input: impl Read,
    sink: &mut dyn FnMut(Exchange) -> Result<(), ReadError>,
) -> Result<Summary, ReadError> {
    let limit = Rc::new(Cell::new(Limit::BeforeFirstResponse));
    let capped = Capped {
        inner: input,
        read: 0,
        limit: Rc::clone(&limit),
    };
    let mut input = io::BufReader::with_capacity(64 * 1024, capped);
    let mut start = true;
    loop {
        let buffer = input.fill_buf()?;
        if start && buffer.starts_with(b"\xef\xbb\xbf") {
            input.consume(3);
            start = false;
            continue;
        }
        start = false;
        match buffer.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(at) => {
                let json = buffer[at] == b'{';
                input.consume(at);
                if json {
                    // A HAR file has no status lines to wait for.
                    limit.set(Limit::Input);
                    let (responses, skipped) = har::read(input, sink)?;
                    return Ok(Summary { responses, skipped });
                }
                let responses = parse::read(input, sink, &mut || limit.set(Limit::Input))?;
                return Ok(Summary {
                    responses,
                    skipped: har::Skipped::default(),
                });
            }
            None if buffer.is_empty() => return Err(ReadError::NoResponse),
            None => {
                let all = buffer.len();
                input.consume(all);
            }
        }
    }
}

/// Every exchange of `input`, collected (for tests).
#[cfg(test)]
pub fn read_all(input: impl Read) -> Result<Vec<Exchange>, ReadError> {
    let mut all = Vec::new();
    read(input, &mut |exchange| {
        all.push(exchange);
        Ok(())
    })?;
    Ok(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let text = b"\xef\xbb\xbfHTTP/1.1 200 OK\n\n";
        assert_eq!(read_all(&text[..]).unwrap().len(), 1);
        let har = b"\xef\xbb\xbf{\"log\": {\"entries\": [{\"request\": {\"method\": \"GET\", \
                    \"url\": \"/\"}, \"response\": {\"status\": 200, \"headers\": []}}]}}";
        assert_eq!(read_all(&har[..]).unwrap().len(), 1);
    }

    #[test]
    fn input_without_a_status_line_stops_at_the_first_limit() {
        let zeros = io::repeat(0);
        match read_all(zeros) {
            Err(ReadError::TooLong(Limit::BeforeFirstResponse)) => {}
            other => panic!("{other:?}"),
        }
    }
}
