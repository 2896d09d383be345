//! The tradeoff engine: what a plan costs the instructor, how it scales, how
//! it keeps learners accountable, how it follows the Line of Understanding,
//! and what it warns about.
//!
//! [`analyze`] is pure: no I/O, no terminal, the same answer for the same
//! course, linear in the number of cells, and every figure finite (zero, not
//! NaN, when nothing is planned). Only cells with minutes count.
//!
//! One file per concept: [`hours`](InstructorHours), [`scalability`](Scalability),
//! [`accountability`](Accountability), [`line_of_understanding`](LineOfUnderstanding),
//! [`learner_time`](LearnerTime), [`warnings`](Warning); then the two ways out,
//! [`Summary`] (the `--json` object) and [`render_report`] (plain text).

mod accountability;
mod hours;
mod learner_time;
mod line_of_understanding;
pub(crate) mod numbers;
mod report;
mod scalability;
mod summary;
mod tally;
mod warnings;

#[cfg(test)]
mod properties;

use serde::Serialize;

pub use accountability::{Accountability, Stretch};
pub use hours::{CostLine, CostLines, InstructorHours, Workload};
pub use learner_time::{LearnerTime, ModuleTime};
pub use line_of_understanding::{Deviation, LineOfUnderstanding};
pub use report::render_report;
pub use scalability::{BREAK_EVEN_HORIZON, BreakEven, Scalability};
pub use summary::{Summary, summary_json};
pub use warnings::{ModuleRef, Warning};

use crate::model::Course;
use tally::ModuleTally;

/// Everything the analysis says about one plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tradeoffs {
    pub hours: InstructorHours,
    pub scalability: Scalability,
    pub accountability: Accountability,
    pub line_of_understanding: LineOfUnderstanding,
    pub learner_time: LearnerTime,
    pub warnings: Vec<Warning>,
    /// The minutes and assumptions every hours figure derives from, kept so
    /// that variants (other cohort sizes, all live, all self-paced) cost no
    /// new pass over the cells.
    pub workload: Workload,
}

/// Analyses `course`: two passes over its cells, no I/O.
pub fn analyze(course: &Course) -> Tradeoffs {
    let tallies: Vec<ModuleTally> = course.modules().iter().map(ModuleTally::of).collect();
    let (live_minutes, self_paced_minutes) = tallies.iter().fold((0, 0), |(live, sp), t| {
        (live + t.live_minutes, sp + t.self_paced_minutes)
    });
    let workload = Workload::new(&course.assumptions, live_minutes, self_paced_minutes);
    let hours = workload.instructor_hours();
    let accountability = Accountability::of(&tallies);
    let warnings = warnings::warnings(course, &tallies, &workload, &hours, &accountability);
    Tradeoffs {
        hours,
        scalability: Scalability::of(&workload, live_minutes, self_paced_minutes),
        accountability,
        line_of_understanding: LineOfUnderstanding::of(course),
        learner_time: LearnerTime::of(&tallies),
        warnings,
        workload,
    }
}

impl Tradeoffs {
    /// Cumulative instructor hours against cohorts taught, for this plan and
    /// for the same minutes all live and all self-paced.
    pub fn cost_lines(&self) -> CostLines {
        CostLines::of(&self.workload)
    }

