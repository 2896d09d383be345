//! The warning for a live slot that misses many learners, word for word.

use super::*;
use crate::analysis::analyze;
use crate::model::{LearnerZones, LiveSlot, Schedule, Zone, parse_date};
use jiff::civil::Weekday;

/// The recommended plan (live practice and feedback in every module) with
/// the slot Tue `slot` London from Tuesday 12 January 2027 and `zones`.
fn warnings_for(slot: &str, zones: &[(&str, f64)]) -> Vec<Warning> {
    let mut course = Course::with_recommended_modules("Bread", 2).unwrap();
    let mut schedule = Schedule::new(
        parse_date("2027-01-12").unwrap(),
        LiveSlot {
            weekday: Weekday::Tuesday,
            time: slot.parse().unwrap(),
            zone: Zone::named("Europe/London").unwrap(),
        },
    );
    let zones = zones
        .iter()
        .map(|(name, weight)| (Zone::named(name).unwrap(), *weight));
    schedule.learner_zones = Some(LearnerZones::new(zones).unwrap());
    course.schedule = Some(schedule);
    analyze(&course)
        .warnings
        .into_iter()
        .filter(|w| matches!(w, Warning::LowReach { .. }))
        .collect()
}

#[test]
fn a_slot_that_misses_tokyo_names_it_and_says_no_time_does_better() {
    // 18:00 GMT: New York 13:00, Berlin 19:00, Tokyo 03:00: 75% (see reach_tests.rs).
    let found = warnings_for(
        "18:00",
        &[
            ("America/New_York", 40.0),
            ("Europe/Berlin", 35.0),
            ("Asia/Tokyo", 25.0),
        ],
    );
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "The live slot, Tue 18:00 Europe/London, reaches 75% of your learners between \
          08:00 and 22:00 their time; it misses Asia/Tokyo (03:00 there). No other time of \
          day reaches more: run a second live section at another time for those it misses, \
          or record each session and give them the Replay."
        ]
    );
}

#[test]
fn a_slot_that_misses_many_names_three_largest_and_the_better_time() {
    // 07:00 GMT: London 07:00, Paris and Berlin 08:00 (reached), New York 02:00,
    // Los Angeles 23:00 the day before, Sao Paulo 04:00, Tokyo 16:00 (reached).
    // Reached 10 + 10 + 5 = 25 of 100.
    let found = warnings_for(
        "07:00",
        &[
            ("Europe/London", 20.0),
            ("Europe/Paris", 10.0),
            ("Europe/Berlin", 10.0),
            ("America/New_York", 30.0),
            ("America/Los_Angeles", 15.0),
            ("America/Sao_Paulo", 10.0),
            ("Asia/Tokyo", 5.0),
        ],
    );
    // Best: the Americas and Europe together, from 16:00 GMT (Los Angeles 08:00,
    // Sao Paulo 13:00, New York 11:00, Berlin and Paris 17:00): 95 of 100,
    // only Tokyo (01:00) missed; 16:00 is the earliest label that reaches it.
    let [
        Warning::LowReach {
            share,
            best_time,
            best_share,
            ..
        },
    ] = &found[..]
    else {
        panic!("{found:?}");
    };
    assert_eq!(
        (*share, best_time.to_string(), *best_share),
        (0.25, "16:00".into(), 0.95)
    );
    assert_eq!(
        found[0].to_string(),
        "The live slot, Tue 07:00 Europe/London, reaches 25% of your learners between \
         08:00 and 22:00 their time; it misses America/New_York (02:00 there), \
         Europe/London (07:00 there), America/Los_Angeles (23:00 there) and 1 more. At \
         16:00 on the slot's clock it would reach 95%: run a second live section at another \
         time for those it misses, or record each session and give them the Replay."
    );
}

#[test]
fn a_slot_that_reaches_four_in_five_learners_earns_no_warning() {
    let found = warnings_for("18:00", &[("America/New_York", 80.0), ("Asia/Tokyo", 20.0)]);
    assert_eq!(found, []);
}

#[test]
fn a_share_just_under_four_in_five_never_reads_four_in_five() {
    // London 79.6, Tokyo 20.4 at 18:00 London: Tokyo (03:00) is missed, 79.6%,
    // which a whole percent would call 80%: under the line it warns about.
    let found = warnings_for("18:00", &[("Europe/London", 79.6), ("Asia/Tokyo", 20.4)]);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .to_string()
            .contains("reaches 79.6% of your learners"),
        "{}",
        found[0]
    );
}

#[test]
fn a_session_after_new_york_changes_its_clocks_loses_tokyo_and_says_when() {
    // Slot Tue 18:00 New York from 23 February 2027; four one-week modules,
    // each with live practice: sessions 23 Feb, 2, 9 and 16 March. New York
    // 50, London 20, Tokyo 30. In EST (to 9 March) 18:00 is 23:00 UTC:
    // London 23:00 missed, Tokyo 08:00 (Wednesday) reached: 80%. New York
    // moves its clocks on 14 March, London not till 28 March: on 16 March
    // 18:00 EDT is 22:00 UTC, London 22:00 still missed, Tokyo 07:00
    // missed: 50%, at module 4's session. Tokyo is the zone lost.
    let mut course = Course::with_recommended_modules("Bread", 4).unwrap();
    let mut schedule = Schedule::new(
        parse_date("2027-02-23").unwrap(),
        LiveSlot {
            weekday: Weekday::Tuesday,
            time: "18:00".parse().unwrap(),
            zone: Zone::named("America/New_York").unwrap(),
        },
    );
    let zones = [
        ("America/New_York", 50.0),
        ("Europe/London", 20.0),
        ("Asia/Tokyo", 30.0),
    ]
    .map(|(name, weight)| (Zone::named(name).unwrap(), weight));
    schedule.learner_zones = Some(LearnerZones::new(zones).unwrap());
    course.schedule = Some(schedule);
    let found: Vec<String> = analyze(&course)
        .warnings
        .iter()
        .filter(|w| matches!(w, Warning::ReachFalls { .. }))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "The live session of module 4 \"Module 4\" on Tue 16 Mar 2027 reaches 50% of your \
             learners, not 80%: one zone changes its clocks that week and another does not, \
             so the slot misses Asia/Tokyo (07:00 there). Move that week's session, or \
             record it and give those learners the Replay."
        ]
    );
    // No change of clocks in the course, no such warning.
    let mut steady = course.clone();
    if let Some(schedule) = steady.schedule.as_mut() {
        schedule.start = parse_date("2027-01-05").unwrap();
    }
    assert!(
        analyze(&steady)
            .warnings
            .iter()
            .all(|w| !matches!(w, Warning::ReachFalls { .. }))
    );
}
