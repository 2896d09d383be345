//! The "Unsaved work found" dialog: a recovery copy left by an editor session
//! that is gone, offered when a plan opens. `r` restores it, `d` discards it,
//! `v` shows what it changes, `q` leaves the choice for later (and no save
//! happens until one is made). Its keys, update and drawing are all here.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::plan_file;
use crate::recovery::Recovered;

use super::action::Action;
use super::app::{Editor, Overlay, Status};
use super::keymap::key;
use super::theme::Theme;
use super::update::edit;
use super::view::{boxed, centered, choice};

/// The dialog's keys. No Esc: the choice decides whether unsaved work is kept.
pub fn keys(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Char('r') => Some(Action::Restore),
        KeyCode::Char('d') => Some(Action::DropRecovery),
        KeyCode::Char('v') => Some(Action::ShowDifferences),
        KeyCode::Char('q') => Some(Action::Quit),
        _ => None,
    }
}

/// `r`, `d` or `v` on the dialog.
pub fn apply(editor: &mut Editor, action: Action) {
    match action {
        Action::Restore => {
            if let Some(Overlay::Recovery { recovered, .. }) = editor.overlay.take() {
                restore_recovered(editor, *recovered);
            }
        }
        Action::DropRecovery => {
            if let Some(Overlay::Recovery { recovered, .. }) = editor.overlay.take() {
                editor.keep_recovery = false;
                editor.status = match recovered.remove() {
                    Ok(()) => Status::info("Recovery copy discarded."),
                    Err(error) => {
                        Status::error(format!("Cannot remove the recovery copy: {error}"))
                    }
                };
            }
        }
        Action::ShowDifferences => {
            if let Some(Overlay::Recovery {
                show_differences, ..
            }) = &mut editor.overlay
            {
                *show_differences = !*show_differences;
            }
        }
        _ => {}
    }
}

/// Takes a gone session's work back into the editor, as one undoable edit.
/// When the plan changed on disk since that session opened it (a colleague,
/// `git pull`), the editor takes that session's view of the file, so that
/// saving asks before overwriting the change. The work goes into this
/// session's own copy before the old copy is removed.
fn restore_recovered(editor: &mut Editor, recovered: Recovered) {
    editor.keep_recovery = false;
    let changed_since = match (&editor.path, &recovered.opened) {
        (Some(path), Some(opened)) => {
            plan_file::DiskStamp::read(path).is_ok_and(|now| now.content_differs(opened))
        }
        _ => false,
    };
    let undo = key(&Action::Undo);
    let done = if changed_since {
        format!(
            "Restored the recovery copy; the plan changed on disk since: saving will ask ({undo} undoes)"
        )
    } else {
        format!("Restored the recovery copy: save to keep it ({undo} undoes)")
    };
    edit(editor, done, |course| {
        *course = recovered.course.clone();
        Ok(())
    });
    if changed_since {
        editor.disk = recovered.opened.clone();
        if let Some(own) = &mut editor.recovery {
            own.set_opened(editor.disk.as_ref());
        }
    }
    let kept = match &editor.recovery {
        Some(own) => own.write(&editor.course).is_ok(),
        None => true,
    };
    if kept {
        let _ = recovered.remove();
    }
}

pub fn draw(
    recovered: &Recovered,
    show_differences: bool,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
) {
    let on_disk = editor
        .saved
        .clone()
        .unwrap_or_else(|| editor.course.clone());
    let differences = crate::present::compare::differences(&on_disk, &recovered.course);
    let age = recovered
        .written
        .elapsed()
        .map(|age| match age.as_secs() {
            0..=119 => format!("{} seconds ago", age.as_secs()),
            s @ 120..=7199 => format!("{} minutes ago", s / 60),
            s => format!("{} hours ago", s / 3600),
        })
        .unwrap_or_else(|_| "just now".to_owned());
    let mut keys = choice("r", "restore it", theme);
    keys.extend(choice("d", "discard it", theme));
    keys.extend(choice(
        "v",
        if show_differences {
            "hide changes"
        } else {
            "show changes"
        },
        theme,
    ));
    let mut lines = vec![
        Line::from(format!(
            "A recovery copy from {age} holds {} that {} never saved.",
            match differences.len() {
                1 => "1 change".to_owned(),
                n => format!("{n} changes"),
            },
            if differences.len() == 1 {
                "was"
            } else {
                "were"
            }
        )),
        Line::from(""),
        Line::from(keys),
    ];
    if show_differences {
        lines.push(Line::from(""));
        for difference in &differences {
            lines.push(Line::styled(format!("• {difference}"), theme.base));
        }
    }
    let width = screen.width.saturating_sub(4).max(80);
    // Long differences wrap: count the rows they take.
    let inside = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|line| line.width().div_ceil(inside).max(1))
        .sum();
    let height = (rows as u16 + 2).min(screen.height);
    let area = centered(frame, screen, width, height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Unsaved work found ", theme)),
        area,
    );
}
