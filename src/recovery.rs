//! Recovery copies: while a plan has unsaved changes, the editor keeps a copy
//! in the data folder's `recovery/`, so that a killed terminal, a power cut
//! or a crash costs at most a second of work. A clean save or quit removes it;
//! opening the plan again offers it back.
//!
//! Like vim's swap files, each copy belongs to one editor session: two
//! editors on one plan never share a copy, and a session holds a lock on its
//! copy while it runs, so only copies of sessions that are gone are offered.
//! Copies are keyed by the plan's canonical path (`link.ron`, `./plan.ron` and
//! `sub/../plan.ron` are one plan), private to their owner (0600 in a 0700
//! folder), and record the plan as their session opened it, so that restoring
//! one over a plan changed on disk since asks before overwriting that change.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::atomic_file::{self, WriteError, WriteOptions};
use crate::model::Course;
use crate::plan_file::{self, DiskStamp};

/// The first line of every recovery copy; RON reads it as a comment.
const HEADER: &str = "// coursegrid recovery copy of ";
/// The second line: the plan file as the session opened it.
const OPENED: &str = "// opened as: ";

/// The recovery copy of one editor session.
#[derive(Debug, Clone)]
pub struct RecoveryFile {
    path: PathBuf,
    /// The plan it protects: a file path, or a name for a plan never saved.
    of: String,
    /// What every session's copy of this plan starts with: `stem-hash-`.
    family: String,
    /// The plan file as this session opened it, if it was on disk.
    opened: Option<DiskStamp>,
    /// The lock that marks the session as running, taken at the first write.
    lock: Arc<Mutex<Option<fs::File>>>,
}

impl PartialEq for RecoveryFile {
    fn eq(&self, other: &RecoveryFile) -> bool {
        self.path == other.path
    }
}

/// A copy left by a session that is gone.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    pub course: Course,
    pub written: SystemTime,
    /// The copy's file, to remove once the user has chosen.
    pub path: PathBuf,
    /// The plan file as that session opened it.
    pub opened: Option<DiskStamp>,
}

impl Recovered {
    /// Removes the copy (and its lock file).
    pub fn remove(&self) -> io::Result<()> {
        remove_quietly(&lock_path(&self.path))?;
        remove_quietly(&self.path)
    }
}

impl RecoveryFile {
    /// This session's recovery file for the plan at `plan`, opened as
    /// `opened` (its stamp on disk when loaded).
    pub fn for_plan(recovery_dir: &Path, plan: &Path, opened: Option<&DiskStamp>) -> RecoveryFile {
        // The real file, so that every path to it finds its copies.
        let real = fs::canonicalize(plan)
            .or_else(|_| std::path::absolute(plan))
            .unwrap_or_else(|_| plan.to_owned());
        let stem = real
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        RecoveryFile::named(recovery_dir, &stem, &real.display().to_string(), opened)
    }

    /// The recovery file for a plan without a file yet (the demo, a new plan).
    pub fn for_unsaved(recovery_dir: &Path, title: &str) -> RecoveryFile {
        let slug = slug::slugify(title);
        RecoveryFile::named(
            recovery_dir,
            &format!("unsaved-{slug}"),
            &format!("unsaved plan \"{title}\""),
            None,
        )
    }

