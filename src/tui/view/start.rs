//! The start screen: recent plans, a new plan, the demo course.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use crate::present::printable::{fit, printable};

use super::super::app::{StartItem, StartScreen, StatusKind};
use super::super::theme::Theme;

pub fn draw(start: &StartScreen, theme: &Theme, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width.saturating_sub(4));
    let mut lines = vec![
        Line::styled(" coursegrid", theme.heading),
        Line::styled(
            " Plan a course: Gagné's nine events against your modules, each part live or self-paced.",
            theme.muted,
        ),
        Line::from(""),
    ];
    let visible = usize::from(area.height.saturating_sub(8)).max(1);
    let first = start.selected.saturating_sub(visible - 1);
    for (index, item) in start.items.iter().enumerate().skip(first).take(visible) {
        let text = match item {
            StartItem::Plan(entry) => {
                let name = entry.path.file_name().unwrap_or_default().to_string_lossy();
                match &entry.summary {
                    Ok((title, modules)) => format!(
                        "{}  ({modules} modules, {})",
                        printable(title),
                        printable(&name)
                    ),
                    Err(problem) => format!(
                        "{}  (cannot read: {})",
                        printable(&name),
                        printable(problem)
                    ),
                }
            }
            StartItem::NewPlan => "+ New plan…  (n)".to_owned(),
            StartItem::Demo => "▶ Demo course: Master Baker  (d)".to_owned(),
        };
        let style = if index == start.selected {
            theme.selected
        } else {
            theme.base
        };
        lines.push(Line::styled(format!("  {}", fit(&text, width)), style));
    }
    let status_style = match start.status.kind {
        StatusKind::Info => theme.muted,
        StatusKind::Error => theme.error,
    };
    lines.push(Line::from(""));
    lines.push(Line::from(vec![Span::styled(
        format!(" {}", start.status.text),
        status_style,
    )]));
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border),
        ),
        area,
    );
    if let Some(prompt) = &start.prompt {
        let rect = Rect::new(
            area.x + 2,
            area.y + area.height / 2 - 2,
            area.width.saturating_sub(4),
            5,
        );
        frame.render_widget(Clear, rect);
        let hint = prompt
            .error
            .clone()
            .unwrap_or_else(|| "Enter creates it in the plans folder · Esc cancels".into());
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(""),
                Line::from(""),
                Line::styled(
                    hint,
                    if prompt.error.is_some() {
                        theme.error
                    } else {
                        theme.muted
                    },
                ),
            ])
            .block(
                Block::default()
                    .borders(Borders::ALL)
                    .border_style(theme.heading)
                    .title(prompt.purpose.title()),
            ),
            rect,
        );
        let field = Rect::new(rect.x + 1, rect.y + 1, rect.width.saturating_sub(2), 1);
        crate::tui::text_prompt::text_field(&prompt.input, theme, frame, field);
    }
}
