//! The unit tests of `atomic_file.rs`, kept apart so that the code reads on its own.

use super::*;

const REPLACE: WriteOptions = WriteOptions {
    overwrite: true,
    backup: true,
};

/// Whether `path` is a symlink itself (not what it points to).
fn is_symlink(path: &Path) -> bool {
    fs::symlink_metadata(path).unwrap().file_type().is_symlink()
}

/// A folder holding `plan.ron`, whose text is "old".
fn old_plan() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    fs::write(&path, "old").unwrap();
    (dir, path)
}

#[test]
fn replaces_the_file_and_keeps_a_backup() {
    let (dir, path) = old_plan();
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
    let (_dir, path) = old_plan();
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
    assert!(is_symlink(&link));
    assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_save_interrupted_after_the_temporary_write_leaves_the_old_file_intact() {
    let (_dir, path) = old_plan();
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
    let (dir, path) = old_plan();
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
    let (dir, path) = old_plan();
    let precious = dir.path().join("precious.txt");
    fs::write(&precious, "keep me").unwrap();
    symlink(&precious, dir.path().join("plan.ron.bak")).unwrap();
    write(&path, b"new", REPLACE).unwrap();
    assert_eq!(fs::read_to_string(&precious).unwrap(), "keep me");
    let backup = dir.path().join("plan.ron.bak");
    assert!(!is_symlink(&backup));
    assert_eq!(fs::read_to_string(&backup).unwrap(), "old");
}

#[test]
fn a_backup_that_cannot_be_made_is_reported_and_the_save_goes_on() {
    let (dir, path) = old_plan();
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
    let (_dir, path) = old_plan();
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
    let (dir, path) = old_plan();
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
    assert!(is_symlink(&link));
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
