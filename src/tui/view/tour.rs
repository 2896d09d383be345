//! The tour card: a short panel that points at one part of the screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

use super::super::layout::ScreenLayout;
use super::super::theme::Theme;
use super::super::tour::{STEPS, Target, Tour};

pub fn draw(tour: Tour, theme: &Theme, frame: &mut Frame, layout: &ScreenLayout) {
    let step = tour.current();
    let (target, arrow) = match step.target {
        Target::Grid | Target::Cell | Target::Bands => (Some(layout.grid), "◀"),
        // The chart is its own focus; an outline would hide its title.
        Target::Chart => (None, "◀"),
        Target::Panel | Target::Warnings => (Some(layout.panel), "▶"),
        Target::Detail => (None, "▼"),
        Target::Export => (None, "▼"),
    };
    // Outline what the step is about, then put the card where it hides the least of it.
    if let Some(area) = target {
        frame.render_widget(
            Block::default()
                .borders(Borders::ALL)
                .border_type(BorderType::Double)
                .border_style(theme.warning),
            area,
        );
    }
    match step.target {
        Target::Detail => mark_rows(frame, theme, layout.detail),
        Target::Export => mark_rows(frame, theme, layout.hints),
        _ => {}
    }
    let card = card_area(step.target, layout);
    frame.render_widget(Clear, card);
    let lines = vec![
        Line::styled(step.text, theme.base),
        Line::from(""),
        Line::from(vec![
            Span::styled("Try: ", theme.key),
            Span::styled(step.try_this(), theme.heading),
        ]),
        Line::from(""),
        Line::styled("Enter/→ next · ← back · Esc ends the tour", theme.muted),
    ];
    let title = format!(
        " {arrow} Tour {}/{} · {} ",
        tour.step + 1,
        STEPS.len(),
        step.title
    );
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(
            Block::default()
                .borders(Borders::ALL)
                .border_type(BorderType::Double)
                .border_style(theme.warning)
                .style(theme.base)
                .title(title),
        ),
        card,
    );
}

/// A ▶ at the start of one-line targets (the detail lines, the hint bar).
fn mark_rows(frame: &mut Frame, theme: &Theme, area: Rect) {
    for y in area.y..area.bottom() {
        frame.buffer_mut().set_string(area.x, y, "▶", theme.warning);
    }
}

/// The card covers the side the step is not about: the panel's lower half
/// for grid steps, the grid's lower half otherwise.
fn card_area(target: Target, layout: &ScreenLayout) -> Rect {
    let over = match target {
        Target::Grid | Target::Cell | Target::Bands | Target::Chart => layout.panel,
        _ => layout.grid,
    };
    let width = over.width.max(34).min(layout.title.width);
    let height = 12.min(over.height);
    let x = if over.x + width > layout.title.width {
        layout.title.width - width
    } else {
        over.x
    };
    Rect::new(x, over.bottom().saturating_sub(height), width, height)
}
