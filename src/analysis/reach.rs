//! Reach: what share of the learners can attend the weekly live slot at a
//! reasonable hour of their own day, and which time of day would reach most.
//!
//! For each learner zone, the slot (its weekday and time in the slot's own
//! zone, resolved as jiff's `Disambiguation::Compatible`) is turned into
//! that zone's local time; the zone is reached when its local time is
//! within the plan's reach window, [reach_from, reach_to), wrapping past
//! midnight when from is after to.
//! - `share`: the weighted share reached on the first session's date.
//! - `min_share`: the lowest share over that date and the dates of cohort
//!   1's sessions: module i's session is on the live weekday of its first
//!   week, which starts after the weeks of the modules before it; only
//!   modules with a live cell have one. The US and Europe change clocks on
//!   different weeks, so a slot can lose a zone for a week or two.
//! - `best_time`: among the slot's own time and the 48 half-hour labels
//!   00:00 to 23:30 of the first session's date, in the slot's zone
//!   (skipping labels in a daylight-saving gap, a repeated label taken at its
//!   first occurrence), the one reaching the largest share; ties go to the
//!   slot's own time, then to the earliest label, so `best_share >= share`.

use jiff::Timestamp;
use jiff::civil::{Date, Weekday};
use jiff::tz::AmbiguousOffset;
use serde::Serialize;

use crate::model::{ClockTime, LearnerZones, LiveSlot, ReachWindow, Schedule};

/// Who the live slot reaches. See the module documentation for each figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Reach {
    pub share: f64,
    pub min_share: f64,
    pub slot: LiveSlot,
    pub first_session: Date,
    pub window: ReachWindow,
    pub best_time: ClockTime,
    pub best_share: f64,
    /// The zones the slot misses on the first session's date, largest
    /// weight first (ties in the plan's order).
    pub missed: Vec<MissedZone>,
    /// The first of cohort 1's sessions that reaches fewer than the first
    /// session does (`min_share`), when one does: a change of clocks in
    /// one zone and not in another.
    pub lowest: Option<LowestSession>,
}

/// A session whose reach falls below the first session's, and who it loses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LowestSession {
    pub date: Date,
    /// Index (0-based) of the module whose session it is.
    pub module: usize,
    /// The zones reached at the first session and missed at this one,
    /// largest weight first.
    pub lost: Vec<MissedZone>,
}

/// A learner zone the live slot misses, and the time the slot falls at there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MissedZone {
    pub zone: String,
    pub local_time: ClockTime,
    pub weight: f64,
}

impl Reach {
    /// The reach of `schedule`'s slot, given each module's length in weeks
    /// and whether it has a planned live cell (one entry per module in
    /// each). `None` without learner zones or without a live cell.
    pub fn of(schedule: &Schedule, module_weeks: &[u32], live: &[bool]) -> Option<Reach> {
        let zones = schedule.learner_zones.as_ref()?;
        if !live.iter().any(|&live| live) {
            return None;
        }
        let slot = &schedule.live;
        let window = schedule.reach;
        let first_session = schedule.first_session();
        let at = |date: Date, time: ClockTime| slot_instant(slot, date, time);
        let share_on = |date: Date| at(date, slot.time).map(|t| share(zones, window, t));
        let share = share_on(first_session).unwrap_or(0.0);
        let mut min_share = share;
        let mut lowest_at = None;
        let mut weeks_before = 0u64;
        for (module, (&weeks, &live)) in module_weeks.iter().zip(live).enumerate() {
            if live {
                let date = schedule.session_after_weeks(weeks_before);
                if let Some((date, session_share)) = date.and_then(|d| Some((d, share_on(d)?))) {
                    // Strictly less: the first date it falls to its lowest.
                    if session_share < min_share {
                        min_share = session_share;
                        lowest_at = Some((date, module));
                    }
                }
            }
            weeks_before += u64::from(weeks);
        }
        let (best_time, best_share) = best_time(slot, zones, window, first_session, share);
        let missed = at(first_session, slot.time)
            .map(|instant| missed(zones, window, instant))
            .unwrap_or_default();
        let lowest = lowest_at.and_then(|(date, module)| {
            let lost = at(date, slot.time)?;
            let lost = self::missed(zones, window, lost)
                .into_iter()
                .filter(|zone| !missed.iter().any(|first| first.zone == zone.zone))
                .collect();
            Some(LowestSession { date, module, lost })
        });
        Some(Reach {
            share,
            min_share,
            slot: slot.clone(),
            first_session,
            window,
            best_time,
            best_share,
            missed,
            lowest,
        })
    }
}

/// One learner zone at the live slot of the first session: its share of the
/// learners, the time its clocks show and whether the reach window holds it.
/// What the schedule dialog lists beside each zone.
#[derive(Debug, Clone, PartialEq)]
pub struct ZoneAtSlot {
    pub zone: String,
    pub weight: f64,
    /// `weight` over the total of every zone's weight, 0 to 1.
    pub share: f64,
    pub local_time: ClockTime,
    /// The learners' weekday at the slot when it is not the session's own
    /// (Tokyo's 03:00 is already Wednesday for a Tuesday 18:00 in London).
    pub other_day: Option<Weekday>,
    pub reached: bool,
}

