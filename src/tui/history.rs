//! Undo and redo. Each step keeps only what an edit changed (the title, the
//! assumptions, the schedule, the modules it touched), as it was, with where the cursor
//! was, so that 500 steps on a 1000-module plan cost kilobytes, not the
//! hundreds of megabytes 500 whole copies would.

use crate::model::{Assumptions, Course, Module, Schedule, equal_ends};

use super::app::Cursor;

/// How many edits can be undone; older ones are forgotten.
const LIMIT: usize = 500;

/// The parts of a course an edit changed, as they were on one side of it.
#[derive(Debug, Clone, PartialEq)]
struct Change {
    title: Option<String>,
    assumptions: Option<Assumptions>,
    /// The schedule as it was (itself optional: a plan may have none).
    schedule: Option<Option<Schedule>>,
    modules: Modules,
}

#[derive(Debug, Clone, PartialEq)]
enum Modules {
    /// The same number of modules: these indexes held these modules.
    Replaced(Vec<(usize, Module)>),
    /// Modules added or removed: from `at`, `removed` stood where `count` now do.
    Spliced {
        at: usize,
        removed: Vec<Module>,
        count: usize,
    },
}

impl Change {
    /// What `from` had where `to` differs.
    fn between(from: &Course, to: &Course) -> Change {
        let (old, new) = (from.modules(), to.modules());
        let modules = if old.len() == new.len() {
            let changed = old.iter().zip(new).enumerate().filter(|(_, (a, b))| a != b);
            Modules::Replaced(changed.map(|(i, (a, _))| (i, a.clone())).collect())
        } else {
            let (prefix, suffix) = equal_ends(old, new);
            Modules::Spliced {
                at: prefix,
                removed: old[prefix..old.len() - suffix].to_vec(),
                count: new.len() - suffix - prefix,
            }
        };
        Change {
            title: (from.title != to.title).then(|| from.title.clone()),
            assumptions: (from.assumptions != to.assumptions).then_some(from.assumptions),
            schedule: (from.schedule != to.schedule).then(|| from.schedule.clone()),
            modules,
        }
    }

