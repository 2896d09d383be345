//! Applying actions to the state. Every edit of the course goes through
//! [`edit`], which records it for undo and recomputes the tradeoffs.

use std::mem;
use std::path::{Path, PathBuf};

use ratatui::layout::Rect;
use tui_input::backend::crossterm::EventHandler;

use crate::analysis::analyze;
use crate::export::{self, ExportFormat};
use crate::model::{BuildPreset, Cell, Course, GagneEvent, Mode, Module, default_minutes};
use crate::plan_file;
use crate::printable::{printable, truncate};

use super::action::{Action, Direction};
use super::app::{
    App, AssumptionsForm, Editor, ExportDialog, Overlay, Prompt, PromptPurpose, Screen, Status,
};
use super::kind_picker;
use super::start;
use super::tour::{self, Target, Tour};

/// Applies one action to the app.
pub fn update(app: &mut App, action: Action) {
    if let Action::Paste(text) = action {
        // Typed into the field as if each character were a key; a line break
        // or tab is a space, never an Enter that confirms.
        for c in text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            let key = crossterm::event::KeyEvent::new(
                crossterm::event::KeyCode::Char(c),
                crossterm::event::KeyModifiers::NONE,
            );
            update(app, Action::Type(crossterm::event::Event::Key(key)));
        }
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
    let (size, theme) = (app.size, app.theme.clone());
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
            open_prompt(editor, PromptPurpose::Activity, current);
        }
        Action::NextSuggestion => next_suggestion(editor),
        Action::AddModule => {
            let title = format!("Module {}", editor.course.modules().len() + 1);
            open_prompt(editor, PromptPurpose::NewModule, title);
        }
        Action::RenameModule => {
            let title = selected_module(editor).title.clone();
            open_prompt(editor, PromptPurpose::RenameModule, title);
        }
        Action::DeleteModule => delete_module(editor),
        Action::MoveModule(direction) => move_module(editor, direction),
        Action::OpenModeMenu => editor.overlay = Some(Overlay::ModeMenu),
        Action::OpenKindPicker => kind_picker::open(editor),
        Action::ToggleReuse => kind_picker::toggle_reuse(editor),
        Action::SetEventRow(mode) => {
            editor.overlay = None;
            let event = editor.cursor.event;
            let done = format!("{} set to {} in every module", event.label(), mode.label());
            edit(editor, done, |course| {
                for module in course.modules_mut() {
                    module.cell_mut(event).set_mode(event, mode);
                }
                Ok(())
            });
        }
        Action::SetModule(mode) => {
            editor.overlay = None;
            let index = editor.cursor.module;
            let done = format!(
                "Every event of {} set to {}",
                module_name(editor, index),
                mode.label()
            );
            edit(editor, done, |course| {
                set_modes(&mut course.modules_mut()[index], |_| mode);
                Ok(())
            });
        }
        Action::RecommendModule => {
            editor.overlay = None;
            let index = editor.cursor.module;
            let done = format!(
                "Recommended modes applied to {}",
                module_name(editor, index)
            );
            edit(editor, done, |course| {
                set_modes(
                    &mut course.modules_mut()[index],
                    GagneEvent::recommended_mode,
                );
                Ok(())
            });
        }
        Action::RecommendCourse => {
            editor.overlay = None;
            edit(
                editor,
                "Recommended modes applied to every module".into(),
                |course| {
                    for module in course.modules_mut() {
                        set_modes(module, GagneEvent::recommended_mode);
                    }
                    Ok(())
                },
            );
        }
        Action::OpenAssumptions => {
            editor.overlay = Some(Overlay::Form(AssumptionsForm {
                row: 0,
                typing: None,
                error: None,
            }))
        }
        Action::EditCourseTitle => {
            let title = editor.course.title.clone();
            open_prompt(editor, PromptPurpose::CourseTitle, title);
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
            open_prompt(editor, PromptPurpose::SaveAs, path);
        }
        Action::Export => {
            let format = ExportFormat::Markdown;
            let path = default_export_path(editor, format).display().to_string();
            editor.overlay = Some(Overlay::Export(ExportDialog {
                format,
                path: tui_input::Input::new(path),
                confirm_overwrite: false,
                error: None,
            }));
        }
        Action::MakeWritableAndSave => {
            make_writable_and_save(editor);
            if editor.quit_after_save && !editor.is_modified() {
                app.should_quit = true;
            }
        }
        Action::Overwrite => {
            editor.overlay = None;
            if let Some(path) = editor.path.clone() {
                save_to(editor, path, true);
            }
            if editor.quit_after_save && !editor.is_modified() {
                app.should_quit = true;
            }
        }
        Action::Reload => match &mut editor.overlay {
            Some(Overlay::ExternalChange { confirm_reload }) if !*confirm_reload => {
                *confirm_reload = true;
            }
            _ => {
                editor.overlay = None;
                editor.quit_after_save = false;
                reload(editor);
            }
        },
        Action::Restore => {
            if let Some(Overlay::Recovery { recovered, .. }) = editor.overlay.take() {
                restore_recovered(editor, *recovered);
            }
        }
        Action::DropRecovery => {
            if let Some(Overlay::Recovery { recovered, .. }) = editor.overlay.take() {
                editor.keep_recovery = false;
                editor.status = match recovered.remove() {
                    Ok(()) => Status::info("Recovery copy discarded."),
                    Err(error) => {
                        Status::error(format!("Cannot remove the recovery copy: {error}"))
                    }
                };
            }
        }
        Action::ShowDifferences => {
            if let Some(Overlay::Recovery {
                show_differences, ..
            }) = &mut editor.overlay
            {
                *show_differences = !*show_differences;
            }
        }
        Action::CycleView => editor.main_view = editor.main_view.next(),
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
            if matches!(editor.overlay, Some(Overlay::Recovery { .. })) {
                // Undecided: leave, and the copy waits for the next start.
                app.should_quit = true;
            } else if editor.is_modified() {
                editor.overlay = Some(Overlay::QuitPrompt);
            } else {
                app.should_quit = true;
            }
        }
        Action::Discard => {
            editor.discarded = true;
            app.should_quit = true;
        }
        Action::Cancel => cancel(editor),
        Action::Confirm => {
            confirm(editor);
            if editor.quit_after_save && !editor.is_modified() {
                app.should_quit = true;
            }
        }
        Action::Type(event) => match &mut editor.overlay {
            Some(Overlay::Prompt(prompt)) => {
                prompt.input.handle_event(&event);
                prompt.error = None;
            }
            Some(Overlay::Form(AssumptionsForm {
                typing: Some(input),
                error,
                ..
            })) => {
                input.handle_event(&event);
                *error = None;
            }
            Some(Overlay::Export(dialog)) => {
                dialog.path.handle_event(&event);
                dialog.confirm_overwrite = false;
                dialog.error = None;
            }
            _ => {}
        },
        Action::Select(by) => match &mut editor.overlay {
            Some(Overlay::Help { scroll }) => {
                let limit = super::view::help_scroll_limit(size, &theme);
                *scroll = scroll.saturating_add_signed(by as i16).min(limit)
            }
            Some(Overlay::Form(form)) => {
                form.row = (form.row as i64 + i64::from(by))
                    .clamp(0, AssumptionsForm::rows() as i64 - 1)
                    as usize;
                form.error = None;
            }
            Some(Overlay::Export(_)) => change_export_format(editor, by),
            Some(Overlay::KindPicker(_)) => kind_picker::select(editor, by),
            _ => {}
        },
        Action::Adjust(by) => adjust_form_row(editor, by),
        Action::Resize { .. } | Action::NewPlan | Action::OpenDemo | Action::Paste(_) => {}
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
fn module_name(editor: &Editor, index: usize) -> String {
    let title = &editor.course.modules()[index].title;
    format!(
        "module {} \"{}\"",
        index + 1,
        truncate(&printable(title), 30)
    )
}

