//! The tradeoffs as one table, for `coursegrid summary` and the Markdown
//! export alike: groups of rows, each a catalogue label with its value as
//! read. Both print these rows (as aligned text or a Markdown table), so the
//! two cannot phrase a figure differently.

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::{count, money};

use super::break_even;
use super::catalogue::FigureId as F;
use super::figures::stretch_words;

/// One line of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: Value,
}

/// A row's value: an amount (a number and its unit, which a text report
/// aligns in a column) or words.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Amount(String),
    Words(String),
}

impl Value {
    pub fn text(&self) -> &str {
        match self {
            Value::Amount(text) | Value::Words(text) => text,
        }
    }
}

/// Which group of figures a [`Group`] is, whatever its heading says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    Staff,
    Money,
    Scalability,
    Accountability,
    Completion,
    Reach,
    Line,
    LearnerTime,
}

/// A heading and its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub kind: GroupKind,
    pub name: &'static str,
    pub rows: Vec<Row>,
}

/// Every group the plan has, in the order the report and the HTML page give
/// them: the staff hours, then what they cost (with rates), scalability,
/// accountability, completion, reach (with learner zones), the Line of
/// Understanding and learner time.
pub fn groups_in_order(t: &Tradeoffs) -> Vec<Group> {
    let [
        staff,
        scalability,
        accountability,
        completion,
        line,
        learner_time,
    ] = groups(t);
    [staff]
        .into_iter()
        .chain(money_group(t))
        .chain([scalability, accountability, completion])
        .chain(reach_group(t))
        .chain([line, learner_time])
        .collect()
}

/// The six groups in order: staff hours, scalability, accountability,
/// completion, the Line of Understanding and learner time. (Money, when the
/// plan has rates, is [`money_group`].)
pub fn groups(t: &Tradeoffs) -> [Group; 6] {
    let (h, s, a, l, time) = (
        &t.hours,
        &t.scalability,
        &t.accountability,
        &t.line_of_understanding,
        &t.learner_time,
    );
    let w = t.workload();
    let k = w.assumptions().cohorts_per_year();
    let cohost = if h.cohost_needed {
        let above = w.assumptions().cohost_above();
        format!("yes: sections of {} are past {above}", h.section_size)
    } else {
        "no".to_owned()
    };
    let sections = format!(
        "{} of up to {}",
        count(h.sections as usize, "section", "sections"),
        count(h.section_size as usize, "learner", "learners")
    );
    let first_year = format!(
        "{} (build + {})",
        F::FirstYearHours.label(),
        count(k as usize, "cohort", "cohorts")
    );
    let group = |kind, name, rows| Group { kind, name, rows };
    [
        group(
            GroupKind::Staff,
            "Staff hours",
            vec![
                amount(F::BuildHours, h.build_hours),
                words("Live sections per cohort", sections),
                amount(F::LiveHoursPerCohort, h.live_hours_per_cohort),
                words(
                    "Tutor groups per cohort (forums and projects)",
                    count(h.tutor_groups as usize, "group", "groups"),
                ),
                amount(F::SupportHoursPerCohort, h.support_hours_per_cohort),
                amount(F::InstructorHoursPerCohort, h.instructor_hours_per_cohort),
                words("Co-host needed", cohost),
                amount(F::CohostHoursPerCohort, h.cohost_hours_per_cohort),
                amount(F::StaffHoursPerCohort, h.staff_hours_per_cohort),
                Row {
                    label: first_year,
                    value: Value::Amount(F::FirstYearHours.format(h.first_year_hours)),
                },
                amount(F::LaterYearHours, h.later_year_hours),
                amount(F::HoursPerLearner, h.hours_per_learner),
                amount(F::StaffHoursPerWeekPeak, t.weeks.staff_hours_per_week_peak),
            ],
        ),
        group(
            GroupKind::Scalability,
            "Scalability",
            vec![
                amount(F::SelfPacedShare, s.self_paced_share),
                amount(
                    F::MarginalHoursPer100Learners,
                    s.marginal_hours_per_100_learners,
                ),
                words(F::BreakEven.label(), break_even::words(s.break_even, k)),
            ],
        ),
        group(
            GroupKind::Accountability,
            "Accountability",
            vec![
                words(
                    F::LiveCheckpoints.label(),
                    format!(
                        "{} of {} planned modules",
                        a.live_checkpoints, a.planned_modules
                    ),
                ),
                amount(F::Accountability, a.share),
                words(
                    F::LongestSelfPacedStretch.label(),
                    stretch_words(a.longest_self_paced_stretch),
                ),
                words(
                    F::LongestSelfPacedStretchWeeks.label(),
                    week_stretch_words(t.weeks.longest_self_paced_stretch),
                ),
            ],
        ),
        group(
            GroupKind::Completion,
            "Completion (an estimate)",
            vec![
                amount(F::ExpectedCompletion, t.completion.expected),
                words(
                    F::ExpectedCompletersPerCohort.label(),
                    format!(
                        "about {} of {}",
                        F::ExpectedCompletersPerCohort.format(t.completion.completers_per_cohort),
                        count(
                            w.assumptions().learners_per_cohort() as usize,
                            "learner",
                            "learners"
                        )
                    ),
                ),
            ],
        ),
        group(
            GroupKind::Line,
            "Line of Understanding",
            vec![
                words(
                    F::AlignedCells.label(),
                    format!("{} of {} planned cells", l.aligned_cells, l.planned_cells),
                ),
                amount(F::AlignedMinutesShare, l.aligned_minutes_share),
            ],
        ),
        group(
            GroupKind::LearnerTime,
            "Learner time (per learner)",
            vec![
                amount(F::LiveLearnerHours, time.live_hours),
                amount(F::SelfPacedLearnerHours, time.self_paced_hours),
                Row {
                    label: "Total".to_owned(),
                    value: Value::Amount(F::LiveLearnerHours.format(time.total_hours())),
                },
                words(
                    F::CourseWeeks.label(),
                    count(t.weeks.course_weeks as usize, "week", "weeks"),
                ),
                amount(
                    F::LearnerHoursPerWeekMax,
                    t.weeks.learner_hours_per_week_max,
                ),
            ],
        ),
    ]
}

