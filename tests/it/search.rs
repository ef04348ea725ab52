//! `httpcode search` and the bare-word fallback: relevance, typos, JSON, exit codes, speed-free.

use std::os::unix::ffi::OsStrExt;

use crate::common::{httpcode, json_of, stderr_of, stdout_of};

/// (query, code expected, within the top N results).
const RELEVANCE: &[(&str, u16, usize)] = &[
    // Situations, in a developer's words.
    ("timeout", 408, 3),
    ("timeout", 504, 3),
    ("rate limit", 429, 1),
    ("too large", 413, 2),
    ("maintenance", 503, 1),
    ("validation", 422, 1),
    ("validation failed", 422, 2),
    ("client went away", 499, 3),
    ("captive portal", 511, 1),
    ("wifi login", 511, 1),
    ("csrf token", 403, 1),
    ("csrf token", 419, 3),
    ("resume download", 206, 3),
    ("streaming video", 206, 1),
    ("websocket", 101, 1),
    ("legal", 451, 1),
    ("permission denied", 403, 1),
    ("expired token", 401, 1),
    ("empty body", 204, 2),
    ("async job", 202, 1),
    ("quota", 429, 3),
    ("backend down", 502, 3),
    ("duplicate", 409, 3),
    ("moved", 301, 2),
    ("cache", 304, 1),
    ("deleted", 410, 2),
    ("webdav", 207, 10),
    ("tls early data", 425, 1),
    // Typos: transpositions, dropped and doubled letters.
    ("unathorized", 401, 1),
    ("unauthroized", 401, 1),
    ("gatway", 502, 2),
    ("gatway timeout", 504, 1),
    ("forbiden", 403, 1),
    ("confict", 409, 1),
    ("unprocesable", 422, 1),
    // Current and former names.
    ("gateway timeout", 504, 1),
    ("payload too large", 413, 1),
    ("request entity too large", 413, 1),
    ("unprocessable entity", 422, 1),
    ("requested range not satisfiable", 416, 1),
    ("switch proxy", 306, 1),
    ("early hints", 103, 1),
    // Library constants.
    ("StatusTooManyRequests", 429, 1),
    ("HTTPStatus.UNPROCESSABLE_ENTITY", 422, 1),
    ("TOO_MANY_REQUESTS", 429, 1),
    (":unprocessable_content", 422, 1),
    // Vendors find their codes.
    ("nginx", 444, 3),
    ("nginx", 499, 6),
    ("cloudflare", 520, 10),
    ("aws", 460, 3),
    ("laravel", 419, 1),
    ("iis", 440, 2),
    ("origin unreachable", 523, 1),
    ("ssl handshake", 525, 1),
    // Headers lead to their codes.
    ("www-authenticate", 401, 1),
    ("content-range", 416, 2),
    ("retry-after", 503, 5),
    ("etag", 304, 3),
    // Numbers and prefixes.
    ("404", 404, 1),
    ("42", 429, 10),
];

#[test]
fn relevance_queries_put_the_right_codes_first() {
    let mut failures = Vec::new();
    for &(query, code, top) in RELEVANCE {
        let args = ["search", query, "--json", "--limit", "10"];
        let value = json_of(&args, 0);
        let codes: Vec<u64> = value
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["code"].as_u64().unwrap())
            .collect();
        let rank = codes.iter().position(|&c| c == u64::from(code));
        if rank.is_none_or(|r| r >= top) {
            failures.push(format!("{query:?}: {code} not in top {top}: {codes:?}"));
        }
    }
    assert!(RELEVANCE.len() >= 40);
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn results_say_why_they_matched_best_first() {
    let out = stdout_of(&["search", "rate", "limit"], 0);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("429") && first.contains("Too Many Requests"),
        "{out}"
    );
    assert!(
        first.contains("rate") || first.contains("requests"),
        "the reason is shown: {first}"
    );
    let value = json_of(&["search", "gateway", "--json"], 0);
    let hits = value.as_array().unwrap();
    let scores: Vec<u64> = hits.iter().map(|h| h["score"].as_u64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    for hit in hits {
        assert!(hit["name"].is_string() && hit["field"].is_string() && hit["matched"].is_string());
    }
}

#[test]
fn an_exact_name_alias_or_constant_ranks_first() {
    for (query, code) in [
        ("Not Found", 404),
        ("Payload Too Large", 413),
        ("StatusTeapot", 418),
    ] {
        let value = json_of(&["search", query, "--json"], 0);
        assert_eq!(value[0]["code"], code, "{query}");
    }
}

#[test]
fn a_name_said_whole_inside_a_question_points_at_its_code() {
    for (query, code) in [
        ("image type not acceptable", 406),
        ("what if the precondition failed on update", 412),
    ] {
        let value = json_of(&["search", query, "--json"], 0);
        assert_eq!(value[0]["code"], code, "{query}: {value}");
    }
}