fn cell_name(editor: &Editor) -> String {
    format!(
        "{} in {}",
        editor.cursor.event.short_label(),
        module_name(editor, editor.cursor.module)
    )
}

fn move_cursor(editor: &mut Editor, direction: Direction) {
    let cursor = &mut editor.cursor;
    let event = cursor.event.index();
    match direction {
        Direction::Left => cursor.module = cursor.module.saturating_sub(1),
        Direction::Right => {
            cursor.module = (cursor.module + 1).min(editor.course.modules().len() - 1)
        }
        Direction::Up => cursor.event = GagneEvent::ALL[event.saturating_sub(1)],
        Direction::Down => cursor.event = GagneEvent::ALL[(event + 1).min(8)],
    }
}

fn scroll(editor: &mut Editor, by: i32, visible: usize) {
    let max_first = editor.course.modules().len().saturating_sub(visible);
    let first = (editor.first_module as i64 + i64::from(by)).clamp(0, max_first as i64) as usize;
    editor.first_module = first;
    editor.cursor.module = editor
        .cursor
        .module
        .clamp(first, first + visible - 1)
        .min(last_module(editor));
}

/// Scrolls the grid so that the selected module is visible.
pub fn keep_cursor_in_view(editor: &mut Editor, visible: usize) {
    let count = editor.course.modules().len();
    editor.cursor.module = editor.cursor.module.min(count - 1);
    let visible = visible.max(1);
    if editor.cursor.module < editor.first_module {
        editor.first_module = editor.cursor.module;
    } else if editor.cursor.module >= editor.first_module + visible {
        editor.first_module = editor.cursor.module + 1 - visible;
    }
    editor.first_module = editor.first_module.min(count.saturating_sub(visible));
}

