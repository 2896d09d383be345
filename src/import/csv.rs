//! The grid CSV read back into modules: what `coursegrid import` does with
//! the CSV that `export --format csv` writes, after a planner has edited it
//! in a spreadsheet.
//!
//! What it reads, and what it leaves alone:
//! - columns are found by their header names (as exported, in any case and
//!   order); other columns are ignored, so a spreadsheet's notes can stay;
//! - `module_index` orders and groups the modules (gaps are fine), `module`
//!   is the title (the same on every row of a module);
//! - the event is `event_index` (1 to 9), or the `event` name when there is
//!   no index (as exported, `Elicit performance (practice)`, or as a plan
//!   file writes it, `ElicitPerformance`); an event with no row is unplanned;
//! - `mode` (`live`, `self-paced`, `SelfPaced`... in any case) and `kind`
//!   (`peer review`, `PeerReview`... in any case): either may be left out or
//!   empty (the kind then is the event's usual one for the mode), but when
//!   both are given they must agree, since a kind belongs to one mode;
//! - `minutes` (0 to 600; 0 is an unplanned cell), `reuse` (`yes`/`no`, empty
//!   is no) and `activity` (empty is none);
//! - `planned`, `recommended_mode`, and `event` beside an `event_index`, are
//!   derived for people and never read: minutes decide whether a cell is
//!   planned, so editing the minutes alone is enough.
//!
//! The injection guard is undone: exactly one leading `'` is removed from a
//! title or activity, so export, import and export again give the same bytes.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::export::csv::COLUMNS;
use crate::model::{ActivityKind, Cell, Course, GagneEvent, Minutes, Mode, Module, Weeks};
use crate::plan_file::ProblemList;
use crate::plan_file::names::{did_you_mean, kind_named, mode_named};

/// One bad row (or header), at its line as a spreadsheet numbers rows: the
/// header is line 1, a text with a line break in it still one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.line, self.message)
    }
}

/// Why a CSV could not be imported; each message names the file.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}:{line}: not UTF-8 text (byte {byte:#04x}); save the CSV as UTF-8 (in LibreOffice: Save As, Edit filter settings, Character set)", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        byte: u8,
    },
    #[error("{}:{line}: a NUL byte: this is binary data (or UTF-16 text), not a CSV in UTF-8", path.display())]
    Binary { path: PathBuf, line: usize },
    #[error("{}", ProblemList { path, problems })]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

/// The modules of the CSV `bytes` (UTF-8, with or without a byte order
/// mark); `path` only names the file in messages.
pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Module>, ImportError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let line_at = |offset: usize| bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    let text = std::str::from_utf8(bytes).map_err(|error| ImportError::NotUtf8 {
        path: path.to_owned(),
        line: line_at(error.valid_up_to()),
        byte: bytes[error.valid_up_to()],
    })?;
    if let Some(nul) = text.find('\0') {
        return Err(ImportError::Binary {
            path: path.to_owned(),
            line: line_at(nul),
        });
    }
    parse(text).map_err(|problems| ImportError::Invalid {
        path: path.to_owned(),
        problems,
    })
}

/// The columns the CSV has, by their place in [`COLUMNS`].
const MODULE_INDEX: usize = 0;
const MODULE: usize = 1;
const EVENT_INDEX: usize = 2;
const EVENT: usize = 3;
const MODE: usize = 5;
const KIND: usize = 6;
const MINUTES: usize = 7;
const REUSE: usize = 8;
const ACTIVITY: usize = 9;
const WEEKS: usize = 11;

