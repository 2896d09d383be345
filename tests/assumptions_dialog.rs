//! The assumptions dialog (`A`): its sections, typed values that replace
//! the old one, and its screens.

use coursegrid::model::{ActivityKind, Assumption, KindField, MoneyField, Setting};
use coursegrid::samples::Sample;
use coursegrid::tui::app::{App, Overlay};
use coursegrid::tui::start::demo_editor;
use crossterm::event::KeyCode;

mod driver;
use driver::*;

fn demo(width: u16, height: u16) -> App {
    app_with(demo_editor(Sample::MasterBaker), None, width, height)
}

fn learners(app: &App) -> f64 {
    editor(app)
        .course
        .assumptions
        .value(Setting::Plain(Assumption::LearnersPerCohort))
}

fn dialog(app: &App) -> String {
    dialog_box(&screen(app), "Assumptions")
}

#[test]
fn typing_after_enter_replaces_the_value_instead_of_appending() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    assert_eq!(learners(&app), 24.0);
    key(&mut app, KeyCode::Enter);
    assert!(dialog(&app).contains("24▏"), "{}", dialog(&app));
    keys(&mut app, "60");
    key(&mut app, KeyCode::Enter);
    assert_eq!(learners(&app), 60.0, "not 2460");
}

#[test]
fn a_digit_on_a_row_starts_typing_its_new_value() {
    let mut app = demo(120, 35);
    keys(&mut app, "A35");
    assert!(dialog(&app).contains("35▏"), "{}", dialog(&app));
    key(&mut app, KeyCode::Enter);
    assert_eq!(learners(&app), 35.0);
}

#[test]
fn backspace_edits_the_value_rather_than_replacing_it() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "5");
    key(&mut app, KeyCode::Enter);
    assert_eq!(learners(&app), 25.0);
}

#[test]
fn esc_while_typing_keeps_the_old_value_and_the_dialog() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "99");
    key(&mut app, KeyCode::Esc);
    assert_eq!(learners(&app), 24.0);
    assert!(matches!(overlay(&app), Some(Overlay::Form(form)) if form.typing.is_none()));
}

#[test]
fn tab_and_shift_tab_move_between_the_cohort_and_kinds_sections() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    let shown = dialog(&app);
    assert!(
        shown.contains("Tab/Shift-Tab section"),
        "the keys are shown: {shown}"
    );
    assert!(shown.contains("Tutor group size"));
    assert!(
        !shown.contains("Video: build h/hour"),
        "one section at a time"
    );
    key(&mut app, KeyCode::Tab);
    let shown = dialog(&app);
    assert!(shown.contains("Build-ratio preset"), "{shown}");
    assert!(!shown.contains("Tutor group size"));
    // ↓ then → changes the first kind setting under the preset.
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Right);
    let session = editor(&app).course.assumptions.value(Setting::Kind(
        ActivityKind::Session,
        KindField::BuildHoursPerHour,
    ));
    assert_eq!(session, 11.0);
    shift_tab(&mut app);
    assert!(dialog(&app).contains("Learners per cohort"));
    // Wrapping: Shift-Tab from the first section shows the last.
    shift_tab(&mut app);
    assert!(dialog(&app).contains("Instructor rate"));
}

#[test]
fn the_preset_and_its_arrows_stay_on_one_line_at_every_width() {
    for (width, height) in [(60, 20), (80, 24), (120, 35), (200, 50)] {
        let mut app = demo(width, height);
        keys(&mut app, "A");
        key(&mut app, KeyCode::Tab);
        // Every preset, the longest name ("high production") included.
        for _ in 0..5 {
            let shown = dialog(&app);
            let line = shown
                .lines()
                .find(|line| line.contains("◀"))
                .unwrap_or_else(|| panic!("{width}x{height}:\n{shown}"));
            assert!(
                line.contains('◀') && line.contains('▶'),
                "{width}x{height}: {line}\n{shown}"
            );
            key(&mut app, KeyCode::Right);
        }
    }
}

/// The dialog, pinned: review the snapshot files like code.
#[test]
fn the_dialog_at_80x24_and_200x50() {
    let mut app = demo(80, 24);
    keys(&mut app, "A");
    insta::assert_snapshot!("cohort_80x24", dialog(&app));
    key(&mut app, KeyCode::Enter);
    insta::assert_snapshot!("cohort_typing_80x24", dialog(&app));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("kinds_80x24", dialog(&app));
    let mut app = demo(200, 50);
    keys(&mut app, "A");
    insta::assert_snapshot!("cohort_200x50", dialog(&app));
    key(&mut app, KeyCode::Tab);
    insta::assert_snapshot!("kinds_200x50", dialog(&app));
}

fn currency(app: &App) -> String {
    editor(app)
        .course
        .assumptions
        .money()
        .currency
        .as_str()
        .to_owned()
}

fn given(app: &App, field: MoneyField) -> Option<f64> {
    editor(app).course.assumptions.money().given(field)
}

/// The dialog open on its Money section (the last: Shift-Tab wraps to it).
fn money_section(width: u16, height: u16) -> App {
    let mut app = demo(width, height);
    keys(&mut app, "A");
    shift_tab(&mut app);
    app
}

#[test]
fn the_currency_is_typed_as_text_and_shown_quoted_with_its_trailing_space() {
    let mut app = money_section(120, 35);
    assert_eq!(currency(&app), "$");
    assert!(dialog(&app).contains("\"$\""), "{}", dialog(&app));
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "CHF ");
    key(&mut app, KeyCode::Enter);
    assert_eq!(currency(&app), "CHF ");
    assert!(dialog(&app).contains("\"CHF \""), "{}", dialog(&app));
    assert!(
        dialog(&app).contains("CHF 60"),
        "amounts follow: {}",
        dialog(&app)
    );
    // Any character starts typing a new one.
    keys(&mut app, "€");
    key(&mut app, KeyCode::Enter);
    assert_eq!(currency(&app), "€");
    // u undoes on the other rows (on this one it is a letter)
    key(&mut app, KeyCode::Down);
    keys(&mut app, "u");
    assert_eq!(currency(&app), "CHF ");
}