/// Space: live <-> self-paced. On a cell with nothing planned, Space plans it
/// in the mode the Line of Understanding recommends, so it always shows something.
fn toggle_mode(editor: &mut Editor) {
    let cursor = editor.cursor;
    let cell = selected_cell(editor);
    let planned = cell.is_planned();
    let mode = if planned {
        cell.mode().toggled()
    } else {
        cursor.event.recommended_mode()
    };
    let done = if planned {
        format!(
            "{}: {} ({}; K for another kind)",
            cell_name(editor),
            mode.label(),
            cursor.event.default_kind(mode).label()
        )
    } else {
        format!(
            "{}: planned, {} min {} (Space again to toggle)",
            cell_name(editor),
            default_minutes(cursor.event),
            mode.label()
        )
    };
    edit(editor, done, |course| {
        let cell = course.modules_mut()[cursor.module].cell_mut(cursor.event);
        cell.set_mode(cursor.event, mode);
        if !planned {
            cell.minutes = default_minutes(cursor.event);
        }
        Ok(())
    });
}

/// p: a planned cell keeps its mode and activity with 0 minutes; planning it
/// again gives it the event's default minutes.
fn toggle_planned(editor: &mut Editor) {
    let cursor = editor.cursor;
    let cell = selected_cell(editor).clone();
    let done = if cell.is_planned() {
        format!("{}: not planned", cell_name(editor))
    } else {
        format!(
            "{}: planned, {} min",
            cell_name(editor),
            default_minutes(cursor.event)
        )
    };
    edit(editor, done, |course| {
        let target = course.modules_mut()[cursor.module].cell_mut(cursor.event);
        if cell.is_planned() {
            target.minutes = crate::model::Minutes::ZERO;
        } else {
            plan(target, cursor.event);
        }
        Ok(())
    });
}

/// Gives an unplanned cell learner time; a cell never touched takes the
/// recommended mode, one unplanned by hand keeps the mode it had.
fn plan(cell: &mut Cell, event: GagneEvent) {
    if *cell == Cell::unplanned(event) {
        cell.set_mode(event, event.recommended_mode());
    }
    cell.minutes = default_minutes(event);
}

