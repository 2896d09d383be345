//! The tour card: a short panel that points at one part of the screen. The
//! card is as tall as its words, widened when the side it covers is too
//! short for them, and its last line always says how to go on.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::app::Editor;
use super::super::layout::ScreenLayout;
use super::super::theme::Theme;
use super::super::tour::{STEPS, Step, Target, Tour};

/// How to go on, longest first: the card shows the longest that fits.
const FOOTERS: [&str; 3] = [
    "Enter/→ next · ← back · Esc ends the tour",
    "Enter/→ next · ← back · Esc ends",
    "Enter/→ next · ← back · Esc",
];

/// Cards are at least this wide, where the screen allows.
const MIN_WIDTH: u16 = 34;

pub fn draw(editor: &Editor, tour: Tour, theme: &Theme, frame: &mut Frame, layout: &ScreenLayout) {
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

    let body = |spacing: bool| body(step, editor, theme, spacing);
    let (card, spacing) = card_area(step.target, layout, |width, spacing| {
        Paragraph::new(body(spacing))
            .wrap(Wrap { trim: true })
            .line_count(width) as u16
    });
    let title = format!(" {arrow} Tour {}/{} ", tour.step + 1, STEPS.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.warning)
        .style(theme.base)
        .title(title);
    let inner = block.inner(card);
    frame.render_widget(Clear, card);
    frame.render_widget(block, card);
    if inner.height == 0 {
        return;
    }
    // The footer has the last row whatever happens; the words get the rest.
    let footer_row = Rect::new(inner.x, inner.bottom() - 1, inner.width, 1);
    let words = Rect::new(inner.x, inner.y, inner.width, inner.height - 1);
    frame.render_widget(
        Paragraph::new(body(spacing)).wrap(Wrap { trim: true }),
        words,
    );
    let footer = FOOTERS
        .iter()
        .find(|footer| footer.width() <= usize::from(inner.width))
        .unwrap_or(&FOOTERS[FOOTERS.len() - 1]);
    frame.render_widget(Paragraph::new(*footer).style(theme.muted), footer_row);
}

/// The card's words: its title, what it explains, what it shows in this
/// plan, and what to try; `spacing` puts a blank line before the last.
fn body(step: &Step, editor: &Editor, theme: &Theme, spacing: bool) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::styled(step.title, theme.heading),
        Line::styled(step.text, theme.base),
    ];
    if let Some(fact) = step.fact(editor) {
        lines.push(Line::styled(fact, theme.base));
    }
    if spacing {
        lines.push(Line::from(""));
    }
    lines.push(Line::from(vec![
        Span::styled("Try: ", theme.key),
        Span::styled(step.try_this(), theme.heading),
    ]));
    lines
}

/// A ▶ at the start of one-line targets (the detail lines, the hint bar).
fn mark_rows(frame: &mut Frame, theme: &Theme, area: Rect) {
    for y in area.y..area.bottom() {
        frame.buffer_mut().set_string(area.x, y, "▶", theme.warning);
    }
}

/// Where the card goes, and whether it has room for a blank line: over the
/// side the step is not about (the panel for grid steps, the grid
/// otherwise), at the bottom of it, as tall as its words (`rows(width,
/// spacing)`) and the footer. When that side is too short, the card grows
/// wider across the screen, then drops its blank line; on the smallest
/// screens the words are cut, never the footer.
fn card_area(
    target: Target,
    layout: &ScreenLayout,
    rows: impl Fn(u16, bool) -> u16,
) -> (Rect, bool) {
    let over = match target {
        Target::Grid | Target::Cell | Target::Bands | Target::Chart => layout.panel,
        _ => layout.grid,
    };
    let screen = layout.title.width;
    let on_the_right = over.x > 0;
    let height_for = |width: u16, spacing: bool| rows(width.saturating_sub(2), spacing) + 3;
    let first = over.width.max(MIN_WIDTH).min(screen);
    let widths = (first..=screen).step_by(4).chain([screen]);
    // A narrower card hides less of the screen than a blank line is worth.
    let (width, spacing) = widths
        .flat_map(|width| [(width, true), (width, false)])
        .find(|&(width, spacing)| height_for(width, spacing) <= over.height)
        .unwrap_or((screen, false));
    let height = height_for(width, spacing).min(over.height);
    let x = if on_the_right {
        over.right().saturating_sub(width)
    } else {
        over.x
    }
    .min(screen - width);
    (
        Rect::new(x, over.bottom().saturating_sub(height), width, height),
        spacing,
    )
}
