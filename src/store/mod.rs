//! Where coursegrid keeps things on disk: plans in the data folder's `plans/`,
//! the editor's exports of those plans in `exports/` beside it (so that no
//! export is ever listed as a plan), recovery copies in `recovery/`, deleted
//! plans in `trash/`, settings in the config folder. All follow the
//! platform's conventions (the `directories` crate) and are created on first
//! use, never required to exist.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use directories::ProjectDirs;

use crate::plan_file;

mod files;

pub use files::MoveError;

/// Set this to a folder to keep all of coursegrid's files under it (`data/` and
/// `config/`) instead of the platform's folders: for tests, and portable setups.
pub const HOME_VARIABLE: &str = "COURSEGRID_HOME";

/// Why the data folders could not be found or made.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot find a home folder to keep plans in; set {HOME_VARIABLE} to a folder")]
    NoHome,
    #[error("cannot create {}: {source}", path.display())]
    CreateFolder { path: PathBuf, source: io::Error },
    #[error("cannot list {}: {source}", path.display())]
    ListFolder { path: PathBuf, source: io::Error },
}

/// The folders coursegrid uses.
#[derive(Debug, Clone)]
pub struct Store {
    data_dir: PathBuf,
    config_dir: PathBuf,
}

/// A plan found in the plans folder.
#[derive(Debug, Clone)]
pub struct PlanEntry {
    pub path: PathBuf,
    pub modified: SystemTime,
    /// The title and module count, or why the file could not be read.
    pub summary: Result<(String, usize), String>,
}

/// The file name a plan titled `title` gets: `master-baker.ron`; a title with
/// no letters or digits (`!!!`) gets `plan.ron`, never the hidden `.ron`.
/// The one place plans are named: saving, save-as and export all ask it.
pub fn file_name_for_title(title: &str) -> String {
    let slug = slug::slugify(title);
    let stem = if slug.is_empty() { "plan" } else { &slug };
    format!("{stem}.ron")
}

/// A name typed for a plan, with `.ron` added when it has no extension:
/// `bread` -> `bread.ron`. Only `.ron` files are listed as plans, so a plan
/// saved without it would never show in `list` or on the start screen.
/// A name with an extension (`bread.txt`) is taken as typed: the user chose it.
pub fn with_plan_extension(path: &Path) -> PathBuf {
    let mut path = path.to_owned();
    if path.file_name().is_some() && path.extension().is_none() {
        path.set_extension("ron");
    }
    path
}

impl Store {
    /// The platform's folders, or those under `$COURSEGRID_HOME` when set.
    pub fn locate() -> Result<Store, StoreError> {
        if let Some(home) = std::env::var_os(HOME_VARIABLE).filter(|h| !h.is_empty()) {
            return Ok(Store::at(Path::new(&home)));
        }
        let dirs = ProjectDirs::from("", "", "coursegrid").ok_or(StoreError::NoHome)?;
        Ok(Store {
            data_dir: dirs.data_dir().to_owned(),
            config_dir: dirs.config_dir().to_owned(),
        })
    }

    /// Everything under one folder.
    pub fn at(home: &Path) -> Store {
        Store {
            data_dir: home.join("data"),
            config_dir: home.join("config"),
        }
    }

    pub fn plans_dir(&self) -> PathBuf {
        self.data_dir.join("plans")
    }

    /// Where the editor's exports of plans in the plans folder go: beside
    /// it, not in it, so that `list` and the start screen show plans only.
    pub fn exports_dir(&self) -> PathBuf {
        self.data_dir.join("exports")
    }

    /// Whether the plan at `path` lives in the plans folder (however the
    /// path is spelled: `./`, `..`, a symlinked folder).
    pub fn holds(&self, path: &Path) -> bool {
        let folder = match path.parent() {
            Some(folder) if !folder.as_os_str().is_empty() => folder,
            _ => Path::new("."),
        };
        match (fs::canonicalize(folder), fs::canonicalize(self.plans_dir())) {
            (Ok(folder), Ok(plans)) => folder == plans,
            _ => false,
        }
    }

    /// Recovery copies of unsaved work, one per plan (see [`crate::recovery`]).
    pub fn recovery_dir(&self) -> PathBuf {
        self.data_dir.join("recovery")
    }

    pub fn config_file(&self) -> PathBuf {
        self.config_dir.join("config.ron")
    }

    /// The plans folder, created if it does not exist yet.
    pub fn ensure_plans_dir(&self) -> Result<PathBuf, StoreError> {
        let path = self.plans_dir();
        fs::create_dir_all(&path).map_err(|source| StoreError::CreateFolder {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }

    /// Where a new plan titled `title` goes by default: `plans/<slug>.ron`.
    pub fn path_for_title(&self, title: &str) -> PathBuf {
        self.plans_dir().join(file_name_for_title(title))
    }

    /// The plans in the plans folder, newest first: its `.ron` files, except
    /// what is not a plan of its own (see [`is_listed`]). A missing folder is
    /// an empty list; a `.ron` file that does not load is listed with why.
    pub fn list_plans(&self) -> Result<Vec<PlanEntry>, StoreError> {
        let dir = self.plans_dir();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(source) => return Err(StoreError::ListFolder { path: dir, source }),
        };
        let mut plans: Vec<PlanEntry> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| is_listed(path))
            .map(|path| {
                let modified = fs::metadata(&path)
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                let summary = plan_file::load(&path)
                    .map(|course| (course.modules().len(), course.title))
                    .map(|(count, title)| (title, count))
                    .map_err(|error| first_line(&error.to_string()));
                PlanEntry {
                    path,
                    modified,
                    summary,
                }
            })
            .collect();
        plans.sort_by(|a, b| {
            b.modified
                .cmp(&a.modified)
                .then_with(|| a.path.cmp(&b.path))
        });
        Ok(plans)
    }
}

