//! Scalability: how much of the course runs without the instructor, what
//! another hundred learners cost, and when the self-paced build pays for itself
//! against the same course taught all live.

use std::fmt;

use serde::Serialize;

use super::hours::{CostLine, Variants};
use super::tally::share;

/// The most cohorts the break-even search looks at; past this a plan "never" pays off.
pub const BREAK_EVEN_HORIZON: u32 = 1000;

/// How the plan scales with learners and cohorts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Scalability {
    /// Self-paced minutes over planned minutes, 0..=1 (0 when nothing is planned).
    pub self_paced_share: f64,
    /// Staff hours per cohort with 100 more learners, minus with the plan's
    /// own (sections, tutor groups and the co-host recomputed).
    pub marginal_hours_per_100_learners: f64,
    /// When this plan's cumulative staff hours fall to its all-live twin's.
    pub break_even: BreakEven,
}

impl Scalability {
    pub fn of(variants: &Variants) -> Scalability {
        let plan = &variants.this_plan;
        let n = plan.assumptions().learners_per_cohort();
        let (live, self_paced) = (plan.live_minutes(), plan.self_paced_minutes());
        Scalability {
            self_paced_share: share(self_paced, live + self_paced),
            marginal_hours_per_100_learners: plan.staff_hours_per_cohort(n.saturating_add(100))
                - plan.staff_hours_per_cohort(n),
            break_even: BreakEven::between(&plan.cost_line(), &variants.all_live.cost_line()),
        }
    }
}

/// When this plan's cumulative instructor hours (build + c cohorts) are at
/// most those of the same course with every planned cell live.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BreakEven {
    /// At most the all-live cost from the first cohort (always so for an all-live plan).
    Already,
    /// From this many cohorts on (2..=1000).
    After(u32),
    /// Not within [`BREAK_EVEN_HORIZON`] cohorts.
    Never,
}

impl BreakEven {
    /// The first cohort count in 1..=[`BREAK_EVEN_HORIZON`] from which `plan`
    /// costs at most `all_live` and stays so up to the horizon.
    ///
    /// "Stays so" matters when the plan is cheaper to build but dearer each
    /// cohort (heavy marking or forums against live sessions): it is cheaper
    /// for the first few cohorts and dearer for ever after, and "already"
    /// would promise a saving it takes back. Both costs are straight lines in
    /// c, so the plan stays at most the twin from c on exactly when it is so
    /// at c and at the horizon.
    ///
    /// A plain search: at most a thousand multiply-adds, and exactly the
    /// definition (a closed form from the two straight lines disagrees with
    /// it by a cohort once the tolerance, which grows with the totals, is
    /// wider than the gap).
    pub fn between(plan: &CostLine, all_live: &CostLine) -> BreakEven {
        let last = BREAK_EVEN_HORIZON;
        if !at_most(plan.at(last), all_live.at(last)) {
            return BreakEven::Never;
        }
        match (1..=last).find(|&c| at_most(plan.at(c), all_live.at(c))) {
            Some(1) => BreakEven::Already,
            Some(c) => BreakEven::After(c),
            None => BreakEven::Never,
        }
    }

    /// The cohort count as the JSON summary gives it: 1 for `Already`, none for `Never`.
    pub fn cohorts(self) -> Option<u32> {
        match self {
            BreakEven::Already => Some(1),
            BreakEven::After(c) => Some(c),
            BreakEven::Never => None,
        }
    }

    /// The cohorts as years of teaching at `cohorts_per_year`; `None` for never.
    pub fn years(self, cohorts_per_year: u32) -> Option<f64> {
        self.cohorts()
            .map(|c| f64::from(c) / f64::from(cohorts_per_year.max(1)))
    }
}

impl fmt::Display for BreakEven {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BreakEven::Already => f.write_str("already"),
            BreakEven::After(c) => write!(f, "after {c} cohorts"),
            BreakEven::Never => write!(f, "never (within {BREAK_EVEN_HORIZON} cohorts)"),
        }
    }
}

