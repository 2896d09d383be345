//! Keys and mouse to actions. The keys documented in the README, the help
//! overlay and workshop scripts are fixed here: arrows and h/j/k/l move, Space
//! toggles, u undoes, Ctrl-r redoes, Ctrl-s saves, ? helps, q quits.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::{Action, Direction};
use super::app::{App, Overlay, Screen};

/// A key as the table names it: a character, a special key, or Ctrl with a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
}

impl Key {
    fn matches(self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Char(c) => !ctrl && !alt && key.code == KeyCode::Char(c),
            Key::Code(code) => !ctrl && !alt && key.code == code,
            Key::Ctrl(c) => ctrl && !alt && key.code == KeyCode::Char(c),
        }
    }

    /// How the key reads in help and messages: `Space`, `←`, `Ctrl-s`, `F1`.
    pub fn name(self) -> String {
        match self {
            Key::Char(' ') => "Space".to_owned(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{c}"),
            Key::Code(KeyCode::Left) => "←".to_owned(),
            Key::Code(KeyCode::Right) => "→".to_owned(),
            Key::Code(KeyCode::Up) => "↑".to_owned(),
            Key::Code(KeyCode::Down) => "↓".to_owned(),
            Key::Code(KeyCode::PageUp) => "PgUp".to_owned(),
            Key::Code(KeyCode::PageDown) => "PgDn".to_owned(),
            Key::Code(KeyCode::F(n)) => format!("F{n}"),
            Key::Code(code) => format!("{code}"),
        }
    }
}

/// One key binding of the grid: the keys, what they do, and the help line
/// that shows them (`None` when an earlier binding's line covers them, as
/// "←↓↑→  h j k l" covers all four moves).
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub help: Option<Help>,
}

/// A line of the help overlay: its group, the keys as shown, what they do.
#[derive(Clone, Copy)]
pub struct Help {
    pub group: &'static str,
    pub keys: &'static str,
    pub does: &'static str,
}

const fn bind(keys: &'static [Key], action: Action, help: Option<Help>) -> Binding {
    Binding { keys, action, help }
}

const fn help(group: &'static str, keys: &'static str, does: &'static str) -> Option<Help> {
    Some(Help { group, keys, does })
}

use Key::{Char as C, Code, Ctrl};