fn change_minutes(editor: &mut Editor, up: bool) {
    let cursor = editor.cursor;
    let cell = selected_cell(editor);
    let minutes = if up {
        cell.minutes.step_up()
    } else {
        cell.minutes.step_down()
    };
    let done = if minutes.get() == 0 {
        format!("{}: not planned", cell_name(editor))
    } else {
        format!("{}: {minutes} min", cell_name(editor))
    };
    edit(editor, done, |course| {
        let cell = course.modules_mut()[cursor.module].cell_mut(cursor.event);
        if *cell == Cell::unplanned(cursor.event) {
            cell.set_mode(cursor.event, cursor.event.recommended_mode());
        }
        cell.minutes = minutes;
        Ok(())
    });
}

/// s: the next activity from the reference article's lists for this event and mode.
fn next_suggestion(editor: &mut Editor) {
    let cursor = editor.cursor;
    let cell = selected_cell(editor);
    let suggestions = cursor.event.suggested_activities(cell.mode());
    let next = match cell
        .activity
        .as_deref()
        .and_then(|current| suggestions.iter().position(|s| *s == current))
    {
        Some(index) => suggestions[(index + 1) % suggestions.len()],
        None => suggestions[0],
    };
    let done = format!(
        "{}: \"{next}\" (s for the next suggestion)",
        cell_name(editor)
    );
    edit(editor, done, |course| {
        course.modules_mut()[cursor.module]
            .cell_mut(cursor.event)
            .activity = Some(next.to_owned());
        Ok(())
    });
}

fn set_modes(module: &mut Module, mode: impl Fn(GagneEvent) -> Mode) {
    for event in GagneEvent::ALL {
        module.cell_mut(event).set_mode(event, mode(event));
    }
}

fn delete_module(editor: &mut Editor) {
    let index = editor.cursor.module;
    let done = format!("Deleted {} (u to undo)", module_name(editor, index));
    edit(editor, done, |course| {
        course
            .remove_module(index)
            .map(drop)
            .map_err(|error| format!("Cannot delete: {error}"))
    });
}

fn move_module(editor: &mut Editor, direction: Direction) {
    let index = editor.cursor.module;
    let target = match direction {
        Direction::Left if index > 0 => index - 1,
        Direction::Right if index < last_module(editor) => index + 1,
        _ => {
            editor.status = Status::info("The module is already at the end.");
            return;
        }
    };
    let done = format!(
        "Moved {} to position {}",
        module_name(editor, index),
        target + 1
    );
    edit(editor, done, |course| {
        course.swap_modules(index, target);
        Ok(())
    });
    editor.cursor.module = target;
}

fn undo(editor: &mut Editor) {
    match editor.history.undo(&mut editor.course, editor.cursor) {
        Some(cursor) => {
            editor.cursor = cursor;
            recompute(editor);
            editor.status = Status::info("Undone (Ctrl-r to redo)");
        }
        None => editor.status = Status::info("Nothing to undo."),
    }
}

fn redo(editor: &mut Editor) {
    match editor.history.redo(&mut editor.course, editor.cursor) {
        Some(cursor) => {
            editor.cursor = cursor;
            recompute(editor);
            editor.status = Status::info("Redone");
        }
        None => editor.status = Status::info("Nothing to redo."),
    }
}

fn open_prompt(editor: &mut Editor, purpose: PromptPurpose, value: String) {
    editor.overlay = Some(Overlay::Prompt(Prompt::new(purpose, value)));
}

fn default_save_path(editor: &Editor, store: Option<&crate::store::Store>) -> String {
    match (&editor.path, store) {
        (Some(path), _) => path.display().to_string(),
        (None, Some(store)) => store
            .path_for_title(&editor.course.title)
            .display()
            .to_string(),
        (None, None) => crate::store::file_name_for_title(&editor.course.title),
    }
}

/// Ctrl-s: saves to the plan's file, or asks for a name when it has none.
fn save(editor: &mut Editor, store: Option<&crate::store::Store>) {
    let Some(path) = editor.path.clone() else {
        if let Some(store) = store {
            // The plans folder is where a name-less plan goes; make sure it exists.
            if let Err(error) = store.ensure_plans_dir() {
                editor.status = Status::error(error.to_string());
                editor.quit_after_save = false;
                return;
            }
        }
        let path = default_save_path(editor, store);
        open_prompt(editor, PromptPurpose::SaveAs, path);
        return;
    };
    save_to(editor, path, false);
}

