//! Where a problem is: byte offsets in the source turned into the 1-based
//! lines and columns (in characters) that editors show.

use super::read::Problem;

/// Puts problems found at byte offsets in file order, with their lines and
/// columns, in one pass over the source: placing each on its own would take
/// time quadratic in the size of a file full of problems.
pub(super) fn place(source: &str, mut problems: Vec<(usize, String)>) -> Vec<Problem> {
    problems.sort_by_key(|(offset, _)| *offset);
    let (mut at, mut line, mut column) = (0, 1, 1);
    problems
        .into_iter()
        .map(|(offset, message)| {
            let offset = offset.clamp(at, source.len());
            for c in source[at..offset].chars() {
                if c == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
            }
            at = offset;
            Problem {
                line,
                column,
                message,
            }
        })
        .collect()
}

/// The byte offset in `text` of a 1-based line and column (in characters).
pub(super) fn offset_in(text: &str, position: ron::error::Position) -> usize {
    let line_start = match position.line {
        0 | 1 => 0,
        line => text
            .match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    let line = &text[line_start..];
    line_start
        + line
            .char_indices()
            .nth(position.col.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i)
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub(crate) fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let column = 1 + String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count();
    (line, column)
}