    fn named(
        recovery_dir: &Path,
        stem: &str,
        of: &str,
        opened: Option<&DiskStamp>,
    ) -> RecoveryFile {
        let digest = Sha256::digest(of.as_bytes());
        let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        // Any name Linux allows must fit: 40 characters of the stem at most.
        let stem: String = slug::slugify(stem).chars().take(40).collect();
        let family = format!("{stem}-{short}-");
        RecoveryFile {
            path: recovery_dir.join(format!("{family}{}.ron", session_id())),
            of: of.to_owned(),
            family,
            opened: opened.cloned(),
            lock: Arc::new(Mutex::new(None)),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records `opened` as the plan this session started from: after a
    /// restore over a plan changed on disk, that is the restored session's
    /// view, so that the next crash and restore still ask before saving.
    pub fn set_opened(&mut self, opened: Option<&DiskStamp>) {
        self.opened = opened.cloned();
    }

    /// Writes `course` as this session's copy (atomically: a crash while
    /// writing leaves the previous copy), readable by its owner only.
    pub fn write(&self, course: &Course) -> Result<(), WriteError> {
        let io_error = |path: &Path, source| WriteError::Io {
            path: path.to_owned(),
            source,
        };
        if let Some(folder) = self.path.parent() {
            fs::create_dir_all(folder).map_err(|source| io_error(folder, source))?;
            make_private(folder, 0o700);
        }
        self.hold_lock();
        // One line: a title with a newline must not end the comment early.
        let of = self.of.replace(['\n', '\r'], " ");
        let opened = self
            .opened
            .as_ref()
            .map_or_else(|| "nothing on disk".to_owned(), DiskStamp::fingerprint);
        let text = format!(
            "{HEADER}{of}\n{OPENED}{opened}\n{}",
            plan_file::to_string(course)
        );
        // A copy that could not be opened again would only hide the problem.
        plan_file::check_size(&self.path, &text)?;
        let fresh = !self.path.exists();
        atomic_file::write(
            &self.path,
            text.as_bytes(),
            WriteOptions {
                overwrite: true,
                backup: false,
            },
        )?;
        if fresh {
            make_private(&self.path, 0o600);
        }
        Ok(())
    }

    /// This session's copy, if it has written one that loads.
    pub fn read(&self) -> Option<Recovered> {
        read(&self.path)
    }

    /// Removes this session's copy and its lock; one not there is already removed.
    pub fn remove(&self) -> io::Result<()> {
        remove_quietly(&self.path)?;
        if let Ok(mut lock) = self.lock.lock() {
            *lock = None;
        }
        remove_quietly(&lock_path(&self.path))
    }

    /// The newest copy of this plan left by a session that is gone and
    /// holding changes the plan on disk (`on_disk`) does not have, whatever
    /// the files' times say.
    pub fn offer(&self, on_disk: Option<&Course>) -> Option<Recovered> {
        let folder = self.path.parent()?;
        let mut found: Vec<Recovered> = fs::read_dir(folder)
            .ok()?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with(&self.family) && name.ends_with(".ron") && *path != self.path
            })
            .filter(|path| !is_running(path))
            .filter_map(|path| read(&path))
            .filter(|copy| on_disk != Some(&copy.course))
            .collect();
        found.sort_by_key(|copy| std::cmp::Reverse(copy.written));
        found.into_iter().next()
    }

    /// Takes this session's lock, once: while it is held, no other editor
    /// offers this copy.
    fn hold_lock(&self) {
        let Ok(mut held) = self.lock.lock() else {
            return;
        };
        if held.is_some() {
            return;
        }
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path(&self.path));
        if let Ok(file) = file
            && file.try_lock().is_ok()
        {
            make_private(&lock_path(&self.path), 0o600);
            *held = Some(file);
        }
    }
}

/// A copy whose session still runs: its lock file is locked.
fn is_running(copy: &Path) -> bool {
    match fs::File::open(lock_path(copy)) {
        Ok(file) => matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock)),
        Err(_) => false,
    }
}

/// Reads a copy left on disk, with the stamp of the plan as its session opened it.
fn read(path: &Path) -> Option<Recovered> {
    let written = fs::metadata(path).and_then(|m| m.modified()).ok()?;
    let course = plan_file::load(path).ok()?;
    let text = fs::read_to_string(path).ok()?;
    let opened = text
        .lines()
        .take(2)
        .find_map(|line| line.strip_prefix(OPENED))
        .and_then(DiskStamp::from_fingerprint);
    Some(Recovered {
        course,
        written,
        path: path.to_owned(),
        opened,
    })
}

/// `bread-1a2b…-1234-5f.ron` -> `bread-1a2b…-1234-5f.ron.lock`.
fn lock_path(copy: &Path) -> PathBuf {
    let mut name = copy.file_name().unwrap_or_default().to_owned();
    name.push(".lock");
    copy.with_file_name(name)
}

/// The process, a counter and the time: unique per editor session, even for
/// two editors in one process.
fn session_id() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    format!(
        "{}-{}-{:x}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed),
        nanos & 0xffff_ffff
    )
}

