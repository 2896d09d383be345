//! Text from plan files is the user's, and may hold anything: escape sequences,
//! carriage returns, bells. Nothing from a file reaches a terminal raw.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` with every control character (newlines included) shown as an escape
/// such as `\u{1b}`, so that it reads as text and cannot drive the terminal.
pub fn printable(text: &str) -> Cow<'_, str> {
    escape_controls(text, false)
}

/// Like [`printable`], but keeps line breaks: for multi-line reports.
pub fn printable_lines(text: &str) -> Cow<'_, str> {
    escape_controls(text, true)
}

/// Control characters, the Unicode line and paragraph separators (U+2028,
/// U+2029), which some terminals take as line breaks, and the bidirectional
/// controls, which reorder the text after them.
fn is_breaking(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') || is_bidi_control(c)
}

/// The invisible marks that reverse or reorder the text around them
/// (right-to-left overrides, embeddings, isolates and marks): in a title or a
/// currency they would show "$962" as "269$" in a browser, or hide text.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

fn escape_controls(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let is_unsafe = |c: char| is_breaking(c) && !(keep_newlines && c == '\n');
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

/// A plan's money assumption as it was given, after its currency: whole
/// amounts grouped (`$3,000`), others exactly (`$62.5`), never rounded (a
/// rate of 62.5 is not 63); the currency made printable.
pub fn amount_as_given(currency: &str, value: f64) -> String {
    let currency = printable(currency);
    if value.fract() == 0.0 {
        crate::analysis::numbers::money(&currency, value)
    } else {
        format!("{currency}{value}")
    }
}

/// A currency quoted, so a trailing space shows (`"CHF "`), or `none`.
pub fn quoted_currency(currency: crate::model::Currency) -> String {
    if currency.is_empty() {
        "none".to_owned()
    } else {
        format!("\"{}\"", printable(currency.as_str()))
    }
}

/// `text` cut to at most `width` terminal columns, ending in `…` when cut.
/// Widths are display widths: a CJK character or an emoji takes two columns.
pub fn truncate(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

/// `text` truncated or padded with spaces to exactly `width` columns.
pub fn fit(text: &str, width: usize) -> String {
    let cut = truncate(text, width);
    let padding = width.saturating_sub(cut.width());
    format!("{cut}{}", " ".repeat(padding))
}

#[cfg(test)]
mod tests {
    #[test]
    fn unicode_line_separators_are_escaped_too() {
        assert_eq!(printable("a\u{2028}b\u{2029}c"), "a\\u{2028}b\\u{2029}c");
    }

    #[test]
    fn marks_that_reverse_the_text_are_shown_not_obeyed() {
        // "Master \u{202e}Baker" would read "Master rekaB" and reverse all after it
        assert_eq!(printable("Master \u{202e}Baker"), "Master \\u{202e}Baker");
        assert_eq!(printable("\u{2067}x\u{2069}"), "\\u{2067}x\\u{2069}");
        // right-to-left text itself is text
        assert!(matches!(printable("שלום"), Cow::Borrowed(_)));
    }

    use super::*;

    #[test]
    fn escape_sequences_are_shown_not_run() {
        assert_eq!(printable("a\u{1b}[2Jb\r\n"), "a\\u{1b}[2Jb\\u{d}\\u{a}");
        assert_eq!(printable_lines("a\u{7}\nb"), "a\\u{7}\nb");
        assert!(matches!(printable("plain é"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncation_counts_display_columns() {
        assert_eq!(truncate("Sourdough", 20), "Sourdough");
        assert_eq!(truncate("Sourdough", 5), "Sour…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        assert_eq!(fit("日本語", 7), "日本語 ");
        assert_eq!(fit("abc", 0), "");
    }
}
