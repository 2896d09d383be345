//! Writing a file so that a crash, a full disk or a refused permission never
//! leaves it half written: write a temporary file beside it, flush it to disk,
//! then rename it over the target (the way vim and git protect their files).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// How [`write`] treats an existing file.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions {
    /// Replace an existing file; when false, an existing file is an error.
    pub overwrite: bool,
    /// Keep the replaced file's previous content as `FILE.bak`.
    pub backup: bool,
}

/// What a write did: the file it wrote (a symlink's target) and what the
/// user should know although the content is safe (no backup could be made,
/// other hard links keep the old content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub path: PathBuf,
    pub warnings: Vec<String>,
}

/// Why a file could not be written. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {}: the folder {} does not exist", path.display(), folder.display())]
    MissingFolder { path: PathBuf, folder: PathBuf },
    #[error("cannot write {}: permission denied", path.display())]
    PermissionDenied { path: PathBuf },
    #[error("{} already exists (use --force to replace it)", path.display())]
    Exists { path: PathBuf },
    #[error("cannot write {}: it is a folder", path.display())]
    IsFolder { path: PathBuf },
    #[error("cannot write {}: it is a socket or block device, not a file", path.display())]
    Special { path: PathBuf },
    #[error("cannot write {}: it is read-only (make it writable, or save as another file)", path.display())]
    ReadOnly { path: PathBuf },
    #[error("cannot write {}: symbolic links go round in a loop", path.display())]
    LinkLoop { path: PathBuf },
    #[error("cannot write {}: it would be {size} bytes, over the {max} a plan file may be, so it could not be opened again; remove modules or shorten long texts", path.display())]
    TooLarge { path: PathBuf, size: u64, max: u64 },
    #[error("cannot write {}: the disk is full", path.display())]
    DiskFull { path: PathBuf },
    #[error("cannot write {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

impl WriteError {
    fn from_io(path: &Path, source: io::Error) -> WriteError {
        let path = path.to_owned();
        match source.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
                WriteError::PermissionDenied { path }
            }
            io::ErrorKind::AlreadyExists => WriteError::Exists { path },
            io::ErrorKind::StorageFull => WriteError::DiskFull { path },
            _ => WriteError::Io { path, source },
        }
    }
}

/// Writes `bytes` to `path` so that it is never half written. A regular file
/// (or none yet) is replaced atomically; a character device or a pipe
/// (`/dev/null`, `/dev/stdout`, a FIFO) is written to as a stream, since
/// replacing it would destroy it; a folder, socket or block device is refused.
pub fn write(path: &Path, bytes: &[u8], options: WriteOptions) -> Result<Written, WriteError> {
    write_then(path, bytes, options, || Ok(()))
}

/// [`write`], with `before_rename` run once the new content is safely in
/// the temporary file: where a test makes the save fail, as a crash would.
fn write_then(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions,
    before_rename: impl FnOnce() -> io::Result<()>,
) -> Result<Written, WriteError> {
    let error = |source| WriteError::from_io(path, source);
    // A stream is opened through the path as given: `/dev/stdout` is a link
    // to `/proc/self/fd/1`, whose target (`pipe:[…]`) names no file. A
    // standard stream is always written as one, even when the shell sent it
    // to a file (`-o /dev/stdout >> log` appends; replacing would lose the log).
    if let Some(fd) = standard_stream(path) {
        // The process's own handle shares the shell's file description, so a
        // `>> log` keeps appending where a fresh open would write at 0.
        let written = match fd {
            1 => io::stdout()
                .lock()
                .write_all(bytes)
                .and_then(|()| io::stdout().flush()),
            2 => io::stderr().lock().write_all(bytes),
            _ => fs::OpenOptions::new()
                .append(true)
                .open(path)
                .and_then(|mut stream| stream.write_all(bytes)),
        };
        written.map_err(error)?;
        return Ok(Written {
            path: path.to_owned(),
            warnings: Vec::new(),
        });
    }
    if fs::metadata(path).is_ok_and(|m| is_stream(&m.file_type())) {
        let mut stream = fs::OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(error)?;
        stream.write_all(bytes).map_err(error)?;
        stream.flush().map_err(error)?;
        return Ok(Written {
            path: path.to_owned(),
            warnings: Vec::new(),
        });
    }
    let target = resolve_symlinks(path)?;
    let existing = fs::metadata(&target).ok();
    if let Some(metadata) = &existing {
        let kind = metadata.file_type();
        if kind.is_dir() {
            return Err(WriteError::IsFolder {
                path: path.to_owned(),
            });
        }
        if !kind.is_file() {
            return Err(WriteError::Special {
                path: path.to_owned(),
            });
        }
        if !options.overwrite {
            return Err(WriteError::Exists {
                path: path.to_owned(),
            });
        }
        if metadata.permissions().readonly() {
            return Err(WriteError::ReadOnly {
                path: path.to_owned(),
            });
        }
    }
    let folder = match target.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_owned(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(WriteError::MissingFolder {
            path: path.to_owned(),
            folder,
        });
    }

    let mut temporary = temporary_beside(&target, &folder).map_err(error)?;
    temporary.write_all(bytes).map_err(error)?;
    temporary.as_file().sync_all().map_err(error)?;
    let permissions = match &existing {
        Some(metadata) => Some(metadata.permissions()),
        None => default_permissions(),
    };
    if let Some(permissions) = permissions {
        temporary
            .as_file()
            .set_permissions(permissions)
            .map_err(error)?;
    }
    let mut warnings = Vec::new();
    if let Some(metadata) = &existing {
        keep_owner(temporary.as_file(), metadata);
        if links(metadata) > 1 {
            warnings.push(format!(
                "{} had {} other hard links: they keep the previous version",
                path.display(),
                links(metadata) - 1
            ));
        }
    }

    before_rename().map_err(error)?;
    if options.backup && existing.is_some() {
        // A backup that cannot be made must not stop the save of the plan itself.
        if let Err(problem) = back_up(&target, &folder) {
            warnings.push(format!(
                "no backup {} was made: {problem}",
                backup_path(&target).display()
            ));
        }
    }
    if options.overwrite {
        temporary.persist(&target).map_err(|e| error(e.error))?;
    } else {
        temporary
            .persist_noclobber(&target)
            .map_err(|e| error(e.error))?;
    }
    sync_folder(&folder);
    Ok(Written {
        path: target,
        warnings,
    })
}

/// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: names of
/// this process's open streams, whatever they point at; the stream's number.
fn standard_stream(path: &Path) -> Option<u32> {
    let text = path.to_string_lossy();
    match text.as_ref() {
        "/dev/stdout" => Some(1),
        "/dev/stderr" => Some(2),
        _ => text
            .strip_prefix("/dev/fd/")
            .or_else(|| text.strip_prefix("/proc/self/fd/"))
            .and_then(|n| n.parse().ok()),
    }
}

/// A character device or a pipe: something to write into, not to replace.
fn is_stream(kind: &fs::FileType) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        kind.is_char_device() || kind.is_fifo()
    }
    #[cfg(not(unix))]
    {
        let _ = kind;
        false
    }
}

fn temporary_beside(target: &Path, folder: &Path) -> io::Result<tempfile::NamedTempFile> {
    let file_name = target.file_name().unwrap_or_default().to_string_lossy();
    // Keep the temporary name within Linux's 255 bytes whatever the plan's name.
    let stem: String = file_name.chars().take(64).collect();
    tempfile::Builder::new()
        .prefix(&format!(".{stem}."))
        .suffix(".tmp")
        .tempfile_in(folder)
}

/// Puts the current `target` at `FILE.bak` atomically: a hard link (or, where
/// the file system has none, a synced copy) under a temporary name, renamed
/// over the backup. The rename replaces whatever `FILE.bak` is, a symlink
/// included, and never writes through it.
fn back_up(target: &Path, folder: &Path) -> io::Result<()> {
    let backup = backup_path(target);
    if fs::symlink_metadata(&backup).is_ok_and(|m| m.is_dir()) {
        return Err(io::Error::other("it is a folder"));
    }
    let staging = temporary_beside(target, folder)?.into_temp_path();
    let staged: &Path = &staging;
    fs::remove_file(staged)?;
    if fs::hard_link(target, staged).is_err() {
        fs::copy(target, staged)?;
        fs::File::open(staged)?.sync_all()?;
    }
    fs::rename(staged, &backup)?;
    // The name is taken by the backup now: nothing left to clean up.
    let _ = staging.keep();
    Ok(())
}

/// The number of names the file has.
fn links(metadata: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        metadata.nlink()
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        1
    }
}

/// Gives the new file the old one's owner and group where the OS allows
/// (root may; others may keep a group they belong to). Best effort.
fn keep_owner(file: &fs::File, metadata: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::os::unix::fs::fchown(file, Some(metadata.uid()), Some(metadata.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(metadata.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, metadata);
}

/// Whether `a` and `b` name the same file (the same device and inode, through
/// any symlinks, `./` or `..`): comparing the text of two paths misses
/// `./plan.ron` and `plan.ron`. False when either does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (fs::metadata(a), fs::metadata(b)) {
            (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        matches!(
            (fs::canonicalize(a), fs::canonicalize(b)),
            (Ok(a), Ok(b)) if a == b
        )
    }
}

/// `plan.ron` -> `plan.ron.bak`, beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Follows symlinks, dangling ones included, so that saving through a link
/// writes its target and keeps the link; a loop is an error.
fn resolve_symlinks(path: &Path) -> Result<PathBuf, WriteError> {
    let mut current = path.to_owned();
    // Linux gives up after 40 links; so do we.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target =
                    fs::read_link(&current).map_err(|source| WriteError::from_io(path, source))?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(WriteError::LinkLoop {
        path: path.to_owned(),
    })
}

/// Temporary files are private (0600); a new plan should be as readable as
/// any file a text editor creates under the usual umask (022).
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}

/// Makes the rename itself durable. Best effort: the data is already safe on
/// disk, and not every platform can sync a folder.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = fs::File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
#[path = "atomic_file_tests.rs"]
mod tests;
