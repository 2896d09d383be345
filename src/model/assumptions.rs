//! The numbers a plan's tradeoffs rest on: cohort size, section size, build
//! ratios and support time. Every value is held within its documented range.

use std::fmt;

/// One assumption of a plan: its name in the plan file, its label, its range
/// and default. The loader, the editor's form and the README all read this table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Assumption {
    LearnersPerCohort,
    CohortsPerYear,
    LiveSectionMax,
    CohostAbove,
    LiveBuildHoursPerHour,
    SelfPacedBuildHoursPerHour,
    SupportMinutesPerLearnerHour,
}

impl Assumption {
    pub const ALL: [Assumption; 7] = [
        Assumption::LearnersPerCohort,
        Assumption::CohortsPerYear,
        Assumption::LiveSectionMax,
        Assumption::CohostAbove,
        Assumption::LiveBuildHoursPerHour,
        Assumption::SelfPacedBuildHoursPerHour,
        Assumption::SupportMinutesPerLearnerHour,
    ];

    /// The field name in the plan file.
    pub fn key(self) -> &'static str {
        match self {
            Assumption::LearnersPerCohort => "learners_per_cohort",
            Assumption::CohortsPerYear => "cohorts_per_year",
            Assumption::LiveSectionMax => "live_section_max",
            Assumption::CohostAbove => "cohost_above",
            Assumption::LiveBuildHoursPerHour => "live_build_hours_per_hour",
            Assumption::SelfPacedBuildHoursPerHour => "self_paced_build_hours_per_hour",
            Assumption::SupportMinutesPerLearnerHour => "support_minutes_per_learner_hour",
        }
    }

    /// What a person reads in a form or a report.
    pub fn label(self) -> &'static str {
        match self {
            Assumption::LearnersPerCohort => "Learners per cohort",
            Assumption::CohortsPerYear => "Cohorts per year",
            Assumption::LiveSectionMax => "Largest live section",
            Assumption::CohostAbove => "Co-host above (learners)",
            Assumption::LiveBuildHoursPerHour => "Build hours per live hour",
            Assumption::SelfPacedBuildHoursPerHour => "Build hours per self-paced hour",
            Assumption::SupportMinutesPerLearnerHour => "Support minutes per learner-hour",
        }
    }

    /// Whole numbers (counts of people) rather than ratios.
    pub fn is_whole(self) -> bool {
        matches!(
            self,
            Assumption::LearnersPerCohort
                | Assumption::CohortsPerYear
                | Assumption::LiveSectionMax
                | Assumption::CohostAbove
        )
    }

    /// The smallest and largest accepted value. The upper bounds are far past
    /// any real course; they exist so that no figure can overflow or lose meaning.
    pub fn range(self) -> (f64, f64) {
        match self {
            Assumption::LearnersPerCohort => (1.0, 1_000_000.0),
            Assumption::CohortsPerYear => (1.0, 1_000.0),
            Assumption::LiveSectionMax => (1.0, 100_000.0),
            Assumption::CohostAbove => (0.0, 100_000.0),
            Assumption::LiveBuildHoursPerHour | Assumption::SelfPacedBuildHoursPerHour => {
                (0.0, 10_000.0)
            }
            Assumption::SupportMinutesPerLearnerHour => (0.0, 600.0),
        }
    }

    /// The default, as the README's "The model" section sources it.
    pub fn default_value(self) -> f64 {
        Assumptions::default().get(self)
    }

    /// Where the default comes from, in one line.
    pub fn source(self) -> &'static str {
        match self {
            Assumption::LearnersPerCohort => "a typical small online cohort",
            Assumption::CohortsPerYear => "one cohort a quarter",
            Assumption::LiveSectionMax => {
                "live online classes of 12-20 (Boettcher 1999; LaBorie & Stone 2015)"
            }
            Assumption::CohostAbove => {
                "past about 15-20 learners a live session needs a second person (the reference article)"
            }
            Assumption::LiveBuildHoursPerHour => {
                "academics report 8-10 hours to plan one hour of lecture; corporate instructor-led training runs 43:1 (Chapman 2010)"
            }
            Assumption::SelfPacedBuildHoursPerHour => {
                "a plain 10-minute video takes about 6.5 hours; e-learning runs 79:1 to 490:1 (Chapman 2010)"
            }
            Assumption::SupportMinutesPerLearnerHour => {
                "online teaching averages 12.7 hours a week for 22 students, most of it grading and discussion"
            }
        }
    }

    /// Checks `value` against this assumption's range.
    pub fn check(self, value: f64) -> Result<f64, AssumptionError> {
        let (min, max) = self.range();
        let error = |problem| AssumptionError {
            assumption: self,
            value,
            problem,
        };
        if !value.is_finite() {
            return Err(error(Problem::NotFinite));
        }
        if self.is_whole() && value.fract() != 0.0 {
            return Err(error(Problem::NotWhole));
        }
        if value < min {
            return Err(error(Problem::BelowMin(min)));
        }
        if value > max {
            return Err(error(Problem::AboveMax(max)));
        }
        // -0.0 passes `value < 0.0`; keep it as the 0 it means, never written `-0.0`.
        Ok(if value == 0.0 { 0.0 } else { value })
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A value refused for an assumption, with a message written for the user.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{assumption} {problem}, found {value}")]
pub struct AssumptionError {
    pub assumption: Assumption,
    pub value: f64,
    problem: Problem,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Problem {
    NotFinite,
    NotWhole,
    BelowMin(f64),
    AboveMax(f64),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotFinite => f.write_str("must be a finite number"),
            Problem::NotWhole => f.write_str("must be a whole number"),
            Problem::BelowMin(min) => write!(f, "must be at least {min}"),
            Problem::AboveMax(max) => write!(f, "must be at most {max}"),
        }
    }
}

