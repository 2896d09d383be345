//! The questions a save or a quit may ask, whole: quit with unsaved changes
//! (`s` save, `d` discard, `c` cancel), a plan changed on disk since it was
//! opened (`o` overwrite, `r` reload, `a` save as) and a read-only plan (`o`
//! make it writable and save, `a` save as). Their keys, what each answer
//! does and their drawing.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::present::printable::{fit, printable};

use super::action::Action;
use super::app::{Editor, Overlay, Status};
use super::theme::Theme;
use super::update::{reload, save_to};
use super::view::{boxed, centered, choice};

/// The keys of whichever question `overlay` is; only the ones it shows.
pub fn keys(overlay: &Overlay, key: KeyEvent) -> Option<Action> {
    match (overlay, key.code) {
        (Overlay::QuitPrompt, KeyCode::Char('s')) => Some(Action::Save),
        (Overlay::QuitPrompt, KeyCode::Char('d')) => Some(Action::Discard),
        (Overlay::ReadOnly, KeyCode::Char('o')) => Some(Action::MakeWritableAndSave),
        (Overlay::ExternalChange { .. }, KeyCode::Char('o')) => Some(Action::Overwrite),
        (Overlay::ExternalChange { .. }, KeyCode::Char('r')) => Some(Action::Reload),
        (Overlay::ReadOnly | Overlay::ExternalChange { .. }, KeyCode::Char('a' | 'W')) => {
            Some(Action::SaveAs)
        }
        (_, KeyCode::Char('c') | KeyCode::Esc) => Some(Action::Cancel),
        _ => None,
    }
}

/// An answer: discard, overwrite, reload, or make writable and save.
/// Returns true when the editor should now quit (the answer ended a quit).
pub fn apply(editor: &mut Editor, action: Action) -> bool {
    match action {
        Action::Discard => {
            editor.discarded = true;
            return true;
        }
        Action::MakeWritableAndSave => make_writable_and_save(editor),
        Action::Overwrite => {
            editor.overlay = None;
            if let Some(path) = editor.path.clone() {
                save_to(editor, path, true);
            }
        }
        Action::Reload => match &mut editor.overlay {
            Some(Overlay::ExternalChange { confirm_reload }) if !*confirm_reload => {
                *confirm_reload = true;
            }
            _ => {
                editor.overlay = None;
                editor.quit_after_save = false;
                reload(editor);
            }
        },
        _ => {}
    }
    editor.quit_after_save && !editor.is_modified()
}

/// `o` on the read-only question: make the file writable for its owner, then save.
fn make_writable_and_save(editor: &mut Editor) {
    editor.overlay = None;
    let Some(path) = editor.path.clone() else {
        return;
    };
    let writable = std::fs::metadata(&path).and_then(|metadata| {
        let mut permissions = metadata.permissions();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            permissions.set_mode(permissions.mode() | 0o200);
        }
        #[cfg(not(unix))]
        permissions.set_readonly(false);
        std::fs::set_permissions(&path, permissions)
    });
    match writable {
        Ok(()) => {
            save_to(editor, path, false);
        }
        Err(error) => {
            editor.status = Status::error(format!(
                "Not saved: cannot make {} writable: {error}",
                printable(&path.display().to_string())
            ));
            editor.quit_after_save = false;
        }
    }
}

pub fn draw_quit_prompt(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 56, 6);
    let lines = vec![
        Line::from(format!(
            "\"{}\" has unsaved changes.",
            fit(&printable(&editor.course.title), 30).trim_end()
        )),
        Line::from(""),
        Line::from(vec![
            Span::styled("s", theme.key),
            Span::raw(" save and quit   "),
            Span::styled("d", theme.key),
            Span::raw(" discard and quit   "),
            Span::styled("c", theme.key),
            Span::raw(" cancel"),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Quit? ", theme)),
        area,
    );
}

pub fn draw_changed_on_disk(
    confirm_reload: bool,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
) {
    let area = centered(frame, screen, 72, 10);
    let file = editor
        .path
        .as_ref()
        .map(|path| printable(&path.display().to_string()).into_owned())
        .unwrap_or_default();
    let mut keys = choice("o", "overwrite it", theme);
    keys.extend(choice("r", "reload it", theme));
    keys.extend(choice("a", "save as…", theme));
    keys.extend(choice("c", "cancel", theme));
    let mut lines = vec![
        Line::from(format!(
            "{file} changed on disk since you opened it (a colleague, git, another editor)."
        )),
        Line::from(""),
        Line::from(keys),
    ];
    if confirm_reload {
        lines.push(Line::styled(
            "Reloading drops your unsaved changes (u brings them back): press r again.",
            theme.error,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Changed on disk ", theme)),
        area,
    );
}

pub fn draw_read_only(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 7);
    let file = editor
        .path
        .as_ref()
        .map(|path| printable(&path.display().to_string()).into_owned())
        .unwrap_or_default();
    let mut keys = choice("o", "make it writable and save", theme);
    keys.extend(choice("a", "save as…", theme));
    keys.extend(choice("c", "cancel", theme));
    let lines = vec![
        Line::from(format!(
            "{file} is read-only: someone may have made it so on purpose."
        )),
        Line::from(""),
        Line::from(keys),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Read-only ", theme)),
        area,
    );
}
