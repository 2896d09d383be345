//! The figures of a plan as people read them (the editor's panel, `diff`), as data: a label, the value as read,
//! the number behind it (for the change since the last edit) and which way is
//! better. The panel and any comparison share this one list.

use crate::analysis::numbers::{as_one_decimal, hours, money, one_decimal};
use crate::analysis::{BreakEven, KindHours, Stretch, Tradeoffs};

use super::break_even;
use super::catalogue::FigureId;

/// Which direction of change helps the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Lower,
    Higher,
    /// Neither: a change worth seeing that is no verdict on the plan.
    Neither,
}

/// How a figure's number reads, so its change reads the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Hours,
    Share,
    Count,
    /// Whole units of the plan's currency.
    Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Which figure this is: what a comparison pairs figures by.
    pub id: FigureId,
    pub label: &'static str,
    pub text: String,
    /// What the text reads, for the change since the last edit.
    pub reading: Reading,
    pub unit: Unit,
    pub better: Better,
    /// Starts a group in the panel: "Instructor hours", "Scalability"...
    pub group: Option<&'static str>,
}

/// What a figure measures: an amount, or for break-even a state that has a
/// number only as "after n cohorts". Kept apart so that "never" and "already"
/// never turn into a number someone would read as a measurement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    Amount(f64),
    BreakEven(BreakEven),
    /// No number: a figure one plan of a comparison does not show (money
    /// without rates), or one that cannot be had (cost per completer when
    /// no one is expected to finish).
    Absent,
}

impl Reading {
    /// The number behind the figure; `None` for break-even "already" and "never".
    pub fn number(self) -> Option<f64> {
        match self {
            Reading::Amount(x) => Some(x),
            Reading::BreakEven(b) => break_even::cohorts(b),
            Reading::Absent => None,
        }
    }

    /// The state of a figure that has one ("already", "cohorts", "never" for
    /// break-even); `None` for a plain amount.
    pub fn state(self) -> Option<&'static str> {
        match self {
            Reading::Amount(_) => None,
            Reading::BreakEven(b) => Some(break_even::state(b)),
            Reading::Absent => Some("none"),
        }
    }
}

impl Unit {
    /// `value` rounded as the figure shows it: hours to a tenth, shares to a
    /// tenth of a percent, counts whole.
    fn as_shown(self, value: f64) -> f64 {
        match self {
            Unit::Hours => as_one_decimal(value),
            Unit::Share => as_one_decimal(value * 100.0) / 100.0,
            Unit::Count | Unit::Money => value.round(),
        }
    }
}

/// The change of one figure since the last edit.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// "▲ 1.2", "▼ 5.0 pt", "▲ 1", or for break-even in words, "was 12".
    pub text: String,
    /// Better (`Some(true)`), worse, or neither: learner time that grows is
    /// not a worse plan, only a longer one.
    pub improved: Option<bool>,
}

impl Change {
    /// Better or worse as a word, for `diff` and anyone reading without colour.
    pub fn verdict(&self) -> &'static str {
        match self.improved {
            Some(true) => "better",
            Some(false) => "worse",
            None => "changed",
        }
    }

    /// The change with a mark that says better (✓) or worse (✗), as the
    /// panel shows it: an arrow says only which way a number went, and
    /// colour alone is lost under `NO_COLOR`, on a projector or to a
    /// colour-blind reader. "▲ 3.5 ✗", "▼ 10.4 pt ✓", "was never ✓".
    pub fn marked(&self) -> String {
        match self.improved {
            Some(true) => format!("{} ✓", self.text),
            Some(false) => format!("{} ✗", self.text),
            None => self.text.clone(),
        }
    }
}

impl Figure {
    /// Figure `id` as the panel shows it: its short label, unit and better
    /// direction from the catalogue, with `text` and the number behind it.
    fn of(id: FigureId, text: String, reading: Reading) -> Figure {
        Figure {
            id,
            label: id.short().unwrap_or(id.label()),
            text,
            reading,
            unit: id.unit(),
            better: id.better(),
            group: None,
        }
    }

    fn starting(mut self, group: &'static str) -> Figure {
        self.group = Some(group);
        self
    }

    /// How this figure moved from `before`; `None` when it did not (as shown).
    pub fn change_from(&self, before: &Figure) -> Option<Change> {
        match (before.reading, self.reading) {
            (Reading::Amount(a), Reading::Amount(b)) => amount_change(self.unit, self.better, a, b),
            (Reading::BreakEven(a), Reading::BreakEven(b)) => break_even::change(a, b),
            (Reading::Absent, Reading::Absent) => None,
            // A figure that appears or goes (money once rates are set): said
            // in words, no verdict.
            (Reading::Absent, _) => Some(Change {
                text: "new".to_owned(),
                improved: None,
            }),
            (_, Reading::Absent) => Some(Change {
                text: "gone".to_owned(),
                improved: None,
            }),
            // Two different figures: nothing to compare.
            _ => None,
        }
    }
}

