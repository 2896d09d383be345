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
    // to `/proc/self/fd/1`, whose target (`pipe:[…]`) names no file.
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
    #[test]
    fn a_character_device_or_a_pipe_is_written_into_never_replaced() {
        use std::os::unix::fs::FileTypeExt;
        // /dev/null: no --force needed, and it stays a device.
        let keep = WriteOptions {
            overwrite: false,
            backup: false,
        };
        write(Path::new("/dev/null"), b"plan", keep).unwrap();
        assert!(
            fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        // A FIFO: the reader gets the bytes, and the FIFO is still there.
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped the FIFO half: mkfifo is not available");
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read(fifo).unwrap())
        };
        write(&fifo, b"through the pipe", REPLACE).unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert!(!dir.path().join("pipe.bak").exists());
    }

    #[test]
    fn a_folder_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let error = write(dir.path(), b"x", REPLACE).unwrap_err();
        assert!(matches!(error, WriteError::IsFolder { .. }), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn the_backup_replaces_a_symlink_instead_of_writing_through_it() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let precious = dir.path().join("precious.txt");
        fs::write(&precious, "keep me").unwrap();
        symlink(&precious, dir.path().join("plan.ron.bak")).unwrap();
        write(&path, b"new", REPLACE).unwrap();
        assert_eq!(fs::read_to_string(&precious).unwrap(), "keep me");
        let backup = dir.path().join("plan.ron.bak");
        assert!(
            !fs::symlink_metadata(&backup)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&backup).unwrap(), "old");
    }

    #[test]
    fn a_backup_that_cannot_be_made_is_reported_and_the_save_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        fs::create_dir(dir.path().join("plan.ron.bak")).unwrap();
        let written = write(&path, b"new", REPLACE).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(written.warnings.len(), 1, "{:?}", written.warnings);
        assert!(
            written.warnings[0].contains("no backup"),
            "{:?}",
            written.warnings
        );
    }

    #[test]
    fn a_read_only_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        let mut permissions = fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        fs::set_permissions(&path, permissions).unwrap();
        let error = write(&path, b"new", REPLACE).unwrap_err();
        assert!(matches!(error, WriteError::ReadOnly { .. }), "{error}");
        assert!(error.to_string().contains("read-only"));
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[cfg(unix)]
    #[test]
    fn owner_and_group_are_kept_and_other_hard_links_are_reported() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "old").unwrap();
        if is_root() {
            std::os::unix::fs::chown(&path, Some(4242), Some(4343)).unwrap();
        }
        let before = fs::metadata(&path).unwrap();
        fs::hard_link(&path, dir.path().join("other-name.ron")).unwrap();
        let written = write(&path, b"new", REPLACE).unwrap();
        let after = fs::metadata(&path).unwrap();
        assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));
        assert!(
            written
                .warnings
                .iter()
                .any(|w| w.contains("1 other hard links")),
            "{:?}",
            written.warnings
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_symlink_is_written_through_and_a_loop_is_refused() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.ron");
        symlink("target.ron", &link).unwrap();
        write(&link, b"new", REPLACE).unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("target.ron")).unwrap(),
            "new"
        );
        let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
        symlink(&b, &a).unwrap();
        symlink(&a, &b).unwrap();
        let error = write(&a, b"x", REPLACE).unwrap_err();
        assert!(matches!(error, WriteError::LinkLoop { .. }), "{error}");
    }

    #[test]
    fn any_name_linux_allows_can_be_saved() {
        let dir = tempfile::tempdir().unwrap();
        // 255 bytes, the most a Linux name may have: the temporary name must
        // not grow past it; the backup's name (260 bytes) cannot exist, which is
        // reported, not a failed save.
        let name = format!("{}.ron", "p".repeat(251));
        let path = dir.path().join(&name);
        write(&path, b"old", REPLACE).unwrap();
        let written = write(&path, b"new", REPLACE).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert!(written.warnings.iter().any(|w| w.contains("no backup")));
        let shorter = dir.path().join(format!("{}.ron", "q".repeat(240)));
        write(&shorter, b"old", REPLACE).unwrap();
        assert!(
            write(&shorter, b"new", REPLACE)
                .unwrap()
                .warnings
                .is_empty()
        );
    }

    #[test]
    fn same_file_sees_through_dot_segments() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.ron");
        fs::write(&path, "x").unwrap();
        let dotted = dir.path().join(".").join("sub").join("..").join("plan.ron");
        fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(same_file(&path, &dotted));
        assert!(!same_file(&path, &dir.path().join("missing.ron")));
    }

    /// A disk with room for the new plan but not for a copy of the old one:
    /// the backup is a hard link, so it needs no room and is never half a
    /// plan; with no room for the new plan either, the save fails and both
    /// stay whole. Needs a small tmpfs, which only root can mount; skipped with
    /// a message otherwise.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_nearly_full_disk_never_leaves_half_a_backup() {
        use std::process::Command;
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=128k", "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        if !mounted {
            eprintln!("skipped: cannot mount a small tmpfs here (needs root)");
            return;
        }
        let path = dir.path().join("plan.ron");
        let old = vec![b'o'; 32 * 1024];
        let new = vec![b'n'; 32 * 1024];
        let run = || {
            fs::write(&path, &old).unwrap();
            // Fill the disk, then free room for the new plan and a little more.
            let filler = dir.path().join("filler");
            let mut file = fs::File::create(&filler).unwrap();
            while file.write_all(&[0u8; 4096]).is_ok() {}
            let full = file.metadata().unwrap().len();
            file.set_len(full.saturating_sub(36 * 1024)).unwrap();
            let fits = write(&path, &new, REPLACE).map(|_| ());
            let after_fit = (fs::read(&path).unwrap(), fs::read(backup_path(&path)).ok());
            // Now no room at all: the next save fails and changes nothing.
            file.set_len(full).unwrap();
            let fails = write(&path, &old, REPLACE).map(|_| ());
            let after_fail = (fs::read(&path).unwrap(), fs::read(backup_path(&path)).ok());
            (fits, after_fit, fails, after_fail)
        };
        let outcome = run();
        let _ = Command::new("umount").arg(dir.path()).status();
        let (fits, (plan, backup), fails, (plan_after, backup_after)) = outcome;
        fits.unwrap();
        assert_eq!(plan, new);
        assert_eq!(
            backup.as_deref(),
            Some(old.as_slice()),
            "the whole old plan"
        );
        let error = fails.unwrap_err();
        assert!(matches!(error, WriteError::DiskFull { .. }), "{error:?}");
        assert_eq!(plan_after, new, "the plan is untouched");
        assert_eq!(backup_after.as_deref(), Some(old.as_slice()));
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
