//! Driving the app in-process for the file tests (save-as, exports, the
//! start screen, recovery, the assumptions dialog): keys in, screen out.

// Each test file is its own crate and uses only part of this.
#![allow(dead_code)]

#[path = "../common/mod.rs"]
mod common;
use common::screen_text;

use std::path::Path;

use coursegrid::model::Course;
use coursegrid::plan_file;
use coursegrid::store::Store;
use coursegrid::tui::app::{App, Editor, Overlay};
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

pub fn theme() -> Theme {
    Theme::new(Default::default(), true)
}

/// The editor on `editor`, with its files under `store` when given.
pub fn app_with(editor: Editor, store: Option<Store>, width: u16, height: u16) -> App {
    App::editing(editor, theme(), store, Rect::new(0, 0, width, height))
}

/// The start screen over `store`, at `width` x `height`.
pub fn start_screen(store: &Store, width: u16, height: u16) -> App {
    let mut app = App::start(theme(), Some(store.clone()));
    resize(&mut app, width, height);
    app
}

pub fn resize(app: &mut App, width: u16, height: u16) {
    app.handle(&Event::Resize(width, height));
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

pub fn shift_tab(app: &mut App) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::BackTab,
        KeyModifiers::SHIFT,
    )));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

pub fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// Empties the text field that has the keys (Ctrl-u), then types `text`.
pub fn retype(app: &mut App, text: &str) {
    ctrl(app, 'u');
    keys(app, text);
}

/// The screen as text, one line per row.
pub fn screen(app: &App) -> String {
    let size = app.size;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    screen_text(terminal.backend().buffer())
}

pub fn editor(app: &App) -> &Editor {
    app.editor().expect("an editor is open")
}

pub fn overlay(app: &App) -> Option<&Overlay> {
    editor(app).overlay.as_ref()
}

/// A plan titled `title` with `modules` modules, saved at `path`.
pub fn saved_plan(path: &Path, title: &str, modules: usize) -> Course {
    let course = Course::with_recommended_modules(title, modules).unwrap();
    plan_file::save(path, &course).unwrap();
    course
}

/// The files in `dir` (names only, sorted); none when it does not exist.
pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The editor as `coursegrid PATH` opens it, with its files under `store`.
pub fn open_plan(path: &Path, store: &Store, width: u16, height: u16) -> App {
    let mut opened = Editor::open_file(path.to_owned()).unwrap();
    opened.attach(Some(&store.recovery_dir()));
    app_with(opened, Some(store.clone()), width, height)
}

/// The box titled `title` cut out of a rendered `screen` (its frame
/// included): a snapshot of a dialog that does not change when the grid or
/// the panel beside it do.
pub fn dialog_box(screen: &str, title: &str) -> String {
    let lines: Vec<Vec<char>> = screen.lines().map(|l| l.chars().collect()).collect();
    let title: Vec<char> = format!("┌ {title}").chars().collect();
    let (top, left) = lines
        .iter()
        .enumerate()
        .find_map(|(y, line)| {
            (0..line.len())
                .find(|&x| line[x..].starts_with(&title))
                .map(|x| (y, x))
        })
        .unwrap_or_else(|| panic!("no box titled {title:?} in\n{screen}"));
    let right = (left + 1..lines[top].len())
        .find(|&x| lines[top][x] == '┐')
        .expect("the box's top right corner");
    let mut cut = String::new();
    for line in &lines[top..] {
        cut.extend(&line[left..=right.min(line.len() - 1)]);
        cut.push('\n');
        if line[left] == '└' {
            break;
        }
    }
    cut
}
