//! Serde shapes shared by both ways of reading a plan file.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;

use crate::model::{
    ActivityKind, Assumption, CompletionField, KindField, Mode, MoneyField, Setting,
};
use serde::de::{Deserializer, MapAccess, Visitor};

/// A map as written, in file order, duplicates kept, so that a repeated event
/// is an error rather than silently the last one wins.
pub(super) struct Entries<K, V> {
    pub entries: Vec<(K, V)>,
}

impl<K, V> Default for Entries<K, V> {
    fn default() -> Self {
        Entries {
            entries: Vec::new(),
        }
    }
}

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Deserialize<'de> for Entries<K, V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<K, V>(PhantomData<(K, V)>);
        impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for EntriesVisitor<K, V> {
            type Value = Entries<K, V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a map of events to cells, like { GainAttention: (mode: SelfPaced, minutes: 5) }",
                )
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries { entries })
            }
        }
        deserializer.deserialize_map(EntriesVisitor(PhantomData))
    }
}

/// Optional fields are written bare (`activity: "Quiz"`), not as `Some("Quiz")`:
/// a present field is simply its value.
pub(super) fn present<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// The `assumptions` block, each field optional, of either format: the
/// readers refuse the fields that do not belong to the file's format, with a
/// message that says where the value went. The fast reader takes the values as
/// numbers (`T = f64`, `K` the kinds map, `S` the currency's text), the
/// thorough one as raw text to place problems.
#[derive(Deserialize)]
#[serde(
    rename = "Assumptions",
    deny_unknown_fields,
    bound(deserialize = "T: Deserialize<'de>, K: Deserialize<'de>, S: Deserialize<'de>")
)]
pub(super) struct AssumptionFields<T, K, S = T> {
    #[serde(default, deserialize_with = "present")]
    learners_per_cohort: Option<T>,
    #[serde(default, deserialize_with = "present")]
    cohorts_per_year: Option<T>,
    #[serde(default, deserialize_with = "present")]
    live_section_max: Option<T>,
    #[serde(default, deserialize_with = "present")]
    cohost_above: Option<T>,
    #[serde(default, deserialize_with = "present")]
    tutor_group_size: Option<T>,
    #[serde(default, deserialize_with = "present")]
    checkpoint_every_weeks: Option<T>,
    #[serde(default, deserialize_with = "present")]
    learner_week_limit_hours: Option<T>,
    #[serde(default, deserialize_with = "present")]
    completion_with_checkpoints: Option<T>,
    #[serde(default, deserialize_with = "present")]
    completion_without_checkpoints: Option<T>,
    #[serde(default, deserialize_with = "present")]
    pub currency: Option<S>,
    #[serde(default, deserialize_with = "present")]
    instructor_rate: Option<T>,
    #[serde(default, deserialize_with = "present")]
    cohost_rate: Option<T>,
    #[serde(default, deserialize_with = "present")]
    build_rate: Option<T>,
    #[serde(default, deserialize_with = "present")]
    price_per_learner: Option<T>,
    #[serde(default, deserialize_with = "present")]
    fixed_costs_per_year: Option<T>,
    #[serde(default, deserialize_with = "present")]
    pub kinds: Option<K>,
    // Format 1 only.
    #[serde(default, deserialize_with = "present")]
    pub live_build_hours_per_hour: Option<T>,
    #[serde(default, deserialize_with = "present")]
    pub self_paced_build_hours_per_hour: Option<T>,
    #[serde(default, deserialize_with = "present")]
    pub support_minutes_per_learner_hour: Option<T>,
}

impl<T: Copy, K, S> AssumptionFields<T, K, S> {
    pub(super) fn get(&self, assumption: Assumption) -> Option<T> {
        match assumption {
            Assumption::LearnersPerCohort => self.learners_per_cohort,
            Assumption::CohortsPerYear => self.cohorts_per_year,
            Assumption::LiveSectionMax => self.live_section_max,
            Assumption::CohostAbove => self.cohost_above,
            Assumption::TutorGroupSize => self.tutor_group_size,
            Assumption::CheckpointEveryWeeks => self.checkpoint_every_weeks,
            Assumption::LearnerWeekLimitHours => self.learner_week_limit_hours,
        }
    }

