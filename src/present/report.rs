//! The plain-text report (`coursegrid summary FILE`): every figure with its
//! unit, hours to one decimal, shares as percent.

use std::fmt::Write;

use crate::present::printable::fit;

use crate::analysis::Tradeoffs;

use super::table::{Group, GroupKind, Value, groups_in_order};
use crate::analysis::numbers::{one_decimal, percent};
use crate::model::Course;

/// Width of the label column: the longest label and a space.
const LABEL: usize = 49;
/// Width of the number column (right-aligned, before the unit).
const NUMBER: usize = 10;
/// Width of an amount: the number and its unit (" h", "%").
const AMOUNT: usize = NUMBER + 2;

/// A readable report of `t`, the analysis of `course`.
pub fn render_report(course: &Course, t: &Tradeoffs) -> String {
    let mut out = String::new();
    title(&mut out, course, t);
    for figures in groups_in_order(t) {
        group(&mut out, &figures);
        // Each group's details follow it.
        match figures.kind {
            GroupKind::Staff => by_kind(&mut out, t),
            GroupKind::Line => deviations(&mut out, t),
            GroupKind::LearnerTime => learner_time_by_module(&mut out, course, t),
            _ => {}
        }
    }
    learning_types(&mut out, t);
    warnings(&mut out, t);
    out
}

fn title(out: &mut String, course: &Course, t: &Tradeoffs) {
    let heading = format!("Tradeoffs: {}", course.title);
    let w = t.workload();
    let modules = course.modules().len();
    let _ = writeln!(out, "{heading}");
    let _ = writeln!(out, "{}", "=".repeat(heading.chars().count()));
    let _ = writeln!(
        out,
        "{modules} {}, {} learners a cohort, {} {} a year, live sections of at most {}",
        plural(modules, "module", "modules"),
        w.assumptions().learners_per_cohort(),
        w.assumptions().cohorts_per_year(),
        plural(
            w.assumptions().cohorts_per_year() as usize,
            "cohort",
            "cohorts"
        ),
        w.assumptions().live_section_max(),
    );
}

/// Where the hours go: each kind's build, live and support hours.
fn by_kind(out: &mut String, t: &Tradeoffs) {
    section(out, "Where the hours go (by activity kind)");
    if t.by_kind.is_empty() {
        let _ = writeln!(out, "  Nothing planned.");
        return;
    }
    let header = [
        "kind",
        "cells",
        "minutes",
        "build",
        "live/cohort",
        "support/cohort",
    ];
    let line = |cells: [&str; 6]| {
        format!(
            "  {:<16}{:>6}{:>9}{:>10}{:>13}{:>16}",
            cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]
        )
    };
    let _ = writeln!(out, "{}", line(header));
    for k in &t.by_kind {
        let cells = super::figures::kind_cells(k);
        let _ = writeln!(out, "{}", line(cells.each_ref().map(String::as_str)));
    }
}

/// Planned minutes per Laurillard learning type, as minutes and a share.
fn learning_types(out: &mut String, t: &Tradeoffs) {
    section(out, "Learning types (Laurillard)");
    let total: u64 = t.learning_types.iter().map(|(_, m)| m).sum();
    for (learning_type, minutes) in t.learning_types.iter() {
        let share = if total == 0 {
            0.0
        } else {
            minutes as f64 / total as f64
        };
        let _ = writeln!(
            out,
            "  {}{:>n$} min {:>6}",
            pad(learning_type.key(), LABEL),
            minutes,
            percent(share),
            n = NUMBER
        );
    }
}

/// The deviations from the Line of Understanding, under its group.
fn deviations(out: &mut String, t: &Tradeoffs) {
    let l = &t.line_of_understanding;
    if l.deviations.is_empty() {
        return;
    }
    let _ = writeln!(out, "  Deviations:");
    for d in &l.deviations {
        let _ = writeln!(
            out,
            "  - module {} {:?}, event {} {}: {}, recommended {}. {}",
            d.module + 1,
            d.module_title,
            d.event.number(),
            d.event.label(),
            d.chosen.label(),
            d.recommended.label(),
            d.reason
        );
    }
}

/// Each module's learner time, under the group's totals.
fn learner_time_by_module(out: &mut String, course: &Course, t: &Tradeoffs) {
    let l = &t.learner_time;
    // "live" and "self-paced" end over the units of their columns.
    let _ = writeln!(
        out,
        "  By module:{:>w$}{:>12}",
        "live",
        "self-paced",
        w = LABEL + NUMBER - 10
    );
    for (index, (module, time)) in course.modules().iter().zip(&l.per_module).enumerate() {
        let name = format!("{} {}", index + 1, module.title);
        let _ = writeln!(
            out,
            "    {}{:>n$} h{:>10} h",
            fit(&name, LABEL - 5) + " ",
            one_decimal(time.live_hours),
            one_decimal(time.self_paced_hours),
            n = NUMBER
        );
    }
}

fn warnings(out: &mut String, t: &Tradeoffs) {
    section(out, "Warnings");
    if t.warnings.is_empty() {
        let _ = writeln!(out, "  None.");
    }
    for warning in &t.warnings {
        let _ = writeln!(out, "  - {warning}");
    }
}

fn section(out: &mut String, name: &str) {
    let _ = writeln!(out, "\n{name}");
}

