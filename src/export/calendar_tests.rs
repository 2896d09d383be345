use super::*;
use crate::model::{
    ActivityKind, Assumption, Cell, ClockTime, GagneEvent, LiveSlot, Minutes, Weeks, Zone,
};
use jiff::civil::{Weekday, date};

fn slot(time: &str, zone: &str) -> LiveSlot {
    LiveSlot {
        weekday: Weekday::Tuesday,
        time: time.parse::<ClockTime>().unwrap(),
        zone: Zone::named(zone).unwrap(),
    }
}

/// Three modules: live 60 + self-paced 30 (2 weeks); self-paced only
/// (3 weeks); live 45 only (1 week). Four cohorts a year.
fn course() -> Course {
    let mut live_and_home = Module::new("Breads");
    live_and_home.weeks = Weeks::new(2).unwrap();
    *live_and_home.cell_mut(GagneEvent::ProvideGuidance) =
        Cell::new(ActivityKind::Session, Minutes::new(60).unwrap());
    *live_and_home.cell_mut(GagneEvent::PresentContent) =
        Cell::new(ActivityKind::Video, Minutes::new(30).unwrap());
    let mut home = Module::new("Sourcing");
    home.weeks = Weeks::new(3).unwrap();
    *home.cell_mut(GagneEvent::GainAttention) =
        Cell::new(ActivityKind::Video, Minutes::new(5).unwrap());
    let mut live = Module::new("Pastry");
    *live.cell_mut(GagneEvent::ProvideFeedback) =
        Cell::new(ActivityKind::Critique, Minutes::new(45).unwrap());
    let mut course = Course::new(
        "Bakery",
        Default::default(),
        vec![live_and_home, home, live],
    )
    .unwrap();
    course
        .assumptions
        .set(Assumption::CohortsPerYear, 4.0)
        .unwrap();
    // 2027-01-11 is a Monday: the first session is Tuesday 2027-01-12.
    course.schedule = Some(Schedule::new(
        date(2027, 1, 11),
        slot("18:00", "Europe/London"),
    ));
    course
}

fn start_of(dates: &Dates, module: usize, section: u32) -> DateTime {
    dates
        .sessions
        .iter()
        .find(|s| s.module == module && s.section == section)
        .map(|s| s.start.datetime())
        .unwrap()
}

#[test]
fn a_cohort_starts_a_share_of_the_year_after_the_first() {
    assert_eq!(cohort_offset_weeks(1, 4), 0);
    assert_eq!(cohort_offset_weeks(2, 4), 13);
    assert_eq!(cohort_offset_weeks(4, 4), 39);
    // 52 x 2 / 3 = 34.67, floored
    assert_eq!(cohort_offset_weeks(3, 3), 34);
    assert_eq!(cohort_offset_weeks(2, 5), 10);
}

#[test]
fn each_module_starts_after_the_weeks_of_those_before_it() {
    let course = course();
    let schedule = course.schedule.clone().unwrap();
    let dates = dates(&course, &schedule, 1, 1).unwrap();
    // Module 1 on the first session, Tue 12 Jan; module 2 two weeks on
    // (self-paced only: no session); module 3 after 2 + 3 weeks, Tue 16 Feb.
    assert_eq!(start_of(&dates, 0, 0), date(2027, 1, 12).at(18, 0, 0, 0));
    assert_eq!(dates.sessions.len(), 2);
    assert_eq!(start_of(&dates, 2, 0), date(2027, 2, 16).at(18, 0, 0, 0));
    assert_eq!(
        dates.sessions[1].end.datetime(),
        date(2027, 2, 16).at(18, 45, 0, 0)
    );
}

#[test]
fn a_later_cohort_moves_every_date_by_its_offset() {
    let course = course();
    let schedule = course.schedule.clone().unwrap();
    let dates = dates(&course, &schedule, 2, 1).unwrap();
    // Cohort 2 of 4: 13 weeks = 91 days after Tue 12 Jan is Tue 13 Apr, in
    // British Summer Time, still at 18:00 on the clock.
    assert_eq!(start_of(&dates, 0, 0), date(2027, 4, 13).at(18, 0, 0, 0));
    assert_eq!(dates.sessions[0].start.offset().seconds(), 3600);
}

#[test]
fn sections_run_back_to_back_with_half_an_hour_between() {
    let course = course();
    let schedule = course.schedule.clone().unwrap();
    let dates = dates(&course, &schedule, 1, 3).unwrap();
    assert_eq!(dates.sessions.len(), 6);
    // Module 1's session is 60 minutes: sections at 18:00, 19:30, 21:00.
    assert_eq!(start_of(&dates, 0, 1), date(2027, 1, 12).at(19, 30, 0, 0));
    assert_eq!(start_of(&dates, 0, 2), date(2027, 1, 12).at(21, 0, 0, 0));
    // Module 3's is 45: 18:00, 19:15, 20:30, the last ending at 21:15.
    assert_eq!(start_of(&dates, 2, 2), date(2027, 2, 16).at(20, 30, 0, 0));
    assert_eq!(
        dates.sessions[5].end.datetime(),
        date(2027, 2, 16).at(21, 15, 0, 0)
    );
}

