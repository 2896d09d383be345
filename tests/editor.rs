//! The editor driven in-process, as a user would: key and mouse events in,
//! the rendered screen (ratatui's TestBackend) checked.

use std::path::{Path, PathBuf};

use coursegrid::model::{ActivityKind, Course, GagneEvent, Mode};
use coursegrid::plan_file;
use coursegrid::samples::Sample;
use coursegrid::tui::app::{App, Editor, Overlay, Screen};
use coursegrid::tui::start::demo_editor;
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

mod common;

fn app_with(editor: Editor, width: u16, height: u16) -> App {
    let theme = Theme::new(Default::default(), true);
    App::editing(editor, theme, None, Rect::new(0, 0, width, height))
}

/// The recovery copy an editor session on `path` wrote before it crashed,
/// holding `unsaved`; returns where it is. The session is gone, its lock with
/// it: only then is the copy offered.
fn left_by_a_crashed_session(
    recovery_dir: &Path,
    path: &Path,
    opened_as: Option<&plan_file::DiskStamp>,
    unsaved: &Course,
) -> PathBuf {
    let copy = coursegrid::recovery::RecoveryFile::for_plan(recovery_dir, path, opened_as);
    copy.write(unsaved).unwrap();
    copy.path().to_owned()
}

/// The editor as `coursegrid PATH` opens it, looking for recovery copies in `recovery_dir`.
fn open_with_recovery(path: &Path, recovery_dir: &Path) -> App {
    let mut opened = Editor::open_file(path.to_owned()).unwrap();
    opened.attach(Some(recovery_dir));
    app_with(opened, 100, 30)
}

fn demo(width: u16, height: u16) -> App {
    app_with(demo_editor(Sample::MasterBaker), width, height)
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn ctrl(app: &mut App, c: char) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn click(app: &mut App, column: u16, row: u16) {
    app.handle(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

/// The screen as text, one line per row.
fn screen(app: &App) -> String {
    let size = app.size;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    common::screen_text(terminal.backend().buffer())
}

fn editor(app: &App) -> &Editor {
    app.editor().expect("an editor is open")
}

/// Moves to module 3 (Artisanal breads), event 6 (practice): self-paced 90 minutes.
fn go_to_breads_practice(app: &mut App) {
    keys(app, "lljjjjj");
    assert_eq!(editor(app).cursor.module, 2);
    assert_eq!(editor(app).cursor.event, GagneEvent::ElicitPerformance);
}

#[test]
fn toggling_a_cell_changes_the_cell_and_the_panel() {
    let mut app = demo(120, 35);
    go_to_breads_practice(&mut app);
    let before = screen(&app);
    // Practice at home with live feedback in the module: the article's own
    // design, so no * on it.
    assert!(before.contains("○ Pr   90  "), "{before}");
    key(&mut app, KeyCode::Char(' '));
    let after = screen(&app);
    // Practice at home becomes the event's live default, a workshop.
    assert!(after.contains("● Wk   90  "), "{after}");
    // 90 more live minutes, taught to 2 sections: 3.0 h more teaching a cohort,
    // and the unmarked practice needed no support: 16.03 -> 19.03 staff hours.
    assert!(after.contains("13.0 h ▲ 3.0"), "{after}");
    assert!(after.contains("19.0 h ▲ 3.0"), "{after}");
    // Build: one practice task (1 h) becomes 1.5 h of workshop at 3 h/h (4.5 h).
    assert!(after.contains("175.9 h ▲ 3.5"), "{after}");
    assert!(after.contains("[+] unsaved changes"));
    assert_eq!(
        editor(&app).course.modules()[2]
            .cell(GagneEvent::ElicitPerformance)
            .mode(),
        Mode::Live
    );
}

#[test]
fn undo_and_redo_restore_the_cell_and_the_figures() {
    let mut app = demo(120, 35);
    go_to_breads_practice(&mut app);
    let original = editor(&app).course.clone();
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('+'));
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(editor(&app).course, original);
    assert!(
        !editor(&app).is_modified(),
        "back to the original: nothing to save"
    );
    ctrl(&mut app, 'r');
    let cell = editor(&app).course.modules()[2]
        .cell(GagneEvent::ElicitPerformance)
        .clone();
    assert_eq!((cell.mode(), cell.minutes.get()), (Mode::Live, 90));
    assert!(screen(&app).contains("Redone"));
}

#[test]
fn modules_can_be_added_renamed_moved_and_deleted() {
    let mut app = demo(120, 35);
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(editor(&app).overlay, Some(Overlay::Prompt(_))));
    assert!(screen(&app).contains("New module title"));
    // Replace the suggested "Module 6" with our own title.
    for _ in 0.."Module 6".len() {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "Laminated doughs");
    key(&mut app, KeyCode::Enter);
    let course = &editor(&app).course;
    assert_eq!(course.modules().len(), 6);
    assert_eq!(course.modules()[1].title, "Laminated doughs");
    assert_eq!(editor(&app).cursor.module, 1);
    assert_eq!(
        course.modules()[1].cell(GagneEvent::ProvideFeedback).mode(),
        Mode::Live
    );

    key(&mut app, KeyCode::Char('>'));
    assert_eq!(editor(&app).course.modules()[2].title, "Laminated doughs");
    assert_eq!(editor(&app).cursor.module, 2);

    key(&mut app, KeyCode::Char('r'));
    key(&mut app, KeyCode::Char('!'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.modules()[2].title, "Laminated doughs!");

    key(&mut app, KeyCode::Char('D'));
    assert_eq!(editor(&app).course.modules().len(), 5);
    assert!(screen(&app).contains("Deleted module 3"));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(editor(&app).course.modules()[2].title, "Laminated doughs!");
}

#[test]
fn the_last_module_cannot_be_deleted() {
    let course = Course::with_recommended_modules("One", 1).unwrap();
    let mut app = app_with(Editor::new(course, None, true), 120, 35);
    key(&mut app, KeyCode::Char('D'));
    assert_eq!(editor(&app).course.modules().len(), 1);
    assert!(screen(&app).contains("Cannot delete: a course needs at least one module"));
}

#[test]
fn the_quit_prompt_takes_only_the_keys_it_shows() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "q");
    assert!(matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)));
    // "n" as in "no, don't quit", "y", Enter: none of them is shown, none acts.
    keys(&mut app, "ny");
    key(&mut app, KeyCode::Enter);
    assert!(
        !app.should_quit,
        "an unshown key must not discard the edits"
    );
    assert!(matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)));
    assert!(editor(&app).is_modified());
    keys(&mut app, "c");
    assert!(editor(&app).overlay.is_none());
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('q'));
    assert!(!app.should_quit);
    let shown = screen(&app);
    assert!(shown.contains("has unsaved changes"), "{shown}");
    assert!(shown.contains("s save and quit"));
    key(&mut app, KeyCode::Char('c'));
    assert!(editor(&app).overlay.is_none());
    assert!(!app.should_quit);
    ctrl(&mut app, 'c');
    assert!(
        matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)),
        "Ctrl-C asks too"
    );
    key(&mut app, KeyCode::Char('d'));
    assert!(app.should_quit);
}

