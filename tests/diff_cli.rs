//! `coursegrid diff` as a user drives it: the comparison as text and JSON, exit codes.

use std::path::Path;

use coursegrid::analysis::analyze;
use coursegrid::plan_file;
use predicates::prelude::*;
use predicates::str::contains;

mod common;
use common::{asset, coursegrid, diff_of_the_samples};

#[test]
fn a_plan_diffed_with_itself_has_no_differences() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .arg("diff")
        .arg(asset("master-baker.ron"))
        .arg(asset("master-baker.ron"))
        .assert()
        .code(0)
        .stderr("")
        .stdout(contains("No differences.").and(contains("Figures").not()));
}

#[test]
fn diff_lists_every_figure_in_both_plans_then_warnings_and_changes() {
    let home = tempfile::tempdir().unwrap();
    let text = diff_of_the_samples(home.path(), &[]);
    assert!(text.starts_with("Comparing "), "{text}");
    let (figures, rest) = text.split_once("\nWarnings\n").unwrap();
    let (_, changes) = rest.split_once("\nChanges\n").unwrap();
    // Staff hours per cohort, by hand. Master Baker (24 learners, 2 sections of 12, 1
    // tutor group): live 300 min * 2 = 10.0 h; support: critique 150 min * 5 * 24 / 3600
    // = 5.0, peer review 40 * 2 * 24 / 3600 = 0.53, forum 15 * 120 * 1 / 3600 = 0.5:
    // 16.03 h. Master Chef (36 learners, 2 sections of 18 past 15, 2 tutor groups): live
    // 330 min * 2 = 11.0 h and a co-host for all of it, 11.0 h; support 7.5 + 0.8 + 1.0
    // = 9.3 h: 31.3 h, 15.3 h more.
    let per_cohort = figures
        .lines()
        .find(|line| line.trim_start().starts_with("Per cohort"))
        .unwrap();
    let cells: Vec<&str> = per_cohort.split_whitespace().collect();
    assert_eq!(
        cells,
        [
            "Per", "cohort", "16.0", "h", "31.3", "h", "▲", "15.3", "worse"
        ]
    );
    for label in ["Build (once)", "Self-paced", "Break-even", "Aligned cells"] {
        assert!(figures.contains(label), "{label} in\n{figures}");
    }
    assert!(rest.contains("Live sections of 18 learners are past 15"));
    assert!(changes.contains("  Title: \"Master Baker\" → \"Master Chef\"\n"));
    assert!(changes.contains("Learners per cohort: 24 → 36"));
}

