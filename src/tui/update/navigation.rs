//! Moving the cursor over the grid, and keeping it in view as the grid scrolls.

#[allow(unused_imports)]
use super::*;

pub(super) fn move_cursor(editor: &mut Editor, direction: Direction) {
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

pub(super) fn scroll(editor: &mut Editor, by: i32, visible: usize) {
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
