//! The editor end to end: the real binary in a pseudo-terminal, its output
//! read by a terminal emulator (vt100), keys sent as bytes as a user types
//! them. These pin what the in-process tests (tests/editor.rs) cannot: raw
//! mode and key decoding, the alternate screen and its restoration, signals,
//! exit codes and the file on disk.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use coursegrid::model::{GagneEvent, Mode};
use coursegrid::plan_file;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

mod common;
use common::asset;

const ROWS: u16 = 30;
const COLS: u16 = 100;

/// How long any one wait may take. Generous, because a loaded CI machine
/// running a debug build is slow; a passing run never waits this long, since
/// every wait ends as soon as the screen shows what it waits for.
const PATIENCE: Duration = Duration::from_secs(20);

/// Leaving the alternate screen (DECRST 1049): the last thing a restored
/// terminal must have been told.
const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";
const ENTER_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049h";

/// The coursegrid binary running in a pseudo-terminal, and what it has drawn.
struct Pty {
    child: Box<dyn Child + Send + Sync>,
    /// Keys go here, as a terminal would send them.
    writer: Box<dyn Write + Send>,
    /// Kept for the child's whole life: closing the master hangs up its terminal.
    _master: Box<dyn MasterPty + Send>,
    /// Chunks of output from the reader thread; disconnected once the pty is
    /// closed on the child's side (it exited).
    output: Receiver<Vec<u8>>,
    /// The emulated screen, fed every byte the program wrote.
    parser: vt100::Parser,
    /// Every byte the program wrote, for checks on escape sequences that
    /// leave nothing on the screen.
    raw: Vec<u8>,
}

impl Pty {
    /// Starts coursegrid with `args` in a fresh 100x30 pseudo-terminal, with
    /// `env` added to this process's environment.
    fn spawn(args: &[&OsStr], env: &[(&str, &OsStr)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_coursegrid"));
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        for (key, value) in env {
            command.env(key, value);
        }
        let child = pair.slave.spawn_command(command).expect("start coursegrid");
        // Our copy of the child's side must be closed, or reading the master
        // would never end after the child exits.
        drop(pair.slave);

        // Reading the master blocks, with no timeout, until the program writes
        // something. A thread does the blocking and hands chunks over a
        // channel, so the test can wait with a deadline and fail with the
        // screen instead of hanging.
        let mut reader = pair.master.try_clone_reader().expect("read the pty");
        let (sender, output) = mpsc::channel();
        thread::spawn(move || {
            let mut buffer = [0u8; 8192];
            // Ends at end of file or on EIO (Linux's answer once the child's
            // side is closed), or when the test is gone.
            while let Ok(n @ 1..) = reader.read(&mut buffer) {
                if sender.send(buffer[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let writer = pair.master.take_writer().expect("write to the pty");
        let size = |n| NonZeroU16::new(n).expect("a terminal is not empty");
        Pty {
            child,
            writer,
            _master: pair.master,
            output,
            parser: vt100::Parser::new(size(ROWS), size(COLS), 0),
            raw: Vec::new(),
        }
    }

    /// Types `keys`: the bytes a terminal sends for them (0x13 is Ctrl-S).
    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("send keys");
        self.writer.flush().expect("send keys");
    }

    /// The screen as text, one line per row.
    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Reads output until the screen satisfies `done`, and returns that
    /// screen. Fails with the screen as it is after `PATIENCE`, or when the
    /// program exits first.
    fn wait_until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(chunk) => self.take(&chunk),
                Err(RecvTimeoutError::Timeout) => {
                    panic!("waited {PATIENCE:?} for {what}; the screen:\n{screen}")
                }
                Err(RecvTimeoutError::Disconnected) => panic!(
                    "coursegrid exited ({:?}) while waiting for {what}; the screen:\n{screen}",
                    self.child.try_wait()
                ),
            }
        }
    }

    /// Waits until the screen shows `text`.
    fn wait_for(&mut self, text: &str) -> String {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text))
    }

