//! The course in a calendar: an iCalendar file (RFC 5545) of one cohort's
//! live sessions and self-paced deadlines, for any calendar app to import.
//!
//! The dates (pure jiff, tested on their own) come first:
//! - cohort N (1-based, of k a year) starts floor(52 x (N-1) / k) weeks
//!   after the schedule's first session, as the staff week figures have it;
//! - module i starts after the weeks of the modules before it, its session on
//!   the live weekday of its first week ([`Schedule::session_after_weeks`],
//!   which reach uses too);
//! - live section s (0-based) starts s x (session + 30 minutes) after the
//!   slot, the session being the module's live minutes: sections run back to
//!   back, with a half-hour break between;
//! - a module runs 7 x weeks days from its session, so its self-paced work is
//!   due on its last day, session + 7 x weeks - 1 days (the reference
//!   article's time limit on self-paced work).
//!
//! Then the text, written with the `icalendar` crate: live sessions in the
//! slot's local time with a TZID and a VTIMEZONE built from the bundled
//! time-zone database, deadlines as all-day events. The same plan gives the
//! same bytes: UIDs and the DTSTAMP come from the plan, never from the clock.

use std::fmt::Write as _;
use std::path::Path;

use icalendar::{Calendar, Component, Event, EventLike};
use jiff::civil::{Date, DateTime};
use jiff::tz::{Offset, TimeZone};
use jiff::{Timestamp, ToSpan, ZonedDateTime};

use crate::atomic_file::WriteError;
use crate::model::{Course, Mode, Module, Schedule};

/// Why there is no calendar, written for the person at the terminal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error(
        "{plan} has no schedule, so its sessions have no dates: add one in the editor \
         (S opens the schedule), or after the assumptions block, like\n    schedule: (start: \"2027-01-11\", live: (weekday: Tue, \
         time: \"18:00\", zone: \"Europe/London\")),"
    )]
    NoSchedule { plan: String },
    #[error(
        "there is no cohort {cohort}: this plan runs {cohorts} cohort{s} a year, so --cohort \
         goes from 1 to {cohorts}",
        s = if *cohorts == 1 { "" } else { "s" }
    )]
    NoSuchCohort { cohort: u32, cohorts: u32 },
    #[error("cohort {cohort} of this plan ends after the last date a calendar can hold")]
    PastTheCalendar { cohort: u32 },
}

/// A live session of one section of one module, in the slot's local time.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// 0-based.
    pub module: usize,
    /// 0-based.
    pub section: u32,
    pub start: ZonedDateTime,
    pub end: ZonedDateTime,
}

/// The day a module's self-paced work is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// 0-based.
    pub module: usize,
    pub day: Date,
}

/// What one cohort's calendar holds, in the order it is written: each
/// module's live sessions, then its deadline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dates {
    pub sessions: Vec<Session>,
    pub deadlines: Vec<Deadline>,
}

/// The weeks from the first session to cohort `cohort`'s (1-based, of
/// `cohorts` a year): floor(52 x (cohort - 1) / cohorts).
pub fn cohort_offset_weeks(cohort: u32, cohorts: u32) -> u64 {
    52 * u64::from(cohort.saturating_sub(1)) / u64::from(cohorts.max(1))
}

/// The minutes of `module`'s planned cells in `mode`.
pub fn minutes_in(module: &Module, mode: Mode) -> u32 {
    module
        .cells()
        .filter(|(_, cell)| cell.planned_mode() == Some(mode))
        .map(|(_, cell)| u32::from(cell.minutes.get()))
        .sum()
}

/// The sessions and deadlines of cohort `cohort` (checked by the caller to
/// be 1 to cohorts_per_year) with `sections` live sections; `None` past the
/// calendar.
pub fn dates(course: &Course, schedule: &Schedule, cohort: u32, sections: u32) -> Option<Dates> {
    let slot = &schedule.live;
    let tz = slot.zone.time_zone();
    let mut weeks_before = cohort_offset_weeks(cohort, course.assumptions.cohorts_per_year());
    let mut dates = Dates::default();
    for (index, module) in course.modules().iter().enumerate() {
        let weeks = module.weeks.get();
        let session_day = schedule.session_after_weeks(weeks_before)?;
        weeks_before += u64::from(weeks);
        let live = minutes_in(module, Mode::Live);
        if live > 0 {
            // Compatible: a slot in a clock change's gap is read after it.
            let slot_start = session_day
                .to_datetime(slot.time.time())
                .to_zoned_datetime(tz.clone())
                .ok()?;
            for section in 0..sections {
                // On the timeline: a clock change between sections moves
                // the next section's clock time, never its real gap.
                let start = slot_start
                    .checked_add(i64::from(section * (live + 30)).minutes())
                    .ok()?;
                let end = start.checked_add(i64::from(live).minutes()).ok()?;
                dates.sessions.push(Session {
                    module: index,
                    section,
                    start,
                    end,
                });
            }
        }
        if minutes_in(module, Mode::SelfPaced) > 0 {
            let day = session_day
                .checked_add((7 * i64::from(weeks) - 1).days())
                .ok()?;
            dates.deadlines.push(Deadline { module: index, day });
        }
    }
    Some(dates)
}

