//! The command line: what each command takes, and its --help text.

use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "coursegrid",
    version,
    override_usage = "coursegrid [OPTIONS] [FILE]\n       coursegrid [OPTIONS] <COMMAND>",
    about = "Plan online courses: Gagné's nine events against your modules, each part live or \
             self-paced, with what every choice costs in instructor hours, scale and accountability.",
    after_help = "Plans live in the plans folder (see `coursegrid list`); set COURSEGRID_HOME to keep \
                  coursegrid's files elsewhere."
)]
pub struct Cli {
    /// The plan file to open in the editor (created when you first save, if it does not exist);
    /// without it, a start screen lists your plans
    pub file: Option<PathBuf>,

    /// Colour theme for the editor; high-contrast suits projectors (also `theme` in config.ron)
    #[arg(long, value_enum, global = true)]
    pub theme: Option<crate::config::ThemeName>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// This process's command line; like `Cli::parse`, exits with clap's
    /// message when it is wrong. Global options may come before a command
    /// (`coursegrid --theme high-contrast demo`), so clap accepts a plan
    /// file and a command together (`coursegrid plan.ron list`); that is
    /// refused here rather than one of the two silently ignored.
    pub fn from_command_line() -> Cli {
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        if let Some((typed, meant)) = mistyped_command(&args[1.min(args.len())..]) {
            Cli::command()
                .error(
                    ErrorKind::InvalidSubcommand,
                    format!(
                        "there is no command `{typed}`: did you mean `{meant}`? (To open a \
                         plan file of that name, give its extension: `{typed}.ron`.)"
                    ),
                )
                .exit();
        }
        let matches = Cli::command().get_matches();
        let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
        if let (Some(file), Some(command)) = (&cli.file, matches.subcommand_name()) {
            Cli::command()
                .error(
                    ErrorKind::ArgumentConflict,
                    format!(
                        "a plan file ({}) and the command `{command}` cannot go together: \
                         `coursegrid FILE` opens a plan in the editor, and a command takes \
                         its files after its name",
                        file.display()
                    ),
                )
                .exit();
        }
        cli
    }
}

