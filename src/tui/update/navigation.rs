//! Moving the cursor over the grid, and keeping it in view as the grid scrolls.

#[allow(unused_imports)]
use super::*;
use crate::tui::viewport::Viewport;

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
    let view = viewport(editor, visible).scrolled(by);
    editor.first_module = view.first();
    editor.cursor.module = view.clamp(editor.cursor.module);
}

/// The editor's viewport on a grid that shows `visible` modules.
fn viewport(editor: &Editor, visible: usize) -> Viewport {
    Viewport::new(editor.first_module, visible, editor.course.modules().len())
}

/// Scrolls the grid so that the selected module is visible.
pub fn keep_cursor_in_view(editor: &mut Editor, visible: usize) {
    editor.cursor.module = editor.cursor.module.min(last_module(editor));
    editor.first_module = viewport(editor, visible)
        .following(editor.cursor.module)
        .first();
}
