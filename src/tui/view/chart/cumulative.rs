//! The cumulative chart's figure: what the plan and its all-live and
//! all-self-paced twins cost after each cohort, in staff hours or (`M`, for
//! a plan with an instructor rate) in money at the plan's rates; where the
//! lines cross, and the caption's sentences, most important first.

use crate::analysis::numbers::{money, one_decimal};
use crate::analysis::{CostLines, Tradeoffs, money_lines};
use crate::model::Rates;
use crate::present::charts::{CHART_COHORTS, CostChart, Ticks, cost_chart, money_chart};
use crate::present::printable::printable;
use crate::tui::app::ChartMeasure;

use super::figure::{Figure, YUnit};

/// The cumulative chart counting `measure`: staff hours when the plan has
/// no rates to price them at.
pub fn figure(tradeoffs: &Tradeoffs, measure: ChartMeasure, x_steps: u32) -> Figure {
    let x = Ticks::ending_at(f64::from(CHART_COHORTS), x_steps);
    // Ticks of whole cohorts from 0: the top is a whole number.
    let cohorts = x.top().round() as u32;
    let plan_money = tradeoffs.workload().assumptions().money();
    match (measure, plan_money.rates(), &tradeoffs.money) {
        (ChartMeasure::Cost, Some(rates), Some(figures)) => {
            let currency = printable(plan_money.currency.as_str()).into_owned();
            let chart = money_chart(tradeoffs, &rates, cohorts);
            let lines = money_lines(&tradeoffs.variants, &rates);
            let sentences = vec![
                crossed(&chart),
                format!(
                    "Cost break-even against all live: {}.",
                    figures.cost_break_even
                ),
                build_then_each_cohort(&lines, |x| money(&currency, x)),
                rates_sentence(&currency, &rates),
            ];
            let named = currency.trim();
            let unit = if named.is_empty() {
                String::new()
            } else {
                format!(" ({named})")
            };
            Figure {
                titles: [
                    format!(" Cumulative cost{unit} · M: hours · c: next chart · Esc: grid "),
                    format!(" Cost{unit} · M hours · c next · Esc grid "),
                    format!(" Cost{unit} over cohorts "),
                ],
                y: YUnit::Money(currency.clone()),
                ..lines_figure(chart, x)
            }
            .with_sentences(sentences)
        }
        _ => {
            let chart = cost_chart(tradeoffs, cohorts);
            let sentences = vec![
                crossed(&chart),
                format!(
                    "Break-even against all live: {}.",
                    tradeoffs.scalability.break_even
                ),
                build_then_each_cohort(&tradeoffs.cost_lines(), |x| {
                    format!("{} h", one_decimal(x))
                }),
            ];
            // The key to cost, named only where there is a cost to show.
            let to_cost = if plan_money.rates().is_some() {
                " · M: cost"
            } else {
                ""
            };
            Figure {
                titles: [
                    format!(" Cumulative staff hours{to_cost} · c: next chart · Esc: grid "),
                    " Hours over cohorts · c next · Esc grid ".to_owned(),
                    " Hours over cohorts ".to_owned(),
                ],
                ..lines_figure(chart, x)
            }
            .with_sentences(sentences)
        }
    }
}

/// The lines and crossings of `chart` over the x axis `x`, in staff hours
/// until the caller says otherwise.
fn lines_figure(chart: CostChart, x: Ticks) -> Figure {
    Figure {
        titles: Default::default(),
        crossings: chart
            .crossings
            .iter()
            .map(|c| (c.cohorts, c.value))
            .collect(),
        series: chart.series,
        x,
        x_title: "cohorts taught",
        y: YUnit::StaffHours,
        max_y: chart.max_y,
        sentences: Vec::new(),
    }
}

impl Figure {
    fn with_sentences(self, sentences: Vec<String>) -> Figure {
        Figure { sentences, ..self }
    }
}

/// Where the lines cross, or that none do within the chart.
fn crossed(chart: &CostChart) -> String {
    if chart.crossings.is_empty() {
        return format!("No two lines cross within {} cohorts.", chart.cohorts);
    }
    let each: Vec<String> = chart
        .crossings
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let unit = if i == 0 { " cohorts" } else { "" };
            format!(
                "{} and {} at {}{unit}",
                c.first.label(),
                c.second.label(),
                c.cohorts_label()
            )
        })
        .collect();
    format!(
        "{} where lines cross: {}.",
        super::CROSSING,
        each.join(", ")
    )
}

/// "Build, then each cohort: this plan 172.4 h + 16.0 h, ...", each figure
/// as `shown` writes it.
fn build_then_each_cohort(lines: &CostLines, shown: impl Fn(f64) -> String) -> String {
    format!(
        "Build, then each cohort: this plan {} + {}, all live {} + {}, all self-paced {} + {}.",
        shown(lines.this_plan.once),
        shown(lines.this_plan.per_cohort),
        shown(lines.all_live.once),
        shown(lines.all_live.per_cohort),
        shown(lines.all_self_paced.once),
        shown(lines.all_self_paced.per_cohort),
    )
}

/// "At $60 an hour teaching and support, $25 co-hosting, $45 building."
fn rates_sentence(currency: &str, rates: &Rates) -> String {
    // A rate is said as set: $62.50 is not $63.
    let rate = |x: f64| {
        if x.fract() == 0.0 {
            money(currency, x)
        } else {
            format!("{currency}{x:.2}")
        }
    };
    format!(
        "At {} an hour teaching and support, {} co-hosting, {} building.",
        rate(rates.instructor),
        rate(rates.cohost),
        rate(rates.build),
    )
}
