//! The tradeoff panel: every figure with its change since the last edit (or
//! against the pinned baseline), then the warnings, whole. When it holds
//! more than the screen shows, markers on its border say so, and Tab puts
//! the keys on it to scroll (the state, keys, content and drawing are here
//! together, as each dialog's are).

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use unicode_width::UnicodeWidthStr;

use crate::present::compare::figure_rows;
use crate::present::printable::{fit, printable};

use super::action::Action;
use super::app::Editor;
use super::layout::inner;
use super::theme::Theme;

/// Where the panel is scrolled to, and whether it has the keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PanelState {
    pub focused: bool,
    /// The first line shown.
    pub scroll: u16,
}

/// How a key moves the panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelMove {
    Lines(i16),
    Pages(i16),
    Top,
    Bottom,
}

const VALUE_WIDTH: usize = 9;
/// "▼ 10.4 pt ✓": a change with its better/worse mark, as wide as most get.
const CHANGE_WIDTH: usize = 11;

/// The keys while the panel has them: ↑↓ j k, PgUp PgDn, Home End scroll;
/// Tab or Esc give the keys back to the grid. The rest work as on the grid.
pub fn keys(key: KeyEvent) -> Option<Action> {
    let scroll = |how| Some(Action::ScrollPanel(how));
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => scroll(PanelMove::Lines(-1)),
        KeyCode::Down | KeyCode::Char('j') => scroll(PanelMove::Lines(1)),
        KeyCode::PageUp => scroll(PanelMove::Pages(-1)),
        // Not Space: it still toggles the selected cell, as the hint bar says.
        KeyCode::PageDown => scroll(PanelMove::Pages(1)),
        KeyCode::Home | KeyCode::Char('g') => scroll(PanelMove::Top),
        KeyCode::End | KeyCode::Char('G') => scroll(PanelMove::Bottom),
        KeyCode::Tab | KeyCode::Esc => Some(Action::FocusPanel),
        _ => None,
    }
}

/// Tab: the keys go to the panel, or back to the grid.
pub fn toggle_focus(editor: &mut Editor) {
    editor.panel.focused = !editor.panel.focused;
}

/// Scrolls the panel drawn in `area`, never past its last line.
pub fn scroll(editor: &mut Editor, how: PanelMove, area: Rect, theme: &Theme) {
    let page = inner(area).height.max(1) as i32;
    let limit = scroll_limit(editor, area, theme);
    let now = i32::from(editor.panel.scroll.min(limit));
    let to = match how {
        PanelMove::Lines(by) => now + i32::from(by),
        PanelMove::Pages(by) => now + i32::from(by) * (page - 1).max(1),
        PanelMove::Top => 0,
        PanelMove::Bottom => i32::from(limit),
    };
    editor.panel.scroll = to.clamp(0, i32::from(limit)) as u16;
}

/// How far the panel in `area` scrolls: to its last line at the bottom.
pub fn scroll_limit(editor: &Editor, area: Rect, theme: &Theme) -> u16 {
    let inside = inner(area);
    let total = lines(editor, theme, inside).len();
    u16::try_from(total.saturating_sub(usize::from(inside.height))).unwrap_or(u16::MAX)
}

