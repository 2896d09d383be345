//! Instructor hours: building the course once, then teaching and supporting
//! every cohort.
//!
//! Every figure derives from a [`Workload`]: the plan's live and self-paced
//! learner minutes and its assumptions. Keeping it apart from the course lets
//! the analysis price variants (every cell live, every cell self-paced, more
//! learners) without walking the cells again.

use serde::Serialize;

use super::tally::hours;
use crate::model::Assumptions;

/// The few numbers every instructor-hours figure of a plan derives from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Workload {
    live_minutes: u64,
    self_paced_minutes: u64,
    assumptions: Assumptions,
}

impl Workload {
    /// A plan with these learner minutes (planned cells only) under `assumptions`.
    pub fn new(assumptions: &Assumptions, live_minutes: u64, self_paced_minutes: u64) -> Workload {
        Workload {
            live_minutes,
            self_paced_minutes,
            assumptions: *assumptions,
        }
    }

    /// The same course with every planned cell switched to live (same minutes).
    pub fn all_live(&self) -> Workload {
        Workload {
            live_minutes: self.live_minutes + self.self_paced_minutes,
            self_paced_minutes: 0,
            ..*self
        }
    }

    /// The same course with every planned cell switched to self-paced (same minutes).
    pub fn all_self_paced(&self) -> Workload {
        Workload {
            live_minutes: 0,
            self_paced_minutes: self.live_minutes + self.self_paced_minutes,
            ..*self
        }
    }

    /// Live learner hours per learner.
    pub fn live_hours(&self) -> f64 {
        hours(self.live_minutes)
    }

    /// Self-paced learner hours per learner.
    pub fn self_paced_hours(&self) -> f64 {
        hours(self.self_paced_minutes)
    }

    /// The assumptions every figure derives from.
    pub fn assumptions(&self) -> &Assumptions {
        &self.assumptions
    }

    /// Live sections a cohort of `learners` splits into: ceil(n / max), at least 1.
    pub fn sections(&self, learners: u32) -> u32 {
        learners
            .div_ceil(self.assumptions.live_section_max().max(1))
            .max(1)
    }

    /// Learners in the largest live section: ceil(n / sections).
    pub fn section_size(&self, learners: u32) -> u32 {
        learners.div_ceil(self.sections(learners))
    }

    /// One-time hours to build the course.
    pub fn build_hours(&self) -> f64 {
        // Minutes times ratio first, one division last: whole-number inputs
        // then give whole-number answers (370.0, not 369.99999999999994).
        (self.live_minutes as f64 * self.assumptions.live_build_hours_per_hour()
            + self.self_paced_minutes as f64 * self.assumptions.self_paced_build_hours_per_hour())
            / 60.0
    }

    /// The instructor repeats each live session for every section.
    pub fn live_hours_per_cohort(&self, learners: u32) -> f64 {
        self.live_minutes as f64 * f64::from(self.sections(learners)) / 60.0
    }

    /// Grading, forum and questions: support minutes for each learner-hour of self-paced work.
    pub fn support_hours_per_cohort(&self, learners: u32) -> f64 {
        self.self_paced_minutes as f64
            * f64::from(learners)
            * self.assumptions.support_minutes_per_learner_hour()
            / 3600.0
    }

    /// Live teaching plus support for one cohort of `learners`; the figure a
    /// chart of hours against cohort size plots.
    pub fn instructor_hours_per_cohort(&self, learners: u32) -> f64 {
        self.live_hours_per_cohort(learners) + self.support_hours_per_cohort(learners)
    }

    /// Cumulative instructor hours of this workload against cohorts taught.
    pub fn cost_line(&self) -> CostLine {
        CostLine {
            build_hours: self.build_hours(),
            hours_per_cohort: self
                .instructor_hours_per_cohort(self.assumptions.learners_per_cohort()),
        }
    }

