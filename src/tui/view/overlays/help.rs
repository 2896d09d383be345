//! The help overlay, drawn: every key, grouped, scrollable on a small screen
//! (its content and geometry are [`crate::tui::help`]'s).

#[allow(unused_imports)]
use super::*;

use crate::tui::help;

pub(super) fn help(scroll: u16, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let lines = help::lines(theme);
    let area = help::area(screen, lines.len());
    frame.render_widget(Clear, area);
    let scroll = scroll.min(help::scroll_limit(screen, theme));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .wrap(Wrap { trim: false })
            .block(boxed(" Keys · Esc closes · ↑↓ scroll ", theme)),
        area,
    );
}
