//! Pastes in-process: what each screen does with pasted text (the terminal
//! side, bracketed paste itself, is pinned in tests/e2e_pty.rs).

use coursegrid::samples::Sample;
use coursegrid::tui::app::{App, Overlay, Screen};
use coursegrid::tui::start::demo_editor;
use coursegrid::tui::theme::Theme;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn demo() -> App {
    let theme = Theme::new(Default::default(), true);
    App::editing(
        demo_editor(Sample::MasterBaker),
        theme,
        None,
        Rect::new(0, 0, 100, 30),
    )
}

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    app.handle(&Event::Key(KeyEvent::new(code, modifiers)));
}

/// Opens the activity field of the selected cell, emptied.
fn empty_activity_field(app: &mut App) {
    press(app, KeyCode::Char('e'), KeyModifiers::NONE);
    press(app, KeyCode::Char('u'), KeyModifiers::CONTROL);
}

fn field(app: &App) -> String {
    match &app.screen {
        Screen::Editor(editor) => match &editor.overlay {
            Some(Overlay::Prompt(prompt)) => prompt.input.value().to_owned(),
            other => panic!("no text field is open: {other:?}"),
        },
        Screen::Start(_) => panic!("not in the editor"),
    }
}

fn status(app: &App) -> String {
    match &app.screen {
        Screen::Editor(editor) => editor.status.text.clone(),
        Screen::Start(start) => start.status.text.clone(),
    }
}

#[test]
fn a_paste_on_the_grid_changes_nothing_and_says_where_pastes_go() {
    let mut app = demo();
    let before = app.editor().unwrap().course.clone();
    app.handle(&Event::Paste("abc\nD".into()));
    assert_eq!(app.editor().unwrap().course, before);
    assert!(app.editor().unwrap().overlay.is_none());
    let said = status(&app);
    assert!(
        said.contains("a paste only types into a text field") && said.contains("e edits"),
        "{said}"
    );
}

#[test]
fn a_pasted_line_with_its_line_break_is_typed_without_it() {
    let mut app = demo();
    empty_activity_field(&mut app);
    app.handle(&Event::Paste("Bake a loaf\r\n".into()));
    assert_eq!(field(&app), "Bake a loaf");
    press(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    app.handle(&Event::Paste("\r\nPhotograph it\n\nfor the forum\n".into()));
    assert_eq!(field(&app), "Photograph it for the forum");
}

#[test]
fn a_paste_too_long_for_a_line_is_cut_and_the_status_says_so() {
    let mut app = demo();
    empty_activity_field(&mut app);
    let started = std::time::Instant::now();
    app.handle(&Event::Paste("x".repeat(1_000_000)));
    // Typing a million characters one by one took minutes.
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    assert_eq!(
        field(&app).chars().count(),
        coursegrid::tui::paste::MAX_CHARS
    );
    let said = status(&app);
    assert!(said.contains("first 4096 of 1000000 characters"), "{said}");
}

#[test]
fn a_paste_on_the_start_screen_types_only_into_its_title_field() {
    let mut app = App::start(Theme::new(Default::default(), true), None);
    app.handle(&Event::Paste("n".into()));
    match &app.screen {
        Screen::Start(start) => assert!(start.prompt.is_none(), "the paste pressed n"),
        Screen::Editor(_) => panic!("the paste opened a plan"),
    }
    assert!(status(&app).contains("a paste only types into a text field"));
    press(&mut app, KeyCode::Char('n'), KeyModifiers::NONE);
    app.handle(&Event::Paste("Sourdough\nbasics\n".into()));
    match &app.screen {
        Screen::Start(start) => {
            assert_eq!(
                start.prompt.as_ref().unwrap().input.value(),
                "Sourdough basics"
            )
        }
        Screen::Editor(_) => panic!("the line break confirmed the title"),
    }
}
