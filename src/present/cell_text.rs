//! A cell in words, as the documents show it in their grids: "Live ·
//! workshop · 30 min", "Self-paced · video · 15 min · reused", "—".

use crate::model::{Cell, Mode};

/// "Live" or "Self-paced", capitalised for a table cell.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Live => "Live",
        Mode::SelfPaced => "Self-paced",
    }
}

/// "Live · workshop · 30 min", "Self-paced · video · 15 min · reused", or
/// "—" when not planned.
pub fn cell_text(cell: &Cell) -> String {
    match cell.planned_mode() {
        Some(mode) => format!(
            "{} · {} · {} min{}",
            mode_name(mode),
            cell.kind.label(),
            cell.minutes,
            if cell.reuse { " · reused" } else { "" }
        ),
        None => "—".to_string(),
    }
}
