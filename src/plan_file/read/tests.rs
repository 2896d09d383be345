//! The unit tests of `read.rs`, kept apart so that the code reads on its own.

use super::*;
use crate::model::Mode;

fn problems(source: &str) -> Vec<String> {
    parse(source)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

const MINIMAL: &str = r#"(format: 1, title: "T", modules: [(title: "M")])"#;

#[test]
fn a_minimal_plan_gets_default_assumptions_and_unplanned_cells() {
    let course = parse(MINIMAL).unwrap();
    assert_eq!(course.title, "T");
    assert_eq!(course.assumptions, Assumptions::default());
    assert_eq!(course.modules().len(), 1);
    assert!(!course.modules()[0].is_planned());
}

#[test]
fn activity_is_written_without_some() {
    let course = parse(
        r#"(format: 1, title: "T", modules: [(title: "M", cells: {
            GainAttention: (mode: SelfPaced, minutes: 5, activity: "Short humorous video"),
            ProvideGuidance: (mode: Live, minutes: 30),
        })])"#,
    )
    .unwrap();
    let module = &course.modules()[0];
    let cell = module.cell(GagneEvent::GainAttention);
    assert_eq!(cell.activity.as_deref(), Some("Short humorous video"));
    assert_eq!(module.cell(GagneEvent::ProvideGuidance).mode(), Mode::Live);
    assert_eq!(module.cell(GagneEvent::ProvideGuidance).activity, None);
}

#[test]
fn minutes_over_600_are_refused_at_their_position() {
    let source = "(format: 1, title: \"T\", modules: [(title: \"M\", cells: {\n  GainAttention: (mode: Live, minutes: 601),\n})])";
    assert_eq!(
        problems(source),
        ["2:40: minutes must be between 0 and 600, found 601"]
    );
}

#[test]
fn every_bad_value_is_reported_not_just_the_first() {
    let source = "(\n format: 1,\n title: \"T\",\n assumptions: (learners_per_cohort: 0, cohost_above: -2),\n modules: [\n  (title: \"A\", cells: { GainAttention: (mode: Live, minutes: 700) }),\n  (title: \"B\", cells: { Dance: (mode: Live, minutes: 5) }),\n ],\n)";
    assert_eq!(
        problems(source),
        [
            "4:37: learners_per_cohort must be at least 1, found 0",
            "4:54: cohost_above must be at least 0, found -2",
            "6:62: minutes must be between 0 and 600, found 700",
            "7:25: unknown event `Dance`: expected one of `GainAttention`, `InformObjectives`, \
             `StimulateRecall`, `PresentContent`, `ProvideGuidance`, `ElicitPerformance`, \
             `ProvideFeedback`, `AssessPerformance`, `EnhanceRetention`",
        ]
    );
}

#[test]
fn unknown_fields_are_errors() {
    let found = problems(r#"(format: 1, title: "T", colour: "red", modules: [(title: "M")])"#);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("1:25: unknown field `colour` in Plan"),
        "{found:?}"
    );
    let found = problems(
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 5, note: "x") })])"#,
    );
    assert!(
        found[0].contains("unknown field `note` in Cell"),
        "{found:?}"
    );
}

#[test]
fn a_newer_format_is_refused_with_advice() {
    assert_eq!(
        problems(r#"(format: 3, title: "T", modules: [(title: "M", wibble: 1)])"#),
        [
            "1:10: format 3 is newer than this coursegrid understands (format 2); update coursegrid to open this plan"
        ]
    );
}

#[test]
fn module_count_is_checked() {
    assert_eq!(
        problems(r#"(format: 1, title: "T", modules: [])"#),
        ["1:34: a plan needs at least one module: `modules` is empty"]
    );
    let many = vec![r#"(title: "M")"#; 1001].join(",");
    let found = problems(&format!(r#"(format: 1, title: "T", modules: [{many}])"#));
    assert_eq!(
        found,
        ["1:34: a plan can have at most 1000 modules, this one has 1001"]
    );
}

#[test]
fn an_event_written_twice_is_an_error() {
    let found = problems(
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 5), GainAttention: (mode: Live, minutes: 10) })])"#,
    );
    assert_eq!(found, ["1:98: GainAttention appears twice in this module"]);
}

