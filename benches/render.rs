//! How long one frame takes to draw into ratatui's TestBackend, at 80x24 and
//! 200x50, on plans of 12, 100 and 1000 modules. The grid draws only the
//! modules that fit, so a frame should cost the same at 12 modules as at
//! 1000: compare `render/200x50/12` with `render/200x50/1000`.

mod common;

use coursegrid::tui::view;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use common::{SCREENS, SIZES, editor_app, plan, screen_name};

/// `Terminal::draw` as the event loop calls it: the view into a fresh buffer,
/// the diff against the last frame, and the (here empty) diff to the backend.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    for screen @ (width, height) in SCREENS {
        for size in SIZES {
            let app = editor_app(plan(size), width, height);
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            terminal.draw(|f| view::draw(&app, f)).unwrap();
            group.bench_function(BenchmarkId::new(screen_name(screen), size), |b| {
                b.iter(|| {
                    terminal.draw(|f| view::draw(&app, f)).unwrap();
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
