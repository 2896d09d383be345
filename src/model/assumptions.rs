//! The numbers a plan's tradeoffs rest on: cohort size, sections, tutor
//! groups, how often learners meet live, and what each activity kind costs.
//! Every value is held within its documented range.

use std::fmt;

use super::completion::{CompletionField, CompletionRates};

const WITH: CompletionField = CompletionField::WithCheckpoints;
const WITHOUT: CompletionField = CompletionField::WithoutCheckpoints;
use super::kind::{ActivityKind, KindCosts, KindField};
use super::money::{Money, MoneyField};

/// One plain assumption of a plan: its name in the plan file, its label, its
/// range and default. The loader, the editor's form and the README all read this table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Assumption {
    LearnersPerCohort,
    CohortsPerYear,
    LiveSectionMax,
    CohostAbove,
    TutorGroupSize,
    CheckpointEveryWeeks,
    LearnerWeekLimitHours,
}

impl Assumption {
    pub const ALL: [Assumption; 7] = [
        Assumption::LearnersPerCohort,
        Assumption::CohortsPerYear,
        Assumption::LiveSectionMax,
        Assumption::CohostAbove,
        Assumption::TutorGroupSize,
        Assumption::CheckpointEveryWeeks,
        Assumption::LearnerWeekLimitHours,
    ];

    /// The field name in the plan file.
    pub fn key(self) -> &'static str {
        match self {
            Assumption::LearnersPerCohort => "learners_per_cohort",
            Assumption::CohortsPerYear => "cohorts_per_year",
            Assumption::LiveSectionMax => "live_section_max",
            Assumption::CohostAbove => "cohost_above",
            Assumption::TutorGroupSize => "tutor_group_size",
            Assumption::CheckpointEveryWeeks => "checkpoint_every_weeks",
            Assumption::LearnerWeekLimitHours => "learner_week_limit_hours",
        }
    }

    /// What a person reads in a form or a report.
    pub fn label(self) -> &'static str {
        match self {
            Assumption::LearnersPerCohort => "Learners per cohort",
            Assumption::CohortsPerYear => "Cohorts per year",
            Assumption::LiveSectionMax => "Largest live section",
            Assumption::CohostAbove => "Co-host above (learners)",
            Assumption::TutorGroupSize => "Tutor group size",
            Assumption::CheckpointEveryWeeks => "Live checkpoint every (weeks)",
            Assumption::LearnerWeekLimitHours => "Learner hours a week, at most",
        }
    }

    /// The smallest and largest accepted value. The upper bounds are far past
    /// any real course; they exist so that no figure can overflow or lose meaning.
    pub fn range(self) -> (f64, f64) {
        match self {
            Assumption::LearnersPerCohort => (1.0, 1_000_000.0),
            Assumption::CohortsPerYear => (1.0, 1_000.0),
            Assumption::LiveSectionMax => (1.0, 100_000.0),
            Assumption::CohostAbove => (0.0, 100_000.0),
            Assumption::TutorGroupSize => (1.0, 100_000.0),
            Assumption::CheckpointEveryWeeks => (1.0, 1_000.0),
            Assumption::LearnerWeekLimitHours => (1.0, 168.0),
        }
    }

    /// The default, as the README's "The model" section sources it.
    pub fn default_value(self) -> f64 {
        f64::from(self.default_whole())
    }

    fn default_whole(self) -> u32 {
        match self {
            Assumption::LearnersPerCohort => 24,
            Assumption::CohortsPerYear => 4,
            Assumption::LiveSectionMax => 20,
            Assumption::CohostAbove => 15,
            Assumption::TutorGroupSize => 25,
            Assumption::CheckpointEveryWeeks => 2,
            Assumption::LearnerWeekLimitHours => 5,
        }
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
            Assumption::TutorGroupSize => {
                "one tutor to a forum or project group of about 22-25 (Mandernach et al.: 22 online students); an estimate"
            }
            Assumption::CheckpointEveryWeeks => {
                "learners put self-paced work off till right before the next live class (the reference article)"
            }
            Assumption::LearnerWeekLimitHours => {
                "what a learner with a job can give a course in a week; an estimate to tune"
            }
        }
    }

    /// Checks `value` against this assumption's range; every plain assumption is a count.
    pub fn check(self, value: f64) -> Result<f64, AssumptionError> {
        check_value(Setting::Plain(self), self.range(), true, value)
    }
}

impl fmt::Display for Assumption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// Any number of a plan's assumptions: a plain one, one of a kind's costs, a
/// completion rate or a money figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Setting {
    Plain(Assumption),
    Kind(ActivityKind, KindField),
    Completion(CompletionField),
    Money(MoneyField),
}

