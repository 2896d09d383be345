//! The grid: Gagné's nine events (rows, grouped by Bloom band) against the
//! visible modules (columns). Only the visible modules are drawn, so a frame
//! costs the same with 12 modules or 1000.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::{Block, Borders, Widget};

use crate::analysis::numbers::week_hours;
use crate::model::{BloomBand, Cell, GagneEvent, Mode};
use crate::present::printable::{fit, printable, truncate};

use super::super::app::Editor;
use super::super::layout::{EVENT_COLUMN, GridRow, ScreenLayout, WIDE_MODULE_COLUMN, inner};
use super::super::theme::Theme;
use super::super::viewport::Viewport;
use super::text::put_str;

pub struct GridWidget<'a> {
    pub editor: &'a Editor,
    pub theme: &'a Theme,
    pub layout: &'a ScreenLayout,
    pub module_column: u16,
    pub visible_modules: usize,
}

/// Where the visible modules' columns are inside the grid's border.
struct Columns {
    inner: Rect,
    /// The visible modules, by index in the course.
    modules: std::ops::Range<usize>,
    /// Wide enough for the kind's code beside the mode.
    wide: bool,
    /// A column's width less the space between columns.
    cell_width: usize,
    module_column: u16,
}

impl Columns {
    /// Where visible column `column` starts.
    fn x_of(&self, column: usize) -> u16 {
        self.inner.x + EVENT_COLUMN + self.module_column * column as u16
    }

    /// A cell's text and its marker, at the left of a wide column.
    fn text_width(&self) -> usize {
        self.cell_width.min(usize::from(WIDE_MODULE_COLUMN)) - 1
    }
}

/// A column this wide shows the activity after the minutes.
const ACTIVITY_COLUMN: u16 = 24;

/// A module's number and title in `lines` lines of `width`, word-wrapped;
/// what does not fit ends the last line with "…".
pub fn title_lines(text: &str, width: usize, lines: usize) -> Vec<String> {
    if width == 0 || lines == 0 {
        return Vec::new();
    }
    // Only the start can show: a 100,000-character title costs no more to
    // wrap than a short one.
    let shown: String = text.chars().take(width * (lines + 1)).collect();
    let text = shown.as_str();
    // Too narrow for words ("1" alone, then "Sourc…"): fill the lines
    // letter by letter instead, "1 Sour" / "cing …".
    if width < 10 {
        let chars: Vec<char> = text.chars().collect();
        let mut out: Vec<String> = chars
            .chunks(width)
            .take(lines)
            .map(|chunk| chunk.iter().collect())
            .collect();
        if chars.len() > width * lines {
            let rest: String = chars[width * (lines - 1)..].iter().collect();
            out[lines - 1] = truncate(&rest, width).into_owned();
        }
        return out;
    }
    let wrapped = textwrap::wrap(text, width);
    let mut out: Vec<String> = wrapped.iter().take(lines).map(|l| l.to_string()).collect();
    if wrapped.len() > lines {
        let rest: Vec<&str> = wrapped[lines - 1..].iter().map(|l| l.as_ref()).collect();
        out[lines - 1] = truncate(&rest.join(" "), width).into_owned();
    }
    out
}

/// What a cell says, without colour: its mode, its kind's two-letter code
/// (↺ when reused) and its minutes, "● Wk   30". A narrow column has room
/// for the code only on the selected cell ("Wk 30"); the others show the
/// mode ("●  30", "○↺ 30" when reused).
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
        // The gap after the mode holds ↺, so a reused cell shows at 80x24 too.
        (false, false) => format!("{symbol}{reuse}{minutes:>3}"),
    }
}

