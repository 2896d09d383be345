//! The fast path for reading a plan: one typed pass over a file that is valid.
//!
//! It answers only "here is the course" or "not valid"; the thorough reader in
//! `read.rs` then finds and places every problem. Both accept exactly the same
//! files (a test in `read.rs` holds them to it).

use std::collections::HashSet;

use serde::Deserialize;

use super::FORMAT_VERSION;
use super::entries::{AssumptionFields, Entries, present};
use crate::model::{Assumption, Assumptions, Cell, Course, GagneEvent, Minutes, Mode, Module};

#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
struct PlanIn {
    format: u32,
    title: String,
    #[serde(default, deserialize_with = "present")]
    assumptions: Option<AssumptionFields<f64>>,
    modules: Vec<ModuleIn>,
}

#[derive(Deserialize)]
#[serde(rename = "Module", deny_unknown_fields)]
struct ModuleIn {
    title: String,
    #[serde(default, deserialize_with = "present")]
    cells: Option<Entries<GagneEvent, CellIn>>,
}

#[derive(Deserialize)]
#[serde(rename = "Cell", deny_unknown_fields)]
struct CellIn {
    mode: Mode,
    minutes: u16,
    #[serde(default, deserialize_with = "present")]
    activity: Option<String>,
}

/// The course, when `source` is a valid plan; `None` for any problem at all.
pub(super) fn parse(source: &str) -> Option<Course> {
    let plan: PlanIn = ron::Options::default().from_str(source).ok()?;
    if plan.format != FORMAT_VERSION {
        return None;
    }
    let mut assumptions = Assumptions::default();
    if let Some(given) = &plan.assumptions {
        for assumption in Assumption::ALL {
            if let Some(value) = given.get(assumption) {
                assumptions.set(assumption, value).ok()?;
            }
        }
    }
    if plan.modules.len() > Course::MAX_MODULES {
        return None;
    }
    let modules = plan
        .modules
        .into_iter()
        .map(module)
        .collect::<Option<Vec<_>>>()?;
    Course::new(plan.title, assumptions, modules).ok()
}

fn module(input: ModuleIn) -> Option<Module> {
    let mut module = Module::new(input.title);
    let mut seen = HashSet::new();
    for (event, cell) in input.cells.unwrap_or_default().entries {
        if !seen.insert(event) {
            return None;
        }
        *module.cell_mut(event) = Cell {
            mode: cell.mode,
            minutes: Minutes::new(cell.minutes)?,
            activity: cell.activity,
        };
    }
    Some(module)
}