/// The calendar of cohort `cohort` (1-based) of `course`, as iCalendar
/// text. `plan_name` names the plan in every UID (its file name without the
/// extension); `sections` is the analysis's live sections per cohort.
pub fn render(
    course: &Course,
    plan_name: &str,
    cohort: u32,
    sections: u32,
) -> Result<String, CalendarError> {
    let Some(schedule) = &course.schedule else {
        return Err(CalendarError::NoSchedule {
            plan: plan_name.to_owned(),
        });
    };
    let cohorts = course.assumptions.cohorts_per_year();
    if !(1..=cohorts).contains(&cohort) {
        return Err(CalendarError::NoSuchCohort { cohort, cohorts });
    }
    let dates = dates(course, schedule, cohort, sections)
        .ok_or(CalendarError::PastTheCalendar { cohort })?;
    let zone = &schedule.live.zone;
    let tzid = zone.time_zone().iana_name().unwrap_or(zone.name());
    // RFC 5545 requires a DTSTAMP on every event; the clock would make each
    // run differ, so it is the schedule's start at 00:00 UTC.
    let stamp = utc(schedule.start.to_datetime(jiff::civil::Time::midnight()));
    let uid_base = format!("{}-c{cohort}", uid_part(plan_name));
    let title = text(&course.title);

    // Not Calendar::new(): its PRODID names the crate, and a second one
    // would be appended, not replace it.
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property((
            "PRODID",
            concat!(
                "-//coursegrid//coursegrid ",
                env!("CARGO_PKG_VERSION"),
                "//EN"
            ),
        ))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name(&format!("{title}, cohort {cohort}"));
    let modules = course.modules();
    for (index, module) in modules.iter().enumerate() {
        let module_title = module_title(module, index);
        for session in dates.sessions.iter().filter(|s| s.module == index) {
            let section = session.section + 1;
            let summary = if sections == 1 {
                format!("{module_title} — live")
            } else {
                format!("{module_title} — live, section {section} of {sections}")
            };
            calendar.push(
                Event::new()
                    .uid(&format!("{uid_base}-m{}-s{section}@coursegrid", index + 1))
                    .timestamp(stamp)
                    .summary(&summary)
                    .description(&description(module, Mode::Live, &title))
                    .starts(local(&session.start, tzid))
                    .ends(local(&session.end, tzid))
                    .done(),
            );
        }
        if let Some(deadline) = dates.deadlines.iter().find(|d| d.module == index) {
            // An all-day event ends (exclusive) the day after its last day.
            let next = deadline.day.tomorrow().unwrap_or(deadline.day);
            calendar.push(
                Event::new()
                    .uid(&format!("{uid_base}-m{}-due@coursegrid", index + 1))
                    .timestamp(stamp)
                    .summary(&format!("Due: {module_title}"))
                    .description(&description(module, Mode::SelfPaced, &title))
                    .starts(naive_date(deadline.day))
                    .ends(naive_date(next))
                    // A deadline, not a meeting: the day stays free in a calendar.
                    .add_property("TRANSP", "TRANSPARENT")
                    .done(),
            );
        }
    }
    let mut written = calendar.done().to_string();
    if let (Some(first), Some(last)) = (dates.sessions.first(), dates.sessions.last()) {
        let block = vtimezone(
            zone.time_zone(),
            tzid,
            first.start.timestamp(),
            last.end.timestamp(),
        );
        // icalendar 0.17 cannot write a VTIMEZONE (it gives every component
        // a DTSTAMP and a UID, which a VTIMEZONE must not have), so it is
        // written here and set before the first event, where RFC 5545 wants
        // it defined for the TZID the events name.
        let at = written.find("BEGIN:VEVENT\r\n").unwrap_or(written.len());
        written.insert_str(at, &block);
    }
    Ok(folded(&written))
}

/// Longest line RFC 5545 allows, in octets, the line break not counted (a
/// continuation's leading space counted).
const LINE_OCTETS: usize = 75;

