//! Property tests: whatever a user types, httpcode answers with 0, 1 or 2 and never panics.

use crate::common::httpcode;
use proptest::prelude::*;

fn check(args: &[String]) -> Result<(), TestCaseError> {
    let output = httpcode().args(args).output().expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    prop_assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    let code = output.status.code();
    prop_assert!(
        matches!(code, Some(0..=2)),
        "{args:?} exited {code:?}: {stderr}"
    );
    // No arguments at all prints the help instead of a one-line error.
    if code == Some(2) && !args.is_empty() {
        prop_assert_eq!(stderr.lines().count(), 1, "{:?}: {}", args, stderr);
    }
    Ok(())
}

/// Strings shaped like what people type: codes, patterns, status lines, words, junk.
fn argument() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{0,5}",
        "[0-9xX]{1,5}",
        "HTTP/[0-9.]{1,3} [0-9]{1,4}( [A-Za-z ]{0,12})?",
        "[A-Za-z_:.]{1,24}",
        "[a-z ]{1,20}",
        "\\PC{0,12}",
        "-{1,2}[a-z]{1,8}",
    ]
}

proptest! {
    // No regression files: the repository keeps only its own layout.
    #![proptest_config(ProptestConfig {
        cases: 96,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_arguments_exit_0_1_or_2(args in prop::collection::vec(argument(), 0..4)) {
        check(&args)?;
    }

    #[test]
    fn any_search_exits_0_1_or_2(words in prop::collection::vec(argument(), 1..3)) {
        let mut args = vec!["search".to_string(), "--".to_string()];
        args.extend(words);
        check(&args)?;
    }
}
