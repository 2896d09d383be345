//! Each change the schedule dialog makes, on a schedule alone: a value
//! typed, ←→ on a row, a learner zone added or removed. Each says what it
//! did, for the status line, or why not, in the model's words; the dialog
//! (`super`) applies the result to the plan as one edit.

use jiff::ToSpan;

use crate::model::{
    ClockTime, LearnerZones, ReachWindow, Schedule, ScheduleError, Zone, capitalized, parse_date,
    weekday_abbreviation,
};
use crate::present::date::session_date;

use super::Row;
use super::completion;

/// A refusal of the model, as the dialog shows it: in the model's words,
/// but for the two that name the plan file's fields (`learner_zones`,
/// `reach_from`), which say it with the dialog's.
pub(super) fn said(error: ScheduleError) -> String {
    match error {
        ScheduleError::DuplicateZone(zone) => {
            format!("{zone} is a learner zone already: change its weight on its row")
        }
        ScheduleError::EmptyWindow(time) => format!(
            "Reach from and reach to are both {time}: learners could attend no hour; \
             make them differ (from after to wraps past midnight)"
        ),
        ScheduleError::UnknownZone(name) => {
            capitalized(&crate::plan_file::names::unknown_zone(&name))
        }
        error => capitalized(&error.to_string()),
    }
}

/// The row's value as typing starts from it (the first character typed
/// replaces it); nothing on the row that adds a zone.
pub(super) fn typed_start(row: Row, schedule: &Schedule) -> String {
    match row {
        Row::Start => schedule.start.to_string(),
        Row::Weekday => weekday_abbreviation(schedule.live.weekday).to_owned(),
        Row::Time => schedule.live.time.to_string(),
        Row::Zone => schedule.live.zone.name().to_owned(),
        Row::ReachFrom => schedule.reach.from().to_string(),
        Row::ReachTo => schedule.reach.to().to_string(),
        Row::Learner(index) => learner_zones(schedule)
            .get(index)
            .map_or_else(String::new, |(_, weight)| weight.to_string()),
        Row::AddLearner => String::new(),
    }
}

/// The schedule's learner zones as a list to change (empty without any).
pub(super) fn learner_zones(schedule: &Schedule) -> Vec<(Zone, f64)> {
    schedule
        .learner_zones
        .iter()
        .flat_map(|zones| zones.iter().map(|(zone, weight)| (zone.clone(), weight)))
        .collect()
}

/// Puts `zones` back into `schedule` (none at all when the list is empty).
fn set_learner_zones(schedule: &mut Schedule, zones: Vec<(Zone, f64)>) -> Result<(), String> {
    schedule.learner_zones = if zones.is_empty() {
        None
    } else {
        Some(LearnerZones::new(zones).map_err(said)?)
    };
    Ok(())
}

/// "starts 2027-01-11, first session Tue 12 Jan 2027".
fn starts(schedule: &Schedule) -> String {
    format!(
        "starts {}, first session {}",
        schedule.start,
        session_date(schedule.first_session())
    )
}

/// "learners can attend 08:00 to 22:00 their time".
fn window(schedule: &Schedule) -> String {
    format!(
        "learners can attend {} to {} their time",
        schedule.reach.from(),
        schedule.reach.to()
    )
}

/// `time` moved by `minutes`, around the clock.
fn shifted(time: ClockTime, minutes: i32) -> ClockTime {
    let moved = (i32::from(time.minutes()) + minutes).rem_euclid(24 * 60);
    ClockTime::new((moved / 60) as u8, (moved % 60) as u8).unwrap_or(time)
}

/// Sets the weight of learner zone `index` to `weight`.
fn set_weight(schedule: &mut Schedule, index: usize, weight: f64) -> Result<String, String> {
    let mut zones = learner_zones(schedule);
    let Some(entry) = zones.get_mut(index) else {
        return Err("That learner zone is gone (an undo took it away)".to_owned());
    };
    entry.1 = LearnerZones::check_weight(&entry.0, weight).map_err(said)?;
    let done = format!("{} weighs {weight}", entry.0.name());
    set_learner_zones(schedule, zones)?;
    Ok(done)
}

