//! Dates as people read them: when a file was last changed, in a list
//! (`today 14:05`, `yesterday 09:12`, `23 Nov 14:05` this year, `23 Nov
//! 2025` before, in the local time zone), and a session's day (`Tue 12 Jan
//! 2027`).

use std::time::SystemTime;

use jiff::ZonedDateTime as Zoned;

/// `time` in the local time zone, against the present moment.
pub fn modified(time: SystemTime) -> String {
    modified_at(time, &Zoned::now())
}

/// `time` in `now`'s time zone, read against `now`: the day in words when it
/// is today or yesterday, the year only when it is not this one. A time the
/// calendar cannot hold (before year -9999) reads "unknown".
pub fn modified_at(time: SystemTime, now: &Zoned) -> String {
    let Ok(then) = jiff::Timestamp::try_from(time) else {
        return "unknown".to_owned();
    };
    let then = then.to_zoned_datetime(now.time_zone().clone());
    let (day, today) = (then.date(), now.date());
    if day == today {
        then.strftime("today %H:%M").to_string()
    } else if today.yesterday().is_ok_and(|yesterday| yesterday == day) {
        then.strftime("yesterday %H:%M").to_string()
    } else if day.year() == today.year() && day < today {
        then.strftime("%-d %b %H:%M").to_string()
    } else {
        then.strftime("%-d %b %Y").to_string()
    }
}

/// A session's day with its weekday: `Tue 12 Jan 2027`.
pub fn session_date(date: jiff::civil::Date) -> String {
    date.strftime("%a %-d %b %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(text: &str) -> Zoned {
        text.parse().unwrap()
    }

    fn system(zoned: &Zoned) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(zoned.timestamp().as_second() as u64)
    }

    #[test]
    fn recent_days_in_words_older_ones_as_dates() {
        let now = at("2026-11-25T14:30[Europe/Paris]");
        let case = |when: &str| modified_at(system(&at(when)), &now);
        assert_eq!(case("2026-11-25T09:05[Europe/Paris]"), "today 09:05");
        assert_eq!(case("2026-11-24T23:59[Europe/Paris]"), "yesterday 23:59");
        assert_eq!(case("2026-03-02T08:00[Europe/Paris]"), "2 Mar 08:00");
        assert_eq!(case("2025-12-31T08:00[Europe/Paris]"), "31 Dec 2025");
        // Written in another zone, read in the local one.
        assert_eq!(case("2026-11-25T07:00[America/New_York]"), "today 13:00");
        // A clock ahead (a file from another machine) is a date, never "today".
        assert_eq!(case("2027-01-02T08:00[Europe/Paris]"), "2 Jan 2027");
    }

    #[test]
    fn a_session_reads_with_its_weekday() {
        assert_eq!(
            session_date(jiff::civil::date(2027, 1, 12)),
            "Tue 12 Jan 2027"
        );
    }

    #[test]
    fn the_present_moment_reads_today() {
        let just_now = SystemTime::now() - Duration::from_secs(1);
        let text = modified(just_now);
        // One second ago may be yesterday just after midnight.
        assert!(
            text.starts_with("today") || text.starts_with("yesterday"),
            "{text}"
        );
    }
}