/// Every key of the grid: the one table that dispatch, the help overlay and
/// its test read. (Dialogs have their few keys beside them, below.)
pub const GRID: &[Binding] = &[
    bind(
        &[Code(KeyCode::Left), C('h')],
        Action::Move(Direction::Left),
        help("Move", "←↓↑→  h j k l", "move between cells"),
    ),
    bind(
        &[Code(KeyCode::Right), C('l')],
        Action::Move(Direction::Right),
        None,
    ),
    bind(
        &[Code(KeyCode::Up), C('k')],
        Action::Move(Direction::Up),
        None,
    ),
    bind(
        &[Code(KeyCode::Down), C('j')],
        Action::Move(Direction::Down),
        None,
    ),
    bind(
        &[Code(KeyCode::Home), C('0')],
        Action::FirstModule,
        help("Move", "Home End  0 $", "first / last module"),
    ),
    bind(&[Code(KeyCode::End), C('$')], Action::LastModule, None),
    bind(
        &[Code(KeyCode::PageUp)],
        Action::PageLeft,
        help("Move", "PgUp PgDn", "a screen of modules left / right"),
    ),
    bind(&[Code(KeyCode::PageDown)], Action::PageRight, None),
    bind(
        &[C(' ')],
        Action::ToggleMode,
        help("Cells", "Space", "toggle live / self-paced"),
    ),
    bind(
        &[C('K')],
        Action::OpenKindPicker,
        help(
            "Cells",
            "K",
            "kind: what learners do (video, quiz, workshop...) and its costs",
        ),
    ),
    bind(
        &[C('R')],
        Action::ToggleReuse,
        help(
            "Cells",
            "R",
            "reused: built already (a shared video, last run's replay), no build hours",
        ),
    ),
    bind(
        &[C('p')],
        Action::TogglePlanned,
        help("Cells", "p", "plan / unplan the cell (minutes 0)"),
    ),
    bind(
        &[C('+'), C('=')],
        Action::MinutesUp,
        help("Cells", "+ -  (= _)", "minutes up / down by 5"),
    ),
    bind(&[C('-'), C('_')], Action::MinutesDown, None),
    bind(
        &[C('e'), Code(KeyCode::Enter)],
        Action::EditActivity,
        help("Cells", "e  Enter", "edit the activity"),
    ),
    bind(
        &[C('s')],
        Action::NextSuggestion,
        help("Cells", "s", "next suggested activity from the article"),
    ),
    bind(
        &[C('m')],
        Action::OpenModeMenu,
        help(
            "Cells",
            "m",
            "modes: a row or module live / self-paced, or as recommended",
        ),
    ),
    bind(
        &[C('a')],
        Action::AddModule,
        help("Modules", "a", "add a module after this one"),
    ),
    bind(
        &[C('r')],
        Action::RenameModule,
        help("Modules", "r", "rename the module"),
    ),
    bind(
        &[C('D')],
        Action::DeleteModule,
        help("Modules", "D", "delete the module (u brings it back)"),
    ),
    bind(
        &[C('<'), C(',')],
        Action::MoveModule(Direction::Left),
        help("Modules", "< >  (, .)", "move the module left / right"),
    ),
    bind(
        &[C('>'), C('.')],
        Action::MoveModule(Direction::Right),
        None,
    ),
    bind(
        &[C('A')],
        Action::OpenAssumptions,
        help(
            "Course",
            "A",
            "assumptions: learners, sections, tutor groups, what each kind costs",
        ),
    ),
    bind(
        &[C('T')],
        Action::EditCourseTitle,
        help("Course", "T", "edit the course title"),
    ),
    bind(
        &[C('u')],
        Action::Undo,
        help("Course", "u  Ctrl-r", "undo / redo"),
    ),
    bind(&[Ctrl('r')], Action::Redo, None),
    bind(
        &[Ctrl('s')],
        Action::Save,
        help("Course", "Ctrl-s  W", "save / save as"),
    ),
    bind(&[C('W')], Action::SaveAs, None),
    bind(
        &[C('x')],
        Action::Export,
        help("Course", "x", "export: Markdown, RON or CSV"),
    ),
    bind(
        &[C('c')],
        Action::CycleView,
        help(
            "Course",
            "c",
            "charts: hours over cohorts, hours by cohort size (Esc: grid)",
        ),
    ),
    bind(
        &[C('b')],
        Action::PinBaseline,
        help(
            "Course",
            "b  B",
            "pin the plan as a baseline to compare against / clear it",
        ),
    ),
    bind(&[C('B')], Action::ClearBaseline, None),
    bind(
        &[C('t')],
        Action::StartTour,
        help(
            "Course",
            "t",
            "the guided tour (Enter/→ next, ← back, Esc ends)",
        ),
    ),
    bind(
        &[C('?'), Code(KeyCode::F(1))],
        Action::Help,
        help("Course", "?  F1", "this help"),
    ),
    bind(
        &[C('q')],
        Action::Quit,
        help(
            "Course",
            "q  Ctrl-c",
            "quit (asks when there are unsaved changes)",
        ),
    ),
    bind(
        &[Code(KeyCode::Esc)],
        Action::Cancel,
        help("Course", "Esc", "back to the grid from a chart"),
    ),
];

/// The key that does `action` on the grid, as messages name it ("u", "Ctrl-r",
/// "Space"): the first the table binds, so a message can never name a key
/// that does something else.
pub fn key(action: &Action) -> String {
    GRID.iter()
        .find(|binding| binding.action == *action)
        .and_then(|binding| binding.keys.first())
        .map_or_else(|| "?".to_owned(), |key| key.name())
}

/// The help overlay's groups, in order.
pub const HELP_GROUPS: [&str; 4] = ["Move", "Cells", "Modules", "Course"];

