//! JSON rendering: one object per code meaning, versioned by `SCHEMA_VERSION`.

use std::cell::Cell;
use std::io::{self, Write};

use crate::search::Field;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::term::{body_text, cache_text, method_text};
use crate::db::vocab::{self, Entry, Vocabulary};
use crate::db::{self, Cache, HeaderUsage, Standing, Status};
use crate::send;

/// Bumped when a field is removed or changes meaning; adding fields keeps the version.
pub const SCHEMA_VERSION: u32 = 2;

/// A sequence written element by element as the serializer reaches it, so that a long list
/// (thousands of status objects) is never held in memory whole.
pub struct Streamed<I>(Cell<Option<I>>);

impl<I: Iterator<Item = Value>> Streamed<I> {
    pub fn new(items: I) -> Streamed<I> {
        Streamed(Cell::new(Some(items)))
    }
}

impl<I: Iterator<Item = Value>> serde::Serialize for Streamed<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.take() {
            Some(items) => serializer.collect_seq(items),
            None => serializer.collect_seq(std::iter::empty::<Value>()),
        }
    }
}

/// JSON laid out as serde_json's pretty printer does, with one difference: characters a
/// terminal would act on or that reorder text (DEL, the C1 controls, bidirectional and
/// invisible formatting, as `safe` lists them) are written as `\uXXXX` escapes, so that JSON
/// printed to a terminal is as safe as the text output. The text after parsing is exact.
pub struct SafeFormatter(PrettyFormatter<'static>);

impl Default for SafeFormatter {
    fn default() -> Self {
        SafeFormatter(PrettyFormatter::new())
    }
}

impl Formatter for SafeFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (at, c) in fragment.char_indices() {
            if crate::safe::is_unsafe(c) {
                writer.write_all(&fragment.as_bytes()[start..at])?;
                write!(writer, "\\u{:04x}", c as u32)?;
                start = at + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Writes `value` as pretty, terminal-safe JSON (see `SafeFormatter`) and a newline.
pub fn write(out: &mut impl Write, value: &impl serde::Serialize) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, SafeFormatter::default());
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    writeln!(out)
}

/// `value` as pretty, terminal-safe JSON text.
pub fn to_string(value: &impl serde::Serialize) -> io::Result<String> {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, SafeFormatter::default());
    value.serialize(&mut serializer).map_err(io::Error::from)?;
    Ok(String::from_utf8(out).expect("JSON is UTF-8"))
}

/// Writes `items` as a pretty JSON array and a newline, one element at a time.
pub fn write_array(out: &mut impl Write, items: impl Iterator<Item = Value>) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, SafeFormatter::default());
    serializer.collect_seq(items).map_err(io::Error::from)?;
    writeln!(out)
}

/// Writes a pretty JSON object and a newline: the fields `before`, then the streamed one,
/// then the fields `after`, in that order.
pub fn write_object<I: Iterator<Item = Value>>(
    out: &mut impl Write,
    before: &[(&str, Value)],
    streamed: (&str, Streamed<I>),
    after: &[(&str, Value)],
) -> io::Result<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, SafeFormatter::default());
    let mut map = serializer.serialize_map(None).map_err(io::Error::from)?;
    for (key, value) in before {
        map.serialize_entry(key, value).map_err(io::Error::from)?;
    }
    map.serialize_entry(streamed.0, &streamed.1)
        .map_err(io::Error::from)?;
    for (key, value) in after {
        map.serialize_entry(key, value).map_err(io::Error::from)?;
    }
    map.end().map_err(io::Error::from)?;
    writeln!(out)
}

/// Everything known about one meaning of a code, with the other meanings of the number.
pub fn status(status: &Status, others: &[&Status]) -> Value {
    let mut record = Record::of(status);
    record.also_used_as = Some(others.iter().map(|s| Record::of(s)).collect());
    to_value(record)
}

/// An unassigned number, with the x00 code a client should treat it as.
pub fn unassigned(code: u16, fallback: &Status) -> Value {
    to_value(Unassigned {
        schema_version: SCHEMA_VERSION,
        code,
        name: "Unassigned",
        class: class_label(code),
        standing: "unassigned",
        official: false,
        summary: format!(
            "Not registered; RFC 9110 §15 says to treat it as {}.",
            fallback.code
        ),
        treat_as: status(fallback, &[]),
    })
}

