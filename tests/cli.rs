//! The command line as a user drives it: exit codes, messages, files written.

use std::fs;

use predicates::prelude::*;
use predicates::str::contains;

mod common;
use common::{asset, coursegrid};

#[test]
fn check_says_ok_for_the_samples() {
    let home = tempfile::tempdir().unwrap();
    for name in ["master-baker.ron", "master-chef.ron"] {
        coursegrid(home.path())
            .arg("check")
            .arg(asset(name))
            .assert()
            .success()
            .stdout(contains(": ok ("));
    }
}

#[test]
fn check_lists_every_problem_with_file_line_and_column() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("broken.ron");
    fs::write(
        &plan,
        "(\n format: 1,\n title: \"T\",\n assumptions: (live_section_max: 0),\n modules: [\n  (title: \"A\", cells: { GainAttention: (mode: Live, minutes: 900) }),\n ],\n)\n",
    )
    .unwrap();
    let shown = plan.display().to_string();
    coursegrid(home.path())
        .arg("check")
        .arg(&plan)
        .assert()
        .code(1)
        .stdout("")
        .stderr(format!(
            "{shown}:4:34: live_section_max must be at least 1, found 0\n\
             {shown}:6:62: minutes must be between 0 and 600, found 900\n"
        ));
}

#[test]
fn check_explains_missing_files_folders_and_binary_files() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["check", "no-such-plan.ron"])
        .assert()
        .code(1)
        .stderr("no-such-plan.ron: no such file\n");
    coursegrid(home.path())
        .arg("check")
        .arg(home.path())
        .assert()
        .code(1)
        .stderr(contains("is a folder, not a plan file"));
    let binary = home.path().join("binary.ron");
    fs::write(&binary, [0xff, 0x00, 0x12]).unwrap();
    coursegrid(home.path())
        .arg("check")
        .arg(&binary)
        .assert()
        .code(1)
        .stderr(contains(":1:1: not UTF-8 text"));
}

#[test]
fn errors_never_show_a_backtrace_or_panic() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("junk.ron");
    fs::write(&plan, "((((((((((").unwrap();
    coursegrid(home.path())
        .env("RUST_BACKTRACE", "1")
        .arg("check")
        .arg(&plan)
        .assert()
        .code(1)
        .stderr(contains("panicked").not().and(contains("backtrace").not()));
}

#[test]
fn new_writes_a_plan_into_the_plans_folder_and_list_shows_it() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["new", "Sourdough Basics", "--modules", "3"])
        .assert()
        .success()
        .stdout(contains("sourdough-basics.ron").and(contains("3 modules")));
    let path = home.path().join("data/plans/sourdough-basics.ron");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("title: \"Module 3\""));
    assert!(text.contains("ProvideGuidance: (mode: Live, minutes: 30, kind: Workshop)"));
    coursegrid(home.path())
        .arg("check")
        .arg(&path)
        .assert()
        .success();
    coursegrid(home.path())
        .arg("list")
        .assert()
        .success()
        // With when it last changed (just now: today, or yesterday at midnight).
        .stdout(
            contains("sourdough-basics.ron  Sourdough Basics  3 modules  today ")
                .or(contains("Sourdough Basics  3 modules  yesterday ")),
        );
}

#[test]
fn new_never_replaces_a_plan_without_force() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("mine.ron");
    fs::write(&out, "precious").unwrap();
    coursegrid(home.path())
        .args(["new", "Other"])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(contains("already exists (use --force to replace it)"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "precious");
    coursegrid(home.path())
        .args(["new", "Other", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(fs::read_to_string(&out).unwrap().contains("\"Other\""));
}

#[test]
fn new_refuses_zero_or_too_many_modules() {
    let home = tempfile::tempdir().unwrap();
    for count in ["0", "1001"] {
        coursegrid(home.path())
            .args(["new", "X", "--modules", count])
            .assert()
            .code(2)
            .stderr(contains("1..=1000"));
    }
}

#[test]
fn list_with_no_plans_says_how_to_make_one() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .arg("list")
        .assert()
        .success()
        .stdout(contains("No plans yet").and(contains("coursegrid new")));
}

#[test]
fn every_command_has_help() {
    let home = tempfile::tempdir().unwrap();
    for command in ["new", "check", "list", "summary", "demo"] {
        coursegrid(home.path())
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(contains("Usage: coursegrid"));
    }
}

#[test]
fn control_characters_in_titles_do_not_reach_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("evil.ron");
    fs::write(
        &plan,
        "(format: 1, title: \"\\u{1b}]0;pwned\\u{7}Evil\", modules: [(title: \"M\")])",
    )
    .unwrap();
    coursegrid(home.path())
        .arg("check")
        .arg(&plan)
        .assert()
        .success()
        .stdout(contains("\u{1b}").not().and(contains("\\u{1b}]0;pwned")));
}

