//! Money and completion as a user meets them: a plan without rates shows no
//! money anywhere, a free course shows costs only, a priced one everything;
//! bad money values are refused with their line and column.

use std::path::Path;

use coursegrid::model::{Course, MoneyField, Setting};
use coursegrid::plan_file;
use coursegrid::samples::Sample;
use coursegrid::tui::app::{App, Editor};
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

mod common;
use common::coursegrid;

/// Master Baker with its money taken out (no rates, no price, no currency).
fn baker_without_money() -> Course {
    let mut course = Sample::MasterBaker.course();
    for field in MoneyField::ALL {
        course.assumptions.clear(Setting::Money(field));
    }
    course.assumptions.set_currency(Default::default());
    course
}

/// Master Baker as a free course: rates kept, no price.
fn baker_for_free() -> Course {
    let mut course = Sample::MasterBaker.course();
    course
        .assumptions
        .clear(Setting::Money(MoneyField::PricePerLearner));
    course
}

fn saved(dir: &Path, name: &str, course: &Course) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, plan_file::to_string(course)).unwrap();
    path
}

fn stdout(dir: &Path, args: &[&str], path: &Path) -> String {
    let output = coursegrid(dir).args(args).arg(path).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn panel(course: Course, width: u16, height: u16) -> String {
    let theme = Theme::new(Default::default(), true);
    let app = App::editing(
        Editor::new(course, None, true),
        theme,
        None,
        Rect::new(0, 0, width, height),
    );
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(&app, frame)).unwrap();
    common::screen_text(terminal.backend().buffer())
}

#[test]
fn a_plan_without_rates_shows_no_money_anywhere() {
    let home = tempfile::tempdir().unwrap();
    let path = saved(home.path(), "plain.ron", &baker_without_money());
    let text = plan_file::to_string(&baker_without_money());
    for key in ["currency", "_rate", "price", "fixed_costs"] {
        assert!(
            !text.contains(key),
            "{key} written for a plan without money"
        );
    }
    let summary = stdout(home.path(), &["summary"], &path);
    insta::assert_snapshot!("summary_without_money", summary);
    assert!(!summary.contains("Money") && !summary.contains('$'));
    // completion is always shown
    assert!(summary.contains("Expected completion"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(home.path(), &["summary", "--json"], &path)).unwrap();
    assert!(json["money"].is_null());
    assert_eq!(json["expected_completion"], 0.322);
    let markdown = stdout(
        home.path(),
        &["export", "--format", "markdown", "-o", "-"],
        &path,
    );
    assert!(!markdown.contains("### Money") && !markdown.contains('$'));
    for (width, height) in [(80, 24), (200, 50)] {
        let screen = panel(baker_without_money(), width, height);
        assert!(
            !screen.contains('$') && !screen.contains("Cost/cohort"),
            "{screen}"
        );
    }
    insta::assert_snapshot!(
        "panel_without_money_200x50",
        panel(baker_without_money(), 200, 50)
    );
}

#[test]
fn a_free_course_shows_its_costs_and_nothing_it_does_not_earn() {
    let home = tempfile::tempdir().unwrap();
    let path = saved(home.path(), "free.ron", &baker_for_free());
    let summary = stdout(home.path(), &["summary"], &path);
    let money = summary
        .split_once("\nMoney\n")
        .unwrap()
        .1
        .split_once("\n\n")
        .unwrap()
        .0;
    for shown in [
        "Build cost",
        "Cost per cohort",
        "First-year cost",
        "Cost per completer",
    ] {
        assert!(money.contains(shown), "{shown} in {money}");
    }
    for hidden in ["Revenue", "Margin", "profit", "Payback"] {
        assert!(!money.contains(hidden), "{hidden} in {money}");
    }
    assert!(money.contains("none: a free or internal course, costs only"));
    // the JSON always has every key, revenue 0 and no payback
    let json: serde_json::Value =
        serde_json::from_str(&stdout(home.path(), &["summary", "--json"], &path)).unwrap();
    let object = json["money"].as_object().unwrap();
    assert_eq!(object.len(), 13, "{object:?}");
    assert_eq!(object["currency"], "$", "the amounts' unit");
    assert_eq!(json["money"]["revenue_per_cohort"], 0.0);
    assert!(json["money"]["payback_cohorts"].is_null());
    let screen = panel(baker_for_free(), 200, 50);
    assert!(screen.contains("Cost/cohort") && !screen.contains("Revenue/cohort"));
}

#[test]
fn the_priced_sample_shows_every_money_figure() {
    let home = tempfile::tempdir().unwrap();
    let summary = stdout(
        home.path(),
        &["summary"],
        &common::asset("master-baker.ron"),
    );
    // 24 learners x $450 against 16.03 staff hours x $60 a cohort
    for line in [
        "Revenue per cohort                                    $10,800",
        "Margin per cohort                                      $9,838",
        "Payback                                          after 2 cohorts (0.5 years at 4 a year)",
    ] {
        assert!(summary.contains(line), "{line:?} in\n{summary}");
    }
    let screen = panel(Sample::MasterBaker.course(), 80, 24);
    assert!(screen.contains("Margin/cohort   $9,838"), "{screen}");
}

#[test]
fn bad_money_values_are_refused_with_their_place() {
    let home = tempfile::tempdir().unwrap();
    let text = plan_file::to_string(&Sample::MasterBaker.course())
        .replace("instructor_rate: 60.0", "instructor_rate: -5.0")
        .replace("currency: \"$\"", "currency: \"dollars!!\"");
    let path = home.path().join("bad.ron");
    std::fs::write(&path, text).unwrap();
    let output = coursegrid(home.path())
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains(":12:19: currency must be at most 8 characters"),
        "{errors}"
    );
    assert!(
        errors.contains(":13:26: instructor_rate must be at least 0, found -5"),
        "{errors}"
    );
    // format 1 has no money: the message says which format does
    let old = "(format: 1, title: \"Old\", assumptions: (instructor_rate: 50), modules: [(title: \"A\")])";
    std::fs::write(&path, old).unwrap();
    let output = coursegrid(home.path())
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains("`instructor_rate` is new in format 2"),
        "{errors}"
    );
}

#[test]
fn a_rate_without_checkpoints_above_the_rate_with_them_is_refused_in_either_order() {
    let home = tempfile::tempdir().unwrap();
    let text = plan_file::to_string(&Sample::MasterBaker.course()).replace(
        "        learner_week_limit_hours: 5,\n",
        "        learner_week_limit_hours: 5,\n        completion_with_checkpoints: 0.1,\n        completion_without_checkpoints: 0.3,\n",
    );
    let path = home.path().join("backwards.ron");
    std::fs::write(&path, &text).unwrap();
    let output = coursegrid(home.path())
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(
        errors.contains(
            ":13:41: completion_without_checkpoints must be at most completion_with_checkpoints (0.1), found 0.3"
        ),
        "{errors}"
    );
    // both below the defaults, given "with" first: fine, whatever the order
    let fine = text.replace("0.3,\n", "0.05,\n");
    std::fs::write(&path, fine).unwrap();
    coursegrid(home.path())
        .arg("check")
        .arg(&path)
        .assert()
        .success();
    // in the editor's form, one at a time: refused with the other value named
    let mut course = Sample::MasterBaker.course();
    let with = Setting::Completion(coursegrid::model::CompletionField::WithCheckpoints);
    let error = course.assumptions.set_value(with, 0.1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "completion_with_checkpoints must be at least completion_without_checkpoints (0.13), found 0.1"
    );
}