/// `a <= b`, forgiving rounding: within a billionth of the larger magnitude
/// (at least 1e-9 absolute), so identical plans priced two ways compare equal.
pub(crate) fn at_most(a: f64, b: f64) -> bool {
    a <= b + 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Break-even of a plan against its all-live twin, each as (build hours, hours a cohort).
    fn between(plan: (f64, f64), all_live: (f64, f64)) -> BreakEven {
        BreakEven::between(&line(plan.0, plan.1), &line(all_live.0, all_live.1))
    }

    fn line(once: f64, per_cohort: f64) -> CostLine {
        CostLine { once, per_cohort }
    }

    #[test]
    fn a_plan_costing_no_more_at_the_first_cohort_has_already_broken_even() {
        let same = line(15.0, 3.0);
        assert_eq!(BreakEven::between(&same, &same), BreakEven::Already);
        // cheaper to build and to run
        assert_eq!(between((10.0, 1.0), (15.0, 3.0)), BreakEven::Already);
        assert_eq!(BreakEven::Already.cohorts(), Some(1));
    }

    #[test]
    fn identical_costs_reached_by_different_sums_still_compare_equal() {
        // 0.1 + 0.2 != 0.3 in floating point; the epsilon absorbs it.
        assert_eq!(between((0.1 + 0.2, 1.0), (0.3, 1.0)), BreakEven::Already);
    }

    #[test]
    fn a_costlier_build_that_saves_each_cohort_breaks_even_later() {
        // this: 45 + 2.2c, all live: 15 + 3c -> 30 <= 0.8c -> c >= 37.5 -> 38
        let plan = line(45.0, 2.2);
        let live = line(15.0, 3.0);
        assert_eq!(BreakEven::between(&plan, &live), BreakEven::After(38));
        assert_eq!(BreakEven::After(38).cohorts(), Some(38));
        // exactly on a cohort: 20 + 1c vs 10 + 2c -> c = 10
        assert_eq!(between((20.0, 1.0), (10.0, 2.0)), BreakEven::After(10));
    }

    #[test]
    fn a_plan_that_costs_more_every_cohort_never_breaks_even() {
        assert_eq!(between((60.0, 5.0), (15.0, 3.0)), BreakEven::Never);
        // saves too little to catch up within the horizon: 1000 extra, 0.5 a cohort
        assert_eq!(between((1015.0, 2.5), (15.0, 3.0)), BreakEven::Never);
        assert_eq!(BreakEven::Never.cohorts(), None);
    }

    #[test]
    fn a_plan_cheaper_at_first_but_dearer_every_cohort_never_breaks_even() {
        // A 1-hour forum for 26 learners (2 tutor groups): build 1, 120 min * 2 / 60 = 4 h
        // a cohort; its all-live twin, a 1-hour workshop in 2 sections: build 3, 2 h a
        // cohort. 1 + 4c <= 3 + 2c only while c <= 1: cheaper for one cohort, dearer ever
        // after. That is not a break-even.
        assert_eq!(between((1.0, 4.0), (3.0, 2.0)), BreakEven::Never);
        // dearer per cohort by a hair only past the horizon still counts
        assert_eq!(between((0.0, 1.0), (1.0, 1.0)), BreakEven::Already);
    }

    #[test]
    fn break_even_at_the_horizon_counts() {
        // 1000 extra build, 1 saved per cohort: 1000 + c*1 <= 0 + c*2 at c = 1000
        assert_eq!(between((1000.0, 1.0), (0.0, 2.0)), BreakEven::After(1000));
        assert_eq!(between((1001.0, 1.0), (0.0, 2.0)), BreakEven::Never);
    }

    #[test]
    fn a_gap_within_a_billionth_of_the_totals_counts_as_even() {
        // 1.8e12 + 999.9 vs 1.8e12 at two cohorts: 999.9 h is under a
        // billionth of the totals (1,800 h), so the plan has broken even.
        let plan = line(999.9, 9e11);
        let live = line(0.0, 9e11);
        assert_eq!(BreakEven::between(&plan, &live), BreakEven::After(2));
    }

    #[test]
    fn break_even_in_years_divides_by_cohorts_a_year() {
        assert_eq!(BreakEven::After(6).years(4), Some(1.5));
        assert_eq!(BreakEven::Already.years(4), Some(0.25));
        assert_eq!(BreakEven::Never.years(4), None);
    }

    #[test]
    fn break_even_reads_as_words() {
        assert_eq!(BreakEven::Already.to_string(), "already");
        assert_eq!(BreakEven::After(38).to_string(), "after 38 cohorts");
        assert_eq!(BreakEven::Never.to_string(), "never (within 1000 cohorts)");
    }
}
