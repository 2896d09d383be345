//! The modes menu (`m`): the selected event's row or module live or
//! self-paced, or the recommended modes for the module or the whole course.
//! The whole dialog is here: its keys, its update and its drawing.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::model::{GagneEvent, Mode};

use super::action::Action;
use super::app::Editor;
use super::theme::Theme;
use super::update::{edit, module_name};
use super::view::menu;

/// The menu's keys: a letter for each choice, Esc (or m, q) closes.
pub fn keys(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Char('l') => Action::SetEventRow(Mode::Live),
        KeyCode::Char('s') => Action::SetEventRow(Mode::SelfPaced),
        KeyCode::Char('L') => Action::SetModule(Mode::Live),
        KeyCode::Char('S') => Action::SetModule(Mode::SelfPaced),
        KeyCode::Char('r') => Action::RecommendModule,
        KeyCode::Char('R') => Action::RecommendCourse,
        KeyCode::Esc | KeyCode::Char('m') | KeyCode::Char('q') => Action::Cancel,
        _ => return None,
    };
    Some(action)
}

/// Applies the menu's choice, as one undoable edit.
pub fn apply(editor: &mut Editor, action: Action) {
    match action {
        Action::SetEventRow(mode) => {
            editor.overlay = None;
            let event = editor.cursor.event;
            let done = format!("{} set to {} in every module", event.label(), mode.label());
            edit(editor, done, |course| {
                for module in course.modules_mut() {
                    module.cell_mut(event).set_mode(event, mode);
                }
                Ok(())
            });
        }
        Action::SetModule(mode) => {
            editor.overlay = None;
            let index = editor.cursor.module;
            let done = format!(
                "Every event of {} set to {}",
                module_name(editor, index),
                mode.label()
            );
            edit(editor, done, |course| {
                course.modules_mut()[index].set_modes(|_| mode);
                Ok(())
            });
        }
        Action::RecommendModule => {
            editor.overlay = None;
            let index = editor.cursor.module;
            let done = format!(
                "Recommended modes applied to {}",
                module_name(editor, index)
            );
            edit(editor, done, |course| {
                course.modules_mut()[index].set_modes(GagneEvent::recommended_mode);
                Ok(())
            });
        }
        Action::RecommendCourse => {
            editor.overlay = None;
            edit(
                editor,
                "Recommended modes applied to every module".into(),
                |course| {
                    for module in course.modules_mut() {
                        module.set_modes(GagneEvent::recommended_mode);
                    }
                    Ok(())
                },
            );
        }
        _ => {}
    }
}

pub fn draw(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let event = editor.cursor.event;
    let module = editor.cursor.module + 1;
    let items = [
        (
            "l",
            format!(
                "event {} {}: live in every module",
                event.number(),
                event.short_label()
            ),
        ),
        (
            "s",
            format!(
                "event {} {}: self-paced in every module",
                event.number(),
                event.short_label()
            ),
        ),
        ("L", format!("module {module}: every event live")),
        ("S", format!("module {module}: every event self-paced")),
        (
            "r",
            format!("module {module}: recommended modes (Line of Understanding)"),
        ),
        ("R", "every module: recommended modes".to_owned()),
    ];
    let items = items
        .into_iter()
        .map(|(key, does)| (key.to_owned(), does))
        .collect();
    menu(
        frame,
        screen,
        " Set modes ",
        64,
        items,
        "Esc closes · u undoes afterwards",
        theme,
    );
}
