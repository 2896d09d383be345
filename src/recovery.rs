//! Recovery copies: while a plan has unsaved changes, the editor keeps a copy
//! in the data folder's `recovery/`, one file per plan path, so that a killed
//! terminal, a power cut or a crash costs at most a second of work. A clean
//! save or quit removes it; opening the plan again offers it back.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::atomic_file::{self, WriteError, WriteOptions};
use crate::model::Course;
use crate::plan_file;

/// The first line of every recovery copy; RON reads it as a comment.
const HEADER: &str = "// coursegrid recovery copy of ";

/// Where the recovery copy of one plan lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryFile {
    path: PathBuf,
    /// The plan it protects: a file path, or a name for a plan never saved.
    of: String,
}

/// A recovery copy found on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    pub course: Course,
    pub written: SystemTime,
}

impl RecoveryFile {
    /// The recovery file for the plan at `plan` (made absolute, so that the
    /// same plan opened from two folders shares one copy).
    pub fn for_plan(recovery_dir: &Path, plan: &Path) -> RecoveryFile {
        let absolute = std::path::absolute(plan).unwrap_or_else(|_| plan.to_owned());
        let stem = plan
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        RecoveryFile::named(recovery_dir, &stem, &absolute.display().to_string())
    }

    /// The recovery file for a plan without a file yet (the demo, a new plan).
    pub fn for_unsaved(recovery_dir: &Path, title: &str) -> RecoveryFile {
        let slug = slug::slugify(title);
        RecoveryFile::named(
            recovery_dir,
            &format!("unsaved-{slug}"),
            &format!("unsaved plan \"{title}\""),
        )
    }

    fn named(recovery_dir: &Path, stem: &str, of: &str) -> RecoveryFile {
        let digest = Sha256::digest(of.as_bytes());
        let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        let stem = slug::slugify(stem);
        RecoveryFile {
            path: recovery_dir.join(format!("{stem}-{short}.ron")),
            of: of.to_owned(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes `course` as the recovery copy (atomically: a crash while
    /// writing leaves the previous copy).
    pub fn write(&self, course: &Course) -> Result<(), WriteError> {
        if let Some(folder) = self.path.parent() {
            fs::create_dir_all(folder).map_err(|source| WriteError::Io {
                path: folder.to_owned(),
                source,
            })?;
        }
        // One line: a title with a newline must not end the comment early.
        let of = self.of.replace(['\n', '\r'], " ");
        let text = format!("{HEADER}{of}\n{}", plan_file::to_string(course));
        // A copy that could not be opened again would only hide the problem.
        plan_file::check_size(&self.path, &text)?;
        atomic_file::write(
            &self.path,
            text.as_bytes(),
            WriteOptions {
                overwrite: true,
                backup: false,
            },
        )
        .map(drop)
    }

    /// The recovery copy, if there is one that loads.
    pub fn read(&self) -> Option<Recovered> {
        let written = fs::metadata(&self.path).and_then(|m| m.modified()).ok()?;
        let course = plan_file::load(&self.path).ok()?;
        Some(Recovered { course, written })
    }

    /// Removes the copy; a copy that is not there is already removed.
    pub fn remove(&self) -> io::Result<()> {
        match fs::remove_file(&self.path) {
            Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
            _ => Ok(()),
        }
    }

    /// The copy worth offering when opening `on_disk` (the plan as loaded,
    /// modified at `plan_modified`): one that differs from it and is newer.
    pub fn offer(
        &self,
        on_disk: Option<&Course>,
        plan_modified: Option<SystemTime>,
    ) -> Option<Recovered> {
        let recovered = self.read()?;
        let newer = plan_modified.is_none_or(|modified| recovered.written >= modified);
        let differs = on_disk != Some(&recovered.course);
        (newer && differs).then_some(recovered)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_is_written_read_back_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let copy =
            RecoveryFile::for_plan(&dir.path().join("recovery"), Path::new("/plans/bread.ron"));
        assert!(
            copy.path()
                .file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("bread-")
        );
        let course = Course::with_recommended_modules("Bread", 2).unwrap();
        copy.write(&course).unwrap();
        let text = fs::read_to_string(copy.path()).unwrap();
        assert!(text.starts_with("// coursegrid recovery copy of /plans/bread.ron\n"));
        assert_eq!(copy.read().unwrap().course, course);
        copy.remove().unwrap();
        assert!(copy.read().is_none());
        copy.remove().unwrap();
    }

    #[test]
    fn only_a_newer_different_copy_is_offered() {
        let dir = tempfile::tempdir().unwrap();
        let copy = RecoveryFile::for_unsaved(dir.path(), "Master Baker");
        let course = Course::with_recommended_modules("Bread", 2).unwrap();
        let mut changed = course.clone();
        changed.title = "Bread (changed)".into();
        copy.write(&changed).unwrap();
        assert!(copy.offer(Some(&course), None).is_some());
        assert!(
            copy.offer(Some(&changed), None).is_none(),
            "the same plan: nothing to offer"
        );
        let future = SystemTime::now() + std::time::Duration::from_secs(3600);
        assert!(
            copy.offer(Some(&course), Some(future)).is_none(),
            "older than the plan"
        );
    }

    #[test]
    fn different_plans_get_different_copies() {
        let dir = Path::new("/r");
        let a = RecoveryFile::for_plan(dir, Path::new("/a/plan.ron"));
        let b = RecoveryFile::for_plan(dir, Path::new("/b/plan.ron"));
        assert_ne!(a.path(), b.path());
    }
}
