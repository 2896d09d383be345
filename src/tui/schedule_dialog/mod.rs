//! The schedule dialog (`S`), whole: its keys and update here; each change
//! to a schedule in `change`, its rows and state in `state`, the schedule
//! offered to a plan without one in `defaults`, zone-name completion in
//! `completion`, what it says in `shown`, its drawing in `draw`.
//!
//! Every value applied is one edit of the course through
//! [`super::update::edit`], as the assumptions form's: undone by `u`, the
//! plan marked changed, the panel's figures fresh at once. A value refused
//! (a date that does not exist, an unknown zone) leaves the schedule as it
//! was and says why in the dialog, in the model's words.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::{Input, InputRequest};

use crate::model::{Schedule, weekday_abbreviation};

use super::action::Action;
use super::app::{Editor, Overlay};
use super::assumptions_form::TypedValue;
use super::update::edit;
use change::{learner_zones, set_typed, typed_start};

mod change;
mod completion;
mod defaults;
mod draw;
mod shown;
mod state;

pub use completion::matches as zone_matches;
pub use defaults::{Today, offered};
pub use draw::draw;
pub use state::{Row, ScheduleDialog};

/// The dialog's keys on `row`. While a value is typed: Enter sets it, Esc
/// cancels it, and on a zone ↑↓ choose a completion and Tab takes it.
/// Otherwise ↑↓ (Tab, Shift-Tab, j k) choose a row, ←→ (h l, - +) change its
/// value, Enter or a character that can begin the value starts typing it
/// (every character on a zone row), x / Delete / Backspace remove a learner
/// zone, D the whole schedule, u undoes, Esc (q, S) closes.
pub fn keys(row: Row, typing: bool, key: KeyEvent, event: &Event) -> Option<Action> {
    if typing {
        return match key.code {
            KeyCode::Enter => Some(Action::Confirm),
            KeyCode::Esc => Some(Action::Cancel),
            KeyCode::Up if row.takes_a_zone() => Some(Action::Select(-1)),
            KeyCode::Down if row.takes_a_zone() => Some(Action::Select(1)),
            KeyCode::Tab if row.takes_a_zone() => Some(Action::Complete),
            KeyCode::Tab | KeyCode::BackTab | KeyCode::Up | KeyCode::Down => None,
            _ => tui_input::backend::crossterm::to_input_request(event).map(Action::Type),
        };
    }
    // On a zone row every printable character is the zone's name: "Tokyo",
    // "Kolkata", "Denver" start with the dialog's keys elsewhere (u, k, D).
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let (true, KeyCode::Char(c), true) = (row.takes_a_zone(), key.code, plain)
        && row.starts_typing(c)
    {
        return Some(Action::Type(InputRequest::InsertChar(c)));
    }
    let action = match key.code {
        KeyCode::Tab | KeyCode::Down | KeyCode::Char('j') => Action::Select(1),
        KeyCode::BackTab | KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char('+') | KeyCode::Char('=') => {
            Action::Adjust(1)
        }
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('S') => Action::Cancel,
        KeyCode::Char('u') => Action::Undo,
        KeyCode::Char('x') | KeyCode::Delete | KeyCode::Backspace => Action::ClearValue,
        KeyCode::Char('D') => Action::RemoveSchedule,
        KeyCode::Char(c) if plain && row.starts_typing(c) => {
            Action::Type(InputRequest::InsertChar(c))
        }
        _ => return None,
    };
    Some(action)
}

/// `S`: the dialog over the grid, on the plan's schedule or, for a plan
/// without one, on the schedule offered from today (`editor.today`, else
/// the system's date and zone).
pub fn open(editor: &mut Editor) {
    let today = editor.today.clone().unwrap_or_else(Today::system);
    editor.overlay = Some(Overlay::Schedule(ScheduleDialog::new(offered(&today))));
}

/// Runs `f` on the open schedule dialog, if it is the one open.
fn with_dialog(editor: &mut Editor, f: impl FnOnce(&mut Editor, &mut ScheduleDialog)) {
    match editor.overlay.take() {
        Some(Overlay::Schedule(mut dialog)) => {
            f(editor, &mut dialog);
            editor.overlay = Some(Overlay::Schedule(dialog));
        }
        other => editor.overlay = other,
    }
}

/// Applies `change` to the schedule shown (the plan's, or the offer, which
/// this puts into the plan) as one edit of the course; `change` says what it
/// did, or why not, and a refusal leaves the plan as it was.
fn apply(
    editor: &mut Editor,
    dialog: &ScheduleDialog,
    change: impl FnOnce(&mut Schedule) -> Result<String, String>,
) -> Result<(), String> {
    let mut schedule = dialog.shown(&editor.course).clone();
    let done = change(&mut schedule)?;
    let done = match editor.course.schedule {
        None => format!("Schedule added: {done}"),
        Some(_) => format!("Schedule: {done}"),
    };
    edit(editor, done, |course| {
        course.schedule = Some(schedule);
        Ok(())
    });
    Ok(())
}

