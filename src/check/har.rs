//! Reads the exchanges of a HAR file (HTTP Archive 1.2, as browsers' developer tools export
//! it). The file is JSON and is read whole, up to `HAR_LIMIT` bytes.

use std::io::Read;

use serde_json::Value;

use super::message::{Content, Exchange, Fields, Request, Response};
use super::parse::{CONTENT_KEPT, FIELDS_KEPT, MAX_RESPONSES, ReadError};

/// The largest HAR file read.
pub const HAR_LIMIT: u64 = 256 * 1024 * 1024;

pub fn read(input: impl Read) -> Result<Vec<Exchange>, ReadError> {
    let mut bytes = Vec::new();
    input.take(HAR_LIMIT + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > HAR_LIMIT {
        return Err(ReadError::Har(format!(
            "the HAR file is larger than {} MiB",
            HAR_LIMIT / 1024 / 1024
        )));
    }
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|e| ReadError::Har(format!("not valid JSON ({e})")))?;
    let entries = value["log"]["entries"]
        .as_array()
        .ok_or_else(|| ReadError::Har("no log.entries array".into()))?;
    if entries.len() > MAX_RESPONSES {
        return Err(ReadError::TooMany);
    }
    let exchanges: Vec<Exchange> = entries.iter().filter_map(entry).collect();
    if exchanges.is_empty() {
        return Err(ReadError::NoResponse);
    }
    Ok(exchanges)
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
    if code == 0 {
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
        request: request["method"].as_str().map(|method| Request {
            method: method.to_string(),
            target: text(&request["url"]),
            version: version(&request["httpVersion"]),
            fields: fields(&request["headers"]),
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
        let exchanges = read(har.as_bytes()).unwrap();
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
        assert!(matches!(read(&b"{not json"[..]), Err(ReadError::Har(_))));
        assert!(matches!(
            read(&b"{\"log\": {}}"[..]),
            Err(ReadError::Har(_))
        ));
    }
}
