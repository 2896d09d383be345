//! What the user meant, in the editor's words: the keymap turns keys and
//! mouse events into these, and the update applies them.

use crate::model::{GagneEvent, Mode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    // Moving around the grid.
    Move(Direction),
    FirstModule,
    LastModule,
    PageLeft,
    PageRight,
    /// A click on a grid cell: `column` counts from the first visible module.
    Click {
        column: usize,
        event: GagneEvent,
    },
    /// The mouse wheel: scroll the grid sideways by this many modules.
    Scroll(i32),

    // Editing the selected cell.
    ToggleMode,
    TogglePlanned,
    MinutesUp,
    MinutesDown,
    EditActivity,
    NextSuggestion,

    // Modules.
    AddModule,
    RenameModule,
    /// Type how many weeks the selected module runs.
    SetWeeks,
    DeleteModule,
    MoveModule(Direction),

    // Whole rows and columns, from the modes menu.
    OpenModeMenu,
    /// `f`: fill from the selected cell across its row or module.
    OpenFillMenu,
    FillFrom {
        what: crate::model::Fill,
        /// Across the row (every module), else the module (every event).
        row: bool,
    },
    /// `y`: copy the selected cell; `P`: paste it onto the selected cell.
    CopyCell,
    PasteCell,
    /// `Y`: a copy of the selected module after it.
    DuplicateModule,
    /// A digit on the grid: start typing the cell's minutes with it.
    TypeMinutes(char),
    /// `K`: choose what learners do in the cell (its activity kind).
    OpenKindPicker,
    /// `R`: the cell was built already (reused) or not.
    ToggleReuse,
    SetEventRow(Mode),
    SetModule(Mode),
    RecommendModule,
    RecommendCourse,

    // The course.
    OpenAssumptions,
    /// `S`: the schedule dialog.
    OpenSchedule,
    /// `D` in the schedule dialog: the plan without a schedule (undoable).
    RemoveSchedule,
    EditCourseTitle,

    /// Open the export dialog.
    Export,
    /// Switch the main area: grid, cost chart, learners chart.
    CycleView,
    /// The cumulative chart in money (from any view), or back in staff hours.
    ToggleChartCost,
    /// Pin the plan as it is now as the baseline to compare against.
    PinBaseline,
    ClearBaseline,
    /// Tab: the keys go to the panel (to scroll it), or back to the grid.
    FocusPanel,
    ScrollPanel(super::panel::PanelMove),
    /// Start the guided tour.
    StartTour,
    /// The tour's next step (the tour ends after the last).
    TourNext,
    TourBack,
    TourEnd,
    /// Save over a file that changed on disk.
    Overwrite,
    /// The plan is read-only: make it writable for its owner, then save.
    MakeWritableAndSave,
    /// Load the file from disk again, dropping the editor's changes.
    Reload,
    /// Take the recovery copy's version of the plan.
    Restore,
    /// Delete the recovery copy and keep the plan as on disk.
    DropRecovery,
    /// Keep a recovery copy put off earlier, and save (a save's question).
    KeepRecovery,
    /// Show or hide what the recovery copy changes.
    ShowDifferences,

    // History and file.
    Undo,
    Redo,
    Save,
    SaveAs,

    // The application.
    Help,
    Quit,
    /// Ctrl-Z: back to the shell until `fg` (the event loop does it: it is
    /// the terminal's business, not the plan's).
    Suspend,
    /// Leave without saving (the quit prompt's "discard").
    Discard,
    Resize {
        width: u16,
        height: u16,
    },

    // Overlays: dialogs, menus, the form.
    /// Enter: confirm the dialog or open the selected item.
    Confirm,
    /// Esc: close the dialog, changing nothing more.
    Cancel,
    /// An edit of the text field being edited: a character, Backspace, a move.
    Type(tui_input::InputRequest),
    /// Pasted text for the text field being edited (line breaks become spaces).
    Paste(String),
    /// Up and down in a list or form.
    Select(i32),
    /// Left and right (or - and +) on a form row.
    Adjust(i32),
    /// Tab and Shift-Tab in a dialog with sections: the next or previous one.
    JumpSection(i32),
    /// x, Delete or Backspace on a form row: leave a money value out again
    /// ("not set", its default applies) or the currency empty.
    ClearValue,
    /// Tab on a value typed with completions (a time zone): take the chosen one.
    Complete,

    // The start screen.
    NewPlan,
    OpenDemo,
    /// Ask for a path and open the plan file there.
    OpenPlanFile,
    /// Rename the selected plan's file.
    RenamePlan,
    /// Move the selected plan to the trash (after a confirmation).
    DeletePlan,
}

impl Action {
    /// Actions on the grid's cells and modules: on a chart they bring the
    /// grid back first, so nothing changes out of sight.
    pub fn works_on_the_grid(&self) -> bool {
        matches!(
            self,
            Action::Move(_)
                | Action::FirstModule
                | Action::LastModule
                | Action::PageLeft
                | Action::PageRight
                | Action::ToggleMode
                | Action::TogglePlanned
                | Action::MinutesUp
                | Action::MinutesDown
                | Action::EditActivity
                | Action::NextSuggestion
                | Action::AddModule
                | Action::RenameModule
                | Action::SetWeeks
                | Action::DeleteModule
                | Action::MoveModule(_)
                | Action::OpenModeMenu
                | Action::OpenFillMenu
                | Action::CopyCell
                | Action::PasteCell
                | Action::DuplicateModule
                | Action::TypeMinutes(_)
                | Action::OpenKindPicker
                | Action::ToggleReuse
        )
    }
}
