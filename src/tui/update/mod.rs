//! Applying actions to the state. Every edit of the course goes through
//! [`edit`], which records it for undo and recomputes the tradeoffs.
//!
//! [`update`] dispatches; the work is split by job: `navigation` (the
//! cursor and scrolling), `cells` (one cell, a row, a module's modes),
//! `modules` (delete, move), `files` (save, reload, read-only and
//! changed-on-disk questions), `dialogs` (the text prompts, and Enter and Esc for every dialog)
//! and `guided_tour`. The kind picker, the modes menu, the recovery dialog,
//! the export dialog, the assumptions form and help each keep their update in their own file in
//! [`super`], with their keys and drawing.

use std::mem;
use std::path::{Path, PathBuf};

use ratatui::layout::Rect;

use crate::analysis::analyze;
use crate::model::{Cell, Course, GagneEvent, Module, default_minutes};
use crate::plan_file;
use crate::present::printable::{printable, truncate};

use super::action::{Action, Direction};
use super::app::{App, AssumptionsForm, Editor, Overlay, PromptPurpose, Screen, Status};
use super::keymap::key;
use super::kind_picker;
use super::start;
use super::tour::{self, Target, Tour};

mod cells;
mod dialogs;
mod files;
mod guided_tour;
mod modules;
mod navigation;

use super::export_dialog::{change_export_format, export};
pub(crate) use cells::set_minutes;
use cells::*;
use dialogs::*;
use files::*;
pub(crate) use files::{reload, save_to};
pub use guided_tour::start_tour;
use guided_tour::*;
use modules::*;
pub use navigation::keep_cursor_in_view;
use navigation::*;

/// Applies one action to the app.
pub fn update(app: &mut App, action: Action) {
    if let Action::Paste(text) = action {
        // On a row of the schedule dialog with a value to type, a paste
        // types it, as a key would start to.
        if let Screen::Editor(editor) = &mut app.screen {
            super::schedule_dialog::ready_for_paste(editor);
        }
        // Typed into the field as if each character were a key, as one line:
        // a line break is never an Enter that confirms.
        super::paste::apply(app, &text, |app, c| {
            update(app, Action::Type(tui_input::InputRequest::InsertChar(c)))
        });
        return;
    }
    if let Action::Resize { width, height } = action {
        app.size = Rect::new(0, 0, width, height);
    } else if matches!(app.screen, Screen::Start(_)) {
        start::update(app, action);
    } else {
        editor_update(app, action);
    }
    let visible = app.visible_modules();
    if let Screen::Editor(editor) = &mut app.screen {
        keep_cursor_in_view(editor, visible);
    }
}

