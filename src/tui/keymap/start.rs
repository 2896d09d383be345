//! The start screen's key table: every binding with the words its hint line
//! shows, and the delete question's two answers. Dispatch (`super`) and the
//! start screen's hint line read it, so the hint can never miss a key.

use crossterm::event::{KeyCode, KeyEvent};

use super::grid::{Binding, Help, Key};
use crate::tui::action::Action;

const fn bind(keys: &'static [Key], action: Action, help: Option<Help>) -> Binding {
    Binding { keys, action, help }
}

const fn hint(keys: &'static str, does: &'static str) -> Option<Help> {
    Some(Help {
        group: "Start",
        keys,
        does,
    })
}

use Key::{Char as C, Code};

/// Every key of the start screen.
pub const START: &[Binding] = &[
    bind(
        &[Code(KeyCode::Up), C('k')],
        Action::Select(-1),
        hint("↑↓", "choose"),
    ),
    bind(&[Code(KeyCode::Down), C('j')], Action::Select(1), None),
    bind(
        &[Code(KeyCode::Enter)],
        Action::Confirm,
        hint("Enter", "open"),
    ),
    bind(&[C('n')], Action::NewPlan, hint("n", "new plan")),
    bind(&[C('d')], Action::OpenDemo, hint("d", "demo")),
    bind(&[C('o')], Action::OpenPlanFile, hint("o", "open a file")),
    bind(&[C('r')], Action::RenamePlan, hint("r", "rename")),
    bind(&[C('D')], Action::DeletePlan, hint("D", "delete")),
    bind(&[C('u')], Action::Undo, hint("u", "undo delete")),
    bind(
        &[C('q'), Code(KeyCode::Esc)],
        Action::Quit,
        hint("q", "quit"),
    ),
];

/// The delete question: only the answers it shows.
pub const CONFIRM_DELETE: &[Binding] = &[
    bind(
        &[C('y')],
        Action::Confirm,
        hint("y", "move it to the trash"),
    ),
    bind(
        &[C('n'), Code(KeyCode::Esc)],
        Action::Cancel,
        hint("n", "keep it"),
    ),
];

/// The action `key` means in `table`.
pub fn action_in(table: &[Binding], key: KeyEvent) -> Option<Action> {
    table
        .iter()
        .find(|binding| binding.keys.iter().any(|k| k.matches(key)))
        .map(|binding| binding.action.clone())
}

/// `Enter open · n new plan · …`: the table's hints, in its order.
pub fn hint_line(table: &[Binding]) -> String {
    table
        .iter()
        .filter_map(|binding| binding.help)
        .map(|help| format!("{} {}", help.keys, help.does))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    #[test]
    fn no_key_is_bound_twice_on_the_start_screen_or_its_question() {
        for table in [START, CONFIRM_DELETE] {
            let keys: Vec<Key> = table.iter().flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(key), "{key:?} is bound twice");
            }
        }
    }

    #[test]
    fn the_hint_line_names_every_binding_but_the_second_arrow() {
        let line = hint_line(START);
        for binding in START {
            let Some(help) = binding.help else {
                continue;
            };
            assert!(line.contains(&format!("{} {}", help.keys, help.does)));
        }
        assert!(line.contains("D delete") && line.contains("o open a file"));
        assert!(line.contains("r rename") && line.contains("u undo delete"));
        let shift_d = KeyEvent::new(KeyCode::Char('D'), KeyModifiers::NONE);
        assert_eq!(action_in(START, shift_d), Some(Action::DeletePlan));
        let y = KeyEvent::new(KeyCode::Char('y'), KeyModifiers::NONE);
        assert_eq!(action_in(CONFIRM_DELETE, y), Some(Action::Confirm));
        assert_eq!(action_in(START, y), None);
    }
}