/// The mouse, which the table of keys cannot show.
pub const MOUSE_HELP: Help = Help {
    group: "Move",
    keys: "click, wheel",
    does: "select a cell (click again: toggle), scroll",
};

/// The help lines of one group, from the table (and the mouse's line).
pub fn help_lines(group: &str) -> Vec<Help> {
    let mut lines: Vec<Help> = GRID
        .iter()
        .filter_map(|binding| binding.help)
        .filter(|help| help.group == group)
        .collect();
    if MOUSE_HELP.group == group {
        lines.push(MOUSE_HELP);
    }
    lines
}

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
    // A question answers only to the plain key it shows: Ctrl-d or Alt-d is
    // not "d, discard". (Text fields take what the field can use.)
    let modified = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if modified && !typing(app) && answers_a_question(app) {
        return None;
    }
    match &app.screen {
        Screen::Start(start) if start.prompt.is_some() => super::text_prompt::keys(key, event),
        Screen::Start(_) => start_key(key),
        Screen::Editor(editor) => match &editor.overlay {
            // During the tour, its keys come first; the rest work as usual.
            None if editor.tour.is_some() => {
                let on_chart = editor.main_view != super::app::MainView::Grid;
                tour_key(key, on_chart).or_else(|| editor_key(key))
            }
            None => editor_key(key),
            Some(Overlay::Help { .. }) => super::help::keys(key),
            Some(
                overlay
                @ (Overlay::QuitPrompt | Overlay::ReadOnly | Overlay::ExternalChange { .. }),
            ) => super::file_questions::keys(overlay, key),
            Some(Overlay::Prompt(_)) => super::text_prompt::keys(key, event),
            Some(Overlay::ModeMenu) => super::mode_menu::keys(key),
            Some(Overlay::KindPicker(_)) => super::kind_picker::keys(key),
            Some(Overlay::Form(form)) if form.typing.is_some() => {
                super::text_prompt::keys(key, event)
            }
            Some(Overlay::Form(_)) => super::assumptions_form::keys(key),
            Some(Overlay::Export(_)) => super::export_dialog::keys(key, event),
            // No Esc here: the choice decides whether unsaved work is kept.
            Some(Overlay::Recovery { .. }) => super::recovery_dialog::keys(key),
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
                    | Overlay::KindPicker(_)
                    | Overlay::Form(_)
            )
        ),
        Screen::Start(_) => false,
    }
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
    GRID.iter()
        .find(|binding| binding.keys.iter().any(|k| k.matches(key)))
        .map(|binding| binding.action.clone())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every bound key is named on a help line of its group, and every help
    /// line belongs to a binding: the help can no longer miss a key.
    #[test]
    fn the_help_shows_every_bound_key() {
        let mut current: Option<Help> = None;
        for binding in GRID {
            if binding.help.is_some() {
                current = binding.help;
            }
            let help = current.expect("the first binding has a help line");
            for key in binding.keys {
                let name = key.name();
                assert!(
                    help.keys
                        .split_whitespace()
                        .any(|word| word.contains(name.as_str())),
                    "{name} ({:?}) is not on the help line {:?}",
                    binding.action,
                    help.keys
                );
            }
        }
        for group in HELP_GROUPS {
            assert!(!help_lines(group).is_empty(), "{group}");
        }
    }

    #[test]
    fn messages_name_the_keys_the_table_binds() {
        assert_eq!(key(&Action::Undo), "u");
        assert_eq!(key(&Action::Redo), "Ctrl-r");
        assert_eq!(key(&Action::ToggleMode), "Space");
        assert_eq!(key(&Action::OpenKindPicker), "K");
    }

    #[test]
    fn no_key_is_bound_twice() {
        let keys: Vec<Key> = GRID.iter().flat_map(|b| b.keys.iter().copied()).collect();
        for (i, key) in keys.iter().enumerate() {
            assert!(
                !keys[i + 1..].contains(key),
                "{} is bound twice",
                key.name()
            );
        }
    }
}