/// How an amount in `unit` moved from `before` to `after`: "▲ 1.2", "▼ 5.0
/// pt", "▲ 1"; `None` when the two read the same as shown.
pub(crate) fn amount_change(unit: Unit, better: Better, before: f64, after: f64) -> Option<Change> {
    // The change between the numbers as shown, so that "95.9% -> 96.2%"
    // reads "▲ 0.3 pt", never the 0.2 the unrounded values would give.
    let delta = unit.as_shown(after) - unit.as_shown(before);
    let amount = match unit {
        Unit::Hours => one_decimal(delta.abs()),
        Unit::Share => format!("{} pt", one_decimal(delta.abs() * 100.0)),
        Unit::Count => format!("{}", delta.abs().round()),
        // Without the currency: the figure beside it says it.
        Unit::Money => money("", delta.abs()),
    };
    let zero = match unit {
        Unit::Share => delta.abs() < 0.0005,
        Unit::Count | Unit::Money => delta.abs() < 0.5,
        Unit::Hours => delta.abs() < 0.05,
    };
    if zero || !delta.is_finite() {
        return None;
    }
    let arrow = if delta > 0.0 { '▲' } else { '▼' };
    Some(Change {
        text: format!("{arrow} {amount}"),
        improved: match better {
            Better::Higher => Some(delta > 0.0),
            Better::Lower => Some(delta < 0.0),
            Better::Neither => None,
        },
    })
}

/// The longest self-paced stretch in words: "2 modules, 2.3 learner hours
/// (modules 1 to 2)", "1 module, 1.5 learner hours (module 2)", or "none:
/// every planned module has a live checkpoint".
pub fn stretch_words(stretch: Option<Stretch>) -> String {
    match stretch {
        None => "none: every planned module has a live checkpoint".to_owned(),
        Some(s) if s.first == s.last => format!(
            "1 module, {} learner hours (module {})",
            one_decimal(s.learner_hours),
            s.first + 1
        ),
        Some(s) => format!(
            "{} modules, {} learner hours (modules {} to {})",
            s.modules,
            one_decimal(s.learner_hours),
            s.first + 1,
            s.last + 1
        ),
    }
}

/// One kind's line of "where the hours go", as every report and document
/// shows it: kind, cells, minutes, build hours, live and support hours a cohort.
pub fn kind_cells(k: &KindHours) -> [String; 6] {
    [
        k.kind.label().to_owned(),
        k.cells.to_string(),
        k.minutes.to_string(),
        hours(k.build_hours),
        hours(k.live_hours_per_cohort),
        hours(k.support_hours_per_cohort),
    ]
}

