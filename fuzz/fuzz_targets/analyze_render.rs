//! Whatever plan the bytes hold: analysed, drawn by the editor and exported
//! without a panic, and nothing on the screen or in an export can drive a
//! terminal. The first two bytes choose the screen size, the rest is the plan.

#![no_main]

use std::path::Path;

use coursegrid::analysis::analyze;
use coursegrid::present::report::render_report;
use coursegrid::export::{self, ExportFormat};
use coursegrid::plan_file;
use coursegrid::tui::app::{App, Editor};
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fuzz_target!(|data: &[u8]| {
    let [width, height, plan @ ..] = data else {
        return;
    };
    let Ok(course) = plan_file::from_bytes(Path::new("fuzz.ron"), plan) else {
        return;
    };
    let tradeoffs = analyze(&course);
    render_report(&course, &tradeoffs);
    for format in ExportFormat::ALL {
        let text = export::render(format, &course);
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{format} export holds a control character"
        );
    }

    let (width, height) = (1 + u16::from(*width), 1 + u16::from(*height) % 100);
    let app = App::editing(
        Editor::new(course, None, true),
        Theme::new(Default::default(), true),
        None,
        Rect::new(0, 0, width, height),
    );
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| view::draw(&app, frame)).unwrap();
    let buffer = terminal.backend().buffer();
    for y in 0..height {
        for x in 0..width {
            let symbol = buffer[(x, y)].symbol();
            assert!(
                !symbol.chars().any(char::is_control),
                "control character {symbol:?} at {x},{y}"
            );
        }
    }
});
