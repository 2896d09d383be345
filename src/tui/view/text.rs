//! Text into the frame's buffer, cell for cell as ratatui's
//! `Buffer::set_stringn` and `set_line` write it, but a character per cell
//! without splitting the text into grapheme clusters when no character in it
//! can join another. Splitting is most of what drawing a frame costs (a
//! sixth of a keystroke at 200x50), and almost everything the editor draws
//! is ASCII and its own few symbols; a module title in Devanagari or with an
//! emoji still goes through ratatui, whole.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::Line;

/// The editor's own symbols besides ASCII. Each is one column wide and a
/// grapheme on its own beside ASCII or each other: none is a combining mark,
/// a joiner or a prefix, none is wide (the test below holds them to that).
fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '●' | '○'
            | '·'
            | '↺'
            | '▌'
            | '▲'
            | '▼'
            | '▶'
            | '◀'
            | '✓'
            | '✗'
            | '─'
            | '│'
            | '…'
            | 'Δ'
            | '—'
            | '–'
            | '×'
            | '→'
            | '←'
            | '↑'
            | '↓'
            | '█'
            | '▒'
            | '░'
            | '▸'
            | '•'
            | '€'
            | '£'
    )
}

/// Every character is a cell of its own: printable ASCII or one of our symbols.
fn one_per_cell(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_ascii_graphic() || c == ' ' || is_symbol(c))
}

/// Writes `text` at (x, y) in at most `max_width` columns, as
/// `Buffer::set_stringn` does, and returns where it stopped.
pub fn put_str(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    text: &str,
    max_width: usize,
    style: Style,
) -> (u16, u16) {
    if !one_per_cell(text) {
        return buf.set_stringn(x, y, text, max_width, style);
    }
    let max_width = u16::try_from(max_width).unwrap_or(u16::MAX);
    let room = buf.area.right().saturating_sub(x).min(max_width);
    let mut x = x;
    for c in text.chars().take(usize::from(room)) {
        buf[(x, y)].set_char(c).set_style(style);
        x += 1;
    }
    (x, y)
}

/// Writes `line` at (x, y) in at most `max_width` columns, span by span, as
/// `Buffer::set_line` does, and returns where it stopped.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, max_width: u16) -> (u16, u16) {
    let mut remaining = max_width;
    let mut x = x;
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let (to, _) = put_str(buf, x, y, &span.content, usize::from(remaining), style);
        remaining = remaining.saturating_sub(to.saturating_sub(x));
        x = to;
    }
    (x, y)
}

/// Writes `lines` into `area` as a `Paragraph` of `style` without wrapping
/// would: the area takes the style, each line its row, cut at the edge.
pub fn put_lines(buf: &mut Buffer, area: ratatui::layout::Rect, lines: &[Line], style: Style) {
    buf.set_style(area, style);
    for (row, line) in lines.iter().take(usize::from(area.height)).enumerate() {
        put_line(buf, area.x, area.y + row as u16, line, area.width);
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Stylize};
    use ratatui::text::Span;
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;

    use super::*;

    const SYMBOLS: &str = "●○·↺▌▲▼▶◀✓✗─│…Δ—–×→←↑↓█▒░▸•€£";

    #[test]
    fn every_symbol_is_one_column_and_its_own_grapheme_beside_ascii() {
        for c in SYMBOLS.chars() {
            assert!(is_symbol(c), "{c} is listed");
            assert_eq!(c.to_string().width(), 1, "{c} is one column");
            for text in [format!("a{c}b"), format!("{c}{c}"), format!(" {c}1")] {
                let chars = text.chars().count();
                assert_eq!(text.graphemes(true).count(), chars, "{text:?}");
            }
        }
    }

    /// The same cells as ratatui's own writing, for `text` written at
    /// column `x` of a 12-column buffer in at most `max` columns.
    fn same_as_ratatui(text: &str, x: u16, max: usize) {
        let area = Rect::new(0, 0, 12, 1);
        let style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
        let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
        let a = put_str(&mut ours, x, 0, text, max, style);
        let b = theirs.set_stringn(x, 0, text, max, style);
        assert_eq!((a, &ours), (b, &theirs), "{text:?} at {x} in {max}");
    }

    #[test]
    fn writes_what_ratatui_writes() {
        for text in [
            "",
            "Build (once)",
            "● Wk   30",
            "▼ 10.4 pt ✓",
            "e\u{301}x",
            "日本語のコース",
            "a\tb\nc",
            "👩‍🍳 Chef",
            "x\u{200d}y",
            "──────────────────",
        ] {
            for x in [0, 3, 11, 12] {
                for max in [0, 1, 5, 12, 100] {
                    same_as_ratatui(text, x, max);
                }
            }
        }
    }

    proptest! {
        #[test]
        fn any_text_is_written_as_ratatui_writes_it(
            text in "[a-z ●○▼✓é\u{301}\u{200d}日\t]{0,16}",
            x in 0u16..13,
            max in 0usize..14,
        ) {
            same_as_ratatui(&text, x, max);
        }
    }

    #[test]
    fn lines_are_written_as_ratatui_writes_them() {
        let area = Rect::new(0, 0, 20, 1);
        let line = Line::from(vec![
            Span::raw("Per cohort "),
            "16.0 h".bold(),
            Span::styled(" ▲ 2 ✗", Style::new().fg(Color::Red)),
        ])
        .style(Style::new().bg(Color::Blue));
        for width in [0, 4, 15, 20] {
            let (mut ours, mut theirs) = (Buffer::empty(area), Buffer::empty(area));
            let a = put_line(&mut ours, 0, 0, &line, width);
            let b = theirs.set_line(0, 0, &line, width);
            assert_eq!((a, ours), (b, theirs), "in {width}");
        }
    }
}
