//! What each command does. `main` parses the command line and calls [`run`];
//! tests call it too, with a buffer for standard output.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use crate::analysis::{self, analyze};
use crate::atomic_file::WriteError;
use crate::cli::{Cli, Command};
use crate::config::ThemeName;
use crate::export::{self, ExportFormat};
use crate::model::{Course, CourseError};
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
            CommandError::Load(_) => message,
            _ => format!("coursegrid: {message}"),
        };
        printable_lines(&prefixed).into_owned()
    }

    /// 1 for every failure the user can fix; 128 + the signal's number when
    /// stopped by one, as shells report it.
    pub fn exit_code(&self) -> u8 {
        match self {
            CommandError::Signal(signal) => 128u8.saturating_add(*signal as u8),
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
        }) => export(&file, format, output.as_deref(), force, bom, out),
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
    if force {
        plan_file::save(&path, &course)?;
    } else {
        plan_file::create(&path, &course)?;
    }
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
    let (course, format) = plan_file::load_with_format(file)?;
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
            file.display(),
            course.title,
            plural(count)
        ),
    )
}

/// `check --json`: `{"file", "ok": true, "title", "modules", "format"}`, or
/// `{"file", "ok": false, "problems": [{"line", "column", "message"}]}` and
/// exit 1 (a file that cannot be read at all has one problem with no line).
fn check_json(file: &Path, out: &mut dyn Write) -> Result<(), CommandError> {
    let (value, failed) = match plan_file::load_with_format(file) {
        Ok((course, format)) => (
            serde_json::json!({
                "file": file.display().to_string(),
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
                serde_json::json!({"file": file.display().to_string(), "ok": false, "problems": problems}),
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
    let course = plan_file::load(file)?;
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
/// either way) unless `exit_code` asks for 1 when they differ.
fn diff(
    baseline: &Path,
    current: &Path,
    json: bool,
    exit_code: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    let comparison = compare::compare(&plan_file::load(baseline)?, &plan_file::load(current)?);
    let (a, b) = (
        baseline.display().to_string(),
        current.display().to_string(),
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

fn export(
    file: &Path,
    format: ExportFormat,
    output: Option<&Path>,
    force: bool,
    bom: bool,
    out: &mut dyn Write,
) -> Result<(), CommandError> {
    let course = plan_file::load(file)?;
    if bom && format != ExportFormat::Csv {
        return Err(CommandError::BomNeedsCsv(format));
    }
    let mut text = export::render(format, &course);
    if bom {
        text.insert_str(0, export::BYTE_ORDER_MARK);
    }
    // `-o -` is standard output, as the shell convention has it.
    let output = output.filter(|path| path.as_os_str() != "-");
    match output {
        Some(path) if crate::atomic_file::same_file(path, file) => {
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