#[test]
fn summary_prints_the_report_for_the_samples() {
    let home = tempfile::tempdir().unwrap();
    // Master Baker, by hand: live minutes 45+60 + 45+60 + 60+30 = 300 (5 h), two sections of
    // 12 (24 learners, sections of at most 20): 10.0 h of live teaching a cohort.
    coursegrid(home.path())
        .arg("summary")
        .arg(asset("master-baker.ron"))
        .assert()
        .success()
        .stdout(
            contains("Tradeoffs: Master Baker")
                .and(predicates::str::is_match(r"\n  Live teaching per cohort +10\.0 h\n").unwrap())
                .and(contains("Warnings")),
        );
    coursegrid(home.path())
        .arg("summary")
        .arg(asset("master-chef.ron"))
        .assert()
        .success()
        .stdout(
            predicates::str::is_match(r"\n  Co-host needed +yes: sections of 18 are past 15\n")
                .unwrap(),
        );
}

#[test]
fn summary_json_has_every_key_with_unrounded_hours() {
    let home = tempfile::tempdir().unwrap();
    let output = coursegrid(home.path())
        .args(["summary", "--json"])
        .arg(asset("master-baker.ron"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in [
        "build_hours",
        "live_hours_per_cohort",
        "support_hours_per_cohort",
        "instructor_hours_per_cohort",
        "cohost_needed",
        "cohost_hours_per_cohort",
        "sections",
        "section_size",
        "first_year_hours",
        "later_year_hours",
        "hours_per_learner",
        "self_paced_share",
        "marginal_hours_per_100_learners",
        "break_even_cohorts",
        "live_checkpoints",
        "planned_modules",
        "longest_self_paced_stretch_modules",
        "longest_self_paced_stretch_hours",
        "accountability",
        "aligned_cells",
        "planned_cells",
        "live_learner_hours",
        "self_paced_learner_hours",
        "staff_hours_per_cohort",
        "aligned_minutes_share",
        "learning_type_minutes",
        "by_kind",
        "warnings",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    // By hand, kind by kind: video 140 min * 40 / 60 = 93.33, reading 25 * 8 / 60 = 3.33,
    // quiz 95 * 30 / 60 = 47.5, session 45 * 10 / 60 = 7.5, workshop 105 * 3 / 60 = 5.25,
    // critique 150 * 1 / 60 = 2.5, and per activity: 1 research 2, 4 practice 4,
    // 2 peer reviews 6, 1 forum 1: 172.42 h.
    let build = json["build_hours"].as_f64().unwrap();
    let by_hand = (140.0 * 40.0 + 25.0 * 8.0 + 95.0 * 30.0 + 45.0 * 10.0 + 105.0 * 3.0 + 150.0)
        / 60.0
        + 2.0
        + 4.0
        + 6.0
        + 1.0;
    assert!((build - by_hand).abs() < 1e-9, "{build}");
    // 300 live minutes in 2 sections; support: critique 150 * 5 * 24 / 3600 = 5.0,
    // peer review 40 * 2 * 24 / 3600 = 0.53, forum 15 * 120 * 1 group / 3600 = 0.5.
    assert_eq!(json["live_hours_per_cohort"], 10.0);
    let support = json["support_hours_per_cohort"].as_f64().unwrap();
    assert!((support - (5.0 + 1920.0 / 3600.0 + 0.5)).abs() < 1e-9);
    assert_eq!(json["sections"], 2);
    // The all-live twin builds 63 h and costs 28.67 + 8.0 (its critiques) = 36.67 h a
    // cohort: 172.42 + 16.03c <= 63 + 36.67c from c = 109.42 / 20.63 = 5.3, so 6.
    assert_eq!(json["break_even_cohorts"], 6);
    assert_eq!(json["by_kind"]["Video"]["minutes"], 140);
    assert_eq!(json["learning_type_minutes"]["collaboration"], 0);
    assert!(json["warnings"].as_array().unwrap().len() >= 2);
}

/// `check bad.ron 2>&1 | head -1`: the reader went away, and that is no panic.
#[test]
fn a_closed_stderr_is_no_panic_and_keeps_the_exit_code() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.ron");
    let cells: String = (0..2000)
        .map(|_| {
            "(title: \"M\", cells: { GainAttention: (mode: Live, minutes: 999) }),".to_string()
        })
        .collect();
    fs::write(
        &bad,
        format!("(format: 2, title: \"T\", modules: [{cells}])"),
    )
    .unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("coursegrid"))
        .env("COURSEGRID_HOME", home.path())
        .arg("check")
        .arg(&bad)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before coursegrid writes its first problem.
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1), "{status}");
}

