//! The Line of Understanding: how closely the plan follows the reference
//! article's advice (events 1-4 and 8-9 self-paced, events 5-7 live), and
//! where it departs, with the article's reason.
//!
//! One departure is the article's own design, not a departure: practice done
//! at home (self-paced) with the feedback on it given live in the same module
//! ("bake at home, film yourself, get feedback in the live class").

use serde::Serialize;

use super::tally::share;
use crate::model::{Course, GagneEvent, Mode};

/// Planned cells against the mode their event is recommended.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LineOfUnderstanding {
    /// Planned cells whose mode is their event's recommended mode.
    pub aligned_cells: usize,
    /// Cells with learner time.
    pub planned_cells: usize,
    /// Aligned minutes over planned minutes, 0..=1 (0 when nothing is planned):
    /// a five-minute opener weighs less than a ninety-minute practice.
    pub aligned_minutes_share: f64,
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
            aligned_minutes_share: 0.0,
            deviations: Vec::new(),
        };
        let (mut aligned_minutes, mut planned_minutes) = (0, 0);
        for (index, module) in course.modules().iter().enumerate() {
            for (event, cell) in module.cells() {
                let Some(chosen) = cell.planned_mode() else {
                    continue;
                };
                let minutes = u64::from(cell.minutes.get());
                line.planned_cells += 1;
                planned_minutes += minutes;
                let recommended = event.recommended_mode();
                if !module.departs(event) {
                    line.aligned_cells += 1;
                    aligned_minutes += minutes;
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
        line.aligned_minutes_share = share(aligned_minutes, planned_minutes);
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumptions, Cell, Minutes, Module};

    /// A module in its recommended modes but for practice, made self-paced.
    fn practice_at_home(title: &str) -> Module {
        let mut module = Module::recommended(title);
        module
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        module
    }

    #[test]
    fn deviations_name_the_cell_and_give_the_articles_reason() {
        // practice self-paced (recommended live) with no live feedback, and an
        // unplanned cell in the wrong mode
        let mut first = practice_at_home("Sourcing");
        first.cell_mut(GagneEvent::ProvideFeedback).minutes = Minutes::ZERO;
        *first.cell_mut(GagneEvent::GainAttention) =
            Cell::in_mode(GagneEvent::GainAttention, Mode::Live, Minutes::ZERO);
        let mut second = Module::new("Baking");
        *second.cell_mut(GagneEvent::PresentContent) = Cell::in_mode(
            GagneEvent::PresentContent,
            Mode::Live,
            Minutes::new(45).unwrap(),
        );
        let course = Course::new("Bread", Assumptions::default(), vec![first, second]).unwrap();
        let line = LineOfUnderstanding::of(&course);
        // module 1: 7 planned (attention and feedback unplanned), 6 aligned;
        // module 2: 1 planned, 0 aligned
        assert_eq!((line.aligned_cells, line.planned_cells), (6, 8));
        // minutes: module 1 plans 5+10+20+30+30+15+15 = 125, of which practice (30)
        // departs; module 2's 45 depart: aligned 95 of 170
        assert!((line.aligned_minutes_share - 95.0 / 170.0).abs() < 1e-12);
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
        assert_eq!(line.aligned_minutes_share, 1.0);
        assert!(line.deviations.is_empty());
    }

    #[test]
    fn practice_at_home_with_live_feedback_is_the_articles_own_design() {
        let mut module = practice_at_home("Baking");
        let course = Course::new("Bread", Assumptions::default(), vec![module.clone()]).unwrap();
        let line = LineOfUnderstanding::of(&course);
        assert_eq!((line.aligned_cells, line.planned_cells), (9, 9));
        // made self-paced, the feedback no longer covers the practice: both depart
        module
            .cell_mut(GagneEvent::ProvideFeedback)
            .set_mode(GagneEvent::ProvideFeedback, Mode::SelfPaced);
        let course = Course::new("Bread", Assumptions::default(), vec![module]).unwrap();
        let line = LineOfUnderstanding::of(&course);
        assert_eq!((line.aligned_cells, line.planned_cells), (7, 9));
    }
}
