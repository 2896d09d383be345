//! Reading a plan file: RON text to a [`Course`], or every problem found,
//! each with its line and column.
//!
//! Reading happens in two stages. The first parses the document's shape and
//! keeps each value as its raw text (a borrowed [`RawValue`], a slice of the
//! source). The second reads each value on its own, so that one bad value is
//! reported at its own position and the rest of the file is still checked:
//! `coursegrid check` can then list every problem, not just the first.

use std::collections::HashSet;
use std::fmt;

use ron::value::RawValue;
use serde::Deserialize;

use crate::model::{ActivityKind, Assumptions, Cell, Course, GagneEvent, Minutes, Module, Weeks};

use super::describe::describe;
use super::entries::{Entries, kind_mode_message, present};
use super::fast;
use super::names::{ModeName, hyphenated_name};

mod assumptions;
mod schedule;
use super::FORMAT_VERSION;
use super::position::{offset_in, place};

/// One problem in a plan file, at a 1-based line and column (in characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Parses plan text into a course, or returns every problem found, in file order.
pub fn parse(source: &str) -> Result<Course, Vec<Problem>> {
    parse_with_format(source).map(|(course, _)| course)
}

/// Parses plan text into a course and the format it was written in (1 or
/// [`FORMAT_VERSION`]), or returns every problem found, in file order.
pub fn parse_with_format(source: &str) -> Result<(Course, u32), Vec<Problem>> {
    // Most files are valid: read them in one pass, and only take the slower,
    // value-by-value reading when there are problems to point at.
    fast::parse(source).map_or_else(|| parse_thoroughly(source), Ok)
}

/// Reads every value on its own, to find every problem and its position.
pub(super) fn parse_thoroughly(source: &str) -> Result<(Course, u32), Vec<Problem>> {
    if source.trim().is_empty() {
        return Err(vec![Problem {
            line: 1,
            column: 1,
            message: format!(
                "the file is empty: a plan starts with \
                 `(format: {FORMAT_VERSION}, title: \"...\", modules: [...])`"
            ),
        }]);
    }
    let document: PlanDoc = match ron::Options::default().from_str(source) {
        Ok(document) => document,
        Err(error) => {
            let offset = offset_in(source, error.span.start);
            let problem = syntax_problem(source, offset, &error.code);
            return Err(place(source, vec![problem]));
        }
    };
    let mut reader = Reader {
        source,
        problems: Vec::new(),
    };
    let course = reader.course(&document);
    match course {
        Some(course) if reader.problems.is_empty() => Ok(course),
        _ => Err(place(source, reader.problems)),
    }
}

// Stage one: the document's shape, every value kept as raw text. The serde
// names are the ones a user sees in messages ("missing field `mode` in `Cell`").

#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
struct PlanDoc<'a> {
    #[serde(borrow)]
    format: &'a RawValue,
    #[serde(borrow)]
    title: &'a RawValue,
    #[serde(borrow, default, deserialize_with = "present")]
    assumptions: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    schedule: Option<&'a RawValue>,
    #[serde(borrow)]
    modules: &'a RawValue,
}

#[derive(Deserialize)]
#[serde(rename = "Module", deny_unknown_fields)]
struct ModuleDoc<'a> {
    #[serde(borrow)]
    title: &'a RawValue,
    #[serde(borrow, default, deserialize_with = "present")]
    weeks: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    cells: Option<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(rename = "Cell", deny_unknown_fields)]
struct CellDoc<'a> {
    #[serde(borrow)]
    mode: &'a RawValue,
    #[serde(borrow)]
    minutes: &'a RawValue,
    #[serde(borrow, default, deserialize_with = "present")]
    kind: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    reuse: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    activity: Option<&'a RawValue>,
}

// Stage two: read each raw value, collecting problems.

struct Reader<'a> {
    source: &'a str,
    /// Each problem at its byte offset in `source`; see [`place`].
    problems: Vec<(usize, String)>,
}

