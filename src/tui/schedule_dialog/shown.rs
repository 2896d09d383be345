//! What the schedule dialog says, as plain text: each row's value with a
//! note beside it, why a learner zone is missed, the reach figures, what the
//! selected row means and the keys. The drawing (`draw`) lays these out.

use jiff::tz::AmbiguousOffset;

use crate::model::{ClockTime, ReachWindow, Schedule, weekday_abbreviation};
use crate::present::catalogue::FigureId;
use crate::present::date::session_date;
use crate::present::printable::printable;

use super::super::app::Editor;
use super::{Row, ScheduleDialog};

/// A row's value and a note beside it, in full and short (the start's
/// first session, whose clock a time is on).
pub(super) fn value_and_note(row: Row, schedule: &Schedule) -> (String, Option<(String, String)>) {
    let note = |full: String, short: &str| Some((full, short.to_owned()));
    match row {
        Row::Start => {
            let first = session_date(schedule.first_session());
            (
                schedule.start.to_string(),
                note(format!("first session {first}"), &format!("first {first}")),
            )
        }
        Row::Weekday => (
            format!("◀ {} ▶", weekday_abbreviation(schedule.live.weekday)),
            None,
        ),
        Row::Time => {
            let (full, short) = clock_change_note(schedule).unwrap_or_else(|| {
                (
                    "on the instructor's clock".to_owned(),
                    "instructor's clock".to_owned(),
                )
            });
            (schedule.live.time.to_string(), Some((full, short)))
        }
        Row::Zone => (printable(schedule.live.zone.name()).into_owned(), None),
        Row::ReachFrom => (
            schedule.reach.from().to_string(),
            note("on learners' clocks".to_owned(), "learners' clocks"),
        ),
        Row::ReachTo => (schedule.reach.to().to_string(), None),
        Row::Learner(_) | Row::AddLearner => (String::new(), None),
    }
}

/// When the clocks change at the slot on the first session's day: a time
/// they skip is read as after the change (02:30 as 03:30), a time they
/// repeat as its first occurrence, as reach and the calendar read them.
fn clock_change_note(schedule: &Schedule) -> Option<(String, String)> {
    let day = schedule.first_session();
    let civil = day.to_datetime(schedule.live.time.time());
    let zone = schedule.live.zone.time_zone();
    let ambiguous = zone.to_ambiguous_timestamp(civil);
    let on = session_date(day);
    match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { .. } => None,
        AmbiguousOffset::Gap { .. } => {
            let real = zone.to_datetime(ambiguous.compatible().ok()?);
            let real = format!("{:02}:{:02}", real.hour(), real.minute());
            Some((
                format!("skipped on {on} (clocks go forward): the session is at {real}"),
                format!("skipped: {real}"),
            ))
        }
        AmbiguousOffset::Fold { .. } => Some((
            format!("comes twice on {on} (clocks go back): the first"),
            "twice: the first".to_owned(),
        )),
    }
}

/// Why a zone's clock is outside the window: within two hours after it
/// closes "late", within two hours before it opens "early", else "asleep".
pub(super) fn why_missed(time: ClockTime, window: ReachWindow) -> &'static str {
    let day = 24 * 60;
    let at = i32::from(time.minutes());
    let since_close = (at - i32::from(window.to().minutes())).rem_euclid(day);
    let until_open = (i32::from(window.from().minutes()) - at).rem_euclid(day);
    // Only a night-time hour is "asleep": with a narrow window, 15:00 is
    // simply outside it.
    let night = !(7 * 60..23 * 60).contains(&at);
    if since_close < 120 {
        "late"
    } else if until_open <= 120 {
        "early"
    } else if night {
        "asleep"
    } else {
        "off-hours"
    }
}

/// The reach figures as the panel shows them, or what they need.
pub(super) fn summary(editor: &Editor, schedule: &Schedule) -> String {
    if let Some(reach) = &editor.tradeoffs.reach {
        let label = |id: FigureId| id.short().unwrap_or(id.label());
        return format!(
            " {} {} · {} {} · {} {} {}",
            label(FigureId::ReachShare),
            FigureId::ReachShare.format(reach.share),
            label(FigureId::ReachMinShare),
            FigureId::ReachMinShare.format(reach.min_share),
            label(FigureId::ReachBestShare),
            reach.best_time,
            FigureId::ReachBestShare.format(reach.best_share),
        );
    }
    if schedule.learner_zones.is_none() {
        " Add where your learners live to see who the slot reaches".to_owned()
    } else {
        " No live cell yet: the slot reaches no one until one is live (Space)".to_owned()
    }
}