/// Saves to `path`. Saving over the plan's own file first checks that nobody
/// changed it on disk since it was opened (unless `overwrite` says to anyway).
fn save_to(editor: &mut Editor, path: PathBuf, overwrite: bool) {
    let own_file = editor.path.as_deref() == Some(path.as_path());
    if editor.keep_recovery {
        editor.status = Status::error(
            "A recovery copy is waiting: restore it (r) or discard it (d) before saving.",
        );
        editor.quit_after_save = false;
        return;
    }
    // A file that was not there when the plan was opened, and is now, was
    // written by someone else: that is a change on disk too.
    let changed_on_disk = own_file
        && !overwrite
        && match (&editor.disk, plan_file::DiskStamp::read(&path)) {
            (Some(loaded), Ok(now)) => loaded.content_differs(&now),
            (None, Ok(_)) => true,
            _ => false,
        };
    if changed_on_disk {
        editor.overlay = Some(Overlay::ExternalChange {
            confirm_reload: false,
        });
        return;
    }
    // Older builds on workshop laptops cannot open format 2: keep the
    // format-1 original once, before the first save replaces it.
    let mut kept = None;
    if own_file && editor.keep_format1 {
        let copy = super::app::format1_copy(&path);
        match keep_format1_copy(&path, &copy) {
            Ok(()) => kept = Some(copy),
            Err(error) => {
                editor.status = Status::error(format!(
                    "Not saved: could not keep the format 1 original as {}: {error}",
                    printable(&copy.display().to_string())
                ));
                editor.quit_after_save = false;
                return;
            }
        }
    }
    match plan_file::save(&path, &editor.course) {
        Ok(written) => {
            editor.saved = Some(editor.course.clone());
            editor.disk = plan_file::DiskStamp::read(&written.path).ok();
            let name = |path: &Path| {
                printable(&path.file_name().unwrap_or_default().to_string_lossy()).into_owned()
            };
            let mut said = match &kept {
                Some(copy) => format!(
                    "Saved {} in format {}; the format 1 original is kept as {}",
                    name(&path),
                    plan_file::FORMAT_VERSION,
                    name(copy)
                ),
                None => format!("Saved {}", name(&path)),
            };
            for warning in &written.warnings {
                said.push_str(&format!("; {}", printable(warning)));
            }
            // The plan is safe; a missing backup still deserves the warning colour.
            editor.status = if written.warnings.is_empty() {
                Status::info(said)
            } else {
                Status::error(said)
            };
            editor.keep_format1 = false;
            // The work is on disk now: its recovery copy has done its job.
            if let Some(recovery) = &editor.recovery {
                let _ = recovery.remove();
                if !own_file {
                    let dir = recovery.path().parent().map(Path::to_owned);
                    editor.recovery = dir.map(|dir| {
                        crate::recovery::RecoveryFile::for_plan(&dir, &path, editor.disk.as_ref())
                    });
                }
            }
            editor.keep_recovery = false;
            editor.path = Some(path);
        }
        Err(crate::atomic_file::WriteError::ReadOnly { .. }) => {
            // Someone made it read-only on purpose, perhaps: ask, don't override.
            editor.overlay = Some(Overlay::ReadOnly);
            editor.status = Status::error("Not saved: the plan file is read-only.");
        }
        Err(error) => {
            editor.status =
                Status::error(format!("Not saved: {error}. Your changes are still here."));
            editor.quit_after_save = false;
        }
    }
}

/// `o` on the read-only question: make the file writable for its owner, then save.
fn make_writable_and_save(editor: &mut Editor) {
    editor.overlay = None;
    let Some(path) = editor.path.clone() else {
        return;
    };
    let writable = std::fs::metadata(&path).and_then(|metadata| {
        let mut permissions = metadata.permissions();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            permissions.set_mode(permissions.mode() | 0o200);
        }
        #[cfg(not(unix))]
        permissions.set_readonly(false);
        std::fs::set_permissions(&path, permissions)
    });
    match writable {
        Ok(()) => {
            save_to(editor, path, false);
        }
        Err(error) => {
            editor.status = Status::error(format!(
                "Not saved: cannot make {} writable: {error}",
                printable(&path.display().to_string())
            ));
            editor.quit_after_save = false;
        }
    }
}