    /// Instructor hours per cohort (live plus support) if a cohort had
    /// `learners` learners, sections recomputed: for a chart of hours against
    /// cohort size.
    pub fn instructor_hours_per_cohort_for(&self, learners: u32) -> f64 {
        self.workload.instructor_hours_per_cohort(learners)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumption, Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

    fn cell(mode: Mode, minutes: u16) -> Cell {
        Cell::new(mode, Minutes::new(minutes).unwrap())
    }

    /// One module: content 60 min self-paced, practice 30 min live.
    fn small_mixed_course() -> Course {
        let mut module = Module::new("Shaping");
        *module.cell_mut(GagneEvent::PresentContent) = cell(Mode::SelfPaced, 60);
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(Mode::Live, 30);
        Course::new("Bread", Assumptions::default(), vec![module]).unwrap()
    }

    #[test]
    fn a_small_mixed_plan_has_every_figure_by_hand() {
        let t = analyze(&small_mixed_course());
        // defaults n = 24, k = 4, max 20, co-host above 15, build 10/40, support 3
        // sections = ceil(24/20) = 2, size 12; build = 0.5*10 + 1*40 = 45
        assert_eq!((t.hours.sections, t.hours.section_size), (2, 12));
        assert!((t.hours.build_hours - 45.0).abs() < 1e-9);
        // live = 0.5*2 = 1.0; support = 1*24*3/60 = 1.2; instructor 2.2
        assert!((t.hours.instructor_hours_per_cohort - 2.2).abs() < 1e-9);
        // first year 45 + 4*2.2 = 53.8
        assert!((t.hours.first_year_hours - 53.8).abs() < 1e-9);
        // share 60/90; marginal (3.5 + 6.2) - 2.2 = 7.5; break-even 38 (see scalability.rs)
        assert!((t.scalability.self_paced_share - 2.0 / 3.0).abs() < 1e-12);
        assert!((t.scalability.marginal_hours_per_100_learners - 7.5).abs() < 1e-9);
        assert_eq!(t.scalability.break_even, BreakEven::After(38));
        // one planned module with a live cell
        assert_eq!(
            (
                t.accountability.live_checkpoints,
                t.accountability.planned_modules
            ),
            (1, 1)
        );
        assert_eq!(t.accountability.share, 1.0);
        // both cells in their recommended mode
        assert_eq!(
            (
                t.line_of_understanding.aligned_cells,
                t.line_of_understanding.planned_cells
            ),
            (2, 2)
        );
        assert_eq!(
            (t.learner_time.live_hours, t.learner_time.self_paced_hours),
            (0.5, 1.0)
        );
        // 24 learners > 20: sections multiply live hours
        assert_eq!(
            t.warnings,
            vec![Warning::SectionsMultiplyLiveHours {
                learners: 24,
                live_section_max: 20,
                sections: 2,
                live_hours_per_cohort: 1.0,
            }]
        );
    }

    #[test]
    fn an_empty_plan_is_all_zeros_and_says_nothing_is_planned() {
        let course = Course::new(
            "Empty",
            Assumptions::default(),
            vec![Module::new("A"), Module::new("B")],
        )
        .unwrap();
        let t = analyze(&course);
        assert_eq!(t.hours.build_hours, 0.0);
        assert_eq!(t.hours.instructor_hours_per_cohort, 0.0);
        assert_eq!(t.hours.hours_per_learner, 0.0);
        assert!(!t.hours.cohost_needed);
        assert_eq!(t.scalability.self_paced_share, 0.0);
        assert_eq!(t.scalability.marginal_hours_per_100_learners, 0.0);
        // nothing costs nothing, as does its all-live version
        assert_eq!(t.scalability.break_even, BreakEven::Already);
        assert_eq!(t.accountability.share, 0.0);
        assert_eq!(t.line_of_understanding.planned_cells, 0);
        assert_eq!(t.learner_time.per_module.len(), 2);
        assert_eq!(t.warnings, vec![Warning::NothingPlanned]);
    }

    #[test]
    fn the_helpers_price_variants_without_reanalysing() {
        let t = analyze(&small_mixed_course());
        let lines = t.cost_lines();
        assert_eq!(lines.this_plan.at(4), t.hours.first_year_hours);
        // all live: 1.5 h -> 15 + 3c; all self-paced: 60 + 1.8c
        assert!((lines.all_live.at(1) - 18.0).abs() < 1e-9);
        assert!((lines.all_self_paced.at(1) - 61.8).abs() < 1e-9);
        assert_eq!(
            t.instructor_hours_per_cohort_for(24),
            t.hours.instructor_hours_per_cohort
        );
        // 124 learners: 0.5*7 + 1*124*3/60 = 3.5 + 6.2
        assert!((t.instructor_hours_per_cohort_for(124) - 9.7).abs() < 1e-9);
    }

    #[test]
    fn an_all_live_plan_has_already_broken_even_with_itself() {
        let mut course = Course::with_recommended_modules("Live", 3).unwrap();
        for module in course.modules_mut() {
            for event in GagneEvent::ALL {
                module.cell_mut(event).mode = Mode::Live;
            }
        }
        course.assumptions = Assumptions::default()
            .with(Assumption::LiveBuildHoursPerHour, 43.0)
            .unwrap();
        assert_eq!(analyze(&course).scalability.break_even, BreakEven::Already);
    }

    #[test]
    fn the_same_course_analyses_the_same() {
        let course = Course::with_recommended_modules("Bread", 12).unwrap();
        assert_eq!(analyze(&course), analyze(&course));
    }
}
