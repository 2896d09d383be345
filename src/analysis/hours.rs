//! Staff hours: building the course once, then teaching and supporting every
//! cohort, priced by what learners do in each cell (its activity kind).
//!
//! Every figure derives from a [`Workload`]: the plan's learner minutes kind
//! by kind, and its assumptions. Keeping it apart from the course lets the
//! analysis price variants (the all-live twin, more learners, another cohort
//! size for a chart) without walking the cells again.

use serde::Serialize;

use crate::model::{
    ActivityKind, Assumptions, Cell, Course, GagneEvent, KindCosts, Minutes, Mode, SupportPer,
};

/// What one kind adds up to in a plan: all its costs derive from these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
struct KindTally {
    /// Planned cells of the kind.
    cells: u32,
    /// Their learner minutes.
    minutes: u64,
    /// Minutes and cells that still have to be built (not `reuse`).
    built_minutes: u64,
    built_cells: u32,
}

/// The few numbers every staff-hours figure of a plan derives from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Workload {
    kinds: [KindTally; 13],
    assumptions: Assumptions,
}

impl Workload {
    /// A plan with nothing planned yet, under `assumptions`.
    pub fn empty(assumptions: &Assumptions) -> Workload {
        Workload {
            kinds: [KindTally::default(); 13],
            assumptions: *assumptions,
        }
    }

    /// Counts one cell (unplanned cells count for nothing).
    pub fn add(&mut self, cell: &Cell) {
        self.add_kind(cell.kind, cell.minutes, cell.reuse);
    }

    /// Counts `event`'s cell as it would be in `mode`: as it is when it is in
    /// that mode already, else with the event's default kind for `mode`, not
    /// reused (the twins' rule: what was built for one mode is not the other's).
    pub fn add_in_mode(&mut self, event: GagneEvent, cell: &Cell, mode: Mode) {
        if cell.mode() == mode {
            self.add(cell);
        } else {
            self.add_kind(event.default_kind(mode), cell.minutes, false);
        }
    }

    fn add_kind(&mut self, kind: ActivityKind, minutes: Minutes, reuse: bool) {
        if minutes == Minutes::ZERO {
            return;
        }
        let minutes = u64::from(minutes.get());
        let tally = &mut self.kinds[kind.index()];
        tally.cells += 1;
        tally.minutes += minutes;
        if !reuse {
            tally.built_minutes += minutes;
            tally.built_cells += 1;
        }
    }

    /// The assumptions every figure derives from.
    pub fn assumptions(&self) -> &Assumptions {
        &self.assumptions
    }

    fn costs(&self, kind: ActivityKind) -> &KindCosts {
        self.assumptions.kind(kind)
    }

    /// Learner minutes in planned cells of one kind.
    pub fn minutes_of(&self, kind: ActivityKind) -> u64 {
        self.kinds[kind.index()].minutes
    }

    fn minutes_in(&self, mode: Mode) -> u64 {
        ActivityKind::of_mode(mode)
            .map(|kind| self.kinds[kind.index()].minutes)
            .sum()
    }

    /// Learner minutes in planned live cells.
    pub fn live_minutes(&self) -> u64 {
        self.minutes_in(Mode::Live)
    }

