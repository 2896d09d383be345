//! The start screen: each plan with the date it last changed, and its keys
//! (shown on its hint line): open a file by path, rename, delete into the
//! data folder's trash (after a question), undo that delete.

use std::fs;
use std::path::Path;

use coursegrid::store::Store;
use coursegrid::tui::app::{App, Screen};
use crossterm::event::KeyCode;

mod driver;
use driver::*;

/// A store with plans `names` (titled after them), the first one newest.
fn store_with(home: &Path, names: &[&str]) -> Store {
    let store = Store::at(home);
    let plans = store.ensure_plans_dir().unwrap();
    for (age, name) in names.iter().enumerate() {
        let path = plans.join(format!("{name}.ron"));
        saved_plan(&path, &format!("Course {name}"), 3);
        let when = std::time::SystemTime::now() - std::time::Duration::from_secs(age as u64 * 60);
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
    }
    store
}

fn start_text(app: &App) -> &coursegrid::tui::app::StartScreen {
    match &app.screen {
        Screen::Start(start) => start,
        Screen::Editor(_) => panic!("the start screen is gone"),
    }
}

#[test]
fn each_plan_shows_when_it_last_changed_and_the_keys_are_on_the_hint_line() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread"]);
    let app = start_screen(&store, 120, 30);
    let shown = screen(&app);
    let line = shown.lines().find(|l| l.contains("Course bread")).unwrap();
    assert!(line.contains("(3 modules, bread.ron)"), "{line}");
    assert!(
        line.contains("today ") || line.contains("yesterday "),
        "{line}"
    );
    for hint in [
        "Enter open",
        "n new plan",
        "d demo",
        "o open a file",
        "r rename",
        "D delete",
        "u undo delete",
        "q quit",
    ] {
        assert!(shown.contains(hint), "{hint}: {shown}");
    }
    assert!(shown.contains("1 plan in"), "{shown}");
}

#[test]
fn the_hint_line_wraps_rather_than_losing_keys_at_60_columns() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread"]);
    let app = start_screen(&store, 60, 20);
    let shown = screen(&app);
    assert!(shown.contains("q quit"), "{shown}");
    assert!(shown.contains("Course bread"), "{shown}");
}

#[test]
fn delete_asks_first_then_moves_the_plan_to_the_trash_and_u_brings_it_back() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread", "rye"]);
    let mut app = start_screen(&store, 120, 30);
    keys(&mut app, "D");
    let shown = screen(&app);
    assert!(shown.contains("Delete bread.ron?"), "{shown}");
    assert!(shown.contains("y move it to the trash") && shown.contains("n keep it"));
    // Only the answers count: `d` (the demo) does nothing now.
    keys(&mut app, "dq");
    assert!(matches!(app.screen, Screen::Start(_)) && !app.should_quit);
    key(&mut app, KeyCode::Esc);
    assert!(store.plans_dir().join("bread.ron").exists(), "n keeps it");
    assert!(screen(&app).contains("Kept bread.ron"));
    keys(&mut app, "Dy");
    let trashed = store.trash_dir().join("bread.ron");
    assert!(!store.plans_dir().join("bread.ron").exists());
    assert!(trashed.exists());
    let shown = screen(&app);
    assert!(!shown.contains("Course bread"), "{shown}");
    assert!(shown.contains("Moved bread.ron to the trash"), "{shown}");
    assert!(shown.contains("u brings it back"), "{shown}");
    keys(&mut app, "u");
    assert!(store.plans_dir().join("bread.ron").exists());
    assert!(!trashed.exists());
    assert!(screen(&app).contains("Course bread"));
    keys(&mut app, "u");
    assert!(screen(&app).contains("Nothing to undo"));
}

