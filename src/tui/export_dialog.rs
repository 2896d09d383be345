//! The export dialog (`x`), whole: its keys, its default path (the exports
//! folder for a plan in the plans folder, else beside the plan; same stem),
//! the format cycle, writing the export (asking once before replacing a
//! file, never the plan itself) and its drawing.

use std::path::{Path, PathBuf};

use crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::export::{self, ExportFormat};
use crate::present::printable::printable;
use crate::store::Store;

use super::action::Action;
use super::app::{Editor, ExportDialog, Overlay, Status};
use super::layout::inner;
use super::text_prompt::text_field;
use super::theme::Theme;
use super::view::{boxed, centered};

/// The dialog's keys: Tab (↓) and Shift-Tab (↑) change the format; the
/// rest edit the path, Enter exports, Esc cancels.
pub fn keys(key: KeyEvent, event: &Event) -> Option<Action> {
    match key.code {
        KeyCode::Tab | KeyCode::Down => Some(Action::Select(1)),
        KeyCode::BackTab | KeyCode::Up => Some(Action::Select(-1)),
        _ => super::text_prompt::keys(key, event),
    }
}

/// `x`: the dialog, on Markdown, with the default path.
pub fn open(editor: &mut Editor, store: Option<&Store>) {
    let exports_folder = store
        // A plan in the plans folder, or one not saved yet (it will be saved there).
        .filter(|store| editor.path.as_deref().is_none_or(|plan| store.holds(plan)))
        .map(Store::exports_dir);
    let format = ExportFormat::Markdown;
    let path = default_export_path(editor, exports_folder.as_deref(), format);
    editor.overlay = Some(Overlay::Export(ExportDialog {
        format,
        exports_folder,
        path: tui_input::Input::new(path.display().to_string()),
        confirm_overwrite: false,
        error: None,
    }));
}

/// Same stem as the plan, in `exports_folder` or else beside the plan:
/// `plans/intro.ron` -> `exports/intro.md`, `~/git/intro.ron` ->
/// `~/git/intro.md`. A RON export gets its own name, so that it never
/// points at the plan file itself.
pub fn default_export_path(
    editor: &Editor,
    exports_folder: Option<&Path>,
    format: ExportFormat,
) -> PathBuf {
    let plan = editor
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(crate::store::file_name_for_title(&editor.course.title)));
    let stem = plan.file_stem().unwrap_or_default().to_string_lossy();
    let name = match format {
        ExportFormat::Ron => format!("{stem}-export.ron"),
        _ => format!("{stem}.{}", format.extension()),
    };
    match exports_folder {
        Some(folder) => folder.join(name),
        None => plan.with_file_name(name),
    }
}

/// Tab in the export dialog: the next format, and the path follows it.
pub fn change_export_format(editor: &mut Editor, by: i32) {
    let Some(Overlay::Export(dialog)) = &editor.overlay else {
        return;
    };
    let formats = ExportFormat::ALL;
    let index = formats
        .iter()
        .position(|f| *f == dialog.format)
        .unwrap_or(0) as i32;
    let next = formats[(index + by).rem_euclid(formats.len() as i32) as usize];
    let typed = PathBuf::from(dialog.path.value());
    let folder = dialog.exports_folder.as_deref();
    let path = if typed == default_export_path(editor, folder, dialog.format) {
        default_export_path(editor, folder, next)
    } else {
        typed.with_extension(next.extension())
    };
    if let Some(Overlay::Export(dialog)) = &mut editor.overlay {
        dialog.format = next;
        dialog.path = tui_input::Input::new(path.display().to_string());
        dialog.confirm_overwrite = false;
        dialog.error = None;
    }
}

/// Enter in the export dialog: write the file, asking once before replacing one.
pub fn export(editor: &mut Editor, mut dialog: ExportDialog) {
    let value = dialog.path.value().trim().to_owned();
    let path = PathBuf::from(&value);
    let refuse = if value.is_empty() {
        Some("Type a file name.".to_owned())
    } else if editor
        .path
        .as_deref()
        .is_some_and(|plan| plan == path || crate::atomic_file::same_file(plan, &path))
    {
        Some("That is the plan file itself: choose another name.".to_owned())
    } else if path.exists() && !dialog.confirm_overwrite {
        dialog.confirm_overwrite = true;
        Some(format!(
            "{value} exists: Enter again replaces it, Esc cancels."
        ))
    } else {
        None
    };
    // The exports folder is made on the first export into it; any other
    // folder must be there already (a typo should not create folders).
    let refuse = refuse.or_else(|| {
        let folder = dialog.exports_folder.as_deref()?;
        (path.parent() == Some(folder))
            .then(|| std::fs::create_dir_all(folder).err())
            .flatten()
            .map(|error| {
                format!(
                    "Cannot create the exports folder {}: {error}",
                    printable(&folder.display().to_string())
                )
            })
    });
    if let Some(message) = refuse {
        dialog.error = Some(message);
        editor.overlay = Some(Overlay::Export(dialog));
        return;
    }
    match export::write_to(
        &path,
        dialog.format,
        &editor.course,
        dialog.confirm_overwrite,
    ) {
        Ok(exported) => editor.status = Status::info(exported.to_string()),
        Err(error) => {
            dialog.error = Some(error.to_string());
            dialog.confirm_overwrite = false;
            editor.overlay = Some(Overlay::Export(dialog));
        }
    }
}

pub fn draw(dialog: &ExportDialog, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 9);
    frame.render_widget(boxed(" Export ", theme), area);
    let inside = inner(area);
    let mut formats = vec![Span::styled("Format: ", theme.heading)];
    for format in ExportFormat::ALL {
        let style = if format == dialog.format {
            theme.selected
        } else {
            theme.muted
        };
        formats.push(Span::styled(format!(" {} ", format.label()), style));
        formats.push(Span::raw(" "));
    }
    let about = match dialog.format {
        ExportFormat::Markdown => "a document to read or send: summary, tradeoffs, grid, charts",
        ExportFormat::Ron => "the plan file itself, for git or to open elsewhere",
        ExportFormat::Csv => "one row per module and event, for a spreadsheet",
        ExportFormat::Html => "one page to hand out or print: summary, grid, charts, warnings",
    };
    let hint = match &dialog.error {
        Some(error) => Line::styled(error.clone(), theme.error),
        None => Line::styled("Tab format · Enter export · Esc cancel", theme.muted),
    };
    let lines = vec![
        Line::from(formats),
        Line::styled(about, theme.muted),
        Line::from(""),
        Line::styled("To file:", theme.heading),
    ];
    frame.render_widget(Paragraph::new(lines), inside);
    if inside.height < 6 {
        return;
    }
    text_field(
        &dialog.path,
        theme,
        frame,
        Rect::new(inside.x, inside.y + 4, inside.width, 1),
    );
    frame.render_widget(
        Paragraph::new(hint).wrap(Wrap { trim: true }),
        Rect::new(inside.x, inside.y + 5, inside.width, inside.height - 5),
    );
}
