//! Start-up to the first frame, two ways, on plans of 12, 100 and 1000 modules:
//!
//! - `startup/first_frame`: in-process, what the editor does before its first
//!   frame appears: load the plan file, analyze it, build the app and draw the
//!   whole first frame through the crossterm backend (into a sink) at 200x50.
//! - `startup/process`: the whole release binary, `coursegrid PLAN`, started in
//!   a 200x50 pseudo-terminal, timed from the spawn until its first frame has
//!   been read back whole (the key hints on the last row are drawn last), then
//!   told to quit with `q`.

mod common;

use std::io::{self, Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use coursegrid::plan_file;
use coursegrid::tui::app::{App, Editor};
use coursegrid::tui::theme::Theme;
use coursegrid::tui::view;
use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use common::{SIZES, plan};

const COLS: u16 = 200;
const ROWS: u16 = 50;

/// Load, analyze, first full frame: everything but the process and the tty.
fn first_frame(path: &Path) -> usize {
    let course = plan_file::load(path).unwrap();
    let theme = Theme::new(Default::default(), true);
    let area = Rect::new(0, 0, COLS, ROWS);
    let editor = Editor::new(course, Some(path.to_owned()), true);
    let app = App::editing(editor, theme, None, area);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(area),
    };
    let mut terminal = Terminal::with_options(CrosstermBackend::new(io::sink()), options).unwrap();
    let frame = terminal.draw(|f| view::draw(&app, f)).unwrap();
    frame.count
}

/// Starts `coursegrid plan` in a fresh pseudo-terminal and returns how long
/// its first frame took to arrive whole.
fn process_to_first_frame(plan: &Path, home: &Path) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_coursegrid"));
    command.arg(plan);
    command.env("TERM", "xterm-256color");
    command.env("COURSEGRID_HOME", home);
    command.env_remove("NO_COLOR");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(command).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let (sender, output) = mpsc::channel();
    thread::spawn(move || {
        let mut buffer = [0u8; 16384];
        while let Ok(n @ 1..) = reader.read(&mut buffer) {
            if sender.send(buffer[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let size = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut screen = vt100::Parser::new(size(ROWS), size(COLS), 0);
    let deadline = start + Duration::from_secs(20);
    let elapsed = loop {
        let chunk = output
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the editor drew its first frame within 20 s");
        screen.process(&chunk);
        let hints = screen.screen().rows(0, COLS).last().unwrap_or_default();
        if hints.contains("assumptions") {
            break start.elapsed();
        }
    };
    let mut writer = pair.master.take_writer().unwrap();
    writer.write_all(b"q").unwrap();
    writer.flush().unwrap();
    let quit_by = Instant::now() + Duration::from_secs(5);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > quit_by {
            child.kill().unwrap();
            child.wait().unwrap();
            break;
        }
        thread::sleep(Duration::from_millis(1));
    }
    elapsed
}

fn startup(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let mut group = c.benchmark_group("startup");
    for size in SIZES {
        let path = dir.path().join(format!("plan-{size}.ron"));
        plan_file::save(&path, &plan(size)).unwrap();
        group.bench_with_input(BenchmarkId::new("first_frame", size), &path, |b, path| {
            b.iter(|| first_frame(path))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("startup");
    group.sampling_mode(SamplingMode::Flat).sample_size(20);
    for size in SIZES {
        let path = dir.path().join(format!("plan-{size}.ron"));
        group.bench_with_input(BenchmarkId::new("process", size), &path, |b, path| {
            b.iter_custom(|iters| {
                (0..iters)
                    .map(|_| process_to_first_frame(path, &home))
                    .sum()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, startup);
criterion_main!(benches);