#[test]
fn rename_changes_the_file_name_and_refuses_a_name_taken() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread", "rye"]);
    let mut app = start_screen(&store, 120, 30);
    keys(&mut app, "r");
    assert!(screen(&app).contains("Rename the plan's file"));
    retype(&mut app, "rye");
    key(&mut app, KeyCode::Enter);
    let shown = screen(&app);
    assert!(shown.contains("Not renamed: rye.ron exists"), "{shown}");
    retype(&mut app, "sourdough");
    key(&mut app, KeyCode::Enter);
    assert!(start_text(&app).prompt.is_none());
    assert!(store.plans_dir().join("sourdough.ron").exists());
    assert!(!store.plans_dir().join("bread.ron").exists());
    assert!(screen(&app).contains("Renamed bread.ron to sourdough.ron"));
    // The renamed plan stays selected: Enter opens it.
    key(&mut app, KeyCode::Enter);
    let path = editor(&app).path.clone().unwrap();
    assert!(path.ends_with("sourdough.ron"), "{path:?}");
}

#[test]
fn rename_and_delete_need_a_plan_selected() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &[]);
    let mut app = start_screen(&store, 120, 30);
    keys(&mut app, "r");
    assert!(screen(&app).contains("Select a plan to rename"));
    keys(&mut app, "D");
    assert!(screen(&app).contains("Select a plan to delete"));
    assert!(start_text(&app).confirm_delete.is_none());
}

#[test]
fn rename_is_refused_while_a_recovery_copy_holds_unsaved_work() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread"]);
    let plan = store.plans_dir().join("bread.ron");
    let copy = coursegrid::recovery::RecoveryFile::for_plan(&store.recovery_dir(), &plan, None);
    copy.write(&coursegrid::plan_file::load(&plan).unwrap())
        .unwrap();
    drop(copy);
    let mut app = start_screen(&store, 120, 30);
    keys(&mut app, "r");
    let shown = screen(&app);
    assert!(shown.contains("unsaved work in a recovery copy"), "{shown}");
    assert!(start_text(&app).prompt.is_none());
}

#[test]
fn o_opens_a_plan_anywhere_and_a_bad_path_or_file_says_why() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &[]);
    let elsewhere = home.path().join("git");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("notes.md"), "# not a plan\n").unwrap();
    saved_plan(&elsewhere.join("intro.ron"), "Intro", 2);
    let mut app = start_screen(&store, 120, 30);
    keys(&mut app, "o");
    assert!(screen(&app).contains("Open a plan file"));
    for (typed, says) in [
        ("", "Type the path of a plan file"),
        ("/no/such/plan.ron", "No file at /no/such/plan.ron"),
        (&elsewhere.display().to_string(), "is a folder"),
        (
            &elsewhere.join("notes.md").display().to_string(),
            "Not a plan coursegrid can open",
        ),
    ] {
        retype(&mut app, typed);
        key(&mut app, KeyCode::Enter);
        let shown = screen(&app);
        assert!(shown.contains(says), "{typed}: {shown}");
        assert!(matches!(app.screen, Screen::Start(_)));
    }
    retype(&mut app, &elsewhere.join("intro.ron").display().to_string());
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.title, "Intro");
}

#[test]
fn esc_closes_a_prompt_and_then_quits() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &[]);
    let mut app = start_screen(&store, 80, 24);
    keys(&mut app, "o");
    key(&mut app, KeyCode::Esc);
    assert!(start_text(&app).prompt.is_none() && !app.should_quit);
    key(&mut app, KeyCode::Esc);
    assert!(app.should_quit);
}

#[test]
fn exports_and_other_files_in_the_data_folder_never_show_as_plans() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["intro"]);
    let plans = store.plans_dir();
    fs::write(plans.join("intro.md"), "# Intro").unwrap();
    fs::write(plans.join(".intro.ron.swp"), "x").unwrap();
    fs::copy(plans.join("intro.ron"), plans.join("intro.format1.ron")).unwrap();
    let app = start_screen(&store, 120, 30);
    let shown = screen(&app);
    assert_eq!(shown.matches("Course intro").count(), 1, "{shown}");
}

#[test]
fn deleting_a_plan_removed_meanwhile_says_so_and_lists_what_is_there() {
    let home = tempfile::tempdir().unwrap();
    let store = store_with(home.path(), &["bread", "rye"]);
    let mut app = start_screen(&store, 120, 30);
    fs::remove_file(store.plans_dir().join("bread.ron")).unwrap();
    keys(&mut app, "Dy");
    let shown = screen(&app);
    assert!(shown.contains("Not deleted"), "{shown}");
    assert!(!shown.contains("Course bread"), "{shown}");
    assert!(shown.contains("Course rye"));
}