#[derive(Serialize)]
struct Unassigned {
    schema_version: u32,
    code: u16,
    name: &'static str,
    class: String,
    standing: &'static str,
    official: bool,
    summary: String,
    treat_as: Value,
}

/// One search result, as `schemas/search.schema.json` describes it.
#[derive(Serialize)]
struct HitFields {
    schema_version: u32,
    code: u16,
    name: &'static str,
    official: bool,
    vendor: Option<&'static str>,
    situation: Option<&'static str>,
    situation_id: Option<&'static str>,
    why: &'static str,
    alternatives: Vec<AlternativeCode>,
    score: u32,
    field: &'static str,
    matched: String,
    protocol: Option<EntryFields>,
}

/// A code that fits instead, and when: in search hits and `which` leaves alike.
#[derive(Serialize)]
pub struct AlternativeCode {
    pub code: u16,
    pub name: Option<&'static str>,
    pub when: &'static str,
}

impl AlternativeCode {
    pub fn of(alternative: &db::Alternative) -> AlternativeCode {
        AlternativeCode {
            code: alternative.code,
            name: db::lead(alternative.code).map(|s| s.name),
            when: alternative.when,
        }
    }
}

/// One search result: who matched, how well, and where.
pub fn hit(hit: &crate::search::Hit) -> Value {
    let vendor = match hit.status.standing {
        Standing::Unofficial { vendor, .. } => Some(vendor),
        _ => None,
    };
    let answers = hit.situation.filter(|_| hit.field != Field::Alternative);
    let alternatives = answers
        .map(|s| s.alternatives)
        .unwrap_or_default()
        .iter()
        .map(AlternativeCode::of)
        .collect();
    to_value(HitFields {
        schema_version: SCHEMA_VERSION,
        code: hit.status.code,
        name: hit.status.name,
        official: hit.status.is_official(),
        vendor,
        situation: hit.situation.map(|s| s.title),
        situation_id: hit.situation.map(|s| s.id),
        why: hit.why(),
        alternatives,
        score: hit.score,
        field: hit.field.label(),
        matched: hit.matched.clone(),
        protocol: hit.entry.map(|(v, e)| entry_fields(v, e)),
    })
}

/// A record as a JSON value, to be written or placed in another.
pub fn to_value(record: impl Serialize) -> Value {
    serde_json::to_value(record).expect("records are plain data")
}

fn class_label(code: u16) -> String {
    format!("{}xx", code / 100)
}

/// One meaning of a code as `schemas/status.schema.json` describes it: the schema's fields
/// in its order, each a field here that the compiler checks.
#[derive(Serialize)]
struct Record {
    schema_version: u32,
    code: u16,
    name: &'static str,
    class: String,
    standing: &'static str,
    official: bool,
    vendor: Option<&'static str>,
    verified: bool,
    expires: Option<&'static str>,
    expired: Option<bool>,
    former_names: Vec<FormerName>,
    spec: Option<SpecRef>,
    summary: &'static str,
    meaning: &'static str,
    use_when: &'static [&'static str],
    avoid: &'static [&'static str],
    on_receipt: &'static str,
    examples: Vec<Example>,
    headers: Vec<HeaderField>,
    properties: Properties,
    related: Vec<RelatedCode>,
    constants: Vec<ConstantName>,
    keywords: &'static [&'static str],
    send: Vec<SnippetFields>,
    protocols: Vec<EntryFields>,
    /// The other meanings of the number, on the record asked for only.
    #[serde(skip_serializing_if = "Option::is_none")]
    also_used_as: Option<Vec<Record>>,
}

