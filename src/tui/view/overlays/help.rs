//! The help overlay: every key, grouped, scrollable on a small screen.

#[allow(unused_imports)]
use super::*;

pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for group in HELP_GROUPS {
        lines.push(Line::styled(group, theme.heading));
        for help in help_lines_of(group) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", help.keys), theme.key),
                Span::styled(help.does, theme.base),
            ]));
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

/// The help box on a screen of `screen`.
pub(super) fn help_area(screen: Rect, lines: usize) -> Rect {
    let width = 84.min(screen.width);
    let height = (lines as u16 + 2).min(screen.height);
    Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    )
}

/// How far the help can scroll on a screen of `screen`: to its last row,
/// counting the rows long lines wrap to (as ratatui wraps them).
pub fn help_scroll_limit(screen: Rect, theme: &Theme) -> u16 {
    let lines = help_lines(theme);
    let area = help_area(screen, lines.len());
    let rows = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .line_count(area.width.saturating_sub(2));
    rows.saturating_sub(usize::from(area.height.saturating_sub(2))) as u16
}

pub(super) fn help(scroll: u16, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let lines = help_lines(theme);
    let area = help_area(screen, lines.len());
    frame.render_widget(Clear, area);
    let scroll = scroll.min(help_scroll_limit(screen, theme));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .wrap(Wrap { trim: false })
            .block(boxed(" Keys · Esc closes · ↑↓ scroll ", theme)),
        area,
    );
}