#[test]
fn assumption_values_out_of_range_are_errors() {
    for (text, message) in [
        (
            "learners_per_cohort: 0",
            "learners_per_cohort must be at least 1, found 0",
        ),
        (
            "cohorts_per_year: 0",
            "cohorts_per_year must be at least 1, found 0",
        ),
        (
            "live_section_max: 0",
            "live_section_max must be at least 1, found 0",
        ),
        (
            "live_section_max: 2.5",
            "live_section_max must be a whole number, found 2.5",
        ),
        (
            "cohost_above: -1",
            "cohost_above must be at least 0, found -1",
        ),
        (
            "live_build_hours_per_hour: NaN",
            "live_build_hours_per_hour must be a finite number, found NaN",
        ),
        (
            "self_paced_build_hours_per_hour: inf",
            "self_paced_build_hours_per_hour must be a finite number, found inf",
        ),
        (
            "support_minutes_per_learner_hour: -0.5",
            "support_minutes_per_learner_hour must be at least 0, found -0.5",
        ),
        (
            "learners_per_cohort: 99999999999999999999999",
            "learners_per_cohort must be at most 1000000, found 100000000000000000000000",
        ),
    ] {
        let source =
            format!(r#"(format: 1, title: "T", assumptions: ({text}), modules: [(title: "M")])"#);
        let found = problems(&source);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(found[0].ends_with(message), "{text}: {found:?}");
        assert!(found[0].starts_with("1:"), "{found:?}");
    }
}

#[test]
fn syntax_errors_point_at_the_line() {
    let found = problems("(\n format: 1,\n title: \"T\"\n modules: [],\n)");
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("4:"), "{found:?}");
}

#[test]
fn deep_nesting_is_refused_without_a_stack_overflow() {
    let deep = format!(
        r#"(format: 1, title: "T", modules: {}{})"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let found = problems(&deep);
    assert!(found[0].contains("nested too deeply"), "{found:?}");
}

#[test]
fn the_fast_and_thorough_readers_agree() {
    let samples = [
        include_str!("../../../assets/master-baker.ron"),
        include_str!("../../../assets/master-chef.ron"),
        MINIMAL,
        r#"(format: 1, title: "T", assumptions: (cohost_above: 0), modules: [(title: "M", cells: {})])"#,
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 600) })])"#,
        r#"(format: 1, title: "T", assumptions: (live_build_hours_per_hour: 43, support_minutes_per_learner_hour: 3), modules: [(title: "M")])"#,
        r#"(format: 2, title: "T", assumptions: (tutor_group_size: 5, kinds: { Forum: (support_minutes: 90, build_hours_per_activity: 0.5) }), modules: [(title: "M", cells: { ElicitPerformance: (mode: SelfPaced, minutes: 5, kind: GroupProject, reuse: true) })])"#,
    ];
    for source in samples {
        let fast = fast::parse(source);
        assert!(fast.is_some(), "{source}");
        assert_eq!(fast, parse_thoroughly(source).ok(), "{source}");
    }
    let invalid = [
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 601) })]"#,
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 5), GainAttention: (mode: Live, minutes: 5) })])"#,
        r#"(format: 3, title: "T", modules: [(title: "M")])"#,
        r#"(format: 1, title: "T", assumptions: (learners_per_cohort: 0), modules: [(title: "M")])"#,
        r#"(format: 1, title: "T", assumptions: (tutor_group_size: 5), modules: [(title: "M")])"#,
        r#"(format: 2, title: "T", assumptions: (live_build_hours_per_hour: 5), modules: [(title: "M")])"#,
        r#"(format: 2, title: "T", assumptions: (kinds: { Video: (support_minutes: 1) }), modules: [(title: "M")])"#,
        r#"(format: 2, title: "T", assumptions: (kinds: { Video: (), Video: () }), modules: [(title: "M")])"#,
        r#"(format: 2, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 5, kind: Video) })])"#,
        r#"(format: 1, title: "T", modules: [(title: "M", cells: { GainAttention: (mode: Live, minutes: 5, reuse: true) })])"#,
        r#"(format: 1, title: "T", modules: [])"#,
    ];
    for source in invalid {
        assert_eq!(fast::parse(source), None, "{source}");
        assert!(parse_thoroughly(source).is_err(), "{source}");
    }
}

