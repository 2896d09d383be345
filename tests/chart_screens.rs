//! The two charts (`c`, then `c` again) on the demo plan at the sizes the
//! editor is used at, pinned as whole screens: review the snapshot files in
//! tests/snapshots/ line by line, like code.

use coursegrid::tui::app::App;
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

mod common;

use common::{SCREEN_SIZES as SIZES, demo_app as demo};

fn press(app: &mut App, c: char) {
    app.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )));
}

fn screen(app: &App) -> String {
    let size = app.size;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    common::screen_text(terminal.backend().buffer())
}

#[test]
fn the_cost_chart_at_every_size() {
    for (width, height) in SIZES {
        let mut app = demo(width, height);
        press(&mut app, 'c');
        insta::assert_snapshot!(format!("cost_chart_{width}x{height}"), screen(&app));
    }
}

#[test]
fn the_cohort_size_chart_at_every_size() {
    for (width, height) in SIZES {
        let mut app = demo(width, height);
        press(&mut app, 'c');
        press(&mut app, 'c');
        insta::assert_snapshot!(format!("learners_chart_{width}x{height}"), screen(&app));
    }
}

fn app_for(course: coursegrid::model::Course, width: u16, height: u16) -> App {
    let theme = Theme::new(Default::default(), true);
    let editor = coursegrid::tui::app::Editor::new(course, None, false);
    App::editing(editor, theme, None, Rect::new(0, 0, width, height))
}

/// One module whose only cell is a long self-paced video. Its "all
/// self-paced" twin is the plan itself, and all live (a live session
/// instead) stays cheaper for more than 12 cohorts.
fn lectures() -> coursegrid::model::Course {
    use coursegrid::model::{ActivityKind, Assumptions, Cell, Course, GagneEvent, Minutes, Module};
    let mut module = Module::new("Lecture");
    *module.cell_mut(GagneEvent::PresentContent) =
        Cell::new(ActivityKind::Video, Minutes::new(120).unwrap());
    Course::new("Lectures", Assumptions::default(), vec![module]).unwrap()
}

#[test]
fn this_plan_is_drawn_on_top_of_the_other_lines() {
    let mut app = app_for(lectures(), 120, 35);
    press(&mut app, 'c');
    press(&mut app, 'c');
    let screen = screen(&app);
    // Both lines lie along the bottom; the legend's own ▄ is the only one
    // left: the plot shows this plan's ⣀ over all self-paced.
    assert_eq!(screen.matches('▄').count(), 1, "{screen}");
    assert!(screen.contains('⣀'), "{screen}");
}

#[test]
fn the_chart_says_so_when_no_lines_cross() {
    let course = lectures();
    let t = coursegrid::analysis::analyze(&course);
    let crossings = coursegrid::present::charts::cost_chart(&t, 12).crossings;
    assert!(
        crossings.is_empty(),
        "the test plan's lines cross: {crossings:?}"
    );
    let mut app = app_for(course, 120, 35);
    press(&mut app, 'c');
    let screen = screen(&app);
    assert!(
        screen.contains("No two lines cross within 12 cohorts."),
        "{screen}"
    );
    assert!(!screen.contains("where lines cross"), "{screen}");
    assert!(!screen.contains("█ crossing"), "{screen}");
}

/// The cumulative chart in money (`M`), pinned at the sizes it is used at.
#[test]
fn the_cost_chart_in_money_at_80x24_and_200x50() {
    for (width, height) in [(80, 24), (200, 50)] {
        let mut app = demo(width, height);
        press(&mut app, 'M');
        insta::assert_snapshot!(format!("money_chart_{width}x{height}"), screen(&app));
    }
}

#[test]
fn m_switches_the_cumulative_chart_between_cost_and_hours() {
    let mut app = demo(200, 50);
    press(&mut app, 'c');
    assert!(screen(&app).contains("Cumulative staff hours · M: cost"));
    press(&mut app, 'M');
    let shown = screen(&app);
    assert!(shown.contains("Cumulative cost ($) · M: hours"), "{shown}");
    assert!(shown.contains("$20,000"), "money ticks: {shown}");
    assert!(shown.contains("Cost break-even"), "{shown}");
    assert!(!shown.contains("Cumulative staff hours"), "{shown}");
    assert!(
        !shown.contains("│staff hours"),
        "the y axis is cost: {shown}"
    );
    // The learners chart and back: the cumulative chart stays in money.
    press(&mut app, 'c');
    press(&mut app, 'c');
    press(&mut app, 'c');
    assert!(screen(&app).contains("Cumulative cost ($)"));
    press(&mut app, 'M');
    assert!(screen(&app).contains("Cumulative staff hours"));
}

#[test]
fn m_without_an_instructor_rate_says_what_to_set() {
    let mut app = app_for(lectures(), 120, 35);
    press(&mut app, 'M');
    let shown = screen(&app);
    assert!(
        shown
            .contains("No cost to chart: set an instructor rate first (A, then the Money section)"),
        "{shown}"
    );
    assert!(!shown.contains("Cumulative"), "still the grid: {shown}");
    assert!(!shown.contains("M: cost"), "{shown}");
}
