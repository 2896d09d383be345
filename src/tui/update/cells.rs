//! Edits of the selected cell: its mode, whether it is planned, its minutes,
//! its activity, and whole rows or modules set at once.

#[allow(unused_imports)]
use super::*;

/// Space: live <-> self-paced. On a cell with nothing planned, Space plans it
/// in the mode the Line of Understanding recommends, so it always shows something.
pub(super) fn toggle_mode(editor: &mut Editor) {
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
            "{}: {} ({}; {} for another kind)",
            cell_name(editor),
            mode.label(),
            cursor.event.default_kind(mode).label(),
            key(&Action::OpenKindPicker)
        )
    } else {
        format!(
            "{}: planned, {} min {} ({} again to toggle)",
            cell_name(editor),
            default_minutes(cursor.event),
            mode.label(),
            key(&Action::ToggleMode)
        )
    };
    edit(editor, done, |course| {
        course.modules_mut()[cursor.module].toggle(cursor.event);
        Ok(())
    });
}

/// p: a planned cell keeps its mode and activity with 0 minutes; planning it
/// again gives it the event's default minutes.
pub(super) fn toggle_planned(editor: &mut Editor) {
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
        course.modules_mut()[cursor.module].toggle_planned(cursor.event);
        Ok(())
    });
}

pub(super) fn change_minutes(editor: &mut Editor, up: bool) {
    let cell = selected_cell(editor);
    let minutes = if up {
        cell.minutes.step_up()
    } else {
        cell.minutes.step_down()
    };
    set_minutes(editor, minutes);
}

/// The selected cell's minutes as one undoable edit (0 unplans it).
pub(crate) fn set_minutes(editor: &mut Editor, minutes: crate::model::Minutes) {
    let cursor = editor.cursor;
    let done = if minutes.get() == 0 {
        format!("{}: not planned", cell_name(editor))
    } else {
        format!("{}: {minutes} min", cell_name(editor))
    };
    edit(editor, done, |course| {
        course.modules_mut()[cursor.module].set_minutes(cursor.event, minutes);
        Ok(())
    });
}

/// s: the next activity from the reference article's lists for this event and mode.
pub(super) fn next_suggestion(editor: &mut Editor) {
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
        "{}: \"{next}\" ({} for the next suggestion)",
        cell_name(editor),
        key(&Action::NextSuggestion)
    );
    edit(editor, done, |course| {
        course.modules_mut()[cursor.module]
            .cell_mut(cursor.event)
            .activity = Some(next.to_owned());
        Ok(())
    });
}

/// y: the selected cell, kept for `P`.
pub(super) fn copy_cell(editor: &mut Editor) {
    let cell = selected_cell(editor).clone();
    editor.status = Status::info(format!(
        "Copied {} ({} pastes it onto the selected cell)",
        cell_name(editor),
        key(&Action::PasteCell)
    ));
    editor.clipboard = Some(cell);
}

/// P: the copied cell (kind, minutes, reuse, activity) onto the selected one.
pub(super) fn paste_cell(editor: &mut Editor) {
    let Some(cell) = editor.clipboard.clone() else {
        editor.status = Status::info(format!(
            "Nothing copied yet: {} copies the selected cell.",
            key(&Action::CopyCell)
        ));
        return;
    };
    let cursor = editor.cursor;
    let done = format!("Pasted onto {}", cell_name(editor));
    edit(editor, done, |course| {
        *course.modules_mut()[cursor.module].cell_mut(cursor.event) = cell;
        Ok(())
    });
}