#[test]
fn a_format_1_plan_takes_default_kinds_and_its_build_ratios_move_to_session_and_video() {
    let (course, format) = parse_with_format(
        r#"(format: 1, title: "T", assumptions: (live_build_hours_per_hour: 43.0,
            self_paced_build_hours_per_hour: 79.0, support_minutes_per_learner_hour: 3.0),
            modules: [(title: "M", cells: {
                ProvideFeedback: (mode: SelfPaced, minutes: 20),
                ElicitPerformance: (mode: Live, minutes: 30),
            })])"#,
    )
    .unwrap();
    assert_eq!(format, 1);
    let a = &course.assumptions;
    assert_eq!(a.kind(ActivityKind::Session).build_hours_per_hour, 43.0);
    assert_eq!(a.kind(ActivityKind::Video).build_hours_per_hour, 79.0);
    // Quiz keeps its default, so this is no preset any more
    assert_eq!(a.kind(ActivityKind::Quiz).build_hours_per_hour, 30.0);
    let module = &course.modules()[0];
    assert_eq!(
        module.cell(GagneEvent::ProvideFeedback).kind,
        ActivityKind::Assignment
    );
    assert_eq!(
        module.cell(GagneEvent::ElicitPerformance).kind,
        ActivityKind::Workshop
    );
}

#[test]
fn kinds_and_reuse_are_read_and_checked_at_their_positions() {
    let course = parse(
        r#"(format: 2, title: "T", assumptions: (kinds: { Video: (build_hours_per_hour: 30.0),
            Assignment: (build_hours_per_activity: 1.5, support_minutes: 10.0) }),
            modules: [(title: "M", cells: {
                PresentContent: (mode: SelfPaced, minutes: 25, kind: Video, reuse: true),
            })])"#,
    )
    .unwrap();
    let a = &course.assumptions;
    assert_eq!(a.kind(ActivityKind::Video).build_hours_per_hour, 30.0);
    assert_eq!(
        a.kind(ActivityKind::Assignment).build_hours_per_activity,
        1.5
    );
    let cell = course.modules()[0].cell(GagneEvent::PresentContent);
    assert_eq!((cell.kind, cell.reuse), (ActivityKind::Video, true));

    let source = "(format: 2, title: \"T\",\n assumptions: (kinds: { Video: (support_minutes: 3), Vidoe: (), Quiz: (build_hours_per_hour: 1e9, colour: 1) }, live_build_hours_per_hour: 10),\n modules: [(title: \"M\", cells: {\n  GainAttention: (mode: Live, minutes: 5, kind: Video),\n})])";
    assert_eq!(
        problems(source),
        [
            "2:50: Video has no support time: `support_minutes` may be set only on Critique, \
             Assignment, PeerReview, Forum and GroupProject",
            "2:54: unknown kind `Vidoe`: did you mean `Video`? (expected one of `Session`, \
             `Workshop`, `Critique`, `Video`, `Reading`, `Replay`, `Research`, `Practice`, \
             `Quiz`, `Assignment`, `PeerReview`, `Forum`, `GroupProject`)",
            "2:99: unknown field `colour` in KindCosts: expected one of \
             `build_hours_per_hour`, `build_hours_per_activity`, `support_minutes`",
            "2:140: `live_build_hours_per_hour` is a format 1 assumption; format 2 uses \
             `kinds: { Session: (build_hours_per_hour: ...) }`",
            "4:49: kind `Video` is self-paced, but this cell is `Live`: use a live kind \
             (Session, Workshop, Critique) or change the mode",
        ]
    );
    let old = "(format: 1, title: \"T\", assumptions: (kinds: {}), modules: [(title: \"M\", cells: { GainAttention: (mode: Live, minutes: 5, kind: Session) })])";
    assert_eq!(
        problems(old),
        [
            "1:46: `kinds` is new in format 2: change `format: 1` to `format: 2`",
            "1:129: `kind` is new in format 2: change `format: 1` to `format: 2`",
        ]
    );
}

#[test]
fn columns_count_characters_not_bytes() {
    assert_eq!(
        super::super::position::line_and_column("ab\né😀x", "ab\né😀".len()),
        (2, 3)
    );
}
