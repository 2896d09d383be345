//! Moving plan files: renaming a plan in its folder, deleting one into the
//! data folder's `trash/` (never for good: it can be moved back), and moving
//! it back. No move ever replaces a file that is there.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::{Store, with_plan_extension};

/// Why a plan file could not be moved.
#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    #[error("type a new file name")]
    NoName,
    #[error("type a file name, not a path: the plan stays in its folder")]
    NotAName,
    #[error("a plan's file name ends in .ron (type a name without an extension and .ron is added)")]
    NotRon,
    #[error("{} exists: choose another name", name(.0))]
    Taken(PathBuf),
    #[error("cannot move {} to {}: {source}", .from.display(), .to.display())]
    Io {
        from: PathBuf,
        to: PathBuf,
        source: io::Error,
    },
}

fn name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

impl Store {
    /// Deleted plans, restorable: move one back into `plans/` to restore it.
    pub fn trash_dir(&self) -> PathBuf {
        self.data_dir.join("trash")
    }

    /// Renames the plan file at `plan` to `new_name` in the same folder
    /// (`.ron` added when the name has no extension); returns the new path.
    pub fn rename_plan(&self, plan: &Path, new_name: &str) -> Result<PathBuf, MoveError> {
        let new_name = new_name.trim();
        if new_name.is_empty() {
            return Err(MoveError::NoName);
        }
        let typed = Path::new(new_name);
        if typed.file_name() != Some(typed.as_os_str()) || new_name.starts_with('.') {
            return Err(MoveError::NotAName);
        }
        let renamed = plan.with_file_name(with_plan_extension(typed));
        if renamed.extension().is_none_or(|ext| ext != "ron") {
            return Err(MoveError::NotRon);
        }
        if renamed == plan {
            return Ok(renamed);
        }
        move_file(plan, &renamed)?;
        Ok(renamed)
    }

    /// Moves the plan at `plan` into the trash (with its `.bak` backup, when
    /// it has one), under its own name or a numbered one when the trash has
    /// that name already; returns where it went.
    pub fn trash(&self, plan: &Path) -> Result<PathBuf, MoveError> {
        let trash = self.trash_dir();
        fs::create_dir_all(&trash).map_err(|source| MoveError::Io {
            from: plan.to_owned(),
            to: trash.clone(),
            source,
        })?;
        let file_name = name(plan);
        let stem = plan.file_stem().unwrap_or_default().to_string_lossy();
        for n in 1..10_000 {
            let candidate = match n {
                1 => trash.join(&file_name),
                n => trash.join(format!("{stem}-{n}.ron")),
            };
            match move_file(plan, &candidate) {
                Err(MoveError::Taken(_)) => continue,
                Err(error) => return Err(error),
                Ok(()) => {
                    // The backup goes along, best effort: the plan is what matters.
                    let backup = with_suffix(plan, ".bak");
                    if backup.is_file() {
                        let _ = move_file(&backup, &with_suffix(&candidate, ".bak"));
                    }
                    return Ok(candidate);
                }
            }
        }
        Err(MoveError::Taken(trash.join(file_name)))
    }

    /// Moves a plan from the trash back to `to` (where it was), unless a
    /// file is there now.
    pub fn untrash(&self, trashed: &Path, to: &Path) -> Result<(), MoveError> {
        move_file(trashed, to)?;
        let backup = with_suffix(trashed, ".bak");
        if backup.is_file() {
            let _ = move_file(&backup, &with_suffix(to, ".bak"));
        }
        Ok(())
    }
}

/// `plan.ron` -> `plan.ron.bak`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(suffix);
    path.with_file_name(name)
}