fn editor_update(app: &mut App, action: Action) {
    let visible = app.visible_modules();
    let store = app.store.clone();
    let (size, theme, layout) = (app.size, app.theme.clone(), app.layout());
    let Screen::Editor(editor) = &mut app.screen else {
        return;
    };
    let editor = editor.as_mut();
    if editor.main_view != super::app::MainView::Grid && action.works_on_the_grid() {
        editor.main_view = super::app::MainView::Grid;
    }
    match action {
        Action::Move(direction) => move_cursor(editor, direction),
        Action::FirstModule => editor.cursor.module = 0,
        Action::LastModule => editor.cursor.module = last_module(editor),
        Action::PageLeft => editor.cursor.module = editor.cursor.module.saturating_sub(visible),
        Action::PageRight => {
            editor.cursor.module = (editor.cursor.module + visible).min(last_module(editor))
        }
        Action::Click { column, event } => {
            let module = editor.first_module + column;
            if module <= last_module(editor) {
                let clicked = super::app::Cursor { module, event };
                if clicked == editor.cursor {
                    toggle_mode(editor);
                } else {
                    editor.cursor = clicked;
                }
            }
        }
        Action::Scroll(by) => scroll(editor, by, visible),
        Action::ToggleMode => toggle_mode(editor),
        Action::TogglePlanned => toggle_planned(editor),
        Action::MinutesUp => change_minutes(editor, true),
        Action::MinutesDown => change_minutes(editor, false),
        Action::EditActivity => {
            let current = selected_cell(editor).activity.clone().unwrap_or_default();
            super::text_prompt::open(editor, PromptPurpose::Activity, current);
        }
        Action::NextSuggestion => next_suggestion(editor),
        Action::AddModule => {
            // Named for where it goes, after the selected module.
            let title = format!("Module {}", editor.cursor.module + 2);
            super::text_prompt::open(editor, PromptPurpose::NewModule, title);
        }
        Action::RenameModule => {
            let title = selected_module(editor).title.clone();
            super::text_prompt::open(editor, PromptPurpose::RenameModule, title);
        }
        Action::SetWeeks => {
            let weeks = selected_module(editor).weeks.to_string();
            super::text_prompt::open(editor, PromptPurpose::Weeks, weeks);
        }
        Action::DeleteModule => delete_module(editor),
        Action::MoveModule(direction) => move_module(editor, direction),
        Action::OpenModeMenu => editor.overlay = Some(Overlay::ModeMenu),
        Action::OpenFillMenu => editor.overlay = Some(Overlay::FillMenu),
        Action::FillFrom { what, row } => super::fill_menu::apply(editor, what, row),
        Action::CopyCell => copy_cell(editor),
        Action::PasteCell => paste_cell(editor),
        Action::DuplicateModule => duplicate_module(editor),
        Action::TypeMinutes(digit) => {
            super::text_prompt::open(editor, PromptPurpose::Minutes, digit.to_string())
        }
        Action::OpenKindPicker => kind_picker::open(editor),
        Action::ToggleReuse => kind_picker::toggle_reuse(editor),
        Action::SetEventRow(_)
        | Action::SetModule(_)
        | Action::RecommendModule
        | Action::RecommendCourse => super::mode_menu::apply(editor, action),
        Action::OpenAssumptions => editor.overlay = Some(Overlay::Form(AssumptionsForm::new())),
        Action::OpenSchedule => super::schedule_dialog::open(editor),
        Action::RemoveSchedule => super::schedule_dialog::remove_schedule(editor),
        Action::Complete => super::schedule_dialog::complete(editor),
        Action::EditCourseTitle => {
            let title = editor.course.title.clone();
            super::text_prompt::open(editor, PromptPurpose::CourseTitle, title);
        }
        Action::Undo => undo(editor),
        Action::Redo => redo(editor),
        Action::Save => {
            if matches!(editor.overlay, Some(Overlay::QuitPrompt)) {
                editor.overlay = None;
                editor.quit_after_save = true;
            }
            save(editor, store.as_ref());
            if editor.quit_after_save && !editor.is_modified() {
                app.should_quit = true;
            }
        }
        Action::SaveAs => {
            let path = default_save_path(editor, store.as_ref());
            super::text_prompt::open(editor, PromptPurpose::SaveAs, path);
        }
        Action::Export => super::export_dialog::open(editor, store.as_ref()),
        Action::MakeWritableAndSave | Action::Overwrite | Action::Reload | Action::Discard => {
            if super::file_questions::apply(editor, action) {
                app.should_quit = true;
            }
        }
        Action::Restore | Action::DropRecovery | Action::KeepRecovery | Action::ShowDifferences => {
            if super::recovery_dialog::apply(editor, action) {
                app.should_quit = true;
            }
        }
        Action::CycleView => editor.main_view = editor.main_view.next(),
        Action::ToggleChartCost => toggle_chart_cost(editor),
        Action::PinBaseline => {
            editor.baseline = Some(super::app::Baseline::pin(&editor.course, &editor.tradeoffs));
            editor.status = Status::info(
                "Baseline pinned: change the plan and compare side by side; Δ marks changed cells, B clears.",
            );
        }
        Action::ClearBaseline => {
            editor.baseline = None;
            editor.status = Status::info("Baseline cleared.");
        }
        Action::FocusPanel => super::panel::toggle_focus(editor),
        Action::ScrollPanel(how) => {
            if let Some(layout) = layout {
                super::panel::scroll(editor, how, layout.panel, &theme);
            }
        }
        Action::StartTour => start_tour(editor),
        Action::TourNext => {
            editor.tour = editor.tour.and_then(Tour::next);
            enter_step(editor);
        }
        Action::TourBack => {
            editor.tour = editor.tour.map(Tour::back);
            enter_step(editor);
        }
        Action::TourEnd => {
            editor.tour = None;
            editor.status = Status::info("Tour ended: t starts it again, ? lists every key.");
        }
        Action::Help => editor.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Quit => {
            if matches!(
                editor.overlay,
                Some(Overlay::Recovery {
                    then_save: None,
                    ..
                })
            ) {
                // Undecided: leave, and the copy waits for the next start.
                app.should_quit = true;
                return;
            }
            // A save's question about a copy put off earlier: no save, copy kept.
            if matches!(editor.overlay, Some(Overlay::Recovery { .. })) {
                super::recovery_dialog::cancel(editor);
            }
            if editor.is_modified() {
                editor.overlay = Some(Overlay::QuitPrompt);
            } else {
                app.should_quit = true;
            }
        }
        Action::Cancel => cancel(editor),
        Action::Confirm => {
            confirm(editor);
            if editor.quit_after_save && !editor.is_modified() {
                app.should_quit = true;
            }
        }
        Action::Type(request) => match &mut editor.overlay {
            Some(Overlay::Prompt(prompt)) => prompt.handle(request),
            Some(Overlay::Form(_)) => super::assumptions_form::type_into(editor, request),
            Some(Overlay::Schedule(_)) => super::schedule_dialog::type_into(editor, request),
            Some(Overlay::Export(dialog)) => {
                dialog.path.handle(request);
                dialog.confirm_overwrite = false;
                dialog.error = None;
            }
            _ => {}
        },
        Action::Select(by) => match &mut editor.overlay {
            Some(Overlay::Help { scroll }) => {
                let limit = super::help::scroll_limit(size, &theme);
                let by = i16::try_from(by).unwrap_or(if by < 0 { i16::MIN } else { i16::MAX });
                *scroll = scroll.saturating_add_signed(by).min(limit)
            }
            Some(Overlay::Form(form)) => form.select(by),
            Some(Overlay::Schedule(_)) => super::schedule_dialog::select(editor, by),
            Some(Overlay::Export(_)) => change_export_format(editor, by),
            Some(Overlay::KindPicker(_)) => kind_picker::select(editor, by),
            _ => {}
        },
        Action::Adjust(by) => match editor.overlay {
            Some(Overlay::Schedule(_)) => super::schedule_dialog::adjust(editor, by),
            _ => super::assumptions_form::adjust_form_row(editor, by),
        },
        Action::ClearValue => match editor.overlay {
            Some(Overlay::Schedule(_)) => super::schedule_dialog::clear(editor),
            _ => super::assumptions_form::clear_form_row(editor),
        },
        Action::JumpSection(by) => {
            if let Some(Overlay::Form(form)) = &mut editor.overlay {
                form.jump_section(by);
            }
        }
        Action::Resize { .. }
        | Action::NewPlan
        | Action::OpenDemo
        | Action::OpenPlanFile
        | Action::RenamePlan
        | Action::DeletePlan
        | Action::Paste(_)
        | Action::Suspend => {}
    }
}

