//! The tradeoff panel: every figure with its change since the last edit,
//! then the warnings.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::analysis::Tradeoffs;
use crate::present::printable::{fit, printable};

use super::super::theme::Theme;
use crate::present::compare::figure_rows;

pub struct PanelWidget<'a> {
    pub tradeoffs: &'a Tradeoffs,
    /// The figures before the last edit: the changes shown are since then.
    pub previous: Option<&'a Tradeoffs>,
    /// A pinned baseline: then its figures are shown too, and the changes are
    /// against it.
    pub baseline: Option<&'a Tradeoffs>,
    pub theme: &'a Theme,
}

const VALUE_WIDTH: usize = 9;
/// "▼ 10.4 pt ✓": a change with its better/worse mark, as wide as most get.
const CHANGE_WIDTH: usize = 11;

impl Widget for PanelWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let width = usize::from(area.width.saturating_sub(2));
        let reference = self.baseline.or(self.previous).unwrap_or(self.tradeoffs);
        let rows = figure_rows(reference, self.tradeoffs);
        let mut lines: Vec<Line> = Vec::new();
        // On a short terminal the group headings give way, so that the
        // warnings still start inside the panel.
        let groups = rows.iter().filter(|r| r.group.is_some()).count();
        let headings = usize::from(area.height.saturating_sub(2)) >= rows.len() + groups + 4;
        // Room for the widest change this time: "was already ✗" is rare,
        // and is never cut; the labels give way for it instead.
        let change_width = rows
            .iter()
            .filter_map(|row| row.change.as_ref())
            .map(|change| change.marked().width())
            .fold(CHANGE_WIDTH, usize::max);
        if self.baseline.is_some() {
            // Over the columns of the rows below: each heading ends where its values do.
            let columns = format!(
                "{:>VALUE_WIDTH$} {:>VALUE_WIDTH$} {:<change_width$}",
                "baseline", "now", "change"
            );
            let pad = width.saturating_sub(columns.width());
            lines.push(Line::styled(
                format!("{}{columns}", " ".repeat(pad)),
                theme.muted,
            ));
        }
        for row in &rows {
            if let (Some(group), true) = (row.group, headings) {
                lines.push(Line::styled(group, theme.heading));
            }
            let (change_text, change_style) = match &row.change {
                Some(change) if change.improved => (change.marked(), theme.good),
                Some(change) => (change.marked(), theme.bad),
                None => (String::new(), theme.base),
            };
            // The first value is unpadded, so the label may use the room a
            // short one leaves ("+100 learners  103.1 h"); the label is
            // padded instead, and every value still ends in its column.
            let values = match self.baseline {
                Some(_) => vec![
                    Span::styled(format!("{} ", row.baseline), theme.muted),
                    Span::styled(format!("{:>VALUE_WIDTH$}", row.current), theme.base),
                ],
                None => vec![Span::styled(row.current.clone(), theme.base)],
            };
            // The label gives way to a long value, never the other way round.
            let values_width: usize = values.iter().map(|v| v.content.width()).sum();
            let label_width = width.saturating_sub(values_width + change_width + 2);
            let mut spans = vec![
                Span::styled(fit(row.label, label_width), theme.base),
                Span::raw(" "),
            ];
            spans.extend(values);
            spans.push(Span::raw(" "));
            spans.push(Span::styled(fit(&change_text, change_width), change_style));
            lines.push(Line::from(spans));
        }
        let warnings = &self.tradeoffs.warnings;
        lines.push(Line::styled(
            format!("Warnings ({})", warnings.len()),
            theme.heading,
        ));
        if warnings.is_empty() {
            lines.push(Line::styled("None.", theme.muted));
        }
        for warning in warnings {
            lines.push(Line::from(vec![
                Span::styled("! ", theme.warning),
                Span::styled(printable(&warning.to_string()).into_owned(), theme.base),
            ]));
        }
        let plural = if warnings.len() == 1 { "" } else { "s" };
        let title = match self.baseline {
            Some(_) => format!(
                " Baseline vs now · {} warning{plural} · B clears ",
                warnings.len()
            ),
            None => format!(" Tradeoffs · {} warning{plural} ", warnings.len()),
        };
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme.border)
                    .title(title),
            )
            .render(area, buf);
    }
}
