//! The start screen (`coursegrid` with no file): the plans in the plans
//! folder, newest first, then "new plan" and "demo course".

use crate::model::Course;
use crate::plan_file;
use crate::samples::Sample;
use crate::store::Store;

use super::action::Action;
use super::app::{App, Editor, Prompt, PromptPurpose, Screen, StartItem, StartScreen, Status};

/// How many modules a plan made from the start screen begins with.
const NEW_PLAN_MODULES: usize = 6;

impl StartScreen {
    /// Lists the plans in `store`'s plans folder.
    pub fn new(store: Option<&Store>) -> StartScreen {
        let (plans, status) = match store.map(Store::list_plans) {
            Some(Ok(plans)) => (
                plans,
                Status::info("Enter opens · n new plan · d demo · q quit"),
            ),
            Some(Err(error)) => (Vec::new(), Status::error(error.to_string())),
            None => (
                Vec::new(),
                Status::error("No folder for plans: set COURSEGRID_HOME."),
            ),
        };
        let mut items: Vec<StartItem> = plans.into_iter().map(StartItem::Plan).collect();
        items.push(StartItem::NewPlan);
        items.push(StartItem::Demo);
        StartScreen {
            items,
            selected: 0,
            prompt: None,
            status,
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

fn open_demo(app: &mut App, recovery_dir: Option<&std::path::Path>) {
    let mut editor = demo_editor(Sample::MasterBaker);
    editor.attach(recovery_dir);
    app.screen = Screen::Editor(Box::new(editor));
}

pub fn update(app: &mut App, action: Action) {
    let store = app.store.clone();
    let recovery_dir = store.as_ref().map(Store::recovery_dir);
    let Screen::Start(start) = &mut app.screen else {
        return;
    };
    if let Some(prompt) = &mut start.prompt {
        match action {
            Action::Type(request) => {
                prompt.input.handle(request);
            }
            Action::Cancel => start.prompt = None,
            Action::Confirm => {
                let title = prompt.input.value().trim().to_owned();
                match create_plan(&title, store.as_ref()) {
                    Ok(mut editor) => {
                        editor.attach(recovery_dir.as_deref());
                        app.screen = Screen::Editor(Box::new(editor));
                    }
                    Err(message) => prompt.error = Some(message),
                }
            }
            Action::Quit => app.should_quit = true,
            _ => {}
        }
        return;
    }
    match action {
        Action::Select(by) => {
            let last = start.items.len() as i64 - 1;
            start.selected = (start.selected as i64 + i64::from(by)).clamp(0, last) as usize;
        }
        Action::Confirm => match &start.items[start.selected] {
            StartItem::Plan(entry) => match Editor::open_file(entry.path.clone()) {
                Ok(mut editor) => {
                    editor.attach(recovery_dir.as_deref());
                    app.screen = Screen::Editor(Box::new(editor));
                }
                Err(error) => {
                    let first = error.to_string();
                    start.status =
                        Status::error(first.lines().next().unwrap_or_default().to_owned());
                }
            },
            StartItem::NewPlan => start.prompt = Some(Prompt::new(PromptPurpose::NewPlanTitle, "")),
            StartItem::Demo => open_demo(app, recovery_dir.as_deref()),
        },
        Action::NewPlan => start.prompt = Some(Prompt::new(PromptPurpose::NewPlanTitle, "")),
        Action::OpenDemo => open_demo(app, recovery_dir.as_deref()),
        Action::Quit | Action::Cancel => app.should_quit = true,
        _ => {}
    }
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
