//! One pass over a module's nine cells, in whole minutes, so that every figure
//! built on it is exact until the last division (and toggling a cell moves each
//! total by exactly its minutes).

use crate::model::{ActivityKind, GagneEvent, Mode, Module};

/// What the analysis needs to know about one module.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct ModuleTally {
    /// Learner minutes in planned live cells.
    pub live_minutes: u64,
    /// Learner minutes in planned self-paced cells.
    pub self_paced_minutes: u64,
    /// The kind of the module's practice (event 6), when it is planned.
    pub practice: Option<ActivityKind>,
    /// The mode of the module's feedback (event 7), when it is planned.
    pub feedback: Option<Mode>,
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
            match event {
                GagneEvent::ElicitPerformance => tally.practice = Some(cell.kind),
                GagneEvent::ProvideFeedback => tally.feedback = Some(mode),
                _ => {}
            }
        }
        tally
    }

    /// Learners practise with nothing to tell them how they did: the practice
    /// kind gives no feedback, and the module plans no feedback event.
    pub fn practice_without_feedback(&self) -> bool {
        self.practice.is_some_and(|kind| !kind.gives_feedback()) && self.feedback.is_none()
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

    fn cell(kind: ActivityKind, minutes: u16) -> Cell {
        Cell::new(kind, Minutes::new(minutes).unwrap())
    }

    #[test]
    fn unplanned_cells_count_for_nothing_whatever_their_mode() {
        let mut module = Module::new("M");
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Workshop, 0);
        *module.cell_mut(GagneEvent::PresentContent) = cell(ActivityKind::Video, 20);
        let tally = ModuleTally::of(&module);
        assert_eq!(tally.live_minutes, 0);
        assert_eq!(tally.self_paced_minutes, 20);
        assert_eq!((tally.practice, tally.feedback), (None, None));
        assert!(tally.is_planned());
        assert!(!tally.has_live());
    }

    #[test]
    fn practice_without_feedback_needs_a_silent_kind_and_no_feedback_event() {
        let mut module = Module::new("M");
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Practice, 30);
        assert!(ModuleTally::of(&module).practice_without_feedback());
        // a feedback event in either mode answers it
        *module.cell_mut(GagneEvent::ProvideFeedback) = cell(ActivityKind::PeerReview, 15);
        let tally = ModuleTally::of(&module);
        assert_eq!((tally.live_minutes, tally.self_paced_minutes), (0, 45));
        assert!(!tally.practice_without_feedback());
        // a quiz marks itself
        *module.cell_mut(GagneEvent::ProvideFeedback) = cell(ActivityKind::PeerReview, 0);
        *module.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Quiz, 30);
        assert!(!ModuleTally::of(&module).practice_without_feedback());
    }

    #[test]
    fn share_of_nothing_is_zero() {
        assert_eq!(share(0, 0), 0.0);
        assert_eq!(share(1, 4), 0.25);
    }
}
