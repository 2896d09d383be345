//! The guided tour for workshops: short steps, each pointing at one part of
//! the screen and asking the presenter to do one thing. Enter or → goes on,
//! ← goes back, Esc leaves; every other key works as usual, so the presenter
//! does what the step asks while the card stays up.

use crate::model::{GagneEvent, Mode};
use crate::present::charts::{CHART_COHORTS, Variant, cost_chart};
use crate::present::printable::{printable, truncate};
use crate::tui::action::Action;
use crate::tui::app::Editor;
use crate::tui::keymap;

/// The part of the screen a step points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Grid,
    /// The cell the step selects for the presenter: module 3 (or the last), event 6.
    Cell,
    Bands,
    Panel,
    Warnings,
    Detail,
    Chart,
    Export,
}

#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub title: &'static str,
    /// What the step explains, true of any plan.
    pub text: &'static str,
    /// What the step shows in the plan on screen (see [`Step::fact`]).
    pub fact: Fact,
    /// The one thing to do, in the presenter's words; each `{}` is the key
    /// of the matching action in `keys`, named by the keymap so the tour
    /// cannot drift from the keys that work.
    pub try_template: &'static str,
    pub keys: &'static [Action],
    pub target: Target,
}

/// A sentence about the plan on screen, so a card speaks of the course the
/// audience sees, not of the sample it was written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fact {
    None,
    /// The course's title, modules and cells.
    Course,
    /// The selected cell: where it is and what it is now.
    SelectedCell,
    /// How many cells differ from the recommended mode.
    Deviations,
    /// How many warnings the plan has.
    Warnings,
    /// Where the lines of the hours-over-cohorts chart cross, if they do.
    Crossings,
}

pub const STEPS: &[Step] = &[
    Step {
        title: "The course as a grid",
        text: "Rows are Gagné's nine events of instruction; columns are the course's modules. \
               A cell is live (●, together in real time), self-paced (○, in the learner's own \
               time) or not planned (·).",
        fact: Fact::Course,
        try_template: "Move around with h j k l (or click a cell).",
        keys: &[],
        target: Target::Grid,
    },
    Step {
        title: "One choice, one cell",
        text: "Live, a cell brings learners together, at the price of the instructor's time \
               for every section; self-paced, each learner does it alone, when it suits them.",
        fact: Fact::SelectedCell,
        try_template: "Press {} on this cell and watch Per cohort in the panel.",
        keys: &[Action::ToggleMode],
        target: Target::Cell,
    },
    Step {
        title: "What learners do",
        text: "Each cell has a kind: Vi video, Qz quiz, As assignment, Wk workshop. A video \
               costs hours to build, nothing per learner; marking costs minutes per learner.",
        fact: Fact::None,
        try_template: "Press {}: the panel follows the kinds. Enter sets one.",
        keys: &[Action::OpenKindPicker],
        target: Target::Cell,
    },
    Step {
        title: "The Line of Understanding",
        text: "Events 1-4 (remember, understand) suit self-paced work; 5-7 (apply, analyze) \
               suit live work; 8-9 (evaluate, create) suit self-paced work again. * marks a \
               cell that differs.",
        fact: Fact::Deviations,
        try_template: "Find the * cells: each is a choice worth a second look.",
        keys: &[],
        target: Target::Bands,
    },
    Step {
        title: "What each choice costs",
        text: "Staff hours: live hours repeat for every section (a large one needs a co-host), \
               videos cost hours to build once, marking grows with every learner. ▲▼ shows \
               what your last edit changed: ✓ better, ✗ worse.",
        fact: Fact::None,
        try_template: "Press {} to undo the toggle, then {} to redo it, and watch the arrows.",
        keys: &[Action::Undo, Action::Redo],
        target: Target::Panel,
    },
    Step {
        title: "The warnings",
        text: "Self-paced work slips without live checkpoints: given a week, many learners put \
               it off until the next live session. A large live section needs a co-host.",
        fact: Fact::Warnings,
        try_template: "Press {} and raise the learners per cohort until a co-host is needed.",
        keys: &[Action::OpenAssumptions],
        target: Target::Warnings,
    },
    Step {
        title: "The recommendation, and why",
        text: "Under the grid: the selected cell in full, the mode the article recommends for \
               its event, and the reason.",
        fact: Fact::None,
        try_template: "Press {}, then r, to apply the recommended modes to this module.",
        keys: &[Action::OpenModeMenu],
        target: Target::Detail,
    },
    Step {
        title: "Where a choice pays off",
        text: "Self-paced costs more to build and less to run. The chart adds up staff hours, \
               cohort after cohort, for this plan, all live and all self-paced.",
        fact: Fact::Crossings,
        try_template: "Press {} for the chart, {} again for hours by cohort size, Esc for the grid.",
        keys: &[Action::CycleView, Action::CycleView],
        target: Target::Chart,
    },
    Step {
        title: "Compare two scenarios",
        text: "Pin the plan as it is, change it, and the panel shows both side by side with the \
               difference; the grid marks every cell you changed.",
        fact: Fact::None,
        try_template: "Press {} to pin a baseline, toggle a few cells, then {} to clear it.",
        keys: &[Action::PinBaseline, Action::ClearBaseline],
        target: Target::Panel,
    },
    Step {
        title: "Share the plan",
        text: "Export a Markdown document to send to a client or a colleague (the grid, the \
               tradeoffs, charts GitHub draws), the RON plan for git, or CSV for a spreadsheet.",
        fact: Fact::None,
        try_template: "Press {}, then Enter. Then Esc ends the tour; {} starts it again.",
        keys: &[Action::Export, Action::StartTour],
        target: Target::Export,
    },
];

