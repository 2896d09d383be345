//! The terminal editor, in The Elm Architecture: [`app`] holds the state,
//! [`keymap`] turns input into [`action`]s, [`update`] applies them, and
//! [`view`] draws the state. [`terminal`] sets up and restores the terminal.

pub mod action;
pub mod app;
pub mod assumptions_form;
pub mod backend;
pub mod export_dialog;
pub mod file_questions;
pub mod fill_menu;
pub mod help;
pub mod history;
pub mod keymap;
pub mod kind_picker;
pub mod layout;
pub mod mode_menu;
mod open;
mod panel;
pub mod paste;
pub mod recovery_clock;
pub mod recovery_dialog;
pub mod schedule_dialog;
pub mod start;
pub mod terminal;
pub mod text_prompt;
pub mod theme;
pub mod tour;
pub mod update;
pub mod view;
pub mod viewport;

use std::io::{self, IsTerminal};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{Receiver, RecvTimeoutError};

use ratatui::layout::Rect;

pub use open::{Opening, open};

use action::Action;
use app::{App, Editor, Screen};
use recovery_clock::RecoveryClock;
use terminal::Wake;

/// Why the editor stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(
        "the editor needs a terminal, and {0} is not one; \
         use `coursegrid summary FILE` or `coursegrid export FILE` to print a plan"
    )]
    NotATerminal(&'static str),
    #[error(
        "the editor needs a full-screen terminal, and TERM=dumb says this one is not; \
         use `coursegrid summary FILE` or `coursegrid export FILE` to print a plan"
    )]
    DumbTerminal,
    #[error("terminal error: {0}")]
    Terminal(#[from] io::Error),
    #[error(transparent)]
    Load(#[from] crate::plan_file::LoadError),
    #[error("{}: a symbolic link to {}, which cannot be opened (missing, or a loop of links); fix the link or open its target", path.display(), target.display())]
    BrokenLink {
        path: std::path::PathBuf,
        target: std::path::PathBuf,
    },
    #[error("{}: cannot be read: {source}", path.display())]
    Unreadable {
        path: std::path::PathBuf,
        source: io::Error,
    },
}

/// How the editor ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Quit,
    /// Stopped by SIGTERM or SIGHUP.
    Signal(i32),
}

/// Whether the editor can run here: standard input and output are both a
/// terminal, and the terminal is not a dumb one.
pub fn check_terminal() -> Result<(), TuiError> {
    if !io::stdout().is_terminal() {
        return Err(TuiError::NotATerminal("standard output"));
    }
    if !io::stdin().is_terminal() {
        return Err(TuiError::NotATerminal("standard input"));
    }
    if std::env::var_os("TERM").is_some_and(|term| term == "dumb") {
        return Err(TuiError::DumbTerminal);
    }
    Ok(())
}

/// Runs the editor on the real terminal until the user quits.
pub fn run(mut app: App, features: terminal::Features) -> Result<Exit, TuiError> {
    check_terminal()?;
    let mut session = terminal::enter(features)?;
    let size = session.terminal.size()?;
    app.size = Rect::new(0, 0, size.width, size.height);
    let wakes = terminal::wake_events()?;
    let mut clock = RecoveryClock::default();
    // A panic in the loop still leaves the unsaved work in a recovery copy
    // (the panic hook has already restored the terminal and said why).
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        event_loop(&mut app, &mut session, &wakes, &mut clock)
    }));
    clock.finish(&mut app);
    match outcome {
        Ok(result) => result,
        Err(payload) => panic::resume_unwind(payload),
    }
}

fn event_loop(
    app: &mut App,
    session: &mut terminal::Session,
    wakes: &Receiver<Wake>,
    clock: &mut RecoveryClock,
) -> Result<Exit, TuiError> {
    // A stop of our own ends with a SIGCONT the loop has already answered.
    let mut expect_continue = false;
    loop {
        session.terminal.draw(|frame| view::draw(app, frame))?;
        // Block until something happens; wake early only for a due recovery
        // write. Keys that mean nothing cause no redraw.
        let action = loop {
            let wake = match clock.due_in(app) {
                Some(due) => match wakes.recv_timeout(due) {
                    Ok(wake) => wake,
                    Err(RecvTimeoutError::Timeout) => {
                        clock.tick(app);
                        continue;
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit),
                },
                None => match wakes.recv() {
                    Ok(wake) => wake,
                    Err(_) => return Ok(Exit::Quit),
                },
            };
            match wake {
                Wake::Input(event) => match keymap::action_for(app, &event) {
                    Some(Action::Suspend) => {
                        expect_continue = stop(app, session, clock)?;
                        break resized(session)?;
                    }
                    Some(action) => break action,
                    None => {}
                },
                Wake::Stop => {
                    expect_continue = stop(app, session, clock)?;
                    break resized(session)?;
                }
                Wake::Continue if std::mem::take(&mut expect_continue) => {}
                Wake::Continue => {
                    session.resume()?;
                    break resized(session)?;
                }
                Wake::Signal(signal) => return Ok(Exit::Signal(signal)),
                Wake::InputError(error) => return Err(error.into()),
            }
        };
        update::update(app, action);
        clock.tick(app);
        if app.should_quit {
            return Ok(Exit::Quit);
        }
    }
}

/// Stops the editor until the shell continues it, unsaved work in the
/// recovery copy first: a stopped editor is easily forgotten, and a logout
/// or `kill -9` may end it there. Returns whether a SIGCONT is on its way.
fn stop(
    app: &mut App,
    session: &mut terminal::Session,
    clock: &mut RecoveryClock,
) -> Result<bool, TuiError> {
    clock.write(app);
    session.suspend()?;
    Ok(cfg!(unix))
}

/// The terminal's size as an action, after the terminal was given back and
/// taken again (it may have been resized meanwhile).
fn resized(session: &terminal::Session) -> Result<Action, TuiError> {
    let size = session.terminal.size()?;
    Ok(Action::Resize {
        width: size.width,
        height: size.height,
    })
}

impl App {
    /// The start screen over the plans in `store`.
    pub fn start(theme: theme::Theme, store: Option<crate::store::Store>) -> App {
        App {
            screen: Screen::Start(Box::new(app::StartScreen::new(store.as_ref()))),
            theme,
            size: Rect::new(0, 0, 80, 24),
            store,
            should_quit: false,
        }
    }

    /// Feeds one terminal event through the keymap and update, as the event
    /// loop does: for tests and benchmarks that drive the editor in-process.
    pub fn handle(&mut self, event: &crossterm::event::Event) {
        if let Some(action) = keymap::action_for(self, event) {
            update::update(self, action);
        }
    }

    /// The editor, if a plan is open.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        match &mut self.screen {
            Screen::Editor(editor) => Some(editor),
            Screen::Start(_) => None,
        }
    }
}