/// A plan's assumptions, each within its [`Assumption::range`].
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Assumptions {
    learners_per_cohort: u32,
    cohorts_per_year: u32,
    live_section_max: u32,
    cohost_above: u32,
    live_build_hours_per_hour: f64,
    self_paced_build_hours_per_hour: f64,
    support_minutes_per_learner_hour: f64,
}

impl Default for Assumptions {
    fn default() -> Assumptions {
        Assumptions {
            learners_per_cohort: 24,
            cohorts_per_year: 4,
            live_section_max: 20,
            cohost_above: 15,
            live_build_hours_per_hour: 10.0,
            self_paced_build_hours_per_hour: 40.0,
            support_minutes_per_learner_hour: 3.0,
        }
    }
}

impl Assumptions {
    pub fn learners_per_cohort(&self) -> u32 {
        self.learners_per_cohort
    }
    pub fn cohorts_per_year(&self) -> u32 {
        self.cohorts_per_year
    }
    pub fn live_section_max(&self) -> u32 {
        self.live_section_max
    }
    pub fn cohost_above(&self) -> u32 {
        self.cohost_above
    }
    pub fn live_build_hours_per_hour(&self) -> f64 {
        self.live_build_hours_per_hour
    }
    pub fn self_paced_build_hours_per_hour(&self) -> f64 {
        self.self_paced_build_hours_per_hour
    }
    pub fn support_minutes_per_learner_hour(&self) -> f64 {
        self.support_minutes_per_learner_hour
    }

    /// The value of one assumption, as a number.
    pub fn get(&self, assumption: Assumption) -> f64 {
        match assumption {
            Assumption::LearnersPerCohort => f64::from(self.learners_per_cohort),
            Assumption::CohortsPerYear => f64::from(self.cohorts_per_year),
            Assumption::LiveSectionMax => f64::from(self.live_section_max),
            Assumption::CohostAbove => f64::from(self.cohost_above),
            Assumption::LiveBuildHoursPerHour => self.live_build_hours_per_hour,
            Assumption::SelfPacedBuildHoursPerHour => self.self_paced_build_hours_per_hour,
            Assumption::SupportMinutesPerLearnerHour => self.support_minutes_per_learner_hour,
        }
    }

    /// Sets one assumption, refusing a value outside its range (the old value stays).
    pub fn set(&mut self, assumption: Assumption, value: f64) -> Result<(), AssumptionError> {
        let value = assumption.check(value)?;
        // `check` guarantees whole values within u32 range for the counts.
        let whole = value as u32;
        match assumption {
            Assumption::LearnersPerCohort => self.learners_per_cohort = whole,
            Assumption::CohortsPerYear => self.cohorts_per_year = whole,
            Assumption::LiveSectionMax => self.live_section_max = whole,
            Assumption::CohostAbove => self.cohost_above = whole,
            Assumption::LiveBuildHoursPerHour => self.live_build_hours_per_hour = value,
            Assumption::SelfPacedBuildHoursPerHour => self.self_paced_build_hours_per_hour = value,
            Assumption::SupportMinutesPerLearnerHour => {
                self.support_minutes_per_learner_hour = value
            }
        }
        Ok(())
    }

