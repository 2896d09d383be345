//! Where each part of the screen goes, as plain arithmetic on the terminal
//! size. The view draws into these rectangles; the update uses the same ones
//! to turn a mouse click into a cell and to know how many modules fit.

use ratatui::layout::Rect;

use crate::model::{BloomBand, GagneEvent};

/// Below this the editor shows "terminal too small" instead of a cramped grid.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

/// The event column: a band bar, the event's number and short label.
pub const EVENT_COLUMN: u16 = 14;
/// One module column with room for words: "● Wk  120*" and a space.
pub const WIDE_MODULE_COLUMN: u16 = 12;
/// One module column when space is short: "● 120*" and a space.
pub const NARROW_MODULE_COLUMN: u16 = 7;
/// Fewer wide columns than this, and the narrow ones are used instead.
const MIN_WIDE_MODULES: u16 = 4;
/// When every module fits with room to spare, columns grow to this, so
/// titles and activities can be read.
const WIDEST_MODULE_COLUMN: u16 = 40;
/// Three band rows and nine events, below the header.
const BODY_ROWS: u16 = 12;
/// Under the events, a learner's hours a week in each module, when it fits.
const WEEK_ROWS: u16 = 1;
/// The detail pane under the grid opens when at least this many rows are free.
const MIN_PANE_ROWS: u16 = 6;

