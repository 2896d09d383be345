//! The course in weeks: how long it runs, the most it asks of a learner in
//! one week, the staff's busiest week of a steady year of cohorts, and the
//! longest run of weeks with no live checkpoint.
//!
//! A module's live sessions (and its co-host) fall in its first week, where
//! the calendar puts them; its support is spread evenly over its weeks.
//! Cohort j of k a year starts in week floor(52 j / k) of a 52-week year, so
//! a course longer than the gap between cohorts overlaps the next one, and
//! one longer than a year adds onto its own early weeks.

use serde::Serialize;

use super::hours::Workload;
use super::tally::{ModuleTally, hours};
use crate::model::{Course, Weeks};

/// Weeks in the steady-state year the staff's weeks are counted over.
const YEAR: usize = Weeks::MAX as usize;

/// The week figures of a plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekFigures {
    /// Every module's weeks, planned or not.
    pub course_weeks: u32,
    /// The largest of each module's learner hours over its weeks.
    pub learner_hours_per_week_max: f64,
    /// Staff hours in the busiest week of a year of cohorts.
    pub staff_hours_per_week_peak: f64,
    /// The longest run of weeks with no live checkpoint, if any.
    #[serde(skip)]
    pub longest_self_paced_stretch: Option<WeekStretch>,
    /// Modules that ask more of a learner's week than `learner_week_limit_hours`.
    #[serde(skip)]
    pub over_limit: Vec<ModuleWeek>,
    /// Each module's learner hours over its weeks, in course order.
    #[serde(skip)]
    pub learner_hours_per_week: Vec<f64>,
}

/// A maximal run of consecutive modules with no live cell that holds at
/// least one planned module; unplanned modules inside it add their weeks.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekStretch {
    /// Index (0-based) of the run's first module.
    pub first: usize,
    /// Index (0-based) of the run's last module.
    pub last: usize,
    pub weeks: u32,
    /// Self-paced learner hours of the run (per learner).
    pub learner_hours: f64,
}

/// A module's learner hours a week.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ModuleWeek {
    /// Index (0-based) in the course.
    pub index: usize,
    pub hours_per_week: f64,
}

impl WeekFigures {
    pub(crate) fn of(course: &Course, tallies: &[ModuleTally], plan: &Workload) -> WeekFigures {
        let weeks: Vec<u32> = course.modules().iter().map(|m| m.weeks.get()).collect();
        let per_week: Vec<f64> = tallies
            .iter()
            .zip(&weeks)
            .map(|(t, &w)| hours(t.live_minutes + t.self_paced_minutes) / f64::from(w))
            .collect();
        let limit = f64::from(plan.assumptions().learner_week_limit_hours());
        WeekFigures {
            course_weeks: weeks.iter().sum(),
            learner_hours_per_week_max: per_week.iter().copied().fold(0.0, f64::max),
            staff_hours_per_week_peak: staff_peak(course, plan),
            longest_self_paced_stretch: longest_stretch(tallies, &weeks),
            over_limit: per_week
                .iter()
                .enumerate()
                .filter(|&(_, &h)| h > limit)
                .map(|(index, &hours_per_week)| ModuleWeek {
                    index,
                    hours_per_week,
                })
                .collect(),
            learner_hours_per_week: per_week,
        }
    }

    /// Weeks in the longest self-paced stretch (0 when there is none).
    pub fn longest_stretch_weeks(&self) -> u32 {
        self.longest_self_paced_stretch.map_or(0, |s| s.weeks)
    }
}

/// One week of one cohort's course.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CohortWeek {
    /// Index (0-based) of the module that runs this week.
    pub module: usize,
    /// Learner hours this week: the module's hours spread over its weeks.
    pub learner_hours: f64,
    /// Staff hours this week for one cohort: the module's live hours and
    /// co-host in its first week, its support spread over its weeks.
    pub staff_hours: f64,
}

/// The most weeks a document's week-by-week table lists: two years of a course.
pub const WEEKS_LISTED: usize = 104;

