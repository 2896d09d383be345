//! The start screen (`coursegrid` with no file): the plans in the plans
//! folder, newest first, then "new plan" and "demo course". Its state and
//! update: open, create, open a file by path, rename, delete into the data
//! folder's trash (after a question) and undo that delete. Its keys are in
//! `keymap/start.rs`, its drawing in `view/start.rs`.

use std::path::{Path, PathBuf};

use crate::model::Course;
use crate::plan_file;
use crate::present::printable::printable;
use crate::samples::Sample;
use crate::store::{PlanEntry, Store};

use super::action::Action;
use super::app::{App, Editor, Prompt, PromptPurpose, Screen, Status};

/// How many modules a plan made from the start screen begins with.
const NEW_PLAN_MODULES: usize = 6;

/// One line of the start screen.
#[derive(Debug, Clone)]
pub enum StartItem {
    Plan(PlanEntry),
    NewPlan,
    Demo,
}

/// A plan moved to the trash from the start screen, and where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trashed {
    pub from: PathBuf,
    pub to: PathBuf,
}

/// The start screen: recent plans, a new plan, the demo course.
#[derive(Debug, Clone)]
pub struct StartScreen {
    pub items: Vec<StartItem>,
    pub selected: usize,
    pub prompt: Option<Prompt>,
    /// `D` was pressed on this plan: `y` moves it to the trash, `n` keeps it.
    pub confirm_delete: Option<PathBuf>,
    /// The last plan moved to the trash from here: `u` moves it back.
    pub trashed: Option<Trashed>,
    pub status: Status,
}

impl StartScreen {
    /// Lists the plans in `store`'s plans folder.
    pub fn new(store: Option<&Store>) -> StartScreen {
        let mut screen = StartScreen {
            items: Vec::new(),
            selected: 0,
            prompt: None,
            confirm_delete: None,
            trashed: None,
            status: Status::info(""),
        };
        screen.refresh(store, None);
        screen
    }

    /// Lists the plans again, selecting `select` when given (or keeping the
    /// selection in range), and says how many there are and where.
    fn refresh(&mut self, store: Option<&Store>, select: Option<&Path>) {
        let (plans, status) = match store.map(|store| (store, store.list_plans())) {
            Some((store, Ok(plans))) => {
                let folder = printable(&store.plans_dir().display().to_string()).into_owned();
                let said = match plans.len() {
                    0 => format!("No plans yet in {folder}."),
                    1 => format!("1 plan in {folder}"),
                    n => format!("{n} plans in {folder}"),
                };
                (plans, Status::info(said))
            }
            Some((_, Err(error))) => (Vec::new(), Status::error(error.to_string())),
            None => (
                Vec::new(),
                Status::error("No folder for plans: set COURSEGRID_HOME."),
            ),
        };
        self.items = plans.into_iter().map(StartItem::Plan).collect();
        self.items.push(StartItem::NewPlan);
        self.items.push(StartItem::Demo);
        let found = select.and_then(|path| {
            self.items
                .iter()
                .position(|item| matches!(item, StartItem::Plan(entry) if entry.path == path))
        });
        self.selected = found.unwrap_or(self.selected).min(self.items.len() - 1);
        self.status = status;
    }

    /// The selected plan's file, if a plan is selected.
    pub fn selected_plan(&self) -> Option<&Path> {
        match self.items.get(self.selected) {
            Some(StartItem::Plan(entry)) => Some(&entry.path),
            _ => None,
        }
    }
}

/// The demo: a sample course, unsaved, that saving puts into the plans folder.
pub fn demo_editor(sample: Sample) -> Editor {
    let mut editor = Editor::new(sample.course(), None, true);
    editor.status = Status::info(format!(
        "The {} sample course. Space toggles a cell; watch the panel. ? for help.",
        sample.course().title
    ));
    editor
}

pub fn update(app: &mut App, action: Action) {
    let store = app.store.clone();
    let recovery_dir = store.as_ref().map(Store::recovery_dir);
    let Screen::Start(start) = &mut app.screen else {
        return;
    };
    let opened = if start.prompt.is_some() {
        answer_prompt(start, action.clone(), store.as_ref())
    } else if start.confirm_delete.is_some() {
        answer_delete(start, action.clone(), store.as_ref());
        None
    } else {
        on_list(start, action.clone(), store.as_ref())
    };
    if action == Action::Quit {
        app.should_quit = true;
    }
    if let Some(mut editor) = opened {
        editor.attach(recovery_dir.as_deref());
        app.screen = Screen::Editor(Box::new(editor));
    }
}

