//! Names typed by hand in a plan file: modes in the spellings people use,
//! "did you mean" for a near miss, and `self-paced` (a name RON cannot read)
//! pointed out with its line and column, by `coursegrid check` too.

use coursegrid::model::{GagneEvent, Mode};
use coursegrid::plan_file;

mod common;
use common::coursegrid;

/// A one-module plan with these lines as its cells, each cell on its own
/// line from line 8 on, at column 17.
fn plan(cells: &[&str]) -> String {
    let mut text = String::from(
        "(\n    format: 2,\n    title: \"T\",\n    modules: [\n        (\n            title: \"M\",\n            cells: {\n",
    );
    for cell in cells {
        text.push_str(&format!("                {cell}\n"));
    }
    text.push_str("            },\n        ),\n    ],\n)\n");
    text
}

fn problems(text: &str) -> Vec<String> {
    plan_file::parse(text)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn modes_are_read_in_any_case_and_saved_canonically() {
    let text = plan(&[
        "GainAttention: (mode: live, minutes: 5),",
        "InformObjectives: (mode: LIVE, minutes: 5),",
        "StimulateRecall: (mode: selfpaced, minutes: 5),",
        "PresentContent: (mode: self_paced, minutes: 5),",
        "ProvideGuidance: (mode: Self_Paced, minutes: 5),",
    ]);
    let course = plan_file::parse(&text).unwrap();
    let module = &course.modules()[0];
    let modes: Vec<Mode> = GagneEvent::ALL[..5]
        .iter()
        .map(|&event| module.cell(event).mode())
        .collect();
    use Mode::{Live, SelfPaced};
    assert_eq!(modes, [Live, Live, SelfPaced, SelfPaced, SelfPaced]);
    let saved = plan_file::to_string(&course);
    assert!(
        !saved.contains("mode: live") && !saved.contains("self_paced"),
        "{saved}"
    );
    assert_eq!(saved.matches("mode: Live,").count(), 2, "{saved}");
    assert_eq!(saved.matches("mode: SelfPaced,").count(), 3, "{saved}");
}

#[test]
fn a_mistyped_event_kind_mode_or_field_gets_a_did_you_mean() {
    let found = problems(&plan(&[
        "ProvideFeedbak: (mode: Live, minutes: 5),",
        "PresentContent: (mode: SelfPaced, minutes: 5, kind: Vidoe),",
        "GainAttention: (mode: Lvie, minutes: 5),",
        "AssessPerformance: (mode: SelfPaced, minutes: 5, knd: Quiz),",
    ]));
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(
        found[0].starts_with(
            "8:17: unknown event `ProvideFeedbak`: did you mean `ProvideFeedback`? (expected one of `GainAttention`,"
        ),
        "{}",
        found[0]
    );
    assert!(
        found[1].starts_with(
            "9:69: unknown kind `Vidoe`: did you mean `Video`? (expected one of `Session`,"
        ),
        "{}",
        found[1]
    );
    assert_eq!(
        found[2],
        "10:39: unknown mode `Lvie`: did you mean `Live`? (expected one of `Live`, `SelfPaced`)"
    );
    assert!(
        found[3].starts_with("11:66: unknown field `knd` in Cell: did you mean `kind`?"),
        "{}",
        found[3]
    );
}

#[test]
fn a_name_nothing_like_any_gets_the_list_and_no_guess() {
    let found = problems(&plan(&["Dance: (mode: Waltz, minutes: 5),"]));
    assert_eq!(
        found,
        [
            "8:17: unknown event `Dance`: expected one of `GainAttention`, `InformObjectives`, \
             `StimulateRecall`, `PresentContent`, `ProvideGuidance`, `ElicitPerformance`, \
             `ProvideFeedback`, `AssessPerformance`, `EnhanceRetention`",
            "8:31: unknown mode `Waltz`: expected one of `Live`, `SelfPaced`",
        ]
    );
}

#[test]
fn self_paced_with_a_hyphen_is_pointed_out_where_it_starts() {
    let found = problems(&plan(&[
        "GainAttention: (mode: SelfPaced, minutes: 5),",
        "PresentContent: (mode: self-paced, minutes: 5),",
    ]));
    assert_eq!(
        found,
        [
            "9:40: `self-paced` cannot be read: a name in a plan file has no `-`; did you mean `SelfPaced`?"
        ]
    );
}

#[test]
fn check_shows_the_file_line_and_column_of_each_suggestion() {
    let home = tempfile::tempdir().unwrap();
    let typo = home.path().join("typo.ron");
    std::fs::write(&typo, plan(&["ProvideFeedbak: (mode: live, minutes: 5),"])).unwrap();
    let output = coursegrid(home.path())
        .arg("check")
        .arg(&typo)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    // `live` is fine; the event is not.
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "{}:8:17: unknown event `ProvideFeedbak`: did you mean `ProvideFeedback`?",
            typo.display()
        )),
        "{stderr}"
    );

    let hyphen = home.path().join("hyphen.ron");
    std::fs::write(
        &hyphen,
        plan(&["GainAttention: (mode: self-paced, minutes: 5),"]),
    )
    .unwrap();
    let output = coursegrid(home.path())
        .arg("check")
        .arg(&hyphen)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "{}:8:39: `self-paced` cannot be read: a name in a plan file has no `-`; did you mean `SelfPaced`?\n",
            hyphen.display()
        )
    );

    let fine = home.path().join("fine.ron");
    std::fs::write(
        &fine,
        plan(&["GainAttention: (mode: self_paced, minutes: 5),"]),
    )
    .unwrap();
    coursegrid(home.path())
        .arg("check")
        .arg(&fine)
        .assert()
        .code(0);
}

#[test]
fn any_hyphenated_name_is_pointed_out_with_the_name_it_means() {
    // An event as a map key: RON would say "expected a colon".
    assert_eq!(
        problems(&plan(&["provide-feedback: (mode: Live, minutes: 5),"])),
        [
            "8:17: `provide-feedback` cannot be read: a name in a plan file has no `-`; did you mean `ProvideFeedback`?"
        ]
    );
    // A field of the assumptions, written with hyphens.
    let text = plan(&[]).replace(
        "    title: \"T\",\n",
        "    title: \"T\",\n    assumptions: (learners-per-cohort: 30),\n",
    );
    assert_eq!(
        problems(&text),
        [
            "4:19: `learners-per-cohort` cannot be read: a name in a plan file has no `-`; did you mean `learners_per_cohort`?"
        ]
    );
    // A text without quotes: nothing it could mean, so how names and texts are written.
    let found = problems(&plan(&[
        "GainAttention: (mode: Live, minutes: 5, activity: ice-breaker),",
    ]));
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("8:67: `ice-breaker` cannot be read")
            && found[0].ends_with("a text goes in quotes (\"ice-breaker\")"),
        "{}",
        found[0]
    );
}
