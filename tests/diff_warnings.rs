//! `coursegrid diff` matches warnings by what they warn of, not by their
//! sentence: a warning whose numbers changed reads "changed", once.

mod common;
use common::diff_of_the_samples;

#[test]
fn a_warning_whose_figures_changed_is_listed_once_as_changed() {
    let home = tempfile::tempdir().unwrap();
    let text = diff_of_the_samples(home.path(), &[]);
    let warnings = text
        .split_once("\nWarnings\n")
        .and_then(|(_, rest)| rest.split_once("\nChanges\n"))
        .unwrap()
        .0;
    let lines: Vec<&str> = warnings.lines().collect();
    // Master Chef has 36 learners in 2 sections of 18, past the co-host threshold
    // of 15: a warning Master Baker (2 sections of 12) does not have.
    assert_eq!(lines[0], "  Only in the baseline: none");
    assert_eq!(lines[1], "  Only in the current plan:");
    assert!(lines[2].starts_with("  - Live sections of 18 learners are past 15"));
    assert_eq!(lines[3], "  Changed:");
    // Both expect 32.2% to finish: 8 of 24 learners, then 12 of 36.
    assert!(lines[4].contains("about 8 of 24 learners a cohort"));
    assert!(lines[5].starts_with("    → Expected completion is 32.2%, about 12 of 36"));
    let lines = [&lines[..4], &lines[6..]].concat();
    // Both practise without feedback in module 1, whose title changed; both split a
    // cohort into 2 sections, 24 learners and 10.0 h against 36 learners and 11.0 h.
    assert!(
        lines[4]
            .starts_with("  - Learners practise with no feedback in module 1 \"Sourcing baking")
    );
    assert!(lines[5].starts_with(
        "    → Learners practise with no feedback in module 1 \"Sourcing ingredients\""
    ));
    assert!(
        lines[6].starts_with("  - A cohort of 24 learners") && lines[6].contains("10.0 h of live")
    );
    assert!(
        lines[7].starts_with("    → A cohort of 36 learners")
            && lines[7].contains("11.0 h of live")
    );
    assert_eq!(lines.len(), 8, "{warnings}");
}

#[test]
fn diff_json_lists_changed_warnings_with_both_sentences() {
    let home = tempfile::tempdir().unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&diff_of_the_samples(home.path(), &["--json"])).unwrap();
    assert!(json["warnings_gone"].as_array().unwrap().is_empty());
    assert_eq!(json["warnings_new"].as_array().unwrap().len(), 1);
    let changed = json["warnings_changed"].as_array().unwrap();
    assert_eq!(changed.len(), 3);
    let sections = &changed[2];
    assert!(
        sections["baseline"]
            .as_str()
            .unwrap()
            .starts_with("A cohort of 24")
    );
    assert!(
        sections["current"]
            .as_str()
            .unwrap()
            .starts_with("A cohort of 36")
    );
}