    /// Waits for the program to exit and for the last of its output.
    fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("ask for the exit status") {
                break status;
            }
            if Instant::now() > deadline {
                panic!(
                    "coursegrid still running after {PATIENCE:?}; the screen:\n{}",
                    self.screen()
                );
            }
            // Whatever arrives meanwhile is output too; the wait doubles as
            // the poll interval.
            match self.output.recv_timeout(Duration::from_millis(20)) {
                Ok(chunk) => self.take(&chunk),
                Err(RecvTimeoutError::Timeout) => {}
                // The output ended a moment before the exit is reported.
                Err(RecvTimeoutError::Disconnected) => thread::sleep(Duration::from_millis(20)),
            }
        };
        // What the program wrote just before exiting may still be in the pty:
        // read until the reader thread sees the end.
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(chunk) => self.take(&chunk),
                Err(_) => break status,
            }
        }
    }

    fn take(&mut self, chunk: &[u8]) {
        self.parser.process(chunk);
        self.raw.extend_from_slice(chunk);
    }

    fn process_id(&self) -> u32 {
        self.child.process_id().expect("the child has a process id")
    }

    /// Checks the program put the terminal back: the alternate screen left
    /// after it was last entered, no mouse reporting, a visible cursor.
    fn assert_terminal_restored(&self) {
        let entered = find_last(&self.raw, ENTER_ALTERNATE_SCREEN)
            .expect("the editor entered the alternate screen");
        assert!(
            find_last(&self.raw[entered..], LEAVE_ALTERNATE_SCREEN).is_some(),
            "the alternate screen was never left; the output's end: {:?}",
            String::from_utf8_lossy(&self.raw[self.raw.len().saturating_sub(300)..])
        );
        let screen = self.parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse reporting left on"
        );
        assert!(!screen.hide_cursor(), "the cursor was left hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste left on");
    }
}

impl Drop for Pty {
    /// A failed test must not leave a coursegrid running.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .rposition(|window| window == needle)
}

/// A home folder for coursegrid and a copy of the Master Baker sample in it,
/// as `plan.ron`, so the test may change it.
fn master_baker_copy() -> (tempfile::TempDir, PathBuf) {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.ron");
    std::fs::copy(asset("master-baker.ron"), &plan).unwrap();
    (home, plan)
}

/// coursegrid editing `plan`, with its files kept under `home`; returns once
/// the grid and the side panel are drawn.
fn open(home: &Path, plan: &Path) -> Pty {
    let mut pty = Pty::spawn(
        &[plan.as_os_str()],
        &[("COURSEGRID_HOME", home.as_os_str())],
    );
    pty.wait_until("the grid and the Tradeoffs panel", |screen| {
        screen.contains("Tradeoffs") && screen.contains("Master Baker")
    });
    pty
}

/// The panel's "Per cohort" figure, from the label to the panel's border (the
/// grid's cells left of it are not part of the figure).
fn per_cohort(screen: &str) -> Option<&str> {
    let line = screen.lines().find(|line| line.contains("Per cohort"))?;
    let figure = &line[line.find("Per cohort")?..];
    Some(figure.split('│').next().unwrap_or(figure).trim_end())
}

#[test]
fn editing_in_a_real_terminal_saves_the_plan() {
    let (home, plan) = master_baker_copy();
    let original = std::fs::read(&plan).unwrap();
    let mut pty = open(home.path(), &plan);
    // A frame may arrive in several reads: wait for the whole figure.
    let screen = pty.wait_until("the per-cohort hours", |screen| {
        per_cohort(screen).is_some_and(|figure| figure.ends_with(" h"))
    });
    let before = per_cohort(&screen).unwrap().to_owned();

    // Module 3 (Artisanal breads), event 6 (practice): self-paced, made live.
    pty.send("lljjjjj");
    pty.send(" ");
    // 90 more live minutes: "21.2 h" becomes "22.4 h ▲ 1.2".
    pty.wait_until("the per-cohort hours to rise", |screen| {
        per_cohort(screen).is_some_and(|now| now != before && now.contains('▲'))
    });

    pty.send("\x13"); // Ctrl-S
    pty.wait_for("Saved plan.ron");
    pty.send("q");
    let status = pty.wait_exit();
    assert!(status.success(), "{status}; the screen:\n{}", pty.screen());

    let saved = plan_file::load(&plan).unwrap();
    assert_eq!(
        saved.modules()[2]
            .cell(GagneEvent::ElicitPerformance)
            .mode(),
        Mode::Live
    );
    let backup = home.path().join("plan.ron.bak");
    assert_eq!(
        std::fs::read(&backup).expect("the previous version is kept as plan.ron.bak"),
        original
    );
    pty.assert_terminal_restored();
}

