//! What reaches the terminal: the bytes the editor writes, counted behind the
//! crossterm backend the real editor uses (`tui::terminal`). ratatui diffs
//! each frame against the last, so toggling a cell must rewrite that cell,
//! the panel's figures, the status line and perhaps the title, never the
//! whole screen.
//!
//! The budget is 2 KB for one Space toggle at 200x50. Run with
//! `cargo test --test terminal_bytes -- --nocapture` to see the counts.

use std::cell::Cell;
use std::io;
use std::rc::Rc;

use coursegrid::model::{Course, GagneEvent};
use coursegrid::samples::Sample;
use coursegrid::tui::app::{App, Editor};
use coursegrid::tui::backend::GapFilling;
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

/// The most bytes one Space toggle may send to a 200x50 terminal.
const TOGGLE_BUDGET: usize = 2048;
/// A toggle that makes a warning appear or go also reflows the warnings
/// below it in the panel and the departures list in the detail pane; the
/// 2 KB promise is for toggles that leave the warnings as they are.
const WARNING_TOGGLE_BUDGET: usize = 3072;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 50;

/// Counts what is written and throws it away. The count is shared, since the
/// backend owns its writer.
#[derive(Default)]
struct CountingWriter {
    bytes: Rc<Cell<usize>>,
}

impl io::Write for CountingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes.set(self.bytes.get() + buf.len());
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The editor on a plan as if just opened from its file, and a 200x50
/// terminal that counts the bytes written to it. The viewport is fixed, so no
/// real terminal is asked its size.
struct Session {
    app: App,
    terminal: Terminal<GapFilling<CrosstermBackend<CountingWriter>>>,
    written: Rc<Cell<usize>>,
}

impl Session {
    fn open(course: Course) -> Session {
        let area = Rect::new(0, 0, WIDTH, HEIGHT);
        let theme = Theme::new(Default::default(), true);
        let app = App::editing(Editor::new(course, None, true), theme, None, area);
        let writer = CountingWriter::default();
        let written = Rc::clone(&writer.bytes);
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let backend = GapFilling::new(CrosstermBackend::new(writer), area);
        let terminal = Terminal::with_options(backend, options).unwrap();
        Session {
            app,
            terminal,
            written,
        }
    }

    /// Draws a frame and returns the bytes it wrote.
    fn draw(&mut self) -> usize {
        let before = self.written.get();
        let app = &self.app;
        self.terminal.draw(|f| view::draw(app, f)).unwrap();
        self.written.get() - before
    }

    /// Presses `code`, draws the frame that follows, and returns its bytes.
    fn press(&mut self, code: KeyCode) -> usize {
        self.app
            .handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
        self.draw()
    }

    fn warnings(&self) -> usize {
        self.app.editor().unwrap().tradeoffs.warnings.len()
    }
}

/// One Space toggle on a plan just opened.
struct Toggle {
    module: usize,
    event: GagneEvent,
    bytes: usize,
    /// The toggle added or removed a warning, so the warnings below it in
    /// the panel moved up or down a few rows and were written again.
    warnings_moved: bool,
}

/// Toggles, one at a time and each on the plan as opened, every cell of the
/// first `modules` modules (the ones on screen), after the first frame.
/// Returns the first frame's bytes and every toggle.
fn toggle_each_cell(course: &Course, modules: usize) -> (usize, Vec<Toggle>) {
    let mut first_frame = 0;
    let mut toggles = Vec::new();
    for module in 0..modules {
        for event in GagneEvent::ALL {
            let mut session = Session::open(course.clone());
            let editor = session.app.editor_mut().unwrap();
            editor.cursor.module = module;
            editor.cursor.event = event;
            first_frame = session.draw();
            let warnings = session.warnings();
            let bytes = session.press(KeyCode::Char(' '));
            toggles.push(Toggle {
                module,
                event,
                bytes,
                warnings_moved: session.warnings() != warnings,
            });
        }
    }
    (first_frame, toggles)
}

/// Prints the figures the README's Performance section quotes.
fn report(name: &str, first_frame: usize, toggles: &[Toggle]) {
    let describe = |toggles: Vec<&Toggle>| {
        let mut bytes: Vec<usize> = toggles.iter().map(|t| t.bytes).collect();
        bytes.sort_unstable();
        match bytes.as_slice() {
            [] => "none".to_owned(),
            b => format!(
                "{} toggles, median {} bytes, max {} bytes",
                b.len(),
                b[b.len() / 2],
                b[b.len() - 1]
            ),
        }
    };
    let (moved, kept): (Vec<&Toggle>, Vec<&Toggle>) =
        toggles.iter().partition(|t| t.warnings_moved);
    println!("{name} at {WIDTH}x{HEIGHT}: first full frame {first_frame} bytes");
    println!(
        "  Space toggles, warnings list unchanged: {}",
        describe(kept)
    );
    println!(
        "  Space toggles adding or removing a warning: {}",
        describe(moved)
    );
}

fn assert_under_budget<'a>(name: &str, toggles: impl IntoIterator<Item = &'a Toggle>) {
    assert_under(name, toggles, TOGGLE_BUDGET);
}

