//! The workshop charts, drawn where the grid was: cumulative staff hours
//! (or, `M`, their cost) over cohorts (where two lines cross, one choice
//! starts to pay off), and hours per cohort against cohort size (live hours
//! step up with each section). What each chart says is in [`figure`] and
//! [`cumulative`]; this file lays it out at any size: a legend above the plot (so no line runs through it), round
//! ticks, "this plan" drawn last (on top), and a caption of whole sentences.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::analysis::Tradeoffs;
use crate::present::charts::{Ticks, Variant};

use super::super::app::{ChartMeasure, MainView};
use super::super::theme::Theme;

mod cumulative;
mod figure;

use figure::Figure;

/// Each line has its own marker as well as its colour, so the chart reads
/// without colour too; the legend shows the marker.
fn look(variant: Variant, theme: &Theme) -> (Marker, &'static str, Style) {
    match variant {
        Variant::ThisPlan => (Marker::Braille, "⣿", theme.heading),
        Variant::AllLive => (Marker::Dot, "•", theme.live),
        Variant::AllSelfPaced => (Marker::Bar, "▄", theme.self_paced),
    }
}

/// The crossings' marker, in the plot and the legend.
const CROSSING: &str = "█";

/// The legend's order (this plan first, as the reader looks for it first);
/// the lines are drawn in the reverse order, so this plan ends on top.
const LEGEND_ORDER: [Variant; 3] = [Variant::ThisPlan, Variant::AllLive, Variant::AllSelfPaced];

pub fn draw(
    view: MainView,
    measure: ChartMeasure,
    tradeoffs: &Tradeoffs,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let border = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border);
    let inner = border.inner(area);
    // The x axis first: its range decides the data (a chart over 0..15
    // cohorts when 12 cannot be ticked roundly in the width there is).
    // A tick label every five columns or more ("0 2 4 .. 12", "0 100 .. 500").
    let x_steps = u32::from(inner.width.saturating_sub(6) / 5).clamp(1, 6);
    let Some(figure) = Figure::new(view, measure, tradeoffs, x_steps) else {
        frame.render_widget(border, area);
        return;
    };
    frame.render_widget(border.title(title(&figure, area)), area);
    if inner.width < 4 || inner.height < 4 {
        return;
    }

    let legend = legend_lines(&figure, theme, inner.width);
    let legend_height = (legend.len() as u16).min(inner.height / 3);
    let room = inner.height - legend_height;
    let caption = caption(&figure.sentences, inner.width, (room / 3).max(1));
    let caption_height = caption.line_count(inner.width) as u16;
    let caption_height = caption_height.min(room.saturating_sub(3));
    let plot_height = room - caption_height;

    let row = |y: u16, height: u16| Rect::new(inner.x, y, inner.width, height);
    frame.render_widget(Paragraph::new(legend), row(inner.y, legend_height));
    plot(
        &figure,
        theme,
        frame,
        row(inner.y + legend_height, plot_height),
    );
    if caption_height > 0 {
        frame.render_widget(
            caption.style(theme.base),
            row(inner.y + legend_height + plot_height, caption_height),
        );
    }
}

/// The longest of the figure's titles that fits the frame (the keys to
/// leave it included when there is room).
fn title(figure: &Figure, area: Rect) -> String {
    let room = usize::from(area.width.saturating_sub(2));
    let titles = &figure.titles;
    titles
        .iter()
        .find(|title| title.width() <= room)
        .unwrap_or(&titles[titles.len() - 1])
        .clone()
}

/// The legend's entries, packed into as few lines as the width allows
/// (an entry is never split across lines).
fn legend_lines(figure: &Figure, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let mut entries: Vec<(String, Style)> = LEGEND_ORDER
        .iter()
        .map(|&variant| {
            let (_, glyph, style) = look(variant, theme);
            (format!("{glyph} {}", variant.label()), style)
        })
        .collect();
    if !figure.crossings.is_empty() {
        entries.push((format!("{CROSSING} crossing"), theme.warning));
    }
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (text, style) in entries {
        let gap = if current.is_empty() { 0 } else { 2 };
        if used + gap + text.width() > usize::from(width) && !current.is_empty() {
            lines.push(Line::from(std::mem::take(&mut current)));
            used = 0;
        } else if gap > 0 {
            current.push(Span::raw("  "));
            used += gap;
        }
        used += text.width();
        current.push(Span::styled(text, style));
    }
    if !current.is_empty() {
        lines.push(Line::from(current));
    }
    lines
}

