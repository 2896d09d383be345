//! `coursegrid diff` when break-even moves into or out of "never" or
//! "already": said in words, judged better or worse, and never a number in
//! JSON that was not measured.
//!
//! The three plans differ in one number: the support minutes tutor-marked
//! work costs. Each has one module with one cell, 60 minutes of self-paced
//! tutor-marked feedback, for 24 learners, 4 cohorts a year, sections of at
//! most 20 (so 2 sections of 12, no co-host).
//!
//! - Its all-live twin is a 60-minute live critique: built at 1 h per
//!   learner-hour (1 h), taught in 2 sections (2 h a cohort) with 5 support
//!   minutes per learner-hour for 24 learners (60 * 5 * 24 / 3600 = 2 h):
//!   1 + 4c hours after c cohorts.
//! - The plan builds the assignment once (2 h) and marks it for every
//!   learner: s support minutes give 60 * s * 24 / 3600 = 0.4 s hours a cohort.
//!   - s = 9: 2 + 3.6c <= 1 + 4c from c = 2.5, so after 3 cohorts (0.75 y).
//!   - s = 10: 2 + 4c is always an hour dearer: never.
//!   - s = 0: 2 <= 1 + 4c from the first cohort: already.

use std::path::{Path, PathBuf};

use serde_json::Value;

mod common;
use common::coursegrid;

/// The plan with tutor-marked work costing `support_minutes`, written into `dir`.
fn plan(dir: &Path, name: &str, support_minutes: u32) -> PathBuf {
    let path = dir.join(name);
    let text = format!(
        r#"(
    format: 2,
    title: "Feedback",
    assumptions: (
        learners_per_cohort: 24,
        cohorts_per_year: 4,
        live_section_max: 20,
        cohost_above: 15,
        kinds: {{
            Assignment: (
                support_minutes: {support_minutes}.0,
            ),
        }},
    ),
    modules: [
        (
            title: "Marked work",
            cells: {{
                ProvideFeedback: (mode: SelfPaced, minutes: 60, kind: Assignment),
            }},
        ),
    ],
)
"#
    );
    std::fs::write(&path, text).unwrap();
    path
}

/// The break-even line of `diff A B`, split on runs of two spaces or more.
fn break_even_line(home: &Path, a: &Path, b: &Path) -> Vec<String> {
    let output = coursegrid(home).arg("diff").arg(a).arg(b).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("Break-even"))
        .unwrap_or_else(|| panic!("no break-even line in\n{text}"));
    line.split("  ")
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .map(str::to_owned)
        .collect()
}

fn break_even_json(home: &Path, a: &Path, b: &Path) -> Value {
    let output = coursegrid(home)
        .args(["diff", "--json"])
        .arg(a)
        .arg(b)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["label"] == "Break-even")
        .unwrap()
        .clone()
}

#[test]
fn break_even_becoming_never_says_what_it_was_and_that_it_is_worse() {
    let home = tempfile::tempdir().unwrap();
    let (three, never) = (
        plan(home.path(), "three.ron", 9),
        plan(home.path(), "never.ron", 10),
    );
    assert_eq!(
        break_even_line(home.path(), &three, &never),
        ["Break-even", "3 · 0.8 y", "never", "was 3", "worse"]
    );
    assert_eq!(
        break_even_line(home.path(), &never, &three),
        ["Break-even", "never", "3 · 0.8 y", "was never", "better"]
    );
}

#[test]
fn break_even_becoming_already_says_what_it_was_and_that_it_is_better() {
    let home = tempfile::tempdir().unwrap();
    let (three, already) = (
        plan(home.path(), "three.ron", 9),
        plan(home.path(), "already.ron", 0),
    );
    assert_eq!(
        break_even_line(home.path(), &three, &already),
        ["Break-even", "3 · 0.8 y", "already", "was 3", "better"]
    );
    assert_eq!(
        break_even_line(home.path(), &already, &three),
        ["Break-even", "already", "3 · 0.8 y", "was already", "worse"]
    );
}

#[test]
fn diff_json_gives_a_state_and_no_number_for_never_or_already() {
    let home = tempfile::tempdir().unwrap();
    let (three, never, already) = (
        plan(home.path(), "three.ron", 9),
        plan(home.path(), "never.ron", 10),
        plan(home.path(), "already.ron", 0),
    );
    let row = break_even_json(home.path(), &three, &never);
    assert_eq!(row["baseline_state"], "cohorts");
    assert_eq!(row["baseline_value"], 3.0);
    assert_eq!(row["current_state"], "never");
    assert!(row["current_value"].is_null(), "{row}");
    assert!(row["delta"].is_null(), "{row}");
    assert_eq!(row["change"], "was 3");
    assert_eq!(row["improved"], false);

    let row = break_even_json(home.path(), &already, &never);
    assert_eq!(
        (&row["baseline_state"], &row["current_state"]),
        (&Value::from("already"), &Value::from("never"))
    );
    assert!(row["baseline_value"].is_null() && row["current_value"].is_null());
    assert_eq!(row["change"], "was already");
    assert_eq!(row["improved"], false);

    // Any other figure is an amount, with no state.
    let output = coursegrid(home.path())
        .args(["diff", "--json"])
        .arg(&three)
        .arg(&never)
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let per_cohort = json["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["label"] == "Per cohort")
        .unwrap();
    assert!(per_cohort["current_state"].is_null());
    // 3.6 h -> 4.0 h a cohort: 0.4 h more.
    assert!((per_cohort["delta"].as_f64().unwrap() - 0.4).abs() < 1e-9);
}

#[test]
fn between_two_cohort_counts_the_change_is_their_difference() {
    let home = tempfile::tempdir().unwrap();
    // s = 8: 2 + 3.2c <= 1 + 4c from c = 1.25: after 2 cohorts (0.5 y), one sooner than s = 9.
    let (two, three) = (
        plan(home.path(), "two.ron", 8),
        plan(home.path(), "three.ron", 9),
    );
    assert_eq!(
        break_even_line(home.path(), &two, &three),
        ["Break-even", "2 · 0.5 y", "3 · 0.8 y", "▲ 1", "worse"]
    );
    let row = break_even_json(home.path(), &two, &three);
    assert_eq!(row["delta"], 1.0);
}