/// Applies `change` to the course as one undoable edit, and says `done` in the
/// status line; an `Err` leaves the course as it was and shows the message.
pub fn edit(
    editor: &mut Editor,
    done: String,
    change: impl FnOnce(&mut Course) -> Result<(), String>,
) {
    let before = editor.course.clone();
    match change(&mut editor.course) {
        Err(message) => {
            editor.course = before;
            editor.status = Status::error(message);
        }
        Ok(()) if editor.course == before => {
            editor.status = Status::info(format!("{done} (no change)"))
        }
        Ok(()) => {
            editor
                .history
                .record(&before, &editor.course, editor.cursor);
            recompute(editor);
            editor.status = Status::info(done);
        }
    }
}

/// `M`: the cumulative chart in money, from any view; on it, back and
/// forth between cost and staff hours. A plan without an instructor rate
/// has no cost to chart: the status line says what to set.
fn toggle_chart_cost(editor: &mut Editor) {
    use super::app::{ChartMeasure, MainView};
    let money = editor.tradeoffs.workload().assumptions().money();
    if money.rates().is_none() {
        editor.status = Status::error(format!(
            "No cost to chart: set an instructor rate first ({}, then the Money section)",
            key(&Action::OpenAssumptions)
        ));
        return;
    }
    editor.chart_measure = match (editor.main_view, editor.chart_measure) {
        (MainView::CostChart, ChartMeasure::Cost) => ChartMeasure::StaffHours,
        _ => ChartMeasure::Cost,
    };
    editor.main_view = MainView::CostChart;
    let again = key(&Action::ToggleChartCost);
    editor.status = Status::info(match editor.chart_measure {
        ChartMeasure::Cost => format!("Cumulative cost at the plan's rates ({again}: staff hours)"),
        ChartMeasure::StaffHours => format!("Cumulative staff hours ({again}: cost)"),
    });
}

