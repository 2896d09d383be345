//! Entering and leaving the terminal's full-screen mode, in one place, so the
//! terminal is restored whatever happens: a normal quit, an error, a panic, a
//! SIGTERM/SIGHUP, or a stop (Ctrl-Z, SIGTSTP) until the shell's `fg`.

use std::io::{self, Stdout, Write};
use std::sync::Once;
use std::sync::mpsc::{self, Receiver};
use std::thread;

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use super::backend::GapFilling;

/// The terminal as the editor draws on it: crossterm, behind the backend
/// that trades cursor moves for reprinted cells where that is shorter.
pub type Tui = Terminal<GapFilling<CrosstermBackend<Stdout>>>;

/// What wakes the event loop.
pub enum Wake {
    Input(Event),
    /// One of [`ENDING_SIGNALS`]: leave now.
    Signal(i32),
    /// SIGTSTP from outside (`kill -TSTP`; in raw mode Ctrl-Z is a key):
    /// give the terminal back and stop.
    Stop,
    /// SIGCONT: the process runs again after a stop (perhaps one it could
    /// not see, SIGSTOP); take the terminal again and draw the whole screen.
    Continue,
    /// Reading the terminal failed (it went away).
    InputError(io::Error),
}

/// What the editor asks of the terminal besides raw mode, the alternate
/// screen and bracketed paste, which it always wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Features {
    /// Mouse reporting: clicks select cells, the wheel scrolls. Without it
    /// the terminal's own mouse selection (to copy text) works.
    pub mouse: bool,
}

/// Restores the terminal when dropped, so an early return or `?` cannot leave
/// it in raw mode.
pub struct Session {
    pub terminal: Tui,
    features: Features,
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal in full-screen raw mode with bracketed paste (and mouse
/// reporting if asked). The panic hook is installed first, so even a panic
/// during set-up restores it.
pub fn enter(features: Features) -> io::Result<Session> {
    install_panic_hook();
    // The theme has decided about colour already (NO_COLOR, unless a theme
    // was asked for: see `config::theme_choice`); crossterm's own NO_COLOR
    // check would drop the colours of an explicit `--theme`.
    crossterm::style::force_color_output(true);
    if let Err(error) = take_terminal(features) {
        restore();
        return Err(error);
    }
    let (width, height) = crossterm::terminal::size()?;
    let backend = GapFilling::new(
        CrosstermBackend::new(io::stdout()),
        Rect::new(0, 0, width, height),
    );
    match Terminal::new(backend) {
        Ok(terminal) => Ok(Session { terminal, features }),
        Err(error) => {
            restore();
            Err(error)
        }
    }
}

/// Raw mode, the alternate screen, bracketed paste and, if asked, the mouse.
fn take_terminal(features: Features) -> io::Result<()> {
    // crossterm skips enabling raw mode when it believes it is on already;
    // after a stop the shell may have reset the terminal behind its back.
    disable_raw_mode()?;
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    // Bracketed paste: a paste arrives as one event, so a line break inside it
    // is text, never an Enter that answers a prompt.
    execute!(stdout, EnterAlternateScreen, EnableBracketedPaste)?;
    if features.mouse {
        execute!(stdout, EnableMouseCapture)?;
    }
    Ok(())
}

impl Session {
    /// Ctrl-Z or SIGTSTP: gives the terminal back as it was and stops the
    /// process, as the shell expects of a job; returns once the shell
    /// continues it (`fg`), with the terminal taken again and the next frame
    /// drawn whole. Elsewhere than Unix there is no stopping: nothing happens.
    pub fn suspend(&mut self) -> io::Result<()> {
        #[cfg(unix)]
        {
            restore();
            // SIGTSTP itself would only reach our own handler (registered so
            // a `kill -TSTP` is seen here): signal-hook stops the process the
            // way the default action would, and returns when it continues.
            signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP)?;
            self.resume()?;
        }
        Ok(())
    }

    /// Takes the terminal again (after a stop, or on SIGCONT, when the shell
    /// may have changed it) and forgets what the screen showed, so the next
    /// frame is drawn whole, at the terminal's size now.
    pub fn resume(&mut self) -> io::Result<()> {
        take_terminal(self.features)?;
        let (width, height) = crossterm::terminal::size()?;
        // `resize` clears the screen and ratatui's copy of it even at the
        // same size (`clear` would ask the terminal for the cursor position,
        // an answer the input thread would swallow).
        self.terminal.resize(Rect::new(0, 0, width, height))?;
        Ok(())
    }
}

/// Leaves full-screen mode. Safe to call more than once.
pub fn restore() {
    let mut stdout = io::stdout();
    let _ = execute!(
        stdout,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = stdout.flush();
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
    });
}

/// Every catchable asynchronous signal whose default action ends the
/// process: each one restores the terminal and writes the recovery copy
/// before the editor exits with 128 + its number. (In raw mode Ctrl-C and
/// Ctrl-\\ are keys, not signals; these come from `kill` or the system.)
#[cfg(unix)]
pub const ENDING_SIGNALS: [i32; 11] = {
    use signal_hook::consts::*;
    [
        SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU,
        SIGXFSZ,
    ]
};

/// Stop and continue: SIGTSTP from outside (in raw mode Ctrl-Z is a key),
/// and SIGCONT after any stop.
#[cfg(unix)]
const JOB_CONTROL_SIGNALS: [i32; 2] = [signal_hook::consts::SIGTSTP, signal_hook::consts::SIGCONT];

/// Starts the threads that block on terminal input and on signals, and
/// returns the channel the event loop blocks on: no polling, no timer, so an
/// idle editor uses no CPU.
pub fn wake_events() -> io::Result<Receiver<Wake>> {
    let (sender, receiver) = mpsc::channel();
    let input = sender.clone();
    thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(event) => Wake::Input(event),
                Err(error) => Wake::InputError(error),
            };
            let failed = matches!(wake, Wake::InputError(_));
            if input.send(wake).is_err() || failed {
                break;
            }
        }
    });
    #[cfg(unix)]
    {
        let mut signals =
            signal_hook::iterator::Signals::new(ENDING_SIGNALS.iter().chain(&JOB_CONTROL_SIGNALS))?;
        thread::spawn(move || {
            for signal in signals.forever() {
                let (wake, last) = match signal {
                    signal_hook::consts::SIGTSTP => (Wake::Stop, false),
                    signal_hook::consts::SIGCONT => (Wake::Continue, false),
                    ending => (Wake::Signal(ending), true),
                };
                if sender.send(wake).is_err() || last {
                    break;
                }
            }
        });
    }
    Ok(receiver)
}