/// Where the tour is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tour {
    pub step: usize,
}

impl Step {
    /// The step's sentence about the plan in `editor`, if it has one.
    pub fn fact(&self, editor: &Editor) -> Option<String> {
        let course = &editor.course;
        match self.fact {
            Fact::None => None,
            Fact::Course => {
                let cells = course.modules().iter().flat_map(|module| {
                    GagneEvent::ALL
                        .into_iter()
                        .filter_map(|event| module.cell(event).planned_mode())
                });
                let live = cells.clone().filter(|&mode| mode == Mode::Live).count();
                let self_paced = cells.filter(|&mode| mode == Mode::SelfPaced).count();
                Some(format!(
                    "Here: \"{}\", {} modules, {live} live and {self_paced} self-paced cells.",
                    truncate(&printable(&course.title), 40),
                    course.modules().len()
                ))
            }
            Fact::SelectedCell => {
                let cursor = editor.cursor;
                let module = &course.modules()[cursor.module];
                let cell = module.cell(cursor.event);
                let state = if cell.is_planned() {
                    format!(
                        "{} {}, {} min",
                        cell.mode().label(),
                        cell.kind.label(),
                        cell.minutes
                    )
                } else {
                    "not planned".to_owned()
                };
                Some(format!(
                    "Selected: {} (event {}) in module {} \"{}\": {state}.",
                    cursor.event.short_label().to_lowercase(),
                    cursor.event.number(),
                    cursor.module + 1,
                    truncate(&printable(&module.title), 30)
                ))
            }
            Fact::Deviations => {
                let marked = course
                    .modules()
                    .iter()
                    .map(|module| {
                        GagneEvent::ALL
                            .into_iter()
                            .filter(|&event| module.departs(event))
                            .count()
                    })
                    .sum::<usize>();
                Some(match marked {
                    0 => "Here no cell is marked: every one follows the line.".to_owned(),
                    1 => "Here 1 cell is marked *.".to_owned(),
                    n => format!("Here {n} cells are marked *."),
                })
            }
            Fact::Warnings => Some(match editor.tradeoffs.warnings.len() {
                0 => "This plan has no warnings now.".to_owned(),
                1 => "This plan has 1 warning, in the panel.".to_owned(),
                n => format!("This plan has {n} warnings, in the panel."),
            }),
            Fact::Crossings => {
                let chart = cost_chart(&editor.tradeoffs, CHART_COHORTS);
                // The break-even pair first: it is the one the panel names.
                let crossing = chart
                    .crossings
                    .iter()
                    .find(|c| (c.first, c.second) == (Variant::ThisPlan, Variant::AllLive))
                    .or(chart.crossings.first());
                Some(match crossing {
                    Some(c) => format!(
                        "Here {} and {} cross at {} cohorts (█): past it, the one rising slower costs less.",
                        c.first.label(),
                        c.second.label(),
                        c.cohorts_label()
                    ),
                    None => format!(
                        "Here no two lines cross within {CHART_COHORTS} cohorts: the cheapest stays the cheapest."
                    ),
                })
            }
        }
    }

    /// What to try, with the keys filled in from the keymap.
    pub fn try_this(&self) -> String {
        let mut text = self.try_template.to_owned();
        for action in self.keys {
            text = text.replacen("{}", &keymap::key(action), 1);
        }
        text
    }
}

impl Tour {
    pub fn current(&self) -> &'static Step {
        &STEPS[self.step.min(STEPS.len() - 1)]
    }

    /// The next step; `None` after the last one (the tour ends).
    pub fn next(self) -> Option<Tour> {
        (self.step + 1 < STEPS.len()).then_some(Tour {
            step: self.step + 1,
        })
    }

    pub fn back(self) -> Tour {
        Tour {
            step: self.step.saturating_sub(1),
        }
    }
}

/// The cell the "one cell" step selects: module 3's practice (the last module
/// in shorter courses).
pub fn featured_cell(modules: usize) -> (usize, GagneEvent) {
    (
        2.min(modules.saturating_sub(1)),
        GagneEvent::ElicitPerformance,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_has_a_key_and_every_key_is_bound() {
        for step in STEPS {
            assert_eq!(
                step.try_template.matches("{}").count(),
                step.keys.len(),
                "step {:?}",
                step.title
            );
            let text = step.try_this();
            assert!(!text.contains("{}"), "{text}");
            // keymap::key names an unbound action "?".
            assert!(!text.contains('?'), "unbound key in {text:?}");
        }
    }

    #[test]
    fn the_keys_come_from_the_keymap() {
        assert_eq!(
            STEPS[1].try_this(),
            "Press Space on this cell and watch Per cohort in the panel."
        );
        assert_eq!(
            STEPS[4].try_this(),
            "Press u to undo the toggle, then Ctrl-r to redo it, and watch the arrows."
        );
        assert_eq!(
            STEPS[9].try_this(),
            "Press x, then Enter. Then Esc ends the tour; t starts it again."
        );
    }
}