#[derive(Serialize)]
struct FormerName {
    name: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct SpecRef {
    document: &'static str,
    section: Option<&'static str>,
    url: String,
}

#[derive(Serialize)]
struct Example {
    title: &'static str,
    request: &'static str,
    response: &'static str,
}

#[derive(Serialize)]
struct HeaderField {
    name: &'static str,
    usage: &'static str,
    why: &'static str,
    source: &'static str,
}

#[derive(Serialize)]
struct Properties {
    cacheable: &'static str,
    cache_note: Option<String>,
    retry: &'static str,
    body_allowed: bool,
    body: &'static str,
    redirect: Option<Redirect>,
}

#[derive(Serialize)]
struct Redirect {
    permanent: bool,
    method_kept: bool,
    method: &'static str,
}

#[derive(Serialize)]
struct RelatedCode {
    code: u16,
    name: Option<&'static str>,
    how: &'static str,
}

#[derive(Serialize)]
struct ConstantName {
    ecosystem: &'static str,
    library: &'static str,
    name: &'static str,
    deprecated: bool,
}

impl Record {
    fn of(status: &Status) -> Record {
        let (vendor, verified) = match status.standing {
            Standing::Unofficial { vendor, verified } => (Some(vendor), verified),
            _ => (None, true),
        };
        let expires = match status.standing {
            Standing::Temporary { expires } => Some(expires),
            _ => None,
        };
        Record {
            schema_version: SCHEMA_VERSION,
            code: status.code,
            name: status.name,
            class: class_label(status.code),
            standing: status.standing.label(),
            official: status.is_official(),
            vendor,
            verified,
            expires,
            expired: status.standing.expired_on(&db::today()),
            former_names: status
                .former_names
                .iter()
                .map(|a| FormerName {
                    name: a.name,
                    source: a.source,
                })
                .collect(),
            spec: status.spec.map(|spec| SpecRef {
                document: spec.document,
                section: spec.section,
                url: spec.url(),
            }),
            summary: status.summary,
            meaning: status.meaning,
            use_when: status.use_when,
            avoid: status.avoid,
            on_receipt: status.on_receipt,
            examples: status
                .examples
                .iter()
                .map(|e| Example {
                    title: e.title,
                    request: e.request,
                    response: e.response,
                })
                .collect(),
            headers: status
                .headers
                .iter()
                .map(|h| HeaderField {
                    name: h.name,
                    usage: header_usage_key(h.usage),
                    why: h.why,
                    source: h.source,
                })
                .collect(),
            properties: Properties {
                cacheable: cache_key(status.cache),
                cache_note: cache_text(status.cache),
                retry: status.retry,
                body_allowed: status.body == db::Body::Allowed,
                body: body_text(status),
                redirect: status.redirect.map(|r| Redirect {
                    permanent: r.permanent,
                    method_kept: r.method == db::MethodRule::Kept,
                    method: method_text(r.method),
                }),
            },
            related: status
                .related
                .iter()
                .map(|r| RelatedCode {
                    code: r.code,
                    name: db::meanings(r.code).first().map(|s| s.name),
                    how: r.how,
                })
                .collect(),
            constants: db::constants_of(status)
                .map(|c| ConstantName {
                    ecosystem: c.ecosystem.key(),
                    library: c.ecosystem.label(),
                    name: c.name,
                    deprecated: c.deprecated,
                })
                .collect(),
            keywords: status.keywords,
            send: send_snippets(status),
            protocols: db::vocab::for_code(status.code)
                .into_iter()
                .flat_map(|(v, entries)| entries.into_iter().map(move |e| entry_fields(v, e)))
                .collect(),
            also_used_as: None,
        }
    }
}

fn cache_key(cache: Cache) -> &'static str {
    match cache {
        Cache::Heuristic(_) => "by_default",
        Cache::ExplicitOnly(_) => "explicit_only",
        Cache::Never(_) => "never",
        Cache::Interim => "never",
        Cache::Unspecified => "unspecified",
    }
}

/// The JSON name of a header's usage.
fn header_usage_key(usage: HeaderUsage) -> &'static str {
    match usage {
        HeaderUsage::Must => "must",
        HeaderUsage::Should => "should",
        HeaderUsage::May => "may",
        HeaderUsage::Request => "request",
    }
}

