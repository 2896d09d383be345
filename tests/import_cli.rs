//! `coursegrid import` as a planner uses it: the CSV export edited in a
//! spreadsheet and brought back, every bad row reported, nothing replaced
//! without being asked; and `-` as standard input for every command.

use std::fs;
use std::path::Path;

use coursegrid::export::{self, ExportFormat};
use coursegrid::import;
use coursegrid::model::{Course, GagneEvent};
use coursegrid::plan_file;
use predicates::prelude::*;
use predicates::str::contains;
use proptest::prelude::*;

mod common;
use common::{asset, coursegrid};

fn csv_of(home: &Path, plan: &Path) -> Vec<u8> {
    let output = coursegrid(home)
        .args(["export", "--format", "csv"])
        .arg(plan)
        .output()
        .unwrap();
    assert!(output.status.success());
    output.stdout
}

#[test]
fn export_import_export_gives_the_same_csv_for_both_samples() {
    let home = tempfile::tempdir().unwrap();
    for name in ["master-baker", "master-chef"] {
        let csv = csv_of(home.path(), &asset(&format!("{name}.ron")));
        let csv_path = home.path().join(format!("{name}.csv"));
        fs::write(&csv_path, &csv).unwrap();
        let plan = home.path().join(format!("{name}-imported.ron"));
        coursegrid(home.path())
            .arg("import")
            .arg(&csv_path)
            .arg("-o")
            .arg(&plan)
            .assert()
            .success()
            .stdout(contains("Imported 5 modules from").and(contains(format!("\"{name}\""))));
        assert_eq!(csv_of(home.path(), &plan), csv, "{name}");
        let original = plan_file::load(&asset(&format!("{name}.ron"))).unwrap();
        let imported = plan_file::load(&plan).unwrap();
        assert_eq!(imported.modules(), original.modules());
        assert_eq!(imported.title, name);
    }
}

#[test]
fn an_edited_spreadsheet_comes_back_with_its_changes() {
    let home = tempfile::tempdir().unwrap();
    let csv = String::from_utf8(csv_of(home.path(), &asset("master-baker.ron"))).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(Into::into).collect();
    let mut rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(Into::into).collect())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    // Module 1, event 6 becomes a live workshop typed in capitals; module 2's
    // event 1 a peer review as a plan file names it.
    rows[5][column("mode")] = "LIVE".into();
    rows[5][column("kind")] = "Workshop".into();
    rows[9][column("kind")] = "PeerReview".into();
    rows[9][column("mode")] = "SelfPaced".into();
    rows[9][column("minutes")] = "25".into();
    // Columns in reverse order.
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header.iter().rev()).unwrap();
    for row in &rows {
        writer.write_record(row.iter().rev()).unwrap();
    }
    let edited = home.path().join("edited.csv");
    fs::write(&edited, writer.into_inner().unwrap()).unwrap();
    let plan = home.path().join("edited.ron");
    coursegrid(home.path())
        .args(["import", "--title", "Baker, edited", "-o"])
        .arg(&plan)
        .arg(&edited)
        .assert()
        .success();
    let course = plan_file::load(&plan).unwrap();
    assert_eq!(course.title, "Baker, edited");
    let practice = course.modules()[0].cell(GagneEvent::ElicitPerformance);
    assert_eq!(practice.kind.label(), "workshop");
    let attention = course.modules()[1].cell(GagneEvent::GainAttention);
    assert_eq!(
        (attention.kind.label(), attention.minutes.get()),
        ("peer review", 25)
    );
    coursegrid(home.path())
        .arg("summary")
        .arg(&plan)
        .assert()
        .success()
        .stdout(contains("Baker, edited"));
}

#[test]
fn every_bad_row_is_reported_with_its_line_and_nothing_is_written() {
    let home = tempfile::tempdir().unwrap();
    let bad = home.path().join("bad.csv");
    fs::write(
        &bad,
        "module_index,module,event_index,mode,kind,minutes\n\
         1,Mixing,1,live,session,10\n\
         1,Mixing,2,dance,session,10\n\
         1,Mixing,3,live,session,9000\n\
         1,Mixing,12,live,session,10\n",
    )
    .unwrap();
    let shown = bad.display();
    coursegrid(home.path())
        .current_dir(home.path())
        .arg("import")
        .arg(&bad)
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            contains(format!("{shown}:3: unknown mode `dance`"))
                .and(contains(format!("{shown}:4: minutes must be")))
                .and(contains(format!("{shown}:5: event_index must be")))
                .and(contains("panicked").not()),
        );
    assert!(!home.path().join("data/plans/bad.ron").exists());
    // Binary junk and an empty file are refused, never a panic.
    fs::write(&bad, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    coursegrid(home.path())
        .arg("import")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(contains(format!("{shown}:1: not UTF-8 text")));
    fs::write(&bad, "").unwrap();
    coursegrid(home.path())
        .arg("import")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(contains(format!("{shown}:1: no header")));
}

