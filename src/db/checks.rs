//! Data invariants: the database held against the reference files in tests/fixtures.

use std::collections::{BTreeMap, BTreeSet};

use super::*;

fn fixture(name: &str) -> Vec<BTreeMap<String, String>> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|row| {
            let row = row.unwrap();
            headers
                .iter()
                .zip(row.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// Registry rows that name one code (not the "Unassigned" ranges).
fn iana_codes() -> Vec<(u16, String)> {
    fixture("iana-status-codes.csv")
        .into_iter()
        .filter(|row| row["description"] != "Unassigned")
        .filter_map(|row| Some((row["value"].parse().ok()?, row["description"].clone())))
        .collect()
}

/// The registry description without its status remarks: "Not Extended (OBSOLETED)" is named
/// "Not Extended", and 104's "(TEMPORARY - ...)" note is carried by its standing.
fn registry_name(description: &str) -> &str {
    match description.find(" (") {
        Some(at) if !description.starts_with('(') => &description[..at],
        _ => description,
    }
}

#[test]
fn every_registry_code_is_present_with_its_registry_name() {
    let codes = iana_codes();
    assert_eq!(codes.len(), 64, "the fixture lists 64 registered values");
    for (code, description) in &codes {
        let status = registered_code(*code).unwrap_or_else(|| panic!("{code} missing"));
        assert_eq!(status.name, registry_name(description), "{code}");
    }
    let registry: BTreeSet<u16> = codes.iter().map(|(c, _)| *c).collect();
    for status in registered() {
        assert!(
            registry.contains(&status.code),
            "{} is not in the registry",
            status.code
        );
    }
}

#[test]
fn registry_remarks_are_standings() {
    for (code, description) in iana_codes() {
        let standing = registered_code(code).unwrap().standing;
        if description.contains("OBSOLETED") {
            assert_eq!(standing, Standing::Obsoleted, "{code}");
        } else if description.contains("TEMPORARY") {
            assert!(matches!(standing, Standing::Temporary { .. }), "{code}");
        } else if description == "(Unused)" {
            assert_eq!(standing, Standing::Reserved, "{code}");
        } else {
            assert!(
                matches!(standing, Standing::Standard | Standing::Deprecated),
                "{code}: {standing:?}"
            );
        }
    }
    assert_eq!(registered_code(305).unwrap().standing, Standing::Deprecated);
    assert_eq!(
        registered_code(104).unwrap().standing,
        Standing::Temporary {
            expires: "2026-11-13"
        }
    );
}

#[test]
fn every_spec_reference_matches_the_section_table() {
    let mut seen = BTreeSet::new();
    for row in fixture("rfc9110-sections.csv") {
        let code: u16 = row["code"].parse().unwrap();
        // The first row for a code is its current definition; later rows are superseded ones.
        if !seen.insert(code) {
            continue;
        }
        let status = registered_code(code).unwrap();
        let spec = status.spec.unwrap_or_else(|| panic!("{code} has no spec"));
        let document = row["rfc"].replacen("RFC", "RFC ", 1);
        assert_eq!(spec.document, document, "{code}");
        let section = Some(row["section"].as_str()).filter(|s| !s.is_empty());
        assert_eq!(spec.section, section, "{code}");
    }
    assert_eq!(seen.len(), 64);
}

#[test]
fn cacheability_follows_the_rfcs() {
    for row in fixture("rfc9110-sections.csv") {
        if row["heuristically_cacheable_rfc9110_15_1"].is_empty() {
            continue;
        }
        let code: u16 = row["code"].parse().unwrap();
        let cache = registered_code(code).unwrap().cache;
        match (
            code / 100,
            row["heuristically_cacheable_rfc9110_15_1"].as_str(),
        ) {
            (1, _) => assert_eq!(cache, Cache::Interim, "{code}"),
            (_, "yes") => assert_eq!(cache, Cache::Heuristic("RFC 9110 §15.1"), "{code}"),
            _ => assert!(matches!(cache, Cache::ExplicitOnly(_)), "{code}: {cache:?}"),
        }
    }
    assert_eq!(
        registered_code(451).unwrap().cache,
        Cache::Heuristic("RFC 7725 §3")
    );
    assert!(matches!(
        registered_code(425).unwrap().cache,
        Cache::ExplicitOnly(_)
    ));
    for code in [428, 429, 431, 511] {
        assert!(
            matches!(registered_code(code).unwrap().cache, Cache::Never(_)),
            "{code}"
        );
    }
}

#[test]
fn codes_are_ordered_unique_and_in_their_class() {
    let codes: Vec<u16> = registered().map(|s| s.code).collect();
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "registered codes sorted and unique"
    );
    let vendor: Vec<u16> = unofficial().map(|s| s.code).collect();
    assert!(
        vendor.windows(2).all(|w| w[0] <= w[1]),
        "unofficial codes sorted"
    );
    for status in all() {
        assert!((100..=599).contains(&status.code), "{}", status.code);
        assert!(class(status.class()).is_some());
    }
    for digit in 1..=5u16 {
        assert!(
            registered_code(digit * 100).is_some(),
            "every class has its x00 code"
        );
    }
}

#[test]
fn every_unofficial_row_is_present_and_marked() {
    let rows = fixture("unofficial-codes.csv");
    let mut expected: BTreeMap<u16, usize> = BTreeMap::new();
    for row in &rows {
        *expected.entry(row["code"].parse().unwrap()).or_default() += 1;
    }
    let mut actual: BTreeMap<u16, usize> = BTreeMap::new();
    for status in unofficial() {
        assert!(
            matches!(status.standing, Standing::Unofficial { vendor, .. } if !vendor.is_empty()),
            "{} {} must name its vendor",
            status.code,
            status.name
        );
        assert!(status.spec.is_none(), "{}", status.code);
        *actual.entry(status.code).or_default() += 1;
    }
    assert_eq!(actual, expected);
    for row in rows
        .iter()
        .filter(|r| r["verification"].starts_with("NOT verified"))
    {
        let code: u16 = row["code"].parse().unwrap();
        assert!(
            unofficial().any(|s| s.code == code
                && matches!(
                    s.standing,
                    Standing::Unofficial {
                        verified: false,
                        ..
                    }
                )),
            "{code} is unverified"
        );
    }
}

#[test]
fn registered_meaning_leads_over_vendor_reuse() {
    for code in [103, 418, 421, 451] {
        let meanings = meanings(code);
        assert!(meanings[0].is_official(), "{code}");
        assert!(meanings.len() > 1, "{code} has a vendor use too");
    }
}

#[test]
fn every_record_is_explained() {
    for status in all() {
        let code = status.code;
        assert!(!status.name.is_empty(), "{code}");
        assert!(!status.summary.is_empty(), "{code} summary");
        assert!(
            status.summary.chars().count() <= 100,
            "{code} summary is one line"
        );
        assert!(!status.meaning.is_empty(), "{code} meaning");
        assert!(!status.on_receipt.is_empty(), "{code} on_receipt");
        assert!(!status.retry.is_empty(), "{code} retry");
        assert!(!status.keywords.is_empty(), "{code} keywords");
    }
    for status in registered() {
        let code = status.code;
        assert!(!status.use_when.is_empty(), "{code} use_when");
        assert!(!status.avoid.is_empty(), "{code} avoid");
        assert!(!status.examples.is_empty(), "{code} examples");
        assert!(!status.related.is_empty(), "{code} related");
        assert_ne!(status.cache, Cache::Unspecified, "{code} cache");
        let shows_code = |e: &&Example| e.response.contains(&format!("HTTP/1.1 {code} "));
        assert!(
            status.examples.iter().any(|e| shows_code(&e)),
            "{code}: an example shows it"
        );
        for example in status.examples {
            let request_line = example.request.lines().next().unwrap_or_default();
            assert!(request_line.contains(" HTTP/"), "{code}: {request_line}");
        }
    }
}

#[test]
fn related_codes_exist_and_differ() {
    for status in all() {
        for related in status.related {
            assert!(
                !meanings(related.code).is_empty(),
                "{} relates to unknown {}",
                status.code,
                related.code
            );
            assert!(!related.how.is_empty());
        }
    }
}

#[test]
fn bodies_and_redirects() {
    for status in registered() {
        let never = status.class() == 1 || [204, 205, 304].contains(&status.code);
        assert_eq!(status.body == Body::Never, never, "{}", status.code);
        if status.class() == 1 {
            assert_eq!(status.cache, Cache::Interim, "{}", status.code);
        }
    }
    let expect = [
        (301, true, MethodRule::PostMayBecomeGet),
        (302, false, MethodRule::PostMayBecomeGet),
        (303, false, MethodRule::BecomesGet),
        (307, false, MethodRule::Kept),
        (308, true, MethodRule::Kept),
    ];
    for (code, permanent, method) in expect {
        assert_eq!(
            registered_code(code).unwrap().redirect,
            Some(Redirect { permanent, method }),
            "{code}"
        );
    }
    for code in [304, 305, 306] {
        assert_eq!(registered_code(code).unwrap().redirect, None, "{code}");
    }
}

#[test]
fn companion_headers_are_named() {
    let rules: &[(u16, &str)] = &[
        (100, "Expect"),
        (101, "Upgrade"),
        (201, "Location"),
        (206, "Content-Range"),
        (206, "Range"),
        (301, "Location"),
        (302, "Location"),
        (303, "Location"),
        (307, "Location"),
        (308, "Location"),
        (304, "ETag"),
        (304, "If-None-Match"),
        (304, "If-Modified-Since"),
        (401, "WWW-Authenticate"),
        (405, "Allow"),
        (407, "Proxy-Authenticate"),
        (412, "If-Match"),
        (416, "Content-Range"),
        (417, "Expect"),
        (426, "Upgrade"),
        (428, "If-Match"),
        (429, "Retry-After"),
        (503, "Retry-After"),
    ];
    for (code, header) in rules {
        let status = registered_code(*code).unwrap();
        assert!(
            status
                .headers
                .iter()
                .any(|h| h.name.eq_ignore_ascii_case(header)),
            "{code} should name {header}"
        );
    }
    for status in all() {
        for header in status.headers {
            assert!(
                !header.why.is_empty() && !header.source.is_empty(),
                "{}",
                status.code
            );
        }
    }
}

#[test]
fn comparisons_cover_the_famous_confusions() {
    let wanted: &[&[u16]] = &[
        &[401, 403],
        &[400, 422],
        &[404, 410],
        &[403, 404],
        &[409, 412],
        &[405, 501],
        &[500, 503],
        &[502, 504],
        &[200, 201, 204],
        &[301, 302, 303, 307, 308],
    ];
    for codes in wanted {
        let found = comparison_for(codes).unwrap_or_else(|| panic!("{codes:?}"));
        let mut a = found.codes.to_vec();
        let mut b = codes.to_vec();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(a, b);
    }
    for comparison in COMPARISONS {
        assert_eq!(
            comparison.codes.len(),
            comparison.rules.len(),
            "{}",
            comparison.title
        );
        for code in comparison.codes {
            assert!(registered_code(*code).is_some(), "{code}");
        }
    }
}

#[test]
fn every_constant_in_the_table_resolves_to_its_code() {
    let columns = [
        "python_httpstatus",
        "go_net_http",
        "rust_http_crate",
        "java_spring_httpstatus",
        "dotnet_httpstatuscode",
        "ruby_rack_symbol",
        "php_symfony",
    ];
    let mut checked = 0;
    for row in fixture("constants.csv") {
        let code: u16 = row["code"].parse().unwrap();
        for column in columns {
            for part in row[column].split(" | ").filter(|p| !p.is_empty()) {
                let name = part.split(" (").next().unwrap().split(':').next().unwrap();
                let name = if column == "ruby_rack_symbol" {
                    part.split(" (").next().unwrap()
                } else {
                    name
                };
                assert_eq!(constants::resolve(name), Some(code), "{column} {name}");
                checked += 1;
            }
        }
        if !row["node_status_codes"].is_empty() {
            let phrase = &row["node_status_codes"];
            let status = by_name(phrase).unwrap_or_else(|| panic!("node phrase {phrase}"));
            assert_eq!(status.code, code, "node phrase {phrase}");
        }
    }
    assert!(checked > 400, "{checked}");
}

/// The RFC sentences the cards' normative levels rest on, from every file of the folder.
fn rfc_sentences() -> Vec<BTreeMap<String, String>> {
    let dir = format!(
        "{}/tests/fixtures/rfc-sentences",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|f| f.ends_with(".csv"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            fixture(&format!("rfc-sentences/{f}"))
                .into_iter()
                .map(move |mut row| {
                    row.insert("file".into(), f.clone());
                    row
                })
        })
        .collect()
}

#[test]
fn quoted_rfc_sentences_carry_the_level_they_are_filed_under() {
    let sentences = rfc_sentences();
    assert!(sentences.len() >= 100, "{}", sentences.len());
    let mut seen = BTreeSet::new();
    for row in &sentences {
        let (document, section, level, sentence) = (
            &row["document"],
            &row["section"],
            &row["level"],
            &row["sentence"],
        );
        assert!(!document.is_empty() && !section.is_empty(), "{row:?}");
        // "(no keyword)" marks a sentence quoted for a fact that no BCP 14 word states.
        if level != "(no keyword)" {
            assert!(
                [
                    "MUST",
                    "MUST NOT",
                    "SHOULD",
                    "SHOULD NOT",
                    "MAY",
                    "REQUIRED",
                    "RECOMMENDED",
                    "OPTIONAL"
                ]
                .contains(&level.as_str()),
                "{row:?}"
            );
            // BCP 14 words of the same level (RFC 2119 §1-5).
            let words: &[&str] = match level.as_str() {
                "MUST" | "REQUIRED" => &["MUST", "REQUIRED", "SHALL"],
                "MUST NOT" => &["MUST NOT", "SHALL NOT"],
                "SHOULD" | "RECOMMENDED" => &["SHOULD", "RECOMMENDED"],
                "SHOULD NOT" => &["SHOULD NOT", "NOT RECOMMENDED"],
                _ => &["MAY", "OPTIONAL"],
            };
            assert!(
                words.iter().any(|w| sentence.contains(w)),
                "the sentence does not say {level}: {row:?}"
            );
        }
        // Each file stands on its own, so a sentence may appear in two files, not twice in one.
        assert!(
            seen.insert((&row["file"], document, section, sentence)),
            "quoted twice: {row:?}"
        );
    }
}

#[test]
fn every_header_rule_names_its_section_and_its_level_is_quoted() {
    let sentences = rfc_sentences();
    let quoted = |document: &str, section: &str, level: &str| {
        sentences.iter().any(|row| {
            row["document"] == document
                && row["section"] == section
                && row["level"].starts_with(level)
        })
    };
    for status in all() {
        for header in status.headers {
            let level = match header.usage {
                HeaderUsage::Must => "MUST",
                HeaderUsage::Should => "SHOULD",
                HeaderUsage::May | HeaderUsage::Request => continue,
            };
            let cited: Vec<(&str, &str)> = header
                .source
                .split(';')
                .filter_map(|part| {
                    let (document, section) = part.trim().split_once(" §")?;
                    Some((document, section.trim_end_matches('.')))
                })
                .collect();
            assert!(
                !cited.is_empty() || !header.source.starts_with("RFC"),
                "{} {}: an RFC rule names its section: {}",
                status.code,
                header.name,
                header.source
            );
            if cited.iter().any(|(d, _)| d.starts_with("RFC")) {
                assert!(
                    cited.iter().any(|(d, s)| quoted(d, s, level)),
                    "{} {} is {level} by {}, and no quoted sentence says so",
                    status.code,
                    header.name,
                    header.source
                );
            }
        }
    }
}