#[test]
fn quitting_with_unsaved_changes_asks_and_discard_keeps_the_file() {
    let (home, plan) = master_baker_copy();
    let original = std::fs::read(&plan).unwrap();
    let mut pty = open(home.path(), &plan);

    pty.send(" ");
    pty.send("q");
    pty.wait_for("has unsaved changes");
    pty.send("d");
    let status = pty.wait_exit();

    assert!(status.success(), "{status}; the screen:\n{}", pty.screen());
    assert_eq!(std::fs::read(&plan).unwrap(), original);
    pty.assert_terminal_restored();
}

#[cfg(unix)]
#[test]
fn sigterm_restores_the_terminal() {
    let (home, plan) = master_baker_copy();
    let mut pty = open(home.path(), &plan);

    // The grid is drawn after the signal handlers are installed, so the
    // signal cannot arrive too early.
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pty.process_id().to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let status = pty.wait_exit();

    assert!(!status.success(), "{status}");
    // 128 + SIGTERM's 15, as shells report a process stopped by a signal.
    assert_eq!(status.exit_code(), 143, "{status}");
    pty.assert_terminal_restored();
}

/// Every catchable signal whose default action ends a process, with its
/// number on Linux: each restores the terminal and exits 128 + the number.
#[cfg(target_os = "linux")]
#[test]
fn every_ending_signal_restores_the_terminal_and_exits_128_plus_its_number() {
    for (signal, number) in [
        ("INT", 2),
        ("QUIT", 3),
        ("HUP", 1),
        ("USR1", 10),
        ("USR2", 12),
        ("ALRM", 14),
        ("XCPU", 24),
        ("XFSZ", 25),
        ("VTALRM", 26),
        ("PROF", 27),
    ] {
        let (home, plan) = master_baker_copy();
        let mut pty = open(home.path(), &plan);
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), pty.process_id().to_string()])
            .status()
            .expect("run kill");
        assert!(killed.success());
        let status = pty.wait_exit();
        assert_eq!(status.exit_code(), 128 + number, "SIG{signal}: {status}");
        pty.assert_terminal_restored();
    }
}

#[cfg(unix)]
#[test]
fn unsaved_work_survives_sigusr1() {
    unsaved_work_survives("USR1");
}