#[test]
fn quitting_without_changes_is_immediate() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit);
}

#[test]
fn the_help_overlay_lists_every_key() {
    let mut app = demo(100, 40);
    key(&mut app, KeyCode::Char('?'));
    let shown = screen(&app);
    for needle in [
        "Keys",
        "Space",
        "toggle live / self-paced",
        "Ctrl-s",
        "undo / redo",
        "delete the module",
    ] {
        assert!(shown.contains(needle), "{needle}\n{shown}");
    }
    key(&mut app, KeyCode::Esc);
    assert!(editor(&app).overlay.is_none());
}

#[test]
fn two_hundred_modules_scroll_sideways_with_the_event_column_frozen() {
    let course = Course::with_recommended_modules("Big", 200).unwrap();
    let mut app = app_with(Editor::new(course, None, true), 200, 50);
    assert!(screen(&app).contains("modules 1-11 of 200"));
    key(&mut app, KeyCode::End);
    let shown = screen(&app);
    assert!(shown.contains("modules 190-200 of 200"), "{shown}");
    assert!(shown.contains("200 Module 2"), "{shown}");
    assert!(shown.contains("6 Practice"), "the event column stays");
    key(&mut app, KeyCode::PageUp);
    assert_eq!(editor(&app).cursor.module, 188);
    key(&mut app, KeyCode::Home);
    assert!(screen(&app).contains("modules 1-11 of 200"));
    app.handle(&Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 50,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(editor(&app).first_module, 1);
}

#[test]
fn a_click_selects_and_a_second_click_toggles() {
    let mut app = demo(120, 35);
    let layout = app.layout().unwrap();
    let inner = layout.grid_inner();
    // Module 2, event 4 (content): x past the event column and one module column.
    let x = inner.x + coursegrid::tui::layout::EVENT_COLUMN + layout.module_column() + 2;
    let y = inner.y + layout.event_row(GagneEvent::PresentContent);
    click(&mut app, x, y);
    assert_eq!(editor(&app).cursor.module, 1);
    assert_eq!(editor(&app).cursor.event, GagneEvent::PresentContent);
    assert!(!editor(&app).is_modified());
    click(&mut app, x, y);
    assert_eq!(
        editor(&app).course.modules()[1]
            .cell(GagneEvent::PresentContent)
            .mode(),
        Mode::Live
    );
}

#[test]
fn minutes_step_by_five_and_p_plans_and_unplans() {
    let mut app = demo(120, 35);
    keys(&mut app, "+");
    let minutes = |app: &App| {
        editor(app).course.modules()[0]
            .cell(GagneEvent::GainAttention)
            .minutes
            .get()
    };
    assert_eq!(minutes(&app), 10);
    keys(&mut app, "---");
    assert_eq!(minutes(&app), 0);
    assert!(screen(&app).contains("not planned"));
    keys(&mut app, "p");
    assert_eq!(minutes(&app), 5);
    // An untouched unplanned cell: guidance in module 1 is planned live when Space is pressed.
    keys(&mut app, "jjjj");
    key(&mut app, KeyCode::Char(' '));
    let guidance = editor(&app).course.modules()[0]
        .cell(GagneEvent::ProvideGuidance)
        .clone();
    assert_eq!((guidance.mode(), guidance.minutes.get()), (Mode::Live, 30));
}

#[test]
fn activities_can_be_typed_or_taken_from_the_suggestions() {
    let mut app = demo(120, 35);
    keys(&mut app, "jjjjj"); // practice, self-paced, in module 1
    keys(&mut app, "s");
    let activity = |app: &App| {
        editor(app).course.modules()[0]
            .cell(GagneEvent::ElicitPerformance)
            .activity
            .clone()
    };
    assert_eq!(
        activity(&app).as_deref(),
        Some("Film yourself doing the task")
    );
    keys(&mut app, "s");
    assert_eq!(
        activity(&app).as_deref(),
        Some("An interactive drag and drop activity")
    );
    keys(&mut app, "e");
    ctrl(&mut app, 'u'); // clear the field, as in a shell
    let field = match &editor(&app).overlay {
        Some(Overlay::Prompt(prompt)) => prompt.input.value().to_owned(),
        other => panic!("{other:?}"),
    };
    for _ in 0..field.chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "Bake a loaf");
    key(&mut app, KeyCode::Enter);
    assert_eq!(activity(&app).as_deref(), Some("Bake a loaf"));
    assert!(
        screen(&app).contains("Bake a loaf"),
        "the detail line shows it"
    );
}