/// Enter: start typing the selected row's value, or apply the value typed.
/// On the weekday, which has nothing to type, Enter takes the value shown
/// (so a plan without a schedule can take the offer as it is).
pub fn confirm(editor: &mut Editor, mut dialog: ScheduleDialog) -> ScheduleDialog {
    let row = dialog.selected(&editor.course);
    let Some(typed) = dialog.typing.take() else {
        if row == Row::Weekday {
            let weekday = weekday_abbreviation(dialog.shown(&editor.course).live.weekday);
            let result = apply(editor, &dialog, |schedule| {
                set_typed(schedule, row, weekday, 0)
            });
            dialog.error = result.err();
        } else {
            let start = typed_start(row, dialog.shown(&editor.course));
            dialog.typing = Some(TypedValue::of(start));
            dialog.chosen = 0;
            dialog.error = None;
        }
        return dialog;
    };
    let text = typed.input.value().to_owned();
    if row == Row::AddLearner && text.trim().is_empty() {
        dialog.error = None;
        return dialog;
    }
    let learners_before = learner_zones(dialog.shown(&editor.course)).len();
    let chosen = dialog.chosen;
    match apply(editor, &dialog, |schedule| {
        set_typed(schedule, row, &text, chosen)
    }) {
        Ok(()) => {
            dialog.error = None;
            dialog.chosen = 0;
            if row == Row::AddLearner {
                dialog.select_row(Row::Learner(learners_before), &editor.course);
            }
        }
        Err(message) => {
            dialog.error = Some(message);
            dialog.typing = Some(typed);
        }
    }
    dialog
}

/// A key of typing: into the value being typed, or (a character that can
/// begin the row's value) starting a new one, which replaces the old.
pub fn type_into(editor: &mut Editor, request: InputRequest) {
    with_dialog(editor, |editor, dialog| {
        let row = dialog.selected(&editor.course);
        if row == Row::Weekday {
            return;
        }
        let start = TypedValue::of(typed_start(row, dialog.shown(&editor.course)));
        let mut typed = dialog.typing.take().unwrap_or(start);
        typed.handle(request);
        dialog.typing = Some(typed);
        dialog.chosen = 0;
        dialog.error = None;
    });
}

/// A paste on a row with a value to type: typing starts, with the old value
/// selected, so that the pasted text replaces it as typed text would.
pub fn ready_for_paste(editor: &mut Editor) {
    with_dialog(editor, |editor, dialog| {
        let row = dialog.selected(&editor.course);
        if dialog.typing.is_none() && row != Row::Weekday {
            dialog.typing = Some(TypedValue::of(typed_start(
                row,
                dialog.shown(&editor.course),
            )));
            dialog.chosen = 0;
        }
    });
}

/// Tab on a zone being typed: the chosen completion becomes the text.
pub fn complete(editor: &mut Editor) {
    with_dialog(editor, |editor, dialog| {
        let listed = dialog.completions(&editor.course);
        if let Some(name) = listed.get(dialog.chosen.min(listed.len().saturating_sub(1))) {
            dialog.typing = Some(TypedValue {
                input: Input::new((*name).to_owned()),
                replaces: false,
            });
            dialog.chosen = 0;
            dialog.error = None;
        }
    });
}

/// ↑↓: another row, or while a zone is typed another of its completions.
pub fn select(editor: &mut Editor, by: i32) {
    with_dialog(editor, |editor, dialog| {
        if dialog.typing.is_some() {
            let listed = dialog.completions(&editor.course).len();
            let last = listed.saturating_sub(1) as i64;
            dialog.chosen = (dialog.chosen as i64 + i64::from(by)).clamp(0, last) as usize;
        } else {
            dialog.select(by, &editor.course);
        }
    });
}

/// ←→ on a row: the start a week earlier or later, the weekday before or
/// after, a time 30 minutes earlier or later, a learner zone's weight by 1.
pub fn adjust(editor: &mut Editor, by: i32) {
    with_dialog(editor, |editor, dialog| {
        let row = dialog.selected(&editor.course);
        let result = apply(editor, dialog, |schedule| {
            change::adjusted(schedule, row, by)
        });
        dialog.error = result.err();
    });
}

/// x, Delete or Backspace: the selected learner zone leaves the schedule
/// (with the last, the schedule has no learner zones and no reach).
pub fn clear(editor: &mut Editor) {
    with_dialog(editor, |editor, dialog| {
        let Row::Learner(index) = dialog.selected(&editor.course) else {
            dialog.error = Some(
                "x removes a learner zone, on its row; D removes the whole schedule".to_owned(),
            );
            return;
        };
        let result = apply(editor, dialog, |schedule| {
            change::remove_learner(schedule, index)
        });
        // Off the row to add a zone, where u and x would type a name: onto
        // the zone now last, or with none left the row above them.
        if result.is_ok() && dialog.selected(&editor.course) == Row::AddLearner {
            let left = learner_zones(dialog.shown(&editor.course)).len();
            let row = left.checked_sub(1).map_or(Row::ReachTo, Row::Learner);
            dialog.select_row(row, &editor.course);
        }
        dialog.error = result.err();
    });
}

/// D: the plan without a schedule (u brings it back); the dialog offers
/// its suggestions again.
pub fn remove_schedule(editor: &mut Editor) {
    with_dialog(editor, |editor, dialog| {
        if editor.course.schedule.is_none() {
            dialog.error = Some("The plan has no schedule yet: nothing to remove".to_owned());
            return;
        }
        let undo = super::keymap::key(&Action::Undo);
        edit(
            editor,
            format!("Schedule removed ({undo} brings it back)"),
            |course| {
                course.schedule = None;
                Ok(())
            },
        );
        dialog.typing = None;
        dialog.error = None;
        // On the first row, where u brings it back (on a zone row it would type).
        dialog.select_row(Row::Start, &editor.course);
    });
}

/// Esc while a value is typed: the value stays as it was, the dialog open.
/// Also after an undo or redo under the dialog: a message about the value it
/// had, or a value half typed, no longer applies.
pub fn cancel_typing(dialog: &mut ScheduleDialog) {
    dialog.error = None;
    dialog.chosen = 0;
    dialog.typing = None;
}
