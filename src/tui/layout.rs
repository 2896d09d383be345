//! Where each part of the screen goes, as plain arithmetic on the terminal
//! size. The view draws into these rectangles; the update uses the same ones
//! to turn a mouse click into a cell and to know how many modules fit.

use ratatui::layout::Rect;

use crate::model::GagneEvent;

/// Below this the editor shows "terminal too small" instead of a cramped grid.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// The event column: a band bar, the event's number and short label.
pub const EVENT_COLUMN: u16 = 14;
/// One module column with room for words: "● live 120*" and a space.
pub const WIDE_MODULE_COLUMN: u16 = 12;
/// One module column when space is short: "● 120*" and a space.
pub const NARROW_MODULE_COLUMN: u16 = 7;
/// Fewer wide columns than this, and the narrow ones are used instead.
const MIN_WIDE_MODULES: u16 = 4;
/// When every module fits with room to spare, columns grow to this, so
/// titles can be read.
const WIDEST_MODULE_COLUMN: u16 = 26;
/// Header, three band rows and nine events.
pub const GRID_ROWS: u16 = 13;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub title: Rect,
    pub grid: Rect,
    pub panel: Rect,
    pub detail: Rect,
    pub status: Rect,
    pub hints: Rect,
    /// How many modules the plan has: with few, the columns widen.
    pub modules: usize,
}

impl ScreenLayout {
    /// The layout for a terminal of `area` and a plan of `modules` modules,
    /// or `None` when the terminal is too small. `comparing` widens the panel
    /// for its baseline column.
    pub fn new(area: Rect, modules: usize, comparing: bool) -> Option<ScreenLayout> {
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            return None;
        }
        let panel_width = match (area.width, comparing) {
            (120.., false) => 48,
            (120.., true) => 58,
            (80.., false) => 36,
            (80.., true) => 46,
            _ => 30,
        };
        let body_height = area.height - 5;
        let row = |y: u16, height: u16| Rect::new(area.x, area.y + y, area.width, height);
        let body_y = area.y + 1;
        let grid_width = area.width - panel_width;
        Some(ScreenLayout {
            title: row(0, 1),
            grid: Rect::new(area.x, body_y, grid_width, body_height.min(GRID_ROWS + 2)),
            panel: Rect::new(area.x + grid_width, body_y, panel_width, body_height),
            detail: row(1 + body_height, 2),
            status: row(3 + body_height, 1),
            hints: row(4 + body_height, 1),
            modules: modules.max(1),
        })
    }

    /// The grid's inside, within its border.
    /// The left of the screen, from the grid's top down to the detail lines:
    /// where a dialog opens so that the panel stays in view (on a tall screen
    /// it takes the rows the grid leaves empty).
    pub fn beside_panel(&self) -> Rect {
        let bottom = self.detail.y.max(self.grid.y + self.grid.height);
        Rect::new(
            self.grid.x,
            self.grid.y,
            self.grid.width,
            bottom - self.grid.y,
        )
    }

    pub fn grid_inner(&self) -> Rect {
        inner(self.grid)
    }

    /// The width of one module column: wide (with the mode's name) when at
    /// least four modules fit that way, narrow otherwise, and wider still
    /// when all the modules fit with room to spare.
    pub fn module_column(&self) -> u16 {
        let room = self.grid_inner().width.saturating_sub(EVENT_COLUMN);
        let count = u16::try_from(self.modules).unwrap_or(u16::MAX);
        if count.saturating_mul(WIDE_MODULE_COLUMN) <= room {
            (room / count).min(WIDEST_MODULE_COLUMN)
        } else if room / WIDE_MODULE_COLUMN >= MIN_WIDE_MODULES {
            WIDE_MODULE_COLUMN
        } else {
            NARROW_MODULE_COLUMN
        }
    }

    /// How many module columns fit beside the event column.
    pub fn visible_modules(&self) -> usize {
        let room = self.grid_inner().width.saturating_sub(EVENT_COLUMN);
        usize::from(room / self.module_column()).max(1)
    }

    /// The grid cell under a screen position: (visible column, event).
    pub fn cell_at(&self, x: u16, y: u16) -> Option<(usize, GagneEvent)> {
        let inner = self.grid_inner();
        if !inner.contains((x, y).into()) || x < inner.x + EVENT_COLUMN {
            return None;
        }
        let column = usize::from((x - inner.x - EVENT_COLUMN) / self.module_column());
        if column >= self.visible_modules() {
            return None;
        }
        event_at_row(y - inner.y).map(|event| (column, event))
    }
}

