//! The help overlay (`?`), whole: its keys, its lines (from the key table),
//! its box on a screen, how far it can scroll (the update clamps the scroll
//! with it, so the update never calls the view) and its drawing.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::model::{ActivityKind, Mode};

use super::action::Action;
use super::keymap::{HELP_GROUPS, help_lines as bindings_of};
use super::theme::Theme;

/// Where what a key does starts: after two spaces and its keys.
const DOES_COLUMN: usize = 18;

/// Every line of the help, styled: each group of keys, then the grid's
/// legend. What a key does wraps within `width`, its later lines indented
/// under its first, so the keys column stays clear.
pub fn lines(theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let room = usize::from(width).saturating_sub(DOES_COLUMN).max(10);
    for group in HELP_GROUPS {
        lines.push(Line::styled(group, theme.heading));
        for help in bindings_of(group) {
            for (i, part) in textwrap::wrap(help.does, room).into_iter().enumerate() {
                let keys = if i == 0 { help.keys } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!("  {keys:<16}"), theme.key),
                    Span::styled(part.into_owned(), theme.base),
                ]));
            }
        }
    }
    lines.push(Line::styled(
        "Grid: ● live ○ self-paced · unplanned  Vi Qz… kind (K)  ↺ reused  * not recommended",
        theme.muted,
    ));
    // The kinds' codes, live first, a line per mode.
    for mode in [Mode::Live, Mode::SelfPaced] {
        let codes: Vec<String> = ActivityKind::of_mode(mode)
            .map(|kind| format!("{} {}", kind.code(), kind.label()))
            .collect();
        lines.push(Line::styled(
            format!("{}: {}", mode.label(), codes.join(", ")),
            theme.muted,
        ));
    }
    lines
}

/// The widest the help box gets.
const WIDTH: u16 = 84;

/// The width inside the help box on a screen of `screen`.
fn inner_width(screen: Rect) -> u16 {
    WIDTH.min(screen.width).saturating_sub(2)
}

/// The help box on a screen of `screen`, for `count` lines.
pub fn area(screen: Rect, count: usize) -> Rect {
    let width = WIDTH.min(screen.width);
    let height = (count as u16 + 2).min(screen.height);
    Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    )
}

/// How far the help can scroll on a screen of `screen`: to its last row,
/// counting the rows long lines wrap to (as ratatui wraps them).
pub fn scroll_limit(screen: Rect, theme: &Theme) -> u16 {
    let lines = lines(theme, inner_width(screen));
    let area = area(screen, lines.len());
    let rows = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .line_count(area.width.saturating_sub(2));
    rows.saturating_sub(usize::from(area.height.saturating_sub(2))) as u16
}

/// Lines a PgUp or PgDn scrolls the help.
const PAGE: i32 = 10;

/// The help's keys: ↑↓ (j k), PgUp PgDn, Home End scroll; Esc (?, q, Enter) closes.
pub fn keys(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Select(-1)),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Select(1)),
        KeyCode::PageUp => Some(Action::Select(-PAGE)),
        KeyCode::PageDown | KeyCode::Char(' ') => Some(Action::Select(PAGE)),
        KeyCode::Home | KeyCode::Char('g') => Some(Action::Select(-i32::from(i16::MAX))),
        KeyCode::End | KeyCode::Char('G') => Some(Action::Select(i32::from(i16::MAX))),
        KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
            Some(Action::Cancel)
        }
        _ => None,
    }
}

pub fn draw(scroll: u16, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let lines = lines(theme, inner_width(screen));
    let area = area(screen, lines.len());
    frame.render_widget(Clear, area);
    let limit = scroll_limit(screen, theme);
    let scroll = scroll.min(limit);
    let mut block = super::view::boxed(" Keys · Esc closes · ↑↓ PgUp PgDn scroll ", theme);
    if scroll > 0 {
        block =
            block.title_top(Line::styled(format!(" ▲ {scroll} more "), theme.key).right_aligned());
    }
    if scroll < limit {
        block = block.title_bottom(
            Line::styled(format!(" ▼ {} more ", limit - scroll), theme.key).right_aligned(),
        );
    }
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .wrap(Wrap { trim: false })
            .block(block),
        area,
    );
}
