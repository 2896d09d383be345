//! The editor's screen at every size it promises, from 60x20 to 300x100:
//! the grid with its two-line titles, the detail pane, the what-if line
//! and the panel, scrolled to its last warning. Each snapshot was read
//! line by line when accepted.

use coursegrid::samples::Sample;
use coursegrid::tui::app::App;
use coursegrid::tui::start::demo_editor;
use crossterm::event::KeyCode;

mod driver;
use driver::{app_with, key, keys, screen};

/// The demo on module 3, event 6 (practice at home): a cell with a kind,
/// an activity and a departure nearby.
fn demo_on_practice(width: u16, height: u16) -> App {
    let mut app = app_with(demo_editor(Sample::MasterBaker), None, width, height);
    keys(&mut app, "ll");
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    app
}

#[test]
fn the_editor_at_every_size() {
    for (width, height) in [(60, 20), (80, 24), (120, 35), (200, 50), (300, 100)] {
        let app = demo_on_practice(width, height);
        insta::assert_snapshot!(format!("editor_{width}x{height}"), screen(&app));
    }
}

#[test]
fn the_panel_scrolled_to_its_last_warning() {
    for (width, height) in [(60, 20), (80, 24)] {
        let mut app = demo_on_practice(width, height);
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::End);
        insta::assert_snapshot!(format!("panel_scrolled_{width}x{height}"), screen(&app));
    }
}

/// The row under the grid: a learner's hours a week in each module, and a
/// module past the week's limit (5 h) marked. Module 3 asks 280 minutes,
/// 4.7 h; typed up to 600 minutes of practice (+510) it asks 790 minutes,
/// 13.2 h in its one week; with 3 weeks (`w`), 4.4 h.
#[test]
fn the_week_row_follows_minutes_and_weeks_and_marks_a_week_past_the_limit() {
    let row = |app: &App| {
        screen(app)
            .lines()
            .find(|line| line.contains("Learner h/wk"))
            .expect("the week row at 80x24")
            .to_owned()
    };
    let mut app = demo_on_practice(80, 24);
    assert!(
        row(&app).contains("1.3    1.0    4.7    4.7  "),
        "{}",
        row(&app)
    );
    keys(&mut app, "600");
    key(&mut app, KeyCode::Enter);
    assert!(row(&app).contains("1.0   13.2!"), "{}", row(&app));
    keys(&mut app, "w3");
    key(&mut app, KeyCode::Enter);
    assert!(row(&app).contains("1.0    4.4 "), "{}", row(&app));
}

/// Typing a module's weeks on a screen with a pane: the prompt opens under
/// the grid, so the week row it changes stays in sight; at 80x24, with no
/// room under the grid, over the middle of the screen.
#[test]
fn the_weeks_prompt_leaves_the_grid_in_sight_when_there_is_room() {
    let mut app = demo_on_practice(120, 35);
    keys(&mut app, "w");
    let shown = screen(&app);
    let row_of = |text: &str| shown.lines().position(|line| line.contains(text));
    let (week_row, prompt) = (row_of("Learner h/wk"), row_of("Weeks the module runs"));
    assert!(week_row.is_some(), "{shown}");
    assert!(prompt > week_row, "{shown}");
    keys(&mut app, "3");
    key(&mut app, KeyCode::Enter);
    // 280 minutes over 3 weeks: 1.6 h a week.
    let shown = screen(&app);
    let row = shown.lines().find(|line| line.contains("Learner h/wk"));
    assert!(row.is_some_and(|row| row.contains(" 1.6 ")), "{shown}");
}