/// Whether a file in the plans folder is listed as a plan: a regular file
/// (a folder, a pipe or a dangling link is not one, and reading a pipe would
/// hang) named `*.ron`, but not hidden (`.name.ron`: an editor's or a sync
/// tool's file) nor a format-1 original kept for older builds
/// (`plan.format1.ron`, `plan.format1-2.ron`): that is a backup of a plan
/// listed under its own name.
fn is_listed(path: &Path) -> bool {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let Some(stem) = name.strip_suffix(".ron") else {
        return false;
    };
    let format1_copy = stem.rsplit_once(".format1").is_some_and(|(_, rest)| {
        rest.is_empty()
            || rest
                .strip_prefix('-')
                .is_some_and(|n| n.parse::<u32>().is_ok())
    });
    !stem.is_empty() && !name.starts_with('.') && !format1_copy && path.is_file()
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Course;

    #[test]
    fn plans_are_listed_newest_first_and_broken_ones_say_why() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::at(home.path());
        assert!(
            store.list_plans().unwrap().is_empty(),
            "no folder yet: empty, not an error"
        );
        let dir = store.ensure_plans_dir().unwrap();
        let older = Course::with_recommended_modules("Older", 2).unwrap();
        plan_file::create(&dir.join("older.ron"), &older).unwrap();
        let old_time = SystemTime::now() - std::time::Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(dir.join("older.ron"))
            .unwrap()
            .set_modified(old_time)
            .unwrap();
        fs::write(dir.join("broken.ron"), "(format: 1").unwrap();
        fs::write(dir.join("notes.txt"), "not a plan").unwrap();
        let plans = store.list_plans().unwrap();
        assert_eq!(plans.len(), 2);
        assert!(plans[0].path.ends_with("broken.ron"));
        assert!(plans[0].summary.is_err());
        assert_eq!(plans[1].summary, Ok(("Older".to_owned(), 2)));
    }

    #[test]
    fn what_is_not_a_plan_of_its_own_is_not_listed() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::at(home.path());
        let dir = store.ensure_plans_dir().unwrap();
        let plan = Course::with_recommended_modules("Bread", 2).unwrap();
        plan_file::create(&dir.join("bread.ron"), &plan).unwrap();
        for name in [
            "bread.format1.ron",
            "bread.format1-2.ron",
            ".bread.ron",
            ".ron",
            "bread.ron.bak",
            "bread.md",
            "bread.csv",
        ] {
            fs::write(dir.join(name), "(format: 1)").unwrap();
        }
        fs::create_dir(dir.join("folder.ron")).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("missing"), dir.join("dangling.ron")).unwrap();
            let status = std::process::Command::new("mkfifo")
                .arg(dir.join("pipe.ron"))
                .status();
            assert!(status.is_ok_and(|s| s.success()), "mkfifo");
        }
        // A plan that merely has "format1" or "export" in its name is a plan.
        plan_file::create(&dir.join("format1-notes.ron"), &plan).unwrap();
        plan_file::create(&dir.join("tax-export.ron"), &plan).unwrap();
        let mut names: Vec<String> = store
            .list_plans()
            .unwrap()
            .iter()
            .map(|p| p.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["bread.ron", "format1-notes.ron", "tax-export.ron"]);
    }

    #[test]
    fn a_plan_is_in_the_plans_folder_however_its_path_is_spelled() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::at(home.path());
        let dir = store.ensure_plans_dir().unwrap();
        assert!(store.holds(&dir.join("bread.ron")));
        assert!(store.holds(&dir.join("..").join("plans").join("bread.ron")));
        assert!(!store.holds(&home.path().join("bread.ron")));
        assert!(!store.holds(&dir.join("sub").join("bread.ron")));
        assert!(
            !store.holds(Path::new("bread.ron")),
            "the working folder is not it"
        );
        assert_eq!(
            store.exports_dir(),
            home.path().join("data").join("exports")
        );
    }

    #[test]
    fn a_typed_plan_name_without_an_extension_gets_ron() {
        // (typed, saved as)
        for (typed, saved) in [
            ("bread", "bread.ron"),
            ("/p/bread.ron", "/p/bread.ron"),
            ("notes.txt", "notes.txt"),
            ("/p/v1.2/bread", "/p/v1.2/bread.ron"),
        ] {
            assert_eq!(with_plan_extension(Path::new(typed)), Path::new(saved));
        }
    }

    #[test]
    fn a_title_becomes_a_file_name() {
        let store = Store::at(Path::new("/h"));
        assert_eq!(
            store.path_for_title("Master Baker!"),
            Path::new("/h/data/plans/master-baker.ron")
        );
        assert_eq!(
            store.path_for_title("???"),
            Path::new("/h/data/plans/plan.ron")
        );
    }
}
