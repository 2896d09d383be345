//! Reach worked by hand, across changes of clocks, and its invariants over
//! random schedules.
//!
//! The clocks in 2027: the US moves forward on Sunday 14 March and back on
//! Sunday 7 November; the EU and the UK forward on Sunday 28 March and back
//! on Sunday 31 October. New York is UTC-5 (EST) in winter and UTC-4 (EDT)
//! in summer; London UTC+0 (GMT) and UTC+1 (BST); Berlin UTC+1 and UTC+2;
//! Los Angeles UTC-8 and UTC-7; Tokyo (UTC+9) and Bangkok (UTC+7) never change.

use jiff::civil::Weekday;
use proptest::prelude::*;

use super::*;
use crate::model::{LearnerZones, Zone, parse_date};

fn time(text: &str) -> ClockTime {
    text.parse().unwrap()
}

/// A schedule starting on `start` with the slot `weekday time zone` and
/// learners in `zones`, default reach window 08:00 to 22:00.
fn schedule(
    start: &str,
    weekday: Weekday,
    slot: &str,
    zone: &str,
    zones: &[(&str, f64)],
) -> Schedule {
    let mut schedule = Schedule::new(
        parse_date(start).unwrap(),
        LiveSlot {
            weekday,
            time: time(slot),
            zone: Zone::named(zone).unwrap(),
        },
    );
    schedule.learner_zones = Some(
        LearnerZones::new(
            zones
                .iter()
                .map(|(name, weight)| (Zone::named(name).unwrap(), *weight)),
        )
        .unwrap(),
    );
    schedule
}

#[test]
fn the_issues_example_reaches_new_york_and_berlin_but_not_tokyo() {
    let s = schedule(
        "2027-01-11",
        Weekday::Tuesday,
        "18:00",
        "Europe/London",
        &[
            ("America/New_York", 40.0),
            ("Europe/Berlin", 35.0),
            ("Asia/Tokyo", 25.0),
        ],
    );
    let reach = Reach::of(&s, &[1, 1, 1], &[true, true, true]).unwrap();
    // 2027-01-11 is a Monday: the first session is Tuesday 12 January.
    assert_eq!(reach.first_session, parse_date("2027-01-12").unwrap());
    // 18:00 GMT = 18:00 UTC: New York 13:00 (reached), Berlin 19:00 (reached),
    // Tokyo 03:00 the next morning (missed). share = (40 + 35) / 100 = 0.75.
    assert_eq!(reach.share, 0.75);
    // The sessions on 19 and 26 January keep every offset: min_share = 0.75.
    assert_eq!(reach.min_share, 0.75);
    // No time reaches Tokyo with either of the others: Tokyo's 08:00-22:00 is
    // 23:00-13:00 UTC, New York's 13:00-03:00 UTC (they only touch at 13:00,
    // where Tokyo is already 22:00), Berlin's 07:00-21:00 UTC overlaps Tokyo
    // in 07:00-13:00 UTC, but New York is then 02:00-08:00 (60% at most). So
    // 75% is the best, and the tie goes to the slot's own time.
    assert_eq!((reach.best_time, reach.best_share), (time("18:00"), 0.75));
    assert_eq!(
        reach.missed,
        [MissedZone {
            zone: "Asia/Tokyo".into(),
            local_time: time("03:00"),
            weight: 25.0
        }]
    );
    let summary = serde_json::to_value(ReachSummary::from(&reach)).unwrap();
    assert_eq!(
        summary,
        serde_json::json!({
            "share": 0.75,
            "min_share": 0.75,
            "slot": "Tue 18:00 Europe/London",
            "best_time": "18:00",
            "best_share": 0.75,
        })
    );
}

#[test]
fn each_zone_at_the_slot_has_its_share_local_time_and_whether_it_is_reached() {
    let s = schedule(
        "2027-01-11",
        Weekday::Tuesday,
        "18:00",
        "Europe/London",
        &[
            ("Europe/London", 50.0),
            ("America/New_York", 30.0),
            ("Asia/Tokyo", 20.0),
        ],
    );
    // Tuesday 12 January, 18:00 GMT: London 18:00, New York 13:00 (EST,
    // UTC-5), Tokyo 03:00 on Wednesday (UTC+9), outside 08:00-22:00.
    let zones = zones_at_slot(&s);
    let rows: Vec<(String, f64, String, bool)> = zones
        .iter()
        .map(|z| (z.zone.clone(), z.share, z.local_time.to_string(), z.reached))
        .collect();
    let expected = [
        ("Europe/London", 0.5, "18:00", true),
        ("America/New_York", 0.3, "13:00", true),
        ("Asia/Tokyo", 0.2, "03:00", false),
    ]
    .map(|(zone, share, time, reached)| (zone.to_owned(), share, time.to_owned(), reached));
    assert_eq!(rows, expected);
    // Tue 18:00 in London (GMT in January) is 03:00 on Wednesday in Tokyo
    // (UTC+9); New York's 13:00 is still Tuesday.
    let days: Vec<Option<Weekday>> = zones.iter().map(|z| z.other_day).collect();
    assert_eq!(days, [None, None, Some(Weekday::Wednesday)]);
    // The reached shares add up to the reach the panel shows.
    let reach = Reach::of(&s, &[1], &[true]).unwrap();
    let reached: f64 = zones.iter().filter(|z| z.reached).map(|z| z.share).sum();
    assert_eq!(reach.share, 0.8);
    assert!((reached - reach.share).abs() < 1e-12);
    // Without learner zones there is nothing to list.
    let mut none = s.clone();
    none.learner_zones = None;
    assert!(zones_at_slot(&none).is_empty());
}