/// What one row inside the grid's border shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridRow {
    /// A line of the module titles (0 is the first).
    Header(u16),
    Band(BloomBand),
    Event(GagneEvent),
    /// Under the events: a learner's hours a week in each module.
    LearnerWeek,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub title: Rect,
    pub grid: Rect,
    /// The selected module in full, under the grid, when the screen has rows to spare.
    pub pane: Option<Rect>,
    pub panel: Rect,
    /// The lines on the selected cell: what it is, what Space would change,
    /// what the article recommends (the last goes on a short screen).
    pub detail: Rect,
    pub status: Rect,
    pub hints: Rect,
    /// How many modules the plan has: with few, the columns widen.
    pub modules: usize,
    /// Lines of module titles: two when the grid has the room.
    pub header_rows: u16,
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
        let detail_rows = if area.height >= 24 { 3 } else { 2 };
        let body_height = area.height - 3 - detail_rows;
        // Two lines of titles when the whole grid, its week row too, still
        // fits with them (80x24 has the room).
        let header_rows = if body_height > BODY_ROWS + WEEK_ROWS + 3 {
            2
        } else {
            1
        };
        let grid_height = body_height.min(BODY_ROWS + WEEK_ROWS + header_rows + 2);
        let row = |y: u16, height: u16| Rect::new(area.x, area.y + y, area.width, height);
        let body_y = area.y + 1;
        let grid_width = area.width - panel_width;
        let spare = body_height - grid_height;
        Some(ScreenLayout {
            title: row(0, 1),
            grid: Rect::new(area.x, body_y, grid_width, grid_height),
            pane: (spare >= MIN_PANE_ROWS)
                .then(|| Rect::new(area.x, body_y + grid_height, grid_width, spare)),
            panel: Rect::new(area.x + grid_width, body_y, panel_width, body_height),
            detail: row(1 + body_height, detail_rows),
            status: row(1 + body_height + detail_rows, 1),
            hints: row(2 + body_height + detail_rows, 1),
            modules: modules.max(1),
            header_rows,
        })
    }

    /// The left of the screen, from the grid's top down to the detail lines:
    /// where a dialog opens so that the panel stays in view (on a tall screen
    /// it takes the rows the grid leaves empty).
    pub fn beside_panel(&self) -> Rect {
        Rect::new(
            self.grid.x,
            self.grid.y,
            self.grid.width,
            self.detail.y - self.grid.y,
        )
    }

    /// The grid's inside, within its border.
    pub fn grid_inner(&self) -> Rect {
        inner(self.grid)
    }

    /// The width of one module column: wide (with the kind's code) when at
    /// least four modules fit that way, narrow otherwise, and wider still
    /// (with the activity) when all the modules fit with room to spare.
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

    /// What row `row` inside the grid's border shows: the header, then a
    /// band row opening each band, then its events.
    pub fn grid_row(&self, row: u16) -> Option<GridRow> {
        let Some(body) = row.checked_sub(self.header_rows) else {
            return Some(GridRow::Header(row));
        };
        match body {
            0 => Some(GridRow::Band(BloomBand::RememberUnderstand)),
            5 => Some(GridRow::Band(BloomBand::ApplyAnalyze)),
            9 => Some(GridRow::Band(BloomBand::EvaluateCreate)),
            BODY_ROWS => Some(GridRow::LearnerWeek),
            _ => GagneEvent::ALL
                .into_iter()
                .find(|&e| self.event_row(e) == row)
                .map(GridRow::Event),
        }
    }

    /// The row inside the grid's border that holds `event`.
    pub fn event_row(&self, event: GagneEvent) -> u16 {
        let bands_so_far = match event.number() {
            1..=4 => 1,
            5..=7 => 2,
            _ => 3,
        };
        self.header_rows + event.number() as u16 + bands_so_far - 1
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
        match self.grid_row(y - inner.y)? {
            GridRow::Event(event) => Some((column, event)),
            _ => None,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_sit_below_their_band_rows_under_a_header_of_one_or_two_lines() {
        // 60x20: 15 rows of body, one line of titles.
        let short = ScreenLayout::new(Rect::new(0, 0, 60, 20), 5, false).unwrap();
        assert_eq!(short.header_rows, 1);
        let rows: Vec<u16> = GagneEvent::ALL.map(|e| short.event_row(e)).to_vec();
        assert_eq!(rows, [2, 3, 4, 5, 7, 8, 9, 11, 12]);
        assert_eq!(short.grid_row(0), Some(GridRow::Header(0)));
        assert_eq!(
            short.grid_row(6),
            Some(GridRow::Band(BloomBand::ApplyAnalyze))
        );
        assert_eq!(
            short.grid_row(7),
            Some(GridRow::Event(GagneEvent::ProvideGuidance))
        );
        assert_eq!(
            short.grid_row(13),
            Some(GridRow::LearnerWeek),
            "below the grid's border at 60x20: not drawn"
        );
        assert_eq!(short.grid.height, 15);
        assert_eq!(short.grid_row(14), None);
        // 80x24: two lines of titles push every row down by one, and the
        // week row fits under the events.
        let tall = ScreenLayout::new(Rect::new(0, 0, 80, 24), 5, false).unwrap();
        assert_eq!(tall.header_rows, 2);
        assert_eq!(tall.grid.height, 17);
        assert_eq!(tall.grid_row(14), Some(GridRow::LearnerWeek));
        assert_eq!(tall.grid_row(1), Some(GridRow::Header(1)));
        assert_eq!(
            tall.grid_row(8),
            Some(GridRow::Event(GagneEvent::ProvideGuidance))
        );
        for event in GagneEvent::ALL {
            assert_eq!(
                tall.grid_row(tall.event_row(event)),
                Some(GridRow::Event(event))
            );
        }
    }

    #[test]
    fn every_row_of_the_screen_is_accounted_for() {
        for (width, height) in [(60, 20), (80, 24), (120, 35), (200, 50), (300, 100)] {
            let layout = ScreenLayout::new(Rect::new(0, 0, width, height), 8, false).unwrap();
            assert_eq!(
                layout.title.height
                    + layout.panel.height
                    + layout.detail.height
                    + layout.status.height
                    + layout.hints.height,
                height,
                "{width}x{height}"
            );
            // The grid and the pane under it end where the panel ends.
            if let Some(pane) = layout.pane {
                assert_eq!(pane.y, layout.grid.bottom());
                assert_eq!(pane.bottom(), layout.panel.bottom());
            }
            assert!(layout.grid.bottom() <= layout.panel.bottom());
            assert_eq!(layout.hints.y, height - 1);
            // The pane opens only where the grid leaves rows unused.
            assert_eq!(layout.pane.is_some(), height >= 35, "{width}x{height}");
        }
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
        // Five modules share the 136 columns, 27 each.
        let few = ScreenLayout::new(Rect::new(0, 0, 200, 50), 5, false).unwrap();
        assert_eq!((few.module_column(), few.visible_modules()), (27, 5));
        // Three modules would get 45, but stop at 40.
        let three = ScreenLayout::new(Rect::new(0, 0, 200, 50), 3, false).unwrap();
        assert_eq!(three.module_column(), 40);
    }

    #[test]
    fn clicks_map_to_cells() {
        let layout = ScreenLayout::new(Rect::new(0, 0, 200, 50), 20, false).unwrap();
        let inner = layout.grid_inner();
        let x = inner.x + EVENT_COLUMN + WIDE_MODULE_COLUMN + 3;
        let y = inner.y + layout.event_row(GagneEvent::ElicitPerformance);
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
            layout.cell_at(x, inner.y + 2),
            None,
            "band rows are not cells"
        );
    }
}
