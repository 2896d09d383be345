//! The guided tour for workshops: short steps, each pointing at one part of
//! the screen and asking the presenter to do one thing. Enter or → goes on,
//! ← goes back, Esc leaves; every other key works as usual, so the presenter
//! does what the step asks while the card stays up.

use crate::model::GagneEvent;
use crate::tui::action::Action;
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
    pub text: &'static str,
    /// The one thing to do, in the presenter's words; each `{}` is the key
    /// of the matching action in `keys`, named by the keymap so the tour
    /// cannot drift from the keys that work.
    pub try_template: &'static str,
    pub keys: &'static [Action],
    pub target: Target,
}

pub const STEPS: &[Step] = &[
    Step {
        title: "The course as a grid",
        text: "Rows are Gagné's nine events of instruction; columns are the course's modules. \
               Every cell is live (●, together in real time) or self-paced (○, at the learner's \
               own time); · is not planned.",
        try_template: "Move around with h j k l (or click a cell).",
        keys: &[],
        target: Target::Grid,
    },
    Step {
        title: "One choice, one cell",
        text: "Selected: the practice (event 6) of module 3. In the sample course it is \
               self-paced: bake at home and film yourself. Live, it brings learners together, \
               at the price of the instructor's time.",
        try_template: "Press {} on this cell and watch Per cohort in the panel.",
        keys: &[Action::ToggleMode],
        target: Target::Cell,
    },
    Step {
        title: "What learners do",
        text: "Each cell has a kind: Vi video, Qz quiz, As assignment, Wk workshop. A video \
               costs hours to build, nothing per learner; marking costs minutes per learner.",
        try_template: "Press {}: the panel follows the kinds. Enter sets one.",
        keys: &[Action::OpenKindPicker],
        target: Target::Cell,
    },
    Step {
        title: "The Line of Understanding",
        text: "Events 1-4 (remember, understand) suit self-paced work; 5-7 (apply, analyze: \
               guidance, practice, feedback) suit live work; 8-9 (evaluate, create) suit \
               self-paced work again. * marks a cell that differs.",
        try_template: "Find the * cells: each is a choice worth a second look.",
        keys: &[],
        target: Target::Bands,
    },
    Step {
        title: "What each choice costs",
        text: "Staff hours: live hours repeat for every section (with a co-host past 15 \
               learners), videos cost hours to build once, marking grows with every learner. \
               ▲▼ shows what your last edit changed.",
        try_template: "Press {} to undo the toggle, then {} to redo it, and watch the arrows.",
        keys: &[Action::Undo, Action::Redo],
        target: Target::Panel,
    },
    Step {
        title: "The warnings",
        text: "Self-paced work slips without live checkpoints: when a week is allowed, many \
               learners put it off until the next live session. Past 15-20 learners a live \
               session needs a co-host.",
        try_template: "Press {} and raise the learners per cohort until a co-host is needed.",
        keys: &[Action::OpenAssumptions],
        target: Target::Warnings,
    },
    Step {
        title: "The recommendation, and why",
        text: "Under the grid: the selected cell in full, the mode the article recommends for \
               its event, and the reason.",
        try_template: "Press {}, then r, to apply the recommended modes to this module.",
        keys: &[Action::OpenModeMenu],
        target: Target::Detail,
    },
    Step {
        title: "Where a choice pays off",
        text: "Self-paced costs more to build and less to run. The chart shows cumulative hours \
               for this plan, all live and all self-paced: where lines cross, a choice pays off.",
        try_template: "Press {} for the chart, {} again for hours by cohort size, Esc for the grid.",
        keys: &[Action::CycleView, Action::CycleView],
        target: Target::Chart,
    },
    Step {
        title: "Compare two scenarios",
        text: "Pin the plan as it is, change it, and the panel shows both side by side with the \
               difference; the grid marks every cell you changed.",
        try_template: "Press {} to pin a baseline, toggle a few cells, then {} to clear it.",
        keys: &[Action::PinBaseline, Action::ClearBaseline],
        target: Target::Panel,
    },
    Step {
        title: "Share the plan",
        text: "Export a Markdown document to send to a client or a colleague (with the grid, the \
               tradeoffs and charts GitHub draws), the RON plan for git, or CSV for a spreadsheet.",
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
