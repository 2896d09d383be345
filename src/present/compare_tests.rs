//! The unit tests of `compare.rs`, kept apart so that the code reads on its own.

use super::*;
use crate::model::{GagneEvent, Mode, Module};

#[test]
fn each_change_is_one_sentence() {
    let before = Course::with_recommended_modules("Bread", 2).unwrap();
    let mut after = before.clone();
    after.title = "Bread!".into();
    after
        .assumptions
        .set(crate::model::Assumption::LearnersPerCohort, 30.0)
        .unwrap();
    after.modules_mut()[1]
        .cell_mut(GagneEvent::ElicitPerformance)
        .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
    after.modules_mut()[0]
        .cell_mut(GagneEvent::GainAttention)
        .activity = Some("Quiz".into());
    after.insert_module(2, Module::new("Extra")).unwrap();
    assert_eq!(
        differences(&before, &after),
        [
            "Title: \"Bread\" → \"Bread!\"",
            "Learners per cohort: 24 → 30",
            "Module 1 \"Module 1\", 1 Attention: activity none → \"Quiz\"",
            "Module 2 \"Module 2\", 6 Practice: live workshop 30 min → self-paced practice 30 min",
            "Module 3 \"Extra\": added",
        ]
    );
    assert!(differences(&before, &before).is_empty());
    assert_eq!(
        differences(&after, &before).last().unwrap(),
        "Module 3 \"Extra\": removed"
    );
}

/// Two modules in their recommended modes, then module 1's practice made self-paced.
fn toggled_practice() -> (Course, Course) {
    let before = Course::with_recommended_modules("Bread", 2).unwrap();
    let mut after = before.clone();
    after.modules_mut()[0]
        .cell_mut(GagneEvent::ElicitPerformance)
        .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
    (before, after)
}

fn row<'a>(comparison: &'a Comparison, label: &str) -> &'a FigureRow {
    comparison.rows.iter().find(|r| r.label == label).unwrap()
}

#[test]
fn modules_are_compared_by_identity_not_position() {
    let abc = |titles: &[&str]| {
        let modules = titles.iter().map(|t| Module::recommended(*t)).collect();
        Course::new("C", crate::model::Assumptions::default(), modules).unwrap()
    };
    // Deleting module 1 of A, B, C is one removal, not two renames and nine cells.
    assert_eq!(
        differences(&abc(&["A", "B", "C"]), &abc(&["B", "C"])),
        ["Module 1 \"A\": removed"]
    );
    assert_eq!(
        differences(&abc(&["A", "B", "C"]), &abc(&["A", "X", "B", "C"])),
        ["Module 2 \"X\": added"]
    );
    assert_eq!(
        differences(&abc(&["A", "B", "C", "D"]), &abc(&["B", "C", "A", "D"])),
        ["Module \"A\": moved from 1 to 3"]
    );
    assert_eq!(
        differences(&abc(&["A", "B", "C"]), &abc(&["A", "Bread", "C"])),
        ["Module 2: renamed \"B\" → \"Bread\""]
    );
}

#[test]
fn a_plan_compared_with_itself_has_no_differences() {
    let course = Course::with_recommended_modules("Bread", 3).unwrap();
    let comparison = compare(&course, &course);
    assert_eq!(comparison.rows.len(), figures(&analyze(&course)).len());
    assert!(comparison.is_unchanged());
    assert!(comparison.rows.iter().all(|r| r.baseline == r.current));
    assert_eq!(
        render_text(&comparison, "a.ron", "a.ron"),
        "Comparing a.ron (baseline) with a.ron (current)\nNo differences.\n"
    );
}

#[test]
fn a_toggled_cell_shows_each_figure_before_and_after_with_its_change() {
    let (before, after) = toggled_practice();
    let comparison = compare(&before, &after);
    assert_eq!(comparison.rows.len(), figures(&analyze(&after)).len());
    assert!(!comparison.is_unchanged());
    // Each module: live 30+30+20 = 80 min (two workshops, a critique); support:
    // the critique 20 min * 5 * 24 / 3600 = 0.67 h, the forum 15 min * 120 * 1 group
    // / 3600 = 0.5 h. Before: live 160 min * 2 sections = 5.33 h + 2.33 h = 7.67 h;
    // after: the practice is unmarked self-paced work, live 130 min -> 4.33 + 2.33 = 6.67 h.
    let per_cohort = row(&comparison, "Per cohort");
    assert_eq!(
        (per_cohort.baseline.as_str(), per_cohort.current.as_str()),
        ("7.7 h", "6.7 h")
    );
    let change = per_cohort.change.as_ref().unwrap();
    assert_eq!(change.text, "▼ 1.0");
    assert_eq!(change.improved, Some(true));
    assert!((per_cohort.delta().unwrap() + 1.0).abs() < 1e-9);
    // Self-paced share 140/300 = 46.7% -> 170/300 = 56.7%: 10 points more.
    assert_eq!(
        row(&comparison, "Self-paced").change.as_ref().unwrap().text,
        "▲ 10.0 pt"
    );
    // Practice at home with live feedback in the module is the article's own
    // design: still aligned, 18/18.
    let aligned = row(&comparison, "Aligned cells");
    assert_eq!(
        (aligned.baseline.as_str(), aligned.current.as_str()),
        ("18/18", "18/18")
    );
    assert_eq!(aligned.change, None);
    assert_eq!(row(&comparison, "Checkpoints").change, None);
    assert_eq!(
        comparison.differences,
        ["Module 1 \"Module 1\", 6 Practice: live workshop 30 min → self-paced practice 30 min"]
    );
    // The sections warning quotes live hours: the same warning, changed.
    assert!(comparison.warnings_gone.is_empty() && comparison.warnings_new.is_empty());
    let [(was, now)] = comparison.warnings_changed.as_slice() else {
        panic!("{:?}", comparison.warnings_changed)
    };
    assert!(was.contains("5.3 h of live teaching"), "{was}");
    assert!(now.contains("4.3 h of live teaching"), "{now}");
}

