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
    /// Entries with no usable status (0, missing or out of range).
    skipped: usize,
    found: bool,
    /// The sink's own error, which the JSON reader cannot carry.
    stopped: Option<ReadError>,
}

/// Reads every entry of the HAR file in `input`, handing each usable one to `sink`.
/// Returns how many were handed on and how many were skipped for want of a status.
pub fn read(
    input: impl Read,
    sink: &mut dyn FnMut(Exchange) -> Result<(), ReadError>,
) -> Result<(usize, usize), ReadError> {
    let mut entries = Entries {
        sink,
        count: 0,
        skipped: 0,
        found: false,
        stopped: None,
    };
    let mut json = serde_json::Deserializer::from_reader(input);
    let result = Document(&mut entries)
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
        return Err(ReadError::NoResponse);
    }
    Ok((entries.count, entries.skipped))
}

/// The document: an object whose `log` is read, the rest skipped unread.
struct Document<'a, 's>(&'a mut Entries<'s>);
/// `log`: an object whose `entries` is read.
struct Log<'a, 's>(&'a mut Entries<'s>);
/// `log.entries`: each element read, turned into an exchange and handed on.
struct List<'a, 's>(&'a mut Entries<'s>);

impl<'de> DeserializeSeed<'de> for Document<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Document<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a HAR object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "log" {
                map.next_value_seed(Log(self.0))?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> DeserializeSeed<'de> for Log<'_, '_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Log<'_, '_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the log object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "entries" {
                map.next_value_seed(List(self.0))?;
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
            let Some(exchange) = entry(&value) else {
                entries.skipped += 1;
                continue;
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

fn entry(entry: &Value) -> Option<Exchange> {
    let response = &entry["response"];
    let code = u16::try_from(response["status"].as_u64()?).ok()?;
    // Browsers record 0 for a request that got no response.
    if !(100..=999).contains(&code) {
        return None;
    }
    let request = &entry["request"];
    let content = &response["content"];
    let body = text(&content["text"]);
    // bodySize is what came over the wire (-1 when unknown; 0 for a 304 served from cache).
    let length = response["bodySize"]
        .as_i64()
        .filter(|n| *n >= 0)
        .or_else(|| content["size"].as_i64().filter(|n| *n >= 0))
        .unwrap_or(body.len() as i64);
    let base64 = content["encoding"].as_str() == Some("base64");
    Some(Exchange {
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
        assert_eq!((count, skipped), (1, 1));
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
