//! Reads responses out of what HTTP tools print: `curl -si`, `curl -sI`, `curl -sIL`,
//! `curl -v` (its `> ` request and `< ` response lines), `wget -S`, HTTPie and pasted raw
//! messages, with CRLF or LF line ends, folded and repeated fields, and HTTP/1.0 to HTTP/3
//! status lines. Bytes in, exchanges out, each handed on as soon as it is complete. It reads
//! line by line and keeps only the start of long lines, of a message's fields and of
//! content, so input of any size streams past in bounded memory.

use std::io::{self, BufRead};
use std::rc::Rc;

use super::message::{Content, Exchange, Fields, Request, Response};

/// The most bytes of one line that are kept; the rest is counted, not stored.
pub const LINE_KEPT: usize = 64 * 1024;
/// The most bytes of a response's content that are kept for the checks that read it.
pub const CONTENT_KEPT: usize = 64 * 1024;
/// The most fields kept per message; more are counted as content would be, not stored.
pub const FIELDS_KEPT: usize = 1000;
/// The most bytes of field names and values kept per message; later fields are dropped.
pub const FIELD_BYTES_KEPT: usize = 256 * 1024;
/// The most responses read from one input.
pub const MAX_RESPONSES: usize = 100_000;

/// Why the input could not be read as responses.
#[derive(Debug)]
pub enum ReadError {
    /// No status line anywhere in the input.
    NoResponse,
    /// More responses than `MAX_RESPONSES`.
    TooMany,
    /// A HAR file that is not valid or too large; the reason.
    Har(String),
    /// The input went on past a limit (see `check::limits`): what was read, and the limit.
    TooLong(super::Limit),
    Io(io::Error),
}

/// Which tool's layout a line came in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// A raw message: `curl -si`, `curl -sI`, HTTPie, a pasted response.
    Raw,
    /// `curl -v`: `> ` request lines, `< ` response lines.
    Curl,
    /// `wget -S`: response lines indented by two spaces.
    Wget,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Before the first message, or after one whose content the input does not show.
    Idle,
    RequestFields(Layout),
    /// A request's content (HTTPie shows it), skipped.
    RequestContent,
    ResponseFields(Layout),
    ResponseContent,
}

struct Parser<'s> {
    /// Where each exchange goes once complete.
    sink: &'s mut dyn FnMut(Exchange) -> Result<(), ReadError>,
    /// How many exchanges have been handed on.
    count: usize,
    request: Option<Rc<Request>>,
    response: Option<Response>,
    stage: Option<Stage>,
    /// Whether curl -v's prefixes have been seen, so that `* ` lines are its notes.
    curl: bool,
    /// Whether a status line has been read.
    started: bool,
    /// Bytes of the open message's header section so far.
    header_bytes: u64,
}

/// Reads every exchange in `input`, handing each to `sink` as soon as it is complete, and
/// returns how many there were. `started` is told when the first status line is read.
pub fn read(
    mut input: impl BufRead,
    sink: &mut dyn FnMut(Exchange) -> Result<(), ReadError>,
    started: &mut dyn FnMut(),
) -> Result<usize, ReadError> {
    let mut parser = Parser {
        sink,
        count: 0,
        request: None,
        response: None,
        stage: None,
        curl: false,
        started: false,
        header_bytes: 0,
    };
    let mut line = Vec::new();
    let mut ends = LineEnds::Undecided;
    while let Some(raw_length) = read_line(&mut input, &mut line, &mut ends)? {
        // Invalid UTF-8 is kept visible as `\xNN`, as everywhere else.
        let text = crate::safe::utf8_or_escapes(&line);
        parser.line(&text, raw_length)?;
        if !parser.started && parser.response.is_some() {
            parser.started = true;
            started();
        }
    }
    parser.finish_response()?;
    if parser.count == 0 {
        return Err(ReadError::NoResponse);
    }
    Ok(parser.count)
}

