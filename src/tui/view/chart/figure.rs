//! What each chart shows and says, whatever its size: the lines, where they
//! cross, the x axis's round ticks and the caption's sentences, most
//! important first (the drawing keeps as many whole sentences as fit).

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::one_decimal;
use crate::present::charts::{CHART_COHORTS, LEARNERS, Series, Ticks, cost_chart, learners_chart};
use crate::tui::app::MainView;

pub struct Figure {
    pub series: Vec<Series>,
    /// Where two lines cross inside the chart: (x, hours).
    pub crossings: Vec<(f64, f64)>,
    /// The x axis, from 0; the data spans it.
    pub x: Ticks,
    pub x_title: &'static str,
    /// The highest value of any line: the y axis covers it.
    pub max_y: f64,
    /// The caption, one sentence each, most important first.
    pub sentences: Vec<String>,
}

impl Figure {
    /// The chart `view` shows, with at most `x_steps` steps on its x axis;
    /// `None` for the grid.
    pub fn new(view: MainView, tradeoffs: &Tradeoffs, x_steps: u32) -> Option<Figure> {
        match view {
            MainView::Grid => None,
            MainView::CostChart => Some(cost(tradeoffs, x_steps)),
            MainView::LearnersChart => Some(learners(tradeoffs, x_steps)),
        }
    }
}

fn cost(tradeoffs: &Tradeoffs, x_steps: u32) -> Figure {
    let x = Ticks::ending_at(f64::from(CHART_COHORTS), x_steps);
    // Ticks of whole cohorts from 0: the top is a whole number.
    let cohorts = x.top().round() as u32;
    let chart = cost_chart(tradeoffs, cohorts);
    let crossed = if chart.crossings.is_empty() {
        format!("No two lines cross within {cohorts} cohorts.")
    } else {
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
    };
    let lines = tradeoffs.cost_lines();
    let sentences = vec![
        crossed,
        format!(
            "Break-even against all live: {}.",
            tradeoffs.scalability.break_even
        ),
        format!(
            "Build, then each cohort: this plan {} h + {} h, all live {} h + {} h, all self-paced {} h + {} h.",
            one_decimal(lines.this_plan.once),
            one_decimal(lines.this_plan.per_cohort),
            one_decimal(lines.all_live.once),
            one_decimal(lines.all_live.per_cohort),
            one_decimal(lines.all_self_paced.once),
            one_decimal(lines.all_self_paced.per_cohort),
        ),
    ];
    Figure {
        crossings: chart
            .crossings
            .iter()
            .map(|c| (c.cohorts, c.hours))
            .collect(),
        series: chart.series,
        x,
        x_title: "cohorts taught",
        max_y: chart.max_hours,
        sentences,
    }
}

fn learners(tradeoffs: &Tradeoffs, x_steps: u32) -> Figure {
    let x = Ticks::ending_at(f64::from(*LEARNERS.end()), x_steps);
    let (series, max_y) = learners_chart(tradeoffs);
    let assumptions = tradeoffs.workload().assumptions();
    let section = assumptions.live_section_max();
    let sentences = vec![
        format!(
            "This plan at {} learners: {} staff h a cohort.",
            assumptions.learners_per_cohort(),
            one_decimal(tradeoffs.hours.staff_hours_per_cohort)
        ),
        format!(
            "Live hours step up every {section} learners: each section of up to {section} has its own live sessions."
        ),
        format!(
            "A section of more than {} learners needs a co-host.",
            assumptions.cohost_above()
        ),
        format!(
            "Marking grows with each learner, forums with each tutor group of {}.",
            assumptions.tutor_group_size()
        ),
    ];
    Figure {
        series,
        crossings: Vec::new(),
        x,
        x_title: "learners per cohort",
        max_y,
        sentences,
    }
}