/// The value typed for `row`, applied; what it did, or why not.
pub(super) fn set_typed(
    schedule: &mut Schedule,
    row: Row,
    text: &str,
    chosen: usize,
) -> Result<String, String> {
    // "9:30" as people type it, though a plan file writes "09:30".
    let parse_time = |text: &str| {
        let text = text.trim();
        let padded = match text.split_once(':') {
            Some((hour, _)) if hour.len() == 1 => format!("0{text}"),
            _ => text.to_owned(),
        };
        padded.parse::<ClockTime>().map_err(said)
    };
    match row {
        Row::Start => {
            schedule.start = parse_date(text.trim()).map_err(said)?;
            Ok(starts(schedule))
        }
        Row::Weekday => Ok(format!("live on {}", text)),
        Row::Time => {
            schedule.live.time = parse_time(text)?;
            Ok(format!("live slot {}", schedule.live))
        }
        Row::Zone => {
            schedule.live.zone = completion::resolve(text, chosen, &[]).map_err(said)?;
            Ok(format!("live slot {}", schedule.live))
        }
        Row::ReachFrom => {
            schedule.reach =
                ReachWindow::new(parse_time(text)?, schedule.reach.to()).map_err(said)?;
            Ok(window(schedule))
        }
        Row::ReachTo => {
            schedule.reach =
                ReachWindow::new(schedule.reach.from(), parse_time(text)?).map_err(said)?;
            Ok(window(schedule))
        }
        Row::Learner(index) => {
            let weight = text.trim().parse::<f64>().map_err(|_| {
                format!(
                    "\"{}\" is not a weight: type a count of learners (30) or a share (0.3)",
                    crate::present::printable::truncate(
                        &crate::present::printable::printable(text),
                        20
                    )
                )
            })?;
            set_weight(schedule, index, weight)
        }
        Row::AddLearner => {
            let mut zones = learner_zones(schedule);
            let listed: Vec<&str> = zones.iter().map(|(zone, _)| zone.name()).collect();
            let zone = completion::resolve(text, chosen, &listed).map_err(said)?;
            // A new zone starts as small as the smallest: usually the few
            // learners elsewhere; its row is selected to type its weight.
            let weight = zones
                .iter()
                .map(|(_, weight)| *weight)
                .reduce(f64::min)
                .unwrap_or(1.0);
            let done = format!(
                "{} added, weighing {weight} (type a number to change it)",
                zone.name()
            );
            LearnerZones::push(&mut zones, zone, weight).map_err(said)?;
            set_learner_zones(schedule, zones)?;
            Ok(done)
        }
    }
}

/// ←→ on `row`: the start a week earlier or later, the weekday before or
/// after, a time 30 minutes earlier or later, a learner zone's weight by 1.
pub(super) fn adjusted(schedule: &mut Schedule, row: Row, by: i32) -> Result<String, String> {
    match row {
        Row::Start => {
            let moved = schedule
                .start
                .checked_add((7 * i64::from(by)).days())
                .map_err(|_| "No such date: the calendar ends there".to_owned())?;
            // The model's range of years, in its words.
            schedule.start = parse_date(&moved.to_string()).map_err(said)?;
            Ok(starts(schedule))
        }
        Row::Weekday => {
            schedule.live.weekday = schedule.live.weekday.wrapping_add(by);
            Ok(format!("live slot {}", schedule.live))
        }
        Row::Time => {
            schedule.live.time = shifted(schedule.live.time, 30 * by);
            Ok(format!("live slot {}", schedule.live))
        }
        Row::ReachFrom | Row::ReachTo => {
            let (mut from, mut to) = (schedule.reach.from(), schedule.reach.to());
            if row == Row::ReachFrom {
                from = shifted(from, 30 * by);
            } else {
                to = shifted(to, 30 * by);
            }
            schedule.reach = ReachWindow::new(from, to).map_err(said)?;
            Ok(window(schedule))
        }
        Row::Learner(index) => {
            let weight = learner_zones(schedule)
                .get(index)
                .map_or(0.0, |(_, weight)| *weight)
                + f64::from(by);
            if weight <= 0.0 {
                return Err("A weight stays above 0: type a smaller one (0.5), \
                            or x removes the zone"
                    .to_owned());
            }
            set_weight(schedule, index, weight)
        }
        Row::Zone | Row::AddLearner => {
            Err("A zone is typed: any letter starts its name, Enter edits it".to_owned())
        }
    }
}