fn assert_under<'a>(name: &str, toggles: impl IntoIterator<Item = &'a Toggle>, budget: usize) {
    for toggle in toggles {
        assert!(toggle.bytes > 0, "{name}: a toggle must redraw its cell");
        assert!(
            toggle.bytes < budget,
            "{name}: Space on module {} event {} wrote {} bytes at {WIDTH}x{HEIGHT}; \
             the budget is {budget}",
            toggle.module + 1,
            toggle.event.number(),
            toggle.bytes
        );
    }
}

#[test]
fn a_toggle_on_the_demo_course_writes_under_2_kb_at_200x50() {
    let course = Sample::MasterBaker.course();
    let (first_frame, toggles) = toggle_each_cell(&course, course.modules().len());
    report("Master Baker demo", first_frame, &toggles);
    assert_under_budget(
        "Master Baker demo",
        toggles.iter().filter(|t| !t.warnings_moved),
    );
    assert!(
        toggles.iter().any(|t| !t.warnings_moved),
        "some toggle must leave the warnings list as it is"
    );
}

#[test]
fn a_toggle_on_a_100_module_plan_writes_under_2_kb_at_200x50() {
    let course = Course::with_recommended_modules("Big", 100).unwrap();
    // The first twelve modules fill the grid at 200x50.
    let (first_frame, toggles) = toggle_each_cell(&course, 12);
    report("100-module plan", first_frame, &toggles);
    assert_under_budget("100-module plan", &toggles);
}

#[test]
fn a_toggle_that_adds_or_removes_a_warning_writes_under_3_kb_at_200x50() {
    for sample in [Sample::MasterBaker, Sample::MasterChef] {
        let course = sample.course();
        let (first_frame, toggles) = toggle_each_cell(&course, course.modules().len());
        let name = format!("{sample:?}");
        report(&name, first_frame, &toggles);
        let (moved, kept): (Vec<&Toggle>, Vec<&Toggle>) =
            toggles.iter().partition(|t| t.warnings_moved);
        assert!(!moved.is_empty(), "{name}: some toggle must move a warning");
        assert_under_budget(&name, kept);
        assert_under(&name, moved, WARNING_TOGGLE_BUDGET);
    }
}

#[test]
fn a_frame_with_nothing_changed_writes_next_to_nothing() {
    let mut session = Session::open(Sample::MasterBaker.course());
    session.draw();
    let idle = session.draw();
    println!("an unchanged frame at {WIDTH}x{HEIGHT}: {idle} bytes");
    // Only the sequences that reset the style and hide the cursor, no cell.
    assert!(idle < 32, "an unchanged frame wrote {idle} bytes");
}

/// Keeps what is written, for a terminal emulator to read.
#[derive(Clone, Default)]
struct Recorder(Rc<std::cell::RefCell<Vec<u8>>>);

impl io::Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The gap-filling backend reprints cells instead of moving the cursor: a
/// terminal emulator fed its bytes must show exactly what ratatui drew, frame
/// after frame, through toggles, moves, undo and overlays.
#[test]
fn gap_filling_shows_exactly_what_ratatui_drew() {
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    let keys = [
        KeyCode::Char(' '),
        KeyCode::Char(' '),
        KeyCode::Right,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Up,
        KeyCode::Char('+'),
        KeyCode::Char('-'),
        KeyCode::Char('u'),
        KeyCode::Char('p'),
        KeyCode::Char('?'),
        KeyCode::Esc,
        KeyCode::Char('b'),
        KeyCode::End,
        KeyCode::Home,
    ];
    for (course, mut seed) in [
        (Sample::MasterBaker.course(), 7u64),
        (Course::with_recommended_modules("Big", 100).unwrap(), 42),
    ] {
        let theme = Theme::new(Default::default(), true);
        let mut app = App::editing(Editor::new(course, None, true), theme, None, area);
        let recorder = Recorder::default();
        let backend = GapFilling::new(CrosstermBackend::new(recorder.clone()), area);
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut terminal = Terminal::with_options(backend, options).unwrap();
        let mut expected =
            Terminal::new(ratatui::backend::TestBackend::new(WIDTH, HEIGHT)).unwrap();
        let size = |n| std::num::NonZeroU16::new(n).unwrap();
        let mut emulator = vt100::Parser::new(size(HEIGHT), size(WIDTH), 0);
        for step in 0..150 {
            if step > 0 {
                // xorshift: a fixed, varied sequence of keys.
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let code = keys[(seed % keys.len() as u64) as usize];
                app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            }
            recorder.0.borrow_mut().clear();
            terminal.draw(|f| view::draw(&app, f)).unwrap();
            expected.draw(|f| view::draw(&app, f)).unwrap();
            emulator.process(&recorder.0.borrow());
            let want = expected.backend().buffer();
            for y in 0..HEIGHT {
                for x in 0..WIDTH {
                    let symbol = want[(x, y)].symbol();
                    if symbol.is_empty() {
                        continue; // the second half of a wide character
                    }
                    let shown = emulator.screen().cell(y, x).unwrap().contents().to_owned();
                    let shown = if shown.is_empty() {
                        " ".to_owned()
                    } else {
                        shown
                    };
                    assert_eq!(shown, symbol, "step {step}, cell {x},{y}");
                }
            }
        }
    }
}
