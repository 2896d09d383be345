//! The start screen: the plans (title, modules, file, when last changed),
//! a new plan, the demo course; the status line, the keys from the start
//! screen's key table; and over them a prompt or the delete question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::present::printable::{fit, printable};
use crate::tui::keymap::start::{CONFIRM_DELETE, START, hint_line};

use super::super::app::{PromptPurpose, StartItem, StartScreen, StatusKind};
use super::super::theme::Theme;

/// The widest the list gets, title to date.
const LIST_WIDTH: usize = 100;

/// The widest a date gets: `yesterday 23:59`.
const DATE_WIDTH: usize = 15;

pub fn draw(start: &StartScreen, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border);
    let inside = block.inner(area);
    frame.render_widget(block, area);
    // Two columns of margin on the left, one on the right; on a wide screen
    // the date stays near its title, not 170 columns away.
    let width = usize::from(inside.width.saturating_sub(3)).min(LIST_WIDTH);
    // The status and the keys wrap within a margin of one column each side.
    let text_area = Rect::new(
        inside.x + 1,
        inside.y,
        inside.width.saturating_sub(2),
        inside.height,
    );
    let keys = Paragraph::new(Line::styled(hint_line(START), theme.key)).wrap(Wrap { trim: true });
    let keys_height = (keys.line_count(text_area.width) as u16).min(inside.height);
    let mut lines = vec![
        Line::styled(" coursegrid", theme.heading),
        Line::styled(
            " Plan a course: Gagné's nine events against your modules, each part live or self-paced.",
            theme.muted,
        ),
        Line::from(""),
    ];
    let status_style = match start.status.kind {
        StatusKind::Info => theme.muted,
        StatusKind::Error => theme.error,
    };
    let status = Paragraph::new(Line::styled(start.status.text.clone(), status_style))
        .wrap(Wrap { trim: true });
    let status_height = (status.line_count(text_area.width) as u16).min(3);
    // At the bottom the status (it may wrap) and the keys; above them a
    // blank line, the list and the three lines of the header.
    let bottom = keys_height + status_height;
    let visible = usize::from(inside.height.saturating_sub(4 + bottom)).max(1);
    let first = start.selected.saturating_sub(visible - 1);
    for (index, item) in start.items.iter().enumerate().skip(first).take(visible) {
        let style = if index == start.selected {
            theme.selected
        } else {
            theme.base
        };
        lines.push(Line::styled(format!("  {}", item_text(item, width)), style));
    }
    frame.render_widget(Paragraph::new(lines), inside);
    let bottom = bottom.min(inside.height);
    let y = inside.y + inside.height - bottom;
    frame.render_widget(
        status,
        Rect::new(text_area.x, y, text_area.width, status_height.min(bottom)),
    );
    frame.render_widget(
        keys,
        Rect::new(
            text_area.x,
            y + status_height.min(bottom),
            text_area.width,
            bottom.saturating_sub(status_height),
        ),
    );
    if let Some(prompt) = &start.prompt {
        let hint = match (&prompt.error, prompt.purpose) {
            (Some(error), _) => Line::styled(error.clone(), theme.error),
            (None, PromptPurpose::RenamePlan) => Line::styled(
                "A new file name in the plans folder (.ron is added) · Enter renames · \
                 Ctrl-u clears · Esc cancels",
                theme.muted,
            ),
            (None, PromptPurpose::OpenPlanFile) => Line::styled(
                "A path to a .ron plan anywhere (~/ is your home folder) · Enter opens · \
                 Ctrl-u clears · Esc cancels",
                theme.muted,
            ),
            (None, _) => Line::styled(
                "Enter creates it in the plans folder · Esc cancels",
                theme.muted,
            ),
        };
        // The field goes on the box's first line, above the hint.
        let lines = vec![Line::from(""), Line::from(""), hint];
        let rect = question_box(area, lines, prompt.purpose.title(), theme, frame);
        let field = Rect::new(rect.x + 1, rect.y + 1, rect.width.saturating_sub(2), 1);
        crate::tui::text_prompt::text_field(&prompt.input, theme, frame, field);
    } else if let Some(plan) = &start.confirm_delete {
        let name = printable(&plan.file_name().unwrap_or_default().to_string_lossy()).into_owned();
        let mut answers = Vec::new();
        for help in CONFIRM_DELETE.iter().filter_map(|binding| binding.help) {
            answers.push(Span::styled(format!(" {} ", help.keys), theme.key));
            answers.push(Span::raw(format!("{}  ", help.does)));
        }
        let question = Line::from(format!(
            "Delete {name}? It moves to the trash in the data folder, where you can get it back."
        ));
        let lines = vec![question, Line::from(""), Line::from(answers)];
        question_box(area, lines, "Delete plan", theme, frame);
    }
}

/// A box across the middle of `area` titled `title` holding `lines`
/// (wrapped); returns the box.
fn question_box(
    area: Rect,
    lines: Vec<Line<'static>>,
    title: &str,
    theme: &Theme,
    frame: &mut Frame,
) -> Rect {
    let width = area.width.saturating_sub(4);
    let text = Paragraph::new(lines).wrap(Wrap { trim: true }).block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.heading)
            .title(format!(" {title} ")),
    );
    // `line_count` adds the top and bottom borders, not the side ones.
    let height = (text.line_count(width.saturating_sub(2)) as u16).min(area.height);
    let rect = Rect::new(
        area.x + 2,
        area.y + area.height.saturating_sub(height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    frame.render_widget(text, rect);
    rect
}

/// One line of the list, `width` wide: a plan's title, modules and file,
/// with the date it was last changed on the right.
fn item_text(item: &StartItem, width: usize) -> String {
    let StartItem::Plan(entry) = item else {
        let text = match item {
            StartItem::NewPlan => "+ New plan…  (n)",
            _ => "▶ Demo course: Master Baker  (d)",
        };
        return fit(text, width);
    };
    let name =
        printable(&entry.path.file_name().unwrap_or_default().to_string_lossy()).into_owned();
    let about = match &entry.summary {
        Ok((title, modules)) => format!("{}  ({modules} modules, {name})", printable(title)),
        Err(problem) => format!("{name}  (cannot read: {})", printable(problem)),
    };
    let date = crate::present::date::modified(entry.modified);
    // The date keeps its column while there is room for some of the title.
    if width < DATE_WIDTH + 12 {
        return fit(&about, width);
    }
    let date_width = DATE_WIDTH.max(date.width());
    let about_width = width - date_width - 2;
    format!("{}  {date:>date_width$}", fit(&about, about_width))
}
