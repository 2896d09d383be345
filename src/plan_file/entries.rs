//! Serde shapes shared by both ways of reading a plan file.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;

use crate::model::Assumption;
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

/// The `assumptions` block, each field optional. The fast reader takes the
/// values as numbers (`T = f64`), the thorough one as raw text to place problems.
#[derive(Deserialize)]
#[serde(
    rename = "Assumptions",
    deny_unknown_fields,
    bound(deserialize = "T: Deserialize<'de>")
)]
pub(super) struct AssumptionFields<T> {
    #[serde(default, deserialize_with = "present")]
    learners_per_cohort: Option<T>,
    #[serde(default, deserialize_with = "present")]
    cohorts_per_year: Option<T>,
    #[serde(default, deserialize_with = "present")]
    live_section_max: Option<T>,
    #[serde(default, deserialize_with = "present")]
    cohost_above: Option<T>,
    #[serde(default, deserialize_with = "present")]
    live_build_hours_per_hour: Option<T>,
    #[serde(default, deserialize_with = "present")]
    self_paced_build_hours_per_hour: Option<T>,
    #[serde(default, deserialize_with = "present")]
    support_minutes_per_learner_hour: Option<T>,
}

impl<T: Copy> AssumptionFields<T> {
    pub(super) fn get(&self, assumption: Assumption) -> Option<T> {
        match assumption {
            Assumption::LearnersPerCohort => self.learners_per_cohort,
            Assumption::CohortsPerYear => self.cohorts_per_year,
            Assumption::LiveSectionMax => self.live_section_max,
            Assumption::CohostAbove => self.cohost_above,
            Assumption::LiveBuildHoursPerHour => self.live_build_hours_per_hour,
            Assumption::SelfPacedBuildHoursPerHour => self.self_paced_build_hours_per_hour,
            Assumption::SupportMinutesPerLearnerHour => self.support_minutes_per_learner_hour,
        }
    }
}