/// A group of the tradeoffs table: amounts right-aligned in one column,
/// words after the label.
fn group(out: &mut String, group: &Group) {
    section(out, group.name);
    for row in &group.rows {
        let label = pad(&row.label, LABEL);
        let _ = match &row.value {
            Value::Amount(amount) => writeln!(out, "  {label}{amount:>AMOUNT$}"),
            Value::Words(words) => writeln!(out, "  {label}{words}"),
        };
    }
}

/// `text` padded with spaces to `width` characters (titles may be longer; then one space).
fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len < width {
        format!("{text}{}", " ".repeat(width - len))
    } else {
        format!("{text} ")
    }
}

fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{ActivityKind, Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

    fn course() -> Course {
        let mut shaping = Module::new("Shaping");
        *shaping.cell_mut(GagneEvent::PresentContent) =
            Cell::new(ActivityKind::Video, Minutes::new(60).unwrap());
        *shaping.cell_mut(GagneEvent::ElicitPerformance) =
            Cell::new(ActivityKind::Practice, Minutes::new(30).unwrap());
        let mut baking = Module::new("Baking");
        *baking.cell_mut(GagneEvent::ProvideFeedback) =
            Cell::new(ActivityKind::Critique, Minutes::new(30).unwrap());
        Course::new(
            "Bread basics",
            Assumptions::default(),
            vec![shaping, baking],
        )
        .unwrap()
    }

    /// What follows `label` on its line of `report`.
    fn value_of<'a>(report: &'a str, label: &str) -> &'a str {
        let line = report
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("{label} ")))
            .unwrap_or_else(|| panic!("no {label:?} in\n{report}"));
        line.trim_start()[label.len()..].trim()
    }

    #[test]
    fn the_report_has_every_section_with_units() {
        let course = course();
        let report = render_report(&course, &analyze(&course));
        for heading in [
            "Tradeoffs: Bread basics\n=======================\n",
            "\nStaff hours\n",
            "\nWhere the hours go (by activity kind)\n",
            "\nLearning types (Laurillard)\n",
            "\nScalability\n",
            "\nAccountability\n",
            "\nLine of Understanding\n",
            "\nLearner time (per learner)\n",
            "\nWarnings\n",
        ] {
            assert!(report.contains(heading), "{heading:?} in\n{report}");
        }
        // build = 1 h video * 40 + 1 practice + 0.5 h critique * 1 = 41.5
        assert_eq!(value_of(&report, "Build hours (one-time)"), "41.5 h");
        // the critique: 30 min, build 0.5, live 0.5 h * 2 sections, support 0.5 * 5 * 24 / 60
        assert!(
            report.contains(
                "  critique             1       30     0.5 h        1.0 h           1.0 h\n"
            ),
            "{report}"
        );
        // acquisition is the 60 video minutes of 120
        assert_eq!(value_of(&report, "acquisition"), "60 min  50.0%");
        // self-paced share 90 / 120 = 75%
        assert_eq!(
            value_of(&report, "Self-paced share of learner time"),
            "75.0%"
        );
        assert_eq!(
            value_of(&report, "Live checkpoints"),
            "1 of 2 planned modules"
        );
        assert_eq!(
            value_of(&report, "Share of modules with a live checkpoint"),
            "50.0%"
        );
        assert_eq!(value_of(&report, "Aligned cells"), "2 of 3 planned cells");
        assert_eq!(value_of(&report, "Aligned minutes"), "75.0%");
        // Words start in one column, amounts end in one.
        for (label, words) in [("Live checkpoints", "1 of"), ("Aligned cells", "2 of")] {
            let line = report
                .lines()
                .find(|l| l.starts_with(&format!("  {label}")))
                .unwrap();
            assert_eq!(line.find(words), Some(2 + LABEL), "{line:?}");
        }
        for label in ["Build hours (one-time)", "Aligned minutes", "Total"] {
            let line = report
                .lines()
                .find(|l| l.starts_with(&format!("  {label}")))
                .unwrap();
            assert_eq!(line.chars().count(), 2 + LABEL + AMOUNT, "{line:?}");
        }
        assert!(
            report.contains(
                "  - module 1 \"Shaping\", event 6 Elicit performance (practice): self-paced, recommended live. Live works best:"
            ),
            "{report}"
        );
        assert!(report.contains("    2 Baking"), "{report}");
        assert!(
            report.contains("  - Learners practise with no feedback in module 1 \"Shaping\""),
            "{report}"
        );
    }

    #[test]
    fn a_one_module_stretch_names_its_module() {
        // Module 2 has no live cell; modules 1 and 3 keep their live practice.
        let mut course = Course::with_recommended_modules("Bread", 3).unwrap();
        for event in GagneEvent::ALL {
            course.modules_mut()[1]
                .cell_mut(event)
                .set_mode(event, Mode::SelfPaced);
        }
        let report = render_report(&course, &analyze(&course));
        assert!(
            report.contains("1 module, ") && report.contains("(module 2)"),
            "{report}"
        );
    }

    #[test]
    fn a_report_without_warnings_says_none() {
        let mut course = Course::with_recommended_modules("Bread", 1).unwrap();
        course.assumptions = Assumptions::default()
            .with(crate::model::Assumption::LearnersPerCohort, 12.0)
            .unwrap();
        let t = analyze(&course);
        assert!(t.warnings.is_empty(), "{:?}", t.warnings);
        assert!(render_report(&course, &t).ends_with("\nWarnings\n  None.\n"));
    }
}
