//! The fill menu (`f`): the selected cell's minutes, mode or kind copied
//! across its row (every module) or its module (every event), as one
//! undoable edit. The whole dialog is here: its keys, its update and its
//! drawing.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::model::{Across, Fill};

use super::action::Action;
use super::app::Editor;
use super::theme::Theme;
use super::update::{edit, module_name};
use super::view::menu;

/// The menu's choices: key, what, across the row (else the module).
const CHOICES: [(char, Fill, bool); 6] = [
    ('m', Fill::Minutes, true),
    ('M', Fill::Minutes, false),
    ('l', Fill::Mode, true),
    ('L', Fill::Mode, false),
    ('k', Fill::Kind, true),
    ('K', Fill::Kind, false),
];

/// A letter for each choice; Esc (or f, q) closes.
pub fn keys(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Esc | KeyCode::Char('f') | KeyCode::Char('q') => Some(Action::Cancel),
        KeyCode::Char(c) => CHOICES
            .iter()
            .find(|(k, ..)| *k == c)
            .map(|&(_, what, row)| Action::FillFrom { what, row }),
        _ => None,
    }
}

/// Copies `what` of the selected cell across its row or module.
pub fn apply(editor: &mut Editor, what: Fill, row: bool) {
    editor.overlay = None;
    let cursor = editor.cursor;
    let source = editor.course.modules()[cursor.module]
        .cell(cursor.event)
        .clone();
    if !source.is_planned() {
        editor.status = super::app::Status::error(
            "The cell is not planned: there is nothing to fill from (p plans it).",
        );
        return;
    }
    let across = if row {
        Across::Row(cursor.event)
    } else {
        Across::Module(cursor.module)
    };
    let mut preview = editor.course.clone();
    let count = preview.fill(&source, what, across);
    let whole = if row {
        format!("event {} in every module", cursor.event.short_label())
    } else {
        module_name(editor, cursor.module)
    };
    let done = format!(
        "{} filled across {whole}: {count} planned cell{} changed",
        describe(&source, what),
        if count == 1 { "" } else { "s" }
    );
    edit(editor, done, |course| {
        course.fill(&source, what, across);
        Ok(())
    });
}

fn describe(source: &crate::model::Cell, what: Fill) -> String {
    match what {
        Fill::Minutes => format!("{} min", source.minutes),
        Fill::Mode => source.mode().label().to_owned(),
        Fill::Kind => format!("Kind {} ({})", source.kind.label(), source.mode().label()),
    }
}

pub fn draw(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let cursor = editor.cursor;
    let source = editor.course.modules()[cursor.module].cell(cursor.event);
    let row = format!(
        "event {} {} in every module",
        cursor.event.number(),
        cursor.event.short_label()
    );
    let module = format!("every event of module {}", cursor.module + 1);
    let items = CHOICES
        .iter()
        .map(|&(key, what, is_row)| {
            let to = if is_row { &row } else { &module };
            let rule = match what {
                Fill::Kind => format!(" ({} cells only)", source.mode().label()),
                _ => String::new(),
            };
            (
                key.to_string(),
                format!("{} → {to}{rule}", describe(source, what)),
            )
        })
        .collect();
    menu(
        frame,
        screen,
        " Fill from this cell ",
        84,
        items,
        "Only planned cells change · Esc closes · u undoes",
        theme,
    );
}
