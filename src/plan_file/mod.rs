//! The plan file: RON text, hand-editable and friendly to git diffs.
//!
//! [`parse`] and [`to_string`] are pure; [`load`] and [`save`] add the file
//! system, with a message for every way a file can be wrong.

mod describe;
mod entries;
mod fast;
pub(crate) mod names;
mod position;
mod read;
mod schedule;
mod write;

use std::fmt;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

pub use read::{Problem, parse, parse_with_format};
pub use write::to_string;

use crate::atomic_file::{self, WriteError, WriteOptions, Written};
use crate::model::Course;

/// The plan file format this version of coursegrid writes. It reads this one
/// and format 1 (before activity kinds), which saving turns into this one.
pub const FORMAT_VERSION: u32 = 2;

/// Format 1's `support_minutes_per_learner_hour` is dropped on reading, but
/// still has to be a number in its old range (0 to 600) for the file to be valid.
pub(super) const SUPPORT_FORMAT1: crate::model::Setting = crate::model::Setting::Kind(
    crate::model::ActivityKind::Assignment,
    crate::model::KindField::SupportMinutes,
);

/// Plans are small (a 1000-module plan is well under 1 MiB); anything larger
/// is not a plan, and reading it whole would only waste memory.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Why a plan file could not be loaded. Each message names the file.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file", path.display())]
    NotFound { path: PathBuf },
    #[error("{}: is a folder, not a plan file", path.display())]
    IsDirectory { path: PathBuf },
    #[error("{}: not a regular file (a device, pipe or socket), so not a plan file", path.display())]
    NotAFile { path: PathBuf },
    #[error("{}: permission denied: coursegrid may not read this file", path.display())]
    PermissionDenied { path: PathBuf },
    #[error("{}: the file is {size} bytes; a plan file may be at most 8 MiB", path.display())]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}:{line}:{column}: not UTF-8 text (byte {byte:#04x}); a plan file is plain text", path.display())]
    NotUtf8 {
        path: PathBuf,
        line: usize,
        column: usize,
        byte: u8,
    },
    #[error("{}:{line}:{column}: a NUL byte: this is binary data (or UTF-16 text), and a plan file is UTF-8 text", path.display())]
    Binary {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}: cannot read: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}", ProblemList { path, problems })]
    Invalid {
        path: PathBuf,
        problems: Vec<Problem>,
    },
}

/// Every problem as `FILE:` then the problem (`LINE:COLUMN: message` here,
/// `LINE: message` for a CSV row), one a line.
pub(crate) struct ProblemList<'a, P> {
    pub path: &'a Path,
    pub problems: &'a [P],
}

impl<P: fmt::Display> fmt::Display for ProblemList<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}:{problem}", self.path.display())?;
        }
        Ok(())
    }
}

/// Reads and parses the plan at `path`.
pub fn load(path: &Path) -> Result<Course, LoadError> {
    load_with_format(path).map(|(course, _)| course)
}

/// Reads and parses the plan at `path`, with the format it was written in
/// (1 for a plan from before activity kinds, which saving turns into format 2).
pub fn load_with_format(path: &Path) -> Result<(Course, u32), LoadError> {
    let bytes = read_plan_bytes(path)?;
    from_bytes_with_format(path, &bytes)
}

/// How messages name standard input, read when a command is given `-`.
pub const STDIN_NAME: &str = "<stdin>";

/// Whether `path` is `-`: standard input (or output), as the shell convention has it.
pub fn is_dash(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// How messages name `path`: itself, or [`STDIN_NAME`] for `-`.
pub fn input_name(path: &Path) -> PathBuf {
    if is_dash(path) {
        PathBuf::from(STDIN_NAME)
    } else {
        path.to_owned()
    }
}

/// [`load_with_format`], or with `-` the plan on standard input (read whole,
/// with the same 8 MiB limit and the same UTF-8 and binary checks; messages
/// name it `<stdin>`).
pub fn load_input_with_format(path: &Path) -> Result<(Course, u32), LoadError> {
    if is_dash(path) {
        let name = input_name(path);
        let bytes = read_limited(&name, io::stdin().lock())?;
        return from_bytes_with_format(&name, &bytes);
    }
    load_with_format(path)
}

/// [`load_input_with_format`] without the format.
pub fn load_input(path: &Path) -> Result<Course, LoadError> {
    load_input_with_format(path).map(|(course, _)| course)
}

/// The bytes of the file at `path` (with the checks of [`load`]: no folder,
/// device or file over 8 MiB), or of standard input when it is `-`. For
/// other text files coursegrid reads whole, such as a CSV to import.
pub fn read_input_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    if is_dash(path) {
        read_limited(&input_name(path), io::stdin().lock())
    } else {
        read_plan_bytes(path)
    }
}

