//! Invariants of [`analyze`] over random valid plans: random modules (1..30),
//! minutes 0..=600 in steps of 5, random modes, random assumptions within
//! [`Assumption::range`], empty plans included.

use proptest::prelude::*;
use proptest::sample::Index;

use super::*;
use crate::model::{Assumption, Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

fn minutes() -> impl Strategy<Value = Minutes> {
    prop_oneof![
        1 => Just(0u16),
        3 => 1..=120u16,
    ]
    .prop_map(|steps| Minutes::new(steps * Minutes::STEP).unwrap_or(Minutes::MAX))
}

fn mode() -> impl Strategy<Value = Mode> {
    prop_oneof![Just(Mode::Live), Just(Mode::SelfPaced)]
}

fn module() -> impl Strategy<Value = Module> {
    proptest::array::uniform9((mode(), minutes())).prop_map(|cells| {
        let mut module = Module::new("M");
        for (event, (mode, minutes)) in GagneEvent::ALL.into_iter().zip(cells) {
            *module.cell_mut(event) = Cell::new(mode, minutes);
        }
        module
    })
}

/// A whole-number assumption: usually small (real courses), sometimes anywhere in range.
fn whole(assumption: Assumption, small: u32) -> impl Strategy<Value = f64> {
    let (min, max) = assumption.range();
    let (min, max) = (min as u32, max as u32);
    prop_oneof![min..=small.max(min), min..=max].prop_map(f64::from)
}

fn ratio(assumption: Assumption) -> impl Strategy<Value = f64> {
    let (min, max) = assumption.range();
    prop_oneof![Just(min), min..=max, Just(max)]
}

fn assumptions() -> impl Strategy<Value = Assumptions> {
    (
        whole(Assumption::LearnersPerCohort, 200),
        whole(Assumption::CohortsPerYear, 12),
        whole(Assumption::LiveSectionMax, 40),
        whole(Assumption::CohostAbove, 40),
        ratio(Assumption::LiveBuildHoursPerHour),
        ratio(Assumption::SelfPacedBuildHoursPerHour),
        ratio(Assumption::SupportMinutesPerLearnerHour),
    )
        .prop_map(|values| {
            let values = [
                values.0, values.1, values.2, values.3, values.4, values.5, values.6,
            ];
            Assumption::ALL
                .into_iter()
                .zip(values)
                .fold(Assumptions::default(), |a, (which, value)| {
                    a.with(which, value).expect("strategy stays in range")
                })
        })
}

fn course() -> impl Strategy<Value = Course> {
    (assumptions(), proptest::collection::vec(module(), 1..30))
        .prop_map(|(a, modules)| Course::new("P", a, modules).expect("1..30 modules"))
}

/// A course where no cell has minutes, whatever the modes.
fn empty_course() -> impl Strategy<Value = Course> {
    (assumptions(), proptest::collection::vec(module(), 1..30)).prop_map(|(a, mut modules)| {
        for module in &mut modules {
            for event in GagneEvent::ALL {
                module.cell_mut(event).minutes = Minutes::ZERO;
            }
        }
        Course::new("Empty", a, modules).expect("1..30 modules")
    })
}

/// Every number the analysis and its helpers give.
fn figures(t: &Tradeoffs) -> Vec<f64> {
    let h = &t.hours;
    let lines = t.cost_lines();
    let mut all = vec![
        h.build_hours,
        h.live_hours_per_cohort,
        h.support_hours_per_cohort,
        h.instructor_hours_per_cohort,
        h.cohost_hours_per_cohort,
        h.first_year_hours,
        h.later_year_hours,
        h.hours_per_learner,
        t.scalability.self_paced_share,
        t.scalability.marginal_hours_per_100_learners,
        t.accountability.share,
        t.accountability.longest_stretch_hours(),
        t.learner_time.live_hours,
        t.learner_time.self_paced_hours,
        t.instructor_hours_per_cohort_for(0),
        t.instructor_hours_per_cohort_for(u32::MAX),
    ];
    for line in [lines.this_plan, lines.all_live, lines.all_self_paced] {
        all.extend([line.at(1), line.at(BREAK_EVEN_HORIZON)]);
    }
    for m in &t.learner_time.per_module {
        all.extend([m.live_hours, m.self_paced_hours]);
    }
    all
}

fn check_sound(t: &Tradeoffs) -> Result<(), TestCaseError> {
    for (i, x) in figures(t).into_iter().enumerate() {
        prop_assert!(x.is_finite() && x >= 0.0, "figure {} is {}", i, x);
    }
    prop_assert!((0.0..=1.0).contains(&t.scalability.self_paced_share));
    prop_assert!((0.0..=1.0).contains(&t.accountability.share));
    let a = &t.accountability;
    prop_assert!(a.live_checkpoints <= a.planned_modules);
    prop_assert!(a.longest_stretch_modules() <= a.planned_modules - a.live_checkpoints);
    let l = &t.line_of_understanding;
    prop_assert_eq!(l.aligned_cells + l.deviations.len(), l.planned_cells);
    for warning in &t.warnings {
        let sentence = warning.to_string();
        prop_assert!(
            !sentence.contains("NaN") && !sentence.contains("inf"),
            "{}",
            sentence
        );
    }
    let json = summary_json(t);
    let object = json.as_object().expect("an object");
    for (key, value) in object {
        prop_assert!(
            !value.is_null() || key == "break_even_cohorts",
            "{} is null",
            key
        );
    }
    Ok(())
}

proptest! {
    #[test]
    fn every_figure_is_finite_and_every_share_within_zero_and_one(course in course()) {
        check_sound(&analyze(&course))?;
    }

    #[test]
    fn a_plan_with_nothing_planned_is_sound_and_zero(course in empty_course()) {
        let t = analyze(&course);
        check_sound(&t)?;
        prop_assert_eq!(t.hours.first_year_hours, 0.0);
        prop_assert_eq!(t.scalability.self_paced_share, 0.0);
        prop_assert_eq!(t.accountability.share, 0.0);
        prop_assert_eq!(t.warnings, vec![Warning::NothingPlanned]);
    }

    #[test]
    fn toggling_a_planned_self_paced_cell_to_live_never_lowers_live_hours_nor_raises_support(
        mut course in course(),
        module in any::<Index>(),
        event in any::<Index>(),
        minutes in 1..=120u16,
    ) {
        let module = module.index(course.modules().len());
        let event = GagneEvent::ALL[event.index(9)];
        *course.modules_mut()[module].cell_mut(event) =
            Cell::new(Mode::SelfPaced, Minutes::new(minutes * 5).unwrap_or(Minutes::MAX));
        let before = analyze(&course);
        course.modules_mut()[module].cell_mut(event).mode = Mode::Live;
        let after = analyze(&course);
        prop_assert!(after.hours.live_hours_per_cohort >= before.hours.live_hours_per_cohort);
        prop_assert!(after.hours.support_hours_per_cohort <= before.hours.support_hours_per_cohort);
        prop_assert!(after.accountability.live_checkpoints >= before.accountability.live_checkpoints);
    }

    #[test]
    fn an_all_self_paced_plan_has_no_live_hours_and_no_cohost(mut course in course()) {
        for module in course.modules_mut() {
            for event in GagneEvent::ALL {
                module.cell_mut(event).mode = Mode::SelfPaced;
            }
        }
        let t = analyze(&course);
        prop_assert_eq!(t.hours.live_hours_per_cohort, 0.0);
        prop_assert_eq!(t.learner_time.live_hours, 0.0);
        prop_assert!(!t.hours.cohost_needed);
        prop_assert_eq!(t.hours.cohost_hours_per_cohort, 0.0);
        prop_assert_eq!(t.accountability.live_checkpoints, 0);
    }

    #[test]
    fn break_even_is_the_first_cohort_where_the_plan_costs_at_most_all_live(course in course()) {
        let t = analyze(&course);
        let lines = t.cost_lines();
        let first = (1..=BREAK_EVEN_HORIZON).find(|&c| {
            let (plan, live) = (lines.this_plan.at(c), lines.all_live.at(c));
            plan <= live + 1e-9 * plan.abs().max(live.abs()).max(1.0)
        });
        prop_assert_eq!(t.scalability.break_even.cohorts(), first);
    }

    #[test]
    fn the_cost_line_at_a_years_cohorts_is_the_first_year(course in course()) {
        let t = analyze(&course);
        let k = course.assumptions.cohorts_per_year();
        prop_assert_eq!(t.cost_lines().this_plan.at(k), t.hours.first_year_hours);
    }
}