/// Takes a gone session's work back into the editor, as one undoable edit.
/// When the plan changed on disk since that session opened it (a colleague,
/// `git pull`), the editor takes that session's view of the file, so that
/// saving asks before overwriting the change. The work goes into this
/// session's own copy before the old copy is removed.
fn restore_recovered(editor: &mut Editor, recovered: crate::recovery::Recovered) {
    editor.keep_recovery = false;
    let changed_since = match (&editor.path, &recovered.opened) {
        (Some(path), Some(opened)) => {
            plan_file::DiskStamp::read(path).is_ok_and(|now| now.content_differs(opened))
        }
        _ => false,
    };
    let done = if changed_since {
        "Restored the recovery copy; the plan changed on disk since: saving will ask (u undoes)"
    } else {
        "Restored the recovery copy: save to keep it (u undoes)"
    };
    edit(editor, done.to_owned(), |course| {
        *course = recovered.course.clone();
        Ok(())
    });
    if changed_since {
        editor.disk = recovered.opened.clone();
    }
    let kept = match &editor.recovery {
        Some(own) => own.write(&editor.course).is_ok(),
        None => true,
    };
    if kept {
        let _ = recovered.remove();
    }
}

/// Copies the plan file at `path` to `copy`, unless a copy is there already
/// (an earlier save kept it: that one is the original).
fn keep_format1_copy(path: &Path, copy: &Path) -> Result<(), String> {
    if copy.exists() {
        return Ok(());
    }
    let bytes = std::fs::read(path).map_err(|error| error.to_string())?;
    let options = crate::atomic_file::WriteOptions {
        overwrite: false,
        backup: false,
    };
    crate::atomic_file::write(copy, &bytes, options)
        .map(|_| ())
        .map_err(|error| error.to_string())
}

/// Loads the plan from disk again; the editor's version stays one undo away.
fn reload(editor: &mut Editor) {
    let Some(path) = editor.path.clone() else {
        return;
    };
    match plan_file::load(&path) {
        Ok(course) => {
            let done = "Reloaded from disk (u brings your version back)".to_owned();
            let loaded = course.clone();
            edit(editor, done, |current| {
                *current = loaded;
                Ok(())
            });
            editor.saved = Some(course);
            editor.disk = plan_file::DiskStamp::read(&path).ok();
        }
        Err(error) => {
            let message = error.to_string();
            editor.status = Status::error(format!(
                "Cannot reload: {}",
                message.lines().next().unwrap_or_default()
            ));
        }
    }
}

fn cancel(editor: &mut Editor) {
    match &mut editor.overlay {
        Some(Overlay::Form(form)) if form.typing.is_some() => {
            form.typing = None;
            form.error = None;
        }
        None => editor.main_view = super::app::MainView::Grid,
        Some(Overlay::KindPicker(_)) => {
            if let Some(Overlay::KindPicker(picker)) = editor.overlay.take() {
                kind_picker::cancel(editor, picker);
            }
        }
        _ => {
            editor.overlay = None;
            editor.quit_after_save = false;
        }
    }
}

fn confirm(editor: &mut Editor) {
    match editor.overlay.take() {
        Some(Overlay::Prompt(prompt)) => confirm_prompt(editor, prompt),
        Some(Overlay::Form(form)) => {
            let form = confirm_form(editor, form);
            editor.overlay = Some(Overlay::Form(form));
        }
        Some(Overlay::Export(dialog)) => export(editor, dialog),
        Some(Overlay::KindPicker(picker)) => kind_picker::confirm(editor, picker),
        Some(Overlay::Help { .. }) | None => {}
        other => editor.overlay = other,
    }
}