/// The calendar with every content line folded at [`LINE_OCTETS`], never
/// inside a UTF-8 character. icalendar 0.17 folds some lines at 76 octets
/// (75 after the continuation's space), which strict readers may refuse, so
/// its folds are undone and made again here.
fn folded(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "");
    let mut out = String::with_capacity(text.len() + text.len() / 70 * 3);
    for line in unfolded.split_terminator("\r\n") {
        let mut room = LINE_OCTETS;
        for c in line.chars() {
            if c.len_utf8() > room {
                out.push_str("\r\n ");
                room = LINE_OCTETS - 1;
            }
            out.push(c);
            room -= c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

/// Writes a calendar to `path` as every export is written (atomically, over
/// an existing file only with `force`); returns the confirmation a person
/// reads: `Wrote cohort1.ics (iCalendar, 3.2 KB)`.
pub fn write_to(path: &Path, text: &str, force: bool) -> Result<String, WriteError> {
    super::write_file(path, text, force)?;
    Ok(format!(
        "Wrote {} (iCalendar, {})",
        path.display(),
        super::size(text.len())
    ))
}

/// `Module 3` for a module with no title.
fn module_title(module: &Module, index: usize) -> String {
    match text(&module.title) {
        title if title.trim().is_empty() => format!("Module {}", index + 1),
        title => title,
    }
}

/// What a module's live session or self-paced work holds: each planned
/// event in `mode` with its minutes and activity (or kind).
fn description(module: &Module, mode: Mode, course_title: &str) -> String {
    let minutes = minutes_in(module, mode);
    let mut out = match mode {
        Mode::Live => format!("{course_title}: the live session, {minutes} minutes.\n"),
        Mode::SelfPaced => format!(
            "{course_title}: self-paced work to finish by the end of this day, {minutes} \
             minutes.\n"
        ),
    };
    for (event, cell) in module.cells() {
        if cell.planned_mode() != Some(mode) {
            continue;
        }
        let what = match cell.activity.as_deref().map(text) {
            Some(activity) if !activity.trim().is_empty() => activity,
            _ => cell.kind.label().to_owned(),
        };
        let _ = write!(
            out,
            "\n{}. {} ({} min): {what}",
            event.number(),
            event.label(),
            cell.minutes
        );
    }
    out
}

/// Text from a plan, without the control characters iCalendar forbids
/// (RFC 5545 3.3.11; a newline is escaped by the writer, a tab allowed).
fn text(value: &str) -> String {
    value
        .chars()
        .map(|c| match c {
            '\n' | '\t' => c,
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// A plan's name as a UID's part: letters, digits and hyphens, never empty.
fn uid_part(plan_name: &str) -> String {
    match slug::slugify(plan_name) {
        name if name.is_empty() => "plan".to_owned(),
        name => name,
    }
}

fn naive_date(date: Date) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        date.month() as u32,
        date.day() as u32,
    )
    // jiff's dates are all valid and within chrono's range.
    .unwrap_or_default()
}

fn naive(datetime: DateTime) -> chrono::NaiveDateTime {
    naive_date(datetime.date())
        .and_hms_opt(
            datetime.hour() as u32,
            datetime.minute() as u32,
            datetime.second() as u32,
        )
        .unwrap_or_default()
}

/// The clock time of `zoned` in its zone, for `DTSTART;TZID=...`.
fn local(zoned: &ZonedDateTime, tzid: &str) -> icalendar::CalendarDateTime {
    icalendar::CalendarDateTime::WithTimezone {
        date_time: naive(zoned.datetime()),
        tzid: tzid.to_owned(),
    }
}

fn utc(datetime: DateTime) -> chrono::DateTime<chrono::Utc> {
    naive(datetime).and_utc()
}

/// A VTIMEZONE for `tzid` that covers `from` to `to`: the observance in
/// force at `from`, then every change of clocks up to `to`, each with its
/// offsets before and after (explicit dates, no rules: exact for the dates
/// the calendar holds, whatever the zone's history).
fn vtimezone(tz: &TimeZone, tzid: &str, from: Timestamp, to: Timestamp) -> String {
    let mut out = format!("BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n");
    let just_after = from.checked_add(1.second()).unwrap_or(from);
    let in_force = tz.preceding(just_after).next();
    let mut observance = |at: Timestamp, after: Offset, name: &str, dst: bool| {
        let before = tz.to_offset(at.checked_sub(1.second()).unwrap_or(at));
        let kind = if dst { "DAYLIGHT" } else { "STANDARD" };
        let start = before.to_datetime(at);
        let _ = write!(
            out,
            "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\nTZNAME:{}\r\n\
             END:{kind}\r\n",
            start.strftime("%Y%m%dT%H%M%S"),
            offset_text(before),
            offset_text(after),
            text(name).replace([',', ';', '\\'], "")
        );
    };
    match in_force {
        Some(change) => observance(
            change.timestamp(),
            change.offset(),
            change.abbreviation(),
            change.dst().is_dst(),
        ),
        None => {
            // A zone that never changed its clocks: one observance from 1970.
            let info = tz.to_offset_info(from);
            observance(
                Timestamp::UNIX_EPOCH,
                info.offset(),
                info.abbreviation(),
                info.dst().is_dst(),
            )
        }
    }
    for change in tz.following(just_after) {
        if change.timestamp() > to {
            break;
        }
        observance(
            change.timestamp(),
            change.offset(),
            change.abbreviation(),
            change.dst().is_dst(),
        );
    }
    out.push_str("END:VTIMEZONE\r\n");
    out
}

/// `+0100`, `-0330`, `+054500` (seconds only when there are some).
fn offset_text(offset: Offset) -> String {
    let seconds = offset.seconds();
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
