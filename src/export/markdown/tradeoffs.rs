//! The opening of the document: the summary in words, then the tradeoffs
//! table with every figure of `coursegrid summary` and its unit.

use std::fmt::Write;

use crate::analysis::{BREAK_EVEN_HORIZON, BreakEven, Tradeoffs};
use crate::model::Course;
use crate::present::break_even;
use crate::present::catalogue::FigureId as F;
use crate::present::figures::{kind_cells, stretch_words};

use super::escape::escape_inline;
use crate::analysis::numbers::{count, hours, one_decimal, percent, whole, whole_percent};

/// One paragraph a client can read before any table.
pub(super) fn intro(out: &mut String, course: &Course, t: &Tradeoffs) {
    let name = match escape_inline(&course.title) {
        title if title.is_empty() => "This course".to_string(),
        title => title,
    };
    let modules = count(course.modules().len(), "module", "modules");
    let learner_hours = t.learner_time.total_hours();
    if t.line_of_understanding.planned_cells == 0 {
        let _ = writeln!(
            out,
            "{name} has {modules} and nothing planned yet: give its events some minutes of \
             learner time to see what the plan costs.\n"
        );
        return;
    }
    let h = &t.hours;
    let w = t.workload();
    let mut text = format!(
        "{name} has {modules} and asks {} hours of each learner, {} of it live. ",
        one_decimal(learner_hours),
        whole_percent(1.0 - t.scalability.self_paced_share),
    );
    let sections = if w.live_minutes() > 0 {
        format!(
            ", in {} of up to {}",
            count(h.sections as usize, "live section", "live sections"),
            whole(u64::from(h.section_size))
        )
    } else {
        String::new()
    };
    let _ = write!(
        text,
        "Taught to {} a year of {} each{sections}, it takes {} hours to build and {} staff \
         hours to teach and support each cohort: {} hours in the first year, {} per learner. ",
        count(
            w.assumptions().cohorts_per_year() as usize,
            "cohort",
            "cohorts"
        ),
        count(
            w.assumptions().learners_per_cohort() as usize,
            "learner",
            "learners"
        ),
        one_decimal(h.build_hours),
        one_decimal(h.staff_hours_per_cohort),
        one_decimal(h.first_year_hours),
        one_decimal(h.hours_per_learner),
    );
    if h.cohost_needed {
        let _ = write!(
            text,
            "Those hours include a co-host in every live session, {} hours a cohort. ",
            one_decimal(h.cohost_hours_per_cohort)
        );
    }
    let break_even = match t.scalability.break_even {
        BreakEven::Already => {
            "It costs no more than teaching it all live from the first cohort. ".to_string()
        }
        BreakEven::After(cohorts) => format!(
            "Its self-paced build pays for itself against teaching it all live after {} cohorts. ",
            whole(u64::from(cohorts))
        ),
        BreakEven::Never => format!(
            "Its build does not pay for itself against teaching it all live within {} cohorts. ",
            whole(u64::from(BREAK_EVEN_HORIZON))
        ),
    };
    text.push_str(&break_even);
    let a = &t.accountability;
    let l = &t.line_of_understanding;
    let _ = write!(
        text,
        "Learners meet the instructor live in {} of its {} planned modules, {} of its {} planned \
         cells {} the Line of Understanding, and the plan comes with {}.",
        whole(a.live_checkpoints as u64),
        whole(a.planned_modules as u64),
        whole(l.aligned_cells as u64),
        whole(l.planned_cells as u64),
        if l.aligned_cells == 1 {
            "follows"
        } else {
            "follow"
        },
        match t.warnings.len() {
            0 => "no warnings".to_string(),
            n => count(n, "warning", "warnings"),
        }
    );
    let _ = writeln!(out, "{text}\n");
}