    /// The format-1 build ratios, with the kind each becomes in format 2.
    /// (Format 1's support minutes have no format-2 meaning: support now
    /// belongs to each kind, and is dropped.)
    pub(super) fn format1_ratios(&self) -> [(&'static str, Option<T>, ActivityKind); 2] {
        [
            (
                "live_build_hours_per_hour",
                self.live_build_hours_per_hour,
                ActivityKind::Session,
            ),
            (
                "self_paced_build_hours_per_hour",
                self.self_paced_build_hours_per_hour,
                ActivityKind::Video,
            ),
        ]
    }

    /// The completion rates and money values given, as settings, in the
    /// order the file writes them.
    pub(super) fn rates(&self) -> impl Iterator<Item = (Setting, T)> + '_ {
        let completion = CompletionField::ALL.map(|field| {
            let value = match field {
                CompletionField::WithCheckpoints => self.completion_with_checkpoints,
                CompletionField::WithoutCheckpoints => self.completion_without_checkpoints,
            };
            (Setting::Completion(field), value)
        });
        let money = MoneyField::ALL.map(|field| {
            let value = match field {
                MoneyField::InstructorRate => self.instructor_rate,
                MoneyField::CohostRate => self.cohost_rate,
                MoneyField::BuildRate => self.build_rate,
                MoneyField::PricePerLearner => self.price_per_learner,
                MoneyField::FixedCostsPerYear => self.fixed_costs_per_year,
            };
            (Setting::Money(field), value)
        });
        completion
            .into_iter()
            .chain(money)
            .filter_map(|(setting, value)| value.map(|value| (setting, value)))
    }

    /// Whether any field new in format 2 is present (a format-1 file must not have one).
    pub(super) fn has_format2_fields(&self) -> bool {
        self.tutor_group_size.is_some()
            || self.checkpoint_every_weeks.is_some()
            || self.learner_week_limit_hours.is_some()
            || self.kinds.is_some()
            || self.currency.is_some()
            || self.rates().next().is_some()
    }

    /// Format-1 fields present in a format-2 file: each name and where its value went.
    pub(super) fn format1_only(&self) -> Vec<(&'static str, T)> {
        let mut found = Vec::new();
        for (key, value, _) in self.format1_ratios() {
            if let Some(value) = value {
                found.push((key, value));
            }
        }
        if let Some(value) = self.support_minutes_per_learner_hour {
            found.push(("support_minutes_per_learner_hour", value));
        }
        found
    }
}

/// Where a format-1 assumption went in format 2, for the message that refuses it.
pub(super) fn format1_advice(key: &str) -> String {
    let instead = match key {
        "live_build_hours_per_hour" => "`kinds: { Session: (build_hours_per_hour: ...) }`",
        "self_paced_build_hours_per_hour" => "`kinds: { Video: (build_hours_per_hour: ...) }`",
        _ => "each kind's `support_minutes` in `kinds`",
    };
    format!("`{key}` is a format 1 assumption; format 2 uses {instead}")
}

/// One kind's numbers in the `kinds` map, each optional.
#[derive(Deserialize)]
#[serde(
    rename = "KindCosts",
    deny_unknown_fields,
    bound(deserialize = "T: Deserialize<'de>")
)]
pub(super) struct KindFields<T> {
    #[serde(default, deserialize_with = "present")]
    build_hours_per_hour: Option<T>,
    #[serde(default, deserialize_with = "present")]
    build_hours_per_activity: Option<T>,
    #[serde(default, deserialize_with = "present")]
    support_minutes: Option<T>,
}

impl<T: Copy> KindFields<T> {
    /// The fields given, in the file's canonical order.
    pub(super) fn given(&self) -> impl Iterator<Item = (KindField, T)> + '_ {
        KindField::ALL.into_iter().filter_map(|field| {
            let value = match field {
                KindField::BuildHoursPerHour => self.build_hours_per_hour,
                KindField::BuildHoursPerActivity => self.build_hours_per_activity,
                KindField::SupportMinutes => self.support_minutes,
            };
            value.map(|value| (field, value))
        })
    }
}

/// Why `support_minutes` is refused on a kind that has no support.
pub(super) fn no_support_message(kind: ActivityKind) -> String {
    format!(
        "{kind} has no support time: `support_minutes` may be set only on Critique, \
         Assignment, PeerReview, Forum and GroupProject"
    )
}

/// Why a cell's kind is refused for its mode.
pub(super) fn kind_mode_message(kind: ActivityKind, mode: Mode) -> String {
    format!(
        "kind `{kind}` is {}, but this cell is `{mode:?}`: use a {} kind ({}) or change the mode",
        kind.mode().label(),
        mode.label(),
        ActivityKind::of_mode(mode)
            .map(ActivityKind::identifier)
            .collect::<Vec<_>>()
            .join(", ")
    )
}
