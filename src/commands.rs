//! What each command does. `main` parses the command line and calls [`run`];
//! tests call it too, with a buffer for standard output.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use crate::analysis::{self, analyze};
use crate::atomic_file::WriteError;
use crate::cli::{Cli, Command};
use crate::config::ThemeName;
use crate::export::calendar::CalendarError;
use crate::export::{self, ExportFormat};
use crate::import::csv::ImportError;
use crate::model::{Assumptions, Course, CourseError};
use crate::plan_file::{self, LoadError};
use crate::present::compare;
use crate::present::printable::{printable, printable_lines};
use crate::store::{Store, StoreError};
use crate::tui::{self, Exit, Opening, TuiError};

/// Why a command failed; each message is written for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum CommandError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Write(#[from] WriteError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Course(#[from] CourseError),
    #[error("cannot write the output: {0}")]
    Output(io::Error),
    #[error(transparent)]
    Editor(TuiError),
    #[error("stopped by signal {0}")]
    Signal(i32),
    #[error("{} is the plan being exported: --force replaces other files, never the plan itself; choose another OUT", output.display())]
    ExportOverPlan { output: PathBuf },
    /// `diff --exit-code` found differences, or `check --json` problems:
    /// exit 1 with nothing more to say (standard output has said it all).
    #[error("")]
    SaidOnStandardOutput,
    #[error("--bom is for CSV (--format csv): a byte order mark would break a {0} file")]
    BomNeedsCsv(ExportFormat),
    #[error("--figures is for CSV (--format csv); the figures of a {0} export are in it already")]
    FiguresNeedCsv(ExportFormat),
    /// `diff --exit-code` with a plan that does not load: exit 2, as diff(1)
    /// does, so a script can tell "differ" from "could not compare".
    #[error(transparent)]
    NotCompared(LoadError),
    #[error("only one file can be standard input (`-`): it can be read once")]
    StdinTwice,
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("--into needs a plan file to change, not `-`; to print the new plan, use -o -")]
    IntoNeedsFile,
    #[error(transparent)]
    Calendar(#[from] export::calendar::CalendarError),
    #[error("{} is the CSV being imported: --force replaces other files, never the CSV itself; choose another -o", output.display())]
    ImportOverCsv { output: PathBuf },
}

impl From<TuiError> for CommandError {
    /// A plan that does not load keeps its `FILE:LINE:COLUMN` messages as
    /// the other commands give them.
    fn from(error: TuiError) -> CommandError {
        match error {
            TuiError::Load(error) => CommandError::Load(error),
            other => CommandError::Editor(other),
        }
    }
}

impl CommandError {
    /// The message, safe to print: nothing from a file can drive the terminal.
    pub fn for_terminal(&self) -> String {
        if let CommandError::SaidOnStandardOutput = self {
            return String::new();
        }
        let message = self.to_string();
        let prefixed = match self {
            // These already start with FILE:LINE:COLUMN, as editors expect.
            CommandError::Load(_) | CommandError::NotCompared(_) | CommandError::Import(_) => {
                message
            }
            _ => format!("coursegrid: {message}"),
        };
        printable_lines(&prefixed).into_owned()
    }

    /// 1 for every failure the user can fix; 2 for options that do not go
    /// together (a usage error, as clap's own) and for `diff --exit-code`
    /// when a plan does not load; 128 + the signal's number when stopped by
    /// one, as shells report it.
    pub fn exit_code(&self) -> u8 {
        match self {
            CommandError::Signal(signal) => 128u8.saturating_add(*signal as u8),
            CommandError::BomNeedsCsv(_)
            | CommandError::FiguresNeedCsv(_)
            | CommandError::StdinTwice
            | CommandError::IntoNeedsFile
            | CommandError::NotCompared(_)
            | CommandError::Calendar(CalendarError::NoSuchCohort { .. }) => 2,
            _ => 1,
        }
    }
}

