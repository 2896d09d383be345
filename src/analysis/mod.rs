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
//! [`Summary`] (the `--json` object); the plain-text report is
//! [`crate::present::report`].

mod accountability;
mod completion;
mod hours;
mod learner_time;
mod line_of_understanding;
mod money;
pub(crate) mod numbers;
mod reach;
mod scalability;
mod summary;
mod tally;
mod warnings;
mod weeks;
mod what_if;

#[cfg(test)]
mod properties;

use serde::Serialize;

pub use accountability::{Accountability, Stretch};
pub use completion::Completion;
pub use hours::{CostLine, CostLines, InstructorHours, KindHours, Variants, Workload};
pub use learner_time::{LearnerTime, ModuleTime};
pub use line_of_understanding::{Deviation, LineOfUnderstanding};
pub use money::{MoneyFigures, money_line, money_lines};
pub use reach::{MissedZone, Reach, ReachSummary, ZoneAtSlot, zones_at_slot};
pub use scalability::{BREAK_EVEN_HORIZON, BreakEven, Scalability};
pub use summary::{Summary, summary_json};
pub use warnings::{CappedSections, ModuleRef, Warning};
pub use weeks::{CohortWeek, ModuleWeek, WEEKS_LISTED, WeekFigures, WeekStretch, cohort_weeks};
pub use what_if::{BeforeAfter, WhatIf};

use crate::model::{Course, LearningType};
use tally::ModuleTally;

/// Everything the analysis says about one plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Tradeoffs {
    pub hours: InstructorHours,
    pub scalability: Scalability,
    pub accountability: Accountability,
    /// Who is expected to finish: always computed.
    pub completion: Completion,
    /// What the plan costs and earns; `None` when no instructor rate is set.
    pub money: Option<MoneyFigures>,
    pub line_of_understanding: LineOfUnderstanding,
    pub learner_time: LearnerTime,
    /// The course in weeks: its length, the heaviest learner week, the
    /// staff's busiest week, the longest run without a live checkpoint.
    pub weeks: WeekFigures,
    /// Planned minutes per Laurillard learning type.
    pub learning_types: LearningTypeMinutes,
    /// Where the hours go: every kind with a planned cell, in table order.
    pub by_kind: Vec<KindHours>,
    pub warnings: Vec<Warning>,
    /// Who the live slot reaches; `None` without a schedule with learner
    /// zones, or without a live cell.
    pub reach: Option<Reach>,
    /// The plan and its twins priced kind by kind, kept so that variants
    /// (other cohort sizes, all live, all self-paced) cost no new pass over the cells.
    pub variants: Variants,
}

/// Planned learner minutes for each of Laurillard's six learning types.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LearningTypeMinutes([u64; 6]);

impl LearningTypeMinutes {
    pub fn of(variants: &Variants) -> LearningTypeMinutes {
        let mut minutes = [0; 6];
        for kind in crate::model::ActivityKind::ALL {
            minutes[kind.learning_type().index()] += variants.this_plan.minutes_of(kind);
        }
        LearningTypeMinutes(minutes)
    }

    pub fn get(&self, learning_type: LearningType) -> u64 {
        self.0[learning_type.index()]
    }

    /// Every type with its minutes, in Laurillard's order, zeros included.
    pub fn iter(&self) -> impl Iterator<Item = (LearningType, u64)> + '_ {
        LearningType::ALL.into_iter().map(|t| (t, self.get(t)))
    }
}

impl Serialize for LearningTypeMinutes {
    /// An object with all six keys, as `summary --json` promises.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(6))?;
        for (learning_type, minutes) in self.iter() {
            map.serialize_entry(learning_type.key(), &minutes)?;
        }
        map.end()
    }
}