/// A path `exists()` cannot see (a dangling link, a loop) is not a new plan:
/// opening it says why, and nothing replaces the link.
#[cfg(unix)]
#[test]
fn a_broken_symlink_is_refused_not_opened_as_a_new_plan() {
    let home = tempfile::tempdir().unwrap();
    let link = home.path().join("link.ron");
    std::os::unix::fs::symlink("nowhere.ron", &link).unwrap();
    let (a, b) = (home.path().join("a.ron"), home.path().join("b.ron"));
    std::os::unix::fs::symlink(&b, &a).unwrap();
    std::os::unix::fs::symlink(&a, &b).unwrap();
    for path in [&link, &a] {
        let mut pty = Pty::spawn(
            &[path.as_os_str()],
            &[("COURSEGRID_HOME", home.path().as_os_str())],
        );
        let status = pty.wait_exit();
        assert_eq!(status.exit_code(), 1, "{status}");
        assert!(
            pty.screen().contains("a symbolic link to"),
            "{}",
            pty.screen()
        );
        assert!(
            std::fs::symlink_metadata(path)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    assert!(!home.path().join("nowhere.ron").exists());
}

/// A terminal for one standard stream of a child: the pseudo-terminal (keep
/// it alive while the child runs) and its far end, open for reading and writing.
#[cfg(unix)]
fn spare_terminal() -> (portable_pty::PtyPair, std::fs::File) {
    let pair = native_pty_system()
        .openpty(PtySize::default())
        .expect("open a pseudo-terminal");
    let name = pair.master.tty_name().expect("the terminal's name");
    let end = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name)
        .expect("open the terminal");
    (pair, end)
}

#[cfg(unix)]
#[test]
fn stdin_not_a_terminal_or_a_dumb_terminal_say_so() {
    use assert_cmd::assert::OutputAssertExt;
    use predicates::str::contains;
    let home = tempfile::tempdir().unwrap();
    // Standard output a terminal, standard input not: the message says which.
    let (pair, output) = spare_terminal();
    std::process::Command::new(env!("CARGO_BIN_EXE_coursegrid"))
        .arg("demo")
        .env("COURSEGRID_HOME", home.path())
        .stdin(std::process::Stdio::null())
        .stdout(output)
        .output()
        .expect("run coursegrid")
        .assert()
        .code(1)
        .stderr(contains("standard input is not one"));
    drop(pair);
    let mut dumb = Pty::spawn(
        &[OsStr::new("demo")],
        &[
            ("COURSEGRID_HOME", home.path().as_os_str()),
            ("TERM", OsStr::new("dumb")),
        ],
    );
    let status = dumb.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status}");
    assert!(dumb.screen().contains("TERM=dumb"), "{}", dumb.screen());
}

#[test]
fn stdout_not_a_terminal_says_so() {
    use assert_cmd::assert::OutputAssertExt;
    use predicates::str::contains;

    let home = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_coursegrid"));
    command
        .arg(asset("master-baker.ron"))
        .env("COURSEGRID_HOME", home.path());
    // Standard input is a terminal, so this pins the check on standard output
    // alone (the program refuses when either is not a terminal).
    #[cfg(unix)]
    let _terminal = {
        let (pair, input) = spare_terminal();
        command.stdin(input);
        pair
    };
    command
        .output()
        .expect("run coursegrid")
        .assert()
        .code(1)
        .stderr(contains("not"))
        .stderr(contains("terminal"))
        .stderr(contains("summary"));
}

#[cfg(unix)]
/// The recovery copies (`*.ron`; each session's lock file beside its copy is not one).
fn recovery_copies(home: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(home.join("data/recovery"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect()
        })
        .unwrap_or_default()
}