/// Every exchange of `input`, collected (for tests and small inputs).
#[cfg(test)]
pub fn read_all(input: impl BufRead) -> Result<Vec<Exchange>, ReadError> {
    let mut all = Vec::new();
    read(
        input,
        &mut |exchange| {
            all.push(exchange);
            Ok(())
        },
        &mut || {},
    )?;
    Ok(all)
}

/// How lines end in this input, decided at the first line end: a CR on its own there means
/// old Mac line ends, where every CR ends a line; otherwise lines end at LF, and a CR is
/// part of the line (curl redraws its progress meter with one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineEnds {
    Undecided,
    Lf,
    Cr,
}

/// Reads one line into `kept` (at most `LINE_KEPT` bytes, without its line end) and returns
/// its length in the input, line end included; `None` at the end of the input.
fn read_line(
    input: &mut impl BufRead,
    kept: &mut Vec<u8>,
    ends: &mut LineEnds,
) -> io::Result<Option<u64>> {
    kept.clear();
    let mut total = 0u64;
    let mut ended = false;
    while !ended {
        let available = match input.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let split_at_cr = *ends != LineEnds::Lf;
        let (take, cr) = match available
            .iter()
            .position(|&b| b == b'\n' || (split_at_cr && b == b'\r'))
        {
            Some(at) => {
                ended = true;
                (at + 1, available[at] == b'\r')
            }
            None => (available.len(), false),
        };
        let room = LINE_KEPT.saturating_sub(kept.len());
        kept.extend_from_slice(&available[..take.min(room)]);
        total += take as u64;
        input.consume(take);
        if ended && *ends == LineEnds::Undecided && !cr {
            *ends = LineEnds::Lf;
        }
        // A CR ends the line; the LF of a CRLF may wait in the next buffer.
        if cr {
            let next = loop {
                match input.fill_buf() {
                    Ok(bytes) => break bytes.first().copied(),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            };
            if next == Some(b'\n') {
                input.consume(1);
                total += 1;
                if *ends == LineEnds::Undecided {
                    *ends = LineEnds::Lf;
                }
            } else if *ends == LineEnds::Undecided {
                *ends = LineEnds::Cr;
            }
        }
    }
    if total == 0 {
        return Ok(None);
    }
    if kept.last() == Some(&b'\n') {
        kept.pop();
    }
    if kept.last() == Some(&b'\r') {
        kept.pop();
    }
    Ok(Some(total))
}

/// The `< ` or `> ` line curl -v printed right after its progress meter on one line
/// (`  0     0 ... --:--:--     0< HTTP/1.1 503 ...`): what follows the meter's digits,
/// spaces, dashes and colons.
fn after_progress_meter(line: &str) -> Option<&str> {
    let at = line.find(['<', '>'])?;
    let meter = &line[..at];
    let progress = |c: char| c.is_ascii_digit() || " :-.%kMGT\r".contains(c);
    let rest = &line[at..];
    (at > 0
        && meter.contains("--:--:--")
        && meter.chars().all(progress)
        && (rest.starts_with("< ") || rest.starts_with("> ")))
    .then_some(rest)
}

/// `HTTP/1.1`, `HTTP/2`, `HTTP/1.0`: the protocol name and a one-digit major version, with
/// an optional one-digit minor.
fn is_version(token: &str) -> bool {
    let Some(number) = token
        .get(..5)
        .filter(|p| p.eq_ignore_ascii_case("HTTP/"))
        .map(|_| &token[5..])
    else {
        return false;
    };
    let digit = |s: &str| s.len() == 1 && s.bytes().all(|b| b.is_ascii_digit());
    match number.split_once('.') {
        Some((major, minor)) => digit(major) && digit(minor),
        None => digit(number),
    }
}

/// `HTTP/1.1 404 Not Found` or `HTTP/2 404`: the version, the code and the reason phrase.
pub fn status_line(line: &str) -> Option<(String, u16, String)> {
    let (version, rest) = line.split_once(' ')?;
    if !is_version(version) {
        return None;
    }
    let (code, reason) = rest.split_once(' ').unwrap_or((rest, ""));
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((
        version.to_ascii_uppercase(),
        code.parse().ok()?,
        reason.trim().to_string(),
    ))
}

/// `GET /path HTTP/1.1`: the method, the target and the version.
pub fn request_line(line: &str) -> Option<(String, String, String)> {
    let mut parts = line.split(' ');
    let (method, target, version) = (parts.next()?, parts.next()?, parts.next()?);
    let token = !method.is_empty()
        && method.len() <= 20
        && method
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'_');
    (token && !target.is_empty() && is_version(version) && parts.next().is_none()).then(|| {
        (
            method.to_string(),
            target.to_string(),
            version.to_ascii_uppercase(),
        )
    })
}