/// The panel's figures for `t`, in the order shown.
pub fn figures(t: &Tradeoffs) -> Vec<Figure> {
    use FigureId as F;
    let h = &t.hours;
    let s = &t.scalability;
    let a = &t.accountability;
    let l = &t.line_of_understanding;
    let k = t.workload().assumptions().cohorts_per_year();
    let cohost = if h.cohost_needed {
        F::CohostHoursPerCohort.format(h.cohost_hours_per_cohort)
    } else {
        "none".to_owned()
    };
    let stretch_modules = a.longest_stretch_modules();
    let stretch = if stretch_modules == 0 {
        "none".to_owned()
    } else {
        format!(
            "{stretch_modules} mod {} h",
            one_decimal(a.longest_stretch_hours())
        )
    };
    let aligned_share = if l.planned_cells == 0 {
        0.0
    } else {
        l.aligned_cells as f64 / l.planned_cells as f64
    };
    let amount = Reading::Amount;
    let hours = |id: FigureId, value: f64| Figure::of(id, id.format(value), amount(value));
    let staff_hours = vec![
        hours(F::BuildHours, h.build_hours).starting("Staff hours"),
        hours(F::StaffHoursPerCohort, h.staff_hours_per_cohort),
        hours(F::LiveHoursPerCohort, h.live_hours_per_cohort),
        hours(F::SupportHoursPerCohort, h.support_hours_per_cohort),
        Figure::of(
            F::CohostHoursPerCohort,
            cohost,
            amount(h.cohost_hours_per_cohort),
        ),
        hours(F::FirstYearHours, h.first_year_hours),
        hours(F::LaterYearHours, h.later_year_hours),
        hours(F::HoursPerLearner, h.hours_per_learner),
        hours(F::StaffHoursPerWeekPeak, t.weeks.staff_hours_per_week_peak),
    ];
    // Money next to the hours it prices, when the plan has rates.
    let rest = vec![
        Figure::of(
            F::SelfPacedShare,
            F::SelfPacedShare.format(s.self_paced_share),
            amount(s.self_paced_share),
        )
        .starting("Scalability"),
        hours(
            F::MarginalHoursPer100Learners,
            s.marginal_hours_per_100_learners,
        ),
        Figure::of(
            F::BreakEven,
            break_even::text(s.break_even, k),
            Reading::BreakEven(s.break_even),
        ),
        Figure::of(
            F::Accountability,
            format!(
                "{}/{} {}",
                a.live_checkpoints,
                a.planned_modules,
                F::Accountability.format(a.share)
            ),
            amount(a.share),
        )
        .starting("Accountability"),
        Figure::of(
            F::LongestSelfPacedStretch,
            stretch,
            amount(stretch_modules as f64),
        ),
        Figure::of(
            F::LongestSelfPacedStretchWeeks,
            match t.weeks.longest_stretch_weeks() {
                0 => "none".to_owned(),
                1 => "1 week".to_owned(),
                weeks => format!("{weeks} weeks"),
            },
            amount(f64::from(t.weeks.longest_stretch_weeks())),
        ),
        Figure::of(
            F::ExpectedCompletion,
            F::ExpectedCompletion.format(t.completion.expected),
            amount(t.completion.expected),
        )
        .starting("Completion (estimate)"),
        Figure::of(
            F::ExpectedCompletersPerCohort,
            format!(
                "{} of {}",
                F::ExpectedCompletersPerCohort.format(t.completion.completers_per_cohort),
                t.workload().assumptions().learners_per_cohort()
            ),
            amount(t.completion.completers_per_cohort),
        ),
        Figure::of(
            F::AlignedCells,
            format!("{}/{}", l.aligned_cells, l.planned_cells),
            amount(aligned_share),
        )
        .starting("Line of Understanding"),
        Figure::of(
            F::AlignedMinutesShare,
            F::AlignedMinutesShare.format(l.aligned_minutes_share),
            amount(l.aligned_minutes_share),
        ),
        hours(F::LiveLearnerHours, t.learner_time.live_hours).starting("Learner time"),
        hours(F::SelfPacedLearnerHours, t.learner_time.self_paced_hours),
        Figure::of(
            F::CourseWeeks,
            F::CourseWeeks.format(f64::from(t.weeks.course_weeks)),
            amount(f64::from(t.weeks.course_weeks)),
        ),
        hours(
            F::LearnerHoursPerWeekMax,
            t.weeks.learner_hours_per_week_max,
        ),
    ];
    staff_hours
        .into_iter()
        .chain(money_figures(t))
        .chain(rest)
        .chain(reach_figures(t))
        .collect()
}

/// The reach group, when the plan's schedule has learner zones and a live cell.
fn reach_figures(t: &Tradeoffs) -> Vec<Figure> {
    use FigureId as F;
    let Some(reach) = &t.reach else {
        return Vec::new();
    };
    let share = |id: FigureId, value: f64| Figure::of(id, id.format(value), Reading::Amount(value));
    vec![
        share(F::ReachShare, reach.share).starting("Reach (live slot)"),
        share(F::ReachMinShare, reach.min_share),
        Figure::of(
            F::ReachBestShare,
            format!(
                "{} {}",
                reach.best_time,
                F::ReachBestShare.format(reach.best_share)
            ),
            Reading::Amount(reach.best_share),
        ),
    ]
}

/// The money figures that are plain amounts, in the order every report
/// lists them: what the panel, `summary` and the documents show alike.
pub fn money_amounts(m: &crate::analysis::MoneyFigures) -> [(FigureId, f64); 9] {
    use FigureId as F;
    [
        (F::BuildCost, m.build_cost),
        (F::CostPerCohort, m.cost_per_cohort),
        (F::RevenuePerCohort, m.revenue_per_cohort),
        (F::MarginPerCohort, m.margin_per_cohort),
        (F::FirstYearCost, m.first_year_cost),
        (F::FirstYearRevenue, m.first_year_revenue),
        (F::FirstYearProfit, m.first_year_profit),
        (F::LaterYearProfit, m.later_year_profit),
        (F::CostPerLearner, m.cost_per_learner),
    ]
}