    /// Puts these parts back into `course`; returns what they replaced, the
    /// change that goes the other way.
    fn apply(self, course: &mut Course) -> Change {
        let title = self
            .title
            .map(|title| std::mem::replace(&mut course.title, title));
        let assumptions = self
            .assumptions
            .map(|a| std::mem::replace(&mut course.assumptions, a));
        let schedule = self
            .schedule
            .map(|s| std::mem::replace(&mut course.schedule, s));
        let modules = match self.modules {
            Modules::Replaced(modules) => Modules::Replaced(
                modules
                    .into_iter()
                    .map(|(i, module)| (i, std::mem::replace(&mut course.modules_mut()[i], module)))
                    .collect(),
            ),
            Modules::Spliced { at, removed, count } => {
                let inserted = removed.len();
                let taken = course
                    .splice_modules(at, count, removed)
                    .expect("undo restores a module count the course had before");
                Modules::Spliced {
                    at,
                    removed: taken,
                    count: inserted,
                }
            }
        };
        Change {
            title,
            assumptions,
            schedule,
            modules,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<(Change, Cursor)>,
    redo: Vec<(Change, Cursor)>,
}

impl History {
    /// Records an edit from `before` to `after`; a new edit forgets what could be redone.
    pub fn record(&mut self, before: &Course, after: &Course, cursor: Cursor) {
        if self.undo.len() == LIMIT {
            self.undo.remove(0);
        }
        self.undo.push((Change::between(before, after), cursor));
        self.redo.clear();
    }

    /// Takes `course` back before the last edit; returns where the cursor was then.
    pub fn undo(&mut self, course: &mut Course, cursor: Cursor) -> Option<Cursor> {
        let (change, then) = self.undo.pop()?;
        self.redo.push((change.apply(course), cursor));
        Some(then)
    }

    /// Takes `course` forward again after an undo.
    pub fn redo(&mut self, course: &mut Course, cursor: Cursor) -> Option<Cursor> {
        let (change, then) = self.redo.pop()?;
        self.undo.push((change.apply(course), cursor));
        Some(then)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumption, GagneEvent, Mode};
    use proptest::prelude::*;

    const CURSOR: Cursor = Cursor {
        module: 0,
        event: GagneEvent::GainAttention,
    };

    #[test]
    fn undo_and_redo_walk_back_and_forth_and_a_new_edit_clears_redo() {
        let a = Course::with_recommended_modules("A", 3).unwrap();
        let mut b = a.clone();
        b.title = "B".into();
        b.modules_mut()[1]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        let mut history = History::default();
        history.record(&a, &b, CURSOR);
        let mut course = b.clone();
        assert_eq!(history.undo(&mut course, CURSOR), Some(CURSOR));
        assert_eq!(course, a);
        history.redo(&mut course, CURSOR).unwrap();
        assert_eq!(course, b);
        history.record(&b, &a, CURSOR);
        assert!(
            history.redo(&mut course, CURSOR).is_none(),
            "a new edit forgets the redo"
        );
    }

    #[test]
    fn undo_gives_back_the_schedule_an_edit_changed() {
        let a = Course::with_recommended_modules("A", 2).unwrap();
        let mut b = a.clone();
        b.schedule = crate::samples::Sample::MasterBaker.course().schedule;
        assert!(b.schedule.is_some());
        let mut history = History::default();
        history.record(&a, &b, CURSOR);
        let mut course = b.clone();
        history.undo(&mut course, CURSOR).unwrap();
        assert_eq!(course.schedule, None, "the schedule added is taken away");
        history.redo(&mut course, CURSOR).unwrap();
        assert_eq!(course, b);
    }

    #[test]
    fn a_step_keeps_only_the_module_it_changed() {
        let a = Course::with_recommended_modules("A", 1000).unwrap();
        let mut b = a.clone();
        b.modules_mut()[500]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        let change = Change::between(&a, &b);
        assert_eq!(change.title, None);
        assert!(matches!(&change.modules, Modules::Replaced(m) if m.len() == 1 && m[0].0 == 500));
    }

    /// Random edits of every kind, undone all the way and redone all the way.
    fn edit(course: &mut Course, kind: u8, at: usize) {
        let index = at % course.modules().len();
        match kind % 7 {
            0 => {
                let event = GagneEvent::ALL[at % 9];
                course.modules_mut()[index].cell_mut(event).toggle(event);
            }
            1 => course.title.push('x'),
            2 => course
                .assumptions
                .set(Assumption::LearnersPerCohort, (at % 90 + 1) as f64)
                .unwrap(),
            3 => {
                let _ = course.insert_module(index, Module::new(format!("new {at}")));
            }
            4 => {
                let _ = course.remove_module(index);
            }
            5 => course.swap_modules(index, (index + 1) % course.modules().len()),
            _ => {
                course.schedule = match course.schedule {
                    Some(_) => None,
                    None => crate::samples::Sample::MasterBaker.course().schedule,
                }
            }
        }
    }

    proptest! {
        #[test]
        fn undo_all_then_redo_all_gives_back_every_state(edits in proptest::collection::vec((0u8..7, 0usize..50), 1..40)) {
            let mut course = Course::with_recommended_modules("Plan", 4).unwrap();
            let mut states = vec![course.clone()];
            let mut history = History::default();
            for (kind, at) in edits {
                let before = course.clone();
                edit(&mut course, kind, at);
                history.record(&before, &course, CURSOR);
                states.push(course.clone());
            }
            for state in states.iter().rev().skip(1) {
                history.undo(&mut course, CURSOR).unwrap();
                prop_assert_eq!(&course, state);
            }
            for state in states.iter().skip(1) {
                history.redo(&mut course, CURSOR).unwrap();
                prop_assert_eq!(&course, state);
            }
        }
    }
}