/// One vocabulary entry looked up by name: its fields, how a client reads the status back
/// where the vocabulary says, and the status object of the code it maps to.
pub fn entry(vocabulary: &'static Vocabulary, entry: &'static Entry) -> Value {
    let mut value = to_value(entry_fields(vocabulary, entry));
    value["schema_version"] = Value::from(SCHEMA_VERSION);
    value["reverse"] = match vocab::reverse_of(vocabulary, entry) {
        Some(reverse) => to_value(entry_fields(vocabulary, reverse)),
        None => Value::Null,
    };
    value["status"] = match db::lead(entry.status) {
        Some(status) => self::status(status, &[]),
        None => Value::Null,
    };
    value
}

/// A whole vocabulary: what it is and every entry.
pub fn vocabulary(vocabulary: &'static Vocabulary) -> Value {
    to_value(VocabularyFields {
        schema_version: SCHEMA_VERSION,
        key: vocabulary.key,
        name: vocabulary.name,
        aliases: vocabulary.aliases,
        about: vocabulary.about,
        entries: vocabulary
            .entries
            .iter()
            .map(|e| entry_fields(vocabulary, e))
            .collect(),
    })
}

/// A whole vocabulary, as `schemas/protocol.schema.json` describes it.
#[derive(Serialize)]
struct VocabularyFields {
    schema_version: u32,
    key: &'static str,
    name: &'static str,
    aliases: &'static [&'static str],
    about: &'static str,
    entries: Vec<EntryFields>,
}

/// The fields every protocol entry object has, in a card, a list or a lookup, as
/// `schemas/protocol-entry.schema.json` describes them.
#[derive(Serialize)]
struct EntryFields {
    vocabulary: &'static str,
    vocabulary_name: &'static str,
    name: &'static str,
    number: Option<u32>,
    code: u16,
    code_name: Option<&'static str>,
    direction: &'static str,
    context: Option<&'static str>,
    meaning: &'static str,
    source: EntrySource,
    quote: String,
}

#[derive(Serialize)]
struct EntrySource {
    document: &'static str,
    section: Option<&'static str>,
    url: &'static str,
    cite: String,
}

fn entry_fields(vocabulary: &'static Vocabulary, entry: &'static Entry) -> EntryFields {
    EntryFields {
        vocabulary: vocabulary.key,
        vocabulary_name: vocabulary.name,
        name: entry.name,
        number: entry.number,
        code: entry.status,
        code_name: db::lead(entry.status).map(|s| s.name),
        direction: entry.direction.key(),
        context: entry.context,
        meaning: entry.meaning,
        source: EntrySource {
            document: entry.source.document,
            section: entry.source.section,
            url: entry.source.url,
            cite: entry.source.cite(),
        },
        quote: entry.quote.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// A framework's lines for a code, in a status record's `send`.
#[derive(Serialize)]
struct SnippetFields {
    framework: &'static str,
    label: &'static str,
    version: &'static str,
    language: &'static str,
    runs: bool,
    lines: String,
    note: Option<&'static str>,
    headers: Vec<&'static str>,
}

/// How to send the code in each framework that has a snippet for it; none for a vendor's
/// meaning of a number.
fn send_snippets(status: &Status) -> Vec<SnippetFields> {
    if !status.is_official() {
        return Vec::new();
    }
    send::frameworks_for(status.code)
        .into_iter()
        .filter_map(|f| send::snippet(f, status.code))
        .map(|snippet| {
            let framework = snippet.framework;
            SnippetFields {
                framework: framework.key(),
                label: framework.label(),
                version: framework.version(),
                language: framework.language(),
                runs: snippet.runs(),
                note: snippet.note,
                headers: send::needs::Needs::of(status.code)
                    .map(|n| n.headers.iter().map(|(name, _)| *name).collect())
                    .unwrap_or_default(),
                lines: snippet.lines,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// Counts the bytes written through it.
    struct Probe(Rc<RefCell<usize>>);

    impl Write for Probe {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            *self.0.borrow_mut() += bytes.len();
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn arrays_are_written_as_their_elements_are_made() {
        let written = Rc::new(RefCell::new(0));
        let mut seen = Vec::new();
        let counter = Rc::clone(&written);
        let items = (0..5).map(|i| {
            seen.push(*counter.borrow());
            serde_json::json!({ "i": i, "text": "x".repeat(100) })
        });
        write_array(&mut Probe(Rc::clone(&written)), items).unwrap();
        // Each element is made only after the ones before it were written out.
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    }
}