/// The modules of the grid CSV `text`, in order of `module_index`; or every
/// problem, each at its line.
pub fn parse(text: &str) -> Result<Vec<Module>, Vec<Problem>> {
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => {
            return Err(vec![Problem {
                line: 1,
                message: format!(
                    "no header: the first line names the columns, as `export --format csv` writes them: {}",
                    COLUMNS.join(",")
                ),
            }]);
        }
    };
    let columns = find_columns(&header)?;
    let mut problems = Vec::new();
    let mut modules: BTreeMap<u32, Pending> = BTreeMap::new();
    for (number, record) in records.enumerate() {
        let fallback_line = number + 2;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                problems.push(Problem {
                    line: fallback_line,
                    message: format!("cannot be read as CSV: {error}"),
                });
                continue;
            }
        };
        let line = record
            .position()
            .map_or(fallback_line, |p| p.record() as usize + 1);
        // A spreadsheet may save rows that are empty but for their commas.
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let field = |column: usize| {
            columns[column]
                .and_then(|i| record.get(i))
                .unwrap_or_default()
        };
        let mut say = |message: String| problems.push(Problem { line, message });
        let row = read_row(&field, &mut say);
        let Some(row) = row else { continue };
        let pending = modules.entry(row.module_index).or_default();
        pending.titles.push((row.title.clone(), line));
        pending.weeks.push((row.weeks, line));
        let slot = &mut pending.cells[row.event.index()];
        match slot {
            Some((_, first)) => say(format!(
                "module {} has event {} ({}) on line {first} already: one row for each event of a module",
                row.module_index,
                row.event.number(),
                row.event.label()
            )),
            None => *slot = Some((row.cell, line)),
        }
    }
    // A module's title and weeks are on each of its rows: the one most rows
    // give is the module's, and a row that differs is the one reported (a
    // title changed on one row points at that row, not at the eight others).
    for (index, pending) in &modules {
        for (line, said, usual) in odd_ones_out(&pending.titles) {
            problems.push(Problem {
                line,
                message: format!(
                    "module {index} is titled \"{usual}\" on its other rows and \"{said}\" here: give every row of a module the same title"
                ),
            });
        }
        for (line, said, usual) in odd_ones_out(&pending.weeks) {
            problems.push(Problem {
                line,
                message: format!(
                    "module {index} runs {usual} weeks on its other rows and {said} here: give every row of a module the same weeks"
                ),
            });
        }
    }
    problems.sort_by_key(|p| p.line);
    if problems.is_empty() && modules.is_empty() {
        problems.push(Problem {
            line: 1,
            message: "no rows after the header: a plan needs at least one module".into(),
        });
    }
    if problems.is_empty() && modules.len() > Course::MAX_MODULES {
        problems.push(Problem {
            line: 1,
            message: format!(
                "{} modules: a plan has at most {}",
                modules.len(),
                Course::MAX_MODULES
            ),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(modules
        .into_values()
        .map(|pending| {
            let mut module = Module::new(majority(&pending.titles).clone());
            module.weeks = *majority(&pending.weeks);
            for (event, cell) in GagneEvent::ALL.into_iter().zip(pending.cells) {
                *module.cell_mut(event) = cell.map_or_else(|| Cell::unplanned(event), |(c, _)| c);
            }
            module
        })
        .collect())
}

/// A module as its rows are read: the title and weeks each row gave, and
/// each event's cell with the line it came from.
#[derive(Default)]
struct Pending {
    titles: Vec<(String, usize)>,
    weeks: Vec<(Weeks, usize)>,
    cells: [Option<(Cell, usize)>; 9],
}

/// The value most rows give (the first of them on a tie).
fn majority<T: PartialEq>(said: &[(T, usize)]) -> &T {
    let count = |value: &T| said.iter().filter(|(v, _)| v == value).count();
    let mut best = &said[0].0;
    for (value, _) in said {
        if count(value) > count(best) {
            best = value;
        }
    }
    best
}

/// The rows that differ from the majority: each line, what it says and what the others say.
fn odd_ones_out<T: PartialEq + Clone>(said: &[(T, usize)]) -> Vec<(usize, T, T)> {
    let usual = majority(said);
    said.iter()
        .filter(|(value, _)| value != usual)
        .map(|(value, line)| (*line, value.clone(), usual.clone()))
        .collect()
}

/// One row, read.
struct Row {
    module_index: u32,
    title: String,
    weeks: Weeks,
    event: GagneEvent,
    cell: Cell,
}

/// Where each of [`COLUMNS`] is in the header, or the header's problems.
fn find_columns(
    header: &::csv::StringRecord,
) -> Result<[Option<usize>; COLUMNS.len()], Vec<Problem>> {
    let mut columns = [None; COLUMNS.len()];
    let mut problems = Vec::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim().to_lowercase();
        if let Some(column) = COLUMNS.iter().position(|c| *c == name) {
            if columns[column].is_some() {
                problems.push(format!("the column `{name}` is there twice"));
            }
            columns[column] = Some(i);
        }
    }
    let mut missing = Vec::new();
    for column in [MODULE_INDEX, MODULE, MINUTES] {
        if columns[column].is_none() {
            missing.push(format!("`{}`", COLUMNS[column]));
        }
    }
    if columns[EVENT_INDEX].is_none() && columns[EVENT].is_none() {
        missing.push("`event_index` (or `event`)".into());
    }
    if columns[MODE].is_none() && columns[KIND].is_none() {
        missing.push("`mode` or `kind`".into());
    }
    if !missing.is_empty() {
        problems.push(format!(
            "no {} column: the header names the columns as `export --format csv` writes them ({})",
            missing.join(", no "),
            COLUMNS.join(",")
        ));
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(problems
            .into_iter()
            .map(|message| Problem { line: 1, message })
            .collect())
    }
}

/// One row's module, event and cell; `None`, with every problem said, when
/// any field is wrong.
fn read_row<'r>(field: &dyn Fn(usize) -> &'r str, say: &mut dyn FnMut(String)) -> Option<Row> {
    let module_index = match field(MODULE_INDEX).trim().parse::<u32>() {
        Ok(n) if n >= 1 => Some(n),
        _ => {
            say(format!(
                "module_index must be a whole number from 1, found `{}`",
                field(MODULE_INDEX)
            ));
            None
        }
    };
    let event = read_event(field(EVENT_INDEX), field(EVENT))
        .map_err(&mut *say)
        .ok();
    // Each field is checked, whatever the others hold, so a row's problems come all at once.
    let mut fields_ok = true;
    let mode = match field(MODE).trim() {
        "" => None,
        text => mode_named(text).or_else(|| {
            say(format!("unknown mode `{text}`: write live or self-paced"));
            fields_ok = false;
            None
        }),
    };
    let kind = match field(KIND).trim() {
        "" => None,
        text => kind_named(text).or_else(|| {
            say(unknown_kind(text));
            fields_ok = false;
            None
        }),
    };
    let minutes = match field(MINUTES)
        .trim()
        .parse::<u16>()
        .ok()
        .and_then(Minutes::new)
    {
        Some(minutes) => Some(minutes),
        None => {
            say(format!(
                "minutes must be a whole number from 0 to {}, found `{}` (0 leaves the event unplanned)",
                Minutes::MAX,
                field(MINUTES)
            ));
            None
        }
    };
    let reuse = match field(REUSE).trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" => Some(false),
        "yes" | "y" | "true" | "1" => Some(true),
        _ => {
            say(format!("reuse must be yes or no, found `{}`", field(REUSE)));
            None
        }
    };
    // Weeks came after the first exports: an empty or missing column is one week.
    let weeks = match field(WEEKS).trim() {
        "" => Some(Weeks::ONE),
        text => text.parse::<u32>().ok().and_then(Weeks::new).or_else(|| {
            say(format!(
                "weeks must be a whole number from 1 to {}, found `{text}`",
                Weeks::MAX
            ));
            None
        }),
    };
    let (module_index, event, minutes, reuse, weeks) =
        (module_index?, event?, minutes?, reuse?, weeks?);
    if !fields_ok {
        return None;
    }
    let kind = match (mode, kind) {
        (Some(mode), Some(kind)) if kind.mode() != mode => {
            say(format!(
                "the kind {} is {}, but the mode says {}: give a {} kind ({}), or leave the kind empty for the event's usual one",
                kind.label(),
                kind.mode().label(),
                mode.label(),
                mode.label(),
                kinds_of(mode)
            ));
            return None;
        }
        (_, Some(kind)) => kind,
        (Some(mode), None) => event.default_kind(mode),
        (None, None) => {
            say("no mode and no kind: write live or self-paced in `mode`, or a kind".into());
            return None;
        }
    };
    let activity = unguarded(field(ACTIVITY));
    Some(Row {
        module_index,
        title: unguarded(field(MODULE)).to_owned(),
        weeks,
        event,
        cell: Cell {
            kind,
            minutes,
            reuse,
            activity: (!activity.is_empty()).then(|| activity.to_owned()),
        },
    })
}

