//! The tradeoff panel: every figure with its change since the last edit,
//! then the warnings.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::analysis::Tradeoffs;
use crate::printable::{fit, printable};

use super::super::theme::Theme;
use crate::figures::figures;

pub struct PanelWidget<'a> {
    pub tradeoffs: &'a Tradeoffs,
    pub previous: Option<&'a Tradeoffs>,
    pub theme: &'a Theme,
}

const VALUE_WIDTH: usize = 9;
const CHANGE_WIDTH: usize = 9;

impl Widget for PanelWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let width = usize::from(area.width.saturating_sub(2));
        let now = figures(self.tradeoffs);
        let before = self.previous.map(figures);
        let mut lines: Vec<Line> = Vec::new();
        // On a short terminal the group headings give way, so that the
        // warnings still start inside the panel.
        let groups = now.iter().filter(|f| f.group.is_some()).count();
        let headings = usize::from(area.height.saturating_sub(2)) >= now.len() + groups + 4;
        for (index, figure) in now.iter().enumerate() {
            if let (Some(group), true) = (figure.group, headings) {
                lines.push(Line::styled(group, theme.heading));
            }
            let change = before
                .as_ref()
                .and_then(|before| figure.change_from(&before[index]));
            let (change_text, change_style) = match change {
                Some(change) => {
                    let style = if change.improved {
                        theme.good
                    } else {
                        theme.bad
                    };
                    (change.text, style)
                }
                None => (String::new(), theme.base),
            };
            // The label gives way to a long value, never the other way round.
            let value = format!("{:>VALUE_WIDTH$}", figure.text);
            let label_width = width.saturating_sub(value.width() + CHANGE_WIDTH + 2);
            lines.push(Line::from(vec![
                Span::styled(fit(figure.label, label_width), theme.base),
                Span::raw(" "),
                Span::styled(value, theme.base),
                Span::raw(" "),
                Span::styled(fit(&change_text, CHANGE_WIDTH), change_style),
            ]));
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
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme.border)
                    .title(format!(
                        " Tradeoffs · {} warning{} ",
                        warnings.len(),
                        if warnings.len() == 1 { "" } else { "s" }
                    )),
            )
            .render(area, buf);
    }
}
