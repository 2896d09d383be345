//! Filling one cell's minutes, mode or kind across its row (every module)
//! or its module (every event): what a spreadsheet's fill does, with the
//! plan's own rules.

use super::cell::Cell;
use super::course::Course;
use super::event::GagneEvent;

/// What of the source cell is copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    Minutes,
    /// Live or self-paced, by the toggle's rule: a cell that changes mode
    /// takes its event's usual kind for it and is no longer reused.
    Mode,
    /// Only into cells of the kind's mode: a kind never changes a mode.
    Kind,
}

/// Where it is copied to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Across {
    /// One event in every module.
    Row(GagneEvent),
    /// Every event of one module (by index).
    Module(usize),
}

impl Course {
    /// Copies `what` of `source` into every planned cell `across` (unplanned
    /// cells stay unplanned: a fill never adds learner time where the plan
    /// has none). Returns how many cells changed.
    pub fn fill(&mut self, source: &Cell, what: Fill, across: Across) -> usize {
        let mut changed = 0;
        let mut apply = |event: GagneEvent, cell: &mut Cell| {
            if !cell.is_planned() {
                return;
            }
            let before = cell.clone();
            match what {
                Fill::Minutes => cell.minutes = source.minutes,
                Fill::Mode => cell.set_mode(event, source.mode()),
                Fill::Kind if cell.mode() == source.mode() => cell.kind = source.kind,
                Fill::Kind => {}
            }
            changed += usize::from(*cell != before);
        };
        match across {
            Across::Row(event) => {
                for module in self.modules_mut() {
                    apply(event, module.cell_mut(event));
                }
            }
            Across::Module(index) => {
                if let Some(module) = self.modules_mut().get_mut(index) {
                    for event in GagneEvent::ALL {
                        apply(event, module.cell_mut(event));
                    }
                }
            }
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActivityKind, Minutes, Mode};
    use crate::samples::Sample;

    fn minutes(n: u16) -> Minutes {
        Minutes::new(n).unwrap()
    }

    #[test]
    fn minutes_fill_the_planned_cells_of_a_row_and_leave_the_unplanned_alone() {
        // Master Baker, event 5 (guidance): modules 1, 2 and 5 unplanned, 3 and 4 at 45.
        let mut course = Sample::MasterBaker.course();
        let event = GagneEvent::ProvideGuidance;
        let source = Cell::new(ActivityKind::Session, minutes(60));
        assert_eq!(course.fill(&source, Fill::Minutes, Across::Row(event)), 2);
        let row: Vec<u16> = course
            .modules()
            .iter()
            .map(|m| m.cell(event).minutes.get())
            .collect();
        assert_eq!(row, [0, 0, 60, 60, 0]);
        // Again: nothing left to change.
        assert_eq!(course.fill(&source, Fill::Minutes, Across::Row(event)), 0);
    }

    #[test]
    fn a_kind_fills_only_cells_of_its_mode_and_a_mode_follows_the_toggle_rule() {
        let mut course = Sample::MasterBaker.course();
        // Module 3: events 1-4, 6, 8, 9 self-paced; 5 and 7 live.
        let video = Cell::new(ActivityKind::Video, minutes(10));
        let changed = course.fill(&video, Fill::Kind, Across::Module(2));
        let module = &course.modules()[2];
        assert_eq!(module.cell(GagneEvent::ProvideGuidance).mode(), Mode::Live);
        assert_eq!(
            module.cell(GagneEvent::StimulateRecall).kind,
            ActivityKind::Video
        );
        // Seven self-paced cells, of which two were videos already.
        assert_eq!(changed, 5);

        let live = Cell::new(ActivityKind::Workshop, minutes(10));
        course.fill(&live, Fill::Mode, Across::Module(2));
        let module = &course.modules()[2];
        for (event, cell) in module.cells() {
            assert_eq!(cell.mode(), Mode::Live, "{event:?}");
            assert!(!cell.reuse);
        }
        // A toggled cell takes its event's usual live kind, not the source's.
        assert_eq!(
            module.cell(GagneEvent::StimulateRecall).kind,
            GagneEvent::StimulateRecall.default_kind(Mode::Live)
        );
        // The live cells kept their own kinds (critique stays critique).
        assert_eq!(
            module.cell(GagneEvent::ProvideFeedback).kind,
            ActivityKind::Critique
        );
    }
}