impl Setting {
    /// Every setting a plan has, plain ones first, then each kind's numbers
    /// (support minutes only where the kind has support), the completion
    /// rates and the money: the editor's form order.
    pub fn all() -> impl Iterator<Item = Setting> {
        Assumption::ALL
            .into_iter()
            .map(Setting::Plain)
            .chain(ActivityKind::ALL.into_iter().flat_map(|kind| {
                KindField::ALL
                    .into_iter()
                    .filter(move |field| field.applies_to(kind))
                    .map(move |field| Setting::Kind(kind, field))
            }))
            .chain(CompletionField::ALL.into_iter().map(Setting::Completion))
            .chain(MoneyField::ALL.into_iter().map(Setting::Money))
    }

    pub fn range(self) -> (f64, f64) {
        match self {
            Setting::Plain(assumption) => assumption.range(),
            Setting::Kind(_, field) => field.range(),
            Setting::Completion(field) => field.range(),
            Setting::Money(field) => field.range(),
        }
    }

    /// Whole numbers (counts of people or weeks) rather than ratios.
    pub fn is_whole(self) -> bool {
        matches!(self, Setting::Plain(_))
    }

    /// What a person reads in the form, e.g. "Video: build h per learner-hour".
    pub fn label(self) -> String {
        match self {
            Setting::Plain(assumption) => assumption.label().to_owned(),
            Setting::Kind(kind, KindField::SupportMinutes)
                if kind.support_per() == Some(super::kind::SupportPer::Group) =>
            {
                format!("{}: support min/group-h", capitalized(kind.label()))
            }
            Setting::Kind(kind, field) => {
                format!("{}: {}", capitalized(kind.label()), field.label())
            }
            Setting::Completion(field) => field.label().to_owned(),
            Setting::Money(field) => field.label().to_owned(),
        }
    }

    pub fn default_value(self) -> f64 {
        Assumptions::default().value(self)
    }

    /// Where the default comes from, in one line.
    pub fn source(self) -> &'static str {
        match self {
            Setting::Plain(assumption) => assumption.source(),
            Setting::Kind(kind, _) => kind.source(),
            Setting::Completion(field) => field.source(),
            Setting::Money(field) => field.source(),
        }
    }

    /// How far one press of ←/→ moves the value in the editor's form.
    pub fn step(self) -> f64 {
        match self {
            Setting::Plain(_) => 1.0,
            Setting::Kind(_, KindField::BuildHoursPerActivity) => 0.5,
            Setting::Kind(_, _) => 1.0,
            Setting::Completion(_) => 0.01,
            Setting::Money(field) => field.step(),
        }
    }

    pub fn check(self, value: f64) -> Result<f64, AssumptionError> {
        check_value(self, self.range(), self.is_whole(), value)
    }
}

impl fmt::Display for Setting {
    /// As the plan file names it: `learners_per_cohort`, `Video build_hours_per_hour`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Setting::Plain(assumption) => f.write_str(assumption.key()),
            Setting::Kind(kind, field) => write!(f, "{} {}", kind.identifier(), field.key()),
            Setting::Completion(field) => f.write_str(field.key()),
            Setting::Money(field) => f.write_str(field.key()),
        }
    }
}