/// One cohort's course week by week, in course order.
pub fn cohort_weeks(course: &Course, plan: &Workload) -> Vec<CohortWeek> {
    let mut out = Vec::new();
    each_week(course, plan, |week| out.push(week));
    out
}

/// Calls `visit` with each week of one cohort's course, in order: a
/// module's live hours and co-host in its first week, its support and
/// learner hours spread over its weeks. No allocation: `analyze` runs it on
/// every keystroke.
fn each_week(course: &Course, plan: &Workload, mut visit: impl FnMut(CohortWeek)) {
    let n = plan.assumptions().learners_per_cohort();
    for (index, module) in course.modules().iter().enumerate() {
        let (mut live, mut support, mut minutes) = (0.0, 0.0, 0u64);
        for (_, cell) in module.cells() {
            let (cell_live, cell_support) = plan.cell_staff_hours(cell, n);
            live += cell_live;
            support += cell_support;
            if cell.is_planned() {
                minutes += u64::from(cell.minutes.get());
            }
        }
        let weeks = module.weeks.get();
        let (support, learner) = (
            support / f64::from(weeks),
            hours(minutes) / f64::from(weeks),
        );
        for week in 0..weeks {
            visit(CohortWeek {
                module: index,
                learner_hours: learner,
                staff_hours: support + if week == 0 { live } else { 0.0 },
            });
        }
    }
}

/// One cohort's staff hours week by week, folded onto a 52-week year, then
/// every cohort of the year added at its start week: O(course weeks + 52 k).
fn staff_peak(course: &Course, plan: &Workload) -> f64 {
    let a = plan.assumptions();
    let mut year = [0.0; YEAR];
    let mut week = 0;
    each_week(course, plan, |load| {
        year[week % YEAR] += load.staff_hours;
        week += 1;
    });
    let k = a.cohorts_per_year().max(1) as usize;
    let starts: Vec<usize> = (0..k).map(|j| YEAR * j / k).collect();
    (0..YEAR)
        .map(|week| {
            starts
                .iter()
                .map(|&s| year[(week + YEAR - s % YEAR) % YEAR])
                .sum::<f64>()
        })
        .fold(0.0, f64::max)
}