    /// Learner minutes in planned self-paced cells.
    pub fn self_paced_minutes(&self) -> u64 {
        self.minutes_in(Mode::SelfPaced)
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

    /// Tutor groups a cohort of `learners` splits into: ceil(n / group size).
    pub fn tutor_groups(&self, learners: u32) -> u32 {
        learners.div_ceil(self.assumptions.tutor_group_size().max(1))
    }

    /// One-time hours to build what is not reused, of one kind.
    pub fn build_hours_of(&self, kind: ActivityKind) -> f64 {
        let tally = &self.kinds[kind.index()];
        let costs = self.costs(kind);
        // Minutes times ratio first, one division last: whole-number inputs
        // then give whole-number answers (370.0, not 369.99999999999994).
        tally.built_minutes as f64 * costs.build_hours_per_hour / 60.0
            + f64::from(tally.built_cells) * costs.build_hours_per_activity
    }

    /// Live hours of one kind for a cohort: each session is taught once per section.
    pub fn live_hours_of(&self, kind: ActivityKind, learners: u32) -> f64 {
        match kind.mode() {
            Mode::Live => {
                self.kinds[kind.index()].minutes as f64 * f64::from(self.sections(learners)) / 60.0
            }
            Mode::SelfPaced => 0.0,
        }
    }

    /// Support hours of one kind for a cohort: its support minutes for each
    /// hour of the activity, for every learner or tutor group it serves.
    pub fn support_hours_of(&self, kind: ActivityKind, learners: u32) -> f64 {
        let served = match kind.support_per() {
            Some(SupportPer::Learner) => learners,
            Some(SupportPer::Group) => self.tutor_groups(learners),
            None => return 0.0,
        };
        self.kinds[kind.index()].minutes as f64
            * self.costs(kind).support_minutes
            * f64::from(served)
            / 3600.0
    }

    /// One-time hours to build the course.
    pub fn build_hours(&self) -> f64 {
        ActivityKind::ALL
            .into_iter()
            .map(|kind| self.build_hours_of(kind))
            .sum()
    }

    /// The instructor repeats each live session for every section.
    pub fn live_hours_per_cohort(&self, learners: u32) -> f64 {
        self.live_minutes() as f64 * f64::from(self.sections(learners)) / 60.0
    }

    /// Marking, critique, forums and projects, for one cohort.
    pub fn support_hours_per_cohort(&self, learners: u32) -> f64 {
        ActivityKind::ALL
            .into_iter()
            .map(|kind| self.support_hours_of(kind, learners))
            .sum()
    }

    /// A live cell is planned and a section holds more than `cohost_above` learners.
    pub fn cohost_needed(&self, learners: u32) -> bool {
        self.live_minutes() > 0 && self.section_size(learners) > self.assumptions.cohost_above()
    }

    /// The co-host sits through every live hour, when one is needed.
    pub fn cohost_hours_per_cohort(&self, learners: u32) -> f64 {
        if self.cohost_needed(learners) {
            self.live_hours_per_cohort(learners)
        } else {
            0.0
        }
    }

    /// The instructor's own hours for a cohort: live teaching plus support.
    pub fn instructor_hours_per_cohort(&self, learners: u32) -> f64 {
        self.live_hours_per_cohort(learners) + self.support_hours_per_cohort(learners)
    }

    /// Everyone's hours for a cohort of `learners`: the instructor's and the
    /// co-host's. What every total, chart and comparison uses.
    pub fn staff_hours_per_cohort(&self, learners: u32) -> f64 {
        self.instructor_hours_per_cohort(learners) + self.cohost_hours_per_cohort(learners)
    }

    /// Cumulative staff hours of this workload against cohorts taught.
    pub fn cost_line(&self) -> CostLine {
        CostLine {
            build_hours: self.build_hours(),
            hours_per_cohort: self.staff_hours_per_cohort(self.assumptions.learners_per_cohort()),
        }
    }

    /// Every kind with a planned cell, with what it costs at the plan's cohort size.
    pub fn by_kind(&self) -> Vec<KindHours> {
        let n = self.assumptions.learners_per_cohort();
        ActivityKind::ALL
            .into_iter()
            .filter(|kind| self.kinds[kind.index()].cells > 0)
            .map(|kind| {
                let tally = &self.kinds[kind.index()];
                KindHours {
                    kind,
                    cells: tally.cells,
                    minutes: tally.minutes,
                    build_hours: self.build_hours_of(kind),
                    support_hours_per_cohort: self.support_hours_of(kind, n),
                    live_hours_per_cohort: self.live_hours_of(kind, n),
                }
            })
            .collect()
    }

    /// Every staff-hours figure at the plan's own cohort size.
    pub fn instructor_hours(&self) -> InstructorHours {
        let n = self.assumptions.learners_per_cohort();
        let k = f64::from(self.assumptions.cohorts_per_year());
        let build_hours = self.build_hours();
        let live_hours_per_cohort = self.live_hours_per_cohort(n);
        let support_hours_per_cohort = self.support_hours_per_cohort(n);
        let instructor_hours_per_cohort = live_hours_per_cohort + support_hours_per_cohort;
        let cohost_hours_per_cohort = self.cohost_hours_per_cohort(n);
        let staff_hours_per_cohort = instructor_hours_per_cohort + cohost_hours_per_cohort;
        let first_year_hours = build_hours + k * staff_hours_per_cohort;
        // n and k are at least 1 by their ranges; max(1) keeps this total anyway.
        let learners_a_year = k * f64::from(n.max(1));
        InstructorHours {
            sections: self.sections(n),
            section_size: self.section_size(n),
            tutor_groups: self.tutor_groups(n),
            build_hours,
            live_hours_per_cohort,
            support_hours_per_cohort,
            instructor_hours_per_cohort,
            cohost_needed: self.cohost_needed(n),
            cohost_hours_per_cohort,
            staff_hours_per_cohort,
            first_year_hours,
            later_year_hours: k * staff_hours_per_cohort,
            hours_per_learner: first_year_hours / learners_a_year,
        }
    }
}

/// What the staff spend on a plan, in hours.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct InstructorHours {
    /// Live sections per cohort: ceil(learners / live_section_max), at least 1.
    pub sections: u32,
    /// Learners in the largest section: ceil(learners / sections).
    pub section_size: u32,
    /// Tutor groups per cohort: ceil(learners / tutor_group_size).
    pub tutor_groups: u32,
    /// One-time: each kind's build hours per learner-hour and per activity, reused cells free.
    pub build_hours: f64,
    /// Live learner hours times sections.
    pub live_hours_per_cohort: f64,
    /// Each supported kind's minutes per learner-hour, for every learner or tutor group.
    pub support_hours_per_cohort: f64,
    /// The instructor's own hours: live plus support.
    pub instructor_hours_per_cohort: f64,
    /// Some cell is live and a section holds more learners than `cohost_above`.
    pub cohost_needed: bool,
    /// A second person's hours in the live room (the live hours, when needed; else 0).
    pub cohost_hours_per_cohort: f64,
    /// Instructor plus co-host: the hours every total below counts.
    pub staff_hours_per_cohort: f64,
    /// Build plus every cohort of the year.
    pub first_year_hours: f64,
    /// Every cohort of the year, the course already built.
    pub later_year_hours: f64,
    /// First-year hours over the learners of the year.
    pub hours_per_learner: f64,
}

