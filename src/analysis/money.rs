//! Money: what the course costs at the plan's hourly rates, what it earns at
//! its price, and when it pays for itself. Only for a plan with an
//! instructor rate; every figure derives from the staff hours and the rates.
//!
//! As UCL's CRAM does, cost is hours times a rate for each kind of staff time
//! (building, teaching and support, co-hosting), and income is fee times
//! learners, set against cost over the runs of the course.

use serde::{Serialize, Serializer};

use super::completion::Completion;
use super::hours::{CostLine, CostLines, InstructorHours, Variants, Workload};
use super::scalability::{BREAK_EVEN_HORIZON, BreakEven, at_most};
use crate::model::{Currency, Rates};

/// The money figures of a plan, unrounded (`summary --json`'s `money` object:
/// every key always present, a figure that cannot be had is null).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MoneyFigures {
    /// Build hours times the build rate.
    pub build_cost: f64,
    /// The instructor's hours a cohort at their rate, plus the co-host's at theirs.
    pub cost_per_cohort: f64,
    /// Learners per cohort times the price.
    pub revenue_per_cohort: f64,
    pub margin_per_cohort: f64,
    /// Build, every cohort of the year and the fixed costs.
    pub first_year_cost: f64,
    pub first_year_revenue: f64,
    pub first_year_profit: f64,
    /// A year of cohorts once the course is built, less the fixed costs.
    pub later_year_profit: f64,
    /// First-year cost over the learners of the year.
    pub cost_per_learner: f64,
    /// First-year cost over the learners expected to finish; none when no one is.
    pub cost_per_completer: Option<f64>,
    /// The cohort from which the running total of margins covers the build
    /// and each year's fixed costs for good (within the horizon).
    #[serde(rename = "payback_cohorts", serialize_with = "cohorts")]
    pub payback: BreakEven,
    /// When the plan's cumulative cost falls to its all-live twin's at the same rates.
    #[serde(rename = "cost_break_even_cohorts", serialize_with = "cohorts")]
    pub cost_break_even: BreakEven,
    /// The text the plan shows before every amount (`"$"`, `"CHF "`; empty
    /// when it sets none), so a script reading the amounts knows their unit.
    pub currency: Currency,
}

/// 1 for "already", the cohort for "after", null for "never".
fn cohorts<S: Serializer>(value: &BreakEven, serializer: S) -> Result<S::Ok, S::Error> {
    value.cohorts().serialize(serializer)
}

impl MoneyFigures {
    pub fn of(
        variants: &Variants,
        hours: &InstructorHours,
        completion: &Completion,
        rates: &Rates,
    ) -> MoneyFigures {
        let a = variants.this_plan.assumptions();
        let n = f64::from(a.learners_per_cohort());
        let k = f64::from(a.cohorts_per_year());
        let line = cost_line(hours, rates);
        let (build_cost, cost_per_cohort) = (line.once, line.per_cohort);
        let revenue_per_cohort = n * rates.price_per_learner;
        let margin_per_cohort = revenue_per_cohort - cost_per_cohort;
        let first_year_cost = build_cost + k * cost_per_cohort + rates.fixed_costs_per_year;
        let first_year_revenue = k * revenue_per_cohort;
        let completers_a_year = k * n * completion.expected;
        MoneyFigures {
            currency: a.money().currency,
            build_cost,
            cost_per_cohort,
            revenue_per_cohort,
            margin_per_cohort,
            first_year_cost,
            first_year_revenue,
            first_year_profit: first_year_revenue - first_year_cost,
            later_year_profit: k * margin_per_cohort - rates.fixed_costs_per_year,
            // n and k are at least 1 by their ranges.
            cost_per_learner: first_year_cost / (k * n),
            cost_per_completer: (completers_a_year > 0.0)
                .then(|| first_year_cost / completers_a_year),
            payback: payback(
                margin_per_cohort,
                build_cost,
                rates.fixed_costs_per_year,
                a.cohorts_per_year(),
            ),
            cost_break_even: BreakEven::between(&line, &money_line(&variants.all_live, rates)),
        }
    }
}

/// Cumulative cost in money: the build at the build rate, then each cohort's
/// instructor hours at the instructor rate and co-host hours at the co-host's.
fn cost_line(hours: &InstructorHours, rates: &Rates) -> CostLine {
    CostLine {
        once: hours.build_hours * rates.build,
        per_cohort: hours.instructor_hours_per_cohort * rates.instructor
            + hours.cohost_hours_per_cohort * rates.cohost,
    }
}