    /// Every instructor-hours figure at the plan's own cohort size.
    pub fn instructor_hours(&self) -> InstructorHours {
        let n = self.assumptions.learners_per_cohort();
        let k = f64::from(self.assumptions.cohorts_per_year());
        let sections = self.sections(n);
        let section_size = self.section_size(n);
        let build_hours = self.build_hours();
        let live_hours_per_cohort = self.live_hours_per_cohort(n);
        let support_hours_per_cohort = self.support_hours_per_cohort(n);
        let instructor_hours_per_cohort = live_hours_per_cohort + support_hours_per_cohort;
        let cohost_needed = self.live_minutes > 0 && section_size > self.assumptions.cohost_above();
        let first_year_hours = build_hours + k * instructor_hours_per_cohort;
        // n and k are at least 1 by their ranges; max(1) keeps this total anyway.
        let learners_a_year = k * f64::from(n.max(1));
        InstructorHours {
            sections,
            section_size,
            build_hours,
            live_hours_per_cohort,
            support_hours_per_cohort,
            instructor_hours_per_cohort,
            cohost_needed,
            cohost_hours_per_cohort: if cohost_needed {
                live_hours_per_cohort
            } else {
                0.0
            },
            first_year_hours,
            later_year_hours: k * instructor_hours_per_cohort,
            hours_per_learner: first_year_hours / learners_a_year,
        }
    }
}

/// What the instructor spends on a plan, in hours.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct InstructorHours {
    /// Live sections per cohort: ceil(learners / live_section_max), at least 1.
    pub sections: u32,
    /// Learners in the largest section: ceil(learners / sections).
    pub section_size: u32,
    /// One-time: live hours times live build ratio plus self-paced hours times self-paced ratio.
    pub build_hours: f64,
    /// Live learner hours times sections.
    pub live_hours_per_cohort: f64,
    /// Self-paced learner hours times learners times support minutes per learner-hour / 60.
    pub support_hours_per_cohort: f64,
    /// Live plus support.
    pub instructor_hours_per_cohort: f64,
    /// Some cell is live and a section holds more learners than `cohost_above`.
    pub cohost_needed: bool,
    /// A second person's hours in the live room (the live hours, when needed; else 0).
    /// Not part of the instructor's own hours.
    pub cohost_hours_per_cohort: f64,
    /// Build plus every cohort of the year.
    pub first_year_hours: f64,
    /// Every cohort of the year, the course already built.
    pub later_year_hours: f64,
    /// First-year hours over the learners of the year.
    pub hours_per_learner: f64,
}

/// Cumulative instructor hours against cohorts taught: a line with the build
/// as its intercept and the per-cohort hours as its slope.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLine {
    pub build_hours: f64,
    pub hours_per_cohort: f64,
}

impl CostLine {
    /// Hours spent once `cohorts` cohorts have been taught.
    pub fn at(&self, cohorts: u32) -> f64 {
        self.build_hours + f64::from(cohorts) * self.hours_per_cohort
    }
}

/// This plan's cost line beside the same course all live and all self-paced,
/// for the break-even chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLines {
    pub this_plan: CostLine,
    pub all_live: CostLine,
    pub all_self_paced: CostLine,
}