/// `coursegrid chek` is a command typed wrong, not a new plan called "chek".
#[test]
fn a_mistyped_command_gets_did_you_mean_and_opens_nothing() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .current_dir(home.path())
        .arg("chek")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `check`?"));
    coursegrid(home.path())
        .current_dir(home.path())
        .args(["sumary", "x.ron"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `summary`?"));
}

/// Completions for the usual shells and a manual page, from the same
/// definitions as --help, so they never fall behind the commands.
#[test]
fn completions_and_the_manual_page_name_every_command() {
    let home = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish"] {
        coursegrid(home.path())
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(
                contains("summary")
                    .and(contains("export"))
                    .and(contains("--exit-code")),
            );
    }
    coursegrid(home.path())
        .arg("man")
        .assert()
        .success()
        .stdout(contains(".TH coursegrid").and(contains("diff")));
    coursegrid(home.path())
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

/// The manual page as `man` itself reads it: no warning from groff.
#[test]
fn the_manual_page_reads_in_man_without_warnings() {
    if std::process::Command::new("man")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no man on this machine");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let page = home.path().join("coursegrid.1");
    let output = coursegrid(home.path()).arg("man").output().unwrap();
    fs::write(&page, output.stdout).unwrap();
    let man = std::process::Command::new("man")
        .args(["--warnings", "-l"])
        .arg(&page)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output()
        .unwrap();
    assert!(man.status.success(), "{man:?}");
    assert!(String::from_utf8_lossy(&man.stdout).contains("coursegrid"));
    assert_eq!(
        String::from_utf8_lossy(&man.stderr),
        "",
        "warnings from man"
    );
}

/// `check --json` and `list --json`, for scripts and editors.
#[test]
fn check_and_list_speak_json() {
    let home = tempfile::tempdir().unwrap();
    let output = coursegrid(home.path())
        .args(["check", "--json"])
        .arg(asset("master-baker.ron"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let ok: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(ok["ok"], true);
    assert_eq!(ok["modules"], 5);
    assert_eq!(ok["format"], 2);

    let broken = home.path().join("broken.ron");
    fs::write(
        &broken,
        "(format: 2, title: \"T\", modules: [(title: \"M\", cells: {\n  ProvideFeedbak: (mode: Live, minutes: 5),\n})])",
    )
    .unwrap();
    let output = coursegrid(home.path())
        .args(["check", "--json"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stderr.is_empty());
    let bad: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(bad["ok"], false);
    let problem = &bad["problems"][0];
    assert_eq!(
        (problem["line"].clone(), problem["column"].clone()),
        (2.into(), 3.into())
    );
    assert!(
        problem["message"]
            .as_str()
            .unwrap()
            .contains("ProvideFeedback")
    );

    coursegrid(home.path())
        .args(["new", "Sourdough", "--modules", "3"])
        .assert()
        .success();
    let output = coursegrid(home.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let plans: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(plans[0]["title"], "Sourdough");
    assert_eq!(plans[0]["modules"], 3);
    assert!(plans[0]["modified"].as_str().unwrap().ends_with('Z'));
}