#[test]
fn hits_far_below_the_best_are_left_out() {
    let value = json_of(&["search", "user", "is", "banned", "--json"], 0);
    let hits = value.as_array().unwrap();
    let best = hits[0]["score"].as_u64().unwrap();
    assert_eq!(hits[0]["code"], 403);
    assert!(
        hits.iter()
            .all(|h| h["score"].as_u64().unwrap() * 20 >= best),
        "{value}"
    );
    assert!(
        hits.iter().all(|h| h["code"] != 423),
        "no WebDAV lock: {value}"
    );
}

#[test]
fn limit_caps_the_results() {
    let value = json_of(&["search", "error", "--json", "--limit", "3"], 0);
    assert!(value.as_array().unwrap().len() <= 3);
    let out = stdout_of(&["search", "timeout", "-n", "2"], 0);
    // One line per code: the top answer's first line, then a row per further code.
    let codes = out
        .lines()
        .filter(|l| l.len() > 5 && l[2..5].bytes().all(|b| b.is_ascii_digit()))
        .count();
    assert_eq!(codes, 2, "{out}");
}

#[test]
fn matched_words_are_highlighted_when_colour_is_on() {
    let out = stdout_of(&["search", "gatway", "--color", "always"], 0);
    assert!(
        out.contains("\x1b[4;1mGateway") || out.contains("\x1b[1;4mGateway"),
        "{out:?}"
    );
    let plain = stdout_of(&["search", "gatway"], 0);
    assert!(!plain.contains('\x1b'));
}