/// Moves `from` to `to`, never replacing a file at `to`: a hard link then
/// the old name removed (the link fails when `to` exists, with no window in
/// which another program's file could be replaced); where links are not
/// possible (another device, a file system without them), a rename after a
/// check, or a copy then a removal across devices.
fn move_file(from: &Path, to: &Path) -> Result<(), MoveError> {
    let io_error = |source| MoveError::Io {
        from: from.to_owned(),
        to: to.to_owned(),
        source,
    };
    if fs::symlink_metadata(to).is_ok() {
        return Err(MoveError::Taken(to.to_owned()));
    }
    // A symlinked plan is moved as the link, not the file it points to.
    let is_link = fs::symlink_metadata(from)
        .map_err(io_error)?
        .file_type()
        .is_symlink();
    if !is_link {
        match fs::hard_link(from, to) {
            Ok(()) => {
                return fs::remove_file(from).map_err(|source| {
                    let _ = fs::remove_file(to);
                    io_error(source)
                });
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                return Err(MoveError::Taken(to.to_owned()));
            }
            Err(_) => {}
        }
    }
    match fs::rename(from, to) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == io::ErrorKind::CrossesDevices && !is_link => {
            fs::copy(from, to).map_err(io_error)?;
            fs::remove_file(from).map_err(|source| {
                let _ = fs::remove_file(to);
                io_error(source)
            })
        }
        Err(error) => Err(io_error(error)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with(names: &[&str]) -> (tempfile::TempDir, Store, PathBuf) {
        let home = tempfile::tempdir().unwrap();
        let store = Store::at(home.path());
        let plans = store.ensure_plans_dir().unwrap();
        for name in names {
            fs::write(plans.join(name), format!("contents of {name}")).unwrap();
        }
        (home, store, plans)
    }

    #[test]
    fn a_plan_is_renamed_in_its_folder_with_ron_added() {
        let (_home, store, plans) = store_with(&["bread.ron"]);
        let renamed = store.rename_plan(&plans.join("bread.ron"), "rye").unwrap();
        assert_eq!(renamed, plans.join("rye.ron"));
        assert_eq!(
            fs::read_to_string(&renamed).unwrap(),
            "contents of bread.ron"
        );
        assert!(!plans.join("bread.ron").exists());
    }

    #[test]
    fn a_rename_never_replaces_a_file_nor_leaves_the_folder() {
        let (_home, store, plans) = store_with(&["bread.ron", "rye.ron"]);
        let bread = plans.join("bread.ron");
        assert!(matches!(
            store.rename_plan(&bread, "rye.ron"),
            Err(MoveError::Taken(_))
        ));
        assert_eq!(
            fs::read_to_string(plans.join("rye.ron")).unwrap(),
            "contents of rye.ron"
        );
        for bad in ["../rye", "sub/rye", "/tmp/rye"] {
            assert!(
                matches!(store.rename_plan(&bread, bad), Err(MoveError::NotAName)),
                "{bad}"
            );
        }
        assert!(matches!(
            store.rename_plan(&bread, "  "),
            Err(MoveError::NoName)
        ));
        assert!(matches!(
            store.rename_plan(&bread, "bread.txt"),
            Err(MoveError::NotRon)
        ));
        assert!(matches!(
            store.rename_plan(&bread, ".hidden"),
            Err(MoveError::NotAName)
        ));
        assert!(bread.exists());
    }

    #[test]
    fn a_deleted_plan_goes_to_the_trash_with_its_backup_and_comes_back() {
        let (_home, store, plans) = store_with(&["bread.ron", "bread.ron.bak"]);
        let bread = plans.join("bread.ron");
        let trashed = store.trash(&bread).unwrap();
        assert_eq!(trashed, store.trash_dir().join("bread.ron"));
        assert!(!bread.exists() && !plans.join("bread.ron.bak").exists());
        assert!(store.trash_dir().join("bread.ron.bak").exists());
        store.untrash(&trashed, &bread).unwrap();
        assert_eq!(fs::read_to_string(&bread).unwrap(), "contents of bread.ron");
        assert!(plans.join("bread.ron.bak").exists());
    }

    #[test]
    fn a_second_plan_of_the_same_name_gets_a_numbered_place_in_the_trash() {
        let (_home, store, plans) = store_with(&["bread.ron"]);
        let first = store.trash(&plans.join("bread.ron")).unwrap();
        fs::write(plans.join("bread.ron"), "second").unwrap();
        let second = store.trash(&plans.join("bread.ron")).unwrap();
        assert_eq!(second, store.trash_dir().join("bread-2.ron"));
        assert_eq!(fs::read_to_string(first).unwrap(), "contents of bread.ron");
        assert_eq!(fs::read_to_string(second).unwrap(), "second");
    }

    #[test]
    fn getting_a_plan_back_never_replaces_a_new_one_of_that_name() {
        let (_home, store, plans) = store_with(&["bread.ron"]);
        let bread = plans.join("bread.ron");
        let trashed = store.trash(&bread).unwrap();
        fs::write(&bread, "a new bread").unwrap();
        assert!(matches!(
            store.untrash(&trashed, &bread),
            Err(MoveError::Taken(_))
        ));
        assert_eq!(fs::read_to_string(&bread).unwrap(), "a new bread");
        assert!(trashed.exists());
    }
}
