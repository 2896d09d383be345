//! When the course runs: its start date, the weekly live slot in the
//! instructor's time zone, where its learners live, and the hours of the day
//! a live session can reasonably ask of them. Optional in a plan: a plan
//! without a schedule has no time in it, as before this existed.
//!
//! Every value here is valid by construction: a [`ClockTime`] is whole
//! minutes, a [`Zone`] is a name the time-zone database knows, learner
//! weights are positive and each zone appears once, and a [`ReachWindow`] is
//! never empty.

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use jiff::ToSpan;
use jiff::civil::{Date, Time, Weekday};
use jiff::tz::{TimeZone, TimeZoneDatabase};

/// Why a schedule value was refused, with a message written for the person
/// editing the plan.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ScheduleError {
    #[error("`{0}` is not a date: a date is written YYYY-MM-DD, like \"2027-01-11\"")]
    DateShape(String),
    #[error("`{text}` is not a date: {month} {year} has {days} days")]
    NoSuchDay {
        text: String,
        month: &'static str,
        year: i16,
        days: i8,
    },
    #[error("`{0}` is not a date: months go from 01 to 12")]
    NoSuchMonth(String),
    #[error(
        "`{text}`: a course must start between {first} and {last}",
        first = Schedule::FIRST_YEAR,
        last = Schedule::LAST_YEAR
    )]
    YearOutOfRange { text: String },
    #[error(
        "`{0}` is not a time of day: a time is written HH:MM, hours and minutes only, \
         like \"18:00\""
    )]
    TimeShape(String),
    #[error("`{0}` is not a time of day: hours go from 00 to 23 and minutes from 00 to 59")]
    NoSuchTime(String),
    #[error(
        "unknown time zone `{0}`: a time zone is an IANA name such as \"Europe/London\" \
         or \"America/New_York\""
    )]
    UnknownZone(String),
    #[error(
        "the weight of `{zone}` must be a positive number (a count or a share of your \
         learners), found {weight}"
    )]
    Weight { zone: String, weight: f64 },
    #[error(
        "the weight of `{zone}` is {weight}: a weight is at most 1,000,000,000 (a count or \
         a share of your learners; only the ratio counts)"
    )]
    WeightTooLarge { zone: String, weight: f64 },
    #[error("`{0}` appears twice in learner_zones")]
    DuplicateZone(String),
    #[error(
        "learner_zones is empty: list where your learners are, like \
         {{\"Europe/Berlin\": 30}}, or leave learner_zones out"
    )]
    NoLearnerZones,
    #[error(
        "reach_from and reach_to are both {0}: the hours learners can attend would be \
         empty; make them differ (reach_from after reach_to wraps past midnight)"
    )]
    EmptyWindow(ClockTime),
}

/// The time-zone database every zone is looked up in: the copy built into
/// coursegrid, never the system's, so that a plan is valid (and its reach the
/// same) on every machine that runs this version, whatever its system has.
pub fn time_zones() -> &'static TimeZoneDatabase {
    static DATABASE: OnceLock<TimeZoneDatabase> = OnceLock::new();
    DATABASE.get_or_init(TimeZoneDatabase::bundled)
}

/// A time of day in whole minutes, written "HH:MM" (24-hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(Time);

impl ClockTime {
    /// `hour` 0 to 23, `minute` 0 to 59; `None` otherwise.
    pub fn new(hour: u8, minute: u8) -> Option<ClockTime> {
        let hour = i8::try_from(hour).ok()?;
        let minute = i8::try_from(minute).ok()?;
        Time::new(hour, minute, 0, 0).ok().map(ClockTime)
    }

    /// The 48 half-hour labels of a day, 00:00 to 23:30.
    pub fn half_hours() -> impl Iterator<Item = ClockTime> {
        (0..48u8).filter_map(|i| ClockTime::new(i / 2, (i % 2) * 30))
    }

    pub fn time(self) -> Time {
        self.0
    }

    /// Minutes since midnight, 0 to 1439.
    pub fn minutes(self) -> u16 {
        // Both parts are small and non-negative by construction.
        (self.0.hour() as u16) * 60 + self.0.minute() as u16
    }
}

impl FromStr for ClockTime {
    type Err = ScheduleError;

    fn from_str(text: &str) -> Result<ClockTime, ScheduleError> {
        let shape = || ScheduleError::TimeShape(text.to_owned());
        let (hour, minute) = text.split_once(':').ok_or_else(shape)?;
        let two_digits = |part: &str| part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(hour) || !two_digits(minute) {
            return Err(shape());
        }
        let (hour, minute) = (hour.parse().map_err(|_| shape())?, minute.parse());
        let minute = minute.map_err(|_| shape())?;
        ClockTime::new(hour, minute).ok_or_else(|| ScheduleError::NoSuchTime(text.to_owned()))
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0.hour(), self.0.minute())
    }
}