impl Widget for GridWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let editor = self.editor;
        let theme = self.theme;
        let count = editor.course.modules().len();
        let shown = Viewport::new(editor.first_module, self.visible_modules, count).range();
        let (first, last) = (shown.start, shown.end);
        // The selected module's title in full (as far as the border goes):
        // the header has room for two lines of it at most.
        let selected = editor.cursor.module;
        let title = format!(
            " Grid · modules {}-{} of {count} · {} {} ",
            first + 1,
            last,
            selected + 1,
            printable(&editor.course.modules()[selected].title)
        );
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            // Cut with "…" (ratatui would cut it silently).
            .title(truncate(&title, usize::from(area.width.saturating_sub(2))).into_owned())
            .render(area, buf);
        let inner = inner(area);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let columns = Columns {
            inner,
            modules: first..last,
            wide: self.module_column >= WIDE_MODULE_COLUMN,
            cell_width: usize::from(self.module_column - 1),
            module_column: self.module_column,
        };
        let cell_width = columns.cell_width;
        // Each visible module's title, wrapped once onto the header's lines.
        let header_rows = usize::from(self.layout.header_rows.min(inner.height));
        for (column, index) in (first..last).enumerate() {
            let module = &editor.course.modules()[index];
            let title = format!("{} {}", index + 1, printable(&module.title));
            let mut style = theme.heading;
            if index == editor.cursor.module {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            for (line, label) in title_lines(&title, cell_width, header_rows)
                .iter()
                .enumerate()
            {
                put_str(
                    buf,
                    columns.x_of(column),
                    inner.y + line as u16,
                    label,
                    cell_width,
                    style,
                );
            }
        }
        for row in 0..inner.height {
            let y = inner.y + row;
            match self.layout.grid_row(row) {
                Some(GridRow::Header(line)) => {
                    let header = match (line, first > 0, last < count) {
                        (0, true, true) => "◀ more ▶",
                        (0, true, false) => "◀ more",
                        (0, false, true) => "more ▶",
                        (0, false, false) => "Event",
                        _ => "",
                    };
                    put_str(
                        buf,
                        inner.x + 1,
                        y,
                        header,
                        usize::from(EVENT_COLUMN - 1),
                        theme.muted,
                    );
                }
                Some(GridRow::Band(band)) => {
                    let text = format!("── {} ", band_label(band));
                    let line = format!("{text:─<width$}", width = usize::from(inner.width));
                    put_str(
                        buf,
                        inner.x,
                        y,
                        &line,
                        usize::from(inner.width),
                        theme.band(band),
                    );
                }
                Some(GridRow::Event(event)) => render_event_row(&self, buf, &columns, y, event),
                Some(GridRow::LearnerWeek) => render_week_row(&self, buf, &columns, y),
                None => {}
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

fn render_event_row(
    grid: &GridWidget,
    buf: &mut Buffer,
    columns: &Columns,
    y: u16,
    event: GagneEvent,
) {
    let (inner, wide, cell_width) = (columns.inner, columns.wide, columns.cell_width);
    let editor = grid.editor;
    let theme = grid.theme;
    let selected_row = editor.cursor.event == event;
    put_str(
        buf,
        inner.x,
        y,
        "▌",
        usize::MAX,
        theme.band(event.bloom_band()),
    );
    let mut label_style = theme.base;
    if selected_row {
        label_style = label_style.add_modifier(Modifier::BOLD);
    }
    let label = fit(
        &format!("{} {}", event.number(), event.short_label()),
        usize::from(EVENT_COLUMN - 2),
    );
    put_str(buf, inner.x + 1, y, &label, usize::MAX, label_style);
    for (column, index) in columns.modules.clone().enumerate() {
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
        let x = columns.x_of(column);
        let text_width = columns.text_width();
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
            put_str(
                buf,
                x,
                y,
                &format!("{body}{marker}"),
                cell_width,
                theme.selected,
            );
        } else {
            put_str(buf, x, y, &body, text_width, style);
            put_str(
                buf,
                x + text_width as u16,
                y,
                marker,
                usize::MAX,
                marker_style,
            );
        }
        // A wide column has room for what learners do; an activity written
        // for the other mode (a video in a live cell) is marked "?".
        let room = cell_width.saturating_sub(text_width + 2);
        let activity = cell.activity.as_deref().filter(|_| cell.is_planned());
        if let (true, Some(activity)) =
            (grid.module_column >= ACTIVITY_COLUMN && room > 1, activity)
        {
            let (text, style) = if cell.activity_fits(event) {
                (printable(activity).into_owned(), theme.muted)
            } else {
                (format!("?{}", printable(activity)), theme.warning)
            };
            let at = x + text_width as u16 + 2;
            put_str(buf, at, y, &truncate(&text, room), room, style);
        }
    }
}

/// A learner's hours a week in each visible module (its minutes over its
/// weeks), ending where the minutes above end; past the week's limit in the
/// warning colour with "!", as the warning names it.
fn render_week_row(grid: &GridWidget, buf: &mut Buffer, columns: &Columns, y: u16) {
    let (editor, theme) = (grid.editor, grid.theme);
    let label = fit("Learner h/wk", usize::from(EVENT_COLUMN - 2));
    put_str(buf, columns.inner.x + 1, y, &label, usize::MAX, theme.muted);
    let limit = f64::from(editor.course.assumptions.learner_week_limit_hours());
    let per_week = &editor.tradeoffs.weeks.learner_hours_per_week;
    let text_width = columns.text_width();
    // As wide as a cell's text ("● Wk   30", "●  30"), so the hours end under its minutes.
    let value_width = text_width.min(if columns.wide { 9 } else { 5 });
    for (column, index) in columns.modules.clone().enumerate() {
        let hours = per_week.get(index).copied().unwrap_or(0.0);
        let shown = week_hours(hours, limit);
        let (value, style, marker) = if hours <= 0.0 {
            ("·".to_owned(), theme.unplanned, " ")
        } else if hours > limit {
            (shown, theme.warning, "!")
        } else {
            (shown, theme.muted, " ")
        };
        let x = columns.x_of(column);
        let text = format!("{value:>value_width$}");
        put_str(buf, x, y, &fit(&text, text_width), text_width, style);
        put_str(buf, x + text_width as u16, y, marker, 1, style);
    }
}

#[cfg(test)]
mod tests {
    use super::title_lines;

    #[test]
    fn titles_wrap_by_words_and_end_with_an_ellipsis_when_cut() {
        assert_eq!(
            title_lines("2 Bulk sourcing practices", 11, 2),
            ["2 Bulk", "sourcing p…"]
        );
        assert_eq!(title_lines("5 Assessment", 26, 2), ["5 Assessment"]);
        assert_eq!(title_lines("1 Sourcing baking", 6, 2), ["1 Sour", "cing …"]);
        assert_eq!(title_lines("1 Sourcing", 6, 1), ["1 Sou…"]);
    }
}