/// The longest maximal run of modules with no live cell holding a planned
/// module, by weeks; a tie keeps the earlier run.
fn longest_stretch(tallies: &[ModuleTally], weeks: &[u32]) -> Option<WeekStretch> {
    let mut longest: Option<WeekStretch> = None;
    let mut run: Option<(WeekStretch, bool)> = None;
    let mut close = |run: Option<(WeekStretch, bool)>| {
        if let Some((stretch, true)) = run
            && longest.is_none_or(|best| stretch.weeks > best.weeks)
        {
            longest = Some(stretch);
        }
    };
    for (index, (tally, &w)) in tallies.iter().zip(weeks).enumerate() {
        if tally.has_live() {
            close(run.take());
            continue;
        }
        let (mut stretch, planned) = run.unwrap_or((
            WeekStretch {
                first: index,
                last: index,
                weeks: 0,
                learner_hours: 0.0,
            },
            false,
        ));
        stretch.last = index;
        stretch.weeks += w;
        stretch.learner_hours += hours(tally.self_paced_minutes);
        run = Some((stretch, planned || tally.is_planned()));
    }
    close(run);
    longest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{ActivityKind, Assumption, Assumptions, Cell, GagneEvent, Minutes, Module};

    /// A module of `weeks` weeks: a live 60-minute session (taught to each
    /// section) and a self-paced 120-minute assignment (10 support minutes
    /// per learner-hour), or self-paced only.
    fn module(title: &str, weeks: u32, live: bool) -> Module {
        let mut m = Module::new(title);
        m.weeks = Weeks::new(weeks).unwrap();
        let cell = |kind, minutes| Cell::new(kind, Minutes::new(minutes).unwrap());
        if live {
            *m.cell_mut(GagneEvent::ProvideGuidance) = cell(ActivityKind::Session, 60);
        }
        *m.cell_mut(GagneEvent::AssessPerformance) = cell(ActivityKind::Assignment, 120);
        m
    }

    /// 15 learners (one section, not past the co-host threshold of 15), k cohorts a year.
    fn course(modules: Vec<Module>, cohorts: f64) -> Course {
        let a = Assumptions::default()
            .with(Assumption::LearnersPerCohort, 15.0)
            .and_then(|a| a.with(Assumption::CohortsPerYear, cohorts))
            .unwrap();
        Course::new("Weeks", a, modules).unwrap()
    }

    #[test]
    fn weeks_and_the_learners_heaviest_week() {
        // 1 + 4 weeks; module 1: 3 h in 1 week, module 2: 2 h over 4 weeks = 0.5 h
        let t = analyze(&course(
            vec![module("A", 1, true), module("B", 4, false)],
            1.0,
        ));
        assert_eq!(t.weeks.course_weeks, 5);
        assert!((t.weeks.learner_hours_per_week_max - 3.0).abs() < 1e-12);
    }

    #[test]
    fn one_cohort_a_year_peaks_in_the_week_of_the_live_session() {
        // Support: 2 h x 10 min x 15 learners / 60 = 5 h a cohort per module.
        // Module A (1 week): 1 h live + 5 h support in week 0.
        // Module B (4 weeks, no live): 5 / 4 = 1.25 h in weeks 1-4.
        let t = analyze(&course(
            vec![module("A", 1, true), module("B", 4, false)],
            1.0,
        ));
        let support = 2.0 * 10.0 * 15.0 / 60.0;
        assert!((t.weeks.staff_hours_per_week_peak - (1.0 + support)).abs() < 1e-9);
    }

    #[test]
    fn cohorts_that_overlap_add_up_in_the_same_week() {
        // A 20-week course (one module with a live session in week 0 and 5 h of
        // support over 20 weeks = 0.25 h a week), 4 cohorts a year starting in weeks
        // 0, 13, 26 and 39: a course of 20 weeks overlaps the next cohort by 7.
        // Week 13: cohort 2's first week (1 + 0.25) and cohort 1's week 13 (0.25) = 1.5.
        let t = analyze(&course(vec![module("Long", 20, true)], 4.0));
        let support = 2.0 * 10.0 * 15.0 / 60.0 / 20.0;
        assert!((t.weeks.staff_hours_per_week_peak - (1.0 + 2.0 * support)).abs() < 1e-9);
    }

    #[test]
    fn a_course_longer_than_a_year_adds_onto_its_own_early_weeks() {
        // Two modules: 52 weeks (live in week 0), then 10 weeks (live in week 52 = week
        // 0 of the next year). One cohort a year: week 0 holds both live sessions,
        // 2 h, and the support of module 1 (5/52) and of module 2 (5/10).
        let t = analyze(&course(
            vec![module("Y", 52, true), module("Z", 10, true)],
            1.0,
        ));
        let support = 2.0 * 10.0 * 15.0 / 60.0;
        let week0 = 2.0 + support / 52.0 + support / 10.0;
        assert!((t.weeks.staff_hours_per_week_peak - week0).abs() < 1e-9);
        assert_eq!(t.weeks.course_weeks, 62);
    }

    #[test]
    fn the_stretch_counts_weeks_and_the_unplanned_modules_inside_it() {
        // live | sp 2w | unplanned 3w | sp 1w | live | unplanned 5w
        let modules = vec![
            module("A", 1, true),
            module("B", 2, false),
            {
                let mut m = Module::new("Break");
                m.weeks = Weeks::new(3).unwrap();
                m
            },
            module("C", 1, false),
            module("D", 1, true),
            {
                let mut m = Module::new("Holiday");
                m.weeks = Weeks::new(5).unwrap();
                m
            },
        ];
        let t = analyze(&course(modules, 1.0));
        let stretch = t.weeks.longest_self_paced_stretch.unwrap();
        // modules 2-4: 2 + 3 + 1 = 6 weeks (the trailing holiday holds nothing planned)
        assert_eq!((stretch.first, stretch.last, stretch.weeks), (1, 3, 6));
        assert!((stretch.learner_hours - 4.0).abs() < 1e-12);
    }
}
