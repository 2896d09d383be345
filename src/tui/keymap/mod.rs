//! Keys and mouse to actions. The keys documented in the README, the help
//! overlay and workshop scripts are fixed here: arrows and h/j/k/l move, Space
//! toggles, u undoes, Ctrl-r redoes, Ctrl-s saves, ? helps, q quits.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::tui::action::Action;
use crate::tui::app::{App, Overlay, Screen};

mod grid;
pub mod start;

pub use grid::{GRID, HELP_GROUPS, HINTS, Help, Key, MOUSE_HELP, help_lines, key};

/// The action an input event means in the app's current state, if any.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, *key, event),
        // A paste only ever types into a text field (the update says so
        // elsewhere), so no key inside it can answer a prompt or edit the grid.
        Event::Paste(text) => Some(Action::Paste(text.clone())),
        Event::Mouse(mouse) => mouse_action(app, *mouse),
        _ => None,
    }
}

fn key_action(app: &App, key: KeyEvent, event: &Event) -> Option<Action> {
    let key = normalize(key);
    // Ctrl-C means quit (which asks first when there is anything to lose);
    // in a text field it cancels the field, so typing is never lost to it.
    if is_ctrl(key, 'c') {
        return Some(if typing(app) {
            Action::Cancel
        } else {
            Action::Quit
        });
    }
    // Ctrl-Z stops the editor on every screen, as in any terminal program
    // (the grid's table lists it, for the help).
    if is_ctrl(key, 'z') {
        return Some(Action::Suspend);
    }
    // The assumptions and schedule dialogs undo with u, as the grid does, so
    // Ctrl-r redoes there too; Ctrl-s saves unless a value is being typed.
    if in_a_settings_dialog(app) {
        if is_ctrl(key, 'r') {
            return Some(Action::Redo);
        }
        if is_ctrl(key, 's') && !typing(app) {
            return Some(Action::Save);
        }
    }
    // A question answers only to the plain key it shows: Ctrl-d or Alt-d is
    // not "d, discard". (Text fields take what the field can use.)
    let modified = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if modified && !typing(app) && answers_a_question(app) {
        return None;
    }
    match &app.screen {
        Screen::Start(start) if start.prompt.is_some() => crate::tui::text_prompt::keys(key, event),
        Screen::Start(start) => start_key(start, key),
        Screen::Editor(editor) => match &editor.overlay {
            // During the tour, its keys come first; the rest work as usual.
            None if editor.tour.is_some() => {
                let on_chart = editor.main_view != crate::tui::app::MainView::Grid;
                tour_key(key, on_chart).or_else(|| editor_key(key))
            }
            // The panel has the keys: its scrolling first, the rest as on the grid.
            None if editor.panel.focused => {
                crate::tui::panel::keys(key).or_else(|| editor_key(key))
            }
            None => editor_key(key),
            Some(Overlay::Help { .. }) => crate::tui::help::keys(key),
            Some(
                overlay
                @ (Overlay::QuitPrompt | Overlay::ReadOnly | Overlay::ExternalChange { .. }),
            ) => crate::tui::file_questions::keys(overlay, key),
            Some(Overlay::Prompt(_)) => crate::tui::text_prompt::keys(key, event),
            Some(Overlay::ModeMenu) => crate::tui::mode_menu::keys(key),
            Some(Overlay::FillMenu) => crate::tui::fill_menu::keys(key),
            Some(Overlay::KindPicker(_)) => crate::tui::kind_picker::keys(key),
            Some(Overlay::Form(form)) if form.typing.is_some() => {
                crate::tui::text_prompt::keys(key, event)
            }
            Some(Overlay::Form(form)) => crate::tui::assumptions_form::keys(form.selected(), key),
            Some(Overlay::Schedule(dialog)) => crate::tui::schedule_dialog::keys(
                dialog.selected(&editor.course),
                dialog.typing.is_some(),
                key,
                event,
            ),
            Some(Overlay::Export(_)) => crate::tui::export_dialog::keys(key, event),
            Some(overlay @ Overlay::Recovery { .. }) => {
                crate::tui::recovery_dialog::keys(overlay, key)
            }
        },
    }
}