impl serde::Serialize for ClockTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A course's start date, written YYYY-MM-DD.
pub fn parse_date(text: &str) -> Result<Date, ScheduleError> {
    let shape = || ScheduleError::DateShape(text.to_owned());
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else {
        return Err(shape());
    };
    let digits =
        |part: &str, len: usize| part.len() == len && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return Err(shape());
    }
    let (Ok(year), Ok(month), Ok(day)) =
        (year.parse::<i16>(), month.parse::<i8>(), day.parse::<i8>())
    else {
        return Err(shape());
    };
    if !(Schedule::FIRST_YEAR..=Schedule::LAST_YEAR).contains(&year) {
        return Err(ScheduleError::YearOutOfRange {
            text: text.to_owned(),
        });
    }
    let first =
        Date::new(year, month, 1).map_err(|_| ScheduleError::NoSuchMonth(text.to_owned()))?;
    Date::new(year, month, day).map_err(|_| ScheduleError::NoSuchDay {
        text: text.to_owned(),
        month: MONTHS[(month - 1) as usize],
        year,
        days: first.days_in_month(),
    })
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A weekday as a plan file writes it: `Mon` to `Sun`.
pub fn weekday_abbreviation(weekday: Weekday) -> &'static str {
    WEEKDAYS[weekday.to_monday_zero_offset() as usize]
}

/// The weekdays as a plan file writes them, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// An IANA time zone: the name as the plan writes it, and the zone it names
/// in [`time_zones`]. Two zones are equal when their names are.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    time_zone: TimeZone,
}

impl Zone {
    /// The zone `name` names (in any case, as the database looks it up).
    pub fn named(name: &str) -> Result<Zone, ScheduleError> {
        let time_zone = time_zones()
            .get(name)
            .map_err(|_| ScheduleError::UnknownZone(name.to_owned()))?;
        Ok(Zone {
            name: name.to_owned(),
            time_zone,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn time_zone(&self) -> &TimeZone {
        &self.time_zone
    }

    /// Whether both name the same database entry: `europe/berlin` and
    /// `Europe/Berlin` do (the database's own spelling is compared).
    pub fn is_same_zone(&self, other: &Zone) -> bool {
        self.canonical() == other.canonical()
    }

    fn canonical(&self) -> &str {
        self.time_zone.iana_name().unwrap_or(&self.name)
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name == other.name
    }
}

/// Every zone name the database knows, for a "did you mean" or a completion.
pub fn zone_names() -> Vec<String> {
    time_zones()
        .available()
        .map(|name| name.as_str().to_owned())
        .collect()
}

/// The weekly live slot: a weekday and a time in the instructor's zone.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveSlot {
    pub weekday: Weekday,
    pub time: ClockTime,
    pub zone: Zone,
}

impl fmt::Display for LiveSlot {
    /// `Tue 18:00 Europe/London`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {}",
            weekday_abbreviation(self.weekday),
            self.time,
            self.zone.name()
        )
    }
}

/// Where the learners are: zones with positive weights (counts or shares;
/// they never change learners_per_cohort), in the plan's order, each zone
/// once, at least one.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnerZones(Vec<(Zone, f64)>);

impl LearnerZones {
    /// Far past any real cohort; keeps every sum of weights finite.
    pub const MAX_WEIGHT: f64 = 1_000_000_000.0;

    /// The zones in order, refusing a bad weight or a zone given twice.
    pub fn new(
        zones: impl IntoIterator<Item = (Zone, f64)>,
    ) -> Result<LearnerZones, ScheduleError> {
        let mut built = Vec::new();
        for (zone, weight) in zones {
            LearnerZones::push(&mut built, zone, weight)?;
        }
        if built.is_empty() {
            return Err(ScheduleError::NoLearnerZones);
        }
        Ok(LearnerZones(built))
    }

    /// Whether `weight` may weigh a zone: positive, finite, at most [`Self::MAX_WEIGHT`].
    pub fn check_weight(zone: &Zone, weight: f64) -> Result<f64, ScheduleError> {
        let zone = zone.name().to_owned();
        if weight > Self::MAX_WEIGHT && weight.is_finite() {
            Err(ScheduleError::WeightTooLarge { zone, weight })
        } else if weight > 0.0 && weight <= Self::MAX_WEIGHT {
            Ok(weight)
        } else {
            Err(ScheduleError::Weight { zone, weight })
        }
    }