impl CostLines {
    pub fn of(workload: &Workload) -> CostLines {
        CostLines {
            this_plan: workload.cost_line(),
            all_live: workload.all_live().cost_line(),
            all_self_paced: workload.all_self_paced().cost_line(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Assumption;

    fn assumptions(changes: &[(Assumption, f64)]) -> Assumptions {
        changes
            .iter()
            .fold(Assumptions::default(), |a, &(which, value)| {
                a.with(which, value).unwrap()
            })
    }

    #[test]
    fn a_cohort_past_the_section_max_splits_into_even_sections() {
        let w = |n: f64, max: f64| {
            Workload::new(
                &assumptions(&[
                    (Assumption::LearnersPerCohort, n),
                    (Assumption::LiveSectionMax, max),
                ]),
                60,
                0,
            )
        };
        // 24 / 20 -> 2 sections of ceil(24/2) = 12
        assert_eq!(
            (w(24.0, 20.0).sections(24), w(24.0, 20.0).section_size(24)),
            (2, 12)
        );
        // 40 / 20 -> exactly 2 sections of 20
        assert_eq!(
            (w(40.0, 20.0).sections(40), w(40.0, 20.0).section_size(40)),
            (2, 20)
        );
        // 41 / 20 -> 3 sections, ceil(41/3) = 14
        assert_eq!(
            (w(41.0, 20.0).sections(41), w(41.0, 20.0).section_size(41)),
            (3, 14)
        );
        // 5 / 20 -> 1 section of 5
        assert_eq!(
            (w(5.0, 20.0).sections(5), w(5.0, 20.0).section_size(5)),
            (1, 5)
        );
        // no learners at all still means one (empty) section
        assert_eq!(
            (w(5.0, 20.0).sections(0), w(5.0, 20.0).section_size(0)),
            (1, 0)
        );
    }

    #[test]
    fn default_assumptions_price_a_small_mixed_plan() {
        // 30 live minutes and 60 self-paced minutes, defaults: n = 24, k = 4,
        // max 20, co-host above 15, build 10 and 40, support 3 min per learner-hour.
        let h = Workload::new(&Assumptions::default(), 30, 60).instructor_hours();
        // sections = ceil(24/20) = 2, section_size = ceil(24/2) = 12
        assert_eq!((h.sections, h.section_size), (2, 12));
        // build = 0.5*10 + 1.0*40 = 45
        assert!((h.build_hours - 45.0).abs() < 1e-9);
        // live = 0.5 * 2 sections = 1.0
        assert!((h.live_hours_per_cohort - 1.0).abs() < 1e-9);
        // support = 1.0 h * 24 learners * 3 / 60 = 1.2
        assert!((h.support_hours_per_cohort - 1.2).abs() < 1e-9);
        // instructor = 1.0 + 1.2 = 2.2
        assert!((h.instructor_hours_per_cohort - 2.2).abs() < 1e-9);
        // 12 learners a section is not past 15: no co-host
        assert!(!h.cohost_needed);
        assert_eq!(h.cohost_hours_per_cohort, 0.0);
        // first year = 45 + 4*2.2 = 53.8; later years = 4*2.2 = 8.8
        assert!((h.first_year_hours - 53.8).abs() < 1e-9);
        assert!((h.later_year_hours - 8.8).abs() < 1e-9);
        // per learner = 53.8 / (4*24) = 0.5604166...
        assert!((h.hours_per_learner - 53.8 / 96.0).abs() < 1e-12);
    }

    #[test]
    fn a_section_past_cohost_above_needs_a_cohost_for_every_live_hour() {
        // n = 30, max 40 -> 1 section of 30 > 15: the co-host sits through all live hours.
        let a = assumptions(&[
            (Assumption::LearnersPerCohort, 30.0),
            (Assumption::LiveSectionMax, 40.0),
        ]);
        let h = Workload::new(&a, 90, 0).instructor_hours();
        // live = 1.5 h * 1 section = 1.5
        assert!(h.cohost_needed);
        assert!((h.cohost_hours_per_cohort - 1.5).abs() < 1e-9);
        // the co-host's hours are not the instructor's
        assert!((h.instructor_hours_per_cohort - 1.5).abs() < 1e-9);
    }

    #[test]
    fn no_live_cell_needs_no_cohost_however_large_the_cohort() {
        let a = assumptions(&[
            (Assumption::LearnersPerCohort, 300.0),
            (Assumption::LiveSectionMax, 1000.0),
        ]);
        let h = Workload::new(&a, 0, 90).instructor_hours();
        assert!(!h.cohost_needed);
        assert_eq!(h.cohost_hours_per_cohort, 0.0);
    }

    #[test]
    fn cost_lines_price_the_same_minutes_all_live_and_all_self_paced() {
        let lines = CostLines::of(&Workload::new(&Assumptions::default(), 30, 60));
        // this plan: 45 + 2.2 c
        assert!((lines.this_plan.at(10) - 67.0).abs() < 1e-9);
        // all live: 1.5 h -> build 15, per cohort 1.5 * 2 sections = 3.0
        assert!((lines.all_live.build_hours - 15.0).abs() < 1e-9);
        assert!((lines.all_live.hours_per_cohort - 3.0).abs() < 1e-9);
        // all self-paced: build 1.5*40 = 60, per cohort 1.5 * 24 * 3/60 = 1.8
        assert!((lines.all_self_paced.build_hours - 60.0).abs() < 1e-9);
        assert!((lines.all_self_paced.hours_per_cohort - 1.8).abs() < 1e-9);
        assert_eq!(lines.all_self_paced.at(0), lines.all_self_paced.build_hours);
    }

    #[test]
    fn hours_per_cohort_for_more_learners_recomputes_sections() {
        let w = Workload::new(&Assumptions::default(), 30, 60);
        // 124 learners: ceil(124/20) = 7 sections -> 0.5*7 = 3.5 live; support 1.0*124*3/60 = 6.2
        assert!((w.instructor_hours_per_cohort(124) - 9.7).abs() < 1e-9);
        // 0 learners: one empty section still meets, nobody to support
        assert!((w.instructor_hours_per_cohort(0) - 0.5).abs() < 1e-9);
    }
}