/// `Name: value`, the name a token.
fn field_line(line: &str) -> Option<(String, String)> {
    let (name, value) = line.split_once(':')?;
    let token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    token.then(|| (name.to_string(), value.trim().to_string()))
}

/// Adds a field, or continues the last one when the line is folded (starts with a space or
/// a tab); lines past `FIELDS_KEPT` are dropped.
fn add_field(fields: &mut Fields, line: &str) -> bool {
    if line.starts_with([' ', '\t']) {
        if let Some((_, value)) = fields.0.last_mut() {
            value.push(' ');
            value.push_str(line.trim());
            return true;
        }
        return false;
    }
    match field_line(line) {
        Some(field) => {
            let kept: usize = fields.0.iter().map(|(n, v)| n.len() + v.len()).sum();
            if fields.0.len() < FIELDS_KEPT
                && kept + field.0.len() + field.1.len() <= FIELD_BYTES_KEPT
            {
                fields.0.push(field);
            }
            true
        }
        None => false,
    }
}

impl Parser<'_> {
    fn stage(&self) -> Stage {
        self.stage.unwrap_or(Stage::Idle)
    }

    fn line(&mut self, line: &str, raw_length: u64) -> Result<(), ReadError> {
        // curl -v redraws its progress meter on stderr, and when a response is slow the
        // meter and the next `< ` or `> ` line share one line: read the part after it.
        if let Some(rest) = after_progress_meter(line) {
            return self.line(rest, raw_length);
        }
        if matches!(
            self.stage(),
            Stage::RequestFields(_) | Stage::ResponseFields(_)
        ) {
            self.header_bytes += raw_length;
            if self.header_bytes > super::MAX_HEADER_SECTION {
                return Err(ReadError::TooLong(super::Limit::HeaderSection));
            }
        } else {
            self.header_bytes = 0;
        }
        // curl -v: `> ` request, `< ` response, `* ` and `{ ` `} ` notes.
        let curl_prefix = |p: char| {
            line.strip_prefix(p)
                .filter(|rest| rest.is_empty() || rest.starts_with(' '))
                .map(|rest| rest.strip_prefix(' ').unwrap_or(rest))
        };
        if self.curl || self.stage() == Stage::Idle {
            if let Some(rest) = curl_prefix('>') {
                self.curl = true;
                return self.request_part(rest, Layout::Curl);
            }
            if let Some(rest) = curl_prefix('<') {
                self.curl = true;
                return self.response_part(rest, Layout::Curl);
            }
            if line.starts_with("* ") || line.starts_with("{ [") || line.starts_with("} [") {
                return Ok(());
            }
        }
        // curl redraws its progress meter with a bare carriage return: not content.
        if self.curl && line.starts_with('\r') {
            return Ok(());
        }
        // wget -S: the response indented by two spaces.
        if let Some(rest) = line.strip_prefix("  ") {
            if status_line(rest).is_some() {
                return self.response_part(rest, Layout::Wget);
            }
            if self.stage() == Stage::ResponseFields(Layout::Wget) {
                if let Some(response) = self.response.as_mut() {
                    add_field(&mut response.fields, rest);
                }
                return Ok(());
            }
        }
        if self.stage() == Stage::ResponseFields(Layout::Wget) {
            self.stage = Some(Stage::Idle);
        }
        // A raw message.
        match self.stage() {
            Stage::RequestFields(Layout::Raw) => {
                let request = self.request.as_mut().and_then(Rc::get_mut);
                if line.is_empty() {
                    self.stage = Some(Stage::RequestContent);
                } else if let Some(request) = request {
                    add_field(&mut request.fields, line);
                }
                Ok(())
            }
            Stage::ResponseFields(Layout::Raw) => {
                if line.is_empty() {
                    self.open_content();
                    return Ok(());
                }
                let response = self.response.as_mut().expect("a response is open");
                if !add_field(&mut response.fields, line) {
                    // Not a field: the content began without its blank line.
                    self.open_content();
                    self.add_content(line, raw_length);
                }
                Ok(())
            }
            _ => {
                let boundary = self.at_boundary();
                if boundary && status_line(line).is_some() {
                    return self.response_part(line, Layout::Raw);
                }
                if boundary && request_line(line).is_some() {
                    return self.request_part(line, Layout::Raw);
                }
                if self.stage() == Stage::ResponseContent {
                    self.add_content(line, raw_length);
                }
                Ok(())
            }
        }
    }

    /// Whether a status or request line here starts a new message rather than being part
    /// of the current content: nothing is open, the content is empty or complete by its
    /// Content-Length, or the status allows no content.
    fn at_boundary(&self) -> bool {
        match (self.stage(), &self.response) {
            (Stage::ResponseContent, Some(response)) => {
                let declared = response
                    .fields
                    .get("content-length")
                    .and_then(|v| v.trim().parse::<u64>().ok());
                response.content.length == 0
                    || response.code < 200
                    || response.code == 204
                    || response.code == 304
                    || declared.is_some_and(|n| response.content.length >= n)
            }
            _ => true,
        }
    }

    fn open_content(&mut self) {
        self.stage = Some(Stage::ResponseContent);
        if let Some(response) = self.response.as_mut() {
            response.content.shown = true;
        }
    }

    fn add_content(&mut self, line: &str, raw_length: u64) {
        let Some(response) = self.response.as_mut() else {
            return;
        };
        let content = &mut response.content;
        content.length += raw_length;
        if content.start.len() < CONTENT_KEPT {
            let room = CONTENT_KEPT - content.start.len();
            let bytes = line.as_bytes();
            content
                .start
                .extend_from_slice(&bytes[..bytes.len().min(room)]);
            if content.start.len() < CONTENT_KEPT {
                content.start.push(b'\n');
            }
        }
    }

    fn request_part(&mut self, line: &str, layout: Layout) -> Result<(), ReadError> {
        if let Some((method, target, version)) = request_line(line) {
            self.finish_response()?;
            self.request = Some(Rc::new(Request {
                method,
                target,
                version,
                fields: Fields::default(),
            }));
            self.stage = Some(Stage::RequestFields(layout));
        } else if line.is_empty() {
            self.stage = Some(Stage::RequestContent);
        } else if matches!(self.stage(), Stage::RequestFields(_))
            && let Some(request) = self.request.as_mut().and_then(Rc::get_mut)
        {
            add_field(&mut request.fields, line);
        }
        Ok(())
    }

    fn response_part(&mut self, line: &str, layout: Layout) -> Result<(), ReadError> {
        if let Some((version, code, reason)) = status_line(line) {
            self.finish_response()?;
            self.response = Some(Response {
                version,
                code,
                reason,
                fields: Fields::default(),
                content: Content::default(),
            });
            self.stage = Some(Stage::ResponseFields(layout));
            return Ok(());
        }
        match self.stage() {
            Stage::ResponseFields(_) if line.is_empty() => self.open_content(),
            Stage::ResponseFields(_) => {
                if let Some(response) = self.response.as_mut() {
                    add_field(&mut response.fields, line);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Hands on the open response with its request: a 1xx shares the request with the
    /// final response that follows it.
    fn finish_response(&mut self) -> Result<(), ReadError> {
        let Some(response) = self.response.take() else {
            return Ok(());
        };
        if self.count >= MAX_RESPONSES {
            return Err(ReadError::TooMany);
        }
        let request = if response.code < 200 {
            self.request.clone()
        } else {
            self.request.take()
        };
        self.count += 1;
        self.stage = Some(Stage::Idle);
        (self.sink)(Exchange { request, response })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Exchange> {
        read_all(text.as_bytes()).expect("reads")
    }

    #[test]
    fn a_response_with_crlf_and_content() {
        let exchanges =
            parse("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nhi\n");
        assert_eq!(exchanges.len(), 1);
        let r = &exchanges[0].response;
        assert_eq!(
            (r.version.as_str(), r.code, r.reason.as_str()),
            ("HTTP/1.1", 200, "OK")
        );
        assert_eq!(r.fields.get("content-type"), Some("text/plain"));
        assert!(r.content.shown);
        assert_eq!(r.content.length, 3);
    }

    #[test]
    fn a_redirect_chain_from_curl_head() {
        let text = "HTTP/1.1 301 Moved Permanently\nLocation: /b\n\nHTTP/2 200\ndate: x\n\n";
        let exchanges = parse(text);
        assert_eq!(exchanges.len(), 2);
        assert_eq!(exchanges[1].response.version, "HTTP/2");
        assert_eq!(exchanges[1].response.reason, "");
    }

    #[test]
    fn content_that_looks_like_a_status_line_stays_content() {
        let text = "HTTP/1.1 200 OK\nContent-Length: 100\n\nsee:\nHTTP/1.1 404 Not Found\n";
        let exchanges = parse(text);
        assert_eq!(exchanges.len(), 1);
        assert_eq!(exchanges[0].response.content.length, 28);
    }

    #[test]
    fn curl_verbose_with_request_and_interim_response() {
        let text = "* Connected\n> PUT /up HTTP/1.1\n> Host: a\n> Expect: 100-continue\n>\n\
                    < HTTP/1.1 100 Continue\n<\n< HTTP/1.1 201 Created\n< Location: /up/1\n<\n\
                    done\n* Connection left intact\n";
        let exchanges = parse(text);
        assert_eq!(exchanges.len(), 2);
        assert_eq!(exchanges[0].response.code, 100);
        let request = exchanges[1].request.as_ref().expect("the request");
        assert_eq!(request.method, "PUT");
        assert_eq!(request.fields.get("expect"), Some("100-continue"));
        assert_eq!(exchanges[1].response.fields.get("location"), Some("/up/1"));
        assert_eq!(exchanges[1].response.content.length, 5);
    }

    #[test]
    fn wget_server_response() {
        let text = "--2026-11-29--  http://a/\nHTTP request sent, awaiting response... \n  \
                    HTTP/1.1 404 Not Found\n  Server: nginx\n  Content-Length: 9\n\
                    2026-11-29 ERROR 404: Not Found.\n";
        let exchanges = parse(text);
        assert_eq!(exchanges.len(), 1);
        let r = &exchanges[0].response;
        assert_eq!(r.code, 404);
        assert_eq!(r.fields.get("server"), Some("nginx"));
        assert!(!r.content.shown);
    }

    #[test]
    fn httpie_request_then_response() {
        let text = "GET /x HTTP/1.1\nAccept: */*\nRange: bytes=0-1\n\nHTTP/1.1 206 Partial Content\n\
                    Content-Range: bytes 0-1/10\n\nab\n";
        let exchanges = parse(text);
        assert_eq!(exchanges.len(), 1);
        let request = exchanges[0].request.as_ref().expect("the request");
        assert_eq!(request.fields.get("range"), Some("bytes=0-1"));
    }

    #[test]
    fn folded_and_repeated_fields() {
        let text = "HTTP/1.1 200 OK\nX-Long: one\n  two\nSet-Cookie: a=1\nSet-Cookie: b=2\n\n";
        let r = &parse(text)[0].response;
        assert_eq!(r.fields.get("x-long"), Some("one two"));
        assert_eq!(r.fields.all("set-cookie").count(), 2);
    }

    #[test]
    fn nothing_to_read() {
        assert!(matches!(
            read_all(&b"hello\nworld\n"[..]),
            Err(ReadError::NoResponse)
        ));
        assert!(matches!(read_all(&b""[..]), Err(ReadError::NoResponse)));
    }

    use proptest::prelude::*;

    /// Pieces real input is made of, to build messages that are nearly right.
    fn piece() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            Just(b"HTTP/1.1 200 OK\r\n".to_vec()),
            Just(b"HTTP/2 304\n".to_vec()),
            Just(b"< HTTP/1.1 100 Continue\r\n".to_vec()),
            Just(b"> GET / HTTP/1.1\n".to_vec()),
            Just(b"  HTTP/1.0 404 Not Found\n".to_vec()),
            Just(b"Content-Length: 3\r\n".to_vec()),
            Just(b"\r\n".to_vec()),
            Just(b"\n".to_vec()),
            Just(b" folded\n".to_vec()),
            Just(b"\0\xff\xfe\r".to_vec()),
            proptest::collection::vec(any::<u8>(), 0..64),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_all(&bytes[..]);
            let _ = crate::check::read_all(&bytes[..]);
        }

        #[test]
        fn near_messages_and_their_truncations_never_panic(
            pieces in proptest::collection::vec(piece(), 0..40),
            cut in 0usize..2048,
        ) {
            let bytes: Vec<u8> = pieces.concat();
            let end = cut.min(bytes.len());
            if let Ok(exchanges) = read_all(&bytes[..end]) {
                let _ = crate::check::rules::check_all(&exchanges);
            }
        }
    }

    #[test]
    fn long_lines_and_content_are_counted_not_kept() {
        let mut text = b"HTTP/1.1 200 OK\n\n".to_vec();
        text.extend(std::iter::repeat_n(b'a', 1_000_000));
        let r = &read_all(&text[..]).unwrap()[0].response;
        assert_eq!(r.content.length, 1_000_000);
        assert!(r.content.start.len() <= CONTENT_KEPT);
    }
}

#[cfg(test)]
mod line_ends {
    use super::*;

    #[test]
    fn a_status_line_after_curls_progress_meter_is_read() {
        let text = "> GET /x HTTP/1.1\r\n> \r\n  0     0    0     0    0     0      0      0 --:--:--  \
                    0:00:02 --:--:--     0< HTTP/1.1 503 Service Unavailable\r\n< content-length: 0\r\n\
                    < \r\n";
        let exchanges = read_all(text.as_bytes()).unwrap();
        assert_eq!(exchanges[0].response.code, 503);
        assert_eq!(
            exchanges[0].response.fields.get("content-length"),
            Some("0")
        );
    }

    #[test]
    fn cr_only_line_ends_split_lines() {
        let text = "HTTP/1.1 404 Not Found\rContent-Type: text/plain\rDate: x\r\rgone";
        let exchanges = read_all(text.as_bytes()).unwrap();
        let r = &exchanges[0].response;
        assert_eq!(r.code, 404);
        assert_eq!(r.fields.get("content-type"), Some("text/plain"));
        assert_eq!(r.content.length, 4);
    }

    #[test]
    fn a_crlf_split_between_buffers_is_one_line_end() {
        let text = b"HTTP/1.1 200 OK\r\nA: b\r\n\r\n";
        // A one-byte buffer puts every CR and its LF in separate reads.
        let reader = io::BufReader::with_capacity(1, &text[..]);
        let exchanges = read_all(reader).unwrap();
        assert_eq!(exchanges[0].response.fields.get("a"), Some("b"));
        assert!(!exchanges[0].response.content.shown || exchanges[0].response.content.length == 0);
    }

    #[test]
    fn a_message_keeps_a_bounded_share_of_its_fields() {
        let mut text = String::from("HTTP/1.1 200 OK\n");
        for i in 0..200 {
            text.push_str(&format!("X-{i}: {}\n", "v".repeat(10_000)));
        }
        text.push('\n');
        let exchanges = read_all(text.as_bytes()).unwrap();
        let kept: usize = exchanges[0]
            .response
            .fields
            .0
            .iter()
            .map(|(n, v)| n.len() + v.len())
            .sum();
        assert!(kept <= FIELD_BYTES_KEPT, "{kept}");
    }
}
