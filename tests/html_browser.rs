//! The HTML hand-out in a real browser: headless Chromium loads the page,
//! shows its text, runs no script (not even one smuggled into a title) and
//! prints it. `.ci/run` installs Chromium when it is missing; where no
//! browser can be had, each test says it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use coursegrid::export::{ExportFormat, render};
use coursegrid::model::GagneEvent;
use coursegrid::samples::Sample;

/// A Chromium on the PATH (or named by `COURSEGRID_BROWSER`).
fn browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("COURSEGRID_BROWSER") {
        return Some(PathBuf::from(path));
    }
    let names = [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ];
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.map(|name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Runs the browser headless on `page` with `action` (`--dump-dom`,
/// `--print-to-pdf=...`), as this machine's closed network wants it, and
/// gives up after a minute rather than hang the test run.
fn headless(browser: &Path, page: &Path, action: &str) -> Output {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(action)
        .arg(format!("file://{}", page.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the browser did not finish within a minute");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

/// The page of `course` written to a file, and the DOM the browser built from it.
fn dom_of(browser: &Path, html: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("plan.html");
    std::fs::write(&page, html).unwrap();
    let output = headless(browser, &page, "--dump-dom");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

macro_rules! require_browser {
    () => {
        match browser() {
            Some(browser) => browser,
            None => {
                eprintln!("skipped: no Chromium found (.ci/run installs it with apt-get)");
                return;
            }
        }
    };
}

#[test]
fn the_demo_page_shows_its_summary_grid_charts_and_warnings() {
    let browser = require_browser!();
    let html = render(ExportFormat::Html, &Sample::MasterBaker.course());
    let dom = dom_of(&browser, &html);
    for text in [
        "<h1>Master Baker</h1>",
        "Margin per cohort",
        "$9,838",
        "● Live · critique · 60 min",
        "Live discussion of filmed practice",
        "Expected completion is 32.2%",
        "cohorts taught",
    ] {
        assert!(dom.contains(text), "{text} not shown");
    }
    assert_eq!(dom.matches("<svg").count(), 2);
    assert!(!dom.contains("<script"));
}

#[test]
fn text_in_a_plan_never_runs_as_script_or_markup() {
    let browser = require_browser!();
    let mut course = Sample::MasterBaker.course();
    course.title = "<script>document.title='pwned'</script>".into();
    course.modules_mut()[0].title =
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">".into();
    course.modules_mut()[1]
        .cell_mut(GagneEvent::PresentContent)
        .activity = Some("</td></tr></table><script>document.title='pwned'</script>".into());
    let dom = dom_of(&browser, &render(ExportFormat::Html, &course));
    assert!(!dom.contains("<script") && !dom.contains("<img"), "{dom}");
    assert!(!dom.contains("data-pwned=\"1\""));
    assert!(!dom.contains("<title>pwned"));
    // the text reads as typed
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
}

#[test]
fn the_page_prints_to_a_few_pages() {
    let browser = require_browser!();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("plan.html");
    std::fs::write(
        &page,
        render(ExportFormat::Html, &Sample::MasterBaker.course()),
    )
    .unwrap();
    let pdf = dir.path().join("plan.pdf");
    let output = headless(
        &browser,
        &page,
        &format!("--print-to-pdf={}", pdf.display()),
    );
    assert!(output.status.success(), "{output:?}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    // "/Type /Page" also begins "/Type /Pages": count the single pages only.
    let text = String::from_utf8_lossy(&bytes);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    // A hand-out: the sample fits three pages (Letter or A4).
    assert!((2..=4).contains(&pages), "{pages} pages");
}