fn remove_quietly(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Owner only: a plan may hold what its author does not want others to read.
fn make_private(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bread() -> Course {
        Course::with_recommended_modules("Bread", 2).unwrap()
    }

    #[test]
    fn a_copy_is_written_private_read_back_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery");
        let copy = RecoveryFile::for_plan(&recovery, Path::new("/plans/bread.ron"), None);
        let name = copy
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with("bread-"), "{name}");
        copy.write(&bread()).unwrap();
        let text = fs::read_to_string(copy.path()).unwrap();
        assert!(text.starts_with(
            "// coursegrid recovery copy of /plans/bread.ron\n// opened as: nothing on disk\n"
        ));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(copy.path()), 0o600, "the copy is its owner's only");
            assert_eq!(mode(&recovery), 0o700, "and so is the folder");
        }
        assert_eq!(read(copy.path()).unwrap().course, bread());
        copy.remove().unwrap();
        assert!(read(copy.path()).is_none());
        assert!(!lock_path(copy.path()).exists());
        copy.remove().unwrap();
    }

    #[test]
    fn a_running_sessions_copy_is_never_offered_a_gone_ones_is() {
        let dir = tempfile::tempdir().unwrap();
        let plan = Path::new("/plans/bread.ron");
        let first = RecoveryFile::for_plan(dir.path(), plan, None);
        let mut changed = bread();
        changed.title = "Bread (changed)".into();
        first.write(&changed).unwrap();
        // A second editor on the same plan, while the first runs.
        let second = RecoveryFile::for_plan(dir.path(), plan, None);
        assert_ne!(first.path(), second.path(), "one copy per session");
        assert!(
            second.offer(Some(&bread())).is_none(),
            "the first still runs"
        );
        // The first session goes (its lock with it): now its work is offered.
        drop(first);
        let offered = second.offer(Some(&bread())).unwrap();
        assert_eq!(offered.course, changed);
        // Nothing to offer when the copy holds what the plan already has.
        assert!(second.offer(Some(&changed)).is_none());
    }

    #[test]
    fn copies_are_offered_whatever_their_times_and_the_newest_first() {
        let dir = tempfile::tempdir().unwrap();
        let plan = Path::new("/plans/bread.ron");
        let mut older = bread();
        older.title = "older".into();
        let mut newer = bread();
        newer.title = "newer".into();
        for course in [&older, &newer] {
            RecoveryFile::for_plan(dir.path(), plan, None)
                .write(course)
                .unwrap();
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        // A plan touched after the crash (git checkout, touch) does not hide them.
        let opening = RecoveryFile::for_plan(dir.path(), plan, None);
        assert_eq!(opening.offer(Some(&bread())).unwrap().course.title, "newer");
    }

    #[test]
    fn every_path_to_one_plan_finds_its_copies() {
        let dir = tempfile::tempdir().unwrap();
        let plans = tempfile::tempdir().unwrap();
        let plan = plans.path().join("plan.ron");
        fs::write(&plan, "x").unwrap();
        fs::create_dir(plans.path().join("sub")).unwrap();
        let dotted = plans.path().join("sub").join("..").join("plan.ron");
        let a = RecoveryFile::for_plan(dir.path(), &plan, None);
        let b = RecoveryFile::for_plan(dir.path(), &dotted, None);
        assert_eq!(a.family, b.family);
        #[cfg(unix)]
        {
            let link = plans.path().join("link.ron");
            std::os::unix::fs::symlink(&plan, &link).unwrap();
            assert_eq!(
                RecoveryFile::for_plan(dir.path(), &link, None).family,
                a.family
            );
        }
        let other = RecoveryFile::for_plan(dir.path(), Path::new("/b/plan.ron"), None);
        assert_ne!(other.family, a.family);
    }

    #[test]
    fn any_name_linux_allows_gets_a_copy() {
        let dir = tempfile::tempdir().unwrap();
        let long = format!("/plans/{}.ron", "é".repeat(120));
        let copy = RecoveryFile::for_plan(dir.path(), Path::new(&long), None);
        assert!(copy.path().file_name().unwrap().len() < 120);
        copy.write(&bread()).unwrap();
        assert!(read(copy.path()).is_some());
    }

    #[test]
    fn the_plan_as_opened_is_recorded() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        fs::write(&plan, "(format: 2)").unwrap();
        let stamp = DiskStamp::read(&plan).unwrap();
        let copy = RecoveryFile::for_plan(&dir.path().join("r"), &plan, Some(&stamp));
        copy.write(&bread()).unwrap();
        let opened = read(copy.path()).unwrap().opened.unwrap();
        assert!(!opened.content_differs(&stamp));
        fs::write(&plan, "(format: 2) changed").unwrap();
        assert!(opened.content_differs(&DiskStamp::read(&plan).unwrap()));
    }
}