/// Everything the panel holds, wrapped to `width`: the figures (with a
/// baseline column when one is pinned), then every warning in full.
pub fn lines(editor: &Editor, theme: &Theme, inside: Rect) -> Vec<Line<'static>> {
    let width = usize::from(inside.width);
    let baseline = editor.baseline.as_ref().map(|b| &b.tradeoffs);
    let tradeoffs = &editor.tradeoffs;
    let reference = baseline.or(editor.previous.as_ref()).unwrap_or(tradeoffs);
    let mut rows = figure_rows(reference, tradeoffs);
    // Against the last edit, a figure the plan no longer has simply goes (the
    // status line says what changed); against a pinned baseline it stays, to
    // show what the baseline had.
    if baseline.is_none() {
        rows.retain(|row| !row.is_gone());
    }
    let mut lines: Vec<Line> = Vec::new();
    // Room for the widest change this time: "was already ✗" is rare,
    // and is never cut; the labels give way for it instead.
    let change_width = rows
        .iter()
        .filter_map(|row| row.change.as_ref())
        .map(|change| change.marked().width())
        .fold(CHANGE_WIDTH, usize::max);
    if baseline.is_some() {
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
    // On a short terminal the group headings give way, so that every
    // figure shows before the first scroll.
    let groups = rows.iter().filter(|r| r.group.is_some()).count();
    let headings = usize::from(inside.height) >= rows.len() + groups + 4;
    for row in &rows {
        if let (Some(group), true) = (row.group, headings) {
            lines.push(Line::styled(group, theme.heading));
        }
        let (change_text, change_style) = match &row.change {
            Some(change) if change.improved == Some(true) => (change.marked(), theme.good),
            Some(change) if change.improved.is_none() => (change.marked(), theme.base),
            Some(change) => (change.marked(), theme.bad),
            None => (String::new(), theme.base),
        };
        // The first value is unpadded, so the label may use the room a
        // short one leaves ("+100 learners  103.1 h"); the label is
        // padded instead, and every value still ends in its column.
        let values = match baseline {
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
    let warnings = &tradeoffs.warnings;
    lines.push(Line::styled(
        format!("Warnings ({})", warnings.len()),
        theme.heading,
    ));
    if warnings.is_empty() {
        lines.push(Line::styled("None.", theme.muted));
    }
    // Each warning wrapped here, with its continuation lines indented under
    // its text, so the panel knows its own length to scroll by.
    let options = textwrap::Options::new(width.max(4))
        .initial_indent("! ")
        .subsequent_indent("  ");
    for warning in warnings {
        let text = printable(&warning.to_string()).into_owned();
        for (i, line) in textwrap::wrap(&text, &options).into_iter().enumerate() {
            let line = line.into_owned();
            lines.push(if i == 0 {
                Line::from(vec![
                    Span::styled("! ", theme.warning),
                    Span::styled(line[2..].to_owned(), theme.base),
                ])
            } else {
                Line::styled(line, theme.base)
            });
        }
    }
    lines
}

/// Draws the panel in `area`, scrolled as the state says, with "▲ more" and
/// "▼ N more" on its border where lines are out of sight.
pub fn draw(editor: &Editor, theme: &Theme, frame: &mut Frame, area: Rect) {
    let inside = inner(area);
    let lines = lines(editor, theme, inside);
    let total = lines.len();
    let limit = total.saturating_sub(usize::from(inside.height));
    let scroll = usize::from(editor.panel.scroll).min(limit);
    let below = limit - scroll;
    let warnings = editor.tradeoffs.warnings.len();
    let plural = if warnings == 1 { "" } else { "s" };
    let title = match editor.baseline {
        Some(_) => format!(" Baseline vs now · {warnings} warning{plural} · B clears "),
        None => format!(" Tradeoffs · {warnings} warning{plural} "),
    };
    let tab = super::keymap::key(&Action::FocusPanel);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(if editor.panel.focused {
            theme.key
        } else {
            theme.border
        })
        .title(title);
    if scroll > 0 {
        block =
            block.title_top(Line::styled(format!(" ▲ {scroll} more "), theme.key).right_aligned());
    }
    if below > 0 {
        let hint = if editor.panel.focused {
            "↓ PgDn".to_owned()
        } else {
            format!("{tab} to scroll")
        };
        block = block.title_bottom(
            Line::styled(format!(" ▼ {below} more · {hint} "), theme.key).right_aligned(),
        );
    } else if editor.panel.focused {
        block = block.title_bottom(
            Line::styled(format!(" {tab}/Esc: back to the grid "), theme.key).right_aligned(),
        );
    }
    frame.render_widget(block, area);
    super::view::draw_lines(frame.buffer_mut(), inside, &lines, scroll);
}
