//! What the schedule dialog offers a plan that has no schedule: a start on
//! the Monday on or after today, a live slot on Tuesdays at 18:00 in the
//! instructor's own zone, no learner zones and the default reach window.
//! Nothing of it is in the plan until the user changes or confirms a value.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::{ClockTime, LiveSlot, Schedule, Zone};

/// The day and time zone the offer starts from: the system's, or fixed (the
/// tests fix them, so that they do not depend on when and where they run).
#[derive(Debug, Clone, PartialEq)]
pub struct Today {
    pub date: Date,
    pub zone: Zone,
}

impl Today {
    /// The system's date, and its IANA zone when jiff can tell it and the
    /// bundled database knows it; else UTC.
    pub fn system() -> Today {
        let now = jiff::ZonedDateTime::now();
        let zone = now
            .time_zone()
            .iana_name()
            .and_then(|name| Zone::named(name).ok())
            .unwrap_or_else(utc);
        Today {
            date: now.date(),
            zone,
        }
    }
}

fn utc() -> Zone {
    Zone::named("UTC").expect("the bundled database has UTC")
}

/// The schedule offered on `today`.
pub fn offered(today: &Today) -> Schedule {
    let days = Weekday::Monday.since(today.date.weekday());
    let monday = today
        .date
        .checked_add(i64::from(days).days())
        .unwrap_or(today.date);
    Schedule::new(
        monday,
        LiveSlot {
            weekday: Weekday::Tuesday,
            time: ClockTime::new(18, 0).expect("18:00 is a time of day"),
            zone: today.zone.clone(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn the_offer_starts_on_the_monday_on_or_after_today_tuesdays_at_six() {
        let berlin = Zone::named("Europe/Berlin").unwrap();
        let on = |date| Today {
            date,
            zone: berlin.clone(),
        };
        // Wednesday 6 January 2027: the Monday after.
        let schedule = offered(&on(date(2027, 1, 6)));
        assert_eq!(schedule.start, date(2027, 1, 11));
        assert_eq!(schedule.live.to_string(), "Tue 18:00 Europe/Berlin");
        assert_eq!(schedule.first_session(), date(2027, 1, 12));
        assert!(schedule.learner_zones.is_none());
        // A Monday is its own.
        assert_eq!(offered(&on(date(2027, 1, 11))).start, date(2027, 1, 11));
        // A Sunday: the next day.
        assert_eq!(offered(&on(date(2027, 1, 10))).start, date(2027, 1, 11));
    }

    #[test]
    fn the_systems_zone_is_one_the_bundled_database_knows() {
        let today = Today::system();
        assert!(Zone::named(today.zone.name()).is_ok());
    }
}