/// Terminals disagree on whether Shift is reported with an upper-case letter
/// or a symbol; drop it for characters so `A` and `<` match however they came.
fn normalize(mut key: KeyEvent) -> KeyEvent {
    if let KeyCode::Char(_) = key.code {
        key.modifiers.remove(KeyModifiers::SHIFT);
    }
    key
}

fn is_ctrl(key: KeyEvent, c: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(c)
}

/// Whether a dialog that takes single letters has the keys: the quit prompt,
/// the recovery and file questions, the menus.
fn in_a_settings_dialog(app: &App) -> bool {
    matches!(
        &app.screen,
        Screen::Editor(editor)
            if matches!(editor.overlay, Some(Overlay::Form(_) | Overlay::Schedule(_)))
    )
}

fn answers_a_question(app: &App) -> bool {
    match &app.screen {
        Screen::Editor(editor) => matches!(
            editor.overlay,
            Some(
                Overlay::QuitPrompt
                    | Overlay::Recovery { .. }
                    | Overlay::ExternalChange { .. }
                    | Overlay::ReadOnly
                    | Overlay::ModeMenu
                    | Overlay::FillMenu
                    | Overlay::KindPicker(_)
                    | Overlay::Form(_)
                    | Overlay::Schedule(_)
            )
        ),
        // The delete question answers only to y, n and Esc.
        Screen::Start(start) => start.confirm_delete.is_some(),
    }
}

/// Whether a text field has the keys.
pub(crate) fn typing(app: &App) -> bool {
    match &app.screen {
        Screen::Start(start) => start.prompt.is_some(),
        Screen::Editor(editor) => match &editor.overlay {
            Some(Overlay::Prompt(_) | Overlay::Export(_)) => true,
            Some(Overlay::Form(form)) => form.typing.is_some(),
            Some(Overlay::Schedule(dialog)) => dialog.typing.is_some(),
            _ => false,
        },
    }
}

fn editor_key(key: KeyEvent) -> Option<Action> {
    GRID.iter()
        .find(|binding| binding.keys.iter().any(|k| k.matches(key)))
        .map(|binding| match (&binding.action, key.code) {
            // One binding for the nine digits: the action carries the one pressed.
            (Action::TypeMinutes(_), KeyCode::Char(digit)) => Action::TypeMinutes(digit),
            (action, _) => action.clone(),
        })
}

/// The tour's keys; on a chart, Esc goes back to the grid first (as the
/// chart step says) and only then ends the tour.
fn tour_key(key: KeyEvent, on_chart: bool) -> Option<Action> {
    match key.code {
        KeyCode::Enter | KeyCode::Right => Some(Action::TourNext),
        KeyCode::Left => Some(Action::TourBack),
        KeyCode::Esc if on_chart => Some(Action::Cancel),
        KeyCode::Esc => Some(Action::TourEnd),
        _ => None,
    }
}

/// The start screen's keys, from its table (`start.rs`); while it asks
/// whether to delete a plan, only the answers.
fn start_key(screen: &crate::tui::app::StartScreen, key: KeyEvent) -> Option<Action> {
    if screen.confirm_delete.is_some() {
        return start::action_in(start::CONFIRM_DELETE, key);
    }
    start::action_in(start::START, key)
}

fn mouse_action(app: &App, mouse: MouseEvent) -> Option<Action> {
    let Screen::Editor(editor) = &app.screen else {
        return match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::Select(-1)),
            MouseEventKind::ScrollDown => Some(Action::Select(1)),
            _ => None,
        };
    };
    if editor.overlay.is_some() || editor.main_view != crate::tui::app::MainView::Grid {
        return None;
    }
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => {
            let (column, event) = app.layout()?.cell_at(mouse.column, mouse.row)?;
            Some(Action::Click { column, event })
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollRight => Some(Action::Scroll(1)),
        MouseEventKind::ScrollUp | MouseEventKind::ScrollLeft => Some(Action::Scroll(-1)),
        _ => None,
    }
}
