//! What each chart shows and says, whatever its size: the lines, where they
//! cross, the axes (round ticks, in hours or money) and the caption's
//! sentences, most important first (the drawing keeps as many whole
//! sentences as fit). The cumulative chart's own figure is in
//! [`super::cumulative`]; the cohort-size chart's is here.

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::{self, one_decimal};
use crate::present::charts::{LEARNERS, Series, Ticks, learners_chart};
use crate::tui::app::{ChartMeasure, MainView};

pub struct Figure {
    /// The frame's title, longest first: the drawing shows the first that fits.
    pub titles: [String; 3],
    pub series: Vec<Series>,
    /// Where two lines cross inside the chart: (x, y).
    pub crossings: Vec<(f64, f64)>,
    /// The x axis, from 0; the data spans it.
    pub x: Ticks,
    pub x_title: &'static str,
    /// What the y axis counts: its title and how its ticks read.
    pub y: YUnit,
    /// The highest value of any line: the y axis covers it.
    pub max_y: f64,
    /// The caption, one sentence each, most important first.
    pub sentences: Vec<String>,
}

/// The y axis's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YUnit {
    StaffHours,
    /// Money, after this currency text (already made printable).
    Money(String),
}

impl YUnit {
    pub fn title(&self) -> &'static str {
        match self {
            YUnit::StaffHours => "staff hours",
            YUnit::Money(_) => "cost",
        }
    }

    /// A tick as the axis shows it: `400`, `$20,000`.
    pub fn label(&self, ticks: &Ticks, value: f64) -> String {
        match self {
            YUnit::StaffHours => ticks.label(value),
            YUnit::Money(currency) => numbers::money(currency, value),
        }
    }
}

impl Figure {
    /// The chart `view` shows (the cumulative one counting `measure`), with
    /// at most `x_steps` steps on its x axis; `None` for the grid.
    pub fn new(
        view: MainView,
        measure: ChartMeasure,
        tradeoffs: &Tradeoffs,
        x_steps: u32,
    ) -> Option<Figure> {
        match view {
            MainView::Grid => None,
            MainView::CostChart => Some(super::cumulative::figure(tradeoffs, measure, x_steps)),
            MainView::LearnersChart => Some(learners(tradeoffs, x_steps)),
        }
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
        titles: [
            " Staff hours per cohort by cohort size · c: next · Esc: grid ",
            " Hours by cohort size · c next · Esc grid ",
            " Hours by cohort size ",
        ]
        .map(str::to_owned),
        series,
        crossings: Vec::new(),
        x,
        x_title: "learners per cohort",
        y: YUnit::StaffHours,
        max_y,
        sentences,
    }
}
