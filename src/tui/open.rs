//! The one door from the command line into the editor: what to open, and
//! the theme the user asked for. Everything else (the plans folder, the
//! settings, the terminal, the recovery copies) is found and set up here.

use std::io;
use std::path::PathBuf;

use ratatui::layout::Rect;

use crate::config::{Config, ThemeName};
use crate::model::Course;
use crate::samples::Sample;
use crate::store::Store;

use super::app::{App, Editor, Screen, Status};
use super::theme::Theme;
use super::{Exit, TuiError};

/// What the editor opens on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opening {
    /// The start screen: the plans folder, a new plan, the demo.
    Start,
    /// A plan file, or a new plan there when nothing is at that path yet.
    File(PathBuf),
    /// A sample course, unsaved, with the guided tour when asked.
    Demo { sample: Sample, tour: bool },
}

/// Opens the editor on `opening`; returns once the user quits (or a signal
/// stops it), with the terminal restored.
pub fn open(opening: Opening, theme: Option<ThemeName>) -> Result<Exit, TuiError> {
    super::check_terminal()?;
    let store = Store::locate().ok();
    let (config, config_problem) = match &store {
        Some(store) => Config::load(&store.config_file()),
        None => (Config::default(), None),
    };
    // NO_COLOR (https://no-color.org): any non-empty value turns colour off,
    // unless a theme was asked for.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    let (name, color) = crate::config::theme_choice(theme, config.theme, no_color);
    let theme = Theme::new(name, color);
    let features = super::terminal::Features {
        mouse: config.mouse,
    };
    let size = Rect::new(0, 0, 80, 24);
    let recovery_dir = store.as_ref().map(Store::recovery_dir);
    let mut app = match opening {
        Opening::Start => App::start(theme, store),
        Opening::Demo { sample, tour } => {
            let mut editor = super::start::demo_editor(sample);
            if tour {
                super::update::start_tour(&mut editor);
            }
            App::editing(editor, theme, store, size)
        }
        Opening::File(path) => App::editing(editor_for(path)?, theme, store, size),
    };
    match &mut app.screen {
        Screen::Editor(editor) => {
            editor.attach(recovery_dir.as_deref());
            if let Some(problem) = config_problem {
                editor.status = Status::error(problem);
            }
        }
        Screen::Start(start) => {
            if let Some(problem) = config_problem {
                start.status = Status::error(problem);
            }
        }
    }
    super::run(app, features)
}

/// The plan at `path`, or a new one there when nothing is at that path yet.
/// A file that exists but does not load is refused, never opened over.
fn editor_for(path: PathBuf) -> Result<Editor, TuiError> {
    // `exists()` says false for what it cannot see: a dangling symlink, a
    // loop, a folder that may not be entered. Only "nothing there at all" is
    // a new plan; anything else is opened, or refused with its reason.
    match std::fs::symlink_metadata(&path) {
        Ok(metadata) if metadata.file_type().is_symlink() && std::fs::metadata(&path).is_err() => {
            let target = std::fs::read_link(&path).unwrap_or_default();
            return Err(TuiError::BrokenLink { path, target });
        }
        Ok(_) => return Ok(Editor::open_file(path)?),
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(source) => return Err(TuiError::Unreadable { path, source }),
    }
    let title = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_else(|| "New course".to_owned());
    let course =
        Course::with_recommended_modules(title, 6).expect("6 modules is within a course's range");
    let mut editor = Editor::new(course, Some(path.clone()), false);
    editor.status = Status::info(format!(
        "{} does not exist yet: this is a new plan of 6 modules; Ctrl-s creates the file.",
        path.display()
    ));
    Ok(editor)
}
