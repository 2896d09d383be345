//! Invariants of [`analyze`] over random valid plans: random modules (1..30),
//! minutes 0..=600 in steps of 5, random kinds (and so modes) and reuse,
//! random assumptions, kind costs, completion rates and money (often none)
//! within their ranges, empty plans included.

use proptest::prelude::*;
use proptest::sample::Index;

use super::*;
use crate::model::{
    ActivityKind, Assumption, Assumptions, Cell, CompletionField, GagneEvent, Minutes, Mode,
    Module, MoneyField, Setting,
};

fn minutes() -> impl Strategy<Value = Minutes> {
    prop_oneof![
        1 => Just(0u16),
        3 => 1..=120u16,
    ]
    .prop_map(|steps| Minutes::new(steps * Minutes::STEP).unwrap_or(Minutes::MAX))
}

fn kind() -> impl Strategy<Value = ActivityKind> {
    (0..ActivityKind::ALL.len()).prop_map(|i| ActivityKind::ALL[i])
}

fn module() -> impl Strategy<Value = Module> {
    proptest::array::uniform9((kind(), minutes(), any::<bool>())).prop_map(|cells| {
        let mut module = Module::new("M");
        for (event, (kind, minutes, reuse)) in GagneEvent::ALL.into_iter().zip(cells) {
            let cell = module.cell_mut(event);
            *cell = Cell::new(kind, minutes);
            cell.reuse = reuse;
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

/// A kind's number: its bounds, anywhere between, or the table's default.
fn number(setting: Setting) -> impl Strategy<Value = f64> {
    let (min, max) = setting.range();
    prop_oneof![
        Just(min),
        min..=max,
        Just(max),
        Just(setting.default_value())
    ]
}

fn assumptions() -> impl Strategy<Value = Assumptions> {
    let plain = (
        whole(Assumption::LearnersPerCohort, 200),
        whole(Assumption::CohortsPerYear, 12),
        whole(Assumption::LiveSectionMax, 40),
        whole(Assumption::CohostAbove, 40),
        whole(Assumption::TutorGroupSize, 40),
        whole(Assumption::CheckpointEveryWeeks, 6),
        whole(Assumption::LearnerWeekLimitHours, 10),
    );
    let kinds: Vec<Setting> = Setting::all()
        .filter(|s| matches!(s, Setting::Kind(..)))
        .collect();
    let numbers: Vec<_> = kinds.iter().map(|&s| number(s)).collect();
    let completion = CompletionField::ALL.map(|field| number(Setting::Completion(field)));
    // Each money value left out or given; no instructor rate means no money.
    let money = MoneyField::ALL.map(|field| proptest::option::of(number(Setting::Money(field))));
    (plain, numbers, completion, money).prop_map(move |(plain, numbers, completion, money)| {
        let plain = [
            plain.0, plain.1, plain.2, plain.3, plain.4, plain.5, plain.6,
        ];
        let mut a = Assumption::ALL
            .into_iter()
            .zip(plain)
            .fold(Assumptions::default(), |a, (which, value)| {
                a.with(which, value).expect("strategy stays in range")
            });
        let settings = kinds.iter().copied().zip(numbers);
        // The rate with checkpoints is the larger of the two, as a plan must have it.
        let [x, y] = completion;
        a.set_completion(x.max(y), x.min(y))
            .expect("strategy stays in range");
        let money = MoneyField::ALL
            .into_iter()
            .zip(money)
            .filter_map(|(field, value)| Some((Setting::Money(field), value?)));
        for (setting, value) in settings.chain(money) {
            a.set_value(setting, value)
                .expect("strategy stays in range");
        }
        a
    })
}

fn course() -> impl Strategy<Value = Course> {
    (assumptions(), proptest::collection::vec(module(), 1..30))
        .prop_map(|(a, modules)| Course::new("P", a, modules).expect("1..30 modules"))
}

/// A course and one of its cells: a module's index and an event.
fn course_and_cell() -> impl Strategy<Value = (Course, usize, GagneEvent)> {
    (course(), any::<Index>(), any::<Index>()).prop_map(|(course, module, event)| {
        let module = module.index(course.modules().len());
        (course, module, GagneEvent::ALL[event.index(9)])
    })
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
        h.staff_hours_per_cohort,
        h.first_year_hours,
        h.later_year_hours,
        h.hours_per_learner,
        t.scalability.self_paced_share,
        t.accountability.share,
        t.accountability.longest_stretch_hours(),
        t.learner_time.live_hours,
        t.learner_time.self_paced_hours,
        t.line_of_understanding.aligned_minutes_share,
        t.staff_hours_per_cohort_for(0),
        t.staff_hours_per_cohort_for(u32::MAX),
    ];
    for k in &t.by_kind {
        all.extend([
            k.build_hours,
            k.live_hours_per_cohort,
            k.support_hours_per_cohort,
        ]);
    }
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
    // 100 more learners may cost fewer hours: 127 learners in sections of 22
    // past a co-host threshold of 21 need a co-host; 227 in 11 sections of 21
    // do not (6 L taught + 6 L co-hosted, against 11 L). Finite, of either sign.
    prop_assert!(t.scalability.marginal_hours_per_100_learners.is_finite());
    prop_assert!((0.0..=1.0).contains(&t.scalability.self_paced_share));
    prop_assert!((0.0..=1.0).contains(&t.accountability.share));
    prop_assert!((0.0..=1.0).contains(&t.line_of_understanding.aligned_minutes_share));
    let planned: u64 = t.learning_types.iter().map(|(_, m)| m).sum();
    let learner_hours = t.learner_time.live_hours + t.learner_time.self_paced_hours;
    prop_assert!((planned as f64 / 60.0 - learner_hours).abs() <= 1e-9 * learner_hours.max(1.0));
    let built: f64 = t.by_kind.iter().map(|k| k.build_hours).sum();
    prop_assert!((built - t.hours.build_hours).abs() <= 1e-9 * built.max(1.0));
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
    let (with, without) = (
        t.workload()
            .assumptions()
            .completion()
            .get(CompletionField::WithCheckpoints),
        t.workload()
            .assumptions()
            .completion()
            .get(CompletionField::WithoutCheckpoints),
    );
    let e = t.completion.expected;
    prop_assert!(
        e >= with.min(without) && e <= with.max(without),
        "{} not within {} and {}",
        e,
        without,
        with
    );
    prop_assert_eq!(
        t.money.is_some(),
        t.workload().assumptions().money().rates().is_some()
    );
    if let Some(m) = &t.money {
        let amounts = [
            m.build_cost,
            m.cost_per_cohort,
            m.revenue_per_cohort,
            m.margin_per_cohort,
            m.first_year_cost,
            m.first_year_revenue,
            m.first_year_profit,
            m.later_year_profit,
            m.cost_per_learner,
            m.cost_per_completer.unwrap_or(0.0),
        ];
        prop_assert!(amounts.iter().all(|x| x.is_finite()), "{:?}", amounts);
        prop_assert_eq!(m.cost_per_completer.is_none(), e == 0.0);
    }
    let json = summary_json(t);
    let object = json.as_object().expect("an object");
    for (key, value) in object {
        let may_be_null = key == "break_even_cohorts"
            || (key == "money" && t.money.is_none())
            || (key == "reach" && t.reach.is_none());
        prop_assert!(!value.is_null() || may_be_null, "{} is null", key);
    }
    if let Some(money) = object["money"].as_object() {
        prop_assert_eq!(money.len(), 13);
        for (key, value) in money {
            let may_be_null = matches!(
                key.as_str(),
                "cost_per_completer" | "payback_cohorts" | "cost_break_even_cohorts"
            );
            prop_assert!(!value.is_null() || may_be_null, "money.{} is null", key);
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn every_figure_is_finite_and_every_share_within_zero_and_one(course in course()) {
        let t = analyze(&course);
        check_sound(&t)?;
        // One cohort's weeks, cell by cell, add up to its staff hours, and its
        // learner hours to the learner time.
        let weeks = cohort_weeks(&course, t.workload());
        let staff: f64 = weeks.iter().map(|w| w.staff_hours).sum();
        let expected = t.hours.staff_hours_per_cohort;
        prop_assert!((staff - expected).abs() <= 1e-9 * expected.max(1.0), "{} against {}", staff, expected);
        let learner: f64 = weeks
            .iter()
            .map(|w| w.learner_hours)
            .sum();
        let total = t.learner_time.total_hours();
        prop_assert!((learner - total).abs() <= 1e-9 * total.max(1.0));
        prop_assert!(t.weeks.staff_hours_per_week_peak >= 0.0);
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
    fn toggling_any_cell_keeps_every_figure_sound_and_live_time_follows((mut course, module, event) in course_and_cell()) {
        let before = analyze(&course);
        let cell = course.modules_mut()[module].cell_mut(event);
        let was = cell.mode();
        cell.toggle(event);
        let after = analyze(&course);
        check_sound(&after)?;
        let planned = course.modules()[module].cell(event).is_planned();
        if planned && was == Mode::SelfPaced {
            prop_assert!(after.hours.live_hours_per_cohort > before.hours.live_hours_per_cohort);
            prop_assert!(after.accountability.live_checkpoints >= before.accountability.live_checkpoints);
        }
        if planned && was == Mode::Live {
            prop_assert!(after.hours.live_hours_per_cohort < before.hours.live_hours_per_cohort);
        }
    }

    #[test]
    fn the_all_live_twin_of_an_all_live_plan_is_itself(mut course in course()) {
        for module in course.modules_mut() {
            module.set_modes(|_| Mode::Live);
        }
        let t = analyze(&course);
        prop_assert_eq!(t.variants.all_live, t.variants.this_plan);
        prop_assert_eq!(t.scalability.break_even, BreakEven::Already);
    }

    #[test]
    fn reuse_never_raises_build_hours((mut course, module, event) in course_and_cell()) {
        course.modules_mut()[module].cell_mut(event).reuse = false;
        let built = analyze(&course);
        course.modules_mut()[module].cell_mut(event).reuse = true;
        let reused = analyze(&course);
        prop_assert!(reused.hours.build_hours <= built.hours.build_hours);
        // and reuse changes nothing else a cohort costs
        prop_assert_eq!(reused.hours.staff_hours_per_cohort, built.hours.staff_hours_per_cohort);
    }

    #[test]
    fn an_all_self_paced_plan_has_no_live_hours_and_no_cohost(mut course in course()) {
        for module in course.modules_mut() {
            module.set_modes(|_| Mode::SelfPaced);
        }
        let t = analyze(&course);
        prop_assert_eq!(t.hours.live_hours_per_cohort, 0.0);
        prop_assert_eq!(t.learner_time.live_hours, 0.0);
        prop_assert!(!t.hours.cohost_needed);
        prop_assert_eq!(t.hours.cohost_hours_per_cohort, 0.0);
        prop_assert_eq!(t.accountability.live_checkpoints, 0);
    }

    #[test]
    fn break_even_is_the_first_cohort_from_which_the_plan_stays_at_most_all_live(course in course()) {
        // Checked against the definition with a tolerance a thousand times looser
        // than the engine's, so that this is no copy of its formula.
        let t = analyze(&course);
        let lines = t.cost_lines();
        let (plan, live) = (lines.this_plan, lines.all_live);
        let slack = |c: u32| 1e-6 * plan.at(c).abs().max(live.at(c).abs()).max(1.0);
        let cheaper = |c: u32| plan.at(c) <= live.at(c) + slack(c);
        let dearer = |c: u32| plan.at(c) > live.at(c) - slack(c);
        let h = BREAK_EVEN_HORIZON;
        match t.scalability.break_even {
            BreakEven::Already => prop_assert!(cheaper(1) && cheaper(h)),
            BreakEven::After(c) => {
                prop_assert!((2..=h).contains(&c));
                prop_assert!(cheaper(c) && cheaper(h), "at most from {} on", c);
                prop_assert!(dearer(c - 1), "not yet at {}", c - 1);
            }
            // Never: dearer at the horizon, or never at most before it.
            BreakEven::Never => prop_assert!(dearer(h) || !(1..=h).any(cheaper)),
        }
    }

    #[test]
    fn raising_the_price_never_lowers_profit_nor_moves_payback_later(
        mut course in course(),
        rate in 0.0..=100_000.0f64,
        raise in 0.0..=1_000_000.0f64,
    ) {
        let price = Setting::Money(MoneyField::PricePerLearner);
        let instructor = Setting::Money(MoneyField::InstructorRate);
        course.assumptions.set_value(instructor, rate).unwrap();
        let low = course.assumptions.value(price);
        let high = (low + raise).min(price.range().1);
        let before = analyze(&course).money.unwrap();
        course.assumptions.set_value(price, high).unwrap();
        let after = analyze(&course).money.unwrap();
        prop_assert!(after.first_year_profit >= before.first_year_profit);
        prop_assert!(after.later_year_profit >= before.later_year_profit);
        prop_assert!(after.margin_per_cohort >= before.margin_per_cohort);
        // costs do not depend on the price
        prop_assert_eq!(after.first_year_cost, before.first_year_cost);
        let cohorts = |b: BreakEven| b.cohorts().unwrap_or(BREAK_EVEN_HORIZON + 1);
        prop_assert!(cohorts(after.payback) <= cohorts(before.payback));
    }

    #[test]
    fn the_cost_line_at_a_years_cohorts_is_the_first_year(course in course()) {
        let t = analyze(&course);
        let k = course.assumptions.cohorts_per_year();
        prop_assert_eq!(t.cost_lines().this_plan.at(k), t.hours.first_year_hours);
    }
}
