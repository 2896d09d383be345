//! What several test files share: the samples, the command with its files
//! kept aside, and random plans for property tests.

// Each test file is its own crate and uses only part of this.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use coursegrid::model::{
    ActivityKind, Assumptions, Cell, Course, GagneEvent, Minutes, Module, Setting,
};
use proptest::prelude::*;
use ratatui::buffer::Buffer;

/// A file of `assets/`.
pub fn asset(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
}

/// coursegrid with its files kept under `home`, away from the real plans folder.
pub fn coursegrid(home: &Path) -> Command {
    let mut command = Command::cargo_bin("coursegrid").unwrap();
    command.env("COURSEGRID_HOME", home).env_remove("NO_COLOR");
    command
}

/// `coursegrid diff` of the two samples, Master Baker then Master Chef, with
/// `extra` arguments: its standard output (plans that differ exit 0).
pub fn diff_of_the_samples(home: &Path, extra: &[&str]) -> String {
    let output = coursegrid(home)
        .arg("diff")
        .arg(asset("master-baker.ron"))
        .arg(asset("master-chef.ron"))
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "plans that differ are not a failure"
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The screen sizes the editor promises, from the smallest it draws to a large monitor.
pub const SCREEN_SIZES: [(u16, u16); 4] = [(60, 20), (80, 24), (120, 35), (200, 50)];

/// The editor on the Master Baker demo at `width` x `height`, in colour.
pub fn demo_app(width: u16, height: u16) -> coursegrid::tui::app::App {
    coursegrid::tui::app::App::editing(
        coursegrid::tui::start::demo_editor(coursegrid::samples::Sample::MasterBaker),
        coursegrid::tui::theme::Theme::new(Default::default(), true),
        None,
        ratatui::layout::Rect::new(0, 0, width, height),
    )
}

/// A rendered screen as text, one line per row.
pub fn screen_text(buffer: &Buffer) -> String {
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn kind() -> impl Strategy<Value = ActivityKind> {
    (0..ActivityKind::ALL.len()).prop_map(|i| ActivityKind::ALL[i])
}

fn cell(text: BoxedStrategy<String>) -> impl Strategy<Value = Cell> {
    (
        kind(),
        0u16..=600,
        any::<bool>(),
        proptest::option::of(text),
    )
        .prop_map(|(kind, minutes, reuse, activity)| Cell {
            kind,
            minutes: Minutes::new(minutes).unwrap(),
            reuse,
            activity,
        })
}

fn module(text: BoxedStrategy<String>) -> impl Strategy<Value = Module> {
    (text.clone(), proptest::collection::vec(cell(text), 9)).prop_map(|(title, cells)| {
        let mut module = Module::new(title);
        for (event, cell) in GagneEvent::ALL.into_iter().zip(cells) {
            *module.cell_mut(event) = cell;
        }
        module
    })
}

/// Any valid assumptions and kind costs, the ends of each range included.
pub fn assumptions() -> impl Strategy<Value = Assumptions> {
    let settings: Vec<Setting> = Setting::all().collect();
    let values: Vec<_> = settings
        .iter()
        .map(|setting| {
            let (min, max) = setting.range();
            if setting.is_whole() {
                prop_oneof![
                    Just(min),
                    Just(max),
                    (min as u64..=max as u64).prop_map(|v| v as f64)
                ]
                .boxed()
            } else {
                prop_oneof![Just(min), Just(max), min..=max].boxed()
            }
        })
        .collect();
    values.prop_map(move |values| {
        let mut assumptions = Assumptions::default();
        let mut completion = Vec::new();
        for (&setting, value) in settings.iter().zip(values) {
            match setting {
                // Set as a pair below: the rate without checkpoints is at most the rate with.
                Setting::Completion(_) => completion.push(value),
                _ => assumptions.set_value(setting, value).unwrap(),
            }
        }
        let (x, y) = (completion[0], completion[1]);
        assumptions.set_completion(x.max(y), x.min(y)).unwrap();
        assumptions
    })
}

/// Any valid course of 1 to `max_modules - 1` modules, its titles and
/// activities drawn from `text`.
pub fn course(text: BoxedStrategy<String>, max_modules: usize) -> impl Strategy<Value = Course> {
    (
        text.clone(),
        assumptions(),
        proptest::collection::vec(module(text), 1..max_modules),
    )
        .prop_map(|(title, assumptions, modules)| Course::new(title, assumptions, modules).unwrap())
}