impl<'a> Reader<'a> {
    fn course(&mut self, document: &PlanDoc<'a>) -> Option<(Course, u32)> {
        let format: Option<i64> = self.read(document.format);
        let format = match format {
            Some(format @ 1..=2) => format as u32,
            Some(format) if format > i64::from(FORMAT_VERSION) => {
                // A newer file may use fields this version does not know: stop
                // here rather than bury the one useful message under others.
                self.report(
                    document.format,
                    format!(
                        "format {format} is newer than this coursegrid understands \
                         (format {FORMAT_VERSION}); update coursegrid to open this plan"
                    ),
                );
                return None;
            }
            Some(format) => {
                self.report(
                    document.format,
                    format!(
                        "unknown format {format}: expected `format: {FORMAT_VERSION}` \
                         (or 1, the format before activity kinds)"
                    ),
                );
                FORMAT_VERSION
            }
            None => FORMAT_VERSION,
        };
        let title: Option<String> = self.read(document.title);
        let assumptions = match document.assumptions {
            Some(raw) => self.assumptions(raw, format),
            None => Some(Assumptions::default()),
        };
        let schedule = match document.schedule {
            Some(raw) => self.schedule(raw, format).map(Some),
            None => Some(None),
        };
        let modules = self.modules(document.modules, format);
        let mut course = Course::new(title?, assumptions?, modules?).ok()?;
        course.schedule = schedule?;
        Some((course, format))
    }

    fn modules(&mut self, raw: &'a RawValue, format: u32) -> Option<Vec<Module>> {
        let raw_modules: Vec<&RawValue> = self.read(raw)?;
        let mut valid = true;
        if raw_modules.is_empty() {
            self.report(
                raw,
                "a plan needs at least one module: `modules` is empty".into(),
            );
            valid = false;
        } else if raw_modules.len() > Course::MAX_MODULES {
            self.report(
                raw,
                format!(
                    "a plan can have at most {} modules, this one has {}",
                    Course::MAX_MODULES,
                    raw_modules.len()
                ),
            );
            return None;
        }
        let mut modules = Vec::with_capacity(raw_modules.len());
        for raw_module in raw_modules {
            match self.module(raw_module, format) {
                Some(module) => modules.push(module),
                None => valid = false,
            }
        }
        valid.then_some(modules)
    }

    fn module(&mut self, raw: &'a RawValue, format: u32) -> Option<Module> {
        let document: ModuleDoc = self.read(raw)?;
        let title: Option<String> = self.read(document.title);
        let mut valid = title.is_some();
        let mut module = Module::new(title.unwrap_or_default());
        if let Some(raw_weeks) = document.weeks {
            match self.weeks(raw_weeks, format) {
                Some(weeks) => module.weeks = weeks,
                None => valid = false,
            }
        }
        let Some(raw_cells) = document.cells else {
            return valid.then_some(module);
        };
        let cells: Entries<&RawValue, &RawValue> = self.read(raw_cells)?;
        let mut seen = HashSet::new();
        for (raw_event, raw_cell) in cells.entries {
            let event: Option<GagneEvent> = self.read(raw_event);
            // An unknown event still has its cell checked, against any event's defaults.
            let cell = self.cell(raw_cell, event.unwrap_or(GagneEvent::GainAttention), format);
            let (Some(event), Some(cell)) = (event, cell) else {
                valid = false;
                continue;
            };
            if !seen.insert(event) {
                self.report(
                    raw_event,
                    format!("{} appears twice in this module", event.identifier()),
                );
                valid = false;
                continue;
            }
            *module.cell_mut(event) = cell;
        }
        valid.then_some(module)
    }