#[test]
fn diff_json_has_every_key_and_the_numbers_behind_each_figure() {
    let home = tempfile::tempdir().unwrap();
    let (a, b) = (asset("master-baker.ron"), asset("master-chef.ron"));
    let output = coursegrid(home.path())
        .args(["diff", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in [
        "baseline",
        "current",
        "unchanged",
        "figures",
        "warnings_gone",
        "warnings_new",
        "warnings_changed",
        "changes",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["baseline"], a.display().to_string());
    assert_eq!(json["unchanged"], false);
    let figures = json["figures"].as_array().unwrap();
    // 17 of hours and learning, 2 of completion, 4 of weeks, 11 of money (both samples
    // have a price), 3 of reach (both have learner zones)
    assert_eq!(figures.len(), 37);
    let margin = figures
        .iter()
        .find(|f| f["label"] == "Margin/cohort")
        .unwrap();
    // Master Baker: 24 x $450 - $962; Master Chef: 36 x $450 - $1,493
    assert_eq!(margin["baseline"], "$9,838");
    assert_eq!(margin["current"], "$14,707");
    assert_eq!(margin["group"], "Money");
    assert_eq!(margin["improved"], true);
    for figure in figures {
        for key in [
            "label",
            "group",
            "baseline",
            "current",
            "change",
            "baseline_state",
            "current_state",
        ] {
            assert!(figure.get(key).is_some(), "missing {key} in {figure}");
        }
        // A number stands behind every amount and every "after n cohorts";
        // a state ("already": Master Chef pays back from its first cohort) has none.
        let counted = |side: &str| {
            figure[format!("{side}_state")].is_null()
                || figure[format!("{side}_state")] == "cohorts"
        };
        assert_eq!(
            figure["baseline_value"].is_number(),
            counted("baseline"),
            "{figure}"
        );
        assert_eq!(
            figure["delta"].is_number(),
            counted("baseline") && counted("current"),
            "{figure}"
        );
    }
    let payback = figures.iter().find(|f| f["label"] == "Payback").unwrap();
    assert_eq!(
        (&payback["baseline_state"], &payback["current_state"]),
        (&"cohorts".into(), &"already".into())
    );
    assert_eq!(payback["current"], "1st cohort");
    let per_cohort = figures.iter().find(|f| f["label"] == "Per cohort").unwrap();
    assert_eq!(per_cohort["group"], "Staff hours");
    assert_eq!(per_cohort["baseline"], "16.0 h");
    assert_eq!(per_cohort["change"], "▲ 15.3");
    // The numbers are the analysis's own, unrounded: 31.3 - 16.03 (see above).
    let hours = |path: &Path| {
        analyze(&plan_file::load(path).unwrap())
            .hours
            .staff_hours_per_cohort
    };
    let value = |key: &str| per_cohort[key].as_f64().unwrap();
    assert_eq!(value("baseline_value"), hours(&a));
    assert_eq!(value("current_value"), hours(&b));
    assert!((value("delta") - (31.3 - (16.0 + 1.0 / 30.0))).abs() < 1e-9);
    assert!(
        json["changes"]
            .as_array()
            .unwrap()
            .contains(&"Title: \"Master Baker\" → \"Master Chef\"".into())
    );
    assert!(!json["warnings_new"].as_array().unwrap().is_empty());
}

#[test]
fn diff_with_a_missing_or_broken_file_fails_with_where_and_what() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .arg("diff")
        .arg(asset("master-baker.ron"))
        .arg("no-such-plan.ron")
        .assert()
        .code(1)
        .stdout("")
        .stderr("no-such-plan.ron: no such file\n");
    let broken = home.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(format: 1, title: \"T\", modules: [], nonsense: 1)",
    )
    .unwrap();
    coursegrid(home.path())
        .args(["diff", "--json"])
        .arg(&broken)
        .arg(asset("master-chef.ron"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains(format!("{}:1:", broken.display())));
}

#[test]
fn diff_needs_two_files_and_has_help() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["diff", "only-one.ron"])
        .assert()
        .code(2);
    coursegrid(home.path())
        .args(["diff", "--help"])
        .assert()
        .success()
        .stdout(contains("Usage: coursegrid diff"));
}

/// For scripts and CI, as `git diff --exit-code`: 1 when the plans differ
/// (the comparison still printed, nothing on standard error), 0 when not.
#[test]
fn diff_exit_code_says_whether_the_plans_differ() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["diff", "--exit-code"])
        .arg(asset("master-baker.ron"))
        .arg(asset("master-chef.ron"))
        .assert()
        .code(1)
        .stderr("")
        .stdout(contains("Figures"));
    coursegrid(home.path())
        .args(["diff", "--exit-code", "--json"])
        .arg(asset("master-baker.ron"))
        .arg(asset("master-baker.ron"))
        .assert()
        .code(0)
        .stdout(contains("\"unchanged\": true"));
}

/// A schedule moved a week, the slot moved, a zone's weight changed: each
/// said under Changes, and `--exit-code` sees the plans differ.
#[test]
fn changes_to_the_schedule_are_said_and_count() {
    let home = tempfile::tempdir().unwrap();
    let moved = home.path().join("moved.ron");
    let text = std::fs::read_to_string(asset("master-baker.ron"))
        .unwrap()
        .replace("2027-01-11", "2027-01-18")
        .replace("time: \"18:00\"", "time: \"09:00\"")
        .replace("\"Asia/Tokyo\": 20", "\"Asia/Tokyo\": 21");
    std::fs::write(&moved, text).unwrap();
    let output = coursegrid(home.path())
        .args(["diff", "--exit-code"])
        .arg(asset("master-baker.ron"))
        .arg(&moved)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    for change in [
        "  Schedule start: 2027-01-11 → 2027-01-18\n",
        "  Live slot: Tue 18:00 Europe/London → Tue 09:00 Europe/London\n",
        "  Learner zone Asia/Tokyo: 20 → 21\n",
    ] {
        assert!(text.contains(change), "{change:?} in {text}");
    }
}