/// A workload's cumulative cost in money at `rates`.
pub fn money_line(workload: &Workload, rates: &Rates) -> CostLine {
    cost_line(&workload.instructor_hours(), rates)
}

/// The plan and its twins' cumulative costs in money, for the cost chart.
pub fn money_lines(variants: &Variants, rates: &Rates) -> CostLines {
    CostLines {
        this_plan: money_line(&variants.this_plan, rates),
        all_live: money_line(&variants.all_live, rates),
        all_self_paced: money_line(&variants.all_self_paced, rates),
    }
}

/// The first cohort c in 1..=[`BREAK_EVEN_HORIZON`] from which the running
/// total c x margin - build - fixed x ceil(c / k) (the fixed costs charged at
/// the start of each year of k cohorts) stays at least 0 up to the horizon.
///
/// The total is not a straight line (it drops at each new year), so a
/// plan can be ahead at the end of a year and behind at the start of the
/// next: the search walks back from the horizon to the last cohort that is
/// behind. At most a thousand steps.
fn payback(margin: f64, build: f64, fixed_per_year: f64, per_year: u32) -> BreakEven {
    let per_year = per_year.max(1);
    let behind = |c: u32| {
        let earned = f64::from(c) * margin;
        let spent = build + fixed_per_year * f64::from(c.div_ceil(per_year));
        !at_most(spent, earned)
    };
    match (1..=BREAK_EVEN_HORIZON).rev().find(|&c| behind(c)) {
        None => BreakEven::Already,
        Some(BREAK_EVEN_HORIZON) => BreakEven::Never,
        Some(c) => BreakEven::After(c + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{
        ActivityKind, Assumption, Assumptions, Cell, Course, GagneEvent, Minutes, Module,
        MoneyField, Setting,
    };

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9 * a.abs().max(1.0)
    }

    /// One module: a 60-minute video, a 30-minute live workshop; n = 24, k = 4.
    /// Rates: instructor 50, co-host 20, build 40, price 100, fixed costs 1,000.
    fn priced(learners: f64) -> Course {
        let mut module = Module::new("Shaping");
        let cell = |kind, minutes| Cell::new(kind, Minutes::new(minutes).unwrap());
        *module.cell_mut(GagneEvent::PresentContent) = cell(ActivityKind::Video, 60);
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Workshop, 30);
        let mut a = Assumptions::default()
            .with(Assumption::LearnersPerCohort, learners)
            .unwrap();
        for (field, value) in [
            (MoneyField::InstructorRate, 50.0),
            (MoneyField::CohostRate, 20.0),
            (MoneyField::BuildRate, 40.0),
            (MoneyField::PricePerLearner, 100.0),
            (MoneyField::FixedCostsPerYear, 1000.0),
        ] {
            a.set_value(Setting::Money(field), value).unwrap();
        }
        Course::new("Bread", a, vec![module]).unwrap()
    }

    #[test]
    fn every_money_figure_by_hand() {
        let m = analyze(&priced(24.0)).money.unwrap();
        // build 1 h video x 40 + 0.5 h workshop x 3 = 41.5 h, at 40 = 1,660
        assert!(close(m.build_cost, 1660.0));
        // 0.5 h live x 2 sections of 12 (no co-host) = 1.0 h at 50
        assert!(close(m.cost_per_cohort, 50.0));
        assert!(close(m.revenue_per_cohort, 2400.0)); // 24 x 100
        assert!(close(m.margin_per_cohort, 2350.0));
        assert!(close(m.first_year_cost, 2860.0)); // 1,660 + 4 x 50 + 1,000
        assert!(close(m.first_year_revenue, 9600.0));
        assert!(close(m.first_year_profit, 6740.0));
        assert!(close(m.later_year_profit, 8400.0)); // 4 x 2,350 - 1,000
        assert!(close(m.cost_per_learner, 2860.0 / 96.0));
        // the one module has a live checkpoint: 45% of 96 learners finish
        assert!(close(m.cost_per_completer.unwrap(), 2860.0 / 43.2));
        // c = 1: 2,350 - 1,660 - 1,000 < 0; c = 2: 4,700 - 2,660 >= 0, and on
        assert_eq!(m.payback, BreakEven::After(2));
        // all live: the video becomes a Session, build 11.5 h at 40 = 460, and 1.5 h
        // x 2 sections = 3 h at 50 = 150 a cohort: 1,660 + 50c <= 460 + 150c from c = 12
        // (in hours, 15: building here costs less an hour than teaching)
        assert_eq!(m.cost_break_even, BreakEven::After(12));
    }

    #[test]
    fn the_cohost_is_paid_at_the_cohost_rate() {
        // 36 learners: 2 sections of 18, past 15: 1.0 h taught at 50 and 1.0 h co-hosted at 20
        let m = analyze(&priced(36.0)).money.unwrap();
        assert!(close(m.cost_per_cohort, 70.0));
        assert!(close(m.revenue_per_cohort, 3600.0));
    }

    #[test]
    fn no_one_finishing_has_no_cost_per_completer() {
        let mut course = priced(24.0);
        course.assumptions.set_completion(0.0, 0.0).unwrap();
        let t = analyze(&course);
        assert_eq!(t.completion.expected, 0.0);
        assert_eq!(t.money.unwrap().cost_per_completer, None);
    }

    #[test]
    fn a_course_losing_money_every_cohort_never_pays_back_and_says_so() {
        let mut course = priced(24.0);
        let price = Setting::Money(MoneyField::PricePerLearner);
        course.assumptions.set_value(price, 1.0).unwrap();
        let t = analyze(&course);
        let m = t.money.unwrap();
        assert!(close(m.margin_per_cohort, -26.0)); // 24 - 50
        assert_eq!(m.payback, BreakEven::Never);
        let warning = t
            .warnings
            .iter()
            .find(|w| matches!(w, crate::analysis::Warning::NegativeMargin { .. }))
            .unwrap();
        assert_eq!(
            warning.to_string(),
            "Each cohort loses 26: it brings in 24 and costs 50 to teach; raise the price, \
             move marking to peer review or quizzes, or grow the sections."
        );
        // a free course (no price) loses nothing it meant to earn: no warning
        course.assumptions.set_value(price, 0.0).unwrap();
        let t = analyze(&course);
        assert!(
            t.warnings
                .iter()
                .all(|w| !matches!(w, crate::analysis::Warning::NegativeMargin { .. }))
        );
    }

    #[test]
    fn a_plan_without_an_instructor_rate_has_no_money() {
        let mut course = priced(24.0);
        course
            .assumptions
            .clear(Setting::Money(MoneyField::InstructorRate));
        assert_eq!(analyze(&course).money, None);
    }

    #[test]
    fn payback_counts_each_years_fixed_costs_at_its_start() {
        // margin 500 a cohort, build 2,000, no fixed costs: 4 x 500 = 2,000 at c = 4
        assert_eq!(payback(500.0, 2000.0, 0.0, 4), BreakEven::After(4));
        // Fixed 1,000 a year, 4 cohorts a year: total(c) = 500c - 2,000 - 1,000 x ceil(c/4).
        // c = 8: 4,000 - 2,000 - 2,000 = 0, ahead at last; but c = 9 starts a third year:
        // 4,500 - 2,000 - 3,000 = -500, behind again. c = 10: 5,000 - 5,000 = 0, and from
        // there each year's start is ahead (c = 13: 6,500 - 6,000 = 500; a year's margin,
        // 2,000, outruns its fixed costs by 1,000).
        assert_eq!(payback(500.0, 2000.0, 1000.0, 4), BreakEven::After(10));
        // from the first cohort: margin 3,000 covers build 2,000 and the first year's 1,000
        assert_eq!(payback(3000.0, 2000.0, 1000.0, 4), BreakEven::Already);
    }

    #[test]
    fn a_course_whose_margin_never_covers_the_fixed_costs_never_pays_back() {
        // 4 cohorts of 200 margin = 800 a year against 1,000 of fixed costs
        assert_eq!(payback(200.0, 0.0, 1000.0, 4), BreakEven::Never);
        // a loss on every cohort
        assert_eq!(payback(-10.0, 0.0, 0.0, 4), BreakEven::Never);
        // break even exactly on the horizon: 1000 x 1 - 1000 = 0 at c = 1000 only
        assert_eq!(payback(1.0, 1000.0, 0.0, 4), BreakEven::After(1000));
    }
}