/// The learner zone at `index` taken out (with the last, the schedule has
/// no learner zones and no reach).
pub(super) fn remove_learner(schedule: &mut Schedule, index: usize) -> Result<String, String> {
    let mut zones = learner_zones(schedule);
    if index >= zones.len() {
        return Err("That learner zone is gone (an undo took it away)".to_owned());
    }
    let (zone, _) = zones.remove(index);
    set_learner_zones(schedule, zones)?;
    Ok(format!("{} removed from the learner zones", zone.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(text: &str) -> ClockTime {
        text.parse().unwrap()
    }

    fn baker() -> Schedule {
        crate::samples::Sample::MasterBaker
            .course()
            .schedule
            .unwrap()
    }

    fn zones(schedule: &Schedule) -> Vec<(String, f64)> {
        learner_zones(schedule)
            .into_iter()
            .map(|(zone, weight)| (zone.name().to_owned(), weight))
            .collect()
    }

    #[test]
    fn a_zone_added_takes_the_smallest_weight_and_the_last_removed_leaves_none() {
        let mut schedule = baker();
        let done = set_typed(&mut schedule, Row::AddLearner, "kolk", 0).unwrap();
        assert_eq!(
            done,
            "Asia/Kolkata added, weighing 20 (type a number to change it)"
        );
        assert_eq!(zones(&schedule)[3], ("Asia/Kolkata".to_owned(), 20.0));
        for _ in 0..4 {
            remove_learner(&mut schedule, 0).unwrap();
        }
        assert_eq!(schedule.learner_zones, None, "no zones, no empty list");
        assert!(remove_learner(&mut schedule, 0).is_err());
        // The first zone of a schedule without any weighs 1.
        set_typed(&mut schedule, Row::AddLearner, "UTC", 0).unwrap();
        assert_eq!(zones(&schedule), [("UTC".to_owned(), 1.0)]);
    }

    #[test]
    fn a_weight_moves_by_one_and_never_to_zero() {
        let mut schedule = baker();
        adjusted(&mut schedule, Row::Learner(2), 1).unwrap();
        assert_eq!(zones(&schedule)[2].1, 21.0);
        set_typed(&mut schedule, Row::Learner(2), "0.5", 0).unwrap();
        let before = schedule.clone();
        assert!(adjusted(&mut schedule, Row::Learner(2), -1).is_err());
        assert_eq!(schedule, before);
        let refused = set_typed(&mut schedule, Row::Learner(2), "-3", 0).unwrap_err();
        assert!(refused.contains("must be a positive number"), "{refused}");
    }

    #[test]
    fn the_start_moves_by_weeks_and_the_reach_window_is_never_empty() {
        let mut schedule = baker();
        assert_eq!(
            adjusted(&mut schedule, Row::Start, 1).unwrap(),
            "starts 2027-01-18, first session Tue 19 Jan 2027"
        );
        set_typed(&mut schedule, Row::ReachFrom, "21:30", 0).unwrap();
        let refused = adjusted(&mut schedule, Row::ReachFrom, 1).unwrap_err();
        assert!(
            refused.starts_with("Reach from and reach to are both 22:00"),
            "{refused}"
        );
        assert_eq!(schedule.reach.from(), time("21:30"));
    }

    #[test]
    fn times_move_around_the_clock() {
        assert_eq!(shifted(time("18:00"), 30), time("18:30"));
        assert_eq!(shifted(time("23:30"), 30), time("00:00"));
        assert_eq!(shifted(time("00:00"), -30), time("23:30"));
        assert_eq!(shifted(time("18:15"), -30), time("17:45"));
    }

    #[test]
    fn a_time_takes_one_digit_for_the_hour_and_a_weight_has_a_ceiling() {
        let mut schedule = baker();
        set_typed(&mut schedule, Row::Time, "9:30", 0).unwrap();
        assert_eq!(schedule.live.time, time("09:30"));
        assert!(set_typed(&mut schedule, Row::Time, "9:3", 0).is_err());
        let refused = set_typed(&mut schedule, Row::Learner(0), "123456789012", 0).unwrap_err();
        assert!(refused.contains("at most 1,000,000,000"), "{refused}");
    }
}
