//! Completion: how many learners are expected to finish, drawn between the
//! plan's two completion rates by its share of modules with a live checkpoint.
//!
//! The reference article's main warning about self-paced work is "getting
//! people to actually complete the work"; the defaults put a number on it
//! (45% on a fixed schedule, 13% self-paced: Ihantola et al. 2020). Live
//! checkpoints stand in for that study's fixed schedule with deadlines, so
//! this is an estimate, for courses like the one studied.

use serde::Serialize;

use super::accountability::Accountability;
use crate::model::Assumptions;

/// Who is expected to finish the course.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Completion {
    /// The share of learners expected to finish, between the two rates.
    #[serde(rename = "expected_completion")]
    pub expected: f64,
    /// Learners per cohort times that share.
    #[serde(rename = "expected_completers_per_cohort")]
    pub completers_per_cohort: f64,
}

impl Completion {
    pub fn of(accountability: &Accountability, assumptions: &Assumptions) -> Completion {
        let expected = assumptions.completion().expected(accountability.share);
        Completion {
            expected,
            completers_per_cohort: f64::from(assumptions.learners_per_cohort()) * expected,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze;
    use crate::model::{Course, GagneEvent, Mode};

    #[test]
    fn a_checkpoint_in_every_module_gets_the_scheduled_rate_and_none_the_self_paced_one() {
        let mut course = Course::with_recommended_modules("Bread", 4).unwrap();
        // the recommended module has live cells (events 5-7) in every module
        let all = analyze(&course).completion;
        assert!((all.expected - 0.45).abs() < 1e-12);
        assert!((all.completers_per_cohort - 24.0 * 0.45).abs() < 1e-9);
        // live cells taken out of modules 1 and 2: 2 of 4 modules keep a checkpoint
        for module in &mut course.modules_mut()[..2] {
            for event in GagneEvent::ALL {
                module.cell_mut(event).set_mode(event, Mode::SelfPaced);
            }
        }
        let half = analyze(&course).completion;
        // 0.13 + (0.45 - 0.13) * 0.5 = 0.29; 24 * 0.29 = 6.96
        assert!((half.expected - 0.29).abs() < 1e-12);
        assert!((half.completers_per_cohort - 6.96).abs() < 1e-9);
        for module in course.modules_mut() {
            for event in GagneEvent::ALL {
                module.cell_mut(event).set_mode(event, Mode::SelfPaced);
            }
        }
        assert_eq!(analyze(&course).completion.expected, 0.13);
    }
}
