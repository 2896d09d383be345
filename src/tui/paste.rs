//! What a paste becomes. With bracketed paste on (see [`super::terminal`]),
//! the terminal delivers pasted text as one event instead of as keys, so a
//! paste can never run as commands. Every text field of the editor holds one
//! line (an activity, a title, a file name, a number), so a paste is made
//! into one line before it is typed.

use crate::tui::action::Action;
use crate::tui::app::{App, Screen, Status};

/// The longest paste a field takes. Fields hold a line (a path is at most
/// 4096 bytes on Linux); anything longer is almost surely the wrong
/// clipboard, and typing it in would hold the editor up for seconds.
pub const MAX_CHARS: usize = 4096;

/// `text` as one line: each run of line breaks (`\n`, `\r\n`, `\r`) between
/// two pieces of text becomes one space, line breaks at either end go, a tab
/// is a space, and other control characters (an escape, a bell) are dropped.
///
/// Why a space rather than keeping the first line only or refusing: a paste
/// of a wrapped sentence from a document is the common case, and joining its
/// lines keeps every word; an Enter in the middle of a paste must never
/// confirm a field the user has not read yet.
pub fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    let mut pending_break = false;
    for c in text.chars() {
        match c {
            '\n' | '\r' => pending_break = true,
            '\t' => push(&mut line, &mut pending_break, ' '),
            c if c.is_control() => {}
            c => push(&mut line, &mut pending_break, c),
        }
    }
    line
}

/// Pushes `c`, after the one space a line break before it stands for (none
/// at the start of the line).
fn push(line: &mut String, pending_break: &mut bool, c: char) {
    if std::mem::take(pending_break) && !line.is_empty() {
        line.push(' ');
    }
    line.push(c);
}

/// Types a paste into the open text field, or says why nothing happened.
/// `type_char` types one character as a key would (so the field reacts to a
/// paste exactly as to typing).
pub fn apply(app: &mut App, text: &str, mut type_char: impl FnMut(&mut App, char)) {
    if !crate::tui::keymap::typing(app) {
        let hint = match &app.screen {
            // In a dialog, the way to the activity's field is no help.
            Screen::Editor(editor) if editor.overlay.is_some() => String::new(),
            Screen::Editor(_) => format!(
                " ({} edits the activity, then paste)",
                crate::tui::keymap::key(&Action::EditActivity)
            ),
            Screen::Start(_) => String::new(),
        };
        set_status(
            app,
            Status::info(format!(
                "Nothing changed: a paste only types into a text field{hint}."
            )),
        );
        return;
    }
    let line = one_line(text);
    let total = line.chars().count();
    for c in line.chars().take(MAX_CHARS) {
        type_char(app, c);
    }
    if total > MAX_CHARS {
        set_status(
            app,
            Status::error(format!(
                "Pasted the first {MAX_CHARS} of {total} characters: a field holds one line."
            )),
        );
    }
}

fn set_status(app: &mut App, status: Status) {
    match &mut app.screen {
        Screen::Editor(editor) => editor.status = status,
        Screen::Start(start) => start.status = status,
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn line_breaks_inside_a_paste_become_one_space() {
        assert_eq!(one_line("Film it\nthen post it"), "Film it then post it");
        assert_eq!(one_line("a\r\nb"), "a b");
        assert_eq!(one_line("a\rb"), "a b");
        assert_eq!(
            one_line("first paragraph\n\n\nsecond"),
            "first paragraph second"
        );
    }

    #[test]
    fn line_breaks_at_either_end_are_dropped() {
        // A line copied from an editor usually carries its line break.
        assert_eq!(one_line("abc\n"), "abc");
        assert_eq!(one_line("\r\nabc\r\n"), "abc");
        assert_eq!(one_line("\n\n"), "");
    }

    #[test]
    fn tabs_are_spaces_and_other_control_characters_are_dropped() {
        assert_eq!(one_line("a\tb"), "a b");
        assert_eq!(one_line("a\u{1b}[31mb\u{7}"), "a[31mb");
        assert_eq!(one_line("  spaced  "), "  spaced  ");
    }
}
