//! The grid: Gagné's nine events (rows, grouped by Bloom band) against the
//! visible modules (columns). Only the visible modules are drawn, so a frame
//! costs the same with 12 modules or 1000.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Borders, Widget};

use crate::model::{BloomBand, Cell, GagneEvent, Mode};
use crate::present::printable::{fit, printable};

use super::super::app::Editor;
use super::super::layout::{EVENT_COLUMN, WIDE_MODULE_COLUMN, band_at_row, event_at_row, inner};
use super::super::theme::Theme;
use super::super::viewport::Viewport;

pub struct GridWidget<'a> {
    pub editor: &'a Editor,
    pub theme: &'a Theme,
    pub module_column: u16,
    pub visible_modules: usize,
}

/// What a cell says, without colour: its mode, its kind's two-letter code
/// (↺ when reused) and its minutes, "● Wk   30". A narrow column has room
/// for the code only on the selected cell ("Wk 30"); the others show the
/// mode ("●  30").
pub fn cell_text(cell: &Cell, wide: bool, selected: bool) -> String {
    if !cell.is_planned() {
        let text = if wide { "    ·" } else { "  ·" };
        return text.to_owned();
    }
    let symbol = match cell.mode() {
        Mode::Live => '●',
        Mode::SelfPaced => '○',
    };
    let minutes = cell.minutes.get();
    let code = cell.kind.code();
    let reuse = if cell.reuse { '↺' } else { ' ' };
    match (wide, selected) {
        (true, _) => format!("{symbol} {code}{reuse} {minutes:>3}"),
        (false, true) => format!("{code}{minutes:>3}"),
        (false, false) => format!("{symbol} {minutes:>3}"),
    }
}

impl Widget for GridWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let editor = self.editor;
        let theme = self.theme;
        let count = editor.course.modules().len();
        let shown = Viewport::new(editor.first_module, self.visible_modules, count).range();
        let (first, last) = (shown.start, shown.end);
        let title = format!(" Grid · modules {}-{} of {count} ", first + 1, last);
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(title)
            .render(area, buf);
        let inner = inner(area);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let wide = self.module_column >= WIDE_MODULE_COLUMN;
        let cell_width = usize::from(self.module_column - 1);
        let x_of = |column: usize| inner.x + EVENT_COLUMN + self.module_column * column as u16;
        for row in 0..inner.height {
            let y = inner.y + row;
            if row == 0 {
                let header = match (first > 0, last < count) {
                    (true, true) => "◀ more ▶",
                    (true, false) => "◀ more",
                    (false, true) => "more ▶",
                    (false, false) => "Event",
                };
                buf.set_stringn(
                    inner.x + 1,
                    y,
                    header,
                    usize::from(EVENT_COLUMN - 1),
                    theme.muted,
                );
                for (column, index) in (first..last).enumerate() {
                    let module = &editor.course.modules()[index];
                    let label = fit(
                        &format!("{} {}", index + 1, printable(&module.title)),
                        cell_width,
                    );
                    let mut style = theme.heading;
                    if index == editor.cursor.module {
                        style = style.add_modifier(Modifier::UNDERLINED);
                    }
                    buf.set_stringn(x_of(column), y, label, cell_width, style);
                }
            } else if let Some(band) = band_at_row(row) {
                let text = format!("── {} ", band_label(band));
                let line = format!("{text:─<width$}", width = usize::from(inner.width));
                buf.set_stringn(inner.x, y, line, usize::from(inner.width), theme.band(band));
            } else if let Some(event) = event_at_row(row) {
                render_event_row(
                    &self,
                    buf,
                    inner,
                    y,
                    event,
                    first..last,
                    wide,
                    cell_width,
                    x_of,
                );
            }
        }
    }
}

fn band_label(band: BloomBand) -> &'static str {
    match band {
        BloomBand::RememberUnderstand => "1-4 Remember/understand · self-paced suits",
        BloomBand::ApplyAnalyze => "5-7 Apply/analyze · live suits",
        BloomBand::EvaluateCreate => "8-9 Evaluate/create · self-paced suits",
    }
}

#[allow(clippy::too_many_arguments)]
fn render_event_row(
    grid: &GridWidget,
    buf: &mut Buffer,
    inner: Rect,
    y: u16,
    event: GagneEvent,
    modules: std::ops::Range<usize>,
    wide: bool,
    cell_width: usize,
    x_of: impl Fn(usize) -> u16,
) {
    let editor = grid.editor;
    let theme = grid.theme;
    let selected_row = editor.cursor.event == event;
    buf.set_string(inner.x, y, "▌", theme.band(event.bloom_band()));
    let mut label_style = theme.base;
    if selected_row {
        label_style = label_style.add_modifier(Modifier::BOLD);
    }
    let label = fit(
        &format!("{} {}", event.number(), event.short_label()),
        usize::from(EVENT_COLUMN - 2),
    );
    buf.set_string(inner.x + 1, y, label, label_style);
    for (column, index) in modules.enumerate() {
        let module = &editor.course.modules()[index];
        let cell = module.cell(event);
        let selected = selected_row && index == editor.cursor.module;
        let text = cell_text(cell, wide, selected);
        let deviates = module.departs(event);
        let style = if !cell.is_planned() {
            theme.unplanned
        } else {
            theme.mode(cell.mode())
        };
        let x = x_of(column);
        // The text and its marker keep together at the left of a wide column.
        let text_width = cell_width.min(usize::from(WIDE_MODULE_COLUMN)) - 1;
        let body = fit(&text, text_width);
        // Δ: changed since the pinned baseline (it outranks *, the deviation).
        let changed = editor
            .baseline
            .as_ref()
            .is_some_and(|baseline| baseline.differs(index, event, cell));
        let (marker, marker_style) = match (changed, deviates) {
            (true, _) => ("Δ", theme.warning),
            (false, true) => ("*", theme.deviation),
            (false, false) => (" ", theme.deviation),
        };
        if selected {
            buf.set_stringn(x, y, format!("{body}{marker}"), cell_width, theme.selected);
        } else {
            buf.set_stringn(x, y, &body, text_width, style);
            buf.set_string(x + text_width as u16, y, marker, marker_style);
        }
    }
}
