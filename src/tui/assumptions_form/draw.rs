//! The assumptions dialog's drawing: the section tabs, the rows (label and
//! value on one line, never wrapped), what the selected row means, and the
//! keys, over the grid beside the panel, which follows every change.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::present::printable::{fit, printable};

use super::super::app::Editor;
use super::super::layout::ScreenLayout;
use super::super::theme::Theme;
use super::super::view::boxed;
use super::shown::{self, Room};
use super::{AssumptionsForm, Row, Section, TypedValue};

/// The widest a row gets, label and value.
const ROW_WIDTH: usize = 60;

/// The keys, said at the foot of the dialog.
const KEYS: &str = "Tab/Shift-Tab section · ↑↓ choose · ←→ or -/+ adjust · \
                    Enter or a digit types a value · u undo · Esc close";
/// The Money section's keys: a value can be left out there.
const MONEY_KEYS: &str = "Tab/Shift-Tab section · ↑↓ choose · ←→ or -/+ adjust · \
                          Enter or a digit types a value · x or Del: not set · u undo · Esc close";
/// On the currency row every character is text.
const CURRENCY_KEYS: &str = "Type the currency (any character) · Enter edits it · Del: no sign · \
                             Tab/Shift-Tab section · ↑↓ choose · Esc close";
const TYPING_KEYS: &str = "Type a number (it replaces the value) · Backspace edits · \
                           Enter sets it · Esc cancels";
const TYPING_CURRENCY_KEYS: &str = "Type the currency (it replaces the old one; spaces count) · \
                                    Backspace edits · Enter sets it · Esc cancels";

/// The keys line for the form as it is.
fn keys_line(form: &AssumptionsForm) -> &'static str {
    match (form.typing.is_some(), form.selected(), form.section) {
        (true, Row::Currency, _) => TYPING_CURRENCY_KEYS,
        (true, ..) => TYPING_KEYS,
        (false, Row::Currency, _) => CURRENCY_KEYS,
        (false, _, Section::Money) => MONEY_KEYS,
        (false, ..) => KEYS,
    }
}

pub fn draw(
    form: &AssumptionsForm,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    // Over the grid only: the panel stays visible and follows every change.
    let area = layout.beside_panel();
    frame.render_widget(Clear, area);
    let title = format!(
        " Assumptions · {} ",
        fit(&printable(&editor.course.title), 30).trim_end()
    );
    let block = boxed(&title, theme);
    let inside = block.inner(area);
    frame.render_widget(block, area);
    // On a wide screen a label 140 columns from its value is hard to read
    // across: the rows keep to a comfortable width.
    let width = usize::from(inside.width).min(ROW_WIDTH);
    // Top to bottom: the section tabs, the rows, a "more" marker, what the
    // row means, an error, the keys. The keys and the error always show;
    // the explanation gives way to the rows when the box is short.
    let keys = Paragraph::new(Line::styled(keys_line(form), theme.key)).wrap(Wrap { trim: true });
    let error = form.error.as_ref().map(|error| {
        Paragraph::new(Line::styled(error.clone(), theme.error)).wrap(Wrap { trim: true })
    });
    let assumptions = &editor.course.assumptions;
    let about = shown::about(form.selected(), assumptions);
    let about = textwrap::wrap(
        &about,
        textwrap::Options::new(usize::from(inside.width).max(1))
            .word_splitter(textwrap::WordSplitter::NoHyphenation),
    );
    let height = |paragraph: &Paragraph| paragraph.line_count(inside.width) as u16;
    let keys_height = height(&keys);
    let error_height = error.as_ref().map_or(0, height);
    let rows = form.section.rows();
    let tabs_height = if inside.height >= 12 { 2 } else { 1 };
    let left = inside
        .height
        .saturating_sub(tabs_height + keys_height + error_height);
    let all_rows = rows.len() as u16;
    let about_height = (about.len() as u16).min(left.saturating_sub(all_rows.min(3) + 1));
    // What the row means, cut with "…" when the box is too short for all of it.
    let cut = about.len() > usize::from(about_height);
    let mut about: Vec<String> = about
        .iter()
        .take(usize::from(about_height))
        .map(|line| line.to_string())
        .collect();
    if let (true, Some(last)) = (cut, about.last_mut()) {
        let width = usize::from(inside.width);
        *last = crate::present::printable::truncate(&format!("{last} …"), width).into_owned();
    }
    let about = Paragraph::new(
        about
            .into_iter()
            .map(|line| Line::styled(line, theme.muted))
            .collect::<Vec<_>>(),
    );
    let shown_rows = usize::from(left.saturating_sub(about_height + 1)).clamp(1, rows.len());
    // Keep the selected row in view, with the rows around it.
    let first = form
        .row
        .saturating_sub(shown_rows / 2)
        .min(rows.len().saturating_sub(shown_rows));
    // The numbers line up; the preset's longer name takes its own room.
    // Values say less ("= instructor") when saying more would cut a label.
    let value_width = |room| {
        rows.iter()
            .filter(|row| !matches!(row, Row::Preset))
            .map(|row| shown::row_value(*row, assumptions, room).width())
            .chain(
                form.typing
                    .iter()
                    .map(|typed| typed.input.value().width() + 1),
            )
            .max()
            .unwrap_or(0)
    };
    let label_width = rows.iter().map(|row| row_label(*row).width()).max();
    let room = match label_width {
        Some(label) if label + value_width(Room::Full) + 3 > width => Room::Short,
        _ => Room::Full,
    };
    let value_width = value_width(room);
    let mut lines = vec![section_tabs(form.section, theme, width)];
    if tabs_height == 2 {
        lines.push(Line::from(""));
    }
    for (index, row) in rows.iter().enumerate().skip(first).take(shown_rows) {
        let typing = form.typing.as_ref().filter(|_| index == form.row);
        let selected = index == form.row;
        lines.push(row_line(
            *row,
            selected,
            typing,
            shown::row_value(*row, assumptions, room),
            theme,
            width,
            value_width,
        ));
    }
    let more = match (first > 0, first + shown_rows < rows.len()) {
        (true, true) => format!("▲▼ {} of {} rows", shown_rows, rows.len()),
        (true, false) => format!("▲ {first} more above"),
        (false, true) => format!("▼ {} more below", rows.len() - first - shown_rows),
        (false, false) => String::new(),
    };
    lines.push(Line::styled(more, theme.muted));
    let top = lines.len() as u16;
    frame.render_widget(Paragraph::new(lines), inside);
    let mut y = inside.y + top.min(inside.height);
    let mut put = |paragraph: Paragraph, rows: u16, at_bottom: bool| {
        let bottom = inside.y + inside.height;
        let at = if at_bottom {
            bottom.saturating_sub(rows)
        } else {
            y
        };
        let rows = rows.min(bottom.saturating_sub(at));
        frame.render_widget(paragraph, Rect::new(inside.x, at, inside.width, rows));
        y = at + rows;
    };
    put(about, about_height, false);
    if let Some(error) = error {
        put(error, error_height, false);
    }
    put(keys, keys_height, true);
}