fn confirm_prompt(editor: &mut Editor, mut prompt: Prompt) {
    let value = prompt.input.value().trim().to_owned();
    let cursor = editor.cursor;
    match prompt.purpose {
        PromptPurpose::Activity => {
            let done = format!("{}: activity set", cell_name(editor));
            let activity = (!value.is_empty()).then_some(value);
            edit(editor, done, |course| {
                course.modules_mut()[cursor.module]
                    .cell_mut(cursor.event)
                    .activity = activity;
                Ok(())
            });
        }
        PromptPurpose::RenameModule => {
            let done = format!("Renamed module {}", cursor.module + 1);
            edit(editor, done, |course| {
                course.modules_mut()[cursor.module].title = value;
                Ok(())
            });
        }
        PromptPurpose::NewModule => {
            let at = cursor.module + 1;
            let before_revision = editor.revision;
            let done = format!(
                "Added module {at} \"{}\" in the recommended modes",
                truncate(&printable(&value), 30)
            );
            edit(editor, done, |course| {
                course
                    .insert_module(at, Module::recommended(value))
                    .map_err(|error| format!("Cannot add a module: {error}"))
            });
            if editor.revision != before_revision {
                editor.cursor.module = at;
            }
        }
        PromptPurpose::CourseTitle => {
            edit(editor, "Course title changed".into(), |course| {
                course.title = value;
                Ok(())
            });
        }
        PromptPurpose::SaveAs => {
            let path = PathBuf::from(&value);
            let replacing_another = path.exists() && editor.path.as_deref() != Some(path.as_path());
            if value.is_empty() || replacing_another {
                prompt.error = Some(if value.is_empty() {
                    "Type a file name.".to_owned()
                } else {
                    "That file exists: choose another name.".to_owned()
                });
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            }
            save_to(editor, path, false);
        }
        PromptPurpose::NewPlanTitle => {}
    }
}

/// Enter on the form: start typing an exact value, or apply the typed one.
fn confirm_form(editor: &mut Editor, mut form: AssumptionsForm) -> AssumptionsForm {
    let Some(setting) = form.setting() else {
        // The preset row has no value to type: Enter steps to the next preset.
        adjust_preset(editor, 1);
        return form;
    };
    match form.typing.take() {
        None => {
            // Typing replaces the value; it starts empty, as in a spreadsheet cell.
            form.typing = Some(tui_input::Input::default());
        }
        Some(input) => match input.value().trim().parse::<f64>() {
            Ok(value) => {
                let done = format!("{} set to {value}", setting.label());
                let mut refused = None;
                edit(editor, done, |course| {
                    course
                        .assumptions
                        .set_value(setting, value)
                        .map_err(|error| {
                            // The form shows labels, so the message names the label too.
                            let message = format!("{} {}", setting.label(), error.problem());
                            refused = Some(message.clone());
                            message
                        })
                });
                if let Some(message) = refused {
                    form.error = Some(message);
                    form.typing = Some(input);
                }
            }
            Err(_) => {
                form.error = Some(format!("\"{}\" is not a number", input.value()));
                form.typing = Some(input);
            }
        },
    }
    form
}

fn adjust_form_row(editor: &mut Editor, by: i32) {
    let Some(Overlay::Form(form)) = &editor.overlay else {
        return;
    };
    let Some(setting) = form.setting() else {
        adjust_preset(editor, by);
        return;
    };
    let (min, max) = setting.range();
    let value =
        (editor.course.assumptions.value(setting) + f64::from(by) * setting.step()).clamp(min, max);
    let done = format!("{}: {value}", setting.label());
    edit(editor, done, |course| {
        course
            .assumptions
            .set_value(setting, value)
            .map_err(|error| error.to_string())
    });
}

/// Steps through the build-ratio presets (from "custom", the first or the last).
fn adjust_preset(editor: &mut Editor, by: i32) {
    let presets = BuildPreset::ALL;
    let next = match BuildPreset::matching(&editor.course.assumptions) {
        Some(current) => {
            let index = presets.iter().position(|p| *p == current).unwrap_or(0) as i32;
            presets[(index + by).rem_euclid(presets.len() as i32) as usize]
        }
        None if by >= 0 => presets[0],
        None => presets[presets.len() - 1],
    };
    let [session, video, quiz] = next.ratios();
    let done = format!(
        "Build ratios: {} (build h per hour: session {session}, video {video}, quiz {quiz})",
        next.label()
    );
    edit(editor, done, |course| {
        next.apply(&mut course.assumptions);
        Ok(())
    });
}