/// Runs one command, writing its normal output to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<(), CommandError> {
    let result = match cli.command {
        Some(Command::New {
            title,
            modules,
            output,
            force,
        }) => new(&title, modules.into(), output, force, out),
        Some(Command::Check { file, json: false }) => check(&file, out),
        Some(Command::Check { file, json: true }) => check_json(&file, out),
        Some(Command::List { json: false }) => list(out),
        Some(Command::List { json: true }) => list_json(out),
        Some(Command::Summary { file, json }) => summary(&file, json, out),
        Some(Command::Diff {
            baseline,
            current,
            json,
            exit_code,
        }) => diff(&baseline, &current, json, exit_code, out),
        Some(Command::Export {
            file,
            format,
            output,
            force,
            bom,
            figures,
        }) => export(
            &file,
            format,
            Output {
                path: output.as_deref(),
                force,
                bom,
                figures,
            },
            out,
        ),
        Some(Command::Calendar {
            file,
            cohort,
            output,
            force,
        }) => calendar(&file, cohort, output.as_deref(), force, out),
        Some(Command::Import {
            file,
            output,
            into,
            title,
            force,
        }) => import(&file, output.as_deref(), into.as_deref(), title, force, out),
        Some(Command::Completions { shell }) => {
            // Into memory first: the generator panics on a failed write
            // (`| head`), and a closed pipe must be an error, not a panic.
            let mut script = Vec::new();
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "coursegrid", &mut script);
            out.write_all(&script).map_err(CommandError::Output)
        }
        Some(Command::Man) => {
            let command = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(command)
                .render(out)
                .map_err(CommandError::Output)
        }
        Some(Command::Demo { course, tour }) => open_editor(
            Opening::Demo {
                sample: course,
                tour,
            },
            cli.theme,
        ),
        None => open_editor(
            match cli.file {
                Some(file) => Opening::File(file),
                None => Opening::Start,
            },
            cli.theme,
        ),
    };
    match result {
        // A closed pipe (`coursegrid list | head -1`) is the reader's choice, not a failure.
        Err(CommandError::Output(error)) if error.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn new(
    title: &str,
    modules: usize,
    output: Option<PathBuf>,
    force: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    let course = Course::with_recommended_modules(title, modules)?;
    let path = match output {
        Some(path) => path,
        None => {
            let store = Store::locate()?;
            store.ensure_plans_dir()?;
            store.path_for_title(title)
        }
    };
    plan_file::write_plan(&path, &course, force)?;
    let shown = path.display();
    say(
        out,
        &format!(
            "Created {shown}: \"{title}\", {modules} module{s}, each event in its recommended mode.\n\
             Open it in the editor: coursegrid {shown}\n",
            s = plural(modules)
        ),
    )
}

fn check(file: &Path, out: &mut dyn Write) -> Result<(), CommandError> {
    let (course, format) = plan_file::load_input_with_format(file)?;
    let count = course.modules().len();
    let upgrade = if format < plan_file::FORMAT_VERSION {
        format!(
            "; format {format}, saving writes format {}",
            plan_file::FORMAT_VERSION
        )
    } else {
        String::new()
    };
    say(
        out,
        &format!(
            "{}: ok (\"{}\", {count} module{}{upgrade})\n",
            plan_file::input_name(file).display(),
            course.title,
            plural(count)
        ),
    )
}

/// `check --json`: `{"file", "ok": true, "title", "modules", "format"}`, or
/// `{"file", "ok": false, "problems": [{"line", "column", "message"}]}` and
/// exit 1 (a file that cannot be read at all has one problem with no line).
fn check_json(file: &Path, out: &mut dyn Write) -> Result<(), CommandError> {
    let name = plan_file::input_name(file).display().to_string();
    let (value, failed) = match plan_file::load_input_with_format(file) {
        Ok((course, format)) => (
            serde_json::json!({
                "file": name,
                "ok": true,
                "title": course.title,
                "modules": course.modules().len(),
                "format": format,
            }),
            false,
        ),
        Err(error) => {
            let problems: Vec<serde_json::Value> = match &error {
                LoadError::Invalid { problems, .. } => problems
                    .iter()
                    .map(|p| serde_json::json!({"line": p.line, "column": p.column, "message": p.message}))
                    .collect(),
                other => vec![serde_json::json!({"line": null, "column": null, "message": other.to_string()})],
            };
            (
                serde_json::json!({"file": name, "ok": false, "problems": problems}),
                true,
            )
        }
    };
    json_out(out, &value)?;
    if failed {
        // Said in the JSON already: exit 1 with nothing on standard error.
        return Err(CommandError::SaidOnStandardOutput);
    }
    Ok(())
}

/// `list --json`: every plan of the plans folder, newest first, with when it
/// last changed (RFC 3339, UTC) and its title and module count, or why it
/// cannot be read.
fn list_json(out: &mut dyn Write) -> Result<(), CommandError> {
    let store = Store::locate()?;
    let plans: Vec<serde_json::Value> = store
        .list_plans()?
        .into_iter()
        .map(|plan| {
            let modified = jiff::Timestamp::try_from(plan.modified)
                .map(|time| time.to_string())
                .ok();
            let (title, modules, error) = match plan.summary {
                Ok((title, modules)) => (Some(title), Some(modules), None),
                Err(problem) => (None, None, Some(problem)),
            };
            serde_json::json!({
                "path": plan.path.display().to_string(),
                "title": title,
                "modules": modules,
                "modified": modified,
                "error": error,
            })
        })
        .collect();
    json_out(out, &serde_json::Value::Array(plans))
}

/// One JSON value, pretty, then a newline (JSON escapes control characters itself).
fn json_out(out: &mut dyn Write, value: &serde_json::Value) -> Result<(), CommandError> {
    let text = serde_json::to_string_pretty(value).expect("JSON values always serialize");
    writeln!(out, "{text}").map_err(CommandError::Output)
}

fn list(out: &mut dyn Write) -> Result<(), CommandError> {
    let store = Store::locate()?;
    let plans = store.list_plans()?;
    if plans.is_empty() {
        return say(
            out,
            &format!(
                "No plans yet in {}.\nCreate one with: coursegrid new \"My course\"\n",
                store.plans_dir().display()
            ),
        );
    }
    let names: Vec<String> = plans
        .iter()
        .map(|plan| {
            plan.path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let width = names.iter().map(|name| name.width()).max().unwrap_or(0);
    let abouts: Vec<String> = plans
        .iter()
        .map(|plan| match &plan.summary {
            Ok((title, modules)) => {
                format!("{}  {modules} module{}", printable(title), plural(*modules))
            }
            Err(problem) => format!("(cannot read: {problem})"),
        })
        .collect();
    // When each was last changed, in a column of its own at the end.
    let about_width = abouts.iter().map(|about| about.width()).max().unwrap_or(0);
    let mut text = String::new();
    for ((plan, name), about) in plans.iter().zip(&names).zip(&abouts) {
        let padding = " ".repeat(width - name.width());
        let gap = " ".repeat(about_width - about.width());
        let changed = crate::present::date::modified(plan.modified);
        text.push_str(&format!(
            "{}{padding}  {about}{gap}  {changed}\n",
            printable(name)
        ));
    }
    text.push_str(&format!("({})\n", store.plans_dir().display()));
    say(out, &text)
}

fn summary(file: &Path, json: bool, out: &mut dyn Write) -> Result<(), CommandError> {
    let course = plan_file::load_input(file)?;
    let tradeoffs = analyze(&course);
    if json {
        let value = analysis::summary_json(&tradeoffs);
        let text = serde_json::to_string_pretty(&value).expect("JSON values always serialize");
        // JSON escapes control characters itself.
        writeln!(out, "{text}").map_err(CommandError::Output)
    } else {
        say(
            out,
            &crate::present::report::render_report(&course, &tradeoffs),
        )
    }
}

/// Compares two plan files; differing plans are not a failure (exit 0
/// either way) unless `exit_code` asks for 1 when they differ (and then a
/// plan that does not load is 2, as diff(1) has it).
fn diff(
    baseline: &Path,
    current: &Path,
    json: bool,
    exit_code: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    if plan_file::is_dash(baseline) && plan_file::is_dash(current) {
        return Err(CommandError::StdinTwice);
    }
    let load = |path: &Path| {
        plan_file::load_input(path).map_err(|error| match exit_code {
            true => CommandError::NotCompared(error),
            false => CommandError::Load(error),
        })
    };
    let comparison = compare::compare(&load(baseline)?, &load(current)?);
    let (a, b) = (
        plan_file::input_name(baseline).display().to_string(),
        plan_file::input_name(current).display().to_string(),
    );
    if json {
        json_out(out, &compare::render_json(&comparison, &a, &b))?;
    } else {
        say(out, &compare::render_text(&comparison, &a, &b))?;
    }
    if exit_code && !comparison.is_unchanged() {
        return Err(CommandError::SaidOnStandardOutput);
    }
    Ok(())
}

/// Where and how `export` writes: `-o` (`-` is standard output), `--force`,
/// `--bom` and `--figures`.
struct Output<'a> {
    path: Option<&'a Path>,
    force: bool,
    bom: bool,
    figures: bool,
}

fn export(
    file: &Path,
    format: ExportFormat,
    options: Output<'_>,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    // Options that do not go together are refused before anything is read.
    if options.bom && format != ExportFormat::Csv {
        return Err(CommandError::BomNeedsCsv(format));
    }
    if options.figures && format != ExportFormat::Csv {
        return Err(CommandError::FiguresNeedCsv(format));
    }
    let course = plan_file::load_input(file)?;
    let mut text = if options.figures {
        export::csv_figures::render(&course)
    } else {
        export::render(format, &course)
    };
    if options.bom {
        text.insert_str(0, export::BYTE_ORDER_MARK);
    }
    let force = options.force;
    // `-o -` is standard output, as the shell convention has it.
    let output = options.path.filter(|path| !plan_file::is_dash(path));
    match output {
        Some(path) if !plan_file::is_dash(file) && crate::atomic_file::same_file(path, file) => {
            Err(CommandError::ExportOverPlan {
                output: path.to_owned(),
            })
        }
        Some(path) => {
            let exported = export::write_text_to(path, format, &text, force)?;
            say(out, &format!("{exported}\n"))
        }
        // Exports hold no control characters but newlines and tabs, so they go out byte
        // for byte: `export --format ron` prints exactly what a save writes.
        None => out.write_all(text.as_bytes()).map_err(CommandError::Output),
    }
}

/// `calendar`: cohort `cohort`'s sessions and deadlines as iCalendar text,
/// to standard output or (atomically, never over a file without `force`) to
/// `output`.
fn calendar(
    file: &Path,
    cohort: u32,
    output: Option<&Path>,
    force: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    let course = plan_file::load_input(file)?;
    // The plan's file name names its events (UIDs); standard input has none,
    // so the title does.
    let name = match file.file_stem() {
        Some(stem) if !plan_file::is_dash(file) => stem.to_string_lossy().into_owned(),
        _ => course.title.clone(),
    };
    let sections = analyze(&course).hours.sections;
    let text = export::calendar::render(&course, &name, cohort, sections).map_err(|error| {
        match error {
            // Named as the person typed it, not by its stem.
            CalendarError::NoSchedule { .. } => CalendarError::NoSchedule {
                plan: plan_file::input_name(file).display().to_string(),
            },
            other => other,
        }
    })?;
    match output.filter(|path| !plan_file::is_dash(path)) {
        Some(path) if !plan_file::is_dash(file) && crate::atomic_file::same_file(path, file) => {
            Err(CommandError::ExportOverPlan {
                output: path.to_owned(),
            })
        }
        Some(path) => {
            let written = export::calendar::write_to(path, &text, force)?;
            say(out, &format!("{written}\n"))
        }
        // No control characters but the CRLF line ends: plan text is cleaned of them.
        None => out.write_all(text.as_bytes()).map_err(CommandError::Output),
    }
}

/// `import`: the grid CSV `file` (`-`: standard input) into a new plan
/// (`output`, `-` for standard output, else the plans folder) or into the
/// existing plan `into`, whose title and assumptions stay.
fn import(
    file: &Path,
    output: Option<&Path>,
    into: Option<&Path>,
    title: Option<String>,
    force: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    if into.is_some_and(plan_file::is_dash) {
        return Err(CommandError::IntoNeedsFile);
    }
    let name = plan_file::input_name(file);
    let bytes = plan_file::read_input_bytes(file)?;
    let modules = crate::import::csv::from_bytes(&name, &bytes)?;
    let count = modules.len();
    let from = name.display();
    if let Some(plan) = into {
        let existing = plan_file::load(plan)?;
        let course = Course::new(existing.title, existing.assumptions, modules)?;
        plan_file::save(plan, &course)?;
        return say(
            out,
            &format!(
                "Imported {count} module{s} from {from} into {shown}, its title and assumptions \
                 kept (the previous version is {backup}).\n",
                s = plural(count),
                shown = plan.display(),
                backup = crate::atomic_file::backup_path(plan).display(),
            ),
        );
    }
    let title = title.unwrap_or_else(|| match file.file_stem() {
        Some(stem) if !plan_file::is_dash(file) => stem.to_string_lossy().into_owned(),
        _ => "Imported course".to_owned(),
    });
    let course = Course::new(title.as_str(), Assumptions::default(), modules)?;
    let path = match output {
        // Plan files hold no control characters but newlines, so they go out byte for byte.
        Some(path) if plan_file::is_dash(path) => {
            return out
                .write_all(plan_file::to_string(&course).as_bytes())
                .map_err(CommandError::Output);
        }
        Some(path) if !plan_file::is_dash(file) && crate::atomic_file::same_file(path, file) => {
            return Err(CommandError::ImportOverCsv {
                output: path.to_owned(),
            });
        }
        Some(path) => path.to_owned(),
        None => {
            let store = Store::locate()?;
            store.ensure_plans_dir()?;
            store.path_for_title(&title)
        }
    };
    plan_file::write_plan(&path, &course, force)?;
    let shown = path.display();
    say(
        out,
        &format!(
            "Imported {count} module{s} from {from} into {shown}: \"{title}\", default assumptions.\n\
             Open it in the editor: coursegrid {shown}\n",
            s = plural(count)
        ),
    )
}

/// Writes text for a person, with any control characters from plan files escaped.
fn say(out: &mut dyn Write, text: &str) -> Result<(), CommandError> {
    out.write_all(printable_lines(text).as_bytes())
        .map_err(CommandError::Output)
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// Opens the editor; returns once the user quits, with the terminal restored.
fn open_editor(opening: Opening, theme: Option<ThemeName>) -> Result<(), CommandError> {
    match tui::open(opening, theme)? {
        Exit::Quit => Ok(()),
        Exit::Signal(signal) => Err(CommandError::Signal(signal)),
    }
}
