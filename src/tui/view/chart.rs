//! The workshop charts, drawn where the grid was: cumulative staff hours
//! over cohorts (where the lines cross is where a choice pays off), and hours
//! per cohort against cohort size (live hours step up with each section).

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Axis, Block, Borders, Chart, Dataset, GraphType, LegendPosition, Paragraph, Wrap,
};

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::one_decimal;
use crate::present::charts::{
    CHART_COHORTS, LEARNERS, Series, Variant, cost_chart, learners_chart,
};

use super::super::app::MainView;
use super::super::theme::Theme;

/// Each line has its own marker as well as its colour, so the chart reads
/// without colour too; the legend shows the marker.
fn look(variant: Variant, theme: &Theme) -> (Marker, &'static str, Style) {
    match variant {
        Variant::ThisPlan => (Marker::Braille, "⣿", theme.heading),
        Variant::AllLive => (Marker::Dot, "•", theme.live),
        Variant::AllSelfPaced => (Marker::Bar, "▄", theme.self_paced),
    }
}

pub fn draw(view: MainView, tradeoffs: &Tradeoffs, theme: &Theme, frame: &mut Frame, area: Rect) {
    let caption_height = 3.min(area.height / 3);
    let chart_area = Rect::new(area.x, area.y, area.width, area.height - caption_height);
    let caption_area = Rect::new(
        area.x,
        area.y + chart_area.height,
        area.width,
        caption_height,
    );
    match view {
        MainView::Grid => {}
        MainView::CostChart => cost(tradeoffs, theme, frame, chart_area, caption_area),
        MainView::LearnersChart => learners(tradeoffs, theme, frame, chart_area, caption_area),
    }
}

fn datasets<'a>(series: &'a [Series], theme: &Theme) -> Vec<Dataset<'a>> {
    series
        .iter()
        .map(|s| {
            let (marker, glyph, style) = look(s.variant, theme);
            Dataset::default()
                .name(format!("{glyph} {}", s.variant.label()))
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(style)
                .data(&s.points)
        })
        .collect()
}

fn y_axis(max: f64, theme: &Theme) -> Axis<'static> {
    let top = (max * 1.1).max(1.0);
    Axis::default()
        .title("staff hours")
        .style(theme.muted)
        .bounds([0.0, top])
        .labels([
            "0".to_owned(),
            format!("{:.0}", top / 2.0),
            format!("{:.0}", top),
        ])
}

fn cost(tradeoffs: &Tradeoffs, theme: &Theme, frame: &mut Frame, area: Rect, caption: Rect) {
    let chart = cost_chart(tradeoffs, CHART_COHORTS);
    let crossing_points: Vec<Vec<(f64, f64)>> = chart
        .crossings
        .iter()
        .map(|c| vec![(c.cohorts, c.hours)])
        .collect();
    let mut sets = datasets(&chart.series, theme);
    for (crossing, point) in chart.crossings.iter().zip(&crossing_points) {
        sets.push(
            Dataset::default()
                .name(format!(
                    "× {} = {} at {} cohorts",
                    crossing.first.label(),
                    crossing.second.label(),
                    one_decimal(crossing.cohorts)
                ))
                .marker(Marker::Block)
                .graph_type(GraphType::Scatter)
                .style(theme.warning)
                .data(point),
        );
    }
    let cohorts = f64::from(chart.cohorts);
    let widget = Chart::new(sets)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(" Cumulative staff hours · c: next chart · Esc: grid "),
        )
        .x_axis(
            Axis::default()
                .title("cohorts taught")
                .style(theme.muted)
                .bounds([0.0, cohorts])
                .labels([
                    "0".to_owned(),
                    format!("{}", chart.cohorts / 2),
                    format!("{}", chart.cohorts),
                ]),
        )
        .y_axis(y_axis(chart.max_hours, theme))
        .legend_position(Some(LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Percentage(60), Constraint::Percentage(60)));
    frame.render_widget(widget, area);

    let lines = tradeoffs.cost_lines();
    let mut words = vec![Line::from(vec![
        Span::styled("  Build, then per cohort: ", theme.heading),
        Span::raw(format!(
            "this plan {} h + {} h, all live {} h + {} h, all self-paced {} h + {} h.",
            one_decimal(lines.this_plan.build_hours),
            one_decimal(lines.this_plan.hours_per_cohort),
            one_decimal(lines.all_live.build_hours),
            one_decimal(lines.all_live.hours_per_cohort),
            one_decimal(lines.all_self_paced.build_hours),
            one_decimal(lines.all_self_paced.hours_per_cohort),
        )),
    ])];
    words.push(Line::from(vec![
        Span::styled("  Break-even against all live: ", theme.heading),
        Span::raw(tradeoffs.scalability.break_even.to_string()),
    ]));
    frame.render_widget(Paragraph::new(words).wrap(Wrap { trim: false }), caption);
}

fn learners(tradeoffs: &Tradeoffs, theme: &Theme, frame: &mut Frame, area: Rect, caption: Rect) {
    let (series, max) = learners_chart(tradeoffs);
    let (low, high) = (f64::from(*LEARNERS.start()), f64::from(*LEARNERS.end()));
    let widget = Chart::new(datasets(&series, theme))
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(" Staff hours per cohort by cohort size · c: next · Esc: grid "),
        )
        .x_axis(
            Axis::default()
                .title("learners per cohort")
                .style(theme.muted)
                .bounds([low, high])
                .labels([
                    format!("{low:.0}"),
                    format!("{:.0}", (low + high) / 2.0),
                    format!("{high:.0}"),
                ]),
        )
        .y_axis(y_axis(max, theme))
        .legend_position(Some(LegendPosition::TopLeft))
        .hidden_legend_constraints((Constraint::Percentage(60), Constraint::Percentage(60)));
    frame.render_widget(widget, area);
    let w = tradeoffs.workload();
    let text = format!(
        "  Live sessions repeat for every section of up to {} learners, so live hours step up every {} learners; marking grows with each learner, forums with each tutor group of {}. This plan at {} learners: {} staff h a cohort.",
        w.assumptions().live_section_max(),
        w.assumptions().live_section_max(),
        w.assumptions().tutor_group_size(),
        w.assumptions().learners_per_cohort(),
        one_decimal(tradeoffs.hours.staff_hours_per_cohort)
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.base)
            .wrap(Wrap { trim: false }),
        caption,
    );
}
