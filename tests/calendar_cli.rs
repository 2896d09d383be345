//! `coursegrid calendar` as a user drives it, its output read back by a
//! different iCalendar parser (the `ical` crate) than the one that wrote it
//! (`icalendar`): the events a calendar app would import, at the right
//! local times.

use std::fs;
use std::path::{Path, PathBuf};

use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use predicates::prelude::*;
use predicates::str::contains;

mod common;
use common::{asset, coursegrid};

/// The demo plan, whose schedule starts on Monday 2027-01-11, live on
/// Tuesdays at 18:00 in London, so the first session is Tue 2027-01-12.
fn scheduled_demo(dir: &Path) -> PathBuf {
    let text = fs::read_to_string(asset("master-baker.ron")).unwrap();
    assert!(text.contains("start: \"2027-01-11\"") && text.contains("time: \"18:00\""));
    let path = dir.join("master-baker.ron");
    fs::write(&path, text).unwrap();
    path
}

fn parse(text: &str) -> IcalCalendar {
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none(), "only one calendar");
    calendar
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> &'a ical::property::Property {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

/// `DTSTART;TZID=Europe/London:20270126T180000` or
/// `DTSTART;VALUE=DATE:20270118`, as the parser read it.
fn written(event: &IcalEvent, name: &str) -> String {
    let p = property(event, name);
    let params: Vec<String> = p
        .params
        .iter()
        .flatten()
        .map(|(key, values)| format!(";{key}={}", values.join(",")))
        .collect();
    format!("{name}{}:{}", params.concat(), p.value.as_deref().unwrap())
}

fn calendar_of(plan: &Path, args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = coursegrid(home.path())
        .arg("calendar")
        .arg(plan)
        .args(args)
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    String::from_utf8(output).unwrap()
}

#[test]
fn the_demo_calendar_imports_with_every_session_and_deadline_at_its_local_time() {
    let dir = tempfile::tempdir().unwrap();
    let text = calendar_of(&scheduled_demo(dir.path()), &[]);
    let calendar = parse(&text);
    // 24 learners, at most 20 a section: 2 sections. Modules 3, 4 and 5 have
    // live cells (3 x 2 sessions) and all 5 have self-paced work (5 due
    // dates): 11 events. Every module runs one week.
    assert_eq!(calendar.events.len(), 3 * 2 + 5);
    assert_eq!(calendar.timezones.len(), 1);
    let starts: Vec<(String, String)> = calendar
        .events
        .iter()
        .map(|e| {
            (
                written(e, "DTSTART"),
                property(e, "SUMMARY").value.clone().unwrap(),
            )
        })
        .collect();
    let expected = [
        // Module 1 runs Tue 12 Jan to Mon 18 Jan: self-paced only.
        (
            "DTSTART;VALUE=DATE:20270118",
            "Due: Sourcing baking ingredients",
        ),
        // Module 2, Tue 19 Jan to Mon 25 Jan.
        (
            "DTSTART;VALUE=DATE:20270125",
            "Due: Bulk sourcing practices",
        ),
        // Module 3 from Tue 26 Jan: 45 + 60 = 105 live minutes, so section 2
        // starts 105 + 30 minutes after 18:00, at 20:15.
        (
            "DTSTART;TZID=Europe/London:20270126T180000",
            "Artisanal baking techniques: breads — live, section 1 of 2",
        ),
        (
            "DTSTART;TZID=Europe/London:20270126T201500",
            "Artisanal baking techniques: breads — live, section 2 of 2",
        ),
        (
            "DTSTART;VALUE=DATE:20270201",
            "Due: Artisanal baking techniques: breads",
        ),
        // Module 4 from Tue 2 Feb, also 105 live minutes.
        (
            "DTSTART;TZID=Europe/London:20270202T180000",
            "Artisanal baking techniques: pastry — live, section 1 of 2",
        ),
        (
            "DTSTART;TZID=Europe/London:20270202T201500",
            "Artisanal baking techniques: pastry — live, section 2 of 2",
        ),
        (
            "DTSTART;VALUE=DATE:20270208",
            "Due: Artisanal baking techniques: pastry",
        ),
        // Module 5 from Tue 9 Feb: 90 live minutes, section 2 at 20:00.
        (
            "DTSTART;TZID=Europe/London:20270209T180000",
            "Assessment and transfer — live, section 1 of 2",
        ),
        (
            "DTSTART;TZID=Europe/London:20270209T200000",
            "Assessment and transfer — live, section 2 of 2",
        ),
        (
            "DTSTART;VALUE=DATE:20270215",
            "Due: Assessment and transfer",
        ),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(start, summary)| (start.to_string(), summary.to_string()))
        .collect();
    // The parser leaves text escapes (`\,`) as written.
    let starts: Vec<(String, String)> = starts
        .into_iter()
        .map(|(start, summary)| (start, summary.replace("\\,", ",")))
        .collect();
    assert_eq!(starts, expected);
    let breads = &calendar.events[2];
    assert_eq!(
        written(breads, "DTEND"),
        "DTEND;TZID=Europe/London:20270126T194500"
    );
    assert_eq!(
        property(breads, "UID").value.as_deref(),
        Some("master-baker-c1-m3-s1@coursegrid")
    );
    let description = property(breads, "DESCRIPTION").value.clone().unwrap();
    assert!(
        description.contains("A live Zoom class: shaping demo with Q and A"),
        "{description}"
    );
    // A deadline leaves the day free; a live session keeps its time busy.
    for event in &calendar.events {
        let summary = property(event, "SUMMARY").value.clone().unwrap_or_default();
        let transparent = event
            .properties
            .iter()
            .any(|p| p.name == "TRANSP" && p.value.as_deref() == Some("TRANSPARENT"));
        assert_eq!(transparent, summary.starts_with("Due: "), "{summary}");
    }
    // Deterministic: the same plan gives the same bytes.
    assert_eq!(text, calendar_of(&scheduled_demo(dir.path()), &[]));
}