/// Everything `reader` holds, refused past [`MAX_FILE_BYTES`] without
/// reading further (a pipe could be endless); `name` names it in messages.
pub fn read_limited(name: &Path, reader: impl Read) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| LoadError::Io {
            path: name.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: name.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// Parses plan bytes; `path` only names the file in messages.
pub fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Course, LoadError> {
    from_bytes_with_format(path, bytes).map(|(course, _)| course)
}

/// Parses plan bytes, with the format they were written in.
pub fn from_bytes_with_format(path: &Path, bytes: &[u8]) -> Result<(Course, u32), LoadError> {
    // Some Windows editors start UTF-8 files with a byte order mark; positions
    // are counted after it, as editors show them.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = error.valid_up_to();
        // The valid prefix is UTF-8 by definition, so this cannot fail.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let (line, column) = position::line_and_column(prefix, valid);
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
            byte: bytes[valid],
        }
    })?;
    // NUL is valid UTF-8 but never in text: a zero-filled file (what a crash
    // can leave), another binary file, or UTF-16 text.
    if let Some(nul) = text.find('\0') {
        let (line, column) = position::line_and_column(text, nul);
        return Err(LoadError::Binary {
            path: path.to_owned(),
            line,
            column,
        });
    }
    parse_with_format(text).map_err(|problems| LoadError::Invalid {
        path: path.to_owned(),
        problems,
    })
}

/// Reads a file's bytes, refusing folders, devices and anything over
/// [`MAX_FILE_BYTES`] before reading it (a pipe could otherwise block forever).
fn read_plan_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source: io::Error| match source.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound {
            path: path.to_owned(),
        },
        io::ErrorKind::PermissionDenied => LoadError::PermissionDenied {
            path: path.to_owned(),
        },
        io::ErrorKind::IsADirectory => LoadError::IsDirectory {
            path: path.to_owned(),
        },
        _ => LoadError::Io {
            path: path.to_owned(),
            source,
        },
    };
    let metadata = fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_owned(),
        });
    }
    if !metadata.is_file() {
        return Err(LoadError::NotAFile {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: metadata.len(),
        });
    }
    let mut bytes = Vec::with_capacity(metadata.len() as usize);
    // The file may grow between the check and the read: never read past the limit.
    fs::File::open(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

/// What a plan file held on disk when it was loaded or saved, to notice when
/// someone else (a colleague, git, another editor) changed it since.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskStamp {
    len: u64,
    sha256: [u8; 32],
    pub modified: Option<std::time::SystemTime>,
}

impl DiskStamp {
    pub fn read(path: &Path) -> io::Result<DiskStamp> {
        use sha2::{Digest, Sha256};
        let bytes = fs::read(path)?;
        Ok(DiskStamp {
            len: bytes.len() as u64,
            sha256: Sha256::digest(&bytes).into(),
            modified: fs::metadata(path).and_then(|m| m.modified()).ok(),
        })
    }

    /// The content's length and SHA-256, as one line of text: how a recovery
    /// copy records the plan its session opened.
    pub fn fingerprint(&self) -> String {
        let hex: String = self.sha256.iter().map(|b| format!("{b:02x}")).collect();
        format!("{} {hex}", self.len)
    }

    /// A stamp from [`DiskStamp::fingerprint`]'s text; `None` if it is not one.
    pub fn from_fingerprint(text: &str) -> Option<DiskStamp> {
        let (len, hex) = text.trim().split_once(' ')?;
        if hex.len() != 64 {
            return None;
        }
        let mut sha256 = [0u8; 32];
        for (i, byte) in sha256.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(DiskStamp {
            len: len.parse().ok()?,
            sha256,
            modified: None,
        })
    }

    /// True when the content differs (a touch that changes only the time does not count).
    pub fn content_differs(&self, other: &DiskStamp) -> bool {
        self.len != other.len || self.sha256 != other.sha256
    }
}

/// Saves `course` to `path` atomically, keeping the previous version as `FILE.bak`.
/// On failure the file on disk is untouched.
pub fn save(path: &Path, course: &Course) -> Result<Written, WriteError> {
    write_plan(path, course, true)
}

/// Writes `course` to a new file at `path`, refusing to replace an existing one.
pub fn create(path: &Path, course: &Course) -> Result<Written, WriteError> {
    write_plan(path, course, false)
}

/// [`save`] when `replace` (a `--force`), else [`create`].
pub fn write_plan(path: &Path, course: &Course, replace: bool) -> Result<Written, WriteError> {
    let text = to_string(course);
    check_size(path, &text)?;
    let options = WriteOptions {
        overwrite: replace,
        backup: replace,
    };
    atomic_file::write(path, text.as_bytes(), options)
}

/// Refuses a plan text that could not be opened again: what loads must save,
/// and what saves must load.
pub fn check_size(path: &Path, text: &str) -> Result<(), WriteError> {
    let size = text.len() as u64;
    if size > MAX_FILE_BYTES {
        return Err(WriteError::TooLarge {
            path: path.to_owned(),
            size,
            max: MAX_FILE_BYTES,
        });
    }
    Ok(())
}