/// Where the hours go: one kind's share of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KindHours {
    #[serde(skip)]
    pub kind: ActivityKind,
    pub cells: u32,
    pub minutes: u64,
    pub build_hours: f64,
    pub support_hours_per_cohort: f64,
    pub live_hours_per_cohort: f64,
}

/// Cumulative staff hours against cohorts taught: a line with the build as
/// its intercept and the per-cohort hours as its slope.
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

/// A plan and its two twins, priced in one pass over the cells: the same
/// course with every planned cell live (what break-even measures against) and
/// with every planned cell self-paced (the charts' third line).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Variants {
    pub this_plan: Workload,
    pub all_live: Workload,
    pub all_self_paced: Workload,
}

impl Variants {
    pub fn of(course: &Course) -> Variants {
        let empty = Workload::empty(&course.assumptions);
        let mut variants = Variants {
            this_plan: empty,
            all_live: empty,
            all_self_paced: empty,
        };
        for module in course.modules() {
            for (event, cell) in module.cells() {
                variants.this_plan.add(cell);
                variants.all_live.add_in_mode(event, cell, Mode::Live);
                variants
                    .all_self_paced
                    .add_in_mode(event, cell, Mode::SelfPaced);
            }
        }
        variants
    }

    /// The three cost lines, for the break-even chart.
    pub fn cost_lines(&self) -> CostLines {
        CostLines {
            this_plan: self.this_plan.cost_line(),
            all_live: self.all_live.cost_line(),
            all_self_paced: self.all_self_paced.cost_line(),
        }
    }
}