/// ` Cohort   Kinds `, the shown section highlighted; where they do not all
/// fit in `width`, the shown one alone with its place, ` ◀ Money ▶ 4/4 `,
/// so no section is out of sight without a sign.
fn section_tabs(shown: Section, theme: &Theme, width: usize) -> Line<'static> {
    let all: usize = Section::ALL.iter().map(|s| s.title().width() + 3).sum();
    if all > width {
        let place = Section::ALL.iter().position(|&s| s == shown).unwrap_or(0) + 1;
        return Line::from(vec![
            Span::styled(format!(" ◀ {} ▶ ", shown.title()), theme.selected),
            Span::styled(format!(" {place}/{}", Section::ALL.len()), theme.muted),
        ]);
    }
    let mut spans = Vec::new();
    for section in Section::ALL {
        let style = if section == shown {
            theme.selected
        } else {
            theme.muted
        };
        spans.push(Span::styled(format!(" {} ", section.title()), style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}

fn row_label(row: Row) -> String {
    match row {
        Row::Preset => "Build-ratio preset".to_owned(),
        Row::Currency => "Currency".to_owned(),
        Row::Setting(setting) => setting.label(),
    }
}

/// One row: its label, then its value right-aligned in `value_width`
/// columns; exactly `width` wide, so that it never wraps (the label gives way).
fn row_line(
    row: Row,
    selected: bool,
    typing: Option<&TypedValue>,
    value: String,
    theme: &Theme,
    width: usize,
    value_width: usize,
) -> Line<'static> {
    let value_width = match row {
        Row::Preset => value_width.max(value.width()),
        Row::Currency | Row::Setting(_) => value_width,
    }
    .min(width.saturating_sub(3));
    let label = fit(&row_label(row), width.saturating_sub(value_width + 3));
    let style = if selected { theme.selected } else { theme.base };
    let Some(typed) = typing else {
        let value = fit_right(&value, value_width);
        return Line::styled(format!(" {label} {value} "), style);
    };
    // While typing: the value as typed, set apart while the next character
    // would replace it, then with a cursor.
    let shown = printable(typed.input.value()).into_owned();
    let shown =
        crate::present::printable::truncate(&shown, value_width.saturating_sub(1)).into_owned();
    let pad = " ".repeat(value_width.saturating_sub(shown.width() + 1));
    let value_style = if typed.replaces { theme.key } else { style };
    Line::from(vec![
        Span::styled(format!(" {label} {pad}"), style),
        Span::styled(shown, value_style),
        Span::styled("▏ ", style),
    ])
}

/// `text` right-aligned in `width` columns, cut when longer.
fn fit_right(text: &str, width: usize) -> String {
    let cut = crate::present::printable::truncate(text, width);
    format!("{}{cut}", " ".repeat(width.saturating_sub(cut.width())))
}
