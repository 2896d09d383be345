//! The fast path for reading a plan: one typed pass over a file that is valid.
//!
//! It answers only "here is the course" or "not valid"; the thorough reader in
//! `read.rs` then finds and places every problem. Both accept exactly the same
//! files (a test in `read.rs` holds them to it).

use std::collections::HashSet;

use serde::Deserialize;

use super::entries::{AssumptionFields, Entries, KindFields, present};
use super::names::ModeName;
use super::schedule::{self, ScheduleIn};
use super::{FORMAT_VERSION, SUPPORT_FORMAT1};
use crate::model::{
    ActivityKind, Assumption, Assumptions, Cell, CompletionField, Course, Currency, GagneEvent,
    KindField, Minutes, Module, Setting, Weeks,
};

#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
struct PlanIn {
    format: u32,
    title: String,
    #[serde(default, deserialize_with = "present")]
    assumptions: Option<AssumptionFields<f64, Entries<ActivityKind, KindFields<f64>>, String>>,
    #[serde(default, deserialize_with = "present")]
    schedule: Option<ScheduleIn>,
    modules: Vec<ModuleIn>,
}

#[derive(Deserialize)]
#[serde(rename = "Module", deny_unknown_fields)]
struct ModuleIn {
    title: String,
    #[serde(default, deserialize_with = "present")]
    weeks: Option<u32>,
    #[serde(default, deserialize_with = "present")]
    cells: Option<Entries<GagneEvent, CellIn>>,
}

#[derive(Deserialize)]
#[serde(rename = "Cell", deny_unknown_fields)]
struct CellIn {
    mode: ModeName,
    minutes: u16,
    #[serde(default, deserialize_with = "present")]
    kind: Option<ActivityKind>,
    #[serde(default, deserialize_with = "present")]
    reuse: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    activity: Option<String>,
}

/// The course and the format it was written in, when `source` is a valid
/// plan; `None` for any problem at all.
pub(super) fn parse(source: &str) -> Option<(Course, u32)> {
    let plan: PlanIn = ron::Options::default().from_str(source).ok()?;
    if !(1..=FORMAT_VERSION).contains(&plan.format) {
        return None;
    }
    let format = plan.format;
    let mut assumptions = Assumptions::default();
    if let Some(given) = &plan.assumptions {
        for assumption in Assumption::ALL {
            if let Some(value) = given.get(assumption) {
                assumptions.set(assumption, value).ok()?;
            }
        }
        if format == 1 {
            if given.has_format2_fields() {
                return None;
            }
            for (_, value, kind) in given.format1_ratios() {
                if let Some(value) = value {
                    let setting = Setting::Kind(kind, KindField::BuildHoursPerHour);
                    assumptions.set_value(setting, value).ok()?;
                }
            }
            let support = given.support_minutes_per_learner_hour.unwrap_or(0.0);
            SUPPORT_FORMAT1.check(support).ok()?;
        } else {
            if !given.format1_only().is_empty() {
                return None;
            }
            for (setting, value) in given.money() {
                assumptions.set_value(setting, value).ok()?;
            }
            let rates = *assumptions.completion();
            let (with, without) = given.completion();
            assumptions
                .set_completion(
                    with.unwrap_or(rates.get(CompletionField::WithCheckpoints)),
                    without.unwrap_or(rates.get(CompletionField::WithoutCheckpoints)),
                )
                .ok()?;
            if let Some(currency) = &given.currency {
                assumptions.set_currency(Currency::new(currency).ok()?);
            }
            let mut seen = HashSet::new();
            for (kind, fields) in given.kinds.iter().flat_map(|k| &k.entries) {
                if !seen.insert(*kind) {
                    return None;
                }
                for (field, value) in fields.given() {
                    if !field.applies_to(*kind) {
                        return None;
                    }
                    assumptions
                        .set_value(Setting::Kind(*kind, field), value)
                        .ok()?;
                }
            }
        }
    }
    if plan.modules.len() > Course::MAX_MODULES {
        return None;
    }
    let schedule = match plan.schedule {
        Some(_) if format == 1 => return None,
        Some(fields) => Some(schedule::fast(fields)?),
        None => None,
    };
    let modules = plan
        .modules
        .into_iter()
        .map(|m| module(m, format))
        .collect::<Option<Vec<_>>>()?;
    let mut course = Course::new(plan.title, assumptions, modules).ok()?;
    course.schedule = schedule;
    Some((course, format))
}

fn module(input: ModuleIn, format: u32) -> Option<Module> {
    let mut module = Module::new(input.title);
    if let Some(weeks) = input.weeks {
        if format == 1 {
            return None;
        }
        module.weeks = Weeks::new(weeks)?;
    }
    let mut seen = HashSet::new();
    for (event, cell) in input.cells.unwrap_or_default().entries {
        if !seen.insert(event) {
            return None;
        }
        if format == 1 && (cell.kind.is_some() || cell.reuse.is_some()) {
            return None;
        }
        let mode = cell.mode.0;
        let kind = cell.kind.unwrap_or(event.default_kind(mode));
        if kind.mode() != mode {
            return None;
        }
        *module.cell_mut(event) = Cell {
            kind,
            minutes: Minutes::new(cell.minutes)?,
            reuse: cell.reuse.unwrap_or(false),
            activity: cell.activity,
        };
    }
    Some(module)
}