/// Analyses `course`: two passes over its cells, no I/O.
pub fn analyze(course: &Course) -> Tradeoffs {
    let tallies: Vec<ModuleTally> = course.modules().iter().map(ModuleTally::of).collect();
    let variants = Variants::of(course);
    let plan = &variants.this_plan;
    let hours = plan.instructor_hours();
    let accountability = Accountability::of(&tallies);
    let completion = Completion::of(&accountability, plan.assumptions());
    let weeks = WeekFigures::of(course, &tallies, plan);
    let money = plan
        .assumptions()
        .money()
        .rates()
        .map(|rates| MoneyFigures::of(&variants, &hours, &completion, &rates));
    let reach = reach_of(course, &tallies);
    let warnings = warnings::warnings(
        course,
        &tallies,
        plan,
        &hours,
        &warnings::Outcomes {
            completion: &completion,
            money: money.as_ref(),
            reach: reach.as_ref(),
            weeks: &weeks,
        },
    );
    Tradeoffs {
        hours,
        scalability: Scalability::of(&variants),
        accountability,
        completion,
        money,
        line_of_understanding: LineOfUnderstanding::of(course),
        learner_time: LearnerTime::of(&tallies),
        weeks,
        learning_types: LearningTypeMinutes::of(&variants),
        by_kind: plan.by_kind(),
        warnings,
        reach,
        variants,
    }
}

/// The reach of the plan's live slot, from its schedule and which modules
/// hold a live cell.
fn reach_of(course: &Course, tallies: &[ModuleTally]) -> Option<Reach> {
    let schedule = course.schedule.as_ref()?;
    let weeks: Vec<u32> = course.modules().iter().map(|m| m.weeks.get()).collect();
    let live: Vec<bool> = tallies.iter().map(ModuleTally::has_live).collect();
    Reach::of(schedule, &weeks, &live)
}

impl Tradeoffs {
    /// The plan's workload: its minutes kind by kind, and its assumptions.
    pub fn workload(&self) -> &Workload {
        &self.variants.this_plan
    }

    /// Cumulative staff hours against cohorts taught, for this plan and its
    /// all-live and all-self-paced twins.
    pub fn cost_lines(&self) -> CostLines {
        self.variants.cost_lines()
    }

    /// Staff hours per cohort (live, support, co-host) if a cohort had
    /// `learners` learners, sections and groups recomputed: for a chart of
    /// hours against cohort size.
    pub fn staff_hours_per_cohort_for(&self, learners: u32) -> f64 {
        self.variants.this_plan.staff_hours_per_cohort(learners)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

    fn cell(kind: ActivityKind, minutes: u16) -> Cell {
        Cell::new(kind, Minutes::new(minutes).unwrap())
    }

    /// One module: a 60-minute video for the content, a 30-minute live workshop for practice.
    fn video_and_workshop() -> Course {
        let mut module = Module::new("Shaping");
        *module.cell_mut(GagneEvent::PresentContent) = cell(ActivityKind::Video, 60);
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Workshop, 30);
        Course::new("Bread", Assumptions::default(), vec![module]).unwrap()
    }

