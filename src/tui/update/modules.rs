//! Deleting and moving modules (adding and renaming go through a prompt).

#[allow(unused_imports)]
use super::*;

pub(super) fn delete_module(editor: &mut Editor) {
    let index = editor.cursor.module;
    let done = format!(
        "Deleted {} ({} to undo)",
        module_name(editor, index),
        key(&Action::Undo)
    );
    edit(editor, done, |course| {
        course
            .remove_module(index)
            .map(drop)
            .map_err(|error| format!("Cannot delete: {error}"))
    });
}

pub(super) fn move_module(editor: &mut Editor, direction: Direction) {
    let index = editor.cursor.module;
    let target = match direction {
        Direction::Left if index > 0 => index - 1,
        Direction::Right if index < last_module(editor) => index + 1,
        Direction::Left => {
            editor.status = Status::info("The module is already the first.");
            return;
        }
        _ => {
            editor.status = Status::info("The module is already the last.");
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

/// Y: a copy of the selected module right after it, selected.
pub(super) fn duplicate_module(editor: &mut Editor) {
    let index = editor.cursor.module;
    let mut copy = selected_module(editor).clone();
    copy.title = format!("{} (copy)", copy.title);
    let done = format!(
        "Duplicated {} as module {} ({} to undo)",
        module_name(editor, index),
        index + 2,
        key(&Action::Undo)
    );
    let before = editor.revision;
    edit(editor, done, |course| {
        course
            .insert_module(index + 1, copy)
            .map_err(|error| format!("Cannot duplicate: {error}"))
    });
    if editor.revision != before {
        editor.cursor.module = index + 1;
    }
}