#[test]
fn the_modes_menu_sets_rows_modules_and_recommendations() {
    let mut app = demo(120, 35);
    keys(&mut app, "jjjjj"); // event 6
    keys(&mut app, "m");
    assert!(screen(&app).contains("Set modes"));
    keys(&mut app, "l");
    for module in editor(&app).course.modules() {
        assert_eq!(
            module.cell(GagneEvent::ElicitPerformance).mode(),
            Mode::Live
        );
    }
    keys(&mut app, "mS");
    for (_, cell) in editor(&app).course.modules()[0].cells() {
        assert_eq!(cell.mode(), Mode::SelfPaced);
    }
    keys(&mut app, "mR");
    assert_eq!(
        editor(&app).tradeoffs.line_of_understanding.aligned_cells,
        35
    );
}

#[test]
fn the_assumptions_form_changes_values_and_the_panel_follows() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    assert!(screen(&app).contains("Learners per cohort"));
    for _ in 0..16 {
        key(&mut app, KeyCode::Right);
    }
    // 40 learners: 2 sections of 20, co-host needed (20 > 15): 10.0 h a cohort.
    assert_eq!(editor(&app).course.assumptions.learners_per_cohort(), 40);
    let shown = screen(&app);
    let cohost = shown
        .lines()
        .filter(|line| line.contains("co-host"))
        .any(|line| line.contains("10.0 h"));
    assert!(cohost, "{shown}");
    // Type an exact value; a bad one is refused with the reason.
    key(&mut app, KeyCode::Enter);
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "0");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("must be at least 1"));
    assert_eq!(editor(&app).course.assumptions.learners_per_cohort(), 40);
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "12");
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.assumptions.learners_per_cohort(), 12);
    // The preset row (the Kinds section's first) cycles the build ratios.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    assert_eq!(
        editor(&app)
            .course
            .assumptions
            .kind(ActivityKind::Session)
            .build_hours_per_hour,
        43.0
    );
    key(&mut app, KeyCode::Esc);
    assert!(editor(&app).overlay.is_none());
}

#[test]
fn saving_writes_the_file_and_a_failed_save_keeps_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let course = Course::with_recommended_modules("Bread", 3).unwrap();
    plan_file::save(&path, &course).unwrap();
    let mut app = app_with(Editor::new(course, Some(path.clone()), true), 100, 30);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("Saved plan.ron"));
    assert!(!editor(&app).is_modified());
    assert_eq!(plan_file::load(&path).unwrap(), editor(&app).course);

    let missing = dir.path().join("gone/plan.ron");
    let course = Course::with_recommended_modules("Bread", 3).unwrap();
    let mut app = app_with(Editor::new(course, Some(missing), true), 100, 30);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    let shown = screen(&app);
    assert!(shown.contains("Not saved"), "{shown}");
    assert!(editor(&app).is_modified());
}

#[test]
fn the_demo_asks_for_a_name_when_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    let path: PathBuf = dir.path().join("my-baker.ron");
    match &mut app.editor_mut().unwrap().overlay {
        Some(Overlay::Prompt(prompt)) => {
            prompt.input = tui_input::Input::new(path.display().to_string());
        }
        other => panic!("expected the save-as prompt, got {other:?}"),
    }
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).path.as_deref(), Some(path.as_path()));
    assert!(path.exists());
}

#[test]
fn any_size_renders_without_panicking() {
    let sizes = [
        (1, 1),
        (2, 1),
        (10, 3),
        (59, 19),
        (60, 20),
        (80, 24),
        (120, 35),
        (200, 50),
        (300, 100),
    ];
    for (width, height) in sizes {
        let mut app = demo(width, height);
        screen(&app);
        for overlay in ["?", "m", "A", "e", "a"] {
            let mut app = demo(width, height);
            keys(&mut app, overlay);
            screen(&app);
        }
        key(&mut app, KeyCode::Char(' '));
        key(&mut app, KeyCode::Char('q'));
        screen(&app);
    }
    let small = screen(&demo(40, 10));
    assert!(small.contains("Terminal too small: need 60x20"), "{small}");
}

#[test]
fn resizing_changes_how_many_modules_fit() {
    let mut app = demo(80, 24);
    assert!(screen(&app).contains("modules 1-4 of 5"));
    app.handle(&Event::Resize(200, 50));
    assert_eq!(app.size, Rect::new(0, 0, 200, 50));
    assert!(screen(&app).contains("modules 1-5 of 5"));
}

