//! "What if": what pressing Space on a cell would change, shown before the
//! user presses it.
//!
//! Priced from the cell's own contribution: the plan's workloads have the
//! cell taken out and its toggled self put in (thirteen tallies adjusted),
//! so the line costs nothing like a second analysis per keystroke.

use crate::model::{Cell, GagneEvent, Mode};

use super::Tradeoffs;
use super::scalability::BreakEven;

/// One figure before and after the change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BeforeAfter<T> {
    pub before: T,
    pub after: T,
}

impl BeforeAfter<f64> {
    /// After minus before.
    pub fn change(&self) -> f64 {
        self.after - self.before
    }
}

/// What toggling one planned cell would do to the figures a learning
/// designer weighs first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WhatIf {
    /// The mode the cell would take.
    pub to: Mode,
    /// The cell is unplanned: Space plans it, with these minutes.
    pub plans: Option<crate::model::Minutes>,
    /// One-time build hours.
    pub build_hours: BeforeAfter<f64>,
    /// Staff hours for each cohort (instructor and co-host).
    pub staff_hours_per_cohort: BeforeAfter<f64>,
    /// Against the all-live twin, which the change can move too (a live
    /// cell's own kind stands in the twin until it turns self-paced).
    pub break_even: BeforeAfter<BreakEven>,
}

impl WhatIf {
    /// What Space on `event`'s `cell` would change in a plan analysed as
    /// `tradeoffs`: a toggle, or on an unplanned cell, planning it.
    pub fn toggle(tradeoffs: &Tradeoffs, event: GagneEvent, cell: &Cell) -> WhatIf {
        let mut toggled = cell.clone();
        toggled.space(event);
        let before = &tradeoffs.variants;
        let after = before.with_cell_changed(event, cell, &toggled);
        let n = before.this_plan.assumptions().learners_per_cohort();
        let break_even = |variants: &super::Variants| {
            BreakEven::between(
                &variants.this_plan.cost_line(),
                &variants.all_live.cost_line(),
            )
        };
        WhatIf {
            to: toggled.mode(),
            plans: (!cell.is_planned()).then_some(toggled.minutes),
            build_hours: BeforeAfter {
                before: before.this_plan.build_hours(),
                after: after.this_plan.build_hours(),
            },
            staff_hours_per_cohort: BeforeAfter {
                before: before.this_plan.staff_hours_per_cohort(n),
                after: after.this_plan.staff_hours_per_cohort(n),
            },
            break_even: BeforeAfter {
                before: break_even(before),
                after: break_even(&after),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{ActivityKind, Assumptions, Course, Minutes, Module};
    use crate::samples::Sample;

    fn course(cells: &[(GagneEvent, ActivityKind, u16)]) -> Course {
        let mut module = Module::new("Shaping");
        for &(event, kind, minutes) in cells {
            *module.cell_mut(event) = Cell::new(kind, Minutes::new(minutes).unwrap());
        }
        Course::new("Bread", Assumptions::default(), vec![module]).unwrap()
    }

    #[test]
    fn a_live_session_turned_video_costs_build_hours_and_saves_cohort_hours() {
        // Defaults: 24 learners in 2 sections of 12 (no co-host); a session
        // builds at 10 h per learner-hour, a video at 40.
        let course = course(&[(GagneEvent::PresentContent, ActivityKind::Session, 30)]);
        let tradeoffs = analyze(&course);
        let cell = course.modules()[0].cell(GagneEvent::PresentContent);
        let what_if = WhatIf::toggle(&tradeoffs, GagneEvent::PresentContent, cell);
        assert_eq!(what_if.to, Mode::SelfPaced);
        // build: 0.5 h x 10 = 5 -> 0.5 h x 40 = 20
        assert_eq!(
            (what_if.build_hours.before, what_if.build_hours.after),
            (5.0, 20.0)
        );
        // per cohort: 0.5 h x 2 sections = 1 -> a video needs no one
        assert_eq!(
            (
                what_if.staff_hours_per_cohort.before,
                what_if.staff_hours_per_cohort.after
            ),
            (1.0, 0.0)
        );
        // The plan is its own all-live twin: already. After, 20 <= 5 + c from c = 15.
        assert_eq!(what_if.break_even.before, BreakEven::Already);
        assert_eq!(what_if.break_even.after, BreakEven::After(15));
    }

    #[test]
    fn an_unplanned_cell_is_priced_as_space_plans_it() {
        // Space plans event 1 self-paced (a video), 5 minutes: 5/60 h x 40 build.
        let course = course(&[]);
        let cell = course.modules()[0].cell(GagneEvent::GainAttention);
        let what_if = WhatIf::toggle(&analyze(&course), GagneEvent::GainAttention, cell);
        assert_eq!(what_if.plans, Some(Minutes::new(5).unwrap()));
        assert_eq!(what_if.to, Mode::SelfPaced);
        assert!((what_if.build_hours.after - 5.0 * 40.0 / 60.0).abs() < 1e-9);
        assert_eq!(what_if.build_hours.before, 0.0);
    }

    /// The line promises what Space then does: for every cell of the
    /// samples, the "after" figures are those of the toggled plan analysed
    /// from scratch.
    #[test]
    fn the_promise_matches_the_toggle_on_every_sample_cell() {
        for sample in [Sample::MasterBaker, Sample::MasterChef] {
            let course = sample.course();
            let tradeoffs = analyze(&course);
            for (index, module) in course.modules().iter().enumerate() {
                for (event, cell) in module.cells() {
                    let what_if = WhatIf::toggle(&tradeoffs, event, cell);
                    let mut toggled = course.clone();
                    toggled.modules_mut()[index].toggle(event);
                    let truth = analyze(&toggled);
                    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
                    assert!(close(what_if.build_hours.after, truth.hours.build_hours));
                    assert!(close(
                        what_if.staff_hours_per_cohort.after,
                        truth.hours.staff_hours_per_cohort
                    ));
                    assert_eq!(what_if.break_even.after, truth.scalability.break_even);
                    assert_eq!(what_if.build_hours.before, tradeoffs.hours.build_hours);
                }
            }
        }
    }
}