/// This plan's cost line beside its all-live and all-self-paced twins, for
/// the break-even chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLines {
    pub this_plan: CostLine,
    pub all_live: CostLine,
    pub all_self_paced: CostLine,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumption, Module};

    fn assumptions(changes: &[(Assumption, f64)]) -> Assumptions {
        changes
            .iter()
            .fold(Assumptions::default(), |a, &(which, value)| {
                a.with(which, value).unwrap()
            })
    }

    fn workload(a: &Assumptions, cells: &[(ActivityKind, u16)]) -> Workload {
        let mut w = Workload::empty(a);
        for &(kind, minutes) in cells {
            w.add(&Cell::new(kind, Minutes::new(minutes).unwrap()));
        }
        w
    }

    #[test]
    fn a_cohort_past_the_section_max_splits_into_even_sections() {
        let w = |max: f64| Workload::empty(&assumptions(&[(Assumption::LiveSectionMax, max)]));
        // 24 / 20 -> 2 sections of ceil(24/2) = 12
        assert_eq!((w(20.0).sections(24), w(20.0).section_size(24)), (2, 12));
        // 40 / 20 -> exactly 2 sections of 20
        assert_eq!((w(20.0).sections(40), w(20.0).section_size(40)), (2, 20));
        // 41 / 20 -> 3 sections, ceil(41/3) = 14
        assert_eq!((w(20.0).sections(41), w(20.0).section_size(41)), (3, 14));
        // 5 / 20 -> 1 section of 5
        assert_eq!((w(20.0).sections(5), w(20.0).section_size(5)), (1, 5));
        // no learners at all still means one (empty) section
        assert_eq!((w(20.0).sections(0), w(20.0).section_size(0)), (1, 0));
        // tutor groups of 25: 24 -> 1, 26 -> 2, 124 -> 5
        let g = Workload::empty(&Assumptions::default());
        assert_eq!(
            (g.tutor_groups(24), g.tutor_groups(26), g.tutor_groups(124)),
            (1, 2, 5)
        );
    }

    #[test]
    fn each_kind_costs_by_its_own_numbers() {
        // Defaults: n = 24, 2 sections of 12, 1 tutor group of 25.
        let w = workload(
            &Assumptions::default(),
            &[
                (ActivityKind::Video, 30),      // build 0.5 h * 40 = 20
                (ActivityKind::Practice, 90),   // build 1 per activity, whatever its length
                (ActivityKind::Assignment, 30), // build 2; support 0.5 h * 10 min * 24 / 60 = 2
                (ActivityKind::Forum, 60),      // build 1; support 1 h * 120 min * 1 group / 60 = 2
                (ActivityKind::Critique, 60), // build 1 h * 1 = 1; live 1 h * 2 = 2; support 1*5*24/60 = 2
                (ActivityKind::Session, 30),  // build 0.5 * 10 = 5; live 0.5 * 2 = 1
            ],
        );
        assert!((w.build_hours_of(ActivityKind::Practice) - 1.0).abs() < 1e-12);
        // build = 20 + 1 + 2 + 1 + 1 + 5 = 30
        assert!((w.build_hours() - 30.0).abs() < 1e-9);
        // live = (60 + 30) min / 60 * 2 sections = 3
        assert!((w.live_hours_per_cohort(24) - 3.0).abs() < 1e-9);
        // support = 2 + 2 + 2 = 6
        assert!((w.support_hours_per_cohort(24) - 6.0).abs() < 1e-9);
        // sections of 12 are not past 15: staff = instructor = 9
        assert!(!w.cohost_needed(24));
        assert!((w.staff_hours_per_cohort(24) - 9.0).abs() < 1e-9);
        let h = w.instructor_hours();
        // first year 30 + 4 * 9 = 66; later 36; per learner 66 / 96
        assert!((h.first_year_hours - 66.0).abs() < 1e-9);
        assert!((h.later_year_hours - 36.0).abs() < 1e-9);
        assert!((h.hours_per_learner - 66.0 / 96.0).abs() < 1e-12);
        let by_kind = w.by_kind();
        assert_eq!(by_kind.len(), 6);
        let forum = by_kind
            .iter()
            .find(|k| k.kind == ActivityKind::Forum)
            .unwrap();
        assert_eq!((forum.cells, forum.minutes), (1, 60));
        assert!((forum.support_hours_per_cohort - 2.0).abs() < 1e-9);
    }

    #[test]
    fn a_forum_costs_per_group_and_marking_per_learner() {
        // 124 learners: 5 tutor groups; 1 h of forum = 120 min * 5 / 60 = 10 h,
        // 1 h of assignment = 10 min * 124 / 60 = 20.67 h.
        let w = workload(
            &Assumptions::default(),
            &[(ActivityKind::Forum, 60), (ActivityKind::Assignment, 60)],
        );
        assert!((w.support_hours_of(ActivityKind::Forum, 124) - 10.0).abs() < 1e-9);
        assert!((w.support_hours_of(ActivityKind::Assignment, 124) - 1240.0 / 60.0).abs() < 1e-9);
        // a video needs no one, however many watch it
        let video = workload(&Assumptions::default(), &[(ActivityKind::Video, 60)]);
        assert_eq!(video.staff_hours_per_cohort(1_000_000), 0.0);
    }

    #[test]
    fn a_reused_cell_costs_no_build_hours_but_the_same_support() {
        let mut w = Workload::empty(&Assumptions::default());
        let mut cell = Cell::new(ActivityKind::Assignment, Minutes::new(30).unwrap());
        cell.reuse = true;
        w.add(&cell);
        assert_eq!(w.build_hours(), 0.0);
        assert!((w.support_hours_per_cohort(24) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn a_section_past_cohost_above_adds_the_cohost_to_staff_hours() {
        // n = 30, max 40 -> 1 section of 30 > 15: the co-host sits through all live hours.
        let a = assumptions(&[
            (Assumption::LearnersPerCohort, 30.0),
            (Assumption::LiveSectionMax, 40.0),
        ]);
        let h = workload(&a, &[(ActivityKind::Workshop, 90)]).instructor_hours();
        // live = 1.5 h * 1 section = 1.5; co-host 1.5; staff 3.0; first year 4.5*3 build + 4*3
        assert!(h.cohost_needed);
        assert!((h.cohost_hours_per_cohort - 1.5).abs() < 1e-9);
        assert!((h.instructor_hours_per_cohort - 1.5).abs() < 1e-9);
        assert!((h.staff_hours_per_cohort - 3.0).abs() < 1e-9);
        // build = 1.5 h * 3 = 4.5; first year = 4.5 + 4 * 3 = 16.5
        assert!((h.first_year_hours - 16.5).abs() < 1e-9);
    }

    #[test]
    fn no_live_cell_needs_no_cohost_however_large_the_cohort() {
        let a = assumptions(&[
            (Assumption::LearnersPerCohort, 300.0),
            (Assumption::LiveSectionMax, 1000.0),
        ]);
        let h = workload(&a, &[(ActivityKind::Video, 90)]).instructor_hours();
        assert!(!h.cohost_needed);
        assert_eq!(h.cohost_hours_per_cohort, 0.0);
    }

    #[test]
    fn the_twins_take_each_events_default_kind_and_drop_reuse() {
        let mut module = Module::new("M");
        let mut video = Cell::new(ActivityKind::Video, Minutes::new(30).unwrap());
        video.reuse = true;
        *module.cell_mut(GagneEvent::PresentContent) = video;
        *module.cell_mut(GagneEvent::ElicitPerformance) =
            Cell::new(ActivityKind::Critique, Minutes::new(60).unwrap());
        let course = Course::new("C", Assumptions::default(), vec![module]).unwrap();
        let v = Variants::of(&course);
        // the plan: the reused video builds nothing, the critique 1 h * 1 = 1
        assert!((v.this_plan.build_hours() - 1.0).abs() < 1e-12);
        // all live: the video becomes a Session (0.5 h * 10 = 5), the critique stays
        assert!((v.all_live.build_hours() - 6.0).abs() < 1e-12);
        assert_eq!(v.all_live.live_minutes(), 90);
        // all self-paced: the critique becomes Practice (1 per activity), the video stays reused
        assert!((v.all_self_paced.build_hours() - 1.0).abs() < 1e-12);
        assert_eq!(v.all_self_paced.self_paced_minutes(), 90);
    }

    #[test]
    fn unplanned_cells_cost_nothing() {
        let mut w = Workload::empty(&Assumptions::default());
        w.add(&Cell::unplanned(GagneEvent::ProvideFeedback));
        assert_eq!(w, Workload::empty(&Assumptions::default()));
    }
}