#[test]
fn the_start_screen_offers_the_demo_and_a_new_plan() {
    let home = tempfile::tempdir().unwrap();
    let store = coursegrid::store::Store::at(home.path());
    let mut app = App::start(Theme::new(Default::default(), true), Some(store));
    app.size = Rect::new(0, 0, 100, 30);
    let shown = screen(&app);
    assert!(shown.contains("New plan"), "{shown}");
    assert!(shown.contains("Demo course"));
    keys(&mut app, "n");
    keys(&mut app, "Sourdough");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.screen, Screen::Editor(_)));
    assert!(home.path().join("data/plans/sourdough.ron").exists());
    assert!(screen(&app).contains("Sourdough"));
}

#[test]
fn the_export_dialog_writes_beside_the_plan_and_asks_before_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    let mut app = app_with(Editor::new(course, Some(path), true), 100, 30);
    keys(&mut app, "x");
    let shown = screen(&app);
    assert!(
        shown.contains("Export") && shown.contains("plan.md"),
        "{shown}"
    );
    key(&mut app, KeyCode::Enter);
    let markdown = dir.path().join("plan.md");
    assert!(
        std::fs::read_to_string(&markdown)
            .unwrap()
            .starts_with("# Master Baker")
    );
    assert!(
        screen(&app).contains("Wrote"),
        "the status line says where it went"
    );

    keys(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("exists: Enter again replaces it"));
    key(&mut app, KeyCode::Enter);
    assert!(editor(&app).overlay.is_none());

    keys(&mut app, "x");
    key(&mut app, KeyCode::Tab);
    assert!(
        screen(&app).contains("plan-export.ron"),
        "a RON export never targets the plan itself"
    );
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Enter);
    let csv = std::fs::read_to_string(dir.path().join("plan.csv")).unwrap();
    assert!(csv.starts_with(
        "module_index,module,event_index,event,planned,mode,kind,minutes,reuse,activity,recommended_mode"
    ));
}

/// Whole screens, pinned: review the snapshot files like code.
#[test]
fn screens_at_80x24_and_120x35() {
    let mut app = demo(80, 24);
    insta::assert_snapshot!("demo_80x24", screen(&app));
    go_to_breads_practice(&mut app);
    key(&mut app, KeyCode::Char(' '));
    insta::assert_snapshot!("demo_80x24_after_toggle", screen(&app));
    let mut app = demo(120, 35);
    keys(&mut app, "?");
    insta::assert_snapshot!("help_120x35", screen(&app));
}

#[test]
fn a_recovery_copy_is_offered_and_can_be_restored_or_discarded() {
    let home = tempfile::tempdir().unwrap();
    let recovery_dir = home.path().join("recovery");
    let path = home.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    let mut unsaved = course.clone();
    unsaved.modules_mut()[2]
        .cell_mut(GagneEvent::ElicitPerformance)
        .set_mode(GagneEvent::ElicitPerformance, Mode::Live);
    left_by_a_crashed_session(&recovery_dir, &path, None, &unsaved);

    let mut opened = Editor::new(course.clone(), Some(path.clone()), true);
    opened.attach(Some(&recovery_dir));
    let mut app = app_with(opened, 100, 30);
    let shown = screen(&app);
    assert!(shown.contains("Unsaved work found"), "{shown}");
    keys(&mut app, "v");
    let shown = screen(&app);
    assert!(
        shown.contains("6 Practice: self-paced practice 90 min → live"),
        "{shown}"
    );
    keys(&mut app, "r");
    assert_eq!(editor(&app).course, unsaved);
    assert!(
        editor(&app).is_modified(),
        "restored work still needs a save"
    );
    // The restored work is in this session's own copy now; the old one is gone.
    let own = editor(&app).recovery.as_ref().unwrap().path().to_owned();
    assert_eq!(plan_file::load(&own).unwrap(), unsaved);
    let copies = |dir: &std::path::Path| {
        std::fs::read_dir(dir)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ron"))
            .count()
    };
    assert_eq!(copies(&recovery_dir), 1);
    // While that editor runs, a second one on the plan is not offered its copy.
    let mut second = Editor::new(course.clone(), Some(path.clone()), true);
    second.attach(Some(&recovery_dir));
    assert!(
        second.overlay.is_none(),
        "a running session's copy is its own"
    );
    drop(app);

    let mut opened = Editor::new(course, Some(path), true);
    opened.attach(Some(&recovery_dir));
    let mut app = app_with(opened, 100, 30);
    keys(&mut app, "d");
    assert!(!own.exists(), "discarding removes the copy");
    assert!(screen(&app).contains("Recovery copy discarded"));
}

