//! Fast entry in the editor, driven as a user would: typed minutes, fill
//! across a row or module, copy and paste a cell, duplicate a module, and
//! the what-if line and scrolling panel that go with them.

use coursegrid::analysis::analyze;
use coursegrid::model::{ActivityKind, GagneEvent, Mode};
use coursegrid::samples::Sample;
use coursegrid::tui::app::App;
use coursegrid::tui::start::demo_editor;
use crossterm::event::KeyCode;

mod driver;
use driver::{app_with, editor, key, keys, overlay, screen};

fn demo(width: u16, height: u16) -> App {
    app_with(demo_editor(Sample::MasterBaker), None, width, height)
}

fn minutes(app: &App, module: usize, event: GagneEvent) -> u16 {
    editor(app).course.modules()[module]
        .cell(event)
        .minutes
        .get()
}

#[test]
fn typed_digits_set_the_minutes_and_enter_reaches_nothing_else() {
    let mut app = demo(100, 30);
    // Gain attention in module 1: 5 minutes.
    keys(&mut app, "45");
    assert!(screen(&app).contains("Minutes (0 to 600)"));
    key(&mut app, KeyCode::Enter);
    assert!(overlay(&app).is_none());
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 45);
    assert!(screen(&app).contains("45 min"), "{}", screen(&app));
    // One undo takes the whole number back.
    keys(&mut app, "u");
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 5);
    // Esc cancels; 0 still goes to the first module.
    keys(&mut app, "12");
    key(&mut app, KeyCode::Esc);
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 5);
    key(&mut app, KeyCode::Right);
    keys(&mut app, "0");
    assert_eq!(editor(&app).cursor.module, 0);
}

#[test]
fn typed_minutes_past_ten_hours_are_refused_with_the_range() {
    let mut app = demo(100, 30);
    keys(&mut app, "999");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("not minutes"), "{text}");
    assert!(text.contains("0 to 600"), "{text}");
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 5);
    // Still in the field: fix it and Enter.
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Enter);
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 9);
}

#[test]
fn fill_copies_minutes_across_the_row_into_planned_cells_only() {
    let mut app = demo(100, 30);
    // Event 4 (content) in module 1: 30 min; module 5 has no content cell.
    for _ in 0..3 {
        key(&mut app, KeyCode::Down);
    }
    keys(&mut app, "60");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "f");
    assert!(screen(&app).contains("Fill from this cell"));
    keys(&mut app, "m");
    let row: Vec<u16> = (0..5)
        .map(|m| minutes(&app, m, GagneEvent::PresentContent))
        .collect();
    assert_eq!(row, [60, 60, 60, 60, 0]);
    assert!(
        screen(&app).contains("3 planned cells changed"),
        "{}",
        screen(&app)
    );
    // One undo takes the whole fill back.
    keys(&mut app, "u");
    assert_eq!(minutes(&app, 1, GagneEvent::PresentContent), 25);
}

#[test]
fn a_kind_fills_its_own_mode_only() {
    let mut app = demo(100, 30);
    // Module 3, event 1 (a self-paced video): fill the kind across module 3.
    keys(&mut app, "ll");
    keys(&mut app, "fK");
    let module = &editor(&app).course.modules()[2];
    assert_eq!(
        module.cell(GagneEvent::StimulateRecall).kind,
        ActivityKind::Video
    );
    assert_eq!(module.cell(GagneEvent::ProvideGuidance).mode(), Mode::Live);
}

#[test]
fn a_cell_copies_and_pastes_and_a_module_duplicates() {
    let mut app = demo(100, 30);
    // Module 3, event 5: a live session of 45 min with an activity.
    keys(&mut app, "ll");
    for _ in 0..4 {
        key(&mut app, KeyCode::Down);
    }
    let copied = editor(&app).course.modules()[2]
        .cell(GagneEvent::ProvideGuidance)
        .clone();
    keys(&mut app, "y");
    key(&mut app, KeyCode::Left);
    keys(&mut app, "P");
    assert_eq!(
        editor(&app).course.modules()[1].cell(GagneEvent::ProvideGuidance),
        &copied
    );
    keys(&mut app, "Y");
    let course = &editor(&app).course;
    assert_eq!(course.modules().len(), 6);
    assert_eq!(course.modules()[2].title, "Bulk sourcing practices (copy)");
    assert_eq!(editor(&app).cursor.module, 2);
    assert!(screen(&app).contains("as module 3"), "{}", screen(&app));
}