#[test]
fn bare_words_fall_back_to_search_and_say_so() {
    let output = httpcode().args(["rate", "limited"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let out = String::from_utf8_lossy(&output.stdout);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(out.lines().next().unwrap().contains("429"), "{out}");
    assert!(err.contains("search"), "{err}");
    // An exact name is a lookup, not a search.
    let exact = httpcode().args(["gateway", "timeout"]).output().unwrap();
    assert!(String::from_utf8_lossy(&exact.stdout).starts_with("504 Gateway Timeout"));
    assert!(exact.stderr.is_empty());
    let teapot = stdout_of(&["teapot"], 0);
    assert!(teapot.contains("418"));
}

#[test]
fn nothing_matched_is_exit_1_with_a_hint() {
    let err = stderr_of(&["search", "xyzzyq"], 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("httpcode list") || err.contains("did you mean"),
        "{err}"
    );
    let err = stderr_of(&["qwxzv"], 1);
    assert!(err.contains("nothing matches"), "{err}");
    let value = json_of(&["search", "xyzzyq", "--json"], 1);
    assert_eq!(value, serde_json::json!([]));
}

#[test]
fn a_near_miss_suggests_words() {
    let err = stderr_of(&["search", "zzzgateway"], 1);
    assert!(err.contains("did you mean"), "{err}");
}

fn search_validator() -> crate::common::Schema {
    crate::common::Schema::load("search.schema.json")
}

#[test]
fn search_json_follows_its_schema() {
    let validator = search_validator();
    for args in [
        &["search", "user is banned", "--json"][..],
        &["search", "nginx", "--json"],
        &["search", "StatusTeapot", "--json"],
        &["search", "42", "--json"],
        &["search", "xyzzyq", "--json"],
        &[
            "what", "code", "when", "the", "user", "is", "banned", "--json",
        ],
        &["404", "rate", "limit", "--json"],
    ] {
        let output = httpcode().args(args).output().unwrap();
        let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let errors = validator.errors(&value);
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
}

#[test]
fn the_top_answer_gives_situation_why_and_alternatives() {
    let value = json_of(&["search", "user is banned", "--json"], 0);
    let top = &value[0];
    assert_eq!(top["code"], 403);
    assert!(top["situation"].as_str().unwrap().contains("banned"));
    assert!(top["why"].as_str().unwrap().contains("RFC 9110"));
    assert!(!top["alternatives"].as_array().unwrap().is_empty());
    let out = stdout_of(&["search", "user", "is", "banned"], 0);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("403 Forbidden") && first.contains("banned"),
        "{out}"
    );
    assert!(out.contains("\n    or 4"), "alternatives are listed: {out}");
}

#[test]
fn question_wording_alone_is_a_usage_error() {
    let err = stderr_of(&["search", "what", "should", "I", "return"], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("question words"), "{err}");
    let err = stderr_of(&["what", "status", "code", "should", "I", "use"], 2);
    assert!(err.contains("question words"), "{err}");
}

#[test]
fn bad_queries_get_one_line_and_a_documented_status() {
    let long = vec!["timeout"; 10_000].join(" ");
    let err = stderr_of(&["search", &long], 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("at most"), "{err}");
    let err = stderr_of(&["search", "\u{1b}[2Jxyzzyq"], 1);
    assert!(
        !err.contains('\u{1b}'),
        "control characters are not echoed: {err:?}"
    );
    let output = httpcode()
        .arg("search")
        .arg(std::ffi::OsStr::from_bytes(b"time\xffout"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_sentence_starting_with_a_number_is_searched_not_looked_up() {
    let value = json_of(&["404 when the user is banned", "--json"], 0);
    assert!(value.is_array(), "a sentence gives search hits: {value}");
    assert_eq!(value[0]["code"], 403, "{value}");
    // A pasted status line still is one.
    let out = stdout_of(&["503 Service Unavailable", "-b"], 0);
    assert_eq!(out, "503 Service Unavailable\n");
}

#[test]
fn a_code_the_question_rejects_is_not_the_answer() {
    let value = json_of(
        &["search", "don't use 404 when the user is banned", "--json"],
        0,
    );
    assert_ne!(value[0]["code"], 404, "{value}");
}

/// The codes a search lists, best first.
fn listed(words: &[&str]) -> Vec<u64> {
    let mut args = vec!["search", "--json", "--limit", "10", "--"];
    args.extend_from_slice(words);
    json_of(&args, 0)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["code"].as_u64().unwrap())
        .collect()
}

#[test]
fn a_short_topic_shows_its_family_with_what_sets_each_apart() {
    let redirects = listed(&["redirect"]);
    assert!(
        [301, 302].contains(&redirects[0]),
        "an everyday redirect leads: {redirects:?}"
    );
    for code in [301, 302, 303, 307, 308] {
        assert!(redirects[..5].contains(&code), "{code} in {redirects:?}");
    }
    // A vendor's code named "Redirect" does not push the registered ones out.
    assert!(!redirects[..5].contains(&451), "{redirects:?}");
    // Each row says what sets the code apart: its summary.
    let out = stdout_of(&["search", "redirect"], 0);
    assert!(
        out.contains("307  Temporary Redirect") && out.contains("summary:"),
        "{out}"
    );
    let timeouts = listed(&["timeout"]);
    assert!(
        timeouts[..2].contains(&504) && timeouts[..2].contains(&408),
        "{timeouts:?}"
    );
}

#[test]
fn a_topic_naming_a_vendor_puts_the_vendors_codes_first() {
    let codes = listed(&["cloudflare", "ssl"]);
    assert!([525, 526].contains(&codes[0]), "{codes:?}");
    let codes = listed(&["protocol", "version"]);
    assert_eq!(
        codes[0], 505,
        "a vendor's name alike is not the vendor: {codes:?}"
    );
}

#[test]
fn a_registered_name_leads_its_family_and_points_at_the_comparison() {
    let codes = listed(&["permanent", "redirect"]);
    assert_eq!(&codes[..2], [308, 301], "{codes:?}");
    let out = stdout_of(&["search", "permanent", "redirect"], 0);
    assert!(out.contains("httpcode compare 308 301"), "{out}");
    let codes = listed(&["unauthorized"]);
    assert_eq!(&codes[..2], [401, 403], "{codes:?}");
}

#[test]
fn a_header_name_typed_as_words_ranks_the_codes_that_carry_it() {
    for words in [
        &["retry", "after"][..],
        &["Retry-After"],
        &["retry-after", "header"],
    ] {
        let codes = listed(words);
        assert!(
            codes[..2].contains(&429) && codes[..2].contains(&503),
            "{words:?}: {codes:?}"
        );
    }
    assert_eq!(listed(&["www", "authenticate"])[0], 401);
    assert_eq!(listed(&["allow"])[0], 405);
    assert_eq!(listed(&["if", "match"])[0], 412);
    let out = stdout_of(&["search", "retry", "after"], 0);
    assert!(out.contains("header: Retry-After"), "{out}");
}

#[test]
fn a_question_is_answered_by_its_situation_not_a_family() {
    let out = stdout_of(&["search", "user", "is", "banned"], 0);
    let first = out.lines().next().unwrap();
    assert!(
        first.contains("403 Forbidden: the account is banned"),
        "{out}"
    );
}

#[test]
fn the_word_that_tells_situations_apart_decides() {
    let top = |words: &[&str]| {
        let mut args = vec!["search", "--json", "--"];
        args.extend_from_slice(words);
        let value = json_of(&args, 0);
        let hit = &value.as_array().unwrap()[0];
        (
            hit["code"].as_u64().unwrap(),
            hit["situation_id"].as_str().map(String::from),
        )
    };
    let (code, _) = top(&["health", "check", "during", "shutdown"]);
    assert_eq!(code, 503);
    let (code, situation) = top(&["coupon", "already", "used"]);
    assert_eq!(code, 409);
    assert_eq!(
        situation.as_deref(),
        Some("single-use-code-already-redeemed")
    );
}
