//! The grid's key table: every binding with its help line, the hint bar, and
//! the key names messages use. Dispatch (`super`) and the help overlay read it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::tui::action::{Action, Direction};

/// A key as the table names it: a character, a special key, or Ctrl with a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
}

impl Key {
    pub(super) fn matches(self, key: KeyEvent) -> bool {
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
        &[
            C('1'),
            C('2'),
            C('3'),
            C('4'),
            C('5'),
            C('6'),
            C('7'),
            C('8'),
            C('9'),
        ],
        // The digit pressed replaces this one (see `super::editor_key`).
        Action::TypeMinutes('1'),
        help(
            "Cells",
            "1-9",
            "type the minutes (Enter sets them, Esc cancels)",
        ),
    ),
    bind(
        &[C('f')],
        Action::OpenFillMenu,
        help(
            "Cells",
            "f",
            "fill: this cell's minutes, mode or kind across its row or module",
        ),
    ),
    bind(
        &[C('y')],
        Action::CopyCell,
        help(
            "Cells",
            "y  P",
            "copy the cell / paste it onto the selected cell",
        ),
    ),
    bind(&[C('P')], Action::PasteCell, None),
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
        &[C('w')],
        Action::SetWeeks,
        help(
            "Modules",
            "w",
            "set how many weeks the module runs (1 to 52)",
        ),
    ),
    bind(
        &[C('D')],
        Action::DeleteModule,
        help("Modules", "D", "delete the module (u brings it back)"),
    ),
    bind(
        &[C('Y')],
        Action::DuplicateModule,
        help(
            "Modules",
            "Y",
            "duplicate the module (the copy goes after it)",
        ),
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
        &[Code(KeyCode::Tab)],
        Action::FocusPanel,
        help(
            "Course",
            "Tab",
            "keys to the panel: ↑↓ PgUp PgDn Home End scroll it, Tab or Esc back",
        ),
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
        &[C('S')],
        Action::OpenSchedule,
        help(
            "Course",
            "S",
            "schedule: start date, live slot, learners' time zones, reach",
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
        &[C('M')],
        Action::ToggleChartCost,
        help(
            "Course",
            "M",
            "money: the cumulative chart in cost / in staff hours (needs an instructor rate)",
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
        &[Ctrl('z')],
        Action::Suspend,
        help(
            "Course",
            "Ctrl-z",
            "suspend: back to the shell (any screen); fg returns",
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
                // "1-9" names every digit from 1 to 9.
                let in_range = |word: &str| match word.as_bytes() {
                    [a, b'-', b] => name.len() == 1 && (*a..=*b).contains(&name.as_bytes()[0]),
                    _ => false,
                };
                assert!(
                    help.keys
                        .split_whitespace()
                        .any(|word| word.contains(name.as_str()) || in_range(word)),
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
