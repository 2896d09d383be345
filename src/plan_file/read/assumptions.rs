//! Reading the `assumptions` block: the plain numbers, the `kinds` map, and
//! the keys of the other format, each refused with where its value goes now.

use ron::value::RawValue;
use std::collections::HashSet;

use crate::model::{ActivityKind, Assumption, Assumptions, Currency, KindField, Setting};

use super::super::SUPPORT_FORMAT1;
use super::super::entries::{
    AssumptionFields, Entries, KindFields, format1_advice, no_support_message,
};
use super::Reader;

impl<'a> Reader<'a> {
    pub(super) fn assumptions(&mut self, raw: &'a RawValue, format: u32) -> Option<Assumptions> {
        let document: AssumptionFields<&RawValue, &RawValue> = self.read(raw)?;
        let mut assumptions = Assumptions::default();
        let mut valid = true;
        for assumption in Assumption::ALL {
            let format2_only = matches!(
                assumption,
                Assumption::TutorGroupSize
                    | Assumption::CheckpointEveryWeeks
                    | Assumption::LearnerWeekLimitHours
            );
            if format == 1 && format2_only {
                continue; // refused below, with one message
            }
            if let Some(raw) = document.get(assumption) {
                valid &= self.setting(&mut assumptions, Setting::Plain(assumption), raw);
            }
        }
        if format == 1 {
            let rates = document
                .rates()
                .map(|(setting, raw)| (setting.to_string(), raw));
            for (key, raw) in [
                (
                    "tutor_group_size".to_owned(),
                    document.get(Assumption::TutorGroupSize),
                ),
                (
                    "checkpoint_every_weeks".to_owned(),
                    document.get(Assumption::CheckpointEveryWeeks),
                ),
                (
                    "learner_week_limit_hours".to_owned(),
                    document.get(Assumption::LearnerWeekLimitHours),
                ),
                ("kinds".to_owned(), document.kinds),
                ("currency".to_owned(), document.currency),
            ]
            .into_iter()
            .chain(rates.map(|(key, raw)| (key, Some(raw))))
            {
                if let Some(raw) = raw {
                    self.report(
                        raw,
                        format!("`{key}` is new in format 2: change `format: 1` to `format: 2`"),
                    );
                    valid = false;
                }
            }
            for (key, raw, kind) in document.format1_ratios() {
                let Some(raw) = raw else { continue };
                let setting = Setting::Kind(kind, KindField::BuildHoursPerHour);
                valid &= self.format1_value(&mut assumptions, setting, key, raw);
            }
            if let Some(raw) = document.support_minutes_per_learner_hour {
                let mut scratch = Assumptions::default();
                let key = "support_minutes_per_learner_hour";
                valid &= self.format1_value(&mut scratch, SUPPORT_FORMAT1, key, raw);
            }
        } else {
            for (key, _) in document.format1_only() {
                let raw = match key {
                    "live_build_hours_per_hour" => document.live_build_hours_per_hour,
                    "self_paced_build_hours_per_hour" => document.self_paced_build_hours_per_hour,
                    _ => document.support_minutes_per_learner_hour,
                };
                if let Some(raw) = raw {
                    self.report(raw, format1_advice(key));
                }
                valid = false;
            }
            for (setting, raw) in document.rates() {
                valid &= self.setting(&mut assumptions, setting, raw);
            }
            if let Some(raw) = document.currency {
                valid &= self.currency(&mut assumptions, raw);
            }
            if let Some(raw) = document.kinds {
                valid &= self.kinds(&mut assumptions, raw);
            }
        }
        valid.then_some(assumptions)
    }

    /// The currency: a string of at most eight printable characters.
    fn currency(&mut self, assumptions: &mut Assumptions, raw: &'a RawValue) -> bool {
        let Some(text) = self.read::<String>(raw) else {
            return false;
        };
        match Currency::new(&text) {
            Ok(currency) => {
                assumptions.set_currency(currency);
                true
            }
            Err(error) => {
                self.report(raw, error.to_string());
                false
            }
        }
    }

    /// The `kinds` map: each kind once, each number in its range.
    fn kinds(&mut self, assumptions: &mut Assumptions, raw: &'a RawValue) -> bool {
        let Some(entries) = self.read::<Entries<&RawValue, &RawValue>>(raw) else {
            return false;
        };
        let mut valid = true;
        let mut seen = HashSet::new();
        for (raw_kind, raw_fields) in entries.entries {
            let kind: Option<ActivityKind> = self.read(raw_kind);
            let fields: Option<KindFields<&RawValue>> = self.read(raw_fields);
            let (Some(kind), Some(fields)) = (kind, fields) else {
                valid = false;
                continue;
            };
            if !seen.insert(kind) {
                self.report(raw_kind, format!("{kind} appears twice in `kinds`"));
                valid = false;
                continue;
            }
            for (field, raw_value) in fields.given() {
                if field.applies_to(kind) {
                    valid &= self.setting(assumptions, Setting::Kind(kind, field), raw_value);
                } else {
                    self.report(raw_value, no_support_message(kind));
                    valid = false;
                }
            }
        }
        valid
    }

    /// Reads one number into `assumptions`, reporting a bad one at its position.
    fn setting(
        &mut self,
        assumptions: &mut Assumptions,
        setting: Setting,
        raw: &'a RawValue,
    ) -> bool {
        self.number(assumptions, setting, raw, None)
    }

    /// Like [`Reader::setting`], for a format-1 value, named by its format-1 key.
    fn format1_value(
        &mut self,
        assumptions: &mut Assumptions,
        setting: Setting,
        key: &str,
        raw: &'a RawValue,
    ) -> bool {
        self.number(assumptions, setting, raw, Some(key))
    }

    /// One number into one setting; a refused value is reported under `key`
    /// when given (a format-1 name), else under the setting's own name.
    fn number(
        &mut self,
        assumptions: &mut Assumptions,
        setting: Setting,
        raw: &'a RawValue,
        key: Option<&str>,
    ) -> bool {
        let Some(value) = self.read::<f64>(raw) else {
            return false;
        };
        let Err(error) = assumptions.set_value(setting, value) else {
            return true;
        };
        let message = match key {
            Some(key) => format!("{key} {}", error.problem()),
            None => error.to_string(),
        };
        self.report(raw, message);
        false
    }
}
