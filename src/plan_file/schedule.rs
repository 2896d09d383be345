//! The plan file's `schedule` block (format 2): its serde shapes, shared by
//! both readers; the fast reader's typed pass over it; and its canonical
//! text. The thorough reader, which places each problem, is `read/schedule.rs`.
//!
//! ```ron
//! schedule: (
//!     start: "2027-01-11",
//!     live: (
//!         weekday: Tue,
//!         time: "18:00",
//!         zone: "Europe/London",
//!     ),
//!     learner_zones: {
//!         "America/New_York": 40,
//!         "Europe/Berlin": 35,
//!     },
//!     reach_from: "07:00",
//! ),
//! ```
//!
//! `learner_zones` is optional; `reach_from` and `reach_to` are optional and
//! written only when they differ from 08:00 and 22:00.

use jiff::civil::Weekday;
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

use super::entries::{Entries, present};
use crate::model::{
    ClockTime, LearnerZones, LiveSlot, ReachWindow, Schedule, ScheduleError, Zone, parse_date,
};

/// Why `schedule` is refused in a format-1 file.
pub(super) const FORMAT1_MESSAGE: &str =
    "`schedule` is new in format 2: change `format: 1` to `format: 2`";

/// The `schedule` block, as the fast reader takes it (`T` text, `L` the
/// live block, `Z` the learner zones) or the thorough one (raw values).
#[derive(Deserialize)]
#[serde(
    rename = "Schedule",
    deny_unknown_fields,
    bound(deserialize = "T: Deserialize<'de>, L: Deserialize<'de>, Z: Deserialize<'de>")
)]
pub(super) struct ScheduleFields<T, L, Z> {
    pub start: T,
    pub live: L,
    #[serde(default, deserialize_with = "present")]
    pub learner_zones: Option<Z>,
    #[serde(default, deserialize_with = "present")]
    pub reach_from: Option<T>,
    #[serde(default, deserialize_with = "present")]
    pub reach_to: Option<T>,
}

/// The live slot: `(weekday: Tue, time: "18:00", zone: "Europe/London")`.
#[derive(Deserialize)]
#[serde(
    rename = "Live",
    deny_unknown_fields,
    bound(deserialize = "W: Deserialize<'de>, T: Deserialize<'de>")
)]
pub(super) struct LiveFields<W, T> {
    pub weekday: W,
    pub time: T,
    pub zone: T,
}

/// A weekday as a plan writes it. (The name "Weekday" makes an unknown one
/// read "unknown weekday `Tues`".)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename = "Weekday")]
pub(super) enum WeekdayName {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl WeekdayName {
    pub fn weekday(self) -> Weekday {
        match self {
            WeekdayName::Mon => Weekday::Monday,
            WeekdayName::Tue => Weekday::Tuesday,
            WeekdayName::Wed => Weekday::Wednesday,
            WeekdayName::Thu => Weekday::Thursday,
            WeekdayName::Fri => Weekday::Friday,
            WeekdayName::Sat => Weekday::Saturday,
            WeekdayName::Sun => Weekday::Sunday,
        }
    }

    fn of(weekday: Weekday) -> WeekdayName {
        match weekday {
            Weekday::Monday => WeekdayName::Mon,
            Weekday::Tuesday => WeekdayName::Tue,
            Weekday::Wednesday => WeekdayName::Wed,
            Weekday::Thursday => WeekdayName::Thu,
            Weekday::Friday => WeekdayName::Fri,
            Weekday::Saturday => WeekdayName::Sat,
            Weekday::Sunday => WeekdayName::Sun,
        }
    }
}

/// What the fast reader takes the block as.
pub(super) type ScheduleIn =
    ScheduleFields<String, LiveFields<WeekdayName, String>, Entries<String, f64>>;

/// The reach window from the two optional times, each defaulting to its
/// end of 08:00 to 22:00.
pub(super) fn window(
    from: Option<ClockTime>,
    to: Option<ClockTime>,
) -> Result<ReachWindow, ScheduleError> {
    let default = ReachWindow::default();
    ReachWindow::new(from.unwrap_or(default.from()), to.unwrap_or(default.to()))
}

/// The fast reader's pass: the schedule, or `None` for any problem at all
/// (the thorough reader then says what and where).
pub(super) fn fast(fields: ScheduleIn) -> Option<Schedule> {
    let start = parse_date(&fields.start).ok()?;
    let live = LiveSlot {
        weekday: fields.live.weekday.weekday(),
        time: fields.live.time.parse().ok()?,
        zone: Zone::named(&fields.live.zone).ok()?,
    };
    let learner_zones = match fields.learner_zones {
        Some(entries) => {
            let zones = entries
                .entries
                .into_iter()
                .map(|(name, weight)| Zone::named(&name).map(|zone| (zone, weight)))
                .collect::<Result<Vec<_>, _>>()
                .ok()?;
            Some(LearnerZones::new(zones).ok()?)
        }
        None => None,
    };
    let time = |text: Option<String>| text.map(|t| t.parse::<ClockTime>()).transpose();
    let reach = window(time(fields.reach_from).ok()?, time(fields.reach_to).ok()?).ok()?;
    Some(Schedule {
        start,
        live,
        learner_zones,
        reach,
    })
}

/// The block's canonical text: every field in the order above, weights
/// that are whole numbers written as such (`40`, not `40.0`), and the
/// reach times only when they are not the defaults.
pub(super) struct ScheduleOut<'a>(pub &'a Schedule);

