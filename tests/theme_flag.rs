//! `--theme` on the command line: a global option, before or after the
//! command (what it does on screen is pinned in tests/e2e_pty.rs).

use assert_cmd::Command;
use predicates::str::contains;

mod common;
use common::{asset, coursegrid};

#[test]
fn the_theme_may_come_before_the_command() {
    let home = tempfile::tempdir().unwrap();
    // The command after the option was once read as a plan file: `coursegrid
    // --theme high-contrast demo` opened a new plan called "demo".
    coursegrid(home.path())
        .args(["--theme", "high-contrast", "summary"])
        .arg(asset("master-baker.ron"))
        .assert()
        .success()
        .stdout(contains("Tradeoffs: Master Baker"));
    coursegrid(home.path())
        .args(["summary", "--theme", "high-contrast"])
        .arg(asset("master-baker.ron"))
        .assert()
        .success();
}

#[test]
fn a_plan_file_and_a_command_together_are_refused_not_half_ignored() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .arg(asset("master-baker.ron"))
        .arg("list")
        .assert()
        .code(2)
        .stderr(contains("and the command `list` cannot go together"));
}

#[test]
fn an_unknown_theme_lists_the_themes() {
    let home = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_coursegrid"))
        .env("COURSEGRID_HOME", home.path())
        .args(["demo", "--theme", "purple"])
        .assert()
        .code(2)
        .stderr(contains("high-contrast"));
}
