//! Every headline figure once: its identifier (the `summary --json` key), the
//! label a report or document gives it, the short label the panel has room
//! for, its unit and which way is better. The panel, `summary`, `diff` and
//! the Markdown export all name figures from here, so they cannot disagree.

use super::figures::{Better, Unit};
use crate::analysis::numbers::{hours, money, percent, whole};

/// One headline figure of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FigureId {
    BuildHours,
    LiveHoursPerCohort,
    SupportHoursPerCohort,
    InstructorHoursPerCohort,
    CohostHoursPerCohort,
    StaffHoursPerCohort,
    FirstYearHours,
    LaterYearHours,
    HoursPerLearner,
    SelfPacedShare,
    MarginalHoursPer100Learners,
    BreakEven,
    LiveCheckpoints,
    Accountability,
    LongestSelfPacedStretch,
    AlignedCells,
    AlignedMinutesShare,
    LiveLearnerHours,
    SelfPacedLearnerHours,
    ExpectedCompletion,
    ExpectedCompletersPerCohort,
    StaffHoursPerWeekPeak,
    LongestSelfPacedStretchWeeks,
    CourseWeeks,
    LearnerHoursPerWeekMax,
    // Reach: under `reach` in `summary --json`, only with a schedule's learner zones.
    ReachShare,
    ReachMinShare,
    ReachBestShare,
    // Money: under `money` in `summary --json`, only when an instructor rate is set.
    BuildCost,
    CostPerCohort,
    RevenuePerCohort,
    MarginPerCohort,
    FirstYearCost,
    FirstYearRevenue,
    FirstYearProfit,
    LaterYearProfit,
    CostPerLearner,
    CostPerCompleter,
    Payback,
    CostBreakEven,
}

impl FigureId {
    pub const ALL: [FigureId; 40] = [
        FigureId::BuildHours,
        FigureId::LiveHoursPerCohort,
        FigureId::SupportHoursPerCohort,
        FigureId::InstructorHoursPerCohort,
        FigureId::CohostHoursPerCohort,
        FigureId::StaffHoursPerCohort,
        FigureId::FirstYearHours,
        FigureId::LaterYearHours,
        FigureId::HoursPerLearner,
        FigureId::SelfPacedShare,
        FigureId::MarginalHoursPer100Learners,
        FigureId::BreakEven,
        FigureId::LiveCheckpoints,
        FigureId::Accountability,
        FigureId::LongestSelfPacedStretch,
        FigureId::AlignedCells,
        FigureId::AlignedMinutesShare,
        FigureId::LiveLearnerHours,
        FigureId::SelfPacedLearnerHours,
        FigureId::ExpectedCompletion,
        FigureId::ExpectedCompletersPerCohort,
        FigureId::StaffHoursPerWeekPeak,
        FigureId::LongestSelfPacedStretchWeeks,
        FigureId::CourseWeeks,
        FigureId::LearnerHoursPerWeekMax,
        FigureId::ReachShare,
        FigureId::ReachMinShare,
        FigureId::ReachBestShare,
        FigureId::BuildCost,
        FigureId::CostPerCohort,
        FigureId::RevenuePerCohort,
        FigureId::MarginPerCohort,
        FigureId::FirstYearCost,
        FigureId::FirstYearRevenue,
        FigureId::FirstYearProfit,
        FigureId::LaterYearProfit,
        FigureId::CostPerLearner,
        FigureId::CostPerCompleter,
        FigureId::Payback,
        FigureId::CostBreakEven,
    ];

