//! How many learners finish: the two completion rates a plan's expected
//! completion is drawn between, by how many of its modules have a live
//! checkpoint.
//!
//! The defaults come from one study: the same programming MOOC, run on a
//! fixed schedule with deadlines, kept 45% of its learners; run self-paced,
//! 13% (Ihantola et al., FIE 2020, over 8,000 students). They are estimates
//! for courses like that one; a plan can set its own.

use std::fmt;

/// One of the two completion rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionField {
    /// The share that finishes when every module has a live checkpoint.
    WithCheckpoints,
    /// The share that finishes when no module has one.
    WithoutCheckpoints,
}

impl CompletionField {
    pub const ALL: [CompletionField; 2] = [
        CompletionField::WithCheckpoints,
        CompletionField::WithoutCheckpoints,
    ];

    /// The field name in the plan file's `assumptions`.
    pub fn key(self) -> &'static str {
        match self {
            CompletionField::WithCheckpoints => "completion_with_checkpoints",
            CompletionField::WithoutCheckpoints => "completion_without_checkpoints",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CompletionField::WithCheckpoints => "Completion with checkpoints (0-1)",
            CompletionField::WithoutCheckpoints => "Completion without checkpoints (0-1)",
        }
    }

    pub fn range(self) -> (f64, f64) {
        (0.0, 1.0)
    }

    pub fn default_value(self) -> f64 {
        match self {
            CompletionField::WithCheckpoints => 0.45,
            CompletionField::WithoutCheckpoints => 0.13,
        }
    }

    pub fn source(self) -> &'static str {
        match self {
            CompletionField::WithCheckpoints => {
                "45% finished a MOOC run on a fixed schedule (Ihantola et al. 2020); an estimate"
            }
            CompletionField::WithoutCheckpoints => {
                "13% finished the same MOOC run self-paced (Ihantola et al. 2020); an estimate"
            }
        }
    }
}

impl fmt::Display for CompletionField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The two completion rates, each in 0..=1 ([`Assumptions`](super::Assumptions) checks them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CompletionRates([f64; 2]);

impl Default for CompletionRates {
    fn default() -> CompletionRates {
        CompletionRates(CompletionField::ALL.map(CompletionField::default_value))
    }
}

impl CompletionRates {
    pub fn get(&self, field: CompletionField) -> f64 {
        self.0[field as usize]
    }

    pub(super) fn set(&mut self, field: CompletionField, value: f64) {
        self.0[field as usize] = value;
    }

    /// The share expected to finish when `accountability` (0..=1) of the
    /// modules have a live checkpoint: a straight line from the rate without
    /// checkpoints to the rate with them. Always between the two.
    pub fn expected(&self, accountability: f64) -> f64 {
        let (with, without) = (
            self.get(CompletionField::WithCheckpoints),
            self.get(CompletionField::WithoutCheckpoints),
        );
        let a = accountability.clamp(0.0, 1.0);
        // Weighted this way each end is exact (all checkpoints give exactly
        // the scheduled rate), and the clamp keeps rounding within the two.
        (without * (1.0 - a) + with * a).clamp(with.min(without), with.max(without))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_completion_runs_from_the_self_paced_rate_to_the_scheduled_one() {
        let rates = CompletionRates::default();
        assert_eq!(rates.expected(0.0), 0.13);
        assert_eq!(rates.expected(1.0), 0.45);
        // half the modules with a checkpoint: 0.13 + 0.32 * 0.5 = 0.29
        assert!((rates.expected(0.5) - 0.29).abs() < 1e-12);
    }
}