/// What the selected row means.
pub(super) fn about(row: Row, schedule: &Schedule) -> String {
    let weekday = weekday_abbreviation(schedule.live.weekday);
    match row {
        Row::Start => format!(
            "The day the course opens, YYYY-MM-DD: the first session is the first {weekday} \
             on or after it. ←→ a week earlier or later."
        ),
        Row::Weekday => "The live session's weekday, every week of a live module.".to_owned(),
        Row::Time => "When the live session starts, HH:MM on the instructor's clock. \
                      ←→ 30 minutes."
            .to_owned(),
        Row::Zone => "The instructor's time zone, an IANA name such as Europe/London: \
                      the slot's weekday and time are on its clock."
            .to_owned(),
        Row::ReachFrom | Row::ReachTo => "The hours of their own day learners can attend \
                                          live, from up to (not including) to; past midnight \
                                          when from is later. ←→ 30 minutes."
            .to_owned(),
        Row::Learner(_) => "A weight is a count or a share of your learners: only the \
                            ratio counts. ←→ by 1."
            .to_owned(),
        Row::AddLearner => "Type where some of your learners live (Tokyo, new york): \
                            a zone of the time-zone database, with completion."
            .to_owned(),
    }
}

/// The keys for the dialog as it is, phrase by phrase.
pub(super) fn keys_text(dialog: &ScheduleDialog, row: Row, editor: &Editor) -> Vec<String> {
    let remove = editor
        .course
        .schedule
        .is_some()
        .then_some("D remove schedule");
    let phrases: Vec<&str> = match (&dialog.typing, row) {
        (Some(_), row) if row.takes_a_zone() => vec![
            "Type a zone",
            "↑↓ choose",
            "Tab completes",
            "Enter sets",
            "Esc cancels",
        ],
        (Some(_), row) => vec![
            match row {
                Row::Start => "Type a date, YYYY-MM-DD",
                Row::Learner(_) => "Type a weight",
                _ => "Type a time, HH:MM",
            },
            "Backspace edits",
            "Enter sets",
            "Esc cancels",
        ],
        (None, Row::Zone) => vec![
            "Type a zone: any letter starts it",
            "Enter edits",
            "↑↓ choose",
            "Esc close",
        ],
        (None, Row::AddLearner) => vec![
            "Type a zone to add: any letter starts it",
            "↑↓ choose",
            "Esc close",
        ],
        (None, Row::Learner(_)) => ["↑↓ choose", "←→ or a number: weight", "x remove zone"]
            .into_iter()
            .chain(remove)
            .chain(["u undo", "Esc close"])
            .collect(),
        (None, Row::Weekday) => ["↑↓ choose", "←→ weekday", "Enter keeps it"]
            .into_iter()
            .chain(remove)
            .chain(["u undo", "Esc close"])
            .collect(),
        (None, _) => ["↑↓ choose", "←→ adjust", "Enter or a digit types"]
            .into_iter()
            .chain(remove)
            .chain(["u undo", "Esc close"])
            .collect(),
    };
    phrases.into_iter().map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> ClockTime {
        text.parse().unwrap()
    }

    #[test]
    fn a_slot_the_clocks_skip_or_repeat_says_so() {
        use crate::model::{LiveSlot, Zone, parse_date};
        use jiff::civil::Weekday;
        let slot = |date: &str, at: &str| {
            Schedule::new(
                parse_date(date).unwrap(),
                LiveSlot {
                    weekday: Weekday::Sunday,
                    time: time(at),
                    zone: Zone::named("America/New_York").unwrap(),
                },
            )
        };
        // New York springs forward at 02:00 on Sunday 14 March 2027.
        let (_, note) = value_and_note(Row::Time, &slot("2027-03-14", "02:30"));
        let (full, _) = note.unwrap();
        assert_eq!(
            full,
            "skipped on Sun 14 Mar 2027 (clocks go forward): the session is at 03:30"
        );
        // And falls back at 02:00 on Sunday 7 November: 01:30 comes twice.
        let (_, note) = value_and_note(Row::Time, &slot("2027-11-07", "01:30"));
        assert_eq!(
            note.unwrap().0,
            "comes twice on Sun 7 Nov 2027 (clocks go back): the first"
        );
        let (_, note) = value_and_note(Row::Time, &slot("2027-03-14", "18:00"));
        assert_eq!(note.unwrap().0, "on the instructor's clock");
    }

    #[test]
    fn a_zone_missed_is_late_early_asleep_or_off_hours() {
        let day = ReachWindow::default();
        assert_eq!(why_missed(time("23:00"), day), "late");
        assert_eq!(why_missed(time("06:30"), day), "early");
        assert_eq!(why_missed(time("03:00"), day), "asleep");
        let night = ReachWindow::new(time("20:00"), time("02:00")).unwrap();
        assert_eq!(why_missed(time("03:00"), night), "late");
        // Noon is outside a night window, but nobody is asleep then.
        assert_eq!(why_missed(time("12:00"), night), "off-hours");
        let breakfast = ReachWindow::new(time("07:00"), time("07:30")).unwrap();
        assert_eq!(why_missed(time("15:00"), breakfast), "off-hours");
        assert_eq!(why_missed(time("01:00"), breakfast), "asleep");
    }
}
