//! Reads responses out of what HTTP tools print: `curl -si`, `curl -sI`, `curl -sIL`,
//! `curl -v` (its `> ` request and `< ` response lines), `wget -S`, HTTPie and pasted raw
//! messages, with CRLF or LF line ends, folded and repeated fields, and HTTP/1.0 to HTTP/3
//! status lines. Pure: bytes in, exchanges out. It reads line by line and keeps only the
//! start of long lines and of content, so input of any size streams past in bounded memory.

use std::io::{self, BufRead};

use super::message::{Content, Exchange, Fields, Request, Response};

/// The most bytes of one line that are kept; the rest is counted, not stored.
pub const LINE_KEPT: usize = 64 * 1024;
/// The most bytes of a response's content that are kept for the checks that read it.
pub const CONTENT_KEPT: usize = 64 * 1024;
/// The most fields kept per message; more are counted as content would be, not stored.
pub const FIELDS_KEPT: usize = 1000;
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
    Io(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        ReadError::Io(e)
    }
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

#[derive(Default)]
struct Parser {
    exchanges: Vec<Exchange>,
    request: Option<Request>,
    response: Option<Response>,
    stage: Option<Stage>,
    /// Whether curl -v's prefixes have been seen, so that `* ` lines are its notes.
    curl: bool,
}

/// Reads every exchange in `input`.
pub fn read(mut input: impl BufRead) -> Result<Vec<Exchange>, ReadError> {
    let mut parser = Parser::default();
    let mut line = Vec::new();
    while let Some(raw_length) = read_line(&mut input, &mut line)? {
        let text = String::from_utf8_lossy(&line);
        parser.line(&text, raw_length)?;
    }
    parser.finish_response()?;
    if parser.exchanges.is_empty() {
        return Err(ReadError::NoResponse);
    }
    Ok(parser.exchanges)
}

/// Reads one line into `kept` (at most `LINE_KEPT` bytes, without its line end) and returns
/// its length in the input, line end included; `None` at the end of the input.
fn read_line(input: &mut impl BufRead, kept: &mut Vec<u8>) -> io::Result<Option<u64>> {
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
        let take = match available.iter().position(|&b| b == b'\n') {
            Some(at) => {
                ended = true;
                at + 1
            }
            None => available.len(),
        };
        let room = LINE_KEPT.saturating_sub(kept.len());
        kept.extend_from_slice(&available[..take.min(room)]);
        total += take as u64;
        input.consume(take);
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
            if fields.0.len() < FIELDS_KEPT {
                fields.0.push(field);
            }
            true
        }
        None => false,
    }
}

impl Parser {
    fn stage(&self) -> Stage {
        self.stage.unwrap_or(Stage::Idle)
    }

    fn line(&mut self, line: &str, raw_length: u64) -> Result<(), ReadError> {
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
                let request = self.request.as_mut();
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
            self.request = Some(Request {
                method,
                target,
                version,
                fields: Fields::default(),
            });
            self.stage = Some(Stage::RequestFields(layout));
        } else if line.is_empty() {
            self.stage = Some(Stage::RequestContent);
        } else if matches!(self.stage(), Stage::RequestFields(_))
            && let Some(request) = self.request.as_mut()
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

    /// Files the open response with its request: a 1xx shares the request with the final
    /// response that follows it.
    fn finish_response(&mut self) -> Result<(), ReadError> {
        let Some(response) = self.response.take() else {
            return Ok(());
        };
        if self.exchanges.len() >= MAX_RESPONSES {
            return Err(ReadError::TooMany);
        }
        let request = if response.code < 200 {
            self.request.clone()
        } else {
            self.request.take()
        };
        self.exchanges.push(Exchange { request, response });
        self.stage = Some(Stage::Idle);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Vec<Exchange> {
        read(text.as_bytes()).expect("reads")
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
            read(&b"hello\nworld\n"[..]),
            Err(ReadError::NoResponse)
        ));
        assert!(matches!(read(&b""[..]), Err(ReadError::NoResponse)));
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
            let _ = read(&bytes[..]);
            let _ = crate::check::read(&bytes[..]);
        }

        #[test]
        fn near_messages_and_their_truncations_never_panic(
            pieces in proptest::collection::vec(piece(), 0..40),
            cut in 0usize..2048,
        ) {
            let bytes: Vec<u8> = pieces.concat();
            let end = cut.min(bytes.len());
            if let Ok(exchanges) = read(&bytes[..end]) {
                for (i, _) in exchanges.iter().enumerate() {
                    let _ = crate::check::rules::check(&exchanges, i);
                }
            }
        }
    }

    #[test]
    fn long_lines_and_content_are_counted_not_kept() {
        let mut text = b"HTTP/1.1 200 OK\n\n".to_vec();
        text.extend(std::iter::repeat_n(b'a', 1_000_000));
        let r = &read(&text[..]).unwrap()[0].response;
        assert_eq!(r.content.length, 1_000_000);
        assert!(r.content.start.len() <= CONTENT_KEPT);
    }
}