/// The money group, when the plan has rates: costs always, and revenue,
/// margin, profit and payback when it has a price.
fn money_figures(t: &Tradeoffs) -> Vec<Figure> {
    use FigureId as F;
    let assumptions = t.workload().assumptions();
    let (Some(m), Some(rates)) = (&t.money, assumptions.money().rates()) else {
        return Vec::new();
    };
    let currency = assumptions.money().currency;
    let k = assumptions.cohorts_per_year();
    let cash = |id: FigureId, value: f64| {
        Figure::of(id, money(currency.as_str(), value), Reading::Amount(value))
    };
    let per_completer = match m.cost_per_completer {
        Some(value) => cash(F::CostPerCompleter, value),
        None => Figure::of(
            F::CostPerCompleter,
            "none finish".to_owned(),
            Reading::Absent,
        ),
    };
    // The amounts the panel has room for (first-year revenue it leaves to summary).
    let amounts = money_amounts(m)
        .into_iter()
        .filter(|(id, _)| id.short().is_some())
        .map(|(id, value)| cash(id, value));
    let mut figures: Vec<Figure> = amounts.collect();
    if let Some(first) = figures.first_mut() {
        first.group = Some("Money");
    }
    figures.extend([
        per_completer,
        Figure::of(
            F::Payback,
            break_even::payback_text(m.payback, k),
            Reading::BreakEven(m.payback),
        ),
        Figure::of(
            F::CostBreakEven,
            break_even::text(m.cost_break_even, k),
            Reading::BreakEven(m.cost_break_even),
        ),
    ]);
    figures
        .into_iter()
        .filter(|f| rates.has_price() || !f.id.needs_price())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{Course, GagneEvent, Mode};

    #[test]
    fn making_practice_self_paced_lowers_hours_per_cohort_and_says_so() {
        let mut course = Course::with_recommended_modules("Bread", 2).unwrap();
        let before = figures(&analyze(&course));
        course.modules_mut()[0]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        let after = figures(&analyze(&course));
        // A 30-minute live workshop in 2 sections is 1.0 h of teaching; as unmarked
        // self-paced practice it needs no one: 1.0 h less a cohort.
        let per_cohort = after.iter().position(|f| f.label == "Per cohort").unwrap();
        let change = after[per_cohort].change_from(&before[per_cohort]).unwrap();
        assert_eq!(change.text, "▼ 1.0");
        assert_eq!(change.improved, Some(true));
        assert_eq!(
            (change.marked().as_str(), change.verdict()),
            ("▼ 1.0 ✓", "better")
        );
        let build = after[0].change_from(&before[0]).unwrap();
        // 0.5 h of workshop built at 3 h/h (1.5 h) becomes one practice task (1 h).
        assert_eq!(build.text, "▼ 0.5");
        assert_eq!(build.improved, Some(true));
    }

    #[test]
    fn a_change_is_the_difference_of_the_numbers_shown() {
        let share = |value: f64| {
            Figure::of(
                FigureId::SelfPacedShare,
                FigureId::SelfPacedShare.format(value),
                Reading::Amount(value),
            )
        };
        // 95.94% -> 96.16% shows as 95.9% -> 96.2%: 0.3 points, not 0.2
        let change = share(0.9616).change_from(&share(0.9594)).unwrap();
        assert_eq!(change.text, "▲ 0.3 pt");
        let hours =
            |value: f64| Figure::of(FigureId::BuildHours, String::new(), Reading::Amount(value));
        // 173.74 -> 172.44 shows as 173.7 -> 172.4: 1.3 less
        assert_eq!(
            hours(172.44).change_from(&hours(173.74)).unwrap().text,
            "▼ 1.3"
        );
        // 2.46 -> 2.54 shows as 2.5 -> 2.5: no change to show
        assert_eq!(hours(2.46).change_from(&hours(2.54)), None);
    }

    #[test]
    fn an_unchanged_figure_has_no_change() {
        let t = analyze(&Course::with_recommended_modules("Bread", 2).unwrap());
        for figure in figures(&t) {
            assert_eq!(figure.change_from(&figure), None, "{}", figure.label);
        }
    }

    #[test]
    fn a_change_is_the_difference_of_the_figures_as_shown() {
        // 236.549 and 236.48 both show "236.5": no change to report.
        assert_eq!(
            amount_change(Unit::Hours, Better::Lower, 236.549, 236.48),
            None
        );
        // 236.46 and 266.24 show 236.5 and 266.2: the change reads 29.7.
        let change = amount_change(Unit::Hours, Better::Lower, 236.46, 266.24).unwrap();
        assert_eq!(change.text, "▲ 29.7");
    }
}