fn recompute(editor: &mut Editor) {
    editor.revision += 1;
    if let Some(baseline) = &mut editor.baseline {
        baseline.follow(&editor.course);
    }
    let fresh = analyze(&editor.course);
    editor.previous = Some(mem::replace(&mut editor.tradeoffs, fresh));
}

fn last_module(editor: &Editor) -> usize {
    editor.course.modules().len() - 1
}

fn selected_module(editor: &Editor) -> &Module {
    &editor.course.modules()[editor.cursor.module]
}

fn selected_cell(editor: &Editor) -> &Cell {
    selected_module(editor).cell(editor.cursor.event)
}

/// "module 3 "Breads"", safe to show.
pub(crate) fn module_name(editor: &Editor, index: usize) -> String {
    let title = &editor.course.modules()[index].title;
    format!(
        "module {} \"{}\"",
        index + 1,
        truncate(&printable(title), 30)
    )
}

pub(crate) fn cell_name(editor: &Editor) -> String {
    format!(
        "{} in {}",
        editor.cursor.event.short_label(),
        module_name(editor, editor.cursor.module)
    )
}

/// A dialog open over an undo or redo: its message and any value being
/// typed were about the plan as it was.
fn forget_dialog_typing(editor: &mut Editor) {
    match &mut editor.overlay {
        Some(Overlay::Schedule(dialog)) => super::schedule_dialog::cancel_typing(dialog),
        Some(Overlay::Form(form)) => form.stop_typing(),
        _ => {}
    }
}

fn undo(editor: &mut Editor) {
    forget_dialog_typing(editor);
    match editor.history.undo(&mut editor.course, editor.cursor) {
        Some(cursor) => {
            editor.cursor = cursor;
            recompute(editor);
            editor.status = Status::info(format!("Undone ({} to redo)", key(&Action::Redo)));
        }
        None => editor.status = Status::info("Nothing to undo."),
    }
}

fn redo(editor: &mut Editor) {
    forget_dialog_typing(editor);
    match editor.history.redo(&mut editor.course, editor.cursor) {
        Some(cursor) => {
            editor.cursor = cursor;
            recompute(editor);
            editor.status = Status::info("Redone");
        }
        None => editor.status = Status::info("Nothing to redo."),
    }
}
