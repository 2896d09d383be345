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
