//! `coursegrid export` as a user drives it: standard output, -o, --force.

use std::fs;

use coursegrid::export::{self, ExportFormat};
use coursegrid::plan_file;
use predicates::prelude::*;
use predicates::str::contains;

mod common;
use common::{asset, coursegrid};

#[test]
fn export_prints_each_format_to_standard_output() {
    let home = tempfile::tempdir().unwrap();
    let course = plan_file::load(&asset("master-baker.ron")).unwrap();
    for (name, format) in [
        ("markdown", ExportFormat::Markdown),
        ("md", ExportFormat::Markdown),
        ("ron", ExportFormat::Ron),
        ("csv", ExportFormat::Csv),
    ] {
        coursegrid(home.path())
            .args(["export", "--format", name])
            .arg(asset("master-baker.ron"))
            .assert()
            .success()
            .stderr("")
            .stdout(export::render(format, &course));
    }
}

#[test]
fn export_defaults_to_markdown() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .arg("export")
        .arg(asset("master-chef.ron"))
        .assert()
        .success()
        .stdout(
            contains("# Master Chef\n")
                .and(contains("```mermaid\n%%{init: ").and(contains("}%%\nxychart-beta\n"))),
        );
}

#[test]
fn ron_export_is_the_same_bytes_as_a_saved_plan() {
    let home = tempfile::tempdir().unwrap();
    let saved = home.path().join("saved.ron");
    let mut course = plan_file::load(&asset("master-baker.ron")).unwrap();
    course.title = "Master Baker, \"revised\" \u{1b}[2J".into();
    plan_file::save(&saved, &course).unwrap();
    let output = coursegrid(home.path())
        .args(["export", "-f", "ron"])
        .arg(&saved)
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, fs::read(&saved).unwrap());
}

#[test]
fn export_with_o_writes_the_file_and_says_so() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("plan.md");
    coursegrid(home.path())
        .arg("export")
        .arg(asset("master-baker.ron"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(contains(format!("Wrote {} (Markdown, ", out.display())).and(contains(" KB)\n")));
    let course = plan_file::load(&asset("master-baker.ron")).unwrap();
    assert_eq!(
        fs::read_to_string(&out).unwrap(),
        export::render(ExportFormat::Markdown, &course)
    );
    let leftovers: Vec<_> = fs::read_dir(home.path()).unwrap().collect();
    assert_eq!(
        leftovers.len(),
        1,
        "no temporary file or backup is left behind"
    );
}

#[test]
fn export_never_replaces_a_file_without_force() {
    let home = tempfile::tempdir().unwrap();
    let out = home.path().join("plan.csv");
    fs::write(&out, "precious").unwrap();
    coursegrid(home.path())
        .args(["export", "--format", "csv"])
        .arg(asset("master-baker.ron"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout("")
        .stderr(contains("already exists (use --force to replace it)"));
    assert_eq!(fs::read_to_string(&out).unwrap(), "precious");

    coursegrid(home.path())
        .args(["export", "--format", "csv", "--force"])
        .arg(asset("master-baker.ron"))
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(contains("(CSV, "));
    assert!(fs::read_to_string(&out).unwrap().starts_with(
        "module_index,module,event_index,event,planned,mode,kind,minutes,reuse,activity,recommended_mode,weeks\n"
    ));
}

#[test]
fn export_explains_bad_input_and_bad_usage() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["export", "no-such-plan.ron"])
        .assert()
        .code(1)
        .stderr("no-such-plan.ron: no such file\n");
    coursegrid(home.path())
        .args(["export", "--format", "pdf"])
        .arg(asset("master-baker.ron"))
        .assert()
        .code(2)
        .stderr(contains("markdown").and(contains("csv")));
    coursegrid(home.path())
        .args(["export", "--force"])
        .arg(asset("master-baker.ron"))
        .assert()
        .code(2)
        .stderr(contains("--output"));
    coursegrid(home.path())
        .arg("export")
        .arg(asset("master-baker.ron"))
        .arg("-o")
        .arg(home.path().join("missing/plan.md"))
        .assert()
        .code(1)
        .stderr(contains("does not exist"));
}

#[test]
fn control_characters_in_titles_never_reach_the_terminal_in_any_format() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("evil.ron");
    fs::write(
        &plan,
        "(format: 1, title: \"\\u{1b}]0;pwned\\u{7}Evil\", modules: [(title: \"M\\u{1b}[2J\", \
         cells: { GainAttention: (mode: Live, minutes: 5, activity: \"a\\u{9b}b\\rc\") })])",
    )
    .unwrap();
    for format in ["markdown", "ron", "csv"] {
        let output = coursegrid(home.path())
            .args(["export", "--format", format])
            .arg(&plan)
            .output()
            .unwrap();
        assert!(output.status.success(), "{format}");
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{format}: {text:?}"
        );
        // Shown as an escape, as `coursegrid check` shows it.
        assert!(text.contains("u{1b}"), "{format}: {text}");
    }
}

#[test]
fn export_has_help() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["export", "--help"])
        .assert()
        .success()
        .stdout(
            contains("Usage: coursegrid export")
                .and(contains("markdown"))
                .and(contains("--force")),
        );
}

#[test]
fn force_never_replaces_the_plan_being_exported_whatever_the_path_says() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.ron");
    fs::copy(asset("master-baker.ron"), &plan).unwrap();
    let original = fs::read(&plan).unwrap();
    let dotted = home.path().join(".").join("plan.ron");
    coursegrid(home.path())
        .arg("export")
        .arg(&plan)
        .arg("-o")
        .arg(&dotted)
        .arg("--force")
        .assert()
        .code(1)
        .stderr(contains("is the plan being exported"));
    assert_eq!(fs::read(&plan).unwrap(), original);
}