    /// The analysis of [`video_and_workshop`] with `event`'s cell of another kind.
    fn with_kind(event: GagneEvent, kind: ActivityKind) -> Tradeoffs {
        let mut course = video_and_workshop();
        course.modules_mut()[0].cell_mut(event).kind = kind;
        analyze(&course)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_small_mixed_plan_has_every_figure_by_hand() {
        let t = analyze(&video_and_workshop());
        // defaults n = 24, k = 4, sections of at most 20, co-host above 15, groups of 25
        // sections = ceil(24/20) = 2 of 12; 1 tutor group
        assert_eq!(
            (t.hours.sections, t.hours.section_size, t.hours.tutor_groups),
            (2, 12, 1)
        );
        // build = 1 h video * 40 + 0.5 h workshop * 3 = 41.5
        assert!(close(t.hours.build_hours, 41.5));
        // live = 0.5 h * 2 sections = 1.0; no support; no co-host (12 <= 15): staff 1.0
        assert!(close(t.hours.live_hours_per_cohort, 1.0));
        assert_eq!(t.hours.support_hours_per_cohort, 0.0);
        assert!(close(t.hours.staff_hours_per_cohort, 1.0));
        // first year 41.5 + 4 * 1.0 = 45.5; per learner 45.5 / 96
        assert!(close(t.hours.first_year_hours, 45.5));
        assert!(close(t.hours.hours_per_learner, 45.5 / 96.0));
        // 124 learners: 7 sections of 18 > 15, so a co-host: 0.5*7 + 0.5*7 = 7.0; 7.0 - 1.0 = 6.0
        assert!(close(t.scalability.marginal_hours_per_100_learners, 6.0));
        // all-live twin: the video becomes a Session: build 10 + 1.5 = 11.5, staff 1.5 * 2 = 3.0
        // 41.5 + c <= 11.5 + 3c -> 30 <= 2c -> c = 15
        assert_eq!(t.scalability.break_even, BreakEven::After(15));
        assert!((t.scalability.self_paced_share - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(t.by_kind.len(), 2);
        // a video is acquisition, a workshop practice
        assert_eq!(t.learning_types.get(LearningType::Acquisition), 60);
        assert_eq!(t.learning_types.get(LearningType::Practice), 30);
        assert_eq!(t.learning_types.iter().map(|(_, m)| m).sum::<u64>(), 90);
        assert_eq!(
            (
                t.accountability.live_checkpoints,
                t.accountability.planned_modules
            ),
            (1, 1)
        );
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
        // the only video is all of the self-paced minutes; 24 learners > 20
        assert!(matches!(
            t.warnings[0],
            Warning::MostlyVideo {
                video_minutes: 60,
                self_paced_minutes: 60
            }
        ));
        assert!(matches!(
            t.warnings[1],
            Warning::SectionsMultiplyLiveHours { sections: 2, .. }
        ));
        assert_eq!(t.warnings.len(), 2);
    }

    #[test]
    fn one_self_paced_cells_kind_moves_break_even_and_the_next_hundred_learners() {
        let t = with_kind(GagneEvent::PresentContent, ActivityKind::Assignment);
        // build = 2 (per assignment) + 1.5 = 3.5; support 1 h * 10 min * 24 / 60 = 4.0
        assert!(close(t.hours.build_hours, 3.5));
        assert!(close(t.hours.support_hours_per_cohort, 4.0));
        // staff 1.0 + 4.0 = 5.0 against the twin's 11.5 + 3c: 3.5 + 5c <= 11.5 + 3c only
        // while c <= 4. Cheaper for four cohorts, dearer for ever after: marking every
        // learner costs more each cohort than teaching the hour live, so it never pays off.
        assert_eq!(t.scalability.break_even, BreakEven::Never);
        // 124 learners: support 10 * 124 / 60 = 20.67, live 3.5, co-host 3.5 -> 27.67 - 5.0
        assert!(close(
            t.scalability.marginal_hours_per_100_learners,
            1240.0 / 60.0 + 7.0 - 5.0
        ));
    }

    #[test]
    fn one_self_paced_cells_mode_moves_break_even_and_the_next_hundred_learners() {
        let mut course = video_and_workshop();
        course.modules_mut()[0]
            .cell_mut(GagneEvent::PresentContent)
            .toggle(GagneEvent::PresentContent);
        let t = analyze(&course);
        // now all live: the plan is its own twin
        assert_eq!(t.scalability.break_even, BreakEven::Already);
        // 24: 1.5 h * 2 = 3.0; 124: 1.5 * 7 = 10.5 plus the co-host 10.5 -> 21 - 3 = 18
        assert!(close(t.scalability.marginal_hours_per_100_learners, 18.0));
    }

    #[test]
    fn a_live_cells_kind_leaves_break_even_alone() {
        let t = with_kind(GagneEvent::ElicitPerformance, ActivityKind::Critique);
        // plan 40.5 + 2c, twin 10.5 + 4c: still 15 (the critique is in both)
        assert!(close(t.hours.build_hours, 40.5));
        assert!(close(t.hours.staff_hours_per_cohort, 2.0));
        assert_eq!(t.scalability.break_even, BreakEven::After(15));
    }

    #[test]
    fn a_hundred_more_learners_can_cost_fewer_hours_when_sections_shrink_below_the_cohost() {
        // One hour live. 127 learners in sections of at most 22: 6 sections of 22,
        // past a co-host threshold of 21: 6 h taught + 6 h co-hosted = 12 h.
        // 227 learners: 11 sections of 21, no co-host: 11 h. So -1 h.
        let mut module = Module::new("Live");
        *module.cell_mut(GagneEvent::ProvideGuidance) = cell(ActivityKind::Session, 60);
        let a = Assumptions::default()
            .with(crate::model::Assumption::LearnersPerCohort, 127.0)
            .and_then(|a| a.with(crate::model::Assumption::LiveSectionMax, 22.0))
            .and_then(|a| a.with(crate::model::Assumption::CohostAbove, 21.0))
            .unwrap();
        let t = analyze(&Course::new("Sections", a, vec![module]).unwrap());
        assert!(close(t.hours.staff_hours_per_cohort, 12.0));
        assert!(close(t.scalability.marginal_hours_per_100_learners, -1.0));
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
        assert_eq!(t.hours.staff_hours_per_cohort, 0.0);
        assert_eq!(t.hours.hours_per_learner, 0.0);
        assert!(!t.hours.cohost_needed);
        assert_eq!(t.scalability.self_paced_share, 0.0);
        assert_eq!(t.scalability.marginal_hours_per_100_learners, 0.0);
        // nothing costs nothing, as does its all-live version
        assert_eq!(t.scalability.break_even, BreakEven::Already);
        assert_eq!(t.accountability.share, 0.0);
        assert_eq!(t.line_of_understanding.planned_cells, 0);
        assert_eq!(t.line_of_understanding.aligned_minutes_share, 0.0);
        assert_eq!(t.learner_time.per_module.len(), 2);
        assert!(t.by_kind.is_empty());
        assert_eq!(t.warnings, vec![Warning::NothingPlanned]);
    }

    #[test]
    fn the_helpers_price_variants_without_reanalysing() {
        let t = analyze(&video_and_workshop());
        let lines = t.cost_lines();
        assert_eq!(lines.this_plan.at(4), t.hours.first_year_hours);
        // all live 11.5 + 3c; all self-paced: the workshop becomes Practice (1 per activity)
        assert!(close(lines.all_live.at(1), 14.5));
        assert!(close(lines.all_self_paced.at(1), 41.0));
        assert_eq!(
            t.staff_hours_per_cohort_for(24),
            t.hours.staff_hours_per_cohort
        );
        assert!(close(t.staff_hours_per_cohort_for(124), 7.0));
    }

    #[test]
    fn an_all_live_plan_has_already_broken_even_with_itself() {
        let mut course = Course::with_recommended_modules("Live", 3).unwrap();
        for module in course.modules_mut() {
            for event in GagneEvent::ALL {
                module.cell_mut(event).set_mode(event, Mode::Live);
            }
        }
        assert_eq!(analyze(&course).scalability.break_even, BreakEven::Already);
    }

    #[test]
    fn a_saved_and_reloaded_plan_analyses_the_same() {
        // Everything a figure depends on (kinds, reuse, kind costs) survives the file.
        let mut course = Course::with_recommended_modules("Bread", 12).unwrap();
        course.modules_mut()[3]
            .cell_mut(GagneEvent::PresentContent)
            .reuse = true;
        course.modules_mut()[4]
            .cell_mut(GagneEvent::ProvideFeedback)
            .kind = ActivityKind::Critique;
        let setting = crate::model::Setting::Kind(
            ActivityKind::Forum,
            crate::model::KindField::SupportMinutes,
        );
        course.assumptions.set_value(setting, 90.0).unwrap();
        let reloaded = crate::plan_file::parse(&crate::plan_file::to_string(&course)).unwrap();
        assert_eq!(analyze(&reloaded), analyze(&course));
    }
}