/// Every learner zone of `schedule` at its slot on the first session's date,
/// in the plan's order, by the same rules as [`Reach::of`] (whose `share` is
/// the sum of the reached zones' shares). Empty without learner zones; no
/// live cell is needed, so a slot can be judged before one is planned.
pub fn zones_at_slot(schedule: &Schedule) -> Vec<ZoneAtSlot> {
    let Some(zones) = schedule.learner_zones.as_ref() else {
        return Vec::new();
    };
    let Some(instant) = slot_instant(&schedule.live, schedule.first_session(), schedule.live.time)
    else {
        return Vec::new();
    };
    let total = zones.total_weight();
    zones
        .iter()
        .map(|(zone, weight)| ZoneAtSlot {
            zone: zone.name().to_owned(),
            weight,
            share: weight / total,
            local_time: local_clock(zone.time_zone(), instant),
            other_day: Some(zone.time_zone().to_datetime(instant).date())
                .filter(|&date| date != schedule.first_session())
                .map(|date| date.weekday()),
            reached: reaches(schedule.reach, zone.time_zone(), instant),
        })
        .collect()
}

/// The time of day `zone`'s clocks show at `instant`, to the minute.
fn local_clock(zone: &jiff::tz::TimeZone, instant: Timestamp) -> ClockTime {
    let local = zone.to_datetime(instant);
    // Hours and minutes of a real clock always make a time of day.
    ClockTime::new(local.hour() as u8, local.minute() as u8)
        .unwrap_or_else(|| ReachWindow::default().from())
}

/// The instant the slot's zone shows `time` on `date`: a time skipped by a
/// change of clocks is read as after the change, a time repeated as its
/// first occurrence (jiff's `Compatible`). `None` only past the calendar.
fn slot_instant(slot: &LiveSlot, date: Date, time: ClockTime) -> Option<Timestamp> {
    let civil = date.to_datetime(time.time());
    slot.zone
        .time_zone()
        .to_ambiguous_timestamp(civil)
        .compatible()
        .ok()
}

/// The weighted share of learners whose local time at `instant` is in `window`.
fn share(zones: &LearnerZones, window: ReachWindow, instant: Timestamp) -> f64 {
    // Summed in the same order as the total, so the share never exceeds 1.
    let reached: f64 = zones
        .iter()
        .filter(|(zone, _)| reaches(window, zone.time_zone(), instant))
        .map(|(_, weight)| weight)
        .sum();
    reached / zones.total_weight()
}

fn reaches(window: ReachWindow, zone: &jiff::tz::TimeZone, instant: Timestamp) -> bool {
    window.contains(zone.to_datetime(instant).time())
}

/// The best of the slot's own time (whose share is `slot_share`) and the
/// half-hour labels of `date`, with its share.
fn best_time(
    slot: &LiveSlot,
    zones: &LearnerZones,
    window: ReachWindow,
    date: Date,
    slot_share: f64,
) -> (ClockTime, f64) {
    let tz = slot.zone.time_zone();
    let mut best = (slot.time, slot_share);
    for label in ClockTime::half_hours() {
        let ambiguous = tz.to_ambiguous_timestamp(date.to_datetime(label.time()));
        if matches!(ambiguous.offset(), AmbiguousOffset::Gap { .. }) {
            continue; // this clock time does not happen that day
        }
        // A repeated label (a fold) is taken at its first occurrence.
        let Ok(instant) = ambiguous.compatible() else {
            continue;
        };
        let label_share = share(zones, window, instant);
        // Strictly more: ties keep the slot's own time, then the earliest label.
        if label_share > best.1 {
            best = (label, label_share);
        }
    }
    best
}

/// The zones not reached at `instant`, largest weight first.
fn missed(zones: &LearnerZones, window: ReachWindow, instant: Timestamp) -> Vec<MissedZone> {
    let mut missed: Vec<MissedZone> = zones
        .iter()
        .filter(|(zone, _)| !reaches(window, zone.time_zone(), instant))
        .map(|(zone, weight)| MissedZone {
            zone: zone.name().to_owned(),
            local_time: local_clock(zone.time_zone(), instant),
            weight,
        })
        .collect();
    // Stable: equal weights keep the plan's order.
    missed.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    missed
}

/// The reach as `summary --json` gives it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReachSummary {
    pub share: f64,
    pub min_share: f64,
    /// `Tue 18:00 Europe/London`.
    pub slot: String,
    /// `HH:MM` in the slot's zone.
    pub best_time: ClockTime,
    pub best_share: f64,
}

impl From<&Reach> for ReachSummary {
    fn from(reach: &Reach) -> ReachSummary {
        ReachSummary {
            share: reach.share,
            min_share: reach.min_share,
            slot: reach.slot.to_string(),
            best_time: reach.best_time,
            best_share: reach.best_share,
        }
    }
}

#[cfg(test)]
#[path = "reach_tests.rs"]
mod tests;
