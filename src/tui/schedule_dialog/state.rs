//! The schedule dialog's state: its rows (the start, the live slot, the
//! instructor's zone, the reach window, then each learner zone and a row to
//! add one), the selected row, a value being typed with the completion
//! chosen for it, and the schedule offered to a plan that has none.

use crate::model::{Course, Schedule};

use super::super::assumptions_form::TypedValue;
use super::completion;

/// One row of the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The start date, typed YYYY-MM-DD.
    Start,
    /// The live weekday, ←→ from Monday to Sunday.
    Weekday,
    /// The live time, typed HH:MM, on the instructor's clock.
    Time,
    /// The instructor's time zone, typed with completion.
    Zone,
    /// The reach window's first and end time of day, on learners' clocks.
    ReachFrom,
    ReachTo,
    /// The learner zone at this place in the schedule's list: its weight.
    Learner(usize),
    /// Under the learner zones: a zone typed here is added.
    AddLearner,
}

impl Row {
    /// The rows every schedule has, before its learner zones.
    pub const FIXED: [Row; 6] = [
        Row::Start,
        Row::Weekday,
        Row::Time,
        Row::Zone,
        Row::ReachFrom,
        Row::ReachTo,
    ];

    /// Every row of a schedule with `learners` learner zones, top to bottom.
    pub fn all(learners: usize) -> Vec<Row> {
        Row::FIXED
            .into_iter()
            .chain((0..learners).map(Row::Learner))
            .chain([Row::AddLearner])
            .collect()
    }

    pub fn label(self) -> &'static str {
        match self {
            Row::Start => "Start date",
            Row::Weekday => "Live weekday",
            Row::Time => "Live time",
            Row::Zone => "Instructor zone",
            Row::ReachFrom => "Reach from",
            Row::ReachTo => "Reach to",
            Row::Learner(_) => "Learners",
            Row::AddLearner => "+ add a zone",
        }
    }

    /// Whether the row's value is a zone name: every character types it
    /// (letters are the dialog's keys elsewhere).
    pub fn takes_a_zone(self) -> bool {
        matches!(self, Row::Zone | Row::AddLearner)
    }

    /// Whether a character typed on the row starts typing its value: any
    /// printable one on a zone row, a digit on a date or a time, a digit or
    /// a point on a weight; never on the weekday, which ←→ choose.
    pub fn starts_typing(self, c: char) -> bool {
        match self {
            Row::Zone | Row::AddLearner => !c.is_control(),
            Row::Start | Row::Time | Row::ReachFrom | Row::ReachTo => c.is_ascii_digit(),
            Row::Learner(_) => c.is_ascii_digit() || c == '.',
            Row::Weekday => false,
        }
    }
}

/// The dialog's state. The schedule it shows is the plan's, or when the plan
/// has none the one offered; the offer goes into the plan with the first
/// value changed or confirmed, never by opening and closing the dialog.
#[derive(Debug, Clone)]
pub struct ScheduleDialog {
    /// The selected row, an index into [`ScheduleDialog::rows`].
    pub row: usize,
    /// A value being typed for the selected row.
    pub typing: Option<TypedValue>,
    /// The completion ↑↓ chose among those listed under a zone being typed.
    pub chosen: usize,
    /// Why the last value was refused, in the model's words.
    pub error: Option<String>,
    /// What the dialog offers a plan without a schedule.
    pub offered: Schedule,
}

impl ScheduleDialog {
    pub fn new(offered: Schedule) -> ScheduleDialog {
        ScheduleDialog {
            row: 0,
            typing: None,
            chosen: 0,
            error: None,
            offered,
        }
    }

    /// The schedule shown: the plan's, or the one offered.
    pub fn shown<'a>(&'a self, course: &'a Course) -> &'a Schedule {
        course.schedule.as_ref().unwrap_or(&self.offered)
    }

    /// The rows for the schedule shown.
    pub fn rows(&self, course: &Course) -> Vec<Row> {
        let learners = self
            .shown(course)
            .learner_zones
            .as_ref()
            .map_or(0, |zones| zones.iter().count());
        Row::all(learners)
    }

    /// The selected row (the last, when an undo took rows away).
    pub fn selected(&self, course: &Course) -> Row {
        let rows = self.rows(course);
        rows[self.row.min(rows.len() - 1)]
    }

    /// ↑↓, Tab and Shift-Tab: the row `by` away, within the dialog.
    pub fn select(&mut self, by: i32, course: &Course) {
        let last = self.rows(course).len() as i64 - 1;
        self.row = (self.row.min(last as usize) as i64 + i64::from(by)).clamp(0, last) as usize;
        self.typing = None;
        self.error = None;
    }

    /// Selects `row` when the dialog has it.
    pub fn select_row(&mut self, row: Row, course: &Course) {
        if let Some(index) = self.rows(course).iter().position(|r| *r == row) {
            self.row = index;
        }
    }

    /// The zone names listed under a zone being typed: none before the
    /// first character typed (the old value is still selected then).
    pub fn completions(&self, course: &Course) -> Vec<&'static str> {
        match &self.typing {
            Some(typed) if !typed.replaces && self.selected(course).takes_a_zone() => {
                // A zone listed already is not offered again to be added.
                let listed = match self.selected(course) {
                    Row::AddLearner => super::change::learner_zones(self.shown(course)),
                    _ => Vec::new(),
                };
                let listed: Vec<&str> = listed.iter().map(|(zone, _)| zone.name()).collect();
                completion::matches(typed.input.value(), completion::SHOWN, &listed)
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::Sample;

    #[test]
    fn the_rows_are_the_fixed_ones_then_each_learner_zone_then_add() {
        let course = Sample::MasterBaker.course();
        let offered = course.schedule.clone().unwrap();
        let dialog = ScheduleDialog::new(offered);
        let rows = dialog.rows(&course);
        assert_eq!(rows[..6], Row::FIXED);
        assert_eq!(
            rows[6..],
            [
                Row::Learner(0),
                Row::Learner(1),
                Row::Learner(2),
                Row::AddLearner
            ]
        );
    }

    #[test]
    fn the_selection_stays_within_the_rows_even_after_they_shrink() {
        let mut course = Sample::MasterBaker.course();
        let mut dialog = ScheduleDialog::new(course.schedule.clone().unwrap());
        dialog.select(100, &course);
        assert_eq!(dialog.selected(&course), Row::AddLearner);
        dialog.select(-1, &course);
        assert_eq!(dialog.selected(&course), Row::Learner(2));
        // An undo takes the learner zones away: the last row is selected.
        course.schedule.as_mut().unwrap().learner_zones = None;
        assert_eq!(dialog.selected(&course), Row::AddLearner);
        dialog.select(-1, &course);
        assert_eq!(dialog.selected(&course), Row::ReachTo);
    }

    #[test]
    fn zone_rows_type_any_character_dates_and_times_digits() {
        assert!(Row::Zone.starts_typing('t') && Row::AddLearner.starts_typing('x'));
        assert!(Row::Start.starts_typing('2') && !Row::Start.starts_typing('x'));
        assert!(Row::Learner(0).starts_typing('.'));
        assert!(!Row::Weekday.starts_typing('1'));
    }
}