/// Who the live slot reaches, when the plan's schedule has learner zones
/// and a live cell; `None` otherwise.
pub fn reach_group(t: &Tradeoffs) -> Option<Group> {
    let reach = t.reach.as_ref()?;
    let window = format!(
        "between {} and {} their time",
        reach.window.from(),
        reach.window.to()
    );
    let missed = if reach.missed.is_empty() {
        "none".to_owned()
    } else {
        reach
            .missed
            .iter()
            .map(|m| format!("{} ({} there)", m.zone, m.local_time))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(Group {
        kind: GroupKind::Reach,
        name: "Reach (live slot)",
        rows: vec![
            words(
                "Live slot",
                format!("{}, first on {}", reach.slot, reach.first_session),
            ),
            words("Reached", window),
            amount(F::ReachShare, reach.share),
            amount(F::ReachMinShare, reach.min_share),
            words("Missed on the first session", missed),
            words(
                F::ReachBestShare.label(),
                format!(
                    "{} ({} of learners)",
                    reach.best_time,
                    F::ReachBestShare.format(reach.best_share)
                ),
            ),
        ],
    })
}

/// What the course costs and earns at the plan's rates; `None` without an
/// instructor rate. Revenue, margin, profit and payback only when the course
/// has a price: a free or internal course shows its costs alone.
pub fn money_group(t: &Tradeoffs) -> Option<Group> {
    let m = t.money.as_ref()?;
    let assumptions = t.workload().assumptions();
    let rates = assumptions.money().rates()?;
    let currency = assumptions.money().currency;
    let c = currency.as_str();
    let k = assumptions.cohorts_per_year();
    let cash = |id: F, value: f64| Row {
        label: id.label().to_owned(),
        value: Value::Amount(id.format_in(c, value)),
    };
    let mut rates_said = format!(
        "instructor {c_rate}/h, co-host {}/h, build {}/h",
        money(c, rates.cohost),
        money(c, rates.build),
        c_rate = money(c, rates.instructor),
    );
    if rates.fixed_costs_per_year > 0.0 {
        rates_said.push_str(&format!(
            "; fixed costs {} a year",
            money(c, rates.fixed_costs_per_year)
        ));
    }
    let price = if rates.has_price() {
        format!("{} per learner", money(c, rates.price_per_learner))
    } else {
        "none: a free or internal course, costs only".to_owned()
    };
    let mut rows = vec![words("Rates", rates_said), words("Price", price)];
    rows.extend(
        super::figures::money_amounts(m)
            .into_iter()
            .map(|(id, value)| cash(id, value)),
    );
    rows.extend([
        match m.cost_per_completer {
            Some(value) => cash(F::CostPerCompleter, value),
            None => words(
                F::CostPerCompleter.label(),
                "none: no learner is expected to finish".to_owned(),
            ),
        },
        words(F::Payback.label(), break_even::payback_words(m.payback, k)),
        words(
            F::CostBreakEven.label(),
            break_even::words(m.cost_break_even, k),
        ),
    ]);
    let shown = |row: &Row| {
        rates.has_price()
            || !F::ALL
                .iter()
                .any(|id| id.needs_price() && row.label == id.label())
    };
    Some(Group {
        kind: GroupKind::Money,
        name: "Money",
        rows: rows.into_iter().filter(shown).collect(),
    })
}

/// The longest run of weeks without a live checkpoint in words: "4 weeks
/// (modules 2 to 5)", "1 week (module 2)", "none: every planned module has a
/// live checkpoint".
fn week_stretch_words(stretch: Option<crate::analysis::WeekStretch>) -> String {
    match stretch {
        None => "none: every planned module has a live checkpoint".to_owned(),
        Some(s) => {
            let weeks = count(s.weeks as usize, "week", "weeks");
            if s.first == s.last {
                format!("{weeks} (module {})", s.first + 1)
            } else {
                format!("{weeks} (modules {} to {})", s.first + 1, s.last + 1)
            }
        }
    }
}

/// Figure `id` with `value` in its unit, labelled and formatted by the catalogue.
fn amount(id: F, value: f64) -> Row {
    Row {
        label: id.label().to_owned(),
        value: Value::Amount(id.format(value)),
    }
}

fn words(label: &str, text: String) -> Row {
    Row {
        label: label.to_owned(),
        value: Value::Words(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::Course;

    #[test]
    fn every_figure_of_the_catalogue_has_a_row_once() {
        // The sample has rates and a price: every money figure shows.
        let t = analyze(&crate::samples::Sample::MasterBaker.course());
        let groups: Vec<Group> = groups(&t)
            .into_iter()
            .chain(money_group(&t))
            .chain(reach_group(&t))
            .collect();
        let labels: Vec<&str> = groups
            .iter()
            .flat_map(|g| &g.rows)
            .map(|r| r.label.as_str())
            .collect();
        for id in F::ALL {
            let found = labels.iter().filter(|l| l.starts_with(id.label())).count();
            // "Live" also starts "Live teaching per cohort", "Live sections..."
            // and "Live checkpoints": the learner-time rows are counted apart.
            if matches!(id, F::LiveLearnerHours | F::SelfPacedLearnerHours) {
                assert!(labels.contains(&id.label()), "{}", id.label());
            } else {
                assert_eq!(found, 1, "{} in {labels:?}", id.label());
            }
        }
    }

    #[test]
    fn amounts_read_in_their_unit() {
        // Three modules in their recommended modes: 24 learners, 2 sections of 12.
        let course = Course::with_recommended_modules("Bread", 3).unwrap();
        let [staff, scalability, ..] = groups(&analyze(&course));
        let value = |group: &Group, label: &str| {
            let row = group.rows.iter().find(|r| r.label == label).unwrap();
            row.value.clone()
        };
        assert_eq!(
            value(&staff, "Live sections per cohort"),
            Value::Words("2 sections of up to 12 learners".into())
        );
        assert!(
            matches!(value(&staff, "Staff hours per cohort"), Value::Amount(t) if t.ends_with(" h"))
        );
        assert!(
            matches!(value(&scalability, "Self-paced share of learner time"), Value::Amount(t) if t.ends_with('%') && !t.ends_with(" %"))
        );
    }
}
