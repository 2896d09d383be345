//! When the editor writes its recovery copy: within a second of a change
//! (at most once a second, so typing fast does not mean writing fast), and
//! always when it is stopped with unsaved work (a signal, a panic). A clean
//! stop, or a quit that discards the changes, removes the copy.

use std::time::{Duration, Instant};

use super::app::{App, Editor, Status};

/// At most one recovery write per this interval.
pub const INTERVAL: Duration = Duration::from_secs(1);

#[derive(Debug, Default)]
pub struct RecoveryClock {
    last_write: Option<Instant>,
    /// The editor revision the copy on disk holds.
    written: Option<u64>,
}

impl RecoveryClock {
    /// How long until a write is due; `None` when nothing needs writing (then
    /// the event loop can block without a timeout).
    pub fn due_in(&self, app: &App) -> Option<Duration> {
        let editor = app.editor()?;
        if !self.stale(editor) {
            return None;
        }
        Some(match self.last_write {
            Some(at) => INTERVAL.saturating_sub(at.elapsed()),
            None => Duration::ZERO,
        })
    }

    /// Writes the recovery copy if one is due now.
    pub fn tick(&mut self, app: &mut App) {
        if self.due_in(app) == Some(Duration::ZERO) {
            self.write(app);
        }
    }

    /// Writes the copy now if the editor has unsaved work it does not hold yet.
    pub fn write(&mut self, app: &mut App) {
        let Some(editor) = app.editor_mut() else {
            return;
        };
        if !self.stale(editor) {
            return;
        }
        if let Some(recovery) = &editor.recovery {
            self.last_write = Some(Instant::now());
            self.written = Some(editor.revision);
            if let Err(error) = recovery.write(&editor.course) {
                editor.status = Status::error(format!("Cannot write the recovery copy: {error}"));
            }
        }
    }

    /// On the way out: keep unsaved work in the copy, or remove the copy when
    /// everything is saved or the user chose to discard the changes (unless
    /// one is still being offered).
    pub fn finish(&mut self, app: &mut App) {
        let Some(editor) = app.editor() else {
            return;
        };
        if editor.is_modified() && !editor.discarded {
            self.write(app);
        } else if let (Some(recovery), false) = (&editor.recovery, editor.keep_recovery) {
            let _ = recovery.remove();
        }
    }

    fn stale(&self, editor: &Editor) -> bool {
        editor.is_modified() && !editor.keep_recovery && self.written != Some(editor.revision)
    }
}