#[test]
fn import_writes_into_the_plans_folder_by_default_and_never_over_a_file_without_force() {
    let home = tempfile::tempdir().unwrap();
    let csv_path = home.path().join("sourdough.csv");
    fs::write(&csv_path, csv_of(home.path(), &asset("master-baker.ron"))).unwrap();
    coursegrid(home.path())
        .arg("import")
        .arg(&csv_path)
        .assert()
        .success()
        .stdout(contains("Open it in the editor: coursegrid"));
    let listed = coursegrid(home.path()).arg("list").output().unwrap();
    assert!(String::from_utf8_lossy(&listed.stdout).contains("sourdough"));
    coursegrid(home.path())
        .arg("import")
        .arg(&csv_path)
        .assert()
        .code(1)
        .stderr(contains("already exists (use --force to replace it)"));
    coursegrid(home.path())
        .args(["import", "--force"])
        .arg(&csv_path)
        .assert()
        .success();
    // -o over the CSV itself is refused, even with --force.
    coursegrid(home.path())
        .args(["import", "--force", "-o"])
        .arg(&csv_path)
        .arg(&csv_path)
        .assert()
        .code(1)
        .stderr(contains("is the CSV being imported"));
}

#[test]
fn into_replaces_the_modules_and_keeps_the_title_and_assumptions() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("chef.ron");
    fs::copy(asset("master-chef.ron"), &plan).unwrap();
    let before = plan_file::load(&plan).unwrap();
    let csv_path = home.path().join("baker.csv");
    fs::write(&csv_path, csv_of(home.path(), &asset("master-baker.ron"))).unwrap();
    coursegrid(home.path())
        .args(["import", "--into"])
        .arg(&plan)
        .arg(&csv_path)
        .assert()
        .success()
        .stdout(contains("title and assumptions kept"));
    let after = plan_file::load(&plan).unwrap();
    let baker = plan_file::load(&asset("master-baker.ron")).unwrap();
    assert_eq!(after.title, before.title);
    assert_eq!(after.assumptions, before.assumptions);
    assert_eq!(after.modules(), baker.modules());
    assert!(coursegrid::atomic_file::backup_path(&plan).exists());
    // --title and -o go with a new plan, not with --into.
    coursegrid(home.path())
        .args(["import", "--title", "X", "--into"])
        .arg(&plan)
        .arg(&csv_path)
        .assert()
        .code(2);
    coursegrid(home.path())
        .args(["import", "--into", "-"])
        .arg(&csv_path)
        .assert()
        .code(2)
        .stderr(contains("--into needs a plan file"));
}

/// Every first character a spreadsheet runs as a formula, and a text that
/// really starts with the guard's `'`, survive export, import and export.
#[test]
fn injection_guard_round_trips_every_dangerous_first_character() {
    let home = tempfile::tempdir().unwrap();
    let mut course = Course::with_recommended_modules("Hostile", 7).unwrap();
    let starts = [
        "=1+1", "+1", "-2", "@SUM(A1)", "\tTab", "\rReturn", "'quoted",
    ];
    for (module, start) in course.modules_mut().iter_mut().zip(starts) {
        module.title = start.into();
        module.cell_mut(GagneEvent::PresentContent).activity = Some(format!("{start} activity"));
    }
    let plan = home.path().join("hostile.ron");
    plan_file::save(&plan, &course).unwrap();
    let csv = csv_of(home.path(), &plan);
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    for record in reader.records() {
        let record = record.unwrap();
        for text in [&record[1], &record[9]] {
            let dangerous = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(!dangerous, "{text:?} would run in a spreadsheet");
        }
    }
    let csv_path = home.path().join("hostile.csv");
    fs::write(&csv_path, &csv).unwrap();
    let back = home.path().join("back.ron");
    coursegrid(home.path())
        .arg("import")
        .arg(&csv_path)
        .arg("-o")
        .arg(&back)
        .assert()
        .success();
    assert_eq!(csv_of(home.path(), &back), csv);
    let titles: Vec<String> = plan_file::load(&back)
        .unwrap()
        .modules()
        .iter()
        .map(|m| m.title.clone())
        .collect();
    // \r is shown as an escape by every export, so it comes back as that text.
    assert_eq!(titles[..5], starts[..5]);
    assert_eq!(titles[5], "\\u{d}Return");
    assert_eq!(titles[6], "'quoted");
}

