//! What every benchmark shares: the plans of 12, 100 and 1000 modules, the
//! terminal sizes, and an editor driven in-process as the event loop drives it.
//! Each bench file is its own crate and includes this with `mod common;`, so a
//! file may use only part of it.
#![allow(dead_code)]

use coursegrid::model::{Course, GagneEvent, Mode};
use coursegrid::tui::app::{App, Editor};
use coursegrid::tui::theme::Theme;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

/// Plan sizes: a real course, a large one, and the most `coursegrid new` allows.
pub const SIZES: [usize; 3] = [12, 100, 1000];

/// Terminal sizes: the smallest usual terminal and a large window.
pub const SCREENS: [(u16, u16); 2] = [(80, 24), (200, 50)];

/// A plan of `modules` modules in the recommended modes, with every third
/// module's practice made self-paced so that warnings and deviations appear.
pub fn plan(modules: usize) -> Course {
    let mut course = Course::with_recommended_modules("Benchmark", modules).unwrap();
    for module in course.modules_mut().iter_mut().step_by(3) {
        module
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        module.cell_mut(GagneEvent::GainAttention).activity = Some("Short humorous video".into());
    }
    course
}

/// The editor open on `course` (as if loaded from a file) in a terminal of
/// `width` x `height`, colours on.
pub fn editor_app(course: Course, width: u16, height: u16) -> App {
    let theme = Theme::new(Default::default(), true);
    App::editing(
        Editor::new(course, None, true),
        theme,
        None,
        Rect::new(0, 0, width, height),
    )
}

/// A key press with no modifier, as crossterm reports it.
pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

/// `"200x50"`: how a screen size reads in a benchmark's name.
pub fn screen_name((width, height): (u16, u16)) -> String {
    format!("{width}x{height}")
}