/// A key on the list itself; returns the editor to open, if any.
fn on_list(start: &mut StartScreen, action: Action, store: Option<&Store>) -> Option<Editor> {
    match action {
        Action::Select(by) => {
            let last = start.items.len() as i64 - 1;
            start.selected = (start.selected as i64 + i64::from(by)).clamp(0, last) as usize;
        }
        Action::Confirm => match &start.items[start.selected] {
            StartItem::Plan(entry) => match Editor::open_file(entry.path.clone()) {
                Ok(editor) => return Some(editor),
                Err(error) => start.status = Status::error(first_line(&error.to_string())),
            },
            StartItem::NewPlan => start.prompt = Some(Prompt::new(PromptPurpose::NewPlanTitle, "")),
            StartItem::Demo => return Some(demo_editor(Sample::MasterBaker)),
        },
        Action::NewPlan => start.prompt = Some(Prompt::new(PromptPurpose::NewPlanTitle, "")),
        Action::OpenDemo => return Some(demo_editor(Sample::MasterBaker)),
        Action::OpenPlanFile => start.prompt = Some(Prompt::new(PromptPurpose::OpenPlanFile, "")),
        Action::RenamePlan => match start.selected_plan() {
            Some(plan) => {
                if let Some(refused) = unsaved_work_in_recovery(plan, store) {
                    start.status = Status::error(refused);
                } else {
                    let name = plan.file_name().unwrap_or_default().to_string_lossy();
                    let prompt = Prompt::new(PromptPurpose::RenamePlan, name.into_owned());
                    start.prompt = Some(prompt);
                }
            }
            None => start.status = Status::error("Select a plan to rename (↑↓)."),
        },
        Action::DeletePlan => match start.selected_plan() {
            Some(plan) => start.confirm_delete = Some(plan.to_owned()),
            None => start.status = Status::error("Select a plan to delete (↑↓)."),
        },
        Action::Undo => undo_delete(start, store),
        _ => {}
    }
    None
}

/// A key in one of the start screen's prompts: typing, Esc, or Enter (which
/// may open an editor; on an error the prompt stays with the message).
fn answer_prompt(start: &mut StartScreen, action: Action, store: Option<&Store>) -> Option<Editor> {
    let prompt = start.prompt.as_mut()?;
    match action {
        Action::Type(request) => {
            prompt.input.handle(request);
            prompt.error = None;
        }
        Action::Cancel => start.prompt = None,
        Action::Confirm => {
            let value = prompt.input.value().trim().to_owned();
            let answer = match prompt.purpose {
                PromptPurpose::OpenPlanFile => open_path(&value).map(Some),
                PromptPurpose::RenamePlan => rename(start, &value, store).map(|()| None),
                _ => create_plan(&value, store).map(Some),
            };
            match answer {
                Ok(editor) => {
                    start.prompt = None;
                    return editor;
                }
                Err(message) => {
                    if let Some(prompt) = &mut start.prompt {
                        prompt.error = Some(message);
                    }
                }
            }
        }
        _ => {}
    }
    None
}

/// The delete question's answer: `y` moves the plan to the trash.
fn answer_delete(start: &mut StartScreen, action: Action, store: Option<&Store>) {
    let Some(plan) = start.confirm_delete.clone() else {
        return;
    };
    let name = printable(&plan.file_name().unwrap_or_default().to_string_lossy()).into_owned();
    match action {
        Action::Confirm => {
            start.confirm_delete = None;
            let Some(store) = store else {
                return;
            };
            match store.trash(&plan) {
                Ok(to) => {
                    start.refresh(Some(store), None);
                    start.status = Status::info(format!(
                        "Moved {name} to the trash, {}: u brings it back (or move the file back \
                         into the plans folder).",
                        printable(&to.display().to_string())
                    ));
                    start.trashed = Some(Trashed { from: plan, to });
                }
                Err(error) => {
                    // The list may be stale (a file gone meanwhile): show it as it is now.
                    start.refresh(Some(store), Some(&plan));
                    start.status = Status::error(format!("Not deleted: {error}."));
                }
            }
        }
        Action::Cancel => {
            start.confirm_delete = None;
            start.status = Status::info(format!("Kept {name}."));
        }
        _ => {}
    }
}

