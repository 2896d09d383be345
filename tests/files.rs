//! Where the editor writes files: save-as names and the exports folder.

use coursegrid::plan_file;
use coursegrid::store::Store;
use coursegrid::tui::app::Overlay;
use crossterm::event::KeyCode;

mod driver;
use driver::*;

#[test]
fn save_as_adds_ron_to_a_name_without_an_extension_so_the_plan_is_listed() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let plans = store.ensure_plans_dir().unwrap();
    let path = plans.join("bread.ron");
    saved_plan(&path, "Bread", 3);
    let mut app = open_plan(&path, &store, 100, 30);
    key(&mut app, KeyCode::Char(' '));
    keys(&mut app, "W");
    assert!(matches!(overlay(&app), Some(Overlay::Prompt(_))));
    retype(&mut app, &plans.join("bread-v2").display().to_string());
    key(&mut app, KeyCode::Enter);
    let written = plans.join("bread-v2.ron");
    assert_eq!(editor(&app).path.as_deref(), Some(written.as_path()));
    assert_eq!(plan_file::load(&written).unwrap(), editor(&app).course);
    assert!(!plans.join("bread-v2").exists());
    let listed: Vec<_> = store
        .list_plans()
        .unwrap()
        .into_iter()
        .map(|plan| plan.path)
        .collect();
    assert!(listed.contains(&written), "{listed:?}");
}

#[test]
fn save_as_keeps_an_extension_the_user_typed_and_refuses_a_folder() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let path = home.path().join("bread.ron");
    saved_plan(&path, "Bread", 3);
    let mut app = open_plan(&path, &store, 100, 30);
    keys(&mut app, "W");
    retype(&mut app, &home.path().display().to_string());
    key(&mut app, KeyCode::Enter);
    assert!(
        screen(&app).contains("That is a folder"),
        "{}",
        screen(&app)
    );
    retype(
        &mut app,
        &home.path().join("bread.plan").display().to_string(),
    );
    key(&mut app, KeyCode::Enter);
    assert!(home.path().join("bread.plan").exists());
    assert!(!home.path().join("bread.plan.ron").exists());
}

#[test]
fn save_as_names_the_file_it_will_not_replace() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let path = home.path().join("bread.ron");
    saved_plan(&path, "Bread", 3);
    saved_plan(&home.path().join("rye.ron"), "Rye", 2);
    let mut app = open_plan(&path, &store, 100, 30);
    keys(&mut app, "W");
    retype(&mut app, &home.path().join("rye").display().to_string());
    key(&mut app, KeyCode::Enter);
    let shown = screen(&app);
    assert!(
        shown.contains("rye.ron exists: choose another name"),
        "{shown}"
    );
    assert_eq!(
        plan_file::load(&home.path().join("rye.ron")).unwrap().title,
        "Rye"
    );
}

#[test]
fn exports_of_a_plan_in_the_plans_folder_go_to_the_exports_folder_never_listed() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let plans = store.ensure_plans_dir().unwrap();
    let path = plans.join("intro.ron");
    saved_plan(&path, "Intro to Data Analysis", 4);
    let mut app = open_plan(&path, &store, 100, 30);
    let exports = store.exports_dir();
    assert!(!exports.exists(), "made on demand, not before");
    // Markdown, then RON and CSV (Tab changes the format and the path follows).
    keys(&mut app, "x");
    let shown = screen(&app);
    assert!(shown.contains("exports"), "{shown}");
    key(&mut app, KeyCode::Enter);
    for tabs in 1..=2 {
        keys(&mut app, "x");
        for _ in 0..tabs {
            key(&mut app, KeyCode::Tab);
        }
        key(&mut app, KeyCode::Enter);
    }
    assert_eq!(
        files_in(&exports),
        ["intro-export.ron", "intro.csv", "intro.md"]
    );
    assert!(screen(&app).contains("exports"), "the status says where");
    assert_eq!(files_in(&plans), ["intro.ron"]);
    let listed = store.list_plans().unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    // The command line's list agrees.
    let out = coursegrid_list(home.path());
    assert_eq!(out.matches("Intro to Data Analysis").count(), 1, "{out}");
}

#[test]
fn a_plan_kept_elsewhere_exports_beside_itself() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    store.ensure_plans_dir().unwrap();
    let git = home.path().join("git");
    std::fs::create_dir(&git).unwrap();
    let path = git.join("intro.ron");
    saved_plan(&path, "Intro", 2);
    let mut app = open_plan(&path, &store, 100, 30);
    keys(&mut app, "x");
    key(&mut app, KeyCode::Enter);
    assert!(git.join("intro.md").exists());
    assert!(!store.exports_dir().exists());
}

#[test]
fn an_export_into_a_missing_folder_other_than_exports_is_refused_not_created() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let plans = store.ensure_plans_dir().unwrap();
    let path = plans.join("intro.ron");
    saved_plan(&path, "Intro", 2);
    let mut app = open_plan(&path, &store, 100, 30);
    keys(&mut app, "x");
    let typo = home.path().join("exprots").join("intro.md");
    retype(&mut app, &typo.display().to_string());
    key(&mut app, KeyCode::Enter);
    assert!(matches!(overlay(&app), Some(Overlay::Export(d)) if d.error.is_some()));
    assert!(!home.path().join("exprots").exists());
}

fn coursegrid_list(home: &std::path::Path) -> String {
    let output = assert_cmd::Command::cargo_bin("coursegrid")
        .unwrap()
        .env("COURSEGRID_HOME", home)
        .arg("list")
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A bare name typed over the offered path goes where the offered path
/// was (the plans folder), never into the folder the editor started in.
#[test]
fn save_as_a_bare_name_lands_beside_the_plans_and_a_new_plan_exports_to_exports() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    let mut app = app_with(
        coursegrid::tui::start::demo_editor(coursegrid::samples::Sample::MasterBaker),
        Some(store.clone()),
        100,
        30,
    );
    // The demo has no file yet: its export is offered in the exports folder.
    keys(&mut app, "x");
    let Some(Overlay::Export(dialog)) = overlay(&app) else {
        panic!("the export dialog");
    };
    assert!(
        dialog
            .path
            .value()
            .starts_with(&store.exports_dir().display().to_string()),
        "{}",
        dialog.path.value()
    );
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "W");
    retype(&mut app, "my plan");
    key(&mut app, KeyCode::Enter);
    let written = store.plans_dir().join("my plan.ron");
    assert_eq!(
        editor(&app).path.as_deref(),
        Some(written.as_path()),
        "{}",
        screen(&app)
    );
    assert!(written.exists());
}

/// On a fresh install the plans folder does not exist yet: the path offered
/// by save-as, taken as it is, makes it, as Ctrl-s does.
#[test]
fn save_as_with_the_offered_path_makes_the_plans_folder() {
    let home = tempfile::tempdir().unwrap();
    let store = Store::at(home.path());
    assert!(!store.plans_dir().exists());
    let mut app = app_with(
        coursegrid::tui::start::demo_editor(coursegrid::samples::Sample::MasterBaker),
        Some(store.clone()),
        100,
        30,
    );
    keys(&mut app, "W");
    key(&mut app, KeyCode::Enter);
    let written = store.plans_dir().join("master-baker.ron");
    assert_eq!(
        editor(&app).path.as_deref(),
        Some(written.as_path()),
        "{}",
        screen(&app)
    );
    assert_eq!(plan_file::load(&written).unwrap(), editor(&app).course);
}
