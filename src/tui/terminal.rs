//! Entering and leaving the terminal's full-screen mode, in one place, so the
//! terminal is restored whatever happens: a normal quit, an error, a panic or
//! a SIGTERM/SIGHUP.

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
    /// Reading the terminal failed (it went away).
    InputError(io::Error),
}

/// Restores the terminal when dropped, so an early return or `?` cannot leave
/// it in raw mode.
pub struct Session {
    pub terminal: Tui,
}

impl Drop for Session {
    fn drop(&mut self) {
        restore();
    }
}

/// Puts the terminal in full-screen raw mode with mouse reporting. The panic
/// hook is installed first, so even a panic during set-up restores it.
pub fn enter() -> io::Result<Session> {
    install_panic_hook();
    enable_raw_mode()?;
    let mut stdout = io::stdout();
    // Bracketed paste: a paste arrives as one event, so a line break inside it
    // is text, never an Enter that answers a prompt.
    if let Err(error) = execute!(
        stdout,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    ) {
        restore();
        return Err(error);
    }
    let (width, height) = crossterm::terminal::size()?;
    let backend = GapFilling::new(
        CrosstermBackend::new(stdout),
        Rect::new(0, 0, width, height),
    );
    match Terminal::new(backend) {
        Ok(terminal) => Ok(Session { terminal }),
        Err(error) => {
            restore();
            Err(error)
        }
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
        let mut signals = signal_hook::iterator::Signals::new(ENDING_SIGNALS)?;
        thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                let _ = sender.send(Wake::Signal(signal));
            }
        });
    }
    Ok(receiver)
}
