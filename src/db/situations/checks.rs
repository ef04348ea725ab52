//! Data invariants of the situation catalogue.

use std::collections::BTreeSet;

use super::all;
use crate::db::{self, Standing};

#[test]
fn ids_are_unique_kebab_case() {
    let mut seen = BTreeSet::new();
    for s in all() {
        assert!(
            s.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}: ids are kebab-case",
            s.id
        );
        assert!(seen.insert(s.id), "{}: id used twice", s.id);
    }
}

#[test]
fn every_situation_names_a_code_that_exists() {
    for s in all() {
        match s.vendor {
            None => {
                let status = db::registered_code(s.code)
                    .unwrap_or_else(|| panic!("{}: {} is not registered", s.id, s.code));
                assert!(
                    !matches!(status.standing, Standing::Reserved | Standing::Obsoleted),
                    "{}: {} is not for sending",
                    s.id,
                    s.code
                );
            }
            Some(vendor) => assert!(
                db::meanings(s.code).iter().any(
                    |m| matches!(m.standing, Standing::Unofficial { vendor: v, .. } if v == vendor)
                ),
                "{}: no {} record from vendor {vendor:?}",
                s.id,
                s.code
            ),
        }
        for alt in s.alternatives {
            assert!(
                !db::meanings(alt.code).is_empty(),
                "{}: alternative {} does not exist",
                s.id,
                alt.code
            );
            assert_ne!(alt.code, s.code, "{}: an alternative is another code", s.id);
            assert!(
                !alt.when.trim().is_empty(),
                "{}: say when {} fits",
                s.id,
                alt.code
            );
        }
    }
}

#[test]
fn every_situation_is_written_out() {
    for s in all() {
        assert!(
            (8..=72).contains(&s.title.len()),
            "{}: a title is one short line",
            s.id
        );
        assert!(
            s.title
                .starts_with(|c: char| !c.is_ascii_uppercase() || s.title.starts_with("API")),
            "{}: titles read as part of a sentence (lowercase start)",
            s.id
        );
        assert!(s.phrasings.len() >= 3, "{}: at least three phrasings", s.id);
        let distinct: BTreeSet<&str> = s.phrasings.iter().copied().collect();
        assert_eq!(
            distinct.len(),
            s.phrasings.len(),
            "{}: repeated phrasing",
            s.id
        );
        assert!(
            s.why.ends_with('.') && s.why.len() >= 30,
            "{}: why is a sentence",
            s.id
        );
    }
}
