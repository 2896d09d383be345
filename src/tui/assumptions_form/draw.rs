//! The assumptions dialog's drawing: the section tabs, the rows (label and
//! value on one line, never wrapped), what the selected row means, and the
//! keys, over the grid beside the panel, which follows every change.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::model::BuildPreset;
use crate::present::printable::{fit, printable};

use super::super::app::Editor;
use super::super::layout::ScreenLayout;
use super::super::theme::Theme;
use super::super::view::boxed;
use super::{AssumptionsForm, Row, Section, TypedValue, setting_value};

/// The widest a row gets, label and value.
const ROW_WIDTH: usize = 60;

/// The keys, said at the foot of the dialog.
const KEYS: &str = "Tab/Shift-Tab section · ↑↓ choose · ←→ or -/+ adjust · \
                    Enter or a digit types a value · u undo · Esc close";
const TYPING_KEYS: &str = "Type a number (it replaces the value) · Backspace edits · \
                           Enter sets it · Esc cancels";

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
    let keys = Paragraph::new(Line::styled(
        if form.typing.is_some() {
            TYPING_KEYS
        } else {
            KEYS
        },
        theme.key,
    ))
    .wrap(Wrap { trim: true });
    let error = form.error.as_ref().map(|error| {
        Paragraph::new(Line::styled(error.clone(), theme.error)).wrap(Wrap { trim: true })
    });
    let about = Paragraph::new(Line::styled(about(form), theme.muted)).wrap(Wrap { trim: true });
    let height = |paragraph: &Paragraph| paragraph.line_count(inside.width) as u16;
    let keys_height = height(&keys);
    let error_height = error.as_ref().map_or(0, height);
    let rows = form.section.rows();
    let tabs_height = if inside.height >= 12 { 2 } else { 1 };
    let left = inside
        .height
        .saturating_sub(tabs_height + keys_height + error_height);
    let all_rows = rows.len() as u16;
    let about_height = height(&about).min(left.saturating_sub(all_rows.min(3) + 1));
    let room = usize::from(left.saturating_sub(about_height + 1)).clamp(1, rows.len());
    // Keep the selected row in view, with the rows around it.
    let first = form
        .row
        .saturating_sub(room / 2)
        .min(rows.len().saturating_sub(room));
    // The numbers line up; the preset's longer name takes its own room.
    let value_width = rows
        .iter()
        .filter(|row| matches!(row, Row::Setting(_)))
        .map(|row| row_value(*row, editor).width())
        .chain(
            form.typing
                .iter()
                .map(|typed| typed.input.value().width() + 1),
        )
        .max()
        .unwrap_or(0);
    let mut lines = vec![section_tabs(form.section, theme)];
    if tabs_height == 2 {
        lines.push(Line::from(""));
    }
    for (index, row) in rows.iter().enumerate().skip(first).take(room) {
        let typing = form.typing.as_ref().filter(|_| index == form.row);
        let selected = index == form.row;
        lines.push(row_line(
            *row,
            selected,
            typing,
            editor,
            theme,
            width,
            value_width,
        ));
    }
    let more = match (first > 0, first + room < rows.len()) {
        (true, true) => format!("▲▼ {} of {} rows", room, rows.len()),
        (true, false) => format!("▲ {first} more above"),
        (false, true) => format!("▼ {} more below", rows.len() - first - room),
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

/// ` Cohort   Kinds `, the shown section highlighted.
fn section_tabs(shown: Section, theme: &Theme) -> Line<'static> {
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

/// What a row shows as its value: `◀ academic ▶`, `24`, `0.5`.
fn row_value(row: Row, editor: &Editor) -> String {
    let assumptions = &editor.course.assumptions;
    match row {
        Row::Preset => {
            let preset = BuildPreset::matching(assumptions).map_or("custom", BuildPreset::label);
            format!("◀ {preset} ▶")
        }
        Row::Setting(setting) => setting_value(setting, assumptions.value(setting)),
    }
}

fn row_label(row: Row) -> String {
    match row {
        Row::Preset => "Build-ratio preset".to_owned(),
        Row::Setting(setting) => setting.label(),
    }
}

/// One row: its label, then its value right-aligned in `value_width`
/// columns; exactly `width` wide, so that it never wraps (the label gives way).
fn row_line(
    row: Row,
    selected: bool,
    typing: Option<&TypedValue>,
    editor: &Editor,
    theme: &Theme,
    width: usize,
    value_width: usize,
) -> Line<'static> {
    let value_width = match row {
        Row::Preset => value_width.max(row_value(row, editor).width()),
        Row::Setting(_) => value_width,
    }
    .min(width.saturating_sub(3));
    let label = fit(&row_label(row), width.saturating_sub(value_width + 3));
    let style = if selected { theme.selected } else { theme.base };
    let Some(typed) = typing else {
        let value = fit_right(&row_value(row, editor), value_width);
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

/// What the selected row means, with its range and source.
fn about(form: &AssumptionsForm) -> String {
    match form.setting() {
        None => "Presets set the build hours per learner-hour of a session, a video and a quiz: \
                 solo creator 4/20/15, academic 10/40/30, corporate 43/79/79, high production \
                 43/184/184 (Chapman 2010)."
            .to_owned(),
        Some(setting) => {
            let (min, max) = setting.range();
            format!(
                "{} to {}. Default {}: {}.",
                min,
                max,
                setting.default_value(),
                setting.source()
            )
        }
    }
}

/// `text` right-aligned in `width` columns, cut when longer.
fn fit_right(text: &str, width: usize) -> String {
    let cut = crate::present::printable::truncate(text, width);
    format!("{}{cut}", " ".repeat(width.saturating_sub(cut.width())))
}