#[test]
fn adding_a_module_names_the_position_the_screen_shows() {
    let mut app = demo(100, 30);
    keys(&mut app, "$a");
    key(&mut app, KeyCode::Enter);
    let text = screen(&app);
    assert!(text.contains("Added module 6"), "{text}");
    assert!(text.contains("Module 6/6"), "{text}");
}

#[test]
fn the_what_if_line_tells_what_space_then_does() {
    let mut app = demo(120, 35);
    // Module 3, event 6: live practice (a workshop, 90 min).
    keys(&mut app, "ll");
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
    }
    let before = analyze(&editor(&app).course);
    let text = screen(&app);
    let line = text
        .lines()
        .find(|l| l.contains("Space →"))
        .expect("a what-if line")
        .to_owned();
    keys(&mut app, " ");
    let after = &editor(&app).tradeoffs;
    // The change between the figures as the panel shows them, to a tenth.
    let tenths = |x: f64| (x * 10.0).round();
    let change = (tenths(after.hours.build_hours) - tenths(before.hours.build_hours)) / 10.0;
    let sign = if change < 0.0 { "-" } else { "+" };
    assert!(
        line.contains(&format!("build {sign}{:.1} h", change.abs())),
        "{line} vs {change}"
    );
}

#[test]
fn the_panel_scrolls_to_every_warning_and_says_there_is_more() {
    let mut app = demo(80, 24);
    let text = screen(&app);
    assert!(text.contains("▼"), "{text}");
    assert!(!text.contains("move the rest to self-paced"));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::End);
    let text = screen(&app);
    assert!(text.contains("move the rest to self-paced."), "{text}");
    assert!(text.contains("▲"), "{text}");
    // Tab gives the arrows back to the grid.
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Down);
    assert_eq!(editor(&app).cursor.event, GagneEvent::InformObjectives);
}

#[test]
fn an_activity_left_from_the_other_mode_is_kept_and_marked() {
    let mut app = demo(200, 50);
    // Module 1, event 1: "Short humorous video: the flour aisle", self-paced.
    assert!(!screen(&app).contains("written for the other mode"));
    keys(&mut app, " ");
    let cell = editor(&app).course.modules()[0].cell(GagneEvent::GainAttention);
    assert_eq!(cell.mode(), Mode::Live);
    assert!(cell.activity.as_deref().unwrap().contains("video"));
    let text = screen(&app);
    assert!(
        text.contains("the flour aisle (written for the other mode?)"),
        "{text}"
    );
    // In the wide grid, the cell's activity starts with "?".
    assert!(text.contains("?Short humor"), "{text}");
}

#[test]
fn a_new_module_s_offered_title_is_replaced_by_typing() {
    let mut app = demo(100, 30);
    keys(&mut app, "a");
    assert!(screen(&app).contains("Module 2"), "{}", screen(&app));
    keys(&mut app, "Proofing");
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.modules()[1].title, "Proofing");
}

#[test]
fn space_still_toggles_the_cell_while_the_panel_has_the_keys() {
    let mut app = demo(80, 24);
    key(&mut app, KeyCode::Tab);
    keys(&mut app, " ");
    let cell = editor(&app).course.modules()[0].cell(GagneEvent::GainAttention);
    assert_eq!(cell.mode(), Mode::Live);
}

#[test]
fn the_minutes_field_takes_digits_only() {
    let mut app = demo(100, 30);
    keys(&mut app, "5x");
    let text = screen(&app);
    assert!(text.contains("digits only"), "{text}");
    keys(&mut app, "0");
    key(&mut app, KeyCode::Enter);
    assert_eq!(minutes(&app, 0, GagneEvent::GainAttention), 50);
}

#[test]
fn w_sets_the_modules_weeks_and_refuses_what_is_no_week() {
    let mut app = demo(120, 35);
    key(&mut app, KeyCode::Char('w'));
    // The offered 1 is replaced by what is typed.
    for c in "53".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    key(&mut app, KeyCode::Enter);
    assert!(screen(&app).contains("not weeks: type a whole number from 1 to 52"));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(editor(&app).course.modules()[0].weeks.get(), 3);
    assert!(screen(&app).contains("Module 1 runs 3 weeks"));
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(editor(&app).course.modules()[0].weeks.get(), 1);
}
