//! Drawing the state. The view reads the app and writes to the frame; it
//! never changes state.

mod chart;
mod grid;
mod overlays;

pub(crate) use overlays::{boxed, centered, choice, draw_lines, menu};
mod pane;
mod start;
mod text;
mod tour;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use unicode_width::UnicodeWidthStr;

use crate::present::printable::{printable, truncate};

use super::action::Action;
use super::app::{App, Editor, MainView, Screen, Status, StatusKind};
use super::keymap::{HINTS, key};
use super::layout::{MIN_HEIGHT, MIN_WIDTH, ScreenLayout};
use super::theme::Theme;
use crate::analysis::WhatIf;
use crate::present::what_if::what_if_line;

/// The fewest rows the cost chart gets beside the detail pane on a tall screen.
const MIN_CHART_ROWS: u16 = 16;

/// Draws the whole screen for `app`.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    // The theme's colours under everything, cell by cell in one pass (a
    // styled Block would find each cell's index by its position: a tenth of
    // a keystroke at 200x50).
    for cell in &mut frame.buffer_mut().content {
        cell.set_style(app.theme.base);
    }
    let Some(layout) = app.layout_in(area) else {
        too_small(frame, area, &app.theme);
        return;
    };
    match &app.screen {
        Screen::Start(start) => start::draw(start, &app.theme, frame, area),
        Screen::Editor(editor) => draw_editor(editor, &app.theme, frame, &layout),
    }
}

