//! Keys and mouse to actions. The keys documented in the README, the help
//! overlay and workshop scripts are fixed here: arrows and h/j/k/l move, Space
//! toggles, u undoes, Ctrl-r redoes, Ctrl-s saves, ? helps, q quits.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use crate::model::Mode;

use super::action::{Action, Direction};
use super::app::{App, Overlay, Screen};

/// One line of the help overlay: the keys and what they do.
pub struct Binding {
    pub keys: &'static str,
    pub does: &'static str,
}

/// Every key of the editor, grouped, for the help overlay and the README.
pub const HELP: &[(&str, &[Binding])] = &[
    (
        "Move",
        &[
            Binding {
                keys: "←↓↑→  h j k l",
                does: "move between cells",
            },
            Binding {
                keys: "Home End  0 $",
                does: "first / last module",
            },
            Binding {
                keys: "PgUp PgDn",
                does: "a screen of modules left / right",
            },
            Binding {
                keys: "click, wheel",
                does: "select a cell (click again: toggle), scroll",
            },
        ],
    ),
    (
        "Cells",
        &[
            Binding {
                keys: "Space",
                does: "toggle live / self-paced",
            },
            Binding {
                keys: "K",
                does: "kind: what learners do (video, quiz, workshop...) and its costs",
            },
            Binding {
                keys: "R",
                does: "reused: built already (a shared video, last run's replay), no build hours",
            },
            Binding {
                keys: "p",
                does: "plan / unplan the cell (minutes 0)",
            },
            Binding {
                keys: "+ -",
                does: "minutes up / down by 5",
            },
            Binding {
                keys: "e",
                does: "edit the activity",
            },
            Binding {
                keys: "s",
                does: "next suggested activity from the article",
            },
            Binding {
                keys: "m",
                does: "modes: a row or module live / self-paced, or as recommended",
            },
        ],
    ),
    (
        "Modules",
        &[
            Binding {
                keys: "a",
                does: "add a module after this one",
            },
            Binding {
                keys: "r",
                does: "rename the module",
            },
            Binding {
                keys: "D",
                does: "delete the module (u brings it back)",
            },
            Binding {
                keys: "< >",
                does: "move the module left / right",
            },
        ],
    ),
    (
        "Course",
        &[
            Binding {
                keys: "A",
                does: "assumptions: learners, sections, tutor groups, what each kind costs",
            },
            Binding {
                keys: "T",
                does: "edit the course title",
            },
            Binding {
                keys: "u  Ctrl-r",
                does: "undo / redo",
            },
            Binding {
                keys: "Ctrl-s  W",
                does: "save / save as",
            },
            Binding {
                keys: "x",
                does: "export: Markdown, RON or CSV",
            },
            Binding {
                keys: "c",
                does: "charts: hours over cohorts, hours by cohort size (Esc: grid)",
            },
            Binding {
                keys: "b  B",
                does: "pin the plan as a baseline to compare against / clear it",
            },
            Binding {
                keys: "t",
                does: "the guided tour (Enter/→ next, ← back, Esc ends)",
            },
            Binding {
                keys: "?",
                does: "this help",
            },
            Binding {
                keys: "q  Ctrl-c",
                does: "quit (asks when there are unsaved changes)",
            },
        ],
    ),
];

/// The hint bar: the keys a newcomer needs first, most important first
/// (a narrow terminal shows as many as fit).
pub const HINTS: &[(&str, &str)] = &[
    ("?", "help"),
    ("Space", "toggle"),
    ("K", "kind"),
    ("q", "quit"),
    ("^S", "save"),
    ("u", "undo"),
    ("p", "plan"),
    ("+/-", "minutes"),
    ("e", "activity"),
    ("m", "modes"),
    ("a", "add"),
    ("A", "assumptions"),
];