    /// Adds one zone to `zones`, the way [`LearnerZones::new`] does; the
    /// plan-file reader uses it to place each problem at its entry.
    pub fn push(
        zones: &mut Vec<(Zone, f64)>,
        zone: Zone,
        weight: f64,
    ) -> Result<(), ScheduleError> {
        if zones.iter().any(|(z, _)| z.is_same_zone(&zone)) {
            return Err(ScheduleError::DuplicateZone(zone.name().to_owned()));
        }
        let weight = LearnerZones::check_weight(&zone, weight)?;
        zones.push((zone, weight));
        Ok(())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Zone, f64)> + '_ {
        self.0.iter().map(|(zone, weight)| (zone, *weight))
    }

    pub fn total_weight(&self) -> f64 {
        self.0.iter().map(|(_, weight)| weight).sum()
    }
}

/// The hours of their own day learners can attend live: `from` up to, not
/// including, `to`; past midnight when `from` is after `to`. Never empty.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReachWindow {
    from: ClockTime,
    to: ClockTime,
}

impl ReachWindow {
    pub fn new(from: ClockTime, to: ClockTime) -> Result<ReachWindow, ScheduleError> {
        if from == to {
            return Err(ScheduleError::EmptyWindow(from));
        }
        Ok(ReachWindow { from, to })
    }

    pub fn from(self) -> ClockTime {
        self.from
    }

    pub fn to(self) -> ClockTime {
        self.to
    }

    /// Whether a learner whose clock shows `time` can attend.
    pub fn contains(self, time: Time) -> bool {
        let (from, to) = (self.from.time(), self.to.time());
        if from < to {
            from <= time && time < to
        } else {
            time >= from || time < to
        }
    }
}

impl Default for ReachWindow {
    /// 08:00 to 22:00: an estimate of the waking hours a live class can
    /// ask for, to tune in the plan.
    fn default() -> ReachWindow {
        ReachWindow {
            from: ClockTime(Time::constant(8, 0, 0, 0)),
            to: ClockTime(Time::constant(22, 0, 0, 0)),
        }
    }
}

/// A course's schedule: when it starts, its weekly live slot, and (when
/// given) where its learners are, with the hours of the day they can attend.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    pub start: Date,
    pub live: LiveSlot,
    pub learner_zones: Option<LearnerZones>,
    pub reach: ReachWindow,
}

impl Schedule {
    /// The years a course may start in: far past any real plan, and early
    /// enough that a thousand modules of a year each still end within the
    /// dates the calendar can hold.
    pub const FIRST_YEAR: i16 = 1900;
    pub const LAST_YEAR: i16 = 2999;

    /// A schedule with no learner zones and the default reach window.
    pub fn new(start: Date, live: LiveSlot) -> Schedule {
        Schedule {
            start,
            live,
            learner_zones: None,
            reach: ReachWindow::default(),
        }
    }

    /// The first session's date: the first date on or after `start` that
    /// falls on the live weekday.
    pub fn first_session(&self) -> Date {
        let days = self.live.weekday.since(self.start.weekday());
        // At most six days after a start no later than the last allowed year.
        self.start
            .checked_add(i64::from(days).days())
            .unwrap_or(self.start)
    }

