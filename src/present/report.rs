//! The plain-text report (`coursegrid summary FILE`): every figure with its
//! unit, hours to one decimal, shares as percent.

use std::fmt::Write;

use crate::present::printable::fit;

use crate::analysis::Tradeoffs;

use super::catalogue::FigureId as F;
use crate::analysis::numbers::{one_decimal, percent};
use crate::model::Course;

/// Width of the label column.
const LABEL: usize = 40;
/// Width of the number column (right-aligned, before the unit).
const NUMBER: usize = 10;

/// A readable report of `t`, the analysis of `course`.
pub fn render_report(course: &Course, t: &Tradeoffs) -> String {
    let mut out = String::new();
    title(&mut out, course, t);
    instructor_hours(&mut out, t);
    by_kind(&mut out, t);
    scalability(&mut out, t);
    accountability(&mut out, t);
    line_of_understanding(&mut out, t);
    learner_time(&mut out, course, t);
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

fn instructor_hours(out: &mut String, t: &Tradeoffs) {
    let h = &t.hours;
    let k = t.workload().assumptions().cohorts_per_year();
    section(out, "Staff hours");
    hours(out, F::BuildHours.label(), h.build_hours, "");
    text(
        out,
        "Live sections per cohort",
        &format!(
            "{} {}, up to {} learners each",
            h.sections,
            plural(h.sections as usize, "section", "sections"),
            h.section_size
        ),
    );
    hours(
        out,
        F::LiveHoursPerCohort.label(),
        h.live_hours_per_cohort,
        "",
    );
    hours(
        out,
        F::SupportHoursPerCohort.label(),
        h.support_hours_per_cohort,
        &format!(
            " (marking, critique, forums in {} tutor {})",
            h.tutor_groups,
            plural(h.tutor_groups as usize, "group", "groups")
        ),
    );
    hours(
        out,
        F::InstructorHoursPerCohort.label(),
        h.instructor_hours_per_cohort,
        "",
    );
    let cohost = if h.cohost_needed {
        format!(
            " (sections of {} are past {})",
            h.section_size,
            t.workload().assumptions().cohost_above()
        )
    } else {
        " (not needed)".to_string()
    };
    hours(
        out,
        F::CohostHoursPerCohort.label(),
        h.cohost_hours_per_cohort,
        &cohost,
    );
    hours(
        out,
        F::StaffHoursPerCohort.label(),
        h.staff_hours_per_cohort,
        " (instructor + co-host)",
    );
    hours(
        out,
        &format!(
            "{} (build + {k} {})",
            F::FirstYearHours.label(),
            plural(k as usize, "cohort", "cohorts")
        ),
        h.first_year_hours,
        "",
    );
    hours(out, F::LaterYearHours.label(), h.later_year_hours, "");
    hours(out, F::HoursPerLearner.label(), h.hours_per_learner, "");
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

fn scalability(out: &mut String, t: &Tradeoffs) {
    let s = &t.scalability;
    section(out, "Scalability");
    share(out, F::SelfPacedShare.label(), s.self_paced_share);
    hours(
        out,
        F::MarginalHoursPer100Learners.label(),
        s.marginal_hours_per_100_learners,
        " a cohort",
    );
    let k = t.workload().assumptions().cohorts_per_year();
    let break_even = super::break_even::words(s.break_even, k);
    text(out, F::BreakEven.label(), &break_even);
}

fn accountability(out: &mut String, t: &Tradeoffs) {
    let a = &t.accountability;
    section(out, "Accountability");
    text(
        out,
        F::LiveCheckpoints.label(),
        &format!(
            "{} of {} planned modules ({})",
            a.live_checkpoints,
            a.planned_modules,
            percent(a.share)
        ),
    );
    let stretch = super::figures::stretch_words(a.longest_self_paced_stretch);
    text(out, F::LongestSelfPacedStretch.label(), &stretch);
}

fn line_of_understanding(out: &mut String, t: &Tradeoffs) {
    let l = &t.line_of_understanding;
    section(out, "Line of Understanding");
    text(
        out,
        F::AlignedCells.label(),
        &format!(
            "{} of {} planned cells, {} of the minutes",
            l.aligned_cells,
            l.planned_cells,
            percent(l.aligned_minutes_share)
        ),
    );
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

fn learner_time(out: &mut String, course: &Course, t: &Tradeoffs) {
    let l = &t.learner_time;
    section(out, "Learner time (per learner)");
    hours(out, F::LiveLearnerHours.label(), l.live_hours, "");
    hours(
        out,
        F::SelfPacedLearnerHours.label(),
        l.self_paced_hours,
        "",
    );
    hours(out, "Total", l.total_hours(), "");
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

/// `  Label ........   123.4 h suffix`
fn hours(out: &mut String, label: &str, hours: f64, suffix: &str) {
    let _ = writeln!(
        out,
        "  {}{:>n$} h{suffix}",
        pad(label, LABEL),
        one_decimal(hours),
        n = NUMBER
    );
}

fn share(out: &mut String, label: &str, share: f64) {
    let _ = writeln!(
        out,
        "  {}{:>n$} %",
        pad(label, LABEL),
        one_decimal(share * 100.0),
        n = NUMBER
    );
}

fn text(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(out, "  {}{value}", pad(label, LABEL));
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
        assert!(
            report.contains("  Build hours (one-time)                        41.5 h\n"),
            "{report}"
        );
        // the critique: 30 min, build 0.5, live 0.5 h * 2 sections, support 0.5 * 5 * 24 / 60
        assert!(
            report.contains(
                "  critique             1       30     0.5 h        1.0 h           1.0 h\n"
            ),
            "{report}"
        );
        // acquisition is the 60 video minutes of 120
        assert!(
            report.contains("  acquisition                                     60 min  50.0%\n"),
            "{report}"
        );
        // self-paced share 90 / 120 = 75%
        assert!(
            report.contains("  Self-paced share of learner time              75.0 %\n"),
            "{report}"
        );
        assert!(
            report.contains("1 of 2 planned modules (50.0%)"),
            "{report}"
        );
        assert!(
            report.contains(
                "Aligned cells                           2 of 3 planned cells, 75.0% of the minutes"
            ),
            "{report}"
        );
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
