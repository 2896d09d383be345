//! The editor driven by random input: keys (with modifiers), pastes and
//! resizes, drawn after each one, on the demo course. Nothing panics, and no
//! control character reaches the screen.

#![no_main]

use coursegrid::samples::Sample;
use coursegrid::tui::app::App;
use coursegrid::tui::start::demo_editor;
use coursegrid::tui::theme::Theme;
use coursegrid::tui::update::update;
use coursegrid::tui::action::Action;
use coursegrid::tui::view;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use libfuzzer_sys::fuzz_target;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;

fuzz_target!(|data: &[u8]| {
    let mut app = App::editing(
        demo_editor(Sample::MasterBaker),
        Theme::new(Default::default(), true),
        None,
        Rect::new(0, 0, 100, 30),
    );
    let (mut width, mut height) = (100u16, 30u16);
    let mut bytes = data.iter().copied();
    while let Some(kind) = bytes.next() {
        let Some(value) = bytes.next() else { break };
        match kind % 8 {
            // A resize, from nothing to very large.
            0 => {
                width = u16::from(value) * 4;
                height = u16::from(bytes.next().unwrap_or(0));
                update(&mut app, Action::Resize { width, height });
                continue;
            }
            // A paste of the next few bytes as text, line breaks included.
            1 => {
                let len = usize::from(value % 16);
                let text: String = bytes.by_ref().take(len).map(char::from).collect();
                app.handle(&Event::Paste(text));
            }
            // Special keys.
            2 => {
                let code = [
                    KeyCode::Enter,
                    KeyCode::Esc,
                    KeyCode::Tab,
                    KeyCode::Backspace,
                    KeyCode::Left,
                    KeyCode::Right,
                    KeyCode::Up,
                    KeyCode::Down,
                    KeyCode::Home,
                    KeyCode::End,
                    KeyCode::PageUp,
                    KeyCode::PageDown,
                    KeyCode::F(1),
                ][usize::from(value) % 13];
                app.handle(&Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            }
            // A character with Ctrl.
            3 => app.handle(&Event::Key(KeyEvent::new(
                KeyCode::Char(char::from(b'a' + value % 26)),
                KeyModifiers::CONTROL,
            ))),
            // A printable character, the most common input.
            _ => app.handle(&Event::Key(KeyEvent::new(
                KeyCode::Char(char::from(32 + value % 95)),
                KeyModifiers::NONE,
            ))),
        }
        if app.should_quit || width == 0 || height == 0 {
            if app.should_quit {
                return;
            }
            continue;
        }
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| view::draw(&app, frame)).unwrap();
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert!(
                !cell.symbol().chars().any(char::is_control),
                "a control character on screen"
            );
        }
    }
});