/// The first word of `args` when it looks like a command typed wrong
/// (`chek`, `sumary`) rather than a plan file: no such file, no extension,
/// within two letters of a command's name. Without this, `coursegrid chek`
/// would open the editor on a new plan called "chek".
pub fn mistyped_command(args: &[std::ffi::OsString]) -> Option<(String, String)> {
    let mut words = args.iter().filter_map(|arg| arg.to_str());
    let first = loop {
        match words.next()? {
            // The one option that takes a value before the command.
            "--theme" => {
                words.next();
            }
            word if word.starts_with('-') => {}
            word => break word,
        }
    };
    let path = std::path::Path::new(first);
    if path.exists() || path.extension().is_some() {
        return None;
    }
    let command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    if names.contains(&first) {
        return None;
    }
    names
        .into_iter()
        .map(|name| (strsim::levenshtein(first, name), name))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, name)| (first.to_owned(), name.to_owned()))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a new plan, every cell in the mode the Line of Understanding recommends
    New {
        /// The course title, e.g. "Master Baker"
        title: String,
        /// How many modules ("Module 1".."Module N"), 1 to 1000
        #[arg(long, short = 'm', default_value_t = 6, value_parser = clap::value_parser!(u16).range(1..=1000))]
        modules: u16,
        /// Where to write it (default: the plans folder, named after the title)
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
    },
    /// Validate a plan file: "ok", or every problem as FILE:LINE:COLUMN: message
    Check {
        /// The plan file; `-` is standard input
        file: PathBuf,
        /// Print one JSON object: `ok`, and the title and module count, or every problem
        /// with its line and column (exit 1 all the same when there are problems)
        #[arg(long)]
        json: bool,
    },
    /// List the plans in the plans folder, newest first
    List {
        /// Print a JSON array: each plan's path, title, module count and when it last changed
        #[arg(long)]
        json: bool,
    },
    /// Print a plan's tradeoffs: instructor hours, scalability, accountability, warnings
    Summary {
        /// The plan file; `-` is standard input
        file: PathBuf,
        /// Print one JSON object instead of the report (hours unrounded)
        #[arg(long)]
        json: bool,
    },
    /// Compare two plans: every figure in both with its change, the warnings only one has or
    /// whose figures changed, and what changed in the plan (exit 0 whether or not they differ,
    /// unless --exit-code)
    Diff {
        /// The baseline plan (before); `-` is standard input
        baseline: PathBuf,
        /// The plan to compare with it (after); `-` is standard input
        current: PathBuf,
        /// Print one JSON object instead of the table (numbers unrounded)
        #[arg(long)]
        json: bool,
        /// Exit 1 when the plans differ and 0 when they do not, as `git diff --exit-code`
        /// (for scripts and CI: "has the plan changed?"), and 2 when a plan does not load
        #[arg(long)]
        exit_code: bool,
    },
    /// Export a plan as Markdown (a document to send), RON (the plan file) or CSV (a spreadsheet)
    Export {
        /// The plan file; `-` is standard input
        file: PathBuf,
        /// markdown (or md), ron or csv
        #[arg(long, short = 'f', value_enum, default_value = "markdown")]
        format: crate::export::ExportFormat,
        /// Write to this file instead of standard output (never over an existing file without
        /// --force); `-` is standard output
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Replace the output file if it exists
        #[arg(long, requires = "output")]
        force: bool,
        /// Start a CSV with a byte order mark, for spreadsheets that otherwise misread UTF-8
        /// (Excel on Windows)
        #[arg(long)]
        bom: bool,
        /// With --format csv: every figure of `summary` instead of the grid, one row each
        /// (figure, value, unit, label; values unrounded, as `summary --json` gives them)
        #[arg(long)]
        figures: bool,
    },
    /// Write one cohort's calendar (iCalendar, RFC 5545) to import into any calendar app: each
    /// module's live sessions, section after section, in the slot's time zone, and an all-day
    /// "Due:" event on its last day for its self-paced work; the plan needs a `schedule`
    Calendar {
        /// The plan file; `-` is standard input
        file: PathBuf,
        /// Which cohort of the year, 1 to cohorts_per_year: cohort N starts
        /// floor(52 x (N-1) / cohorts_per_year) weeks after the first session
        #[arg(long, short = 'c', default_value_t = 1)]
        cohort: u32,
        /// Write to this file (OUT.ics) instead of standard output (never over an existing file
        /// without --force); `-` is standard output
        #[arg(long, short = 'o')]
        output: Option<PathBuf>,
        /// Replace the output file if it exists
        #[arg(long, requires = "output")]
        force: bool,
    },
    /// Read a grid CSV (as `export --format csv` writes it, edited in a spreadsheet) into a plan:
    /// a new one with default assumptions, or with --into an existing one's modules; every bad
    /// row is reported as FILE:LINE: message
    Import {
        /// The CSV file; `-` is standard input
        file: PathBuf,
        /// Where to write the new plan (default: the plans folder, named after the title; never
        /// over an existing file without --force); `-` is standard output
        #[arg(long, short = 'o', conflicts_with = "into")]
        output: Option<PathBuf>,
        /// Replace the modules of this plan, keeping its title and assumptions (the previous
        /// version is kept as PLAN.bak, as a save does)
        #[arg(long, value_name = "PLAN")]
        into: Option<PathBuf>,
        /// The new plan's title (default: the CSV's file name without its extension)
        #[arg(long, conflicts_with = "into")]
        title: Option<String>,
        /// Replace the output file if it exists
        #[arg(long, conflicts_with = "into")]
        force: bool,
    },
    /// Print a completion script for a shell: `coursegrid completions bash > /etc/bash_completion.d/coursegrid`
    Completions {
        /// bash, zsh, fish, elvish or powershell
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `coursegrid man > coursegrid.1; man ./coursegrid.1`
    Man,
    /// Open a sample course in the editor, unsaved (the workshop demo)
    Demo {
        /// Which sample course
        #[arg(long, value_enum, default_value_t)]
        course: crate::samples::Sample,
        /// Start the guided tour (t starts it from the editor too)
        #[arg(long)]
        tour: bool,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mistyped(args: &[&str]) -> Option<(String, String)> {
        let args: Vec<std::ffi::OsString> = args.iter().map(|a| a.into()).collect();
        mistyped_command(&args)
    }

    #[test]
    fn a_command_typed_wrong_is_told_apart_from_a_plan_file() {
        assert_eq!(mistyped(&["chek"]), Some(("chek".into(), "check".into())));
        assert_eq!(
            mistyped(&["--theme", "high-contrast", "sumary", "x.ron"]),
            Some(("sumary".into(), "summary".into()))
        );
        // A command, a file with an extension, or a word far from any command.
        assert_eq!(mistyped(&["check", "x.ron"]), None);
        assert_eq!(mistyped(&["chek.ron"]), None);
        assert_eq!(mistyped(&["sourdough"]), None);
        assert_eq!(mistyped(&[]), None);
    }
}