/// The event of a row: its `event_index`, or its `event` name when the index is empty.
fn read_event(index: &str, name: &str) -> Result<GagneEvent, String> {
    let (index, name) = (index.trim(), name.trim());
    if !index.is_empty() {
        return match index.parse::<usize>() {
            Ok(n @ 1..=9) => Ok(GagneEvent::ALL[n - 1]),
            _ => Err(format!(
                "event_index must be a whole number from 1 to 9 (Gagné's nine events), found `{index}`"
            )),
        };
    }
    if name.is_empty() {
        return Err("no event: give its event_index, 1 to 9".into());
    }
    let simple = |text: &str| {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    GagneEvent::ALL
        .into_iter()
        .find(|event| {
            simple(event.label()) == simple(name) || simple(event.identifier()) == simple(name)
        })
        .ok_or_else(|| format!("unknown event `{name}`: give its event_index, 1 to 9"))
}

fn unknown_kind(text: &str) -> String {
    let identifiers = ActivityKind::ALL.map(ActivityKind::identifier);
    let guess = did_you_mean(&text.replace(' ', ""), &identifiers)
        .and_then(kind_named)
        .map(|kind| format!("; did you mean {}?", kind.label()))
        .unwrap_or_default();
    format!(
        "unknown kind `{text}`{guess} (live: {}; self-paced: {})",
        kinds_of(Mode::Live),
        kinds_of(Mode::SelfPaced)
    )
}

fn kinds_of(mode: Mode) -> String {
    ActivityKind::of_mode(mode)
        .map(ActivityKind::label)
        .collect::<Vec<_>>()
        .join(", ")
}

/// A text with the export's injection guard taken off: one leading `'`.
fn unguarded(text: &str) -> &str {
    text.strip_prefix('\'').unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Course;

    fn lines(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_exported_grid_reads_back_as_the_same_modules() {
        let course = crate::samples::Sample::MasterBaker.course();
        let modules = parse(&crate::export::csv::render(&course)).unwrap();
        assert_eq!(modules, course.modules());
    }

    #[test]
    fn columns_in_any_order_and_case_with_names_as_people_write_them() {
        let text = "Minutes,KIND,Mode,Event_Index,module,module_index,notes\n\
                    30,Peer Review,self-paced,6,Shaping,2,ask Ana\n\
                    20,,LIVE,7,Shaping,2,\n\
                    15,GroupProject,SelfPaced,1,Mixing,1,\n";
        let modules = parse(text).unwrap();
        assert_eq!(modules.len(), 2);
        assert_eq!(modules[0].title, "Mixing");
        let shaping = &modules[1];
        let practice = shaping.cell(GagneEvent::ElicitPerformance);
        assert_eq!(
            (practice.kind, practice.minutes.get()),
            (ActivityKind::PeerReview, 30)
        );
        let feedback = shaping.cell(GagneEvent::ProvideFeedback);
        assert_eq!(
            feedback.kind,
            GagneEvent::ProvideFeedback.default_kind(Mode::Live)
        );
        assert!(!shaping.cell(GagneEvent::GainAttention).is_planned());
        assert_eq!(
            modules[0].cell(GagneEvent::GainAttention).kind,
            ActivityKind::GroupProject
        );
    }

    #[test]
    fn every_bad_row_is_reported_at_its_line() {
        let text = "module_index,module,event_index,mode,kind,minutes,reuse,activity\n\
                    1,A,1,live,session,10,no,\n\
                    x,A,2,live,session,10,no,\n\
                    1,A,3,dance,session,10,no,\n\
                    1,A,4,self-paced,workshop,10,no,\n\
                    1,\"two\nlines\",5,live,vidoe,700,maybe,\n\
                    1,A,1,live,session,10,no,\n\
                    1,B,6,live,session,10,no,\n";
        let problems = parse(text).unwrap_err();
        let shown = lines(&problems);
        assert_eq!(shown.len(), 8, "{shown:#?}");
        assert!(
            shown[0].starts_with("3: module_index must be"),
            "{}",
            shown[0]
        );
        assert!(
            shown[1].starts_with("4: unknown mode `dance`"),
            "{}",
            shown[1]
        );
        assert!(shown[2].starts_with("5: the kind workshop is live, but the mode says self-paced"));
        assert!(shown[3].contains("did you mean video?"), "{}", shown[3]);
        assert!(shown[4].starts_with("6: minutes must be"));
        assert!(shown[5].starts_with("6: reuse must be yes or no"));
        assert!(shown[6].starts_with("7: module 1 has event 1 (Gain attention) on line 2 already"));
        assert!(
            shown[7].starts_with("8: module 1 is titled \"A\" on its other rows and \"B\" here")
        );
    }

    #[test]
    fn a_header_without_the_needed_columns_says_which() {
        let problems = parse("module,minuts,mode\n1,2,3\n").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 1);
        assert!(
            problems[0].message.starts_with(
                "no `module_index`, no `minutes`, no `event_index` (or `event`) column"
            ),
            "{}",
            problems[0].message
        );
        assert_eq!(parse("").unwrap_err()[0].line, 1);
        assert!(
            parse(&COLUMNS.join(",")).unwrap_err()[0]
                .message
                .starts_with("no rows")
        );
    }

    #[test]
    fn the_guard_is_taken_off_once_and_empty_rows_are_skipped() {
        let text = "module_index,module,event,kind,minutes,activity\n\
                    1,'=SUM(A1),Gain attention,video,5,'''quoted\n\
                    ,,,,,\n\
                    1,'=SUM(A1),ElicitPerformance,practice,5,\n";
        let modules = parse(text).unwrap();
        assert_eq!(modules[0].title, "=SUM(A1)");
        let cell = modules[0].cell(GagneEvent::GainAttention);
        assert_eq!(cell.activity.as_deref(), Some("''quoted"));
        assert!(
            modules[0]
                .cell(GagneEvent::ElicitPerformance)
                .activity
                .is_none()
        );
    }

    #[test]
    fn bytes_that_are_no_utf8_text_are_refused_with_their_line() {
        let path = Path::new("grid.csv");
        let error = from_bytes(path, b"module_index\n1\n\xff").unwrap_err();
        assert_eq!(
            error.to_string().split(';').next().unwrap(),
            "grid.csv:3: not UTF-8 text (byte 0xff)"
        );
        let error = from_bytes(path, b"a\0b").unwrap_err();
        assert!(error.to_string().starts_with("grid.csv:1: a NUL byte"));
        // A byte order mark (`export --bom`) is read past.
        let course = Course::with_recommended_modules("Bread", 2).unwrap();
        let csv = format!("\u{feff}{}", crate::export::csv::render(&course));
        assert_eq!(from_bytes(path, csv.as_bytes()).unwrap(), course.modules());
    }
}
