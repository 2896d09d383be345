//! What opens over the grid: each dialog draws itself from its own file in
//! `tui/` (with its keys and update); this routes to it, and holds the box
//! helpers every dialog shares.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear};

use super::super::app::{Editor, Overlay};
use super::super::layout::ScreenLayout;
use super::super::theme::Theme;

pub fn draw(
    overlay: &Overlay,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    let screen = frame.area();
    match overlay {
        Overlay::Help { scroll } => crate::tui::help::draw(*scroll, theme, frame, screen),
        Overlay::QuitPrompt => {
            crate::tui::file_questions::draw_quit_prompt(editor, theme, frame, screen)
        }
        Overlay::Prompt(prompt) => {
            // A cell's or module's value is typed under the grid when the
            // pane leaves room there, so the cell, its minutes and the week
            // row stay in sight; else over the middle of the screen.
            let under_grid = layout
                .pane
                .filter(|pane| pane.height >= PROMPT_ROWS && prompt.purpose.is_about_the_grid());
            crate::tui::text_prompt::draw(prompt, theme, frame, under_grid.unwrap_or(screen))
        }
        Overlay::ModeMenu => crate::tui::mode_menu::draw(editor, theme, frame, screen),
        Overlay::FillMenu => crate::tui::fill_menu::draw(editor, theme, frame, screen),
        Overlay::KindPicker(picker) => {
            crate::tui::kind_picker::draw(picker, editor, theme, frame, layout)
        }
        Overlay::Form(form) => {
            crate::tui::assumptions_form::draw(form, editor, theme, frame, layout)
        }
        Overlay::Schedule(dialog) => {
            crate::tui::schedule_dialog::draw(dialog, editor, theme, frame, layout)
        }
        Overlay::Export(dialog) => crate::tui::export_dialog::draw(dialog, theme, frame, screen),
        Overlay::ReadOnly => {
            crate::tui::file_questions::draw_read_only(editor, theme, frame, screen)
        }
        Overlay::ExternalChange { confirm_reload } => {
            crate::tui::file_questions::draw_changed_on_disk(
                *confirm_reload,
                editor,
                theme,
                frame,
                screen,
            )
        }
        Overlay::Recovery {
            recovered,
            show_differences,
            then_save,
        } => crate::tui::recovery_dialog::draw(
            recovered,
            *show_differences,
            then_save.is_some(),
            editor,
            theme,
            frame,
            screen,
        ),
    }
}

/// A box of `width` x `height` in the middle of `area`, cleared.
/// A text prompt's height: its border, the field and two lines of hint.
const PROMPT_ROWS: u16 = 6;

pub(crate) fn centered(frame: &mut Frame, area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    rect
}

pub(crate) fn boxed<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading)
        .style(theme.base)
        .title(title)
}

/// `lines` from the `scroll`-th on, one to a row of `area`, as many as fit.
/// Line by line rather than a `Paragraph`, which would style and measure
/// every cell of a large, mostly empty area on each keystroke.
pub(crate) fn draw_lines(
    buf: &mut ratatui::buffer::Buffer,
    area: Rect,
    lines: &[ratatui::text::Line],
    scroll: usize,
) {
    for (row, line) in lines
        .iter()
        .skip(scroll)
        .take(usize::from(area.height))
        .enumerate()
    {
        super::text::put_line(buf, area.x, area.y + row as u16, line, area.width);
    }
}

/// A menu of one-key choices ("l  event 5 live in every module"...) with
/// a muted last line, in a box of `width` centred on `screen`.
pub(crate) fn menu(
    frame: &mut Frame,
    screen: Rect,
    title: &str,
    width: u16,
    items: Vec<(String, String)>,
    footer: &str,
    theme: &Theme,
) {
    // Each line cut with "…" where the box is narrower than it.
    let room = usize::from(width.min(screen.width).saturating_sub(2));
    let mut lines: Vec<ratatui::text::Line> = items
        .into_iter()
        .map(|(key, does)| {
            let does =
                crate::present::printable::truncate(&does, room.saturating_sub(key.len() + 3))
                    .into_owned();
            ratatui::text::Line::from(vec![
                Span::styled(format!(" {key}  "), theme.key),
                Span::styled(does, theme.base),
            ])
        })
        .collect();
    lines.push(ratatui::text::Line::styled(
        format!(" {footer}"),
        theme.muted,
    ));
    let area = centered(frame, screen, width, lines.len() as u16 + 2);
    frame.render_widget(
        ratatui::widgets::Paragraph::new(lines).block(boxed(title, theme)),
        area,
    );
}

pub(crate) fn choice<'a>(key: &'a str, does: &'a str, theme: &Theme) -> Vec<Span<'a>> {
    vec![
        Span::styled(format!(" {key} "), theme.key),
        Span::raw(format!("{does}  ")),
    ]
}