#[test]
fn a_later_cohort_starts_a_quarter_of_the_year_on() {
    let dir = tempfile::tempdir().unwrap();
    let text = calendar_of(&scheduled_demo(dir.path()), &["--cohort", "2"]);
    let calendar = parse(&text);
    // Cohort 2 of 4: floor(52 x 1 / 4) = 13 weeks after Tue 12 Jan is
    // Tue 13 Apr; module 3 two weeks later, Tue 27 Apr, at 18:00 BST.
    let first_live = calendar
        .events
        .iter()
        .find(|e| property(e, "DTSTART").params.is_some() && written(e, "DTSTART").contains("TZID"))
        .unwrap();
    assert_eq!(
        written(first_live, "DTSTART"),
        "DTSTART;TZID=Europe/London:20270427T180000"
    );
    assert_eq!(
        property(first_live, "UID").value.as_deref(),
        Some("master-baker-c2-m3-s1@coursegrid")
    );
}

#[test]
fn a_cohort_outside_the_year_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let plan = scheduled_demo(dir.path());
    for cohort in ["0", "5"] {
        coursegrid(dir.path())
            .args(["calendar", "--cohort", cohort])
            .arg(&plan)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains("--cohort goes from 1 to 4"));
    }
}

#[test]
fn a_plan_without_a_schedule_says_what_to_add() {
    let dir = tempfile::tempdir().unwrap();
    // The demo plan with its schedule taken out.
    let text = fs::read_to_string(asset("master-baker.ron")).unwrap();
    let (from, to) = (
        text.find("    schedule: (").unwrap(),
        text.find("    modules: [").unwrap(),
    );
    let plan = dir.path().join("unscheduled.ron");
    fs::write(&plan, format!("{}{}", &text[..from], &text[to..])).unwrap();
    coursegrid(dir.path())
        .arg("calendar")
        .arg(&plan)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            contains("has no schedule")
                .and(contains("add one in the editor (S opens the schedule)"))
                .and(contains(
                    "schedule: (start: \"2027-01-11\", live: (weekday: Tue, time: \"18:00\", \
                     zone: \"Europe/London\")),",
                )),
        );
}

#[test]
fn output_goes_to_a_file_only_over_nothing_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let plan = scheduled_demo(dir.path());
    let out = dir.path().join("cohort1.ics");
    let expected = calendar_of(&plan, &[]);
    coursegrid(dir.path())
        .arg("calendar")
        .arg(&plan)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(contains("Wrote").and(contains("(iCalendar,")));
    assert_eq!(fs::read_to_string(&out).unwrap(), expected);

    fs::write(&out, "mine").unwrap();
    coursegrid(dir.path())
        .arg("calendar")
        .arg(&plan)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(contains("--force"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");

    coursegrid(dir.path())
        .arg("calendar")
        .arg(&plan)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&out).unwrap(), expected);

    // Never over the plan itself, even with --force.
    coursegrid(dir.path())
        .arg("calendar")
        .arg(&plan)
        .arg("-o")
        .arg(&plan)
        .arg("--force")
        .assert()
        .code(1);
    assert!(fs::read_to_string(&plan).unwrap().contains("schedule:"));
}

#[test]
fn a_dash_is_standard_output_and_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let plan = scheduled_demo(dir.path());
    let expected = calendar_of(&plan, &[]);
    assert_eq!(calendar_of(&plan, &["-o", "-"]), expected);
    // From standard input the UIDs take the title, here the same name.
    coursegrid(dir.path())
        .args(["calendar", "-"])
        .write_stdin(fs::read(&plan).unwrap())
        .assert()
        .success()
        .stdout(expected);
}
