//! Every card of the guided tour on the demo plan at the sizes the editor is
//! used at, pinned as whole screens (review the snapshot files in
//! tests/snapshots/ line by line, like code), and checked: each card shows
//! its title whole and says how to go on.

use coursegrid::tui::app::App;
use coursegrid::tui::tour::STEPS;
use coursegrid::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;

use common::{SCREEN_SIZES as SIZES, demo_app as demo};

fn press(app: &mut App, code: KeyCode) {
    app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn screen(app: &App) -> String {
    let size = app.size;
    let mut terminal = Terminal::new(TestBackend::new(size.width, size.height)).unwrap();
    terminal.draw(|frame| view::draw(app, frame)).unwrap();
    common::screen_text(terminal.backend().buffer())
}

/// The screens of the tour's cards, in order.
fn cards(width: u16, height: u16) -> Vec<String> {
    let mut app = demo(width, height);
    press(&mut app, KeyCode::Char('t'));
    let mut screens = Vec::new();
    for _ in STEPS {
        screens.push(screen(&app));
        press(&mut app, KeyCode::Enter);
    }
    screens
}

#[test]
fn every_card_shows_its_title_and_how_to_go_on_at_every_size() {
    for (width, height) in SIZES {
        for (i, (step, screen)) in STEPS.iter().zip(cards(width, height)).enumerate() {
            let card = format!("card {} at {width}x{height}", i + 1);
            assert!(
                screen.contains(step.title),
                "{card}: the title is cut\n{screen}"
            );
            assert!(
                screen.contains("Enter/→ next · ← back · Esc"),
                "{card}: how to go on is missing\n{screen}"
            );
            // The last words of what to try are there: nothing was cut.
            let last = step.try_this();
            let last_word = last.split_whitespace().last().unwrap();
            assert!(
                screen.contains(last_word),
                "{card}: {last:?} is cut\n{screen}"
            );
        }
    }
}

#[test]
fn the_cards_speak_of_the_plan_on_screen() {
    let screens = cards(120, 35);
    assert!(
        screens[0].contains("\"Master Baker\", 5 modules"),
        "{}",
        screens[0]
    );
    assert!(
        screens[1].contains("Selected: practice (event 6) in module 3"),
        "{}",
        screens[1]
    );
    assert!(!screens[1].contains("bake at home"), "{}", screens[1]);
    assert!(
        screens[5].contains("This plan has 3 warnings"),
        "{}",
        screens[5]
    );
    assert!(
        screens[7].contains("Here this plan and all live cross at 5.3"),
        "{}",
        screens[7]
    );
}

#[test]
fn the_tour_cards_at_every_size() {
    for (width, height) in SIZES {
        for (i, screen) in cards(width, height).into_iter().enumerate() {
            insta::assert_snapshot!(format!("tour_{width}x{height}_card_{:02}", i + 1), screen);
        }
    }
}