    /// A money figure: its key is in `summary --json`'s `money` object.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            FigureId::BuildCost
                | FigureId::CostPerCohort
                | FigureId::RevenuePerCohort
                | FigureId::MarginPerCohort
                | FigureId::FirstYearCost
                | FigureId::FirstYearRevenue
                | FigureId::FirstYearProfit
                | FigureId::LaterYearProfit
                | FigureId::CostPerLearner
                | FigureId::CostPerCompleter
                | FigureId::Payback
                | FigureId::CostBreakEven
        )
    }

    /// A reach figure: its key is in `summary --json`'s `reach` object.
    pub fn is_reach(self) -> bool {
        matches!(
            self,
            FigureId::ReachShare | FigureId::ReachMinShare | FigureId::ReachBestShare
        )
    }

    /// A money figure that means something only when the course has a price:
    /// a free or internal course shows costs alone.
    pub fn needs_price(self) -> bool {
        matches!(
            self,
            FigureId::RevenuePerCohort
                | FigureId::MarginPerCohort
                | FigureId::FirstYearRevenue
                | FigureId::FirstYearProfit
                | FigureId::LaterYearProfit
                | FigureId::Payback
        )
    }

    /// The key in `summary --json` (for the stretch, the key of its modules;
    /// for a money figure, its key in the `money` object).
    pub fn key(self) -> &'static str {
        match self {
            FigureId::BuildHours => "build_hours",
            FigureId::LiveHoursPerCohort => "live_hours_per_cohort",
            FigureId::SupportHoursPerCohort => "support_hours_per_cohort",
            FigureId::InstructorHoursPerCohort => "instructor_hours_per_cohort",
            FigureId::CohostHoursPerCohort => "cohost_hours_per_cohort",
            FigureId::StaffHoursPerCohort => "staff_hours_per_cohort",
            FigureId::FirstYearHours => "first_year_hours",
            FigureId::LaterYearHours => "later_year_hours",
            FigureId::HoursPerLearner => "hours_per_learner",
            FigureId::SelfPacedShare => "self_paced_share",
            FigureId::MarginalHoursPer100Learners => "marginal_hours_per_100_learners",
            FigureId::BreakEven => "break_even_cohorts",
            FigureId::LiveCheckpoints => "live_checkpoints",
            FigureId::Accountability => "accountability",
            FigureId::LongestSelfPacedStretch => "longest_self_paced_stretch_modules",
            FigureId::AlignedCells => "aligned_cells",
            FigureId::AlignedMinutesShare => "aligned_minutes_share",
            FigureId::LiveLearnerHours => "live_learner_hours",
            FigureId::SelfPacedLearnerHours => "self_paced_learner_hours",
            FigureId::ExpectedCompletion => "expected_completion",
            FigureId::ExpectedCompletersPerCohort => "expected_completers_per_cohort",
            FigureId::StaffHoursPerWeekPeak => "staff_hours_per_week_peak",
            FigureId::LongestSelfPacedStretchWeeks => "longest_self_paced_stretch_weeks",
            FigureId::CourseWeeks => "course_weeks",
            FigureId::LearnerHoursPerWeekMax => "learner_hours_per_week_max",
            FigureId::ReachShare => "share",
            FigureId::ReachMinShare => "min_share",
            FigureId::ReachBestShare => "best_share",
            FigureId::BuildCost => "build_cost",
            FigureId::CostPerCohort => "cost_per_cohort",
            FigureId::RevenuePerCohort => "revenue_per_cohort",
            FigureId::MarginPerCohort => "margin_per_cohort",
            FigureId::FirstYearCost => "first_year_cost",
            FigureId::FirstYearRevenue => "first_year_revenue",
            FigureId::FirstYearProfit => "first_year_profit",
            FigureId::LaterYearProfit => "later_year_profit",
            FigureId::CostPerLearner => "cost_per_learner",
            FigureId::CostPerCompleter => "cost_per_completer",
            FigureId::Payback => "payback_cohorts",
            FigureId::CostBreakEven => "cost_break_even_cohorts",
        }
    }

    /// The label in `summary` and the Markdown export.
    pub fn label(self) -> &'static str {
        match self {
            FigureId::BuildHours => "Build hours (one-time)",
            FigureId::LiveHoursPerCohort => "Live teaching per cohort",
            FigureId::SupportHoursPerCohort => "Support per cohort",
            FigureId::InstructorHoursPerCohort => "Instructor hours per cohort",
            FigureId::CohostHoursPerCohort => "Co-host hours per cohort",
            FigureId::StaffHoursPerCohort => "Staff hours per cohort",
            FigureId::FirstYearHours => "First year",
            FigureId::LaterYearHours => "Each later year",
            FigureId::HoursPerLearner => "Staff hours per learner (first year)",
            FigureId::SelfPacedShare => "Self-paced share of learner time",
            FigureId::MarginalHoursPer100Learners => {
                "Extra staff hours a cohort for 100 more learners"
            }
            FigureId::BreakEven => "Break-even against teaching it all live",
            FigureId::LiveCheckpoints => "Live checkpoints",
            FigureId::Accountability => "Share of modules with a live checkpoint",
            FigureId::LongestSelfPacedStretch => "Longest self-paced stretch",
            FigureId::AlignedCells => "Aligned cells",
            FigureId::AlignedMinutesShare => "Aligned minutes",
            FigureId::LiveLearnerHours => "Live",
            FigureId::SelfPacedLearnerHours => "Self-paced",
            FigureId::ExpectedCompletion => "Expected completion",
            FigureId::ExpectedCompletersPerCohort => "Expected completers per cohort",
            FigureId::StaffHoursPerWeekPeak => "Staff hours in the busiest week of a year",
            FigureId::LongestSelfPacedStretchWeeks => "Longest stretch without a live checkpoint",
            FigureId::CourseWeeks => "Course length",
            FigureId::LearnerHoursPerWeekMax => "Most learner hours in a week",
            FigureId::ReachShare => "Learners the live slot reaches (first session)",
            FigureId::ReachMinShare => "Fewest it reaches (cohort 1's sessions)",
            FigureId::ReachBestShare => "Best time of day",
            FigureId::BuildCost => "Build cost (one-time)",
            FigureId::CostPerCohort => "Cost per cohort",
            FigureId::RevenuePerCohort => "Revenue per cohort",
            FigureId::MarginPerCohort => "Margin per cohort",
            FigureId::FirstYearCost => "First-year cost",
            FigureId::FirstYearRevenue => "First-year revenue",
            FigureId::FirstYearProfit => "First-year profit",
            FigureId::LaterYearProfit => "Profit each later year",
            FigureId::CostPerLearner => "Cost per learner (first year)",
            FigureId::CostPerCompleter => "Cost per completer (first year)",
            FigureId::Payback => "Payback",
            FigureId::CostBreakEven => "Cost break-even against teaching it all live",
        }
    }

    /// The label in the panel, where a column is narrow; `None` for figures
    /// the panel does not show.
    pub fn short(self) -> Option<&'static str> {
        Some(match self {
            FigureId::BuildHours => "Build (once)",
            FigureId::StaffHoursPerCohort => "Per cohort",
            FigureId::LiveHoursPerCohort => "  teaching",
            FigureId::SupportHoursPerCohort => "  support",
            FigureId::CohostHoursPerCohort => "  co-host",
            FigureId::FirstYearHours => "First year",
            FigureId::LaterYearHours => "Later years",
            FigureId::HoursPerLearner => "Per learner",
            FigureId::LiveLearnerHours => "Learner live",
            FigureId::SelfPacedLearnerHours => "Learner self-paced",
            FigureId::SelfPacedShare => "Self-paced",
            FigureId::MarginalHoursPer100Learners => "+100 learners",
            FigureId::BreakEven => "Break-even",
            FigureId::Accountability => "Checkpoints",
            FigureId::LongestSelfPacedStretch => "Self-paced run",
            FigureId::AlignedCells => "Aligned cells",
            FigureId::AlignedMinutesShare => "Aligned min",
            FigureId::ExpectedCompletion => "Completion",
            FigureId::ExpectedCompletersPerCohort => "Completers",
            FigureId::StaffHoursPerWeekPeak => "Busiest week",
            FigureId::LongestSelfPacedStretchWeeks => "Weeks w/o live",
            FigureId::CourseWeeks => "Course weeks",
            FigureId::LearnerHoursPerWeekMax => "Learner h/week",
            FigureId::ReachShare => "Reach",
            FigureId::ReachMinShare => "Lowest reach",
            FigureId::ReachBestShare => "Best time",
            FigureId::BuildCost => "Build cost",
            FigureId::CostPerCohort => "Cost/cohort",
            FigureId::RevenuePerCohort => "Revenue/cohort",
            FigureId::MarginPerCohort => "Margin/cohort",
            FigureId::FirstYearCost => "Year-1 cost",
            FigureId::FirstYearProfit => "Year-1 profit",
            FigureId::LaterYearProfit => "Later profit",
            FigureId::CostPerLearner => "Cost/learner",
            FigureId::CostPerCompleter => "Cost/completer",
            FigureId::Payback => "Payback",
            FigureId::CostBreakEven => "Cost b-even",
            FigureId::InstructorHoursPerCohort
            | FigureId::LiveCheckpoints
            | FigureId::FirstYearRevenue => return None,
        })
    }

    pub fn unit(self) -> Unit {
        match self {
            FigureId::SelfPacedShare
            | FigureId::Accountability
            | FigureId::AlignedCells
            | FigureId::AlignedMinutesShare
            | FigureId::ExpectedCompletion
            | FigureId::ReachShare
            | FigureId::ReachMinShare
            | FigureId::ReachBestShare => Unit::Share,
            FigureId::BreakEven
            | FigureId::LiveCheckpoints
            | FigureId::LongestSelfPacedStretch
            | FigureId::ExpectedCompletersPerCohort
            | FigureId::LongestSelfPacedStretchWeeks
            | FigureId::CourseWeeks
            | FigureId::Payback
            | FigureId::CostBreakEven => Unit::Count,
            id if id.is_money() => Unit::Money,
            _ => Unit::Hours,
        }
    }

    /// The figure's number as every report reads it, in its unit: "172.4 h",
    /// "65.1%", "3", "$1,234" (in `currency`, which only money uses).
    pub fn format_in(self, currency: &str, value: f64) -> String {
        match self.unit() {
            Unit::Hours => hours(value),
            Unit::Share => percent(value),
            Unit::Count => whole(value.round().max(0.0) as u64),
            Unit::Money => money(currency, value),
        }
    }

    /// [`FigureId::format_in`] for a figure that is no amount of money.
    pub fn format(self, value: f64) -> String {
        self.format_in("", value)
    }

    pub fn better(self) -> Better {
        match self {
            FigureId::SelfPacedShare
            | FigureId::LiveCheckpoints
            | FigureId::Accountability
            | FigureId::AlignedCells
            | FigureId::AlignedMinutesShare
            | FigureId::ExpectedCompletion
            | FigureId::ExpectedCompletersPerCohort
            | FigureId::ReachShare
            | FigureId::ReachMinShare
            | FigureId::ReachBestShare
            | FigureId::RevenuePerCohort
            | FigureId::MarginPerCohort
            | FigureId::FirstYearRevenue
            | FigureId::FirstYearProfit
            | FigureId::LaterYearProfit => Better::Higher,
            // A learner's hours: more is a longer course, not a worse plan.
            FigureId::LiveLearnerHours
            | FigureId::SelfPacedLearnerHours
            | FigureId::CourseWeeks => Better::Neither,
            _ => Better::Lower,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyze, summary_json};

    #[test]
    fn every_figure_is_a_key_of_the_json_summary() {
        let course = crate::samples::Sample::MasterBaker.course();
        let json = summary_json(&analyze(&course));
        for id in FigureId::ALL {
            let object = if id.is_money() {
                &json["money"]
            } else if id.is_reach() {
                &json["reach"]
            } else {
                &json
            };
            assert!(object.get(id.key()).is_some(), "{}", id.key());
        }
    }

    #[test]
    fn labels_are_unique() {
        let mut labels: Vec<&str> = FigureId::ALL.iter().map(|f| f.label()).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), FigureId::ALL.len());
        let mut short: Vec<&str> = FigureId::ALL.iter().filter_map(|f| f.short()).collect();
        let count = short.len();
        short.sort();
        short.dedup();
        assert_eq!(short.len(), count);
    }
}