impl Serialize for ScheduleOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let schedule = self.0;
        let default = ReachWindow::default();
        let from = schedule.reach.from();
        let to = schedule.reach.to();
        let mut out = serializer.serialize_struct("Schedule", 5)?;
        out.serialize_field("start", &schedule.start.to_string())?;
        out.serialize_field("live", &LiveOut(&schedule.live))?;
        match &schedule.learner_zones {
            Some(zones) => out.serialize_field("learner_zones", &ZonesOut(zones))?,
            None => out.skip_field("learner_zones")?,
        }
        if from == default.from() {
            out.skip_field("reach_from")?;
        } else {
            out.serialize_field("reach_from", &from.to_string())?;
        }
        if to == default.to() {
            out.skip_field("reach_to")?;
        } else {
            out.serialize_field("reach_to", &to.to_string())?;
        }
        out.end()
    }
}

struct LiveOut<'a>(&'a LiveSlot);

impl Serialize for LiveOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Live", 3)?;
        out.serialize_field("weekday", &WeekdayName::of(self.0.weekday))?;
        out.serialize_field("time", &self.0.time.to_string())?;
        out.serialize_field("zone", self.0.zone.name())?;
        out.end()
    }
}

struct ZonesOut<'a>(&'a LearnerZones);

impl Serialize for ZonesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_map(None)?;
        for (zone, weight) in self.0.iter() {
            // Weights are at most a billion, so a whole one is exactly a u64.
            if weight.fract() == 0.0 {
                out.serialize_entry(zone.name(), &(weight as u64))?;
            } else {
                out.serialize_entry(zone.name(), &weight)?;
            }
        }
        out.end()
    }
}

#[cfg(test)]
mod tests {
    use crate::model::{
        ClockTime, Course, LearnerZones, LiveSlot, ReachWindow, Schedule, Zone, parse_date,
    };
    use crate::plan_file::{parse, to_string};
    use jiff::civil::Weekday;

    fn zone(name: &str) -> Zone {
        Zone::named(name).unwrap()
    }

    fn time(text: &str) -> ClockTime {
        text.parse().unwrap()
    }

    fn scheduled_course() -> Course {
        let mut course = Course::with_recommended_modules("Bread", 1).unwrap();
        let mut schedule = Schedule::new(
            parse_date("2027-01-11").unwrap(),
            LiveSlot {
                weekday: Weekday::Tuesday,
                time: time("18:00"),
                zone: zone("Europe/London"),
            },
        );
        schedule.learner_zones = Some(
            LearnerZones::new([
                (zone("America/New_York"), 40.0),
                (zone("Europe/Berlin"), 35.0),
                (zone("Asia/Tokyo"), 12.5),
            ])
            .unwrap(),
        );
        course.schedule = Some(schedule);
        course
    }

    #[test]
    fn a_schedule_is_written_after_the_assumptions_and_read_back_the_same() {
        let course = scheduled_course();
        let text = to_string(&course);
        assert!(
            text.contains(
                r#"
    ),
    schedule: (
        start: "2027-01-11",
        live: (
            weekday: Tue,
            time: "18:00",
            zone: "Europe/London",
        ),
        learner_zones: {
            "America/New_York": 40,
            "Europe/Berlin": 35,
            "Asia/Tokyo": 12.5,
        },
    ),
    modules: [
"#
            ),
            "{text}"
        );
        assert_eq!(parse(&text).unwrap(), course);
        assert_eq!(to_string(&parse(&text).unwrap()), text, "byte-stable");
    }

    #[test]
    fn the_reach_window_is_written_only_where_it_is_not_the_default() {
        let mut course = scheduled_course();
        let schedule = course.schedule.as_mut().unwrap();
        schedule.learner_zones = None;
        let text = to_string(&course);
        assert!(
            !text.contains("learner_zones") && !text.contains("reach_"),
            "{text}"
        );
        let schedule = course.schedule.as_mut().unwrap();
        schedule.reach = ReachWindow::new(time("08:00"), time("01:30")).unwrap();
        let text = to_string(&course);
        assert!(
            text.contains("            zone: \"Europe/London\",\n        ),\n        reach_to: \"01:30\",\n    ),"),
            "{text}"
        );
        assert!(!text.contains("reach_from"), "{text}");
        assert_eq!(parse(&text).unwrap(), course);
        let schedule = course.schedule.as_mut().unwrap();
        schedule.reach = ReachWindow::new(time("21:00"), time("22:00")).unwrap();
        let text = to_string(&course);
        assert!(text.contains("reach_from: \"21:00\",") && !text.contains("reach_to"));
        assert_eq!(parse(&text).unwrap(), course);
    }

    #[test]
    fn a_plan_without_a_schedule_writes_none() {
        let course = Course::with_recommended_modules("Bread", 1).unwrap();
        assert!(!to_string(&course).contains("schedule"));
    }
}
