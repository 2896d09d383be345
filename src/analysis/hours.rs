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

/// Whether a cell is counted in or taken back out.
#[derive(Debug, Clone, Copy)]
enum Count {
    Add,
    Remove,
}

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
#[derive(Debug, Clone, Copy, PartialEq)]
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
        self.count(cell.kind, cell.minutes, cell.reuse, Count::Add);
    }

    /// Takes back a cell that [`Workload::add`] counted: what the "what if"
    /// line uses to price one change without walking the plan again.
    pub fn remove(&mut self, cell: &Cell) {
        self.count(cell.kind, cell.minutes, cell.reuse, Count::Remove);
    }

    /// Counts `event`'s cell as it would be in `mode`: as it is when it is in
    /// that mode already, else with the event's default kind for `mode`, not
    /// reused (the twins' rule: what was built for one mode is not the other's).
    pub fn add_in_mode(&mut self, event: GagneEvent, cell: &Cell, mode: Mode) {
        self.count_in_mode(event, cell, mode, Count::Add);
    }

    /// Takes back what [`Workload::add_in_mode`] counted.
    pub fn remove_in_mode(&mut self, event: GagneEvent, cell: &Cell, mode: Mode) {
        self.count_in_mode(event, cell, mode, Count::Remove);
    }

    fn count_in_mode(&mut self, event: GagneEvent, cell: &Cell, mode: Mode, how: Count) {
        if cell.mode() == mode {
            self.count(cell.kind, cell.minutes, cell.reuse, how);
        } else {
            self.count(event.default_kind(mode), cell.minutes, false, how);
        }
    }

    fn count(&mut self, kind: ActivityKind, minutes: Minutes, reuse: bool, how: Count) {
        if minutes == Minutes::ZERO {
            return;
        }
        let tally = &mut self.kinds[kind.index()];
        let minutes = u64::from(minutes.get());
        let built = u32::from(!reuse);
        match how {
            Count::Add => {
                tally.cells += 1;
                tally.minutes += minutes;
                tally.built_cells += built;
                tally.built_minutes += minutes * u64::from(built);
            }
            // Only ever takes back a cell that was added, so nothing underflows.
            Count::Remove => {
                tally.cells -= 1;
                tally.minutes -= minutes;
                tally.built_cells -= built;
                tally.built_minutes -= minutes * u64::from(built);
            }
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

    /// What one cell adds to a cohort of `learners`: its live hours with
    /// their co-host (taught once per section), and its support. The same
    /// sums as the workload's own figures, cell by cell, with no tally built:
    /// what the week-by-week figures spread over a module's weeks.
    pub fn cell_staff_hours(&self, cell: &Cell, learners: u32) -> (f64, f64) {
        if !cell.is_planned() {
            return (0.0, 0.0);
        }
        let minutes = f64::from(cell.minutes.get());
        let live = match cell.kind.mode() {
            Mode::Live => {
                let taught = minutes * f64::from(self.sections(learners)) / 60.0;
                let cohost = self.section_size(learners) > self.assumptions.cohost_above();
                taught * if cohost { 2.0 } else { 1.0 }
            }
            Mode::SelfPaced => 0.0,
        };
        let served = match cell.kind.support_per() {
            Some(SupportPer::Learner) => learners,
            Some(SupportPer::Group) => self.tutor_groups(learners),
            None => 0,
        };
        let support = minutes * self.costs(cell.kind).support_minutes * f64::from(served) / 3600.0;
        (live, support)
    }

    /// Cumulative staff hours of this workload against cohorts taught.
    pub fn cost_line(&self) -> CostLine {
        CostLine {
            once: self.build_hours(),
            per_cohort: self.staff_hours_per_cohort(self.assumptions.learners_per_cohort()),
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

/// Cumulative cost against cohorts taught, in staff hours or in money: a
/// line with the build as its intercept and each cohort's cost as its slope.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLine {
    /// The one-time build.
    pub once: f64,
    /// What each cohort adds.
    pub per_cohort: f64,
}

impl CostLine {
    /// Spent once `cohorts` cohorts have been taught.
    pub fn at(&self, cohorts: u32) -> f64 {
        self.once + f64::from(cohorts) * self.per_cohort
    }
}

/// A plan and its two twins, priced in one pass over the cells: the same
/// course with every planned cell live (what break-even measures against) and
/// with every planned cell self-paced (the charts' third line).
#[derive(Debug, Clone, Copy, PartialEq)]
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

    /// The three workloads with one cell of `event` changed from `old` to
    /// `new`: thirteen tallies adjusted, not the plan walked again.
    pub fn with_cell_changed(&self, event: GagneEvent, old: &Cell, new: &Cell) -> Variants {
        let mut variants = *self;
        variants.this_plan.remove(old);
        variants.this_plan.add(new);
        for (workload, mode) in [
            (&mut variants.all_live, Mode::Live),
            (&mut variants.all_self_paced, Mode::SelfPaced),
        ] {
            workload.remove_in_mode(event, old, mode);
            workload.add_in_mode(event, new, mode);
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
#[path = "hours_tests.rs"]
mod tests;