    /// The date `weeks` weeks after the first session (the same weekday),
    /// or `None` past the last date the calendar holds.
    pub fn session_after_weeks(&self, weeks: u64) -> Option<Date> {
        let days = i64::try_from(weeks.checked_mul(7)?).ok()?;
        self.first_session().checked_add(days.days()).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn time(text: &str) -> ClockTime {
        text.parse().unwrap()
    }

    #[test]
    fn a_clock_time_is_hours_and_minutes_only() {
        assert_eq!(time("18:00").to_string(), "18:00");
        assert_eq!(time("07:05").minutes(), 425);
        for bad in ["18:00:30", "8:00", "1800", "18.00", "", "aa:bb", "+1:00"] {
            assert_eq!(
                bad.parse::<ClockTime>(),
                Err(ScheduleError::TimeShape(bad.into())),
                "{bad}"
            );
        }
        assert_eq!(
            "25:00".parse::<ClockTime>(),
            Err(ScheduleError::NoSuchTime("25:00".into()))
        );
        assert_eq!(
            "12:60".parse::<ClockTime>().unwrap_err().to_string(),
            "`12:60` is not a time of day: hours go from 00 to 23 and minutes from 00 to 59"
        );
        assert_eq!(ClockTime::half_hours().count(), 48);
        assert_eq!(ClockTime::half_hours().last(), Some(time("23:30")));
    }

    #[test]
    fn a_date_is_a_real_day_written_year_month_day() {
        assert_eq!(parse_date("2027-01-11"), Ok(date(2027, 1, 11)));
        assert_eq!(
            parse_date("2027-02-30").unwrap_err().to_string(),
            "`2027-02-30` is not a date: February 2027 has 28 days"
        );
        assert_eq!(
            parse_date("2027-13-01"),
            Err(ScheduleError::NoSuchMonth("2027-13-01".into()))
        );
        for bad in ["2027-1-11", "11/01/2027", "2027-01-11T00:00", "20270111"] {
            assert_eq!(parse_date(bad), Err(ScheduleError::DateShape(bad.into())));
        }
        assert!(matches!(
            parse_date("3000-01-01"),
            Err(ScheduleError::YearOutOfRange { .. })
        ));
    }

    #[test]
    fn zones_come_from_the_bundled_database_in_any_case() {
        let london = Zone::named("Europe/London").unwrap();
        assert_eq!(london.name(), "Europe/London");
        let lower = Zone::named("europe/london").unwrap();
        assert_eq!(lower.name(), "europe/london", "kept as written");
        assert_eq!(lower.canonical(), "Europe/London");
        assert_eq!(
            Zone::named("Europe/Londn"),
            Err(ScheduleError::UnknownZone("Europe/Londn".into()))
        );
        assert!(zone_names().iter().any(|name| name == "Asia/Tokyo"));
    }

    #[test]
    fn the_bundled_database_works_without_the_systems() {
        // jiff reads the system's zoneinfo first when it can; ours never does,
        // so this holds on a machine with no /usr/share/zoneinfo at all.
        assert!(!time_zones().is_definitively_empty());
        let bundled_only = TimeZoneDatabase::bundled();
        assert!(bundled_only.get("America/New_York").is_ok());
    }

    #[test]
    fn learner_zones_are_positive_and_each_zone_once() {
        let zone = |name| Zone::named(name).unwrap();
        let zones =
            LearnerZones::new([(zone("Europe/Berlin"), 35.0), (zone("Asia/Tokyo"), 25.0)]).unwrap();
        assert_eq!(zones.total_weight(), 60.0);
        assert_eq!(
            LearnerZones::new([(zone("Europe/Berlin"), 1.0), (zone("europe/berlin"), 2.0)]),
            Err(ScheduleError::DuplicateZone("europe/berlin".into()))
        );
        for weight in [0.0, -1.0, f64::NAN, f64::INFINITY, 2e9] {
            assert!(
                LearnerZones::new([(zone("UTC"), weight)]).is_err(),
                "{weight}"
            );
        }
        assert_eq!(LearnerZones::new([]), Err(ScheduleError::NoLearnerZones));
    }

    #[test]
    fn the_reach_window_wraps_past_midnight_and_is_never_empty() {
        let day = ReachWindow::default();
        assert!(day.contains(time("08:00").time()));
        assert!(!day.contains(time("22:00").time()));
        assert!(!day.contains(time("07:59").time()));
        let night = ReachWindow::new(time("20:00"), time("02:00")).unwrap();
        assert!(night.contains(time("23:00").time()));
        assert!(night.contains(time("01:59").time()));
        assert!(!night.contains(time("02:00").time()));
        assert!(!night.contains(time("12:00").time()));
        assert_eq!(
            ReachWindow::new(time("08:00"), time("08:00")),
            Err(ScheduleError::EmptyWindow(time("08:00")))
        );
    }

    #[test]
    fn the_first_session_is_the_first_live_weekday_on_or_after_the_start() {
        let slot = LiveSlot {
            weekday: Weekday::Tuesday,
            time: time("18:00"),
            zone: Zone::named("Europe/London").unwrap(),
        };
        assert_eq!(slot.to_string(), "Tue 18:00 Europe/London");
        // 2027-01-11 is a Monday: the Tuesday after
        let schedule = Schedule::new(date(2027, 1, 11), slot.clone());
        assert_eq!(schedule.first_session(), date(2027, 1, 12));
        // a start on the weekday itself is the first session
        let schedule = Schedule::new(date(2027, 1, 12), slot);
        assert_eq!(schedule.first_session(), date(2027, 1, 12));
        assert_eq!(schedule.session_after_weeks(2), Some(date(2027, 1, 26)));
    }
}