    /// A copy with one assumption changed; `None` when the value is out of range.
    pub fn with(&self, assumption: Assumption, value: f64) -> Option<Assumptions> {
        let mut changed = *self;
        changed.set(assumption, value).ok()?;
        Some(changed)
    }
}

/// Named pairs of build ratios (hours of preparation per hour of learner time),
/// for planners who know their situation better than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildPreset {
    /// One person with a webcam and slides: quick live prep, simple videos.
    SoloCreator,
    /// The defaults: academics' 8-10 h per lecture hour, about 40 h per finished video hour.
    Academic,
    /// Corporate training figures (Chapman 2010): 43:1 instructor-led, 79:1 basic e-learning.
    Corporate,
    /// Interactive e-learning (Chapman 2010's level 2: 184:1; level 3 runs to 490:1).
    HighProduction,
}

impl BuildPreset {
    pub const ALL: [BuildPreset; 4] = [
        BuildPreset::SoloCreator,
        BuildPreset::Academic,
        BuildPreset::Corporate,
        BuildPreset::HighProduction,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BuildPreset::SoloCreator => "solo creator",
            BuildPreset::Academic => "academic",
            BuildPreset::Corporate => "corporate",
            BuildPreset::HighProduction => "high production",
        }
    }

    /// (live build hours per hour, self-paced build hours per hour)
    pub fn ratios(self) -> (f64, f64) {
        match self {
            BuildPreset::SoloCreator => (4.0, 20.0),
            BuildPreset::Academic => (10.0, 40.0),
            BuildPreset::Corporate => (43.0, 79.0),
            BuildPreset::HighProduction => (43.0, 184.0),
        }
    }

    /// Applies both ratios to `assumptions`.
    pub fn apply(self, assumptions: &mut Assumptions) {
        let (live, self_paced) = self.ratios();
        assumptions.live_build_hours_per_hour = live;
        assumptions.self_paced_build_hours_per_hour = self_paced;
    }

    /// The preset whose ratios `assumptions` hold exactly, if any.
    pub fn matching(assumptions: &Assumptions) -> Option<BuildPreset> {
        BuildPreset::ALL.into_iter().find(|preset| {
            preset.ratios()
                == (
                    assumptions.live_build_hours_per_hour,
                    assumptions.self_paced_build_hours_per_hour,
                )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        let a = Assumptions::default();
        assert_eq!(a.learners_per_cohort(), 24);
        assert_eq!(a.cohorts_per_year(), 4);
        assert_eq!(a.live_section_max(), 20);
        assert_eq!(a.cohost_above(), 15);
        assert_eq!(a.live_build_hours_per_hour(), 10.0);
        assert_eq!(a.self_paced_build_hours_per_hour(), 40.0);
        assert_eq!(a.support_minutes_per_learner_hour(), 3.0);
        assert_eq!(BuildPreset::matching(&a), Some(BuildPreset::Academic));
    }

    #[test]
    fn out_of_range_values_are_refused_and_leave_the_old_value() {
        let mut a = Assumptions::default();
        let err = a.set(Assumption::LearnersPerCohort, 0.0).unwrap_err();
        assert_eq!(
            err.to_string(),
            "learners_per_cohort must be at least 1, found 0"
        );
        assert_eq!(a.learners_per_cohort(), 24);
        let err = a.set(Assumption::LiveSectionMax, 2.5).unwrap_err();
        assert_eq!(
            err.to_string(),
            "live_section_max must be a whole number, found 2.5"
        );
        let err = a
            .set(Assumption::LiveBuildHoursPerHour, f64::NAN)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "live_build_hours_per_hour must be a finite number, found NaN"
        );
        assert!(
            a.set(Assumption::SupportMinutesPerLearnerHour, -1.0)
                .is_err()
        );
        assert!(a.set(Assumption::CohortsPerYear, 1e12).is_err());
        assert_eq!(a, Assumptions::default());
    }

    #[test]
    fn cohost_above_may_be_zero() {
        let a = Assumptions::default()
            .with(Assumption::CohostAbove, 0.0)
            .unwrap();
        assert_eq!(a.cohost_above(), 0);
    }

    #[test]
    fn presets_set_both_ratios() {
        let mut a = Assumptions::default();
        BuildPreset::Corporate.apply(&mut a);
        assert_eq!(a.live_build_hours_per_hour(), 43.0);
        assert_eq!(a.self_paced_build_hours_per_hour(), 79.0);
        assert_eq!(BuildPreset::matching(&a), Some(BuildPreset::Corporate));
    }
}