/// "peer review" -> "Peer review"; "currency must ..." -> "Currency must ...".
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn check_value(
    setting: Setting,
    (min, max): (f64, f64),
    whole: bool,
    value: f64,
) -> Result<f64, AssumptionError> {
    let error = |problem| AssumptionError {
        setting,
        value,
        problem,
    };
    if !value.is_finite() {
        return Err(error(Problem::NotFinite));
    }
    if whole && value.fract() != 0.0 {
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

/// A value refused for an assumption, with a message written for the user.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{setting} {problem}, found {value}")]
pub struct AssumptionError {
    pub setting: Setting,
    pub value: f64,
    problem: Problem,
}

impl AssumptionError {
    /// What is wrong, without the setting's name: "must be at least 0, found -1",
    /// for a message that names the value another way (a format-1 key).
    pub fn problem(&self) -> String {
        format!("{}, found {}", self.problem, self.value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Problem {
    NotFinite,
    NotWhole,
    BelowMin(f64),
    AboveMax(f64),
    /// Below another setting's value that it may not go under.
    BelowOther(Setting, f64),
    /// Above another setting's value that it may not pass.
    AboveOther(Setting, f64),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotFinite => f.write_str("must be a finite number"),
            Problem::NotWhole => f.write_str("must be a whole number"),
            Problem::BelowMin(min) => write!(f, "must be at least {min}"),
            Problem::AboveMax(max) => write!(f, "must be at most {max}"),
            Problem::BelowOther(other, value) => {
                write!(f, "must be at least {other} ({value})")
            }
            Problem::AboveOther(other, value) => {
                write!(f, "must be at most {other} ({value})")
            }
        }
    }
}

/// A plan's assumptions, each within its range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assumptions {
    /// The plain assumptions, indexed in the order of [`Assumption::ALL`].
    plain: [u32; 7],
    kinds: [KindCosts; 13],
    completion: CompletionRates,
    money: Money,
}

impl Default for Assumptions {
    fn default() -> Assumptions {
        Assumptions {
            plain: Assumption::ALL.map(Assumption::default_whole),
            kinds: ActivityKind::ALL.map(ActivityKind::default_costs),
            completion: CompletionRates::default(),
            money: Money::default(),
        }
    }
}

impl Assumptions {
    pub fn learners_per_cohort(&self) -> u32 {
        self.plain[Assumption::LearnersPerCohort as usize]
    }
    pub fn cohorts_per_year(&self) -> u32 {
        self.plain[Assumption::CohortsPerYear as usize]
    }
    pub fn live_section_max(&self) -> u32 {
        self.plain[Assumption::LiveSectionMax as usize]
    }
    pub fn cohost_above(&self) -> u32 {
        self.plain[Assumption::CohostAbove as usize]
    }
    pub fn tutor_group_size(&self) -> u32 {
        self.plain[Assumption::TutorGroupSize as usize]
    }
    pub fn checkpoint_every_weeks(&self) -> u32 {
        self.plain[Assumption::CheckpointEveryWeeks as usize]
    }
    pub fn learner_week_limit_hours(&self) -> u32 {
        self.plain[Assumption::LearnerWeekLimitHours as usize]
    }

    /// What one kind costs in this plan.
    pub fn kind(&self, kind: ActivityKind) -> &KindCosts {
        &self.kinds[kind.index()]
    }

    /// The value of one plain assumption, a whole number as stored.
    pub fn whole(&self, assumption: Assumption) -> u32 {
        self.plain[assumption as usize]
    }

    /// The value of one plain assumption, as a number.
    pub fn get(&self, assumption: Assumption) -> f64 {
        f64::from(self.whole(assumption))
    }

    /// The completion rates expected completion is drawn between.
    pub fn completion(&self) -> &CompletionRates {
        &self.completion
    }

    /// The money assumptions, as the plan gives them.
    pub fn money(&self) -> &Money {
        &self.money
    }

    /// Sets the text shown before amounts.
    pub fn set_currency(&mut self, currency: super::money::Currency) {
        self.money.currency = currency;
    }

    /// The value of any setting (a money value left out reads as its default).
    pub fn value(&self, setting: Setting) -> f64 {
        match setting {
            Setting::Plain(assumption) => self.get(assumption),
            Setting::Kind(kind, field) => field.get(self.kind(kind)),
            Setting::Completion(field) => self.completion.get(field),
            Setting::Money(field) => self.money.value(field),
        }
    }

    /// Whether the plan gives this setting a value of its own: false only
    /// for a money value left out (which follows its default).
    pub fn is_given(&self, setting: Setting) -> bool {
        match setting {
            Setting::Money(field) => self.money.given(field).is_some(),
            _ => true,
        }
    }

    /// Leaves a money value out again; other settings have no "left out"
    /// and keep their value.
    pub fn clear(&mut self, setting: Setting) {
        if let Setting::Money(field) = setting {
            self.money.clear(field);
        }
    }

    /// Sets one plain assumption, refusing a value outside its range (the old value stays).
    pub fn set(&mut self, assumption: Assumption, value: f64) -> Result<(), AssumptionError> {
        // `check` guarantees whole values within u32 range.
        let whole = assumption.check(value)? as u32;
        self.plain[assumption as usize] = whole;
        Ok(())
    }

    /// Sets any setting within its range. Support minutes on a kind that has no
    /// support are never a setting ([`Setting::all`] leaves them out); asked
    /// anyway, they are refused as above the only allowed value, 0.
    pub fn set_value(&mut self, setting: Setting, value: f64) -> Result<(), AssumptionError> {
        match setting {
            Setting::Plain(assumption) => self.set(assumption, value),
            Setting::Kind(kind, field) => {
                let value = setting.check(value)?;
                if !field.applies_to(kind) && value != 0.0 {
                    return Err(AssumptionError {
                        setting,
                        value,
                        problem: Problem::AboveMax(0.0),
                    });
                }
                *field.slot(&mut self.kinds[kind.index()]) = value;
                Ok(())
            }
            Setting::Completion(field) => {
                let value = setting.check(value)?;
                let mut rates = self.completion;
                rates.set(field, value);
                self.set_completion(rates.get(WITH), rates.get(WITHOUT))
                    .map_err(|error| AssumptionError { value, ..error })
                    .map_err(|error| match field {
                        // Said of the value that was set, against the other one.
                        CompletionField::WithCheckpoints => AssumptionError {
                            setting,
                            problem: Problem::BelowOther(
                                Setting::Completion(WITHOUT),
                                rates.get(WITHOUT),
                            ),
                            ..error
                        },
                        CompletionField::WithoutCheckpoints => error,
                    })
            }
            Setting::Money(field) => {
                let value = setting.check(value)?;
                self.money.set(field, value);
                Ok(())
            }
        }
    }

    /// Sets both completion rates at once (a plan file gives them in any
    /// order): each within 0 to 1, and the rate without checkpoints at most
    /// the rate with them, else live checkpoints would lower completion and
    /// the advice to add them would be wrong.
    pub fn set_completion(&mut self, with: f64, without: f64) -> Result<(), AssumptionError> {
        let with = Setting::Completion(WITH).check(with)?;
        let without = Setting::Completion(WITHOUT).check(without)?;
        if without > with {
            return Err(AssumptionError {
                setting: Setting::Completion(WITHOUT),
                value: without,
                problem: Problem::AboveOther(Setting::Completion(WITH), with),
            });
        }
        self.completion.set(WITH, with);
        self.completion.set(WITHOUT, without);
        Ok(())
    }

    /// A copy with one plain assumption changed; `None` when the value is out of range.
    pub fn with(&self, assumption: Assumption, value: f64) -> Option<Assumptions> {
        self.with_value(Setting::Plain(assumption), value)
    }

    /// A copy with one setting changed; `None` when the value is out of range.
    pub fn with_value(&self, setting: Setting, value: f64) -> Option<Assumptions> {
        let mut changed = *self;
        changed.set_value(setting, value).ok()?;
        Some(changed)
    }
}

/// Named sets of build ratios (hours of preparation per hour of learner time)
/// for live sessions, videos and quizzes, for planners who know their
/// situation better than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuildPreset {
    /// One person with a webcam and slides: quick live prep, simple videos.
    SoloCreator,
    /// The defaults: academics' 8-10 h per lecture hour, about 40 h per finished video hour.
    Academic,
    /// Corporate training figures (Chapman 2010): 43:1 instructor-led, 79:1 basic e-learning.
    Corporate,
    /// Interactive e-learning (Chapman 2010's level 2: 184:1).
    HighProduction,
}

impl BuildPreset {
    pub const ALL: [BuildPreset; 4] = [
        BuildPreset::SoloCreator,
        BuildPreset::Academic,
        BuildPreset::Corporate,
        BuildPreset::HighProduction,
    ];

    /// The kinds a preset sets, in the order of [`BuildPreset::ratios`].
    pub const KINDS: [ActivityKind; 3] = [
        ActivityKind::Session,
        ActivityKind::Video,
        ActivityKind::Quiz,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BuildPreset::SoloCreator => "solo creator",
            BuildPreset::Academic => "academic",
            BuildPreset::Corporate => "corporate",
            BuildPreset::HighProduction => "high production",
        }
    }

    /// Build hours per learner-hour of a Session, a Video and a Quiz.
    pub fn ratios(self) -> [f64; 3] {
        match self {
            BuildPreset::SoloCreator => [4.0, 20.0, 15.0],
            BuildPreset::Academic => [10.0, 40.0, 30.0],
            BuildPreset::Corporate => [43.0, 79.0, 79.0],
            BuildPreset::HighProduction => [43.0, 184.0, 184.0],
        }
    }

    /// Sets the three ratios in `assumptions`.
    pub fn apply(self, assumptions: &mut Assumptions) {
        for (kind, ratio) in Self::KINDS.into_iter().zip(self.ratios()) {
            assumptions.kinds[kind.index()].build_hours_per_hour = ratio;
        }
    }

    /// The preset whose ratios `assumptions` hold exactly, if any.
    pub fn matching(assumptions: &Assumptions) -> Option<BuildPreset> {
        let held = Self::KINDS.map(|kind| assumptions.kind(kind).build_hours_per_hour);
        BuildPreset::ALL
            .into_iter()
            .find(|preset| preset.ratios() == held)
    }
}

#[cfg(test)]
#[path = "assumptions_tests.rs"]
mod tests;