fn too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(
        "Terminal too small: need {MIN_WIDTH}x{MIN_HEIGHT}, this is {}x{}. Enlarge the window or shrink the font.",
        area.width, area.height
    );
    frame.render_widget(
        Paragraph::new(text)
            .style(theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}

fn draw_editor(editor: &Editor, theme: &Theme, frame: &mut Frame, layout: &ScreenLayout) {
    title_bar(editor, theme, frame, layout.title);
    if editor.main_view == MainView::Grid {
        frame.render_widget(
            grid::GridWidget {
                editor,
                theme,
                layout,
                module_column: layout.module_column(),
                visible_modules: layout.visible_modules(),
            },
            layout.grid,
        );
        if let Some(pane) = layout.pane {
            // A very tall screen has room for the cost chart under the pane.
            let needed = pane::height_needed(editor);
            if pane.height >= needed + MIN_CHART_ROWS {
                let (top, chart) = (
                    Rect {
                        height: needed,
                        ..pane
                    },
                    Rect {
                        y: pane.y + needed,
                        height: pane.height - needed,
                        ..pane
                    },
                );
                frame.render_widget(pane::PaneWidget { editor, theme }, top);
                chart::draw(
                    MainView::CostChart,
                    editor.chart_measure,
                    &editor.tradeoffs,
                    theme,
                    frame,
                    chart,
                );
            } else {
                frame.render_widget(pane::PaneWidget { editor, theme }, pane);
            }
        }
    } else {
        let area = Rect::new(
            layout.grid.x,
            layout.grid.y,
            layout.grid.width,
            layout.panel.height,
        );
        chart::draw(
            editor.main_view,
            editor.chart_measure,
            &editor.tradeoffs,
            theme,
            frame,
            area,
        );
    }
    super::panel::draw(editor, theme, frame, layout.panel);
    detail(editor, theme, frame, layout.detail);
    status_line(&editor.status, theme, frame, layout.status);
    hints(theme, frame, layout.hints);
    if let Some(tour) = editor.tour {
        tour::draw(editor, tour, theme, frame, layout);
    }
    if let Some(overlay) = &editor.overlay {
        overlays::draw(overlay, editor, theme, frame, layout);
    }
}

fn title_bar(editor: &Editor, theme: &Theme, frame: &mut Frame, area: Rect) {
    let file = match &editor.path {
        Some(path) => printable(&path.display().to_string()).into_owned(),
        None => "not saved yet".to_owned(),
    };
    let marker = if editor.is_modified() {
        " [+] unsaved changes"
    } else {
        ""
    };
    let text = format!(
        " coursegrid │ {} │ {file}{marker}",
        printable(&editor.course.title)
    );
    let text = format!(
        "{:<width$}",
        truncate(&text, usize::from(area.width)),
        width = usize::from(area.width)
    );
    text::put_lines(
        frame.buffer_mut(),
        area,
        &[Line::raw(text)],
        theme.title_bar,
    );
}

/// Two lines on the selected cell: what it is, and what the article recommends.
fn detail(editor: &Editor, theme: &Theme, frame: &mut Frame, area: Rect) {
    let index = editor.cursor.module;
    let module = &editor.course.modules()[index];
    let event = editor.cursor.event;
    let cell = module.cell(event);
    let state = if cell.is_planned() {
        format!(
            "{} {} {} min{}",
            cell.mode().label(),
            cell.kind.label(),
            cell.minutes,
            if cell.reuse { " (reused)" } else { "" }
        )
    } else {
        "not planned".to_owned()
    };
    let activity = cell
        .activity
        .as_deref()
        .map(|a| {
            // Kept through a toggle, but said to be the other mode's.
            let mark = if cell.activity_fits(event) {
                ""
            } else {
                " (written for the other mode?)"
            };
            format!(" · {}{mark}", printable(a))
        })
        .unwrap_or_default();
    let first = format!(
        " Module {}/{} {} · {} {} · {state}{activity}",
        index + 1,
        editor.course.modules().len(),
        printable(&module.title),
        event.number(),
        event.label(),
    );
    let recommended = event.recommended_mode();
    let (mark, mark_style) = if !module.departs(event) {
        ("  ", theme.base)
    } else {
        ("* ", theme.deviation)
    };
    let recommendation = Line::from(vec![
        Span::styled(format!(" {mark}"), mark_style),
        Span::styled(
            format!("Recommended {}: ", recommended.label()),
            theme.heading,
        ),
        Span::styled(
            // Cut with "…", never silently, on a narrow screen.
            truncate(
                event.recommendation_reason(),
                usize::from(area.width)
                    .saturating_sub(4 + format!("Recommended {}: ", recommended.label()).len()),
            )
            .into_owned(),
            theme.base,
        ),
    ]);
    let space = key(&Action::ToggleMode);
    let what_if = what_if_line(
        &WhatIf::toggle(&editor.tradeoffs, event, cell),
        &space,
        editor.course.assumptions.cohorts_per_year(),
    );
    let width = usize::from(area.width);
    let mut lines = vec![
        Line::styled(truncate(&first, width).into_owned(), theme.base),
        Line::styled(
            truncate(&format!(" {what_if}"), width).into_owned(),
            theme.muted,
        ),
    ];
    if area.height >= 3 {
        lines.push(recommendation);
    }
    text::put_lines(
        frame.buffer_mut(),
        area,
        &lines,
        ratatui::style::Style::new(),
    );
}

fn status_line(status: &Status, theme: &Theme, frame: &mut Frame, area: Rect) {
    let style = match status.kind {
        StatusKind::Info => theme.base,
        StatusKind::Error => theme.error,
    };
    let text = truncate(
        &printable(&status.text),
        usize::from(area.width.saturating_sub(1)),
    )
    .into_owned();
    text::put_lines(
        frame.buffer_mut(),
        area,
        &[Line::raw(format!(" {text}"))],
        style,
    );
}

fn hints(theme: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = Vec::new();
    let mut used = 0;
    for (key, does) in HINTS {
        let width = key.width() + does.width() + 3;
        if used + width > usize::from(area.width) {
            break;
        }
        used += width;
        spans.push(Span::styled(format!(" {key}"), theme.key));
        spans.push(Span::styled(format!(" {does} "), theme.muted));
    }
    text::put_lines(
        frame.buffer_mut(),
        area,
        &[Line::from(spans)],
        ratatui::style::Style::new(),
    );
}
