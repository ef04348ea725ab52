//! Invariants of the vocabularies: every entry rests on a sentence found in its source text.

use std::collections::BTreeSet;

use super::{VOCABULARIES, fold};

/// The source texts of one vocabulary, from `tests/fixtures/vocabularies/KEY.txt`: blocks
/// that each start with a line `== DOCUMENT | URL`, followed by the text as published.
fn source_blocks(key: &str) -> Vec<(String, String, String)> {
    let path = format!(
        "{}/tests/fixtures/vocabularies/{key}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut blocks: Vec<(String, String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(header) = line.strip_prefix("== ") {
            let (document, url) = header.split_once(" | ").expect("== DOCUMENT | URL");
            blocks.push((document.trim().into(), url.trim().into(), String::new()));
        } else if let Some((_, _, body)) = blocks.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    blocks
}

/// Text with every run of white space made one space, and typographic quotes made plain.
fn squeezed(text: &str) -> String {
    text.replace(['\u{201c}', '\u{201d}'], "\"")
        .replace(['\u{2018}', '\u{2019}'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_entry_quotes_its_source_word_for_word() {
    for vocabulary in VOCABULARIES {
        if vocabulary.entries.is_empty() {
            continue;
        }
        let blocks = source_blocks(vocabulary.key);
        for entry in vocabulary.entries {
            let source = entry.source;
            assert!(
                source.url.starts_with("https://"),
                "{} {}: a link to the source",
                vocabulary.key,
                entry.name
            );
            let quote = squeezed(entry.quote);
            assert!(
                quote.len() >= 10,
                "{} {}: a quote",
                vocabulary.key,
                entry.name
            );
            let found = blocks
                .iter()
                .filter(|(document, _, _)| *document == source.document)
                .any(|(_, _, body)| squeezed(body).contains(&quote));
            assert!(
                found,
                "{} {} ({}): the quote is not in a '{}' block of the source text: {quote}",
                vocabulary.key, entry.name, entry.status, source.document
            );
        }
    }
}

#[test]
fn every_source_block_is_cited_and_linked() {
    for vocabulary in VOCABULARIES {
        if vocabulary.entries.is_empty() {
            continue;
        }
        for (document, url, _) in source_blocks(vocabulary.key) {
            assert!(url.starts_with("https://"), "{document}: {url}");
            assert!(
                vocabulary
                    .entries
                    .iter()
                    .any(|e| e.source.document == document),
                "{}: no entry cites '{document}'",
                vocabulary.key
            );
        }
    }
}

#[test]
fn entries_are_well_formed() {
    let mut keys = std::collections::BTreeMap::new();
    for vocabulary in VOCABULARIES {
        assert!(
            vocabulary.entries.is_empty() || !vocabulary.about.is_empty(),
            "{}",
            vocabulary.key
        );
        for word in std::iter::once(vocabulary.key).chain(vocabulary.aliases.iter().copied()) {
            let owner = keys.entry(fold(word)).or_insert(vocabulary.key);
            assert_eq!(*owner, vocabulary.key, "two vocabularies are named {word}");
        }
        let mut seen = BTreeSet::new();
        for entry in vocabulary.entries {
            assert!(
                (100..=599).contains(&entry.status),
                "{} {}",
                vocabulary.key,
                entry.name
            );
            // A vendor's number (499 Client Closed Request) is allowed: the card says whose.
            assert!(
                !crate::db::meanings(entry.status).is_empty(),
                "{} {}: {} is a known code",
                vocabulary.key,
                entry.name,
                entry.status
            );
            assert!(!entry.name.trim().is_empty() && !entry.meaning.is_empty());
            assert!(
                entry.meaning.chars().count() <= 160,
                "{} {}: the meaning is one line",
                vocabulary.key,
                entry.name
            );
            assert!(
                seen.insert((
                    entry.name,
                    entry.status,
                    entry.direction.key(),
                    entry.context
                )),
                "{} {} {} twice",
                vocabulary.key,
                entry.name,
                entry.status
            );
        }
    }
}

#[test]
fn every_vocabulary_has_its_table() {
    for vocabulary in VOCABULARIES {
        assert!(
            vocabulary.entries.len() >= 10,
            "{}: {} entries",
            vocabulary.key,
            vocabulary.entries.len()
        );
    }
    let grpc = super::vocabulary("grpc").unwrap();
    let numbers: BTreeSet<u32> = grpc.entries.iter().filter_map(|e| e.number).collect();
    assert_eq!(numbers, (0..=16).collect(), "every gRPC code");
}
