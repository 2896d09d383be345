//! One cell of the grid: how one event of one module is delivered.

use std::fmt;

use super::event::Mode;

/// Minutes of learner time, 0 to [`Minutes::MAX`]; 0 means "not planned".
///
/// The bound lives in the type so that no part of coursegrid (editor, loader,
/// analysis) can hold a cell of ten hours by accident.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Minutes(u16);

impl Minutes {
    /// Ten hours: the longest a single event of a single module may run.
    pub const MAX: Minutes = Minutes(600);
    /// Not planned.
    pub const ZERO: Minutes = Minutes(0);
    /// The step the editor uses for minutes up and down.
    pub const STEP: u16 = 5;

    /// `None` when `minutes` is over [`Minutes::MAX`].
    pub fn new(minutes: u16) -> Option<Minutes> {
        (minutes <= Self::MAX.0).then_some(Minutes(minutes))
    }

    pub fn get(self) -> u16 {
        self.0
    }

    /// As hours of learner time.
    pub fn hours(self) -> f64 {
        f64::from(self.0) / 60.0
    }

    /// One step up, stopping at [`Minutes::MAX`].
    pub fn step_up(self) -> Minutes {
        Minutes((self.0 + Self::STEP).min(Self::MAX.0))
    }

    /// One step down, stopping at zero.
    pub fn step_down(self) -> Minutes {
        Minutes(self.0.saturating_sub(Self::STEP))
    }
}

impl fmt::Display for Minutes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// How one event of one module is delivered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cell {
    pub mode: Mode,
    pub minutes: Minutes,
    pub activity: Option<String>,
}

impl Cell {
    /// A cell of `minutes` in `mode`, with no activity text.
    pub fn new(mode: Mode, minutes: Minutes) -> Cell {
        Cell {
            mode,
            minutes,
            activity: None,
        }
    }

    /// A cell with some learner time in it; only planned cells count in the analysis.
    pub fn is_planned(&self) -> bool {
        self.minutes > Minutes::ZERO
    }

    /// The mode, when the cell is planned.
    pub fn planned_mode(&self) -> Option<Mode> {
        self.is_planned().then_some(self.mode)
    }
}

impl Default for Cell {
    /// What an event missing from a plan file means: self-paced, not planned.
    fn default() -> Cell {
        Cell::new(Mode::SelfPaced, Minutes::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_refuse_more_than_ten_hours() {
        assert_eq!(Minutes::new(600), Some(Minutes::MAX));
        assert_eq!(Minutes::new(601), None);
    }

    #[test]
    fn minutes_step_in_fives_within_bounds() {
        assert_eq!(Minutes::ZERO.step_down(), Minutes::ZERO);
        assert_eq!(Minutes::ZERO.step_up().get(), 5);
        assert_eq!(Minutes::new(598).unwrap().step_up(), Minutes::MAX);
        assert_eq!(Minutes::new(3).unwrap().step_down(), Minutes::ZERO);
    }

    #[test]
    fn a_cell_is_planned_only_with_minutes() {
        assert!(!Cell::default().is_planned());
        assert_eq!(
            Cell::new(Mode::Live, Minutes::new(30).unwrap()).planned_mode(),
            Some(Mode::Live)
        );
        assert_eq!(Cell::new(Mode::Live, Minutes::ZERO).planned_mode(), None);
    }
}
