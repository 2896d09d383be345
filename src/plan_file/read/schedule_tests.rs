//! The `schedule` block read by both readers, every problem at its line and column.

use super::super::{fast, parse, parse_thoroughly};
use crate::model::ClockTime;
use jiff::civil::Weekday;
use jiff::civil::date;

/// A format-2 plan with `schedule` (the block's text) and one module.
fn plan(schedule: &str) -> String {
    format!(
        "(\n format: 2,\n title: \"T\",\n schedule: {schedule},\n modules: [(title: \"M\")],\n)"
    )
}

/// Every problem of `source` as `LINE:COLUMN: message`; the fast reader must refuse it too.
fn problems(source: &str) -> Vec<String> {
    assert_eq!(fast::parse(source), None, "{source}");
    parse(source)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

const LIVE: &str = r#"live: (weekday: Tue, time: "18:00", zone: "Europe/London")"#;

#[test]
fn a_schedule_is_read_with_its_zones_in_order() {
    let source = plan(&format!(
        r#"(start: "2027-01-11", {LIVE}, learner_zones: {{"America/New_York": 40, "Europe/Berlin": 35, "Asia/Tokyo": 25.5}}, reach_from: "07:30")"#
    ));
    let course = parse(&source).unwrap();
    let schedule = course.schedule.as_ref().unwrap();
    assert_eq!(schedule.start, date(2027, 1, 11));
    assert_eq!(schedule.live.weekday, Weekday::Tuesday);
    assert_eq!(schedule.live.time.to_string(), "18:00");
    assert_eq!(schedule.live.zone.name(), "Europe/London");
    let zones: Vec<(&str, f64)> = schedule
        .learner_zones
        .as_ref()
        .unwrap()
        .iter()
        .map(|(zone, weight)| (zone.name(), weight))
        .collect();
    assert_eq!(
        zones,
        [
            ("America/New_York", 40.0),
            ("Europe/Berlin", 35.0),
            ("Asia/Tokyo", 25.5)
        ]
    );
    assert_eq!(schedule.reach.from(), "07:30".parse::<ClockTime>().unwrap());
    assert_eq!(schedule.reach.to().to_string(), "22:00", "the default");
    assert_eq!(fast::parse(&source), parse_thoroughly(&source).ok());
}

#[test]
fn learner_zones_and_the_reach_window_are_optional() {
    let source = plan(&format!(r#"(start: "2027-01-11", {LIVE})"#));
    let schedule = parse(&source).unwrap().schedule.unwrap();
    assert_eq!(schedule.learner_zones, None);
    assert_eq!(schedule.reach, crate::model::ReachWindow::default());
    assert_eq!(
        fast::parse(&source).map(|(c, _)| c.schedule),
        Some(Some(schedule))
    );
}

#[test]
fn bad_dates_times_and_weekdays_are_refused_where_they_are() {
    let source = "(\n format: 2,\n title: \"T\",\n schedule: (\n  start: \"2027-02-30\",\n  live: (weekday: Tues, time: \"25:00\", zone: \"Europe/London\"),\n  reach_to: \"18:00:30\",\n ),\n modules: [(title: \"M\")],\n)";
    assert_eq!(
        problems(source),
        [
            "5:10: `2027-02-30` is not a date: February 2027 has 28 days",
            "6:19: unknown weekday `Tues`: did you mean `Tue`? (weekdays are written `Mon`, \
             `Tue`, `Wed`, `Thu`, `Fri`, `Sat`, `Sun`)",
            "6:31: `25:00` is not a time of day: hours go from 00 to 23 and minutes from 00 to 59",
            "7:13: `18:00:30` is not a time of day: a time is written HH:MM, hours and \
             minutes only, like \"18:00\"",
        ]
    );
    let found = problems(&plan(
        r#"(start: "11/01/2027", live: (weekday: Tuesday, time: "6pm", zone: "UTC"))"#,
    ));
    assert_eq!(
        found,
        [
            "4:20: `11/01/2027` is not a date: a date is written YYYY-MM-DD, like \"2027-01-11\"",
            "4:50: unknown weekday `Tuesday`: did you mean `Tue`? (weekdays are written `Mon`, \
             `Tue`, `Wed`, `Thu`, `Fri`, `Sat`, `Sun`)",
            "4:65: `6pm` is not a time of day: a time is written HH:MM, hours and minutes \
             only, like \"18:00\"",
        ]
    );
}

#[test]
fn an_unknown_zone_gets_the_name_it_most_likely_means() {
    let source = plan(
        r#"(start: "2027-01-11", live: (weekday: Tue, time: "18:00", zone: "Europe/Londn"), learner_zones: {"America/NewYork": 1, "Mars/Olympus_Mons": 2})"#,
    );
    assert_eq!(
        problems(&source),
        [
            "4:76: unknown time zone `Europe/Londn`: did you mean `Europe/London`?",
            "4:109: unknown time zone `America/NewYork`: did you mean `America/New_York`?",
            "4:131: unknown time zone `Mars/Olympus_Mons`: a time zone is an IANA name such \
             as \"Europe/London\" or \"America/New_York\"",
        ]
    );
}

#[test]
fn weights_are_positive_each_zone_is_given_once_and_the_window_is_not_empty() {
    let source = plan(&format!(
        r#"(start: "2027-01-11", {LIVE}, learner_zones: {{"Asia/Tokyo": 0, "Europe/Berlin": -3.5, "Asia/Tokyo": 2}}, reach_from: "09:00", reach_to: "09:00")"#
    ));
    assert_eq!(
        problems(&source),
        [
            "4:124: the weight of `Asia/Tokyo` must be a positive number (a count or a share \
             of your learners), found 0",
            "4:144: the weight of `Europe/Berlin` must be a positive number (a count or a \
             share of your learners), found -3.5",
            "4:150: `Asia/Tokyo` appears twice in learner_zones",
            "4:199: reach_from and reach_to are both 09:00: the hours learners can attend \
             would be empty; make them differ (reach_from after reach_to wraps past midnight)",
        ]
    );
    // reach_from alone at reach_to's default is just as empty
    let source = plan(&format!(
        r#"(start: "2027-01-11", {LIVE}, reach_from: "22:00")"#
    ));
    assert!(problems(&source)[0].contains("both 22:00"));
    let source = plan(&format!(
        r#"(start: "2027-01-11", {LIVE}, learner_zones: {{}})"#
    ));
    assert_eq!(
        problems(&source),
        [
            "4:109: learner_zones is empty: list where your learners are, like \
          {\"Europe/Berlin\": 30}, or leave learner_zones out"
        ]
    );
}

#[test]
fn a_schedule_in_a_format_1_file_is_new_in_format_2() {
    let source =
        plan(&format!(r#"(start: "2027-01-11", {LIVE})"#)).replace("format: 2", "format: 1");
    assert_eq!(
        problems(&source),
        ["4:12: `schedule` is new in format 2: change `format: 1` to `format: 2`"]
    );
}

#[test]
fn missing_and_unknown_fields_of_the_schedule_are_named() {
    let found = problems(&plan(
        r#"(start: "2027-01-11", live: (weekday: Tue, time: "18:00", zone: "UTC"), colour: 1)"#,
    ));
    assert!(
        found[0].starts_with("4:84: unknown field `colour` in Schedule"),
        "{found:?}"
    );
    let found = problems(&plan(
        r#"(start: "2027-01-11", live: (weekday: Tue, time: "18:00"))"#,
    ));
    assert!(
        found[0].contains("missing field `zone` in Live"),
        "{found:?}"
    );
    let found = problems(&plan(
        r#"(live: (weekday: Tue, time: "18:00", zone: "UTC"))"#,
    ));
    assert!(
        found[0].contains("missing field `start` in Schedule"),
        "{found:?}"
    );
}