#[test]
fn a_warning_whose_numbers_changed_reads_changed_not_gone_and_new() {
    let (before, after) = toggled_practice();
    let text = render_text(&compare(&before, &after), "a.ron", "b.ron");
    let warnings = text
        .split_once("\nWarnings\n")
        .and_then(|(_, rest)| rest.split_once("\nChanges\n"))
        .unwrap()
        .0;
    // 24 learners in sections of at most 20: 2 sections. Live time over both modules
    // goes from 160 to 130 min, taught twice: 5.3 h -> 4.3 h a cohort. One warning, changed.
    let lines: Vec<&str> = warnings.lines().collect();
    assert_eq!(lines[0], "  Only in the baseline: none");
    assert_eq!(lines[1], "  Only in the current plan: none");
    assert_eq!(lines[2], "  Changed:");
    assert!(lines[3].starts_with("  - A cohort of 24 learners") && lines[3].contains("5.3 h"));
    assert!(lines[4].starts_with("    → A cohort of 24 learners") && lines[4].contains("4.3 h"));
    assert_eq!(lines.len(), 5, "{warnings}");
}

#[test]
fn a_warning_that_comes_or_goes_is_only_in_one_plan() {
    let before = Course::with_recommended_modules("Bread", 2).unwrap();
    let mut after = before.clone();
    // 15 learners fit one section of 20: the sections warning goes.
    after
        .assumptions
        .set(crate::model::Assumption::LearnersPerCohort, 15.0)
        .unwrap();
    let comparison = compare(&before, &after);
    assert_eq!(comparison.warnings_gone.len(), 1);
    assert!(comparison.warnings_gone[0].starts_with("A cohort of 24 learners"));
    assert!(comparison.warnings_new.is_empty() && comparison.warnings_changed.is_empty());
    let back = compare(&after, &before);
    assert_eq!(back.warnings_new, comparison.warnings_gone);
    assert!(back.warnings_gone.is_empty() && back.warnings_changed.is_empty());
}

#[test]
fn the_text_has_aligned_columns_and_every_section() {
    let (before, after) = toggled_practice();
    let comparison = compare(&before, &after);
    let text = render_text(&comparison, "before.ron", "after.ron");
    assert!(text.starts_with("Comparing before.ron (baseline) with after.ron (current)\n"));
    for section in ["\nFigures ", "\nWarnings\n", "\nChanges\n"] {
        assert!(text.contains(section), "{section:?} in\n{text}");
    }
    assert!(text.contains("  Staff hours\n"));
    let header = text.lines().find(|l| l.starts_with("Figures")).unwrap();
    let current_end = header.find("current").unwrap() + "current".len();
    for row in &comparison.rows {
        let line = text
            .lines()
            .find(|l| {
                l.trim_start()
                    .starts_with(&format!("{}  ", row.label.trim_start()))
            })
            .unwrap();
        // The current value ends under the end of "current", in display columns.
        let end = line.rfind(&row.current).unwrap() + row.current.len();
        assert_eq!(line[..end].width(), current_end, "{line:?}");
    }
    assert!(text.contains("▼ 1.0") && text.contains("better"));
    assert!(text.ends_with(
        "  Module 1 \"Module 1\", 6 Practice: live workshop 30 min → self-paced practice 30 min\n"
    ));
}

#[test]
fn the_json_has_texts_numbers_and_every_row_names_its_group() {
    let (before, after) = toggled_practice();
    let json = render_json(&compare(&before, &after), "a.ron", "b.ron");
    assert_eq!(
        (&json["baseline"], &json["current"]),
        (&json!("a.ron"), &json!("b.ron"))
    );
    assert_eq!(json["unchanged"], false);
    let figures = json["figures"].as_array().unwrap();
    let teaching = figures.iter().find(|f| f["label"] == "teaching").unwrap();
    assert_eq!(teaching["group"], "Staff hours");
    // 160 -> 130 live minutes, 2 sections: 1.0 h less.
    assert_eq!(teaching["change"], "▼ 1.0");
    assert_eq!(teaching["improved"], true);
    let delta = teaching["delta"].as_f64().unwrap();
    let (a, b) = (
        teaching["baseline_value"].as_f64().unwrap(),
        teaching["current_value"].as_f64().unwrap(),
    );
    assert!((delta - (b - a)).abs() < 1e-12 && (delta + 1.0).abs() < 1e-9);
    let checkpoints = figures
        .iter()
        .find(|f| f["label"] == "Checkpoints")
        .unwrap();
    assert!(checkpoints["change"].is_null() && checkpoints["improved"].is_null());
    assert_eq!(checkpoints["delta"], 0.0);
    assert_eq!(json["changes"].as_array().unwrap().len(), 1);
    assert!(json["warnings_gone"].as_array().unwrap().is_empty());
    let changed = &json["warnings_changed"][0];
    assert!(changed["baseline"].as_str().unwrap().contains("5.3 h"));
    assert!(changed["current"].as_str().unwrap().contains("4.3 h"));
}
