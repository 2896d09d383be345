//! One whole keystroke, as the event loop handles it: the key event through
//! the keymap and the update (for Space: the undo snapshot, the edit and
//! `analyze`), then the frame drawn and diffed. On plans of 12, 100 and 1000
//! modules at 80x24 and 200x50.
//!
//! Space toggles the cell under the cursor, so the cell alternates between
//! live and self-paced from one iteration to the next and the plan does not
//! drift. Every toggle records an undo snapshot; the history keeps the last
//! 500, so after the first 500 iterations each toggle also drops the oldest.

mod common;

use std::io;

use coursegrid::tui::app::App;
use coursegrid::tui::view;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use crossterm::event::{Event, KeyCode};
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use common::{SCREENS, SIZES, editor_app, key, plan, screen_name};

/// Handles `event` and draws the frame that follows, as one turn of the event loop.
fn turn<B: Backend>(app: &mut App, terminal: &mut Terminal<B>, event: &Event) {
    app.handle(event);
    terminal.draw(|f| view::draw(app, f)).unwrap();
}

/// Space on the selected cell: an edit, so analyze runs and the panel changes.
fn toggle(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke");
    let space = key(KeyCode::Char(' '));
    for screen @ (width, height) in SCREENS {
        for size in SIZES {
            let mut app = editor_app(plan(size), width, height);
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            terminal.draw(|f| view::draw(&app, f)).unwrap();
            let name = format!("space/{}", screen_name(screen));
            group.bench_function(BenchmarkId::new(name, size), |b| {
                b.iter(|| turn(&mut app, &mut terminal, &space))
            });
        }
    }
    group.finish();
}

/// A cursor move (right, then left): no edit, only the update and the frame.
fn cursor_move(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke");
    let (right, left) = (key(KeyCode::Right), key(KeyCode::Left));
    let (width, height) = (200, 50);
    for size in SIZES {
        let mut app = editor_app(plan(size), width, height);
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| view::draw(&app, f)).unwrap();
        let mut go_right = true;
        group.bench_function(BenchmarkId::new("move/200x50", size), |b| {
            b.iter(|| {
                turn(
                    &mut app,
                    &mut terminal,
                    if go_right { &right } else { &left },
                );
                go_right = !go_right;
            })
        });
    }
    group.finish();
}

/// Space again, but through the crossterm backend as on a real terminal,
/// into a sink: adds turning the diff into escape sequences.
fn toggle_crossterm(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke");
    let space = key(KeyCode::Char(' '));
    let area = Rect::new(0, 0, 200, 50);
    for size in SIZES {
        let mut app = editor_app(plan(size), area.width, area.height);
        let backend = CrosstermBackend::new(io::sink());
        let options = TerminalOptions {
            viewport: Viewport::Fixed(area),
        };
        let mut terminal = Terminal::with_options(backend, options).unwrap();
        terminal.draw(|f| view::draw(&app, f)).unwrap();
        group.bench_function(BenchmarkId::new("space_crossterm/200x50", size), |b| {
            b.iter(|| turn(&mut app, &mut terminal, &space))
        });
    }
    group.finish();
}

criterion_group!(benches, toggle, cursor_move, toggle_crossterm);
criterion_main!(benches);