#[test]
fn the_charts_replace_the_grid_and_follow_the_plan() {
    let mut app = demo(120, 35);
    go_to_breads_practice(&mut app);
    keys(&mut app, "c");
    let shown = screen(&app);
    assert!(shown.contains("Cumulative staff hours"), "{shown}");
    assert!(
        shown.contains("this plan")
            && shown.contains("all live")
            && shown.contains("all self-paced")
    );
    // Master Baker: 172.4 h to build, 16.0 h a cohort (worked by hand in tests/cli.rs).
    assert!(shown.contains("this plan 172.4 h + 16.0 h"), "{shown}");
    // Back to the grid, toggle, and the chart has moved: the practice task (1 h to build)
    // becomes a live workshop (4.5 h), taught twice a cohort (3.0 h): 175.9 h + 19.0 h.
    key(&mut app, KeyCode::Esc);
    assert!(screen(&app).contains("Grid · modules"));
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "c");
    assert!(screen(&app).contains("this plan 175.9 h + 19.0 h"));
    keys(&mut app, "c");
    let shown = screen(&app);
    assert!(
        shown.contains("Staff hours per cohort by cohort size"),
        "{shown}"
    );
    assert!(
        shown.contains("This plan at 24 learners: 19.0 staff h a"),
        "{shown}"
    );
    keys(&mut app, "c");
    assert!(screen(&app).contains("Grid · modules"));
    for (width, height) in [(60, 20), (80, 24), (200, 50), (300, 100)] {
        let mut app = demo(width, height);
        keys(&mut app, "c");
        screen(&app);
        keys(&mut app, "c");
        screen(&app);
    }
}

#[test]
fn the_tour_walks_through_every_step_at_80x24_and_200x50() {
    use coursegrid::tui::tour::STEPS;
    for (width, height) in [(80, 24), (120, 35), (200, 50)] {
        let mut app = demo(width, height);
        keys(&mut app, "t");
        for (index, step) in STEPS.iter().enumerate() {
            let shown = screen(&app);
            let title = format!("Tour {}/{}", index + 1, STEPS.len());
            assert!(
                shown.contains(&title),
                "{width}x{height} step {index}\n{shown}"
            );
            assert!(shown.contains("Try:"), "{shown}");
            assert!(
                shown.contains(&step.try_this()[..20]),
                "{width}x{height}: {}\n{shown}",
                step.title
            );
            key(&mut app, KeyCode::Enter);
        }
        assert!(
            editor(&app).tour.is_none(),
            "Enter after the last step ends the tour"
        );
        assert!(screen(&app).contains("Tour finished"));
    }
}

#[test]
fn the_tour_selects_the_cell_it_talks_about_and_lets_the_presenter_act() {
    let mut app = demo(100, 30);
    keys(&mut app, "t");
    key(&mut app, KeyCode::Right);
    assert_eq!(editor(&app).cursor.module, 2);
    assert_eq!(editor(&app).cursor.event, GagneEvent::ElicitPerformance);
    key(&mut app, KeyCode::Char(' '));
    assert_eq!(
        editor(&app).course.modules()[2]
            .cell(GagneEvent::ElicitPerformance)
            .mode(),
        Mode::Live,
        "Space works while the tour card is up"
    );
    assert!(editor(&app).tour.is_some());
    key(&mut app, KeyCode::Left);
    assert_eq!(editor(&app).tour.unwrap().step, 0);
    // On the chart step, Esc returns to the grid first, then ends the tour.
    for _ in 0..6 {
        key(&mut app, KeyCode::Enter);
    }
    keys(&mut app, "c");
    assert!(screen(&app).contains("Cumulative staff hours"));
    key(&mut app, KeyCode::Esc);
    assert!(editor(&app).tour.is_some());
    assert!(screen(&app).contains("Grid · modules"));
    key(&mut app, KeyCode::Esc);
    assert!(editor(&app).tour.is_none());
}

#[test]
fn a_pinned_baseline_is_compared_side_by_side_and_changed_cells_are_marked() {
    let mut app = demo(120, 35);
    keys(&mut app, "b");
    go_to_breads_practice(&mut app);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "l ");
    let shown = screen(&app);
    assert!(shown.contains("Baseline vs now"), "{shown}");
    assert!(shown.contains("baseline") && shown.contains("now"));
    // Both practices live: 180 more live minutes in 2 sections = 6.0 h more teaching a
    // cohort, against the baseline's 10.0 h; unmarked practice had no support to save.
    let teaching = shown.lines().find(|l| l.contains("  teaching")).unwrap();
    assert!(
        teaching.contains("10.0 h") && teaching.contains("16.0 h") && teaching.contains("▲ 6.0"),
        "{teaching}"
    );
    let support = shown.lines().find(|l| l.contains("  support")).unwrap();
    assert!(
        support.matches("6.0 h").count() == 2 && !support.contains('▼'),
        "{support}"
    );
    let practice = shown.lines().find(|l| l.contains("6 Practice")).unwrap();
    assert_eq!(practice.matches('Δ').count(), 2, "{practice}");
    keys(&mut app, "B");
    let shown = screen(&app);
    assert!(
        !shown.contains("Baseline vs now") && !shown.contains('Δ'),
        "{shown}"
    );
}

#[test]
fn an_offered_recovery_copy_is_never_lost_by_quitting_or_saving() {
    let home = tempfile::tempdir().unwrap();
    let recovery_dir = home.path().join("recovery");
    let path = home.path().join("new.ron"); // not on disk: a new plan
    let course = Course::with_recommended_modules("new", 2).unwrap();
    let mut unsaved = course.clone();
    unsaved.title = "new, with work in it".into();
    let copy_path = left_by_a_crashed_session(&recovery_dir, &path, None, &unsaved);
    let mut opened = Editor::new(course, Some(path.clone()), false);
    opened.attach(Some(&recovery_dir));
    let mut app = app_with(opened, 100, 30);
    assert!(screen(&app).contains("Unsaved work found"));
    ctrl(&mut app, 's');
    assert!(
        !path.exists(),
        "no save while the copy waits for a decision"
    );
    keys(&mut app, "q");
    assert!(
        app.should_quit,
        "q leaves at once, with no quit prompt over the choice"
    );
    let mut clock = coursegrid::tui::recovery_clock::RecoveryClock::default();
    clock.finish(&mut app);
    assert_eq!(
        plan_file::load(&copy_path).unwrap(),
        unsaved,
        "the copy waits for the next start"
    );
}