#[test]
fn tokyo_is_lost_when_new_york_moves_its_clocks() {
    // Slot Tue 18:00 New York; learners New York 50, London 20, Tokyo 30.
    let s = schedule(
        "2027-02-23",
        Weekday::Tuesday,
        "18:00",
        "America/New_York",
        &[
            ("America/New_York", 50.0),
            ("Europe/London", 20.0),
            ("Asia/Tokyo", 30.0),
        ],
    );
    // Sessions 23 Feb, 2 Mar, 9 Mar (EST: 18:00 = 23:00 UTC) and 16 Mar (EDT:
    // 18:00 = 22:00 UTC).
    // EST: New York 18:00 reached; London 23:00 missed; Tokyo 08:00 Wednesday
    // reached: share = (50 + 30) / 100 = 0.8.
    // EDT: London 22:00, missed (the window ends before 22:00); Tokyo 07:00,
    // missed: 50 / 100 = 0.5, the lowest: min_share = 0.5.
    let reach = Reach::of(&s, &[1, 1, 1, 1], &[true; 4]).unwrap();
    assert_eq!(reach.share, 0.8);
    assert_eq!(reach.min_share, 0.5);
    // Only three modules: the last session is 9 March, before the change.
    let reach = Reach::of(&s, &[1, 1, 1], &[true; 3]).unwrap();
    assert_eq!(reach.min_share, 0.8);
}

#[test]
fn a_slot_reaches_new_york_only_while_europe_has_not_changed_its_clocks() {
    // Slot Tue 12:30 London; learners New York 40, London 60. The course
    // starts on Tuesday 16 March, between the US change (14 March) and
    // Europe's (28 March).
    let s = schedule(
        "2027-03-16",
        Weekday::Tuesday,
        "12:30",
        "Europe/London",
        &[("America/New_York", 40.0), ("Europe/London", 60.0)],
    );
    // 16 and 23 March: 12:30 GMT = 12:30 UTC, New York (EDT) 08:30: everyone,
    // share = 1.0. From 30 March: 12:30 BST = 11:30 UTC, New York 07:30: missed,
    // 60 / 100 = 0.6.
    let reach = Reach::of(&s, &[1, 1, 1], &[true; 3]).unwrap();
    assert_eq!((reach.share, reach.min_share), (1.0, 0.6));
    // Sessions 16 and 23 March only: no session after Europe's change.
    let reach = Reach::of(&s, &[1, 1, 1], &[true, true, false]).unwrap();
    assert_eq!(reach.min_share, 1.0);
    // A first module of two weeks puts the second module's session on 30 March.
    let reach = Reach::of(&s, &[2, 1], &[true, true]).unwrap();
    assert_eq!(reach.min_share, 0.6);
    assert_eq!((reach.best_time, reach.best_share), (time("12:30"), 1.0));
}

#[test]
fn the_best_time_skips_labels_in_the_spring_gap() {
    // First session Sunday 28 March, when London's clocks go from 01:00 GMT
    // to 02:00 BST: the labels 01:00 and 01:30 do not happen that day.
    // Slot Sun 20:00 London (BST: 19:00 UTC); learners Bangkok 30, Los Angeles 70.
    let s = schedule(
        "2027-03-28",
        Weekday::Sunday,
        "20:00",
        "Europe/London",
        &[("Asia/Bangkok", 30.0), ("America/Los_Angeles", 70.0)],
    );
    let reach = Reach::of(&s, &[1], &[true]).unwrap();
    // 19:00 UTC: Bangkok 02:00 (missed), Los Angeles (PDT since 14 March) 12:00.
    assert_eq!(reach.share, 0.7);
    // Bangkok's 08:00-22:00 is 01:00-15:00 UTC; Los Angeles' is 15:00-05:00 UTC:
    // both from 01:00 to 05:00 UTC. On the labels: 00:00 and 00:30 GMT are
    // 00:00 and 00:30 UTC (Bangkok 07:00, 07:30: missed); 01:00 and 01:30 are
    // skipped; 02:00 BST is 01:00 UTC: both reached. Were 01:00 read (as the
    // slot's own time is, after the gap) it would be 01:00 UTC too and, being
    // earlier, win: the skip is why the answer is 02:00.
    assert_eq!((reach.best_time, reach.best_share), (time("02:00"), 1.0));
    assert_eq!(reach.missed[0].local_time, time("02:00"));
}

