//! The recovery dialog's "decide later" (Esc): the old copy stays on disk,
//! new edits get this session's own copy, and saving asks about the old copy
//! first (keep it or discard it).

use std::path::{Path, PathBuf};

use coursegrid::model::Course;
use coursegrid::plan_file;
use coursegrid::recovery::RecoveryFile;
use coursegrid::store::Store;
use coursegrid::tui::app::{App, Overlay};
use coursegrid::tui::recovery_clock::RecoveryClock;
use crossterm::event::KeyCode;

mod driver;
use driver::*;

/// A plan on disk, and the recovery copy a crashed session left of it
/// (its title changed); returns the app opened on it and the copy's path.
fn crashed_session(home: &Path) -> (App, PathBuf, Course) {
    let store = Store::at(home);
    let path = home.join("bread.ron");
    let course = saved_plan(&path, "Bread", 3);
    let mut unsaved = course.clone();
    unsaved.title = "Bread, unsaved work".into();
    let copy = RecoveryFile::for_plan(&store.recovery_dir(), &path, None);
    copy.write(&unsaved).unwrap();
    let copy_path = copy.path().to_owned();
    drop(copy); // the session is gone, its lock with it
    let app = open_plan(&path, &store, 100, 30);
    assert!(screen(&app).contains("Unsaved work found"));
    (app, copy_path, unsaved)
}

fn asked_before_saving(app: &App) -> bool {
    matches!(
        overlay(app),
        Some(Overlay::Recovery {
            then_save: Some(_),
            ..
        })
    )
}

#[test]
fn the_dialog_says_how_to_decide_later() {
    let home = tempfile::tempdir().unwrap();
    let (app, copy, _) = crashed_session(home.path());
    let shown = screen(&app);
    assert!(shown.contains("Esc decide later"), "{shown}");
    assert!(shown.contains("q quit"), "{shown}");
    let folder = copy.parent().unwrap().display().to_string();
    assert!(shown.contains(&folder), "where the copy is: {shown}");
}

#[test]
fn esc_keeps_the_old_copy_and_new_edits_get_their_own() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, unsaved) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    assert!(overlay(&app).is_none(), "the grid has the keys again");
    let shown = screen(&app);
    assert!(
        shown.contains("Later: saving asks about the old recovery copy first"),
        "{shown}"
    );
    key(&mut app, KeyCode::Char(' '));
    let mut clock = RecoveryClock::default();
    clock.tick(&mut app);
    let own = editor(&app).recovery.as_ref().unwrap().path().to_owned();
    assert_ne!(own, copy);
    assert_eq!(plan_file::load(&own).unwrap(), editor(&app).course);
    assert_eq!(
        plan_file::load(&copy).unwrap(),
        unsaved,
        "the old copy is untouched"
    );
}

#[test]
fn saving_after_later_asks_and_keep_saves_and_leaves_the_old_copy_for_next_time() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, unsaved) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(asked_before_saving(&app));
    assert!(
        editor(&app).is_modified(),
        "nothing saved before the answer"
    );
    resize(&mut app, 80, 24);
    let shown = screen(&app);
    assert!(shown.contains("k keep it"), "{shown}");
    assert!(shown.contains("gone."), "the whole text, wrapped: {shown}");
    assert!(!shown.contains("r restore"), "{shown}");
    keys(&mut app, "qr"); // not this question's keys
    assert!(asked_before_saving(&app) && !app.should_quit);
    keys(&mut app, "k");
    assert!(!editor(&app).is_modified(), "saved");
    assert!(
        screen(&app).contains("Saved bread.ron; the older recovery copy is kept"),
        "{}",
        screen(&app)
    );
    assert_eq!(plan_file::load(&copy).unwrap(), unsaved, "kept");
    // This session asks once.
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    assert!(overlay(&app).is_none() && !editor(&app).is_modified());
    // Next time the plan opens, the kept copy is offered again.
    let mut clock = RecoveryClock::default();
    clock.finish(&mut app);
    drop(app);
    let again = open_plan(
        &home.path().join("bread.ron"),
        &Store::at(home.path()),
        100,
        30,
    );
    assert!(screen(&again).contains("Unsaved work found"));
}

#[test]
fn discard_at_the_save_removes_the_old_copy_then_saves() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, _) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    keys(&mut app, "d");
    assert!(!copy.exists());
    assert!(screen(&app).contains("Saved bread.ron; the older recovery copy is discarded"));
    assert!(!editor(&app).is_modified());
    let on_disk = plan_file::load(&home.path().join("bread.ron")).unwrap();
    assert_eq!(on_disk, editor(&app).course);
}

#[test]
fn esc_at_the_save_saves_nothing_and_the_next_save_asks_again() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, _) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Esc);
    assert!(overlay(&app).is_none());
    assert!(editor(&app).is_modified());
    assert!(screen(&app).contains("Not saved; the older recovery copy is still kept"));
    assert!(copy.exists());
    ctrl(&mut app, 's');
    assert!(asked_before_saving(&app));
}

#[test]
fn save_and_quit_asks_about_the_old_copy_then_quits() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, _) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "q");
    assert!(matches!(overlay(&app), Some(Overlay::QuitPrompt)));
    keys(&mut app, "s");
    assert!(asked_before_saving(&app) && !app.should_quit);
    keys(&mut app, "k");
    assert!(app.should_quit, "saved, so the quit goes on");
    assert!(copy.exists());
}

#[test]
fn ctrl_c_at_the_save_question_keeps_the_copy_and_asks_to_quit() {
    let home = tempfile::tempdir().unwrap();
    let (mut app, copy, _) = crashed_session(home.path());
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    ctrl(&mut app, 'c');
    assert!(matches!(overlay(&app), Some(Overlay::QuitPrompt)));
    assert!(!app.should_quit);
    key(&mut app, KeyCode::Esc);
    ctrl(&mut app, 's');
    assert!(asked_before_saving(&app), "still put off, still asked");
    assert!(copy.exists());
}

#[test]
fn later_on_a_plan_never_saved_asks_at_its_first_save_too() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let course = Course::with_recommended_modules("Draft", 2).unwrap();
    let mut unsaved = course.clone();
    unsaved.title = "Draft, unsaved".into();
    let copy = RecoveryFile::for_unsaved(&store.recovery_dir(), "Draft");
    copy.write(&unsaved).unwrap();
    let copy_path = copy.path().to_owned();
    drop(copy);
    let mut editor = coursegrid::tui::app::Editor::new(course, None, true);
    editor.attach(Some(&store.recovery_dir()));
    let mut app = app_with(editor, Some(store.clone()), 100, 30);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char(' '));
    ctrl(&mut app, 's');
    let target = home.path().join("draft");
    retype(&mut app, &target.display().to_string());
    key(&mut app, KeyCode::Enter);
    assert!(asked_before_saving(&app));
    keys(&mut app, "k");
    assert!(home.path().join("draft.ron").exists());
    assert!(copy_path.exists());
}