#[test]
fn dash_is_standard_input_for_every_command() {
    let home = tempfile::tempdir().unwrap();
    let ron = fs::read_to_string(asset("master-baker.ron")).unwrap();
    coursegrid(home.path())
        .args(["check", "-"])
        .write_stdin(ron.clone())
        .assert()
        .success()
        .stdout(contains("<stdin>: ok (\"Master Baker\", 5 modules)"));
    coursegrid(home.path())
        .args(["check", "--json", "-"])
        .write_stdin("(format: 2")
        .assert()
        .code(1)
        .stdout(contains("\"file\": \"<stdin>\""));
    coursegrid(home.path())
        .args(["summary", "-"])
        .write_stdin(ron.clone())
        .assert()
        .success()
        .stdout(contains("Master Baker"));
    let course = plan_file::load(&asset("master-baker.ron")).unwrap();
    coursegrid(home.path())
        .args(["export", "-f", "csv", "-o", "-", "-"])
        .write_stdin(ron.clone())
        .assert()
        .success()
        .stdout(export::render(ExportFormat::Csv, &course));
    coursegrid(home.path())
        .args(["diff", "--exit-code", "-"])
        .arg(asset("master-baker.ron"))
        .write_stdin(ron.clone())
        .assert()
        .success()
        .stdout(contains("No differences."));
    coursegrid(home.path())
        .args(["diff", "-", "-"])
        .write_stdin(ron.clone())
        .assert()
        .code(2)
        .stderr(contains("only one file can be standard input"));
    // import from standard input, the plan to standard output.
    let csv = export::render(ExportFormat::Csv, &course);
    let output = coursegrid(home.path())
        .args(["import", "-", "-o", "-"])
        .write_stdin(csv.clone())
        .output()
        .unwrap();
    assert!(output.status.success());
    let imported = plan_file::parse(std::str::from_utf8(&output.stdout).unwrap()).unwrap();
    assert_eq!(imported.title, "Imported course");
    assert_eq!(imported.modules(), course.modules());
    // Bad input on standard input is named <stdin>.
    coursegrid(home.path())
        .args(["import", "-", "-o", "-"])
        .write_stdin("module_index,module,event_index,mode,minutes\n1,A,1,live,x\n")
        .assert()
        .code(1)
        .stderr(contains("<stdin>:2: minutes must be"));
    coursegrid(home.path())
        .args(["summary", "-"])
        .write_stdin(vec![0u8, 1, 2])
        .assert()
        .code(1)
        .stderr(contains("<stdin>:1:1: a NUL byte"));
}

#[test]
fn stdin_over_the_size_limit_is_refused() {
    let home = tempfile::tempdir().unwrap();
    let huge = vec![b' '; plan_file::MAX_FILE_BYTES as usize + 10];
    coursegrid(home.path())
        .args(["check", "-"])
        .write_stdin(huge)
        .assert()
        .code(1)
        .stderr(contains("<stdin>: the file is").and(contains("at most 8 MiB")));
}

/// As diff(1): 2 when a file does not load, so a script tells "differ" (1)
/// from "could not compare"; without --exit-code a bad file is 1 as before.
#[test]
fn diff_exit_code_with_a_missing_file_exits_2() {
    let home = tempfile::tempdir().unwrap();
    coursegrid(home.path())
        .args(["diff", "--exit-code"])
        .arg(asset("master-baker.ron"))
        .arg("no-such-plan.ron")
        .assert()
        .code(2)
        .stdout("")
        .stderr("no-such-plan.ron: no such file\n");
    coursegrid(home.path())
        .arg("diff")
        .arg(asset("master-baker.ron"))
        .arg("no-such-plan.ron")
        .assert()
        .code(1);
}

// ---------------------------------------------------------------- properties

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,20}",
        "[ -~\n\r\t]{0,20}",
        "['=+@\t\r, \"\n-]{0,8}[a-z]{0,4}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any plan: export, import and export again give the same bytes.
    #[test]
    fn any_plan_round_trips_through_its_csv(course in common::course(text().boxed(), 6)) {
        let csv = export::csv::render(&course);
        let modules = import::csv::parse(&csv)
            .map_err(|p| TestCaseError::fail(format!("{p:?}\n{csv}")))?;
        let back = Course::new(course.title.clone(), course.assumptions, modules).unwrap();
        prop_assert_eq!(export::csv::render(&back), csv);
    }
}
