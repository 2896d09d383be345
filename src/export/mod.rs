//! Exports: the plan as a Markdown document for people, as its RON plan file
//! for git and for re-opening, and as CSV for spreadsheets and learning
//! platforms. The command line (`coursegrid export`) and the editor's export
//! dialog both call [`render`] and [`write_to`]. Apart, [`calendar`] writes
//! one cohort's dates as iCalendar (`coursegrid calendar`).
//!
//! Every export is deterministic (the same plan gives the same bytes) and
//! holds no control character but newlines and tabs (and the calendar's
//! CRLF line ends, which iCalendar requires), so it can go to a terminal as
//! it is.

pub mod calendar;
pub mod csv;
pub mod csv_figures;
pub mod html;
pub mod markdown;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::atomic_file::{self, WriteError, WriteOptions};
use crate::model::Course;
use crate::plan_file;

/// What an export is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum ExportFormat {
    /// A document to read or send: summary, tradeoffs, grid, modules, warnings, charts
    #[value(alias = "md")]
    Markdown,
    /// The plan file itself, byte for byte what a save writes
    Ron,
    /// One row per module and event, for a spreadsheet
    Csv,
    /// One self-contained page to hand out or print: summary, grid, charts, warnings
    Html,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::Ron,
        ExportFormat::Csv,
        ExportFormat::Html,
    ];

    /// The file name extension, without the dot: `md`, `ron`, `csv`.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Ron => "ron",
            ExportFormat::Csv => "csv",
            ExportFormat::Html => "html",
        }
    }

    /// The name a person reads: `Markdown`, `RON`, `CSV`.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Ron => "RON",
            ExportFormat::Csv => "CSV",
            ExportFormat::Html => "HTML",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// `course` exported as `format`.
pub fn render(format: ExportFormat, course: &Course) -> String {
    match format {
        ExportFormat::Markdown => markdown::render(course),
        ExportFormat::Ron => plan_file::to_string(course),
        ExportFormat::Csv => self::csv::render(course),
        ExportFormat::Html => html::render(course),
    }
}

/// A byte order mark before a CSV export: Excel on Windows reads a CSV as
/// the local code page unless it starts with one (🥐 turns into mojibake).
pub const BYTE_ORDER_MARK: &str = "\u{feff}";

/// Writes `course` as `format` to `path` safely: a temporary file beside it,
/// flushed, then renamed over it, so a crash never leaves half a file. An
/// existing file is replaced only with `force` (no backup is kept: an export
/// can always be made again); otherwise [`WriteError::Exists`].
pub fn write_to(
    path: &Path,
    format: ExportFormat,
    course: &Course,
    force: bool,
) -> Result<Exported, WriteError> {
    write_text_to(path, format, &render(format, course), force)
}

/// Writes `text`, an export in `format`, to `path` as [`write_to`] does.
pub fn write_text_to(
    path: &Path,
    format: ExportFormat,
    text: &str,
    force: bool,
) -> Result<Exported, WriteError> {
    write_file(path, text, force)?;
    Ok(Exported {
        path: path.to_owned(),
        format,
        bytes: text.len(),
    })
}

/// Writes `text` to `path` as every export is written: atomically, over an
/// existing file only with `force`, keeping no backup.
pub fn write_file(path: &Path, text: &str, force: bool) -> Result<(), WriteError> {
    atomic_file::write(
        path,
        text.as_bytes(),
        WriteOptions {
            overwrite: force,
            backup: false,
        },
    )?;
    Ok(())
}

/// What [`write_to`] wrote; its [`Display`](fmt::Display) is the confirmation
/// a person reads: `Wrote plan.md (Markdown, 12.3 KB)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The path as it was asked for (a symlink's target is what changed).
    pub path: PathBuf,
    pub format: ExportFormat,
    pub bytes: usize,
}

impl fmt::Display for Exported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Wrote {} ({}, {})",
            self.path.display(),
            self.format.label(),
            size(self.bytes)
        )
    }
}

/// `512 bytes`, `12.3 KB`, `1.2 MB` (decimal units, as file managers show).
pub(crate) fn size(bytes: usize) -> String {
    match bytes {
        1 => "1 byte".to_string(),
        b if b < 1000 => format!("{b} bytes"),
        b if b < 1_000_000 => format!("{:.1} KB", b as f64 / 1e3),
        b => format!("{:.1} MB", b as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_know_their_extension_and_label() {
        let names: Vec<_> = ExportFormat::ALL
            .iter()
            .map(|f| (f.extension(), f.label()))
            .collect();
        assert_eq!(
            names,
            [
                ("md", "Markdown"),
                ("ron", "RON"),
                ("csv", "CSV"),
                ("html", "HTML")
            ]
        );
    }

    #[test]
    fn the_confirmation_names_the_file_format_and_size() {
        let exported = Exported {
            path: PathBuf::from("plan.md"),
            format: ExportFormat::Markdown,
            bytes: 12_345,
        };
        assert_eq!(exported.to_string(), "Wrote plan.md (Markdown, 12.3 KB)");
        assert_eq!(size(1), "1 byte");
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(2_500_000), "2.5 MB");
    }

    #[test]
    fn an_existing_file_is_kept_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.md");
        std::fs::write(&path, "mine").unwrap();
        let course = Course::with_recommended_modules("Bread", 2).unwrap();
        let error = write_to(&path, ExportFormat::Markdown, &course, false).unwrap_err();
        assert!(matches!(error, WriteError::Exists { .. }), "{error}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        let exported = write_to(&path, ExportFormat::Markdown, &course, true).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            render(ExportFormat::Markdown, &course)
        );
        assert_eq!(
            exported.bytes,
            std::fs::metadata(&path).unwrap().len() as usize
        );
        assert!(!atomic_file::backup_path(&path).exists());
    }
}