/// A rectangle's inside, within a one-cell border.
pub fn inner(area: Rect) -> Rect {
    Rect::new(
        area.x.saturating_add(1),
        area.y.saturating_add(1),
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    )
}

/// The grid row (0 is the header) of an event: a band row opens each band.
pub fn event_row(event: GagneEvent) -> u16 {
    let bands_so_far = match event.number() {
        1..=4 => 1,
        5..=7 => 2,
        _ => 3,
    };
    event.number() as u16 + bands_so_far
}

/// The band that a band row (1, 6 or 10) opens.
pub fn band_at_row(row: u16) -> Option<crate::model::BloomBand> {
    use crate::model::BloomBand;
    match row {
        1 => Some(BloomBand::RememberUnderstand),
        6 => Some(BloomBand::ApplyAnalyze),
        10 => Some(BloomBand::EvaluateCreate),
        _ => None,
    }
}

/// The event on a grid row, if that row holds one.
pub fn event_at_row(row: u16) -> Option<GagneEvent> {
    GagneEvent::ALL.into_iter().find(|&e| event_row(e) == row)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_sit_below_their_band_rows() {
        let rows: Vec<u16> = GagneEvent::ALL.into_iter().map(event_row).collect();
        assert_eq!(rows, [2, 3, 4, 5, 7, 8, 9, 11, 12]);
        assert_eq!(event_at_row(7), Some(GagneEvent::ProvideGuidance));
        assert_eq!(event_at_row(6), None);
        assert!(band_at_row(10).is_some());
    }

    #[test]
    fn small_terminals_get_no_layout() {
        assert!(ScreenLayout::new(Rect::new(0, 0, 59, 30), 5, false).is_none());
        assert!(ScreenLayout::new(Rect::new(0, 0, 80, 19), 5, false).is_none());
        assert!(ScreenLayout::new(Rect::new(0, 0, 1, 1), 5, false).is_none());
    }

    #[test]
    fn an_80_by_24_terminal_fits_four_narrow_modules_beside_the_panel() {
        let layout = ScreenLayout::new(Rect::new(0, 0, 80, 24), 20, false).unwrap();
        assert_eq!(layout.panel.width, 36);
        // 44 columns of grid, 42 inside: 14 for events, 28 left: 2 wide or 4 narrow modules.
        assert_eq!(layout.module_column(), NARROW_MODULE_COLUMN);
        assert_eq!(layout.visible_modules(), 4);
        // 200 - 48 (panel) - 2 (border) - 14 = 136 = 11 wide modules.
        let wide = ScreenLayout::new(Rect::new(0, 0, 200, 50), 20, false).unwrap();
        assert_eq!(wide.module_column(), WIDE_MODULE_COLUMN);
        assert_eq!(wide.visible_modules(), 11);
        // Five modules share the 136 columns, up to 26 each.
        let few = ScreenLayout::new(Rect::new(0, 0, 200, 50), 5, false).unwrap();
        assert_eq!((few.module_column(), few.visible_modules()), (26, 5));
    }

    #[test]
    fn clicks_map_to_cells() {
        let layout = ScreenLayout::new(Rect::new(0, 0, 200, 50), 20, false).unwrap();
        let inner = layout.grid_inner();
        let x = inner.x + EVENT_COLUMN + WIDE_MODULE_COLUMN + 3;
        let y = inner.y + event_row(GagneEvent::ElicitPerformance);
        assert_eq!(
            layout.cell_at(x, y),
            Some((1, GagneEvent::ElicitPerformance))
        );
        assert_eq!(
            layout.cell_at(inner.x + 2, y),
            None,
            "the event column is not a cell"
        );
        assert_eq!(
            layout.cell_at(x, inner.y + 1),
            None,
            "band rows are not cells"
        );
    }
}