#[test]
fn sections_across_a_change_of_clocks_keep_their_real_gap() {
    let mut course = course();
    // Sunday 28 March 2027, 00:30 in London: clocks go 01:00 -> 02:00.
    course.schedule = Some(Schedule::new(date(2027, 3, 28), {
        let mut slot = slot("00:30", "Europe/London");
        slot.weekday = Weekday::Sunday;
        slot
    }));
    let schedule = course.schedule.clone().unwrap();
    let dates = dates(&course, &schedule, 1, 2).unwrap();
    // Section 2 starts 90 real minutes later: 02:00 GMT is 03:00 BST.
    assert_eq!(start_of(&dates, 0, 1), date(2027, 3, 28).at(3, 0, 0, 0));
}

#[test]
fn self_paced_work_is_due_on_the_last_day_of_its_module() {
    let course = course();
    let schedule = course.schedule.clone().unwrap();
    let dates = dates(&course, &schedule, 1, 1).unwrap();
    // Module 1 runs 2 weeks from Tue 12 Jan: 14 days, the last Mon 25 Jan.
    // Module 2 runs 3 weeks from Tue 26 Jan: the last day is Mon 15 Feb.
    // Module 3 is live only: no deadline.
    assert_eq!(
        dates.deadlines,
        [
            Deadline {
                module: 0,
                day: date(2027, 1, 25)
            },
            Deadline {
                module: 1,
                day: date(2027, 2, 15)
            },
        ]
    );
}

#[test]
fn the_calendar_names_its_events_by_plan_cohort_module_and_section() {
    let text = render(&course(), "My Bakery", 1, 2).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    assert!(
        text.contains("UID:my-bakery-c1-m1-s2@coursegrid\r\n"),
        "{text}"
    );
    assert!(
        text.contains("UID:my-bakery-c1-m2-due@coursegrid\r\n"),
        "{text}"
    );
    assert!(
        text.contains("SUMMARY:Breads — live\\, section 2 of 2\r\n"),
        "{text}"
    );
    assert!(text.contains("SUMMARY:Due: Sourcing\r\n"), "{text}");
    assert!(
        text.contains("DTSTART;TZID=Europe/London:20270112T193000\r\n"),
        "{text}"
    );
    assert!(text.contains("DTSTART;VALUE=DATE:20270125\r\n"), "{text}");
    assert!(text.contains("DTEND;VALUE=DATE:20270126\r\n"), "{text}");
    // The schedule's start at 00:00 UTC, not the clock.
    assert!(text.contains("DTSTAMP:20270111T000000Z\r\n"), "{text}");
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 4 + 2);
    assert_eq!(text.matches("BEGIN:VTIMEZONE").count(), 1);
    assert_eq!(text, render(&course(), "My Bakery", 1, 2).unwrap());
}

#[test]
fn the_time_zone_covers_every_change_of_clocks_between_the_sessions() {
    let mut course = course();
    // Module 3 ten weeks on puts its session past the March change.
    course.modules_mut()[1].weeks = Weeks::new(10).unwrap();
    let text = render(&course, "b", 1, 1).unwrap();
    let start = text.find("BEGIN:VTIMEZONE").unwrap();
    let end = text.find("END:VTIMEZONE").unwrap();
    let block = &text[start..end];
    // In force on 12 Jan: GMT since 25 Oct 2026 02:00 BST; then BST from
    // 28 Mar 2027 01:00 GMT.
    assert!(
        block.contains(
            "BEGIN:STANDARD\r\nDTSTART:20261025T020000\r\nTZOFFSETFROM:+0100\r\n\
             TZOFFSETTO:+0000\r\nTZNAME:GMT\r\nEND:STANDARD"
        ),
        "{block}"
    );
    assert!(
        block.contains(
            "BEGIN:DAYLIGHT\r\nDTSTART:20270328T010000\r\nTZOFFSETFROM:+0000\r\n\
             TZOFFSETTO:+0100\r\nTZNAME:BST\r\nEND:DAYLIGHT"
        ),
        "{block}"
    );
    assert_eq!(block.matches("BEGIN:").count(), 3, "{block}");
}

#[test]
fn without_a_schedule_or_with_a_cohort_not_in_the_year_there_is_no_calendar() {
    let mut course = course();
    assert_eq!(
        render(&course, "b", 5, 1),
        Err(CalendarError::NoSuchCohort {
            cohort: 5,
            cohorts: 4
        })
    );
    assert!(render(&course, "b", 0, 1).is_err());
    course.schedule = None;
    let error = render(&course, "b", 1, 1).unwrap_err();
    assert!(error.to_string().contains("schedule: (start: "), "{error}");
}

#[test]
fn offsets_are_written_as_rfc_5545_has_them() {
    assert_eq!(offset_text(Offset::from_seconds(3600).unwrap()), "+0100");
    assert_eq!(offset_text(Offset::from_seconds(-12600).unwrap()), "-0330");
    assert_eq!(offset_text(Offset::from_seconds(-75).unwrap()), "-000115");
}

#[test]
fn every_line_is_folded_within_75_octets_and_unfolds_to_the_same_text() {
    let long = format!("DESCRIPTION:{}", "é ".repeat(80));
    let text = format!("BEGIN:VCALENDAR\r\n{long}\r\nEND:VCALENDAR\r\n");
    let out = folded(&text);
    for line in out.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert_eq!(out.replace("\r\n ", ""), text);
    // a line of exactly 75 octets stays whole
    let exact = format!("X:{}\r\n", "a".repeat(73));
    assert_eq!(folded(&exact), exact);
}
