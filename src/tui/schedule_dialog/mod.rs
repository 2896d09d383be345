//! The schedule dialog (`S`), whole: its keys and each change it makes to
//! the plan's schedule, here; its rows and state in `state`, the schedule
//! offered to a plan without one in `defaults`, zone-name completion in
//! `completion`, its drawing in `draw`.
//!
//! Every value applied is one edit of the course through
//! [`super::update::edit`], as the assumptions form's: undone by `u`, the
//! plan marked changed, the panel's figures fresh at once. A value refused
//! (a date that does not exist, an unknown zone) leaves the schedule as it
//! was and says why in the dialog, in the model's words.

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use jiff::ToSpan;
use tui_input::{Input, InputRequest};

use crate::model::{
    ClockTime, LearnerZones, ReachWindow, Schedule, ScheduleError, Zone, capitalized, parse_date,
    weekday_abbreviation,
};
use crate::present::date::session_date;

use super::action::Action;
use super::app::{Editor, Overlay};
use super::assumptions_form::TypedValue;
use super::update::edit;

mod completion;
mod defaults;
mod draw;
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

/// A refusal of the model, as the dialog shows it (a zone given twice in
/// the dialog's words: the model's names the plan file's `learner_zones`).
fn said(error: ScheduleError) -> String {
    match error {
        ScheduleError::DuplicateZone(zone) => {
            format!("{zone} is a learner zone already: change its weight on its row")
        }
        error => capitalized(&error.to_string()),
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

/// The row's value as typing starts from it (the first character typed
/// replaces it); nothing on the row that adds a zone.
fn typed_start(row: Row, schedule: &Schedule) -> String {
    match row {
        Row::Start => schedule.start.to_string(),
        Row::Weekday => weekday_abbreviation(schedule.live.weekday).to_owned(),
        Row::Time => schedule.live.time.to_string(),
        Row::Zone => schedule.live.zone.name().to_owned(),
        Row::ReachFrom => schedule.reach.from().to_string(),
        Row::ReachTo => schedule.reach.to().to_string(),
        Row::Learner(index) => learner_zones(schedule)
            .get(index)
            .map_or_else(String::new, |(_, weight)| weight.to_string()),
        Row::AddLearner => String::new(),
    }
}

/// The schedule's learner zones as a list to change (empty without any).
fn learner_zones(schedule: &Schedule) -> Vec<(Zone, f64)> {
    schedule
        .learner_zones
        .iter()
        .flat_map(|zones| zones.iter().map(|(zone, weight)| (zone.clone(), weight)))
        .collect()
}

/// Puts `zones` back into `schedule` (none at all when the list is empty).
fn set_learner_zones(schedule: &mut Schedule, zones: Vec<(Zone, f64)>) -> Result<(), String> {
    schedule.learner_zones = if zones.is_empty() {
        None
    } else {
        Some(LearnerZones::new(zones).map_err(said)?)
    };
    Ok(())
}

/// "starts 2027-01-11, first session Tue 12 Jan 2027".
fn starts(schedule: &Schedule) -> String {
    format!(
        "starts {}, first session {}",
        schedule.start,
        session_date(schedule.first_session())
    )
}

/// "learners can attend 08:00 to 22:00 their time".
fn window(schedule: &Schedule) -> String {
    format!(
        "learners can attend {} to {} their time",
        schedule.reach.from(),
        schedule.reach.to()
    )
}

/// `time` moved by `minutes`, around the clock.
fn shifted(time: ClockTime, minutes: i32) -> ClockTime {
    let moved = (i32::from(time.minutes()) + minutes).rem_euclid(24 * 60);
    ClockTime::new((moved / 60) as u8, (moved % 60) as u8).unwrap_or(time)
}

/// Sets the weight of learner zone `index` to `weight`.
fn set_weight(schedule: &mut Schedule, index: usize, weight: f64) -> Result<String, String> {
    let mut zones = learner_zones(schedule);
    let Some(entry) = zones.get_mut(index) else {
        return Err("That learner zone is gone (an undo took it away)".to_owned());
    };
    entry.1 = LearnerZones::check_weight(&entry.0, weight).map_err(said)?;
    let done = format!("{} weighs {weight}", entry.0.name());
    set_learner_zones(schedule, zones)?;
    Ok(done)
}

/// The value typed for `row`, applied; what it did, or why not.
fn set_typed(
    schedule: &mut Schedule,
    row: Row,
    text: &str,
    chosen: usize,
) -> Result<String, String> {
    let parse_time = |text: &str| text.trim().parse::<ClockTime>().map_err(said);
    match row {
        Row::Start => {
            schedule.start = parse_date(text.trim()).map_err(said)?;
            Ok(starts(schedule))
        }
        Row::Weekday => Ok(format!("live on {}", text)),
        Row::Time => {
            schedule.live.time = parse_time(text)?;
            Ok(format!("live slot {}", schedule.live))
        }
        Row::Zone => {
            schedule.live.zone = completion::resolve(text, chosen).map_err(said)?;
            Ok(format!("live slot {}", schedule.live))
        }
        Row::ReachFrom => {
            schedule.reach =
                ReachWindow::new(parse_time(text)?, schedule.reach.to()).map_err(said)?;
            Ok(window(schedule))
        }
        Row::ReachTo => {
            schedule.reach =
                ReachWindow::new(schedule.reach.from(), parse_time(text)?).map_err(said)?;
            Ok(window(schedule))
        }
        Row::Learner(index) => {
            let weight = text.trim().parse::<f64>().map_err(|_| {
                format!(
                    "\"{}\" is not a weight: type a count of learners (30) or a share (0.3)",
                    crate::present::printable::truncate(
                        &crate::present::printable::printable(text),
                        20
                    )
                )
            })?;
            set_weight(schedule, index, weight)
        }
        Row::AddLearner => {
            let zone = completion::resolve(text, chosen).map_err(said)?;
            let mut zones = learner_zones(schedule);
            // A new zone starts as small as the smallest: usually the few
            // learners elsewhere; its row is selected to type its weight.
            let weight = zones
                .iter()
                .map(|(_, weight)| *weight)
                .reduce(f64::min)
                .unwrap_or(1.0);
            let done = format!(
                "{} added, weighing {weight} (type a number to change it)",
                zone.name()
            );
            LearnerZones::push(&mut zones, zone, weight).map_err(said)?;
            set_learner_zones(schedule, zones)?;
            Ok(done)
        }
    }
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
        let result = apply(editor, dialog, |schedule| match row {
            Row::Start => {
                let moved = schedule
                    .start
                    .checked_add((7 * i64::from(by)).days())
                    .map_err(|_| "No such date: the calendar ends there".to_owned())?;
                // The model's range of years, in its words.
                schedule.start = parse_date(&moved.to_string()).map_err(said)?;
                Ok(starts(schedule))
            }
            Row::Weekday => {
                schedule.live.weekday = schedule.live.weekday.wrapping_add(by);
                Ok(format!("live slot {}", schedule.live))
            }
            Row::Time => {
                schedule.live.time = shifted(schedule.live.time, 30 * by);
                Ok(format!("live slot {}", schedule.live))
            }
            Row::ReachFrom | Row::ReachTo => {
                let (mut from, mut to) = (schedule.reach.from(), schedule.reach.to());
                if row == Row::ReachFrom {
                    from = shifted(from, 30 * by);
                } else {
                    to = shifted(to, 30 * by);
                }
                schedule.reach = ReachWindow::new(from, to).map_err(said)?;
                Ok(window(schedule))
            }
            Row::Learner(index) => {
                let weight = learner_zones(schedule)
                    .get(index)
                    .map_or(0.0, |(_, weight)| *weight)
                    + f64::from(by);
                if weight <= 0.0 {
                    return Err("A weight stays above 0: type a smaller one (0.5), \
                                or x removes the zone"
                        .to_owned());
                }
                set_weight(schedule, index, weight)
            }
            Row::Zone | Row::AddLearner => {
                Err("A zone is typed: any letter starts its name, Enter edits it".to_owned())
            }
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
            let mut zones = learner_zones(schedule);
            if index >= zones.len() {
                return Err("That learner zone is gone (an undo took it away)".to_owned());
            }
            let (zone, _) = zones.remove(index);
            set_learner_zones(schedule, zones)?;
            Ok(format!("{} removed from the learner zones", zone.name()))
        });
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
    });
}

/// Esc while a value is typed: the value stays as it was, the dialog open.
pub fn cancel_typing(dialog: &mut ScheduleDialog) {
    dialog.error = None;
    dialog.chosen = 0;
    dialog.typing = None;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> ClockTime {
        text.parse().unwrap()
    }

    #[test]
    fn times_move_around_the_clock() {
        assert_eq!(shifted(time("18:00"), 30), time("18:30"));
        assert_eq!(shifted(time("23:30"), 30), time("00:00"));
        assert_eq!(shifted(time("00:00"), -30), time("23:30"));
        assert_eq!(shifted(time("18:15"), -30), time("17:45"));
    }
}