#[cfg(unix)]
#[test]
fn a_device_is_written_into_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let home = tempfile::tempdir().unwrap();
    // No --force needed for a device: nothing is replaced.
    coursegrid(home.path())
        .args(["export", "-o", "/dev/null"])
        .arg(asset("master-baker.ron"))
        .assert()
        .success();
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    // -o /dev/stdout reaches the pipe.
    coursegrid(home.path())
        .args(["export", "--format", "ron", "-o", "/dev/stdout"])
        .arg(asset("master-baker.ron"))
        .assert()
        .success()
        .stdout(contains("title: \"Master Baker\""));
}

#[test]
fn a_folder_as_the_output_is_refused_without_suggesting_force() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["export", "-o"])
        .arg(home.path())
        .arg(asset("master-baker.ron"))
        .assert()
        .code(1)
        .stderr(contains("it is a folder").and(contains("--force").not()));
}

/// `export -o /dev/stdout >> log`: the export is appended, the log kept.
#[cfg(unix)]
#[test]
fn dev_stdout_redirected_to_a_file_appends_to_it() {
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("log.txt");
    fs::write(&log, "earlier lines\n").unwrap();
    let appending = fs::OpenOptions::new().append(true).open(&log).unwrap();
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("coursegrid"))
        .env("COURSEGRID_HOME", home.path())
        .args(["export", "--format", "ron", "--force", "-o", "/dev/stdout"])
        .arg(asset("master-baker.ron"))
        .stdout(appending)
        .status()
        .unwrap();
    assert!(status.success());
    let text = fs::read_to_string(&log).unwrap();
    assert!(text.starts_with("earlier lines\n(\n"), "{text}");
    assert!(text.contains("title: \"Master Baker\""));
}

/// `-o -` is standard output, never a file named `-`.
#[test]
fn export_to_dash_writes_to_standard_output() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .current_dir(home.path())
        .args(["export", "--format", "csv", "-o", "-"])
        .arg(asset("master-baker.ron"))
        .assert()
        .success()
        .stdout(predicates::str::starts_with("module_index,module"));
    assert!(!home.path().join("-").exists());
}

/// `--bom` starts a CSV with a byte order mark (Excel reads UTF-8 then), and
/// is refused for the formats it would break (a usage error: exit 2).
#[test]
fn bom_starts_a_csv_with_a_byte_order_mark_and_only_a_csv() {
    let home = tempfile::tempdir().unwrap();
    let output = coursegrid(home.path())
        .args(["export", "--format", "csv", "--bom"])
        .arg(asset("master-baker.ron"))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(
        output
            .stdout
            .starts_with("\u{feff}module_index,".as_bytes())
    );
    let out = home.path().join("plan.csv");
    coursegrid(home.path())
        .args(["export", "--format", "csv", "--bom", "-o"])
        .arg(&out)
        .arg(asset("master-baker.ron"))
        .assert()
        .success();
    assert!(fs::read(&out).unwrap().starts_with(&[0xef, 0xbb, 0xbf]));
    coursegrid(home.path())
        .args(["export", "--bom"])
        .arg(asset("master-baker.ron"))
        .assert()
        .code(2)
        .stderr(contains("--bom is for CSV"));
}

/// `--figures`: every figure of `summary` as rows of figure, value, unit and
/// label, the values those of `summary --json`; only with CSV (exit 2).
#[test]
fn figures_are_summary_json_as_csv_rows_and_only_csv() {
    let home = tempfile::tempdir().unwrap();
    let output = coursegrid(home.path())
        .args(["export", "--format", "csv", "--figures"])
        .arg(asset("master-baker.ron"))
        .output()
        .unwrap();
    assert!(output.status.success());
    let summary = coursegrid(home.path())
        .args(["summary", "--json"])
        .arg(asset("master-baker.ron"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["figure", "value", "unit", "label"]
    );
    let mut count = 0;
    for record in reader.records() {
        let record = record.unwrap();
        let key = &record[0];
        // "reach.share", "learning_type_minutes.practice": a key inside an object
        let value = match key.split_once('.') {
            Some((object, inner)) => &json[object][inner],
            None => json.get(key).unwrap_or_else(|| &json["money"][key]),
        };
        // serde_json reads floats to within a unit in the last place only.
        match value.as_f64() {
            None if value.is_boolean() => {
                assert_eq!(&record[1], if value == true { "yes" } else { "no" })
            }
            None => assert_eq!(&record[1], "", "{key}"),
            Some(expected) => {
                let found: f64 = record[1].parse().unwrap();
                assert!(
                    (found - expected).abs() <= 1e-9 * expected.abs().max(1.0),
                    "{key}"
                );
            }
        }
        assert!(
            ["h", "share", "count", "$", "min", "yes/no"].contains(&&record[2]),
            "{key}"
        );
        assert!(!record[3].is_empty());
        count += 1;
    }
    // the sample has rates, a price and learner zones: every figure of the
    // catalogue, then 7 other counts and 6 learning types
    assert_eq!(
        count,
        coursegrid::present::catalogue::FigureId::ALL.len() + 7 + 6,
        "every figure"
    );
    coursegrid(home.path())
        .args(["export", "--figures"])
        .arg(asset("master-baker.ron"))
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("--figures is for CSV"));
}
