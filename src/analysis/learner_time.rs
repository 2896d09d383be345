//! Learner time: what the plan asks of each learner, live and on their own.

use serde::Serialize;

use super::tally::{ModuleTally, hours};

/// Hours each learner spends, for the whole course and module by module.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LearnerTime {
    /// Live hours per learner.
    pub live_hours: f64,
    /// Self-paced hours per learner.
    pub self_paced_hours: f64,
    /// One entry per module, in course order (unplanned modules are zeros).
    pub per_module: Vec<ModuleTime>,
}

/// One module's learner hours.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ModuleTime {
    pub live_hours: f64,
    pub self_paced_hours: f64,
}

impl ModuleTime {
    pub fn total_hours(&self) -> f64 {
        self.live_hours + self.self_paced_hours
    }
}

impl LearnerTime {
    pub(crate) fn of(tallies: &[ModuleTally]) -> LearnerTime {
        let (live, self_paced) = tallies.iter().fold((0, 0), |(live, sp), t| {
            (live + t.live_minutes, sp + t.self_paced_minutes)
        });
        LearnerTime {
            live_hours: hours(live),
            self_paced_hours: hours(self_paced),
            per_module: tallies
                .iter()
                .map(|t| ModuleTime {
                    live_hours: hours(t.live_minutes),
                    self_paced_hours: hours(t.self_paced_minutes),
                })
                .collect(),
        }
    }

    pub fn total_hours(&self) -> f64 {
        self.live_hours + self.self_paced_hours
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learner_hours_add_up_by_module_and_mode() {
        let tallies = [
            ModuleTally {
                live_minutes: 30,
                self_paced_minutes: 45,
                ..ModuleTally::default()
            },
            ModuleTally::default(),
            ModuleTally {
                live_minutes: 90,
                self_paced_minutes: 0,
                ..ModuleTally::default()
            },
        ];
        let time = LearnerTime::of(&tallies);
        // live 30 + 90 = 120 min = 2.0 h; self-paced 45 min = 0.75 h
        assert_eq!((time.live_hours, time.self_paced_hours), (2.0, 0.75));
        assert_eq!(time.total_hours(), 2.75);
        assert_eq!(time.per_module.len(), 3);
        assert_eq!(time.per_module[0].total_hours(), 1.25);
        assert_eq!(time.per_module[1].total_hours(), 0.0);
        assert_eq!(time.per_module[2].live_hours, 1.5);
    }
}
