//! The Line of Understanding: how closely the plan follows the reference
//! article's advice (events 1-4 and 8-9 self-paced, events 5-7 live), and
//! where it departs, with the article's reason.

use serde::Serialize;

use crate::model::{Course, GagneEvent, Mode};

/// Planned cells against the mode their event is recommended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineOfUnderstanding {
    /// Planned cells whose mode is their event's recommended mode.
    pub aligned_cells: usize,
    /// Cells with learner time.
    pub planned_cells: usize,
    /// The planned cells that depart from the recommendation, in grid order
    /// (module by module, events in Gagné's order).
    pub deviations: Vec<Deviation>,
}

/// One planned cell in the other mode than its event's recommended one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deviation {
    /// Index (0-based) of the module.
    pub module: usize,
    pub module_title: String,
    pub event: GagneEvent,
    pub chosen: Mode,
    pub recommended: Mode,
    /// Why the article recommends the other mode, in one line.
    pub reason: &'static str,
}

impl LineOfUnderstanding {
    pub fn of(course: &Course) -> LineOfUnderstanding {
        let mut line = LineOfUnderstanding {
            aligned_cells: 0,
            planned_cells: 0,
            deviations: Vec::new(),
        };
        for (index, module) in course.modules().iter().enumerate() {
            for (event, cell) in module.cells() {
                let Some(chosen) = cell.planned_mode() else {
                    continue;
                };
                line.planned_cells += 1;
                let recommended = event.recommended_mode();
                if chosen == recommended {
                    line.aligned_cells += 1;
                } else {
                    line.deviations.push(Deviation {
                        module: index,
                        module_title: module.title.clone(),
                        event,
                        chosen,
                        recommended,
                        reason: event.recommendation_reason(),
                    });
                }
            }
        }
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumptions, Cell, Minutes, Module};

    #[test]
    fn deviations_name_the_cell_and_give_the_articles_reason() {
        let mut first = Module::recommended("Sourcing");
        // practice self-paced (recommended live), and an unplanned cell in the wrong mode
        first.cell_mut(GagneEvent::ElicitPerformance).mode = Mode::SelfPaced;
        *first.cell_mut(GagneEvent::GainAttention) = Cell::new(Mode::Live, Minutes::ZERO);
        let mut second = Module::new("Baking");
        *second.cell_mut(GagneEvent::PresentContent) =
            Cell::new(Mode::Live, Minutes::new(45).unwrap());
        let course = Course::new("Bread", Assumptions::default(), vec![first, second]).unwrap();
        let line = LineOfUnderstanding::of(&course);
        // module 1: 8 planned (attention unplanned), 7 aligned; module 2: 1 planned, 0 aligned
        assert_eq!((line.aligned_cells, line.planned_cells), (7, 9));
        assert_eq!(
            line.deviations[0],
            Deviation {
                module: 0,
                module_title: "Sourcing".into(),
                event: GagneEvent::ElicitPerformance,
                chosen: Mode::SelfPaced,
                recommended: Mode::Live,
                reason: GagneEvent::ElicitPerformance.recommendation_reason(),
            }
        );
        assert_eq!(line.deviations[1].module, 1);
        assert_eq!(line.deviations[1].event, GagneEvent::PresentContent);
        assert_eq!(line.deviations[1].recommended, Mode::SelfPaced);
        assert_eq!(line.deviations.len(), 2);
    }

    #[test]
    fn a_recommended_plan_is_fully_aligned() {
        let course = Course::with_recommended_modules("Bread", 4).unwrap();
        let line = LineOfUnderstanding::of(&course);
        // 4 modules * 9 planned events
        assert_eq!((line.aligned_cells, line.planned_cells), (36, 36));
        assert!(line.deviations.is_empty());
    }
}