/// The tradeoffs table: every figure of the summary with its unit, grouped
/// as the plain-text report groups them.
pub(super) fn table(out: &mut String, t: &Tradeoffs) {
    let (h, s, a, l, time) = (
        &t.hours,
        &t.scalability,
        &t.accountability,
        &t.line_of_understanding,
        &t.learner_time,
    );
    let w = t.workload();
    let k = w.assumptions().cohorts_per_year();
    let cohost = if h.cohost_needed {
        let above = w.assumptions().cohost_above();
        format!("yes: sections of {} are past {above}", h.section_size)
    } else {
        "no".to_string()
    };
    let sections = format!(
        "{} of up to {}",
        count(h.sections as usize, "section", "sections"),
        count(h.section_size as usize, "learner", "learners")
    );
    let first_year = format!(
        "{} (build + {})",
        F::FirstYearHours.label(),
        count(k as usize, "cohort", "cohorts")
    );
    let label = |id: F| id.label().to_owned();
    let groups: [(&str, Vec<(String, String)>); 5] = [
        (
            "Staff hours",
            vec![
                (label(F::BuildHours), hours(h.build_hours)),
                ("Live sections per cohort".into(), sections),
                (label(F::LiveHoursPerCohort), hours(h.live_hours_per_cohort)),
                (
                    "Tutor groups per cohort (forums and projects)".into(),
                    count(h.tutor_groups as usize, "group", "groups"),
                ),
                (
                    label(F::SupportHoursPerCohort),
                    hours(h.support_hours_per_cohort),
                ),
                (
                    label(F::InstructorHoursPerCohort),
                    hours(h.instructor_hours_per_cohort),
                ),
                ("Co-host needed".into(), cohost),
                (
                    label(F::CohostHoursPerCohort),
                    hours(h.cohost_hours_per_cohort),
                ),
                (
                    label(F::StaffHoursPerCohort),
                    hours(h.staff_hours_per_cohort),
                ),
                (first_year, hours(h.first_year_hours)),
                (label(F::LaterYearHours), hours(h.later_year_hours)),
                (label(F::HoursPerLearner), hours(h.hours_per_learner)),
            ],
        ),
        (
            "Scalability",
            vec![
                (label(F::SelfPacedShare), percent(s.self_paced_share)),
                (
                    label(F::MarginalHoursPer100Learners),
                    hours(s.marginal_hours_per_100_learners),
                ),
                (label(F::BreakEven), break_even::words(s.break_even, k)),
            ],
        ),
        (
            "Accountability",
            vec![
                (
                    label(F::LiveCheckpoints),
                    format!(
                        "{} of {} planned modules",
                        a.live_checkpoints, a.planned_modules
                    ),
                ),
                (label(F::Accountability), percent(a.share)),
                (
                    label(F::LongestSelfPacedStretch),
                    stretch_words(a.longest_self_paced_stretch),
                ),
            ],
        ),
        (
            "Line of Understanding",
            vec![
                (
                    label(F::AlignedCells),
                    format!("{} of {} planned cells", l.aligned_cells, l.planned_cells),
                ),
                (
                    label(F::AlignedMinutesShare),
                    percent(l.aligned_minutes_share),
                ),
            ],
        ),
        (
            "Learner time (per learner)",
            vec![
                (label(F::LiveLearnerHours), hours(time.live_hours)),
                (
                    label(F::SelfPacedLearnerHours),
                    hours(time.self_paced_hours),
                ),
                ("Total".into(), hours(time.total_hours())),
            ],
        ),
    ];
    let _ = writeln!(out, "## Tradeoffs\n");
    let _ = writeln!(out, "| Figure | Value |\n|---|---|");
    for (name, rows) in groups {
        group(out, name);
        for (label, value) in rows {
            row(out, &label, &value);
        }
    }
    out.push('\n');
    by_kind(out, t);
}

/// Where the hours go: each activity kind's build, live and support hours.
fn by_kind(out: &mut String, t: &Tradeoffs) {
    if t.by_kind.is_empty() {
        return;
    }
    let _ = writeln!(out, "### Where the hours go\n");
    let _ = writeln!(
        out,
        "Each activity kind's share: build hours once, then live teaching and support for \
         every cohort.\n"
    );
    let _ = writeln!(
        out,
        "| Kind | Cells | Minutes | Build | Live per cohort | Support per cohort |\n\
         |---|---:|---:|---:|---:|---:|"
    );
    for k in &t.by_kind {
        let _ = writeln!(out, "| {} |", kind_cells(k).join(" | "));
    }
    out.push('\n');
}

fn group(out: &mut String, name: &str) {
    let _ = writeln!(out, "| **{name}** | |");
}

fn row(out: &mut String, label: &str, value: &str) {
    let _ = writeln!(out, "| {label} | {value} |");
}