/// The action an input event means in the app's current state, if any.
pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Resize(width, height) => Some(Action::Resize {
            width: *width,
            height: *height,
        }),
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, *key, event),
        // A paste only ever types into a text field; elsewhere it does nothing,
        // so no key inside it can answer a prompt or edit the grid.
        Event::Paste(text) if typing(app) => Some(Action::Paste(text.clone())),
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
    match &app.screen {
        Screen::Start(start) if start.prompt.is_some() => prompt_key(key, event),
        Screen::Start(_) => start_key(key),
        Screen::Editor(editor) => match &editor.overlay {
            // During the tour, its keys come first; the rest work as usual.
            None if editor.tour.is_some() => {
                let on_chart = editor.main_view != super::app::MainView::Grid;
                tour_key(key, on_chart).or_else(|| editor_key(key))
            }
            None => editor_key(key),
            Some(Overlay::Help { .. }) => help_key(key),
            Some(Overlay::QuitPrompt) => quit_prompt_key(key),
            Some(Overlay::Prompt(_)) => prompt_key(key, event),
            Some(Overlay::ModeMenu) => mode_menu_key(key),
            Some(Overlay::KindPicker(_)) => kind_picker_key(key),
            Some(Overlay::Form(form)) if form.typing.is_some() => prompt_key(key, event),
            Some(Overlay::Form(_)) => form_key(key),
            Some(Overlay::Export(_)) => export_key(key, event),
            Some(Overlay::ReadOnly) => match key.code {
                KeyCode::Char('o') => Some(Action::MakeWritableAndSave),
                KeyCode::Char('a') | KeyCode::Char('W') => Some(Action::SaveAs),
                KeyCode::Char('c') | KeyCode::Esc => Some(Action::Cancel),
                _ => None,
            },
            Some(Overlay::ExternalChange { .. }) => match key.code {
                KeyCode::Char('o') => Some(Action::Overwrite),
                KeyCode::Char('r') => Some(Action::Reload),
                KeyCode::Char('a') | KeyCode::Char('W') => Some(Action::SaveAs),
                KeyCode::Char('c') | KeyCode::Esc => Some(Action::Cancel),
                _ => None,
            },
            // No Esc here: the choice decides whether unsaved work is kept.
            Some(Overlay::Recovery { .. }) => match key.code {
                KeyCode::Char('r') => Some(Action::Restore),
                KeyCode::Char('d') => Some(Action::DropRecovery),
                KeyCode::Char('v') => Some(Action::ShowDifferences),
                KeyCode::Char('q') => Some(Action::Quit),
                _ => None,
            },
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

/// Whether a text field has the keys.
fn typing(app: &App) -> bool {
    match &app.screen {
        Screen::Start(start) => start.prompt.is_some(),
        Screen::Editor(editor) => match &editor.overlay {
            Some(Overlay::Prompt(_) | Overlay::Export(_)) => true,
            Some(Overlay::Form(form)) => form.typing.is_some(),
            _ => false,
        },
    }
}

fn editor_key(key: KeyEvent) -> Option<Action> {
    if key.modifiers.contains(KeyModifiers::CONTROL) {
        return match key.code {
            KeyCode::Char('r') => Some(Action::Redo),
            KeyCode::Char('s') => Some(Action::Save),
            _ => None,
        };
    }
    let action = match key.code {
        KeyCode::Left | KeyCode::Char('h') => Action::Move(Direction::Left),
        KeyCode::Right | KeyCode::Char('l') => Action::Move(Direction::Right),
        KeyCode::Up | KeyCode::Char('k') => Action::Move(Direction::Up),
        KeyCode::Down | KeyCode::Char('j') => Action::Move(Direction::Down),
        KeyCode::Home | KeyCode::Char('0') => Action::FirstModule,
        KeyCode::End | KeyCode::Char('$') => Action::LastModule,
        KeyCode::PageUp => Action::PageLeft,
        KeyCode::PageDown => Action::PageRight,
        KeyCode::Char(' ') => Action::ToggleMode,
        KeyCode::Char('p') => Action::TogglePlanned,
        KeyCode::Char('+') | KeyCode::Char('=') => Action::MinutesUp,
        KeyCode::Char('-') | KeyCode::Char('_') => Action::MinutesDown,
        KeyCode::Char('e') | KeyCode::Enter => Action::EditActivity,
        KeyCode::Char('s') => Action::NextSuggestion,
        KeyCode::Char('a') => Action::AddModule,
        KeyCode::Char('r') => Action::RenameModule,
        KeyCode::Char('D') => Action::DeleteModule,
        KeyCode::Char('<') | KeyCode::Char(',') => Action::MoveModule(Direction::Left),
        KeyCode::Char('>') | KeyCode::Char('.') => Action::MoveModule(Direction::Right),
        KeyCode::Char('m') => Action::OpenModeMenu,
        KeyCode::Char('K') => Action::OpenKindPicker,
        KeyCode::Char('R') => Action::ToggleReuse,
        KeyCode::Char('A') => Action::OpenAssumptions,
        KeyCode::Char('T') => Action::EditCourseTitle,
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Char('W') => Action::SaveAs,
        KeyCode::Char('x') => Action::Export,
        KeyCode::Char('c') => Action::CycleView,
        KeyCode::Char('t') => Action::StartTour,
        KeyCode::Char('b') => Action::PinBaseline,
        KeyCode::Char('B') => Action::ClearBaseline,
        KeyCode::Esc => Action::Cancel,
        KeyCode::Char('?') | KeyCode::F(1) => Action::Help,
        KeyCode::Char('q') => Action::Quit,
        _ => return None,
    };
    Some(action)
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

fn help_key(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => Some(Action::Select(-1)),
        KeyCode::Down | KeyCode::Char('j') => Some(Action::Select(1)),
        KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => {
            Some(Action::Cancel)
        }
        _ => None,
    }
}

/// Only the keys the prompt shows: "n" (as in "no, don't quit") must never
/// mean "discard", nor "y" anything a reader did not see.
fn quit_prompt_key(key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::Char('s') => Some(Action::Save),
        KeyCode::Char('d') => Some(Action::Discard),
        KeyCode::Char('c') | KeyCode::Esc => Some(Action::Cancel),
        _ => None,
    }
}

fn prompt_key(key: KeyEvent, event: &Event) -> Option<Action> {
    match key.code {
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Esc => Some(Action::Cancel),
        _ => Some(Action::Type(event.clone())),
    }
}

fn export_key(key: KeyEvent, event: &Event) -> Option<Action> {
    match key.code {
        KeyCode::Tab | KeyCode::Down => Some(Action::Select(1)),
        KeyCode::BackTab | KeyCode::Up => Some(Action::Select(-1)),
        _ => prompt_key(key, event),
    }
}

fn mode_menu_key(key: KeyEvent) -> Option<Action> {
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

fn kind_picker_key(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Action::Select(1),
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('K') => Action::Cancel,
        _ => return None,
    };
    Some(action)
}

fn form_key(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Action::Select(1),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char('+') | KeyCode::Char('=') => {
            Action::Adjust(1)
        }
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('A') => Action::Cancel,
        KeyCode::Char('u') => Action::Undo,
        _ => return None,
    };
    Some(action)
}

fn start_key(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') => Action::Select(1),
        KeyCode::Enter => Action::Confirm,
        KeyCode::Char('n') => Action::NewPlan,
        KeyCode::Char('d') => Action::OpenDemo,
        KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
        _ => return None,
    };
    Some(action)
}

fn mouse_action(app: &App, mouse: MouseEvent) -> Option<Action> {
    let Screen::Editor(editor) = &app.screen else {
        return match mouse.kind {
            MouseEventKind::ScrollUp => Some(Action::Select(-1)),
            MouseEventKind::ScrollDown => Some(Action::Select(1)),
            _ => None,
        };
    };
    if editor.overlay.is_some() || editor.main_view != super::app::MainView::Grid {
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