/// Beside the plan, same stem: `plan.ron` -> `plan.md`. A RON export gets its
/// own name, so that it never points at the plan file itself.
fn default_export_path(editor: &Editor, format: ExportFormat) -> PathBuf {
    let plan = editor
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(crate::store::file_name_for_title(&editor.course.title)));
    let stem = plan.file_stem().unwrap_or_default().to_string_lossy();
    let name = match format {
        ExportFormat::Ron => format!("{stem}-export.ron"),
        _ => format!("{stem}.{}", format.extension()),
    };
    plan.with_file_name(name)
}

/// Tab in the export dialog: the next format, and the path follows it.
fn change_export_format(editor: &mut Editor, by: i32) {
    let Some(Overlay::Export(dialog)) = &editor.overlay else {
        return;
    };
    let formats = ExportFormat::ALL;
    let index = formats
        .iter()
        .position(|f| *f == dialog.format)
        .unwrap_or(0) as i32;
    let next = formats[(index + by).rem_euclid(formats.len() as i32) as usize];
    let typed = PathBuf::from(dialog.path.value());
    let path = if typed == default_export_path(editor, dialog.format) {
        default_export_path(editor, next)
    } else {
        typed.with_extension(next.extension())
    };
    if let Some(Overlay::Export(dialog)) = &mut editor.overlay {
        dialog.format = next;
        dialog.path = tui_input::Input::new(path.display().to_string());
        dialog.confirm_overwrite = false;
        dialog.error = None;
    }
}

/// Enter in the export dialog: write the file, asking once before replacing one.
fn export(editor: &mut Editor, mut dialog: ExportDialog) {
    let value = dialog.path.value().trim().to_owned();
    let path = PathBuf::from(&value);
    let refuse = if value.is_empty() {
        Some("Type a file name.".to_owned())
    } else if editor
        .path
        .as_deref()
        .is_some_and(|plan| plan == path || crate::atomic_file::same_file(plan, &path))
    {
        Some("That is the plan file itself: choose another name.".to_owned())
    } else if path.exists() && !dialog.confirm_overwrite {
        dialog.confirm_overwrite = true;
        Some(format!(
            "{value} exists: Enter again replaces it, Esc cancels."
        ))
    } else {
        None
    };
    if let Some(message) = refuse {
        dialog.error = Some(message);
        editor.overlay = Some(Overlay::Export(dialog));
        return;
    }
    match export::write_to(
        &path,
        dialog.format,
        &editor.course,
        dialog.confirm_overwrite,
    ) {
        Ok(exported) => editor.status = Status::info(exported.to_string()),
        Err(error) => {
            dialog.error = Some(error.to_string());
            dialog.confirm_overwrite = false;
            editor.overlay = Some(Overlay::Export(dialog));
        }
    }
}

/// Starts the guided tour at its first step, on the grid.
pub fn start_tour(editor: &mut Editor) {
    editor.tour = Some(Tour { step: 0 });
    enter_step(editor);
}

/// What a step sets up for the presenter: the cell it talks about selected,
/// the grid shown for grid steps.
fn enter_step(editor: &mut Editor) {
    let Some(tour) = editor.tour else {
        editor.status = Status::info("Tour finished: t starts it again, ? lists every key.");
        return;
    };
    let step = tour.current();
    match step.target {
        Target::Cell => {
            let (module, event) = tour::featured_cell(editor.course.modules().len());
            editor.cursor = super::app::Cursor { module, event };
            editor.main_view = super::app::MainView::Grid;
        }
        Target::Grid | Target::Bands => editor.main_view = super::app::MainView::Grid,
        _ => {}
    }
    editor.status = Status::info(format!(
        "Tour {}/{}: {}",
        tour.step + 1,
        tour::STEPS.len(),
        step.try_this
    ));
}
