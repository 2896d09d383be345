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

/// Why a file could not be written. The file on disk is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("cannot write {}: the folder {} does not exist", path.display(), folder.display())]
    MissingFolder { path: PathBuf, folder: PathBuf },
    #[error("cannot write {}: permission denied", path.display())]
    PermissionDenied { path: PathBuf },
    #[error("{} already exists (use --force to replace it)", path.display())]
    Exists { path: PathBuf },
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

/// Writes `bytes` to `path` atomically and returns the path actually written
/// (a symlink's target: the link itself is kept).
pub fn write(path: &Path, bytes: &[u8], options: WriteOptions) -> Result<PathBuf, WriteError> {
    write_then(path, bytes, options, || Ok(()))
}

/// [`write`], with `before_rename` run once the new content is safely in
/// the temporary file: where a test makes the save fail, as a crash would.
fn write_then(
    path: &Path,
    bytes: &[u8],
    options: WriteOptions,
    before_rename: impl FnOnce() -> io::Result<()>,
) -> Result<PathBuf, WriteError> {
    let target = resolve_symlink(path);
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
    let existing = fs::metadata(&target).ok();
    if existing.is_some() && !options.overwrite {
        return Err(WriteError::Exists {
            path: path.to_owned(),
        });
    }
    let error = |source| WriteError::from_io(path, source);

    let file_name = target.file_name().unwrap_or_default().to_string_lossy();
    let mut temporary = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(error)?;
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

    before_rename().map_err(error)?;
    if options.backup && existing.is_some() {
        let backup = backup_path(&target);
        fs::copy(&target, &backup).map_err(error)?;
    }
    if options.overwrite {
        temporary.persist(&target).map_err(|e| error(e.error))?;
    } else {
        temporary
            .persist_noclobber(&target)
            .map_err(|e| error(e.error))?;
    }
    sync_folder(&folder);
    Ok(target)
}

/// `plan.ron` -> `plan.ron.bak`, beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".bak");
    path.with_file_name(name)
}

/// Follows symlinks so that saving through a link updates its target.
fn resolve_symlink(path: &Path) -> PathBuf {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
        }
        _ => path.to_owned(),
    }
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
mod tests {
    use super::*;

    const REPLACE: WriteOptions = WriteOptions {
        overwrite: true,
        backup: true,
    };

    #[test]
    fn replaces_the_file_and_keeps_a_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        write(&path, b"new", REPLACE).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(
            fs::read_to_string(dir.path().join("plan.ron.bak")).unwrap(),
            "old"
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 2, "no temporary file is left behind");
    }

    #[test]
    fn refuses_to_replace_without_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let options = WriteOptions {
            overwrite: false,
            backup: false,
        };
        let error = write(&path, b"new", options).unwrap_err();
        assert!(matches!(error, WriteError::Exists { .. }), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[test]
    fn a_missing_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nowhere/plan.ron");
        let error = write(&path, b"new", REPLACE).unwrap_err();
        assert!(error.to_string().contains("does not exist"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::{PermissionsExt, symlink};
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.ron");
        fs::write(&target, "old").unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("link.ron");
        symlink(&target, &link).unwrap();
        write(&link, b"new", REPLACE).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    #[test]
    fn a_save_interrupted_after_the_temporary_write_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let crash = || Err(io::Error::other("the power went out"));
        let error = write_then(&path, b"new", REPLACE, crash).unwrap_err();
        assert!(error.to_string().contains("the power went out"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    /// A folder nobody may write in: read-only permissions, or for root (whom
    /// permissions do not stop) the immutable attribute, where the file
    /// system has it. `None` when neither can be had here.
    #[cfg(unix)]
    fn lock(folder: &Path) -> Option<Box<dyn FnOnce()>> {
        use std::os::unix::fs::PermissionsExt;
        use std::process::Command;
        if !is_root() {
            fs::set_permissions(folder, fs::Permissions::from_mode(0o555)).unwrap();
            let folder = folder.to_owned();
            return Some(Box::new(move || {
                fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
            }));
        }
        let chattr = |flag: &str, folder: &Path| {
            Command::new("chattr")
                .arg(flag)
                .arg(folder)
                .status()
                .is_ok_and(|s| s.success())
        };
        if !chattr("+i", folder) {
            return None;
        }
        let folder = folder.to_owned();
        Some(Box::new(move || {
            chattr("-i", &folder);
        }))
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_fails_cleanly_and_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let Some(unlock) = lock(dir.path()) else {
            eprintln!("skipped: running as root without chattr, no folder can be made read-only");
            return;
        };
        let result = write(&path, b"new", REPLACE);
        unlock();
        let error = result.unwrap_err();
        assert!(
            matches!(error, WriteError::PermissionDenied { .. }),
            "{error:?}"
        );
        assert_eq!(
            error.to_string(),
            format!("cannot write {}: permission denied", path.display())
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[cfg(unix)]
    fn is_root() -> bool {
        std::env::var("USER").is_ok_and(|u| u == "root")
            || fs::read_to_string("/proc/self/status").is_ok_and(|s| {
                s.lines()
                    .find(|l| l.starts_with("Uid:"))
                    .is_some_and(|l| l.split_whitespace().nth(1) == Some("0"))
            })
    }
}