#[test]
fn discarding_changes_on_quit_removes_the_recovery_copy() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("plan.ron");
    let course = Course::with_recommended_modules("Bread", 2).unwrap();
    plan_file::save(&path, &course).unwrap();
    let mut opened = Editor::new(course, Some(path.clone()), true);
    opened.attach(Some(&home.path().join("recovery")));
    let copy = opened.recovery.clone().unwrap();
    let mut app = app_with(opened, 100, 30);
    let mut clock = coursegrid::tui::recovery_clock::RecoveryClock::default();
    key(&mut app, KeyCode::Char(' '));
    clock.tick(&mut app);
    assert!(copy.read().is_some(), "an edit is copied at once");
    keys(&mut app, "qd");
    clock.finish(&mut app);
    assert!(copy.read().is_none(), "discard means discard");
}

#[test]
fn a_new_plan_file_created_meanwhile_by_someone_else_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("same.ron");
    let course = Course::with_recommended_modules("same", 2).unwrap();
    let mut opened = Editor::new(course, Some(path.clone()), false);
    opened.attach(None);
    let mut app = app_with(opened, 100, 30);
    std::fs::write(&path, "theirs").unwrap();
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("changed on disk since you opened it"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "theirs");
}

#[test]
fn ctrl_c_in_a_text_field_cancels_the_field_not_the_session() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "e");
    keys(&mut app, "half typed");
    ctrl(&mut app, 'c');
    assert!(editor(&app).overlay.is_none());
    assert!(!app.should_quit);
    ctrl(&mut app, 'c');
    assert!(matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)));
}

#[test]
fn help_scrolls_to_its_last_line_on_a_small_terminal() {
    let mut app = demo(60, 20);
    keys(&mut app, "?");
    for _ in 0..60 {
        keys(&mut app, "j");
    }
    let shown = screen(&app);
    assert!(
        shown.contains("not recommended") && shown.contains("this help"),
        "{shown}"
    );
    keys(&mut app, "k");
    assert_ne!(screen(&app), shown, "one step up moves at once");
}

#[test]
fn an_edit_on_a_chart_brings_the_grid_back_first() {
    let mut app = demo(120, 35);
    keys(&mut app, "c");
    key(&mut app, KeyCode::Char(' '));
    assert!(screen(&app).contains("Grid · modules"));
}

#[test]
fn the_kind_picker_previews_each_kind_in_the_panel_and_enter_sets_it() {
    let mut app = demo(120, 35);
    go_to_breads_practice(&mut app);
    let cell = |app: &App| {
        editor(app).course.modules()[2]
            .cell(GagneEvent::ElicitPerformance)
            .clone()
    };
    assert_eq!(cell(&app).kind, ActivityKind::Practice);
    keys(&mut app, "K");
    let shown = screen(&app);
    assert!(
        shown.contains("Kind · 6 Practice · module 3 · self-paced"),
        "{shown}"
    );
    assert!(
        shown.contains("support per hour of it") && shown.contains("Esc keep"),
        "{shown}"
    );
    // Every self-paced kind with its costs; the picker starts on the cell's kind.
    for text in [
        "Vi video         40 h/h    -",
        "As assignment    2 h each  10 min/learner",
        "Fo forum         1 h each  120 min/group",
    ] {
        assert!(shown.contains(text), "{text} in\n{shown}");
    }
    // Practice is the 5th self-paced kind; the 7th is an assignment. Moving there shows
    // its figures before anything is set: 1.5 h of tutor-marked work costs
    // 1.5 * 10 min * 24 learners / 60 = 6.0 h more support, built for 2 h instead of 1.
    keys(&mut app, "jj");
    let shown = screen(&app);
    let support = shown.lines().find(|l| l.contains("│  support")).unwrap();
    assert!(support.contains("12.0 h ▲ 6.0"), "{support}");
    let build = shown.lines().find(|l| l.contains("Build (once)")).unwrap();
    assert!(build.contains("173.4 h ▲ 1.0"), "{build}");
    assert_eq!(cell(&app).kind, ActivityKind::Practice, "only a preview");
    // Esc keeps the cell and puts the figures back.
    key(&mut app, KeyCode::Esc);
    assert!(editor(&app).overlay.is_none());
    assert_eq!(cell(&app).kind, ActivityKind::Practice);
    assert!(
        screen(&app)
            .lines()
            .any(|l| l.contains("│  support") && l.contains(" 6.0 h "))
    );
    assert!(!editor(&app).is_modified());
    // Enter sets it, as one edit that u undoes.
    keys(&mut app, "Kjj");
    key(&mut app, KeyCode::Enter);
    assert_eq!(cell(&app).kind, ActivityKind::Assignment);
    assert!(screen(&app).contains("assignment (build 2 h each"));
    assert!(screen(&app).contains("○ As   90"));
    keys(&mut app, "u");
    assert_eq!(cell(&app).kind, ActivityKind::Practice);
}