#[test]
fn the_best_time_takes_a_repeated_label_at_its_first_occurrence() {
    // Sunday 31 October: London goes back from 02:00 BST to 01:00 GMT, so
    // 01:00 and 01:30 happen twice. Learners in Bangkok only (01:00-15:00 UTC).
    let s = schedule(
        "2027-10-31",
        Weekday::Sunday,
        "20:00",
        "Europe/London",
        &[("Asia/Bangkok", 1.0)],
    );
    let reach = Reach::of(&s, &[1], &[true]).unwrap();
    // Slot 20:00 GMT = 20:00 UTC, Bangkok 03:00: missed.
    assert_eq!(reach.share, 0.0);
    // 01:00 first happens at 01:00 BST = 00:00 UTC (Bangkok 07:00: missed),
    // 01:30 at 00:30 UTC (07:30: missed); 02:00 GMT = 02:00 UTC (09:00) is the
    // first label to reach Bangkok. (Read at its second occurrence, 01:00
    // would be 01:00 UTC, Bangkok 08:00, and win.)
    assert_eq!((reach.best_time, reach.best_share), (time("02:00"), 1.0));
}

#[test]
fn a_window_past_midnight_reaches_night_owls() {
    let mut s = schedule(
        "2027-01-11",
        Weekday::Tuesday,
        "18:00",
        "Europe/London",
        &[("Asia/Tokyo", 1.0), ("Europe/London", 1.0)],
    );
    s.reach = ReachWindow::new(time("17:00"), time("04:00")).unwrap();
    // 18:00 UTC: London 18:00 reached, Tokyo 03:00 reached (before 04:00).
    let reach = Reach::of(&s, &[1], &[true]).unwrap();
    assert_eq!(reach.share, 1.0);
}

#[test]
fn no_reach_without_learner_zones_or_a_live_cell() {
    let mut s = schedule(
        "2027-01-11",
        Weekday::Tuesday,
        "18:00",
        "Europe/London",
        &[("Asia/Tokyo", 1.0)],
    );
    assert_eq!(Reach::of(&s, &[1, 1], &[false, false]), None);
    s.learner_zones = None;
    assert_eq!(Reach::of(&s, &[1, 1], &[true, true]), None);
}

#[test]
fn missed_zones_come_largest_first() {
    let s = schedule(
        "2027-01-11",
        Weekday::Tuesday,
        "04:00",
        "UTC",
        &[
            ("Europe/London", 10.0),
            ("Europe/Berlin", 30.0),
            ("Asia/Tokyo", 1.0),
            ("Europe/Paris", 30.0),
        ],
    );
    let reach = Reach::of(&s, &[1], &[true]).unwrap();
    let missed: Vec<(&str, String)> = reach
        .missed
        .iter()
        .map(|m| (m.zone.as_str(), m.local_time.to_string()))
        .collect();
    assert_eq!(
        missed,
        [
            ("Europe/Berlin", "05:00".into()),
            ("Europe/Paris", "05:00".into()),
            ("Europe/London", "04:00".into())
        ]
    );
}

const ZONES: [&str; 10] = [
    "America/New_York",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
    "Australia/Lord_Howe",
];

fn random_time() -> impl Strategy<Value = ClockTime> {
    (0u8..24, 0u8..60).prop_map(|(h, m)| ClockTime::new(h, m).unwrap())
}

prop_compose! {
    fn random_schedule()(
        days in 0i64..800,
        weekday in 0i8..7,
        slot_time in random_time(),
        slot_zone in 0..ZONES.len(),
        weights in proptest::collection::vec(proptest::option::of(0.01f64..1000.0), ZONES.len()),
        from in random_time(),
        to in random_time(),
    ) -> Schedule {
        let start = parse_date("2026-01-01")
            .unwrap()
            .checked_add(jiff::Span::new().days(days))
            .unwrap();
        let mut schedule = Schedule::new(start, LiveSlot {
            weekday: Weekday::from_monday_zero_offset(weekday).unwrap(),
            time: slot_time,
            zone: Zone::named(ZONES[slot_zone]).unwrap(),
        });
        let zones = ZONES
            .iter()
            .zip(weights)
            .filter_map(|(name, weight)| weight.map(|w| (Zone::named(name).unwrap(), w)));
        schedule.learner_zones = LearnerZones::new(zones).ok();
        if let Ok(window) = ReachWindow::new(from, to) {
            schedule.reach = window;
        }
        schedule
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn shares_stay_between_zero_and_one_and_the_best_is_never_worse(
        schedule in random_schedule(),
        modules in proptest::collection::vec((1u32..=8, any::<bool>()), 1..30),
    ) {
        let (weeks, live): (Vec<u32>, Vec<bool>) = modules.into_iter().unzip();
        if let Some(reach) = Reach::of(&schedule, &weeks, &live) {
            prop_assert!((0.0..=1.0).contains(&reach.share), "{reach:?}");
            prop_assert!(reach.min_share >= 0.0 && reach.min_share <= reach.share, "{reach:?}");
            prop_assert!(reach.best_share >= reach.share, "{reach:?}");
            prop_assert!(reach.best_share <= 1.0, "{reach:?}");
        } else {
            prop_assert!(schedule.learner_zones.is_none() || !live.contains(&true));
        }
    }
}