/// `u`: the plan last moved to the trash from here goes back where it was.
fn undo_delete(start: &mut StartScreen, store: Option<&Store>) {
    let (Some(trashed), Some(store)) = (start.trashed.clone(), store) else {
        start.status = Status::info("Nothing to undo: no plan was deleted here.");
        return;
    };
    let name = printable(&trashed.from.display().to_string()).into_owned();
    match store.untrash(&trashed.to, &trashed.from) {
        Ok(()) => {
            start.trashed = None;
            start.refresh(Some(store), Some(&trashed.from));
            start.status = Status::info(format!("Restored {name} from the trash."));
        }
        Err(error) => start.status = Status::error(format!("Not restored: {error}.")),
    }
}

/// Renames the selected plan's file to `name`; an error is the prompt's message.
fn rename(start: &mut StartScreen, name: &str, store: Option<&Store>) -> Result<(), String> {
    let (Some(plan), Some(store)) = (start.selected_plan().map(Path::to_owned), store) else {
        return Err("Select a plan to rename.".to_owned());
    };
    let renamed = store
        .rename_plan(&plan, name)
        .map_err(|error| format!("Not renamed: {error}."))?;
    start.refresh(Some(store), Some(&renamed));
    let name = |path: &Path| {
        printable(&path.file_name().unwrap_or_default().to_string_lossy()).into_owned()
    };
    start.status = Status::info(format!("Renamed {} to {}.", name(&plan), name(&renamed)));
    Ok(())
}

/// A recovery copy of unsaved work keyed to `plan`'s path would be lost to
/// a rename (copies are found by the plan's path): say so instead.
fn unsaved_work_in_recovery(plan: &Path, store: Option<&Store>) -> Option<String> {
    let recovery = crate::recovery::RecoveryFile::for_plan(&store?.recovery_dir(), plan, None);
    recovery.offer(None)?;
    Some(format!(
        "{} has unsaved work in a recovery copy: open it (Enter) and restore or discard that first.",
        printable(&plan.file_name().unwrap_or_default().to_string_lossy())
    ))
}

/// The plan file at a typed path (`~/` is the home folder); a missing file,
/// a folder or a file that is not a plan says so, in one line.
fn open_path(typed: &str) -> Result<Editor, String> {
    if typed.is_empty() {
        return Err("Type the path of a plan file (.ron).".to_owned());
    }
    let path = match (typed.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(typed),
    };
    let shown = printable(&path.display().to_string()).into_owned();
    match std::fs::metadata(&path) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!("No file at {shown}."));
        }
        Err(error) => return Err(format!("Cannot open {shown}: {error}.")),
        Ok(metadata) if metadata.is_dir() => {
            return Err(format!(
                "{shown} is a folder: type the path of a plan file in it."
            ));
        }
        Ok(metadata) if !metadata.is_file() => {
            return Err(format!("{shown} is not a regular file."));
        }
        Ok(_) => {}
    }
    Editor::open_file(path).map_err(|error| {
        format!(
            "Not a plan coursegrid can open: {}",
            first_line(&error.to_string())
        )
    })
}

/// Writes a new plan into the plans folder and opens it.
fn create_plan(title: &str, store: Option<&Store>) -> Result<Editor, String> {
    if title.is_empty() {
        return Err("Type a title for the course.".into());
    }
    let store = store.ok_or("No folder for plans: set COURSEGRID_HOME.")?;
    store
        .ensure_plans_dir()
        .map_err(|error| error.to_string())?;
    let path = store.path_for_title(title);
    let course =
        Course::with_recommended_modules(title, NEW_PLAN_MODULES).map_err(|e| e.to_string())?;
    plan_file::create(&path, &course).map_err(|error| error.to_string())?;
    let mut editor = Editor::new(course, Some(path.clone()), true);
    editor.status = Status::info(format!(
        "Created {} with {NEW_PLAN_MODULES} modules in the recommended modes.",
        path.display()
    ));
    Ok(editor)
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or_default().to_owned()
}