#[test]
fn reuse_is_one_key_and_drops_the_cells_build_hours() {
    let mut app = demo(120, 35);
    // Module 1's content: a 30-minute video, 30 * 40 / 60 = 20 h to build.
    keys(&mut app, "jjj");
    let before = editor(&app).tradeoffs.hours.build_hours;
    keys(&mut app, "R");
    let after = editor(&app).tradeoffs.hours.build_hours;
    assert!((before - after - 20.0).abs() < 1e-9, "{before} -> {after}");
    let shown = screen(&app);
    assert!(shown.contains("○ Vi↺  30"), "{shown}");
    assert!(shown.contains("reused, built already"), "{shown}");
    // Toggling the mode clears it: a live session is not the video that was reused.
    key(&mut app, KeyCode::Char(' '));
    let cell = editor(&app).course.modules()[0]
        .cell(GagneEvent::PresentContent)
        .clone();
    assert_eq!((cell.kind, cell.reuse), (ActivityKind::Session, false));
}

#[test]
fn a_format_1_plan_says_so_once_and_its_first_save_keeps_the_original() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let original = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format1/master-baker.ron"),
    )
    .unwrap();
    std::fs::write(&path, &original).unwrap();
    let mut app = app_with(Editor::open_file(path.clone()).unwrap(), 140, 35);
    let shown = screen(&app);
    assert!(
        shown.contains("Format 1 plan: saving keeps it as plan.format1.ron and writes format 2"),
        "{shown}"
    );
    assert!(
        shown.contains("each cell took its event's usual kind"),
        "{shown}"
    );
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(
        screen(&app).contains("the format 1 original is kept as plan.format1.ron"),
        "{}",
        screen(&app)
    );
    let copy = dir.path().join("plan.format1.ron");
    assert_eq!(std::fs::read(&copy).unwrap(), original);
    let (saved, format) = plan_file::load_with_format(&path).unwrap();
    assert_eq!((format, &saved), (2, &editor(&app).course));
    // The next save is an ordinary one and leaves the original copy alone.
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(screen(&app).contains("Saved plan.ron"));
    assert!(!screen(&app).contains("format 1 original"));
    assert_eq!(std::fs::read(&copy).unwrap(), original);
}

#[test]
fn the_kind_picker_asks_to_plan_an_unplanned_cell_first() {
    let mut app = demo(100, 30);
    // Module 2 plans no recall (event 3).
    keys(&mut app, "ljj");
    assert!(
        !editor(&app).course.modules()[1]
            .cell(GagneEvent::StimulateRecall)
            .is_planned()
    );
    keys(&mut app, "K");
    assert!(editor(&app).overlay.is_none());
    assert!(screen(&app).contains("Nothing is planned here: press Space or p"));
}

#[test]
fn the_export_dialog_knows_the_plan_file_by_any_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    let original = std::fs::read(&path).unwrap();
    let mut app = app_with(Editor::new(course, Some(path.clone()), true), 100, 30);
    keys(&mut app, "x");
    // Replace the suggested name with the plan itself, spelled another way.
    for _ in 0..200 {
        key(&mut app, KeyCode::Backspace);
    }
    let dotted = dir.path().join("sub").join("..").join("plan.ron");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    keys(&mut app, &dotted.display().to_string());
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Enter);
    assert!(
        screen(&app).contains("That is the plan file itself"),
        "{}",
        screen(&app)
    );
    assert_eq!(std::fs::read(&path).unwrap(), original);
}

#[test]
fn restoring_over_a_plan_changed_on_disk_since_asks_before_saving() {
    let home = tempfile::tempdir().unwrap();
    let recovery_dir = home.path().join("recovery");
    let path = home.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    // A session opened the plan, made a change and crashed.
    let opened_as = plan_file::DiskStamp::read(&path).unwrap();
    let mut unsaved = course.clone();
    unsaved.title = "Master Baker, my version".into();
    left_by_a_crashed_session(&recovery_dir, &path, Some(&opened_as), &unsaved);
    // Meanwhile a colleague changed the plan (git pull).
    let mut theirs = course.clone();
    theirs.assumptions = theirs
        .assumptions
        .with(coursegrid::model::Assumption::LearnersPerCohort, 30.0)
        .unwrap();
    plan_file::save(&path, &theirs).unwrap();
    let on_disk = std::fs::read(&path).unwrap();

    let mut app = open_with_recovery(&path, &recovery_dir);
    assert!(screen(&app).contains("Unsaved work found"));
    keys(&mut app, "r");
    assert!(
        screen(&app).contains("the plan changed on disk since: saving will ask"),
        "{}",
        screen(&app)
    );
    ctrl(&mut app, 's');
    assert!(
        matches!(editor(&app).overlay, Some(Overlay::ExternalChange { .. })),
        "the colleague's change is not reverted without a question"
    );
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
}

#[test]
fn a_paste_never_answers_a_prompt_and_types_line_breaks_as_spaces() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "q");
    // Pasted at the quit prompt: "d" and a line break must not discard and quit.
    app.handle(&Event::Paste("d\n".into()));
    assert!(!app.should_quit);
    assert!(matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)));
    keys(&mut app, "c");
    // Pasted into a text field: typed, the line break a space, the field still open.
    keys(&mut app, "e");
    for _ in 0..100 {
        key(&mut app, KeyCode::Backspace);
    }
    app.handle(&Event::Paste("Film it\nthen post it".into()));
    match &editor(&app).overlay {
        Some(Overlay::Prompt(prompt)) => assert_eq!(prompt.input.value(), "Film it then post it"),
        other => panic!("the prompt closed: {other:?}"),
    }
    // On the grid a paste does nothing at all.
    key(&mut app, KeyCode::Esc);
    let before = editor(&app).course.clone();
    app.handle(&Event::Paste(" p+".into()));
    assert_eq!(editor(&app).course, before);
}

