//! The plan file as a contract: round trips, canonical bytes, hostile input.

use std::path::Path;

use coursegrid::model::{Assumptions, Course, Module};
use coursegrid::plan_file::{self, LoadError};
use proptest::prelude::*;

mod common;

proptest! {
    #[test]
    fn any_valid_course_saved_then_loaded_is_equal(course in common::course(".{0,40}".boxed(), 6)) {
        let text = plan_file::to_string(&course);
        let loaded = plan_file::parse(&text).map_err(|p| TestCaseError::fail(format!("{p:?}\n{text}")))?;
        prop_assert_eq!(&loaded, &course);
        prop_assert_eq!(plan_file::to_string(&loaded), text, "saving twice is byte-identical");
    }

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = plan_file::parse(&text);
    }
}

#[test]
fn the_samples_are_canonical_files() {
    for name in ["master-baker.ron", "master-chef.ron"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let course = plan_file::load(&path).unwrap();
        assert_eq!(
            plan_file::to_string(&course),
            text,
            "{name}: load then save is byte-stable"
        );
    }
}

#[test]
fn save_writes_the_canonical_text_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ron");
    let mut course = Course::with_recommended_modules("Bread", 2).unwrap();
    plan_file::save(&path, &course).unwrap();
    course.title = "Bread and butter".into();
    plan_file::save(&path, &course).unwrap();
    assert_eq!(plan_file::load(&path).unwrap(), course);
    let backup = plan_file::load(&dir.path().join("plan.ron.bak")).unwrap();
    assert_eq!(backup.title, "Bread");
}

#[test]
fn each_unreadable_file_has_its_own_message() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    assert!(matches!(
        plan_file::load(&missing),
        Err(LoadError::NotFound { .. })
    ));
    assert!(matches!(
        plan_file::load(dir.path()),
        Err(LoadError::IsDirectory { .. })
    ));

    let binary = dir.path().join("binary.ron");
    std::fs::write(&binary, b"(format: 1,\n title: \"caf\xe9\")").unwrap();
    let error = plan_file::load(&binary).unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("binary.ron:2:13: not UTF-8 text (byte 0xe9); a plan file is plain text"),
        "{error}"
    );

    let huge = dir.path().join("huge.ron");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(plan_file::MAX_FILE_BYTES + 1).unwrap();
    let error = plan_file::load(&huge).unwrap_err();
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error}");
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_without_blocking() {
    let error = plan_file::load(Path::new("/dev/zero")).unwrap_err();
    assert!(matches!(error, LoadError::NotAFile { .. }), "{error}");
}

#[test]
fn a_title_of_100_kb_with_escape_sequences_loads_as_plain_text() {
    let title = format!("\u{1b}[2J{}", "x".repeat(100 * 1024));
    let course = Course::new(
        title.clone(),
        Assumptions::default(),
        vec![Module::new("M")],
    )
    .unwrap();
    let text = plan_file::to_string(&course);
    assert!(
        !text.contains('\u{1b}'),
        "the file itself escapes control characters"
    );
    assert_eq!(plan_file::parse(&text).unwrap().title, title);
}

/// Every sample as it was before activity kinds (format 1), kept in tests/fixtures.
const FORMAT_1: [&str; 2] = ["master-baker.ron", "master-chef.ron"];

fn format_1(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format1")
        .join(name)
}

#[test]
fn format_1_plans_load_analyse_and_save_as_format_2_that_round_trips() {
    use coursegrid::analysis::analyze;
    use coursegrid::model::{ActivityKind, GagneEvent};
    for name in FORMAT_1 {
        let (course, format) = plan_file::load_with_format(&format_1(name)).unwrap();
        assert_eq!(format, 1, "{name}");
        // Each cell takes its event's default kind for its mode; nothing is reused.
        for module in course.modules() {
            for (event, cell) in module.cells() {
                assert_eq!(cell.kind, event.default_kind(cell.mode()), "{name}");
                assert!(!cell.reuse);
            }
        }
        // live_build_hours_per_hour 10 and self_paced 40 become Session's and Video's.
        assert_eq!(
            course
                .assumptions
                .kind(ActivityKind::Session)
                .build_hours_per_hour,
            10.0
        );
        let t = analyze(&course);
        assert!(t.hours.build_hours > 0.0 && t.hours.staff_hours_per_cohort > 0.0);
        let saved = plan_file::to_string(&course);
        assert!(saved.contains("format: 2,"), "{saved}");
        assert!(!saved.contains("support_minutes_per_learner_hour"));
        let (reloaded, format) = plan_file::parse_with_format(&saved).unwrap();
        assert_eq!(format, 2);
        assert_eq!(reloaded, course, "{name}");
        assert_eq!(plan_file::to_string(&reloaded), saved, "byte for byte");
        // The practice a learner does at home is the event's default self-paced kind.
        let practice = course.modules()[2].cell(GagneEvent::ElicitPerformance);
        assert_eq!(practice.kind, ActivityKind::Practice);
    }
}

/// A compact file just under the limit loads, but its canonical text is
/// larger: saving it is refused with the reason, and opening it says so at once.
#[test]
fn a_plan_that_would_save_over_the_limit_is_refused_and_said_when_opened() {
    let modules = 1000;
    let title_len = (plan_file::MAX_FILE_BYTES as usize - 100) / modules - 20;
    let title = "x".repeat(title_len);
    let body: Vec<String> = (0..modules)
        .map(|_| format!("(title:\"{title}\")"))
        .collect();
    let text = format!("(format:2,title:\"T\",modules:[{}])", body.join(","));
    assert!(text.len() as u64 <= plan_file::MAX_FILE_BYTES);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &text).unwrap();
    let course = plan_file::load(&path).unwrap();
    let error = plan_file::save(&path, &course).unwrap_err();
    assert!(
        error
            .to_string()
            .contains("over the 8388608 a plan file may be"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    let editor = coursegrid::tui::app::Editor::open_file(path).unwrap();
    assert!(
        editor.status.text.contains("over the 8 MiB"),
        "{}",
        editor.status.text
    );
}