/// As many of `sentences` as fit in `rows` rows of `width`, whole, most
/// important first: a caption never stops mid-sentence.
fn caption(sentences: &[String], width: u16, rows: u16) -> Paragraph<'static> {
    let mut shown: Vec<&str> = Vec::new();
    for sentence in sentences {
        shown.push(sentence);
        let text = shown.join(" ");
        let lines = Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .line_count(width);
        if lines > usize::from(rows) {
            shown.pop();
        }
    }
    Paragraph::new(shown.join(" ")).wrap(Wrap { trim: true })
}

fn plot(figure: &Figure, theme: &Theme, frame: &mut Frame, area: Rect) {
    // The plot's rows, less the axis and its labels: a tick label at least
    // every other row.
    let graph_rows = area.height.saturating_sub(2);
    let y_steps = u32::from(graph_rows.div_ceil(2)).clamp(1, 6);
    let y = Ticks::covering(figure.max_y, y_steps);
    let y_labels: Vec<String> = y.values().map(|v| figure.y.label(&y, v)).collect();
    let crossings: Vec<Vec<(f64, f64)>> =
        figure.crossings.iter().map(|&point| vec![point]).collect();
    let mut sets: Vec<Dataset> = LEGEND_ORDER
        .iter()
        .rev()
        .filter_map(|&variant| figure.series.iter().find(|s| s.variant == variant))
        .map(|series| {
            let (marker, _, style) = look(series.variant, theme);
            Dataset::default()
                .marker(marker)
                .graph_type(GraphType::Line)
                .style(style)
                .data(&series.points)
        })
        .collect();
    for point in &crossings {
        sets.push(
            Dataset::default()
                .marker(Marker::Block)
                .graph_type(GraphType::Scatter)
                .style(theme.warning)
                .data(point),
        );
    }
    let y_label_width = y_labels.iter().map(|l| l.width()).max().unwrap_or(0) as u16;
    let widget = Chart::new(sets)
        // Two blank labels keep the row for the x labels, which are written
        // below at their ticks: ratatui spaces the labels between the first
        // and the last evenly by count, not by value, so "2" would stand
        // nearer 3.
        .x_axis(
            Axis::default()
                .title(figure.x_title)
                .style(theme.muted)
                .bounds([0.0, figure.x.top()])
                .labels(["", ""]),
        )
        .y_axis(
            Axis::default()
                .title(figure.y.title())
                .style(theme.muted)
                .bounds([0.0, y.top()])
                .labels(y_labels),
        )
        .legend_position(None);
    frame.render_widget(widget, area);
    x_labels(frame, theme, area, y_label_width, &figure.x);
}

/// The x axis's tick labels, each centred under its value (as ratatui lays
/// the chart out: the y labels, the y axis, then the plot; the x labels on
/// the last row), skipping any that would touch the one before.
fn x_labels(frame: &mut Frame, theme: &Theme, area: Rect, y_label_width: u16, ticks: &Ticks) {
    if area.height < 3 {
        return;
    }
    let plot_left = area.x + y_label_width.min(area.width / 3) + 1;
    let plot_width = area.right().saturating_sub(plot_left);
    if plot_width < 2 {
        return;
    }
    let row = area.bottom() - 1;
    let mut free_from = area.x;
    for value in ticks.values() {
        let label = ticks.label(value);
        let width = label.width() as u16;
        let at = plot_left + (value / ticks.top() * f64::from(plot_width - 1)).round() as u16;
        let start = at
            .saturating_sub(width / 2)
            .clamp(area.x, area.right().saturating_sub(width));
        if start < free_from {
            continue;
        }
        frame
            .buffer_mut()
            .set_string(start, row, &label, theme.muted);
        free_from = start + width + 1;
    }
}
