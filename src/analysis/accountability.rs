//! Accountability: how often learners meet the instructor and each other live.
//!
//! The reference article: "When a week is allowed for completing a self-paced
//! activity, many learners put it off till right before the next live class";
//! a live session is the checkpoint that gets self-paced work done.

use serde::Serialize;

use super::tally::{ModuleTally, hours, share};

/// Live checkpoints across the plan's modules.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Accountability {
    /// Modules with at least one planned live cell.
    pub live_checkpoints: usize,
    /// Modules with any planned cell.
    pub planned_modules: usize,
    /// Live checkpoints over planned modules, 0..=1 (0 when nothing is planned).
    pub share: f64,
    /// The longest run of planned modules with no live cell, if any.
    pub longest_self_paced_stretch: Option<Stretch>,
}

/// A run of consecutive planned modules with no live cell. Modules with no
/// planned cell are skipped: they neither break nor extend a run, so `first`
/// to `last` may span more modules than `modules`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stretch {
    /// Index (0-based) of the run's first module.
    pub first: usize,
    /// Index (0-based) of the run's last module.
    pub last: usize,
    /// Planned modules in the run.
    pub modules: usize,
    /// Self-paced learner hours of the run (per learner).
    pub learner_hours: f64,
}

/// A stretch while it is being walked, in whole minutes so ties compare exactly.
#[derive(Clone, Copy)]
struct Run {
    first: usize,
    last: usize,
    modules: usize,
    minutes: u64,
}

impl Run {
    /// Longer in modules wins; equally long, more minutes wins; a full tie keeps the earlier.
    fn beats(&self, other: &Run) -> bool {
        (self.modules, self.minutes) > (other.modules, other.minutes)
    }

    fn stretch(&self) -> Stretch {
        Stretch {
            first: self.first,
            last: self.last,
            modules: self.modules,
            learner_hours: hours(self.minutes),
        }
    }
}

impl Accountability {
    pub(crate) fn of(tallies: &[ModuleTally]) -> Accountability {
        let mut live_checkpoints = 0;
        let mut planned_modules = 0;
        let mut current: Option<Run> = None;
        let mut longest: Option<Run> = None;
        for (index, tally) in tallies.iter().enumerate() {
            if !tally.is_planned() {
                continue;
            }
            planned_modules += 1;
            if tally.has_live() {
                live_checkpoints += 1;
                current = None;
                continue;
            }
            let run = match current {
                Some(run) => Run {
                    last: index,
                    modules: run.modules + 1,
                    minutes: run.minutes + tally.self_paced_minutes,
                    ..run
                },
                None => Run {
                    first: index,
                    last: index,
                    modules: 1,
                    minutes: tally.self_paced_minutes,
                },
            };
            current = Some(run);
            if longest.is_none_or(|best| run.beats(&best)) {
                longest = Some(run);
            }
        }
        Accountability {
            live_checkpoints,
            planned_modules,
            share: share(live_checkpoints as u64, planned_modules as u64),
            longest_self_paced_stretch: longest.map(|run| run.stretch()),
        }
    }

    /// Modules in the longest self-paced stretch (0 when every planned module has a live cell).
    pub fn longest_stretch_modules(&self) -> usize {
        self.longest_self_paced_stretch.map_or(0, |s| s.modules)
    }

    /// Self-paced learner hours of the longest stretch (0 when there is none).
    pub fn longest_stretch_hours(&self) -> f64 {
        self.longest_self_paced_stretch
            .map_or(0.0, |s| s.learner_hours)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIVE: ModuleTally = ModuleTally {
        live_minutes: 30,
        self_paced_minutes: 30,
        practice: None,
        feedback: None,
    };
    const EMPTY: ModuleTally = ModuleTally {
        live_minutes: 0,
        self_paced_minutes: 0,
        practice: None,
        feedback: None,
    };

    fn self_paced(minutes: u64) -> ModuleTally {
        ModuleTally {
            self_paced_minutes: minutes,
            ..EMPTY
        }
    }

    #[test]
    fn unplanned_modules_neither_break_nor_extend_a_stretch() {
        // live, sp 60, (empty), sp 30, live, sp 90, sp 90
        let tallies = [
            LIVE,
            self_paced(60),
            EMPTY,
            self_paced(30),
            LIVE,
            self_paced(90),
            self_paced(90),
        ];
        let a = Accountability::of(&tallies);
        // checkpoints: modules 0 and 4; planned: all but module 2 = 6; share 2/6
        assert_eq!((a.live_checkpoints, a.planned_modules), (2, 6));
        assert!((a.share - 1.0 / 3.0).abs() < 1e-12);
        // runs: {1, 3} = 2 modules, 90 min; {5, 6} = 2 modules, 180 min -> the second, 3.0 h
        assert_eq!(
            a.longest_self_paced_stretch,
            Some(Stretch {
                first: 5,
                last: 6,
                modules: 2,
                learner_hours: 3.0
            })
        );
    }

    #[test]
    fn a_stretch_may_span_skipped_modules() {
        // sp 60, (empty), (empty), sp 60, live
        let a = Accountability::of(&[self_paced(60), EMPTY, EMPTY, self_paced(60), LIVE]);
        let s = a.longest_self_paced_stretch.unwrap();
        // first 0, last 3, but only 2 planned modules: 2.0 h
        assert_eq!((s.first, s.last, s.modules), (0, 3, 2));
        assert_eq!(s.learner_hours, 2.0);
    }

    #[test]
    fn the_longer_stretch_in_modules_beats_the_one_with_more_hours() {
        // sp 600 | live | sp 5, sp 5 -> 2 modules of 10 min beats 1 module of 600 min
        let a = Accountability::of(&[self_paced(600), LIVE, self_paced(5), self_paced(5)]);
        assert_eq!(a.longest_stretch_modules(), 2);
        assert!((a.longest_stretch_hours() - 10.0 / 60.0).abs() < 1e-12);
    }

    #[test]
    fn equal_stretches_keep_the_earlier() {
        let a = Accountability::of(&[self_paced(60), LIVE, self_paced(60)]);
        assert_eq!(a.longest_self_paced_stretch.unwrap().first, 0);
    }

    #[test]
    fn every_module_live_has_no_stretch() {
        let a = Accountability::of(&[LIVE, EMPTY, LIVE]);
        assert_eq!((a.live_checkpoints, a.planned_modules), (2, 2));
        assert_eq!(a.share, 1.0);
        assert_eq!(a.longest_self_paced_stretch, None);
        assert_eq!(
            (a.longest_stretch_modules(), a.longest_stretch_hours()),
            (0, 0.0)
        );
    }

    #[test]
    fn nothing_planned_scores_zero_not_nan() {
        let a = Accountability::of(&[EMPTY, EMPTY]);
        assert_eq!((a.live_checkpoints, a.planned_modules), (0, 0));
        assert_eq!(a.share, 0.0);
        assert_eq!(a.longest_self_paced_stretch, None);
    }
}
