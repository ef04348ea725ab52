//! Reads the exchanges of a HAR file (HTTP Archive 1.2, as browsers' developer tools export
//! it), entry by entry as the JSON streams past: only the entry being read is held, so a
//! large file costs about as much memory as its largest entry.

use std::fmt;
use std::io::Read;
use std::rc::Rc;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::message::{Content, Exchange, Fields, Request, Response};
use super::parse::{CONTENT_KEPT, FIELDS_KEPT, MAX_RESPONSES, ReadError};

/// What reading the entries found, and where they go.
struct Entries<'s> {
    sink: &'s mut dyn FnMut(Exchange) -> Result<(), ReadError>,
    count: usize,
    /// Entries left out, by why.
    skipped: Skipped,
    found: bool,
    /// The sink's own error, which the JSON reader cannot carry.
    stopped: Option<ReadError>,
}

/// How many entries were left out, for each reason.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Skipped([usize; 4]);

impl Skipped {
    const REASONS: [Unjudged; 4] = [
        Unjudged::NoResponse,
        Unjudged::Cache,
        Unjudged::ServiceWorker,
        Unjudged::NotHttp,
    ];

    fn note(&mut self, why: Unjudged) {
        let at = Skipped::REASONS.iter().position(|r| *r == why).unwrap_or(0);
        self.0[at] += 1;
    }

    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// "2 without a response (…), 1 served from the browser's cache".
    pub fn describe(&self) -> String {
        Skipped::REASONS
            .iter()
            .zip(self.0)
            .filter(|(_, n)| *n > 0)
            .map(|(why, n)| format!("{n} {}", why.reason()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Reads every entry of the HAR file in `input`, handing each the server sent to `sink`.
/// Returns how many were handed on and how many were left out, by why.
pub fn read(
    input: impl Read,
    sink: &mut dyn FnMut(Exchange) -> Result<(), ReadError>,
) -> Result<(usize, Skipped), ReadError> {
    let mut entries = Entries {
        sink,
        count: 0,
        skipped: Skipped::default(),
        found: false,
        stopped: None,
    };
    let mut json = serde_json::Deserializer::from_reader(input);
    let result = Member::new("log", Member::new("entries", List(&mut entries)))
        .deserialize(&mut json)
        .and_then(|()| json.end());
    if let Some(error) = entries.stopped.take() {
        return Err(error);
    }
    if let Err(error) = result {
        return Err(if error.is_io() {
            ReadError::from(std::io::Error::from(error))
        } else {
            ReadError::Har(format!("not valid JSON ({error})"))
        });
    }
    if !entries.found {
        return Err(ReadError::Har("no log.entries array".into()));
    }
    if entries.count == 0 {
        return Err(ReadError::Har(if entries.skipped.total() == 0 {
            "its log.entries array is empty".into()
        } else {
            format!(
                "none of its entries is a server's response ({})",
                entries.skipped.describe()
            )
        }));
    }
    Ok((entries.count, entries.skipped))
}

/// An object whose member `key` is read with `inner`, the rest skipped unread: the
/// document's `log`, then the log's `entries`.
struct Member<S> {
    key: &'static str,
    inner: Option<S>,
}

/// `log.entries`: each element read, turned into an exchange and handed on.
struct List<'a, 's>(&'a mut Entries<'s>);

impl<S> Member<S> {
    fn new(key: &'static str, inner: S) -> Self {
        Member {
            key,
            inner: Some(inner),
        }
    }
}

impl<'de, S: DeserializeSeed<'de, Value = ()>> DeserializeSeed<'de> for Member<S> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, S: DeserializeSeed<'de, Value = ()>> Visitor<'de> for Member<S> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an object with \"{}\"", self.key)
    }
    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            // A repeated member is read once.
            if key == self.key
                && let Some(inner) = self.inner.take()
            {
                map.next_value_seed(inner)?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for List<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for List<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the entries array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let entries = self.0;
        entries.found = true;
        while let Some(value) = seq.next_element::<Value>()? {
            let exchange = match entry(&value) {
                Ok(exchange) => exchange,
                Err(why) => {
                    entries.skipped.note(why);
                    continue;
                }
            };
            if entries.count >= MAX_RESPONSES {
                entries.stopped = Some(ReadError::TooMany);
                return Err(de::Error::custom("too many entries"));
            }
            entries.count += 1;
            if let Err(error) = (entries.sink)(exchange) {
                entries.stopped = Some(error);
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(())
    }
}

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

fn fields(value: &Value) -> Fields {
    Fields(
        value
            .as_array()
            .into_iter()
            .flatten()
            .take(FIELDS_KEPT)
            .map(|h| (text(&h["name"]), text(&h["value"])))
            .collect(),
    )
}

/// `HTTP/1.1`, and the names browsers use for the newer versions (`h2`, `http/2.0`, `h3`).
fn version(value: &Value) -> String {
    let raw = text(value).to_ascii_lowercase();
    match raw.as_str() {
        "h2" | "http/2" | "http/2.0" => "HTTP/2".into(),
        "h3" | "http/3" | "http/3.0" => "HTTP/3".into(),
        "" => String::new(),
        other => other.to_ascii_uppercase(),
    }
}

/// Why an entry is not judged as a server's response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unjudged {
    /// No response: blocked, cancelled, refused by CORS (status 0 or -1, or none).
    NoResponse,
    /// Served from the browser's own cache.
    Cache,
    /// Made by a service worker rather than fetched from the server.
    ServiceWorker,
    /// Not an HTTP URL (`data:`, `blob:`, an extension's).
    NotHttp,
}

impl Unjudged {
    pub fn reason(self) -> &'static str {
        match self {
            Unjudged::NoResponse => "without a response (blocked, cancelled or refused by CORS)",
            Unjudged::Cache => "served from the browser's cache",
            Unjudged::ServiceWorker => "answered by a service worker",
            Unjudged::NotHttp => "not HTTP (data:, blob: or an extension's URL)",
        }
    }
}

/// Whether the entry shows a response of the server's, and why not when it does not.
fn judged(entry: &Value) -> Result<(), Unjudged> {
    let url = entry["request"]["url"].as_str().unwrap_or_default();
    // A URL with a scheme other than HTTP's: `data:`, `blob:`, `chrome-extension:`.
    let scheme = url
        .split_once(':')
        .map(|(scheme, _)| scheme)
        .filter(|scheme| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        });
    if scheme.is_some_and(|s| !s.eq_ignore_ascii_case("http") && !s.eq_ignore_ascii_case("https")) {
        return Err(Unjudged::NotHttp);
    }
    if entry["response"]["_fetchedViaServiceWorker"].as_bool() == Some(true) {
        return Err(Unjudged::ServiceWorker);
    }
    let cache = &entry["_fromCache"];
    if cache.as_bool() == Some(true) || cache.as_str().is_some_and(|c| !c.is_empty()) {
        return Err(Unjudged::Cache);
    }
    // Content with nothing over the wire came from the browser's cache: Chromium records a
    // revalidated response as a 200 with the cached body and the 304's few headers.
    let response = &entry["response"];
    // A 304 did come from the server: its content.size is the cached body's (Firefox).
    let from_cache = response["bodySize"].as_i64() == Some(0)
        && response["content"]["size"].as_i64().is_some_and(|n| n > 0)
        && status_of(response) != Some(304);
    if from_cache {
        return Err(Unjudged::Cache);
    }
    Ok(())
}

/// The status of an entry's response: a number, or a number written as a string.
fn status_of(response: &Value) -> Option<u16> {
    let number = match &response["status"] {
        Value::Number(n) => n.as_u64()?,
        Value::String(s) => s.trim().parse().ok()?,
        _ => return None,
    };
    u16::try_from(number)
        .ok()
        .filter(|c| (100..=999).contains(c))
}

fn entry(entry: &Value) -> Result<Exchange, Unjudged> {
    judged(entry)?;
    let response = &entry["response"];
    // Browsers record 0 (or -1) for a request that got no response.
    let code = status_of(response).ok_or(Unjudged::NoResponse)?;
    let request = &entry["request"];
    let content = &response["content"];
    let body = text(&content["text"]);
    let base64 = content["encoding"].as_str() == Some("base64");
    // Only the content's text shows content for sure: bodySize counts header bytes in some
    // browsers, and content.size on a 304 is the cached body.
    let length = if base64 {
        body.len() / 4 * 3
    } else {
        body.len()
    };
    Ok(Exchange {
        request: request["method"].as_str().map(|method| {
            Rc::new(Request {
                method: method.to_string(),
                target: text(&request["url"]),
                version: version(&request["httpVersion"]),
                fields: fields(&request["headers"]),
            })
        }),
        response: Response {
            version: version(&response["httpVersion"]),
            code,
            reason: text(&response["statusText"]),
            fields: fields(&response["headers"]),
            content: Content {
                shown: content["text"].is_string() && !base64,
                length: length as u64,
                start: if base64 {
                    Vec::new()
                } else {
                    body.as_bytes()[..body.len().min(CONTENT_KEPT)].to_vec()
                },
            },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_become_exchanges() {
        let har = r#"{"log": {"version": "1.2", "entries": [
            {"request": {"method": "GET", "url": "https://a/x", "httpVersion": "h2",
                         "headers": [{"name": "Range", "value": "bytes=0-1"}]},
             "response": {"status": 206, "statusText": "", "httpVersion": "h2",
                          "headers": [{"name": "content-range", "value": "bytes 0-1/9"}],
                          "content": {"size": 2, "text": "ab"}, "bodySize": 2}},
            {"request": {"method": "GET", "url": "https://a/y"},
             "response": {"status": 0, "headers": [], "content": {}}}
        ]}}"#;
        let mut exchanges = Vec::new();
        let (count, skipped) = read(har.as_bytes(), &mut |e| {
            exchanges.push(e);
            Ok(())
        })
        .unwrap();
        assert_eq!((count, skipped.total()), (1, 1));
        assert_eq!(exchanges.len(), 1);
        let e = &exchanges[0];
        assert_eq!(e.response.version, "HTTP/2");
        assert_eq!(e.response.fields.get("Content-Range"), Some("bytes 0-1/9"));
        assert_eq!(
            e.request.as_ref().unwrap().fields.get("range"),
            Some("bytes=0-1")
        );
        assert_eq!(e.response.content.length, 2);
    }

    #[test]
    fn entries_the_server_never_sent_are_left_out_with_why() {
        let har = r#"{"log": {"entries": [
            {"request": {"method": "GET", "url": "data:image/png;base64,AAAA"},
             "response": {"status": 200, "headers": []}},
            {"request": {"method": "GET", "url": "https://a/sw"},
             "response": {"status": 200, "headers": [], "_fetchedViaServiceWorker": true}},
            {"request": {"method": "GET", "url": "https://a/cached"}, "_fromCache": "memory",
             "response": {"status": 200, "headers": []}},
            {"request": {"method": "GET", "url": "https://a/blocked"},
             "response": {"status": -1, "headers": []}},
            {"request": {"method": "GET", "url": "https://a/ok"},
             "response": {"status": "204", "headers": [], "bodySize": 180,
                          "content": {"size": 0}}},
            {"request": {"method": "GET", "url": "https://a/same"},
             "response": {"status": 304, "headers": [], "bodySize": 0,
                          "content": {"size": 1200}}}
        ]}}"#;
        let mut exchanges = Vec::new();
        let (count, skipped) = read(har.as_bytes(), &mut |e| {
            exchanges.push(e);
            Ok(())
        })
        .unwrap();
        assert_eq!((count, skipped.total()), (2, 4));
        assert_eq!(skipped.0, [1, 1, 1, 1]);
        // bodySize counts header bytes in some browsers: no content is read into it.
        assert_eq!(exchanges[0].response.code, 204);
        assert_eq!(exchanges[0].response.content.length, 0);
        // A 304 with the cached body's size is still the server's 304, with no content.
        assert_eq!(exchanges[1].response.code, 304);
        assert_eq!(exchanges[1].response.content.length, 0);
    }

    #[test]
    fn bad_har_files_are_refused() {
        let refuse = |text: &[u8]| read(text, &mut |_| Ok(()));
        assert!(matches!(refuse(b"{not json"), Err(ReadError::Har(_))));
        assert!(matches!(refuse(b"{\"log\": {}}"), Err(ReadError::Har(_))));
        assert!(matches!(
            refuse(b"{\"log\": {\"entries\": []}} trailing"),
            Err(ReadError::Har(_))
        ));
    }
}
