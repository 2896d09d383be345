//! The guided tour: starting it and putting each step on screen.

#[allow(unused_imports)]
use super::*;

/// Starts the guided tour at its first step, on the grid.
pub fn start_tour(editor: &mut Editor) {
    editor.tour = Some(Tour { step: 0 });
    enter_step(editor);
}

/// What a step sets up for the presenter: the cell it talks about selected,
/// the grid shown for grid steps.
pub(super) fn enter_step(editor: &mut Editor) {
    let Some(tour) = editor.tour else {
        editor.status = Status::info("Tour finished: t starts it again, ? lists every key.");
        return;
    };
    let step = tour.current();
    match step.target {
        Target::Cell => {
            let (module, event) = tour::featured_cell(editor.course.modules().len());
            editor.cursor = crate::tui::app::Cursor { module, event };
            editor.main_view = crate::tui::app::MainView::Grid;
        }
        Target::Grid | Target::Bands => editor.main_view = crate::tui::app::MainView::Grid,
        _ => {}
    }
    editor.status = Status::info(format!(
        "Tour {}/{}: {}",
        tour.step + 1,
        tour::STEPS.len(),
        step.try_this()
    ));
}