#[test]
fn a_currency_starting_with_a_key_of_the_form_is_text_not_commands() {
    // A closes the form and D deletes a module elsewhere: on the currency row,
    // "AUD" is three letters of a currency, and the plan keeps its modules.
    let mut app = money_section(120, 35);
    let modules = editor(&app).course.modules().len();
    keys(&mut app, "AUD ");
    key(&mut app, KeyCode::Enter);
    assert_eq!(currency(&app), "AUD ");
    assert_eq!(editor(&app).course.modules().len(), modules);
    assert!(
        matches!(overlay(&app), Some(Overlay::Form(_))),
        "the form stays open"
    );
    keys(&mut app, "kr");
    key(&mut app, KeyCode::Enter);
    assert_eq!(currency(&app), "kr");
}

#[test]
fn a_currency_of_nine_characters_is_refused_with_the_reason() {
    let mut app = money_section(120, 35);
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "Swiss Fr.");
    key(&mut app, KeyCode::Enter);
    assert_eq!(currency(&app), "$", "unchanged");
    let shown = dialog(&app);
    assert!(
        shown.contains("Currency must be at most 8 characters"),
        "{shown}"
    );
    assert!(
        matches!(overlay(&app), Some(Overlay::Form(form)) if form.typing.is_some()),
        "still typing, to shorten it"
    );
    key(&mut app, KeyCode::Esc);
    assert_eq!(currency(&app), "$");
}

#[test]
fn an_instructor_rate_is_typed_cleared_to_not_set_and_undone() {
    let mut app = money_section(120, 35);
    key(&mut app, KeyCode::Down);
    keys(&mut app, "75");
    key(&mut app, KeyCode::Enter);
    assert_eq!(given(&app, MoneyField::InstructorRate), Some(75.0));
    assert!(editor(&app).tradeoffs.money.is_some());
    keys(&mut app, "x");
    assert_eq!(given(&app, MoneyField::InstructorRate), None);
    assert!(editor(&app).tradeoffs.money.is_none(), "no rate, no money");
    let shown = dialog(&app);
    assert!(shown.contains("not set"), "{shown}");
    // The panel drops the money at once: no rows of figures that are gone.
    let whole = screen(&app);
    assert!(
        !whole.contains("not shown") && !whole.contains("Cost/cohort"),
        "{whole}"
    );
    keys(&mut app, "u");
    assert_eq!(given(&app, MoneyField::InstructorRate), Some(75.0));
    keys(&mut app, "u");
    assert_eq!(given(&app, MoneyField::InstructorRate), Some(60.0));
}

#[test]
fn a_rate_left_out_follows_the_instructor_and_adjusts_from_there() {
    let mut app = money_section(120, 35);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Delete);
    assert_eq!(given(&app, MoneyField::CohostRate), None);
    assert!(
        dialog(&app).contains("= instructor ($60)"),
        "{}",
        dialog(&app)
    );
    key(&mut app, KeyCode::Right);
    assert_eq!(
        given(&app, MoneyField::CohostRate),
        Some(65.0),
        "from 60, not 0"
    );
}

#[test]
fn clearing_a_value_that_cannot_be_left_out_says_so() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    key(&mut app, KeyCode::Backspace);
    assert_eq!(learners(&app), 24.0);
    assert!(
        dialog(&app).contains("Learners per cohort always has a value"),
        "{}",
        dialog(&app)
    );
}

/// The Money section, pinned: review the snapshot files like code.
#[test]
fn the_money_section_at_80x24_and_200x50() {
    let mut app = money_section(80, 24);
    insta::assert_snapshot!("money_80x24", dialog(&app));
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "CHF ");
    insta::assert_snapshot!("money_typing_currency_80x24", dialog(&app));
    key(&mut app, KeyCode::Enter);
    // Every value left out: what applies instead.
    for _ in 0..5 {
        key(&mut app, KeyCode::Down);
        keys(&mut app, "x");
    }
    insta::assert_snapshot!("money_not_set_80x24", dialog(&app));
    let mut app = money_section(200, 50);
    key(&mut app, KeyCode::Down);
    insta::assert_snapshot!("money_200x50", dialog(&app));
    key(&mut app, KeyCode::Down);
    keys(&mut app, "x");
    insta::assert_snapshot!("money_cohost_not_set_200x50", dialog(&app));
}

#[test]
fn the_completion_rows_read_as_shares_and_percent() {
    let mut app = demo(120, 35);
    keys(&mut app, "A");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    let shown = dialog(&app);
    assert!(shown.contains("0.45 (45%)"), "{shown}");
    assert!(shown.contains("typed from 0 to 1"), "{shown}");
}

/// At 60x20 the four section tabs do not fit beside the panel: the shown
/// one stands alone with its place ("◀ Money ▶ 4/4"), and what a row means
/// ends with "…" where the box cuts it.
#[test]
fn at_60x20_the_section_says_where_it_is_and_a_cut_explanation_says_so() {
    let mut app = demo(60, 20);
    keys(&mut app, "A");
    for _ in 0..3 {
        key(&mut app, KeyCode::Tab);
    }
    let shown = dialog(&app);
    assert!(shown.contains("◀ Money ▶  4/4"), "{shown}");
    assert!(shown.contains('…'), "{shown}");
}
