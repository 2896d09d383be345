//! One pass over a module's nine cells, in whole minutes, so that every figure
//! built on it is exact until the last division (and toggling a cell moves each
//! total by exactly its minutes).

use crate::model::{BloomBand, Mode, Module};

/// What the analysis needs to know about one module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ModuleTally {
    /// Learner minutes in planned live cells.
    pub live_minutes: u64,
    /// Learner minutes in planned self-paced cells.
    pub self_paced_minutes: u64,
    /// At least one of events 5-7 (guidance, practice, feedback) is planned.
    pub practice_planned: bool,
    /// At least one planned cell of events 5-7 is live.
    pub practice_live: bool,
}

impl ModuleTally {
    pub fn of(module: &Module) -> ModuleTally {
        let mut tally = ModuleTally::default();
        for (event, cell) in module.cells() {
            let Some(mode) = cell.planned_mode() else {
                continue;
            };
            let minutes = u64::from(cell.minutes.get());
            match mode {
                Mode::Live => tally.live_minutes += minutes,
                Mode::SelfPaced => tally.self_paced_minutes += minutes,
            }
            if event.bloom_band() == BloomBand::ApplyAnalyze {
                tally.practice_planned = true;
                tally.practice_live |= mode == Mode::Live;
            }
        }
        tally
    }

    pub fn is_planned(&self) -> bool {
        self.live_minutes + self.self_paced_minutes > 0
    }

    pub fn has_live(&self) -> bool {
        self.live_minutes > 0
    }
}

/// Whole minutes as hours.
pub(crate) fn hours(minutes: u64) -> f64 {
    // Exact for any course: at most 1000 modules * 9 cells * 600 minutes.
    minutes as f64 / 60.0
}

/// `part / whole`, 0 when the whole is 0, so that an empty plan has no NaN.
pub(crate) fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, GagneEvent, Minutes};

    fn cell(mode: Mode, minutes: u16) -> Cell {
        Cell::new(mode, Minutes::new(minutes).unwrap())
    }

    #[test]
    fn unplanned_cells_count_for_nothing_whatever_their_mode() {
        let mut module = Module::new("M");
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(Mode::Live, 0);
        *module.cell_mut(GagneEvent::PresentContent) = cell(Mode::SelfPaced, 20);
        let tally = ModuleTally::of(&module);
        assert_eq!(tally.live_minutes, 0);
        assert_eq!(tally.self_paced_minutes, 20);
        assert!(!tally.practice_planned);
        assert!(!tally.practice_live);
        assert!(tally.is_planned());
        assert!(!tally.has_live());
    }

    #[test]
    fn practice_is_live_when_any_planned_event_five_to_seven_is_live() {
        let mut module = Module::new("M");
        *module.cell_mut(GagneEvent::ProvideGuidance) = cell(Mode::SelfPaced, 30);
        *module.cell_mut(GagneEvent::ProvideFeedback) = cell(Mode::Live, 15);
        let tally = ModuleTally::of(&module);
        // 30 self-paced + 15 live
        assert_eq!((tally.live_minutes, tally.self_paced_minutes), (15, 30));
        assert!(tally.practice_planned && tally.practice_live);
    }

    #[test]
    fn share_of_nothing_is_zero() {
        assert_eq!(share(0, 0), 0.0);
        assert_eq!(share(1, 4), 0.25);
    }
}