/// Toggles module 3's practice to live, then stops coursegrid with `signal`
/// (after waiting for the recovery copy when the signal cannot be caught),
/// restarts it and restores the unsaved work from the recovery copy.
#[cfg(unix)]
fn unsaved_work_survives(signal: &str) {
    let (home, plan) = master_baker_copy();
    let original = std::fs::read(&plan).unwrap();
    let mut pty = open(home.path(), &plan);
    pty.send("lljjjjj ");
    pty.wait_until("the toggle", |screen| screen.contains("unsaved changes"));
    if signal == "KILL" {
        // SIGKILL cannot be caught: the copy written within a second of the
        // change is all there is. Wait for it on disk, not on a clock.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while recovery_copies(home.path()).is_empty() {
            assert!(
                std::time::Instant::now() < deadline,
                "no recovery copy was written"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    let killed = std::process::Command::new("kill")
        .args([format!("-{signal}"), pty.process_id().to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let status = pty.wait_exit();
    assert!(!status.success(), "{status}");
    if signal != "KILL" {
        pty.assert_terminal_restored();
    }
    assert_eq!(
        std::fs::read(&plan).unwrap(),
        original,
        "the plan itself is untouched"
    );
    assert_eq!(recovery_copies(home.path()).len(), 1);

    let mut pty = open(home.path(), &plan);
    pty.wait_for("Unsaved work found");
    pty.send("v");
    pty.wait_for("6 Practice: self-paced practice 90 min → live");
    pty.send("r");
    pty.wait_for("Restored the recovery copy");
    pty.send("\x13");
    pty.wait_for("Saved plan.ron");
    pty.send("q");
    assert!(pty.wait_exit().success());
    let course = coursegrid::plan_file::load(&plan).unwrap();
    let practice = course.modules()[2].cell(GagneEvent::ElicitPerformance);
    assert_eq!(practice.mode(), Mode::Live);
    assert!(
        recovery_copies(home.path()).is_empty(),
        "a clean save and quit removes the copy"
    );
}

#[cfg(unix)]
#[test]
fn unsaved_work_survives_sigkill() {
    unsaved_work_survives("KILL");
}

#[cfg(unix)]
#[test]
fn unsaved_work_survives_sigterm() {
    unsaved_work_survives("TERM");
}

#[cfg(unix)]
#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let (home, plan) = master_baker_copy();
    let mut pty = open(home.path(), &plan);
    pty.send(" ");
    pty.wait_for("unsaved changes");
    // A colleague's change arrives (git pull, another editor).
    let theirs = std::fs::read_to_string(&plan).unwrap().replace(
        "title: \"Master Baker\"",
        "title: \"Master Baker (theirs)\"",
    );
    std::fs::write(&plan, &theirs).unwrap();
    pty.send("\x13");
    pty.wait_for("changed on disk since you opened it");
    pty.send("r");
    pty.wait_for("Reloading drops your unsaved changes");
    pty.send("r");
    pty.wait_for("Reloaded from disk");
    pty.wait_for("Master Baker (theirs)");
    assert_eq!(
        std::fs::read_to_string(&plan).unwrap(),
        theirs,
        "reloading writes nothing"
    );
    pty.send("q");
    assert!(pty.wait_exit().success());
}

/// What a terminal sends for a paste of `text` once the program asked for
/// bracketed paste: the text between two markers, never as keys.
fn bracketed(text: &str) -> String {
    format!("\x1b[200~{text}\x1b[201~")
}

/// A paste ending in a line break and `D` once deleted a module: the Enter
/// and the `D` ran as commands. With bracketed paste it is text, and only a
/// text field takes it.
#[test]
fn a_paste_is_text_for_a_field_and_never_commands_for_the_grid() {
    let (home, plan) = master_baker_copy();
    let original = std::fs::read(&plan).unwrap();
    let mut pty = open(home.path(), &plan);
    assert!(
        pty.parser.screen().bracketed_paste(),
        "the editor asks the terminal for bracketed paste"
    );

    // On the grid: nothing happens, and the status line says why.
    pty.send(&bracketed("abc\nD"));
    let screen = pty.wait_for("a paste only types into a text field");
    assert!(screen.contains("modules 1-4 of 5"), "{screen}");
    assert!(!screen.contains("unsaved changes"), "{screen}");

    // In the activity field: typed as one line, the field still open.
    pty.send("e");
    pty.wait_for("Enter saves");
    pty.send("\x15"); // Ctrl-U clears the field
    pty.send(&bracketed("abc\nD"));
    let screen = pty.wait_for("abc D");
    assert!(
        screen.contains("Enter saves"),
        "the field is still open:\n{screen}"
    );
    pty.send("\r");
    pty.wait_for("activity set");
    pty.send("\x13"); // Ctrl-S
    pty.wait_for("Saved plan.ron");
    pty.send("q");
    assert!(pty.wait_exit().success());
    pty.assert_terminal_restored();

    let before = plan_file::from_bytes(&plan, &original).unwrap();
    let after = plan_file::load(&plan).unwrap();
    assert_eq!(
        after.modules().len(),
        before.modules().len(),
        "no module deleted"
    );
    assert_eq!(
        after.modules()[0]
            .cell(GagneEvent::GainAttention)
            .activity
            .as_deref(),
        Some("abc D")
    );
}

/// Whether Linux says the process is stopped (state `T` in /proc).
#[cfg(target_os = "linux")]
fn stopped(process: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{process}/stat"))
        .ok()
        // The state follows the command name, which is in parentheses.
        .and_then(|stat| {
            stat.rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().starts_with('T'))
        })
        .unwrap_or(false)
}

/// The terminal's line discipline as `stty` reports it: `-icanon` in raw
/// mode, `icanon` when the shell has it back.
#[cfg(target_os = "linux")]
fn canonical_mode(pty: &Pty) -> bool {
    let name = pty._master.tty_name().expect("the terminal's name");
    let out = std::process::Command::new("stty")
        .arg("-F")
        .arg(&name)
        .arg("-a")
        .output()
        .expect("run stty");
    let settings = String::from_utf8_lossy(&out.stdout);
    settings.split_whitespace().any(|word| word == "icanon")
}

/// Stops coursegrid by `how` (a Ctrl-Z key or a SIGTSTP from outside),
/// checks it gave the terminal back and is stopped, continues it as `fg`
/// would, and checks it took the terminal again, drew the whole screen and
/// answers keys.
#[cfg(target_os = "linux")]
fn stop_and_continue(how: &str) {
    let (home, plan) = master_baker_copy();
    let mut pty = open(home.path(), &plan);
    let process = pty.process_id();
    let entered = pty.raw.len();
    match how {
        "Ctrl-Z" => pty.send("\x1a"),
        signal => {
            let killed = std::process::Command::new("kill")
                .args([format!("-{signal}"), process.to_string()])
                .status()
                .expect("run kill");
            assert!(killed.success());
        }
    }
    let deadline = Instant::now() + PATIENCE;
    while !(stopped(process) && find_last(&pty.raw[entered..], LEAVE_ALTERNATE_SCREEN).is_some()) {
        assert!(
            Instant::now() < deadline,
            "{how}: not stopped, or the terminal not given back"
        );
        if let Ok(chunk) = pty.output.recv_timeout(Duration::from_millis(20)) {
            pty.take(&chunk);
        }
    }
    pty.assert_terminal_restored();
    assert!(
        canonical_mode(&pty),
        "{how}: raw mode left on while stopped"
    );

    // The shell's `fg` continues the job with SIGCONT.
    let continued = std::process::Command::new("kill")
        .args(["-CONT", &process.to_string()])
        .status()
        .expect("run kill");
    assert!(continued.success());
    let screen = pty.wait_until("the whole screen drawn again", |screen| {
        screen.contains("Tradeoffs") && screen.contains("9 Transfer") && screen.contains("? help")
    });
    let terminal = pty.parser.screen();
    assert!(
        terminal.alternate_screen(),
        "{how}: not back on the alternate screen"
    );
    assert!(
        terminal.bracketed_paste(),
        "{how}: bracketed paste not back on"
    );
    assert_ne!(
        terminal.mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "{how}: the mouse not taken again"
    );
    assert!(!canonical_mode(&pty), "{how}: raw mode not back on");
    assert!(!screen.contains("unsaved changes"), "{screen}");

    // Keys work again: a toggle, and the quit prompt it brings.
    pty.send(" ");
    pty.wait_for("unsaved changes");
    pty.send("q");
    pty.wait_for("has unsaved changes");
    pty.send("d");
    assert!(pty.wait_exit().success());
    pty.assert_terminal_restored();
}

#[cfg(target_os = "linux")]
#[test]
fn ctrl_z_stops_the_editor_and_continuing_redraws_it() {
    stop_and_continue("Ctrl-Z");
}

#[cfg(target_os = "linux")]
#[test]
fn a_sigtstp_from_outside_stops_the_editor_and_continuing_redraws_it() {
    stop_and_continue("TSTP");
}

/// The demo in a pty with `args` and `env`, once drawn.
fn demo_with(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Pty {
    let mut all = vec![OsStr::new("demo")];
    all.extend(args.iter().map(OsStr::new));
    let mut vars: Vec<(&str, &OsStr)> = vec![("COURSEGRID_HOME", home.as_os_str())];
    vars.extend(env.iter().map(|(key, value)| (*key, OsStr::new(value))));
    let mut pty = Pty::spawn(&all, &vars);
    pty.wait_until("the demo", |screen| {
        screen.contains("Tradeoffs") && screen.contains("? help")
    });
    pty
}

/// The colour behind the title bar's first cell.
fn title_bar_background(pty: &Pty) -> vt100::Color {
    pty.parser.screen().cell(0, 1).expect("a cell").bgcolor()
}

#[test]
fn an_explicit_theme_beats_no_color() {
    let home = tempfile::tempdir().unwrap();
    let plain = demo_with(home.path(), &[], &[("NO_COLOR", "1")]);
    assert_eq!(title_bar_background(&plain), vt100::Color::Default);
    drop(plain);
    // Bright yellow (palette 11), not the dark olive of palette 3.
    let chosen = demo_with(
        home.path(),
        &["--theme", "high-contrast"],
        &[("NO_COLOR", "1")],
    );
    assert_eq!(title_bar_background(&chosen), vt100::Color::Idx(11));
    drop(chosen);
    // Before the command, as global options often go: still the demo.
    let mut first = Pty::spawn(
        &[
            OsStr::new("--theme"),
            OsStr::new("high-contrast"),
            OsStr::new("demo"),
        ],
        &[
            ("COURSEGRID_HOME", home.path().as_os_str()),
            ("NO_COLOR", OsStr::new("1")),
        ],
    );
    first.wait_for("Master Baker");
    assert_eq!(title_bar_background(&first), vt100::Color::Idx(11));
    drop(first);
    // The settings file is an explicit choice too.
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(
        home.path().join("config/config.ron"),
        "(theme: HighContrast)",
    )
    .unwrap();
    let configured = demo_with(home.path(), &[], &[("NO_COLOR", "1")]);
    assert_eq!(title_bar_background(&configured), vt100::Color::Idx(11));
}

#[test]
fn the_settings_can_leave_the_mouse_to_the_terminal() {
    let home = tempfile::tempdir().unwrap();
    let with_mouse = demo_with(home.path(), &[], &[]);
    assert_ne!(
        with_mouse.parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None
    );
    drop(with_mouse);
    std::fs::create_dir_all(home.path().join("config")).unwrap();
    std::fs::write(home.path().join("config/config.ron"), "(mouse: false)").unwrap();
    let mut pty = demo_with(home.path(), &[], &[]);
    assert_eq!(
        pty.parser.screen().mouse_protocol_mode(),
        vt100::MouseProtocolMode::None,
        "mouse reporting is on although the settings say (mouse: false)"
    );
    // Nor is it turned on when the editor comes back from a stop.
    #[cfg(target_os = "linux")]
    {
        pty.send("\x1a");
        let process = pty.process_id();
        let deadline = Instant::now() + PATIENCE;
        while !stopped(process) {
            assert!(Instant::now() < deadline, "Ctrl-Z did not stop the editor");
            thread::sleep(Duration::from_millis(20));
        }
        std::process::Command::new("kill")
            .args(["-CONT", &process.to_string()])
            .status()
            .expect("run kill");
        pty.wait_until("the screen again", |screen| screen.contains("Tradeoffs"));
        pty.send(" ");
        pty.wait_for("unsaved changes");
        assert_eq!(
            pty.parser.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None
        );
    }
    pty.send("q");
    pty.wait_for("has unsaved changes");
    pty.send("d");
    assert!(pty.wait_exit().success());
}

/// Digits typed on a cell in a real terminal: the number goes into the
/// minutes field, Enter sets it and does nothing else, and it is saved.
#[test]
fn typed_minutes_in_a_real_terminal_set_the_cell() {
    let (home, plan) = master_baker_copy();
    let mut pty = open(home.path(), &plan);
    pty.wait_for("modules 1-4 of 5");
    pty.send("1");
    pty.wait_for("Minutes (0 to 600)");
    pty.send("20");
    pty.wait_for("120");
    pty.send("\r");
    let screen = pty.wait_for("120 min");
    assert!(!screen.contains("Minutes (0 to 600)"), "{screen}");
    // Enter set the minutes and reached nothing else: no activity prompt.
    assert!(!screen.contains("Enter saves"), "{screen}");
    pty.send("\x13"); // Ctrl-S
    pty.wait_for("Saved plan.ron");
    pty.send("q");
    assert!(pty.wait_exit().success());
    pty.assert_terminal_restored();
    let after = plan_file::load(&plan).unwrap();
    assert_eq!(
        after.modules()[0]
            .cell(GagneEvent::GainAttention)
            .minutes
            .get(),
        120
    );
}
