//! Reading the `schedule` block value by value: each bad date, time,
//! weekday, zone name and weight reported at its own position, a mistyped
//! zone with the name it most likely means.

use std::str::FromStr;

use ron::value::RawValue;

use crate::model::{ClockTime, LearnerZones, LiveSlot, Schedule, ScheduleError, Zone, parse_date};

use super::super::entries::Entries;
use super::super::names::unknown_zone;
use super::super::schedule::{FORMAT1_MESSAGE, LiveFields, ScheduleFields, WeekdayName, window};
use super::Reader;

impl<'a> Reader<'a> {
    pub(super) fn schedule(&mut self, raw: &'a RawValue, format: u32) -> Option<Schedule> {
        if format == 1 {
            self.report(raw, FORMAT1_MESSAGE.into());
            return None;
        }
        let document: ScheduleFields<&RawValue, &RawValue, &RawValue> = self.read(raw)?;
        let start = self.text_as(document.start, parse_date);
        let live = self.live(document.live);
        let learner_zones = match document.learner_zones {
            Some(raw) => self.learner_zones(raw).map(Some),
            None => Some(None),
        };
        let from = self.reach_time(document.reach_from);
        let to = self.reach_time(document.reach_to);
        let reach = match window(from?, to?) {
            Ok(reach) => Some(reach),
            Err(error) => {
                // The one given (reach_to when both are) is the one to change.
                if let Some(raw) = document.reach_to.or(document.reach_from) {
                    self.report(raw, error.to_string());
                }
                None
            }
        };
        Some(Schedule {
            start: start?,
            live: live?,
            learner_zones: learner_zones?,
            reach: reach?,
        })
    }

    fn live(&mut self, raw: &'a RawValue) -> Option<LiveSlot> {
        let document: LiveFields<&RawValue, &RawValue> = self.read(raw)?;
        let weekday: Option<WeekdayName> = self.read(document.weekday);
        let time = self.text_as(document.time, ClockTime::from_str);
        let zone = self.zone(document.zone);
        Some(LiveSlot {
            weekday: weekday?.weekday(),
            time: time?,
            zone: zone?,
        })
    }

    fn learner_zones(&mut self, raw: &'a RawValue) -> Option<LearnerZones> {
        let entries: Entries<&RawValue, &RawValue> = self.read(raw)?;
        let mut zones = Vec::new();
        let mut seen: Vec<Zone> = Vec::new();
        let mut valid = true;
        for (raw_zone, raw_weight) in entries.entries {
            let zone = self.zone(raw_zone);
            let weight: Option<f64> = self.read(raw_weight);
            let Some(zone) = zone else {
                valid = false;
                continue;
            };
            // A zone given twice is one problem, whatever its weights.
            if seen.iter().any(|other| other.is_same_zone(&zone)) {
                let message = ScheduleError::DuplicateZone(zone.name().to_owned());
                self.report(raw_zone, message.to_string());
                valid = false;
                continue;
            }
            seen.push(zone.clone());
            let Some(weight) = weight else {
                valid = false;
                continue;
            };
            match LearnerZones::check_weight(&zone, weight) {
                Ok(weight) => zones.push((zone, weight)),
                Err(error) => {
                    self.report(raw_weight, error.to_string());
                    valid = false;
                }
            }
        }
        if !valid {
            return None;
        }
        match LearnerZones::new(zones) {
            Ok(zones) => Some(zones),
            Err(error) => {
                self.report(raw, error.to_string());
                None
            }
        }
    }

    /// A zone name, with the name it most likely means when the database
    /// does not know it.
    fn zone(&mut self, raw: &'a RawValue) -> Option<Zone> {
        let name: String = self.read(raw)?;
        match Zone::named(&name) {
            Ok(zone) => Some(zone),
            Err(_) => {
                self.report(raw, unknown_zone(&name));
                None
            }
        }
    }

    /// `reach_from` or `reach_to`: `Some(None)` when left out, `None` when bad.
    fn reach_time(&mut self, raw: Option<&'a RawValue>) -> Option<Option<ClockTime>> {
        match raw {
            Some(raw) => self.text_as(raw, ClockTime::from_str).map(Some),
            None => Some(None),
        }
    }

    /// A quoted text read as `T` by `parse`, its refusal reported at the text.
    fn text_as<T>(
        &mut self,
        raw: &'a RawValue,
        parse: impl FnOnce(&str) -> Result<T, ScheduleError>,
    ) -> Option<T> {
        let text: String = self.read(raw)?;
        match parse(&text) {
            Ok(value) => Some(value),
            Err(error) => {
                self.report(raw, error.to_string());
                None
            }
        }
    }
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;