    /// A module's weeks: a whole number from 1 to 52, new in format 2.
    fn weeks(&mut self, raw: &'a RawValue, format: u32) -> Option<Weeks> {
        if format == 1 {
            self.report(
                raw,
                "`weeks` is new in format 2: change `format: 1` to `format: 2`".to_owned(),
            );
            return None;
        }
        let weeks = self.read::<i64>(raw)?;
        let valid = u32::try_from(weeks).ok().and_then(Weeks::new);
        if valid.is_none() {
            self.report(
                raw,
                format!(
                    "weeks must be a whole number from 1 to {}, found {weeks}",
                    Weeks::MAX
                ),
            );
        }
        valid
    }

    fn cell(&mut self, raw: &'a RawValue, event: GagneEvent, format: u32) -> Option<Cell> {
        let document: CellDoc = self.read(raw)?;
        let mode = self.read::<ModeName>(document.mode).map(|m| m.0);
        let mut valid = mode.is_some();
        let minutes = self.read::<i64>(document.minutes).and_then(|minutes| {
            let valid = u16::try_from(minutes).ok().and_then(Minutes::new);
            if valid.is_none() {
                self.report(
                    document.minutes,
                    format!(
                        "minutes must be between 0 and {}, found {minutes}",
                        Minutes::MAX
                    ),
                );
            }
            valid
        });
        if format == 1 {
            for (key, raw) in [("kind", document.kind), ("reuse", document.reuse)] {
                if let Some(raw) = raw {
                    let message =
                        format!("`{key}` is new in format 2: change `format: 1` to `format: 2`");
                    self.report(raw, message);
                    valid = false;
                }
            }
        }
        let kind = match (document.kind, mode) {
            (Some(raw), mode) => {
                let kind: Option<ActivityKind> = self.read(raw);
                if let (Some(kind), Some(mode)) = (kind, mode)
                    && kind.mode() != mode
                {
                    self.report(raw, kind_mode_message(kind, mode));
                    valid = false;
                }
                kind
            }
            (None, mode) => mode.map(|mode| event.default_kind(mode)),
        };
        let reuse = match document.reuse {
            Some(raw) => self.read::<bool>(raw),
            None => Some(false),
        };
        let activity = match document.activity {
            Some(raw) => Some(self.read::<String>(raw)?),
            None => None,
        };
        let cell = Cell {
            kind: kind?,
            minutes: minutes?,
            reuse: reuse?,
            activity,
        };
        valid.then_some(cell)
    }

    /// Reads one raw value as `T`, reporting a problem at its position when it is not one.
    fn read<T: Deserialize<'a>>(&mut self, raw: &'a RawValue) -> Option<T> {
        match ron::Options::default().from_str(raw.get_ron()) {
            Ok(value) => Some(value),
            Err(error) => {
                let text = raw.get_ron();
                let offset = self.offset(text) + offset_in(text, error.span.start);
                let problem = match error.code {
                    // Inside a value the plan does not end: the value does.
                    ron::Error::TrailingCharacters => {
                        (offset, "unexpected text after this value".into())
                    }
                    code => syntax_problem(self.source, offset, &code),
                };
                self.problems.push(problem);
                None
            }
        }
    }

    /// Records a problem with a value that parsed but is not acceptable.
    fn report(&mut self, raw: &'a RawValue, message: String) {
        let offset = self.offset(raw.trim().get_ron());
        self.problems.push((offset, message));
    }

    /// The byte offset of `slice`, which must be a part of the source text.
    fn offset(&self, slice: &str) -> usize {
        (slice.as_ptr() as usize)
            .saturating_sub(self.source.as_ptr() as usize)
            .min(self.source.len())
    }
}

/// A RON error at byte `offset` of `source`, in words: a hyphenated name
/// (`self-paced`) where it starts, anything else where RON stopped.
fn syntax_problem(source: &str, offset: usize, code: &ron::Error) -> (usize, String) {
    // Whatever RON expected there ("a comma", "a colon", a raw identifier),
    // a hyphen inside a name is the mistake to point at.
    hyphenated_name(source, offset).unwrap_or_else(|| (offset, describe(code)))
}

#[cfg(test)]
mod tests;