#[test]
fn a_read_only_plan_is_saved_only_when_the_user_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let original = std::fs::read(&path).unwrap();
    let mut app = app_with(Editor::open_file(path.clone()).unwrap(), 100, 30);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(matches!(editor(&app).overlay, Some(Overlay::ReadOnly)));
    assert!(screen(&app).contains("is read-only"));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "nothing written yet"
    );
    keys(&mut app, "c");
    assert!(editor(&app).is_modified());
    ctrl(&mut app, 's');
    keys(&mut app, "o");
    assert!(!editor(&app).is_modified(), "{}", screen(&app));
    assert_eq!(plan_file::load(&path).unwrap(), editor(&app).course);
}

#[test]
fn a_module_inserted_after_pinning_marks_only_its_own_cells() {
    let mut app = demo(200, 50);
    keys(&mut app, "b");
    // Add a module after module 1: the modules after it shift right, unchanged.
    keys(&mut app, "a");
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.modules().len(), 6);
    let baseline = editor(&app).baseline.as_ref().unwrap();
    let marked: Vec<(usize, GagneEvent)> = editor(&app)
        .course
        .modules()
        .iter()
        .enumerate()
        .flat_map(|(index, module)| {
            module
                .cells()
                .filter(move |(event, cell)| baseline.differs(index, *event, cell))
                .map(move |(event, _)| (index, event))
        })
        .collect();
    // Only the new module's nine cells differ; the five that moved are the same modules.
    assert_eq!(marked.len(), 9, "{marked:?}");
    assert!(marked.iter().all(|(index, _)| *index == 1), "{marked:?}");
    let shown = screen(&app);
    let deltas = shown.matches('Δ').count();
    assert_eq!(deltas, 9, "{shown}");
}

#[test]
fn a_title_without_letters_never_gives_a_hidden_file_name() {
    let course = Course::with_recommended_modules("!!!", 2).unwrap();
    let mut app = app_with(Editor::new(course, None, false), 100, 30);
    keys(&mut app, "x");
    let shown = screen(&app);
    assert!(shown.contains("plan.md"), "{shown}");
    assert!(
        !shown.contains(" .ron.md") && !shown.contains("/.ron.md"),
        "{shown}"
    );
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "W");
    let shown = screen(&app);
    assert!(shown.contains("plan.ron"), "{shown}");
    assert!(!shown.contains(" .ron"), "{shown}");
}

#[test]
fn a_second_crash_and_restore_still_asks_before_overwriting_the_change_on_disk() {
    let home = tempfile::tempdir().unwrap();
    let recovery_dir = home.path().join("recovery");
    let path = home.path().join("plan.ron");
    let course = Sample::MasterBaker.course();
    plan_file::save(&path, &course).unwrap();
    let opened_as = plan_file::DiskStamp::read(&path).unwrap();
    let mut unsaved = course.clone();
    unsaved.title = "mine".into();
    left_by_a_crashed_session(&recovery_dir, &path, Some(&opened_as), &unsaved);
    let mut theirs = course.clone();
    theirs.title = "theirs".into();
    plan_file::save(&path, &theirs).unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    // First restore: warned. Then this session crashes too (its copy stays).
    let mut app = open_with_recovery(&path, &recovery_dir);
    keys(&mut app, "r");
    assert!(screen(&app).contains("saving will ask"));
    drop(app);
    // Second restore: still warned, and the save still asks.
    let mut app = open_with_recovery(&path, &recovery_dir);
    keys(&mut app, "r");
    assert!(screen(&app).contains("saving will ask"), "{}", screen(&app));
    ctrl(&mut app, 's');
    assert!(matches!(
        editor(&app).overlay,
        Some(Overlay::ExternalChange { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), on_disk);
}

#[test]
fn questions_ignore_ctrl_and_alt() {
    let mut app = demo(100, 30);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "q");
    for modifiers in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
        for c in ['d', 's'] {
            app.handle(&Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers)));
            assert!(
                !app.should_quit,
                "{modifiers:?}-{c} answered the quit prompt"
            );
        }
    }
    assert!(matches!(editor(&app).overlay, Some(Overlay::QuitPrompt)));
}

#[test]
fn the_format_1_original_never_replaces_a_file_already_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let original = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format1/master-chef.ron"),
    )
    .unwrap();
    std::fs::write(&path, &original).unwrap();
    std::fs::write(dir.path().join("plan.format1.ron"), "PRECIOUS").unwrap();
    let mut app = app_with(Editor::open_file(path.clone()).unwrap(), 140, 35);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(
        screen(&app).contains("the format 1 original is kept as plan.format1-2.ron"),
        "{}",
        screen(&app)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.format1.ron")).unwrap(),
        "PRECIOUS"
    );
    assert_eq!(
        std::fs::read(dir.path().join("plan.format1-2.ron")).unwrap(),
        original
    );
}
