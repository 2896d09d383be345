//! The "Unsaved work found" dialog: a recovery copy left by an editor session
//! that is gone, offered when a plan opens. `r` restores it, `d` discards it,
//! `v` shows what it changes, Esc decides later (the copy stays on disk, this
//! session's edits get their own copy, and the first save asks about the old
//! one: `k` keep it or `d` discard it, then save), `q` quits and leaves the
//! choice for the next start. Its keys, update and drawing are all here.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::plan_file;
use crate::present::printable::printable;
use crate::recovery::Recovered;

use super::action::Action;
use super::app::{Editor, Overlay, Status};
use super::keymap::key;
use super::theme::Theme;
use super::update::{edit, save_to};
use super::view::{boxed, centered, choice};

/// The dialog's keys: only the ones it shows. When a plan opens: `r`, `d`,
/// `v`, Esc (later) and `q`; when a save asks about a copy put off: `k`,
/// `d`, `v` and Esc (no save).
pub fn keys(overlay: &Overlay, key: KeyEvent) -> Option<Action> {
    let asked_by_a_save = matches!(
        overlay,
        Overlay::Recovery {
            then_save: Some(_),
            ..
        }
    );
    match (key.code, asked_by_a_save) {
        (KeyCode::Char('r'), false) => Some(Action::Restore),
        (KeyCode::Char('k'), true) => Some(Action::KeepRecovery),
        (KeyCode::Char('d'), _) => Some(Action::DropRecovery),
        (KeyCode::Char('v'), _) => Some(Action::ShowDifferences),
        (KeyCode::Esc, _) => Some(Action::Cancel),
        (KeyCode::Char('q'), false) => Some(Action::Quit),
        _ => None,
    }
}

/// `r`, `d`, `k` or `v` on the dialog. Returns true when the editor should
/// now quit (the answer let a "save and quit" finish).
pub fn apply(editor: &mut Editor, action: Action) -> bool {
    match action {
        Action::Restore => {
            if let Some(Overlay::Recovery { recovered, .. }) = editor.overlay.take() {
                restore_recovered(editor, *recovered);
            }
        }
        Action::DropRecovery => {
            if let Some(Overlay::Recovery {
                recovered,
                then_save,
                ..
            }) = editor.overlay.take()
            {
                editor.keep_recovery = false;
                let removed = recovered.remove();
                editor.status = match &removed {
                    Ok(()) => Status::info("Recovery copy discarded."),
                    Err(error) => {
                        Status::error(format!("Cannot remove the recovery copy: {error}"))
                    }
                };
                match (then_save, removed) {
                    (Some(path), Ok(())) => {
                        save_then_say(editor, path, "the older recovery copy is discarded")
                    }
                    // Still on disk: it stays put off, and the save waits.
                    (Some(_), Err(_)) => {
                        editor.postponed = Some(recovered);
                        editor.quit_after_save = false;
                    }
                    (None, _) => {}
                }
            }
        }
        Action::KeepRecovery => {
            if let Some(Overlay::Recovery {
                then_save: Some(path),
                ..
            }) = editor.overlay.take()
            {
                // Kept on disk: opening the plan offers it again. This session
                // does not ask again.
                save_then_say(
                    editor,
                    path,
                    "the older recovery copy is kept (offered when the plan opens)",
                );
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
    editor.quit_after_save && !editor.is_modified()
}

/// Saves to `path` and, once saved, adds what became of the older copy to
/// the status line ("Saved plan.ron; the older recovery copy is kept…").
fn save_then_say(editor: &mut Editor, path: std::path::PathBuf, said: &str) {
    save_to(editor, path, false);
    if !editor.is_modified() {
        editor.status.text = format!("{}; {said}", editor.status.text);
    }
}

/// Esc. When the plan opens: decide later; the copy stays on disk and new
/// edits go into this session's own copy (the recovery clock writes it once
/// nothing is being offered). When a save asks: no save, the copy stays put off.
pub fn cancel(editor: &mut Editor) {
    let Some(Overlay::Recovery {
        recovered,
        then_save,
        ..
    }) = editor.overlay.take()
    else {
        return;
    };
    let folder = recovered
        .path
        .parent()
        .map(|folder| printable(&folder.display().to_string()).into_owned())
        .unwrap_or_default();
    editor.status = if then_save.is_some() {
        editor.quit_after_save = false;
        Status::info("Not saved; the older recovery copy is still kept.")
    } else {
        Status::info(format!(
            "Later: saving asks about the old recovery copy first; new edits get their own \
             copy. The old one stays in {folder}"
        ))
    };
    editor.keep_recovery = false;
    editor.postponed = Some(recovered);
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
    asked_by_a_save: bool,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
) {
    let on_disk = editor.saved().unwrap_or(&editor.course);
    let differences = crate::present::compare::differences(on_disk, &recovered.course);
    let age = recovered
        .written
        .elapsed()
        .map(|age| match age.as_secs() {
            0..=119 => format!("{} seconds ago", age.as_secs()),
            s @ 120..=7199 => format!("{} minutes ago", s / 60),
            s => format!("{} hours ago", s / 3600),
        })
        .unwrap_or_else(|_| "just now".to_owned());
    let mut keys = if asked_by_a_save {
        choice("k", "keep it", theme)
    } else {
        choice("r", "restore it", theme)
    };
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
    let changes = match differences.len() {
        1 => "1 change that was".to_owned(),
        n => format!("{n} changes that were"),
    };
    let (about, later) = if asked_by_a_save {
        keys.extend(choice("Esc", "don't save", theme));
        (
            format!("The recovery copy from {age} that you put off holds {changes} never saved."),
            "Kept, it is offered again the next time this plan opens; discarded, it is gone."
                .to_owned(),
        )
    } else {
        keys.extend(choice("Esc", "decide later", theme));
        keys.extend(choice("q", "quit", theme));
        (
            format!("A recovery copy from {age} holds {changes} never saved."),
            format!(
                "Later keeps the copy and lets you edit on (your new edits get their own copy); \
                 saving asks about it first. The copy is in {}",
                printable(
                    &recovered
                        .path
                        .parent()
                        .unwrap_or(&recovered.path)
                        .display()
                        .to_string()
                )
            ),
        )
    };
    let mut lines = vec![
        Line::from(about),
        Line::from(""),
        Line::from(keys),
        Line::styled(later, theme.muted),
    ];
    if show_differences {
        lines.push(Line::from(""));
        for difference in &differences {
            lines.push(Line::styled(format!("• {difference}"), theme.base));
        }
    }
    let width = screen.width.saturating_sub(4).max(80).min(screen.width);
    let title = if asked_by_a_save {
        " Before saving: an older recovery copy "
    } else {
        " Unsaved work found "
    };
    let paragraph = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(boxed(title, theme));
    // Long lines and differences wrap: the box takes the rows they need
    // (`line_count` adds the top and bottom borders, not the side ones).
    let height = (paragraph.line_count(width.saturating_sub(2)) as u16).min(screen.height);
    let area = centered(frame, screen, width, height);
    frame.render_widget(paragraph, area);
}
