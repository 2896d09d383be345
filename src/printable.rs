//! Text from plan files is the user's, and may hold anything: escape sequences,
//! carriage returns, bells. Nothing from a file reaches a terminal raw.

use std::borrow::Cow;

/// `text` with every control character (newlines included) shown as an escape
/// such as `\u{1b}`, so that it reads as text and cannot drive the terminal.
pub fn printable(text: &str) -> Cow<'_, str> {
    escape_controls(text, false)
}

/// Like [`printable`], but keeps line breaks: for multi-line reports.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    escape_controls(text, true)
}

fn escape_controls(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let is_unsafe = |c: char| c.is_control() && !(keep_newlines && c == '\n');
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_run() {
        assert_eq!(printable("a\u{1b}[2Jb\r\n"), "a\\u{1b}[2Jb\\u{d}\\u{a}");
        assert_eq!(printable_lines("a\u{7}\nb"), "a\\u{7}\nb");
        assert!(matches!(printable("plain é"), Cow::Borrowed(_)));
    }
}
