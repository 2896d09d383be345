//! Undo and redo: snapshots of the course before each edit, with where the
//! cursor was, so undo puts the user back where the change happened.

use crate::model::Course;

use super::app::Cursor;

/// How many edits can be undone; older ones are forgotten.
const LIMIT: usize = 500;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<(Course, Cursor)>,
    redo: Vec<(Course, Cursor)>,
}

impl History {
    /// Records the state before an edit; a new edit forgets what could be redone.
    pub fn record(&mut self, before: Course, cursor: Cursor) {
        if self.undo.len() == LIMIT {
            self.undo.remove(0);
        }
        self.undo.push((before, cursor));
        self.redo.clear();
    }

    /// Swaps `current` for the state before the last edit, if any.
    pub fn undo(&mut self, current: Course, cursor: Cursor) -> Option<(Course, Cursor)> {
        let previous = self.undo.pop()?;
        self.redo.push((current, cursor));
        Some(previous)
    }

    /// Swaps `current` for the state the last undo left, if any.
    pub fn redo(&mut self, current: Course, cursor: Cursor) -> Option<(Course, Cursor)> {
        let next = self.redo.pop()?;
        self.undo.push((current, cursor));
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::GagneEvent;

    #[test]
    fn undo_and_redo_walk_back_and_forth_and_a_new_edit_clears_redo() {
        let cursor = Cursor {
            module: 0,
            event: GagneEvent::GainAttention,
        };
        let a = Course::with_recommended_modules("A", 1).unwrap();
        let b = Course::with_recommended_modules("B", 1).unwrap();
        let c = Course::with_recommended_modules("C", 1).unwrap();
        let mut history = History::default();
        history.record(a.clone(), cursor);
        assert_eq!(history.undo(b.clone(), cursor).unwrap().0, a);
        assert_eq!(history.redo(a.clone(), cursor).unwrap().0, b);
        history.record(b, cursor);
        assert!(
            history.redo(c, cursor).is_none(),
            "a new edit forgets the redo"
        );
        assert!(history.can_undo());
    }
}
