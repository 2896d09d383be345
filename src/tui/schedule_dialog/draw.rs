//! The schedule dialog's drawing: the start, the live slot and the reach
//! window, then each learner zone with its weight, its share and the time
//! the slot falls at there (reached or not), the reach figures, an error and
//! the keys. Beside the panel where the screen has room for both, over the
//! whole width below that; the rows scroll, the keys always show.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::analysis::{ZoneAtSlot, numbers, zones_at_slot};
use crate::model::ReachWindow;
use crate::present::printable::{fit, printable, truncate};

use super::super::app::Editor;
use super::super::layout::ScreenLayout;
use super::super::theme::Theme;
use super::super::view::boxed;
use super::shown::{about, keys_text, summary, value_and_note, why_missed};
use super::{Row, ScheduleDialog};

/// Narrower than this beside the panel, the dialog takes the whole width.
const MIN_BESIDE_WIDTH: u16 = 56;
/// The widest the rows get: a value far from its label is hard to read.
const ROW_WIDTH: usize = 72;
/// The label column of the rows above the learner zones.
const LABEL_WIDTH: usize = 16;

pub fn draw(
    dialog: &ScheduleDialog,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    let mut area = dialog_area(layout);
    let title = format!(
        " Schedule · {} ",
        fit(&printable(&editor.course.title), 30).trim_end()
    );
    let inside_width = area.width.saturating_sub(2);
    let width = usize::from(inside_width).min(ROW_WIDTH);
    let course = &editor.course;
    let schedule = dialog.shown(course);
    let selected = dialog.selected(course);

    // Top to bottom: the rows (they scroll), the reach figures, what the
    // selected row means (where there is room), an error, the keys. The
    // keys and the error always show.
    let keys: Vec<Line> = packed(
        &keys_text(dialog, selected, editor),
        usize::from(inside_width),
    )
    .into_iter()
    .map(|line| Line::styled(line, theme.key))
    .collect();
    let error = dialog.error.as_ref().map(|error| {
        Paragraph::new(Line::styled(error.clone(), theme.error)).wrap(Wrap { trim: true })
    });
    let about = Paragraph::new(Line::styled(about(selected, schedule), theme.muted))
        .wrap(Wrap { trim: true });
    let height = |paragraph: &Paragraph| paragraph.line_count(inside_width) as u16;
    let keys_height = keys.len() as u16;
    let error_height = error.as_ref().map_or(0, height);
    let about_height = height(&about);
    let summary = Line::styled(
        truncate(&summary(editor, schedule), width).into_owned(),
        theme.base,
    );
    let body = Body::of(dialog, editor, theme, width);
    // As tall as it needs, no taller: the grid shows below a short dialog.
    let wanted = body.lines.len() as u16 + 1 + 1 + about_height + error_height + keys_height;
    area.height = area.height.min(wanted + 2);
    frame.render_widget(Clear, area);
    let inside = boxed(&title, theme).inner(area);
    let room = inside.height.saturating_sub(keys_height + error_height + 1);
    let shown = body.lines.len().min(usize::from(room));
    let first = body.first_shown(shown);
    let below = body.lines.len() - first - shown;
    let mut block = boxed(&title, theme);
    if first > 0 {
        block =
            block.title_top(Line::styled(format!(" ▲ {first} more "), theme.key).right_aligned());
    }
    if below > 0 {
        block = block
            .title_bottom(Line::styled(format!(" ▼ {below} more "), theme.key).right_aligned());
    }
    frame.render_widget(block, area);
    let mut lines: Vec<Line> = body.lines.into_iter().skip(first).take(shown).collect();
    lines.push(summary);
    let top = lines.len() as u16;
    frame.render_widget(Paragraph::new(lines), inside);
    let bottom = inside.y + inside.height;
    let keys_at = bottom.saturating_sub(keys_height);
    let error_at = keys_at.saturating_sub(error_height);
    let about_at = inside.y + top.min(inside.height);
    // After a blank line when there is room for one.
    let about_room = error_at.saturating_sub(about_at);
    if about_room >= about_height {
        let gap = u16::from(about_room > about_height);
        frame.render_widget(
            about,
            Rect::new(inside.x, about_at + gap, inside.width, about_height),
        );
    }
    if let Some(error) = error {
        frame.render_widget(
            error,
            Rect::new(inside.x, error_at, inside.width, error_height),
        );
    }
    frame.render_widget(
        Paragraph::new(keys),
        Rect::new(
            inside.x,
            keys_at,
            inside.width,
            keys_height.min(inside.height),
        ),
    );
}

/// `phrases` joined by " · " into lines of at most `width` columns, a
/// phrase never broken ("u undo" stays together).
fn packed(phrases: &[String], width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for phrase in phrases {
        match lines.last_mut() {
            Some(line) if line.width() + 3 + phrase.width() <= width => {
                line.push_str(" · ");
                line.push_str(phrase);
            }
            _ => lines.push(truncate(phrase, width).into_owned()),
        }
    }
    lines
}

/// Beside the panel when that leaves the dialog room, so the panel's
/// figures follow each change in view; else from the left edge to the right.
fn dialog_area(layout: &ScreenLayout) -> Rect {
    let beside = layout.beside_panel();
    if beside.width >= MIN_BESIDE_WIDTH {
        beside
    } else {
        let right = layout.panel.x + layout.panel.width;
        Rect::new(
            layout.grid.x,
            beside.y,
            right - layout.grid.x,
            beside.height,
        )
    }
}

/// The scrolling part: a line per row, the completions under a zone being
/// typed, and which lines must stay in view (the selected row and its list).
struct Body {
    lines: Vec<Line<'static>>,
    focus: (usize, usize),
}

impl Body {
    fn of(dialog: &ScheduleDialog, editor: &Editor, theme: &Theme, width: usize) -> Body {
        let course = &editor.course;
        let schedule = dialog.shown(course);
        let selected_index = dialog.row.min(dialog.rows(course).len() - 1);
        let mut lines = Vec::new();
        let mut focus = (0, 0);
        if course.schedule.is_none() {
            lines.push(Line::styled(
                truncate(
                    " No schedule yet: suggested values; a change or Enter adds them",
                    width,
                )
                .into_owned(),
                theme.muted,
            ));
        }
        let zones = zones_at_slot(schedule);
        // Whether the plan has a live cell: only then does the slot reach anyone.
        let live = editor.tradeoffs.reach.is_some();
        let columns = Columns::of(&zones, width);
        for (index, row) in dialog.rows(course).into_iter().enumerate() {
            if row == Row::Learner(0) || (row == Row::AddLearner && zones.is_empty()) {
                lines.push(columns.header(zones.is_empty(), theme));
            }
            let selected = index == selected_index;
            let start = lines.len();
            let typing = dialog.typing.as_ref().filter(|_| selected);
            let style = if selected { theme.selected } else { theme.base };
            let typed = typing.map(|typed| {
                let value_style = if typed.replaces { theme.key } else { style };
                (printable(typed.input.value()).into_owned(), value_style)
            });
            lines.push(match row {
                Row::Learner(i) => match zones.get(i) {
                    Some(zone) => {
                        columns.line(zone, live, schedule.reach, typed, (selected, style))
                    }
                    None => Line::raw(""),
                },
                Row::AddLearner => label_line(
                    row.label(),
                    String::new(),
                    None,
                    typed,
                    (selected, style),
                    width,
                ),
                _ => {
                    let (value, note) = value_and_note(row, schedule);
                    label_line(row.label(), value, note, typed, (selected, style), width)
                }
            });
            if selected && row.takes_a_zone() && typing.is_some_and(|typed| !typed.replaces) {
                lines.extend(completion_lines(dialog, editor, theme, width));
            }
            if selected {
                focus = (start, lines.len() - 1);
            }
        }
        Body { lines, focus }
    }

    /// The first line shown when `shown` fit: from the top, unless the
    /// selected row (and its completions) would fall below.
    fn first_shown(&self, shown: usize) -> usize {
        let (start, end) = self.focus;
        if shown == 0 {
            return 0;
        }
        (end + 1).saturating_sub(shown).min(start)
    }
}

/// A row above the learner zones: ` Label            value  note`, with
/// the value as typed (and a cursor) while it is typed; never wider than
/// `width`.
fn label_line(
    label: &str,
    value: String,
    note: Option<(String, String)>,
    typed: Option<(String, Style)>,
    (selected, style): (bool, Style),
    width: usize,
) -> Line<'static> {
    let head = format!("{}{} ", marker(selected), fit(label, LABEL_WIDTH));
    let room = width.saturating_sub(head.width() + 1);
    let Some((text, value_style)) = typed else {
        let tail = match note {
            Some((note, _)) if value.width() + 2 + note.width() <= room => {
                format!("{value}  {note}")
            }
            Some((_, short)) => format!("{value}  {short}"),
            None => value,
        };
        return Line::styled(format!("{head}{} ", fit(&tail, room)), style);
    };
    // The end of a long name stays in view as it is typed.
    let text = keep_end(&text, room.saturating_sub(1));
    let pad = " ".repeat(room.saturating_sub(text.width() + 1));
    Line::from(vec![
        Span::styled(head, style),
        Span::styled(text, value_style),
        Span::styled(format!("▏{pad} "), style),
    ])
}

/// The first column of a row: `▸` on the selected one, so that the
/// selection reads without its highlight too.
fn marker(selected: bool) -> &'static str {
    if selected { "▸" } else { " " }
}

/// The last `width` columns of `text`.
fn keep_end(text: &str, width: usize) -> String {
    let mut kept: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        kept.push(c);
    }
    kept.into_iter().rev().collect()
}

/// The zone names listed under a zone being typed, the chosen one marked.
fn completion_lines(
    dialog: &ScheduleDialog,
    editor: &Editor,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let listed = dialog.completions(&editor.course);
    let indent = " ".repeat(LABEL_WIDTH + 2);
    if listed.is_empty() {
        let typed = dialog.typing.as_ref().map_or(String::new(), |typed| {
            printable(typed.input.value()).into_owned()
        });
        let text = format!("{indent}no zone name contains \"{typed}\"");
        return vec![Line::styled(
            truncate(&text, width).into_owned(),
            theme.muted,
        )];
    }
    let chosen = dialog.chosen.min(listed.len() - 1);
    listed
        .iter()
        .enumerate()
        .map(|(index, name)| {
            let (mark, style) = if index == chosen {
                ("▸ ", theme.selected)
            } else {
                ("  ", theme.base)
            };
            let text = truncate(name, width.saturating_sub(indent.width() + 2)).into_owned();
            Line::from(vec![
                Span::raw(indent.clone()),
                Span::styled(format!("{mark}{text}"), style),
            ])
        })
        .collect()
}

/// The columns of the learner zones: name, weight, share, the time there.
struct Columns {
    name: usize,
    weight: usize,
}

/// The share, the clock with its day and the mark beside a weight:
/// `    50%  03:00 Wed  ✗ off-hours`, the longest mark.
const AFTER_WEIGHT: usize = 2 + 5 + 2 + 5 + 4 + 2 + 11;

impl Columns {
    fn of(zones: &[ZoneAtSlot], width: usize) -> Columns {
        let weight = zones
            .iter()
            .map(|zone| zone.weight.to_string().width())
            .chain([6])
            .max()
            .unwrap_or(6)
            .min(12);
        let longest = zones
            .iter()
            .map(|zone| zone.zone.width())
            .chain([LABEL_WIDTH])
            .max()
            .unwrap_or(LABEL_WIDTH);
        let name = longest.min(width.saturating_sub(2 + weight + AFTER_WEIGHT + 1).max(8));
        Columns { name, weight }
    }

    /// ` Learners' zones   weight  share  their time`, or an invitation.
    fn header(&self, none: bool, theme: &Theme) -> Line<'static> {
        if none {
            return Line::styled(" Learners' zones: none yet", theme.heading);
        }
        Line::styled(
            format!(
                " {} {:>w$}  share  their time",
                fit("Learners' zones", self.name),
                "weight",
                w = self.weight
            ),
            theme.heading,
        )
    }

    /// One zone: ` Asia/Tokyo     20   20%  03:00 ✗ asleep`; its weight as
    /// typed while it is. The mark only when the plan has a live cell.
    fn line(
        &self,
        zone: &ZoneAtSlot,
        live: bool,
        window: ReachWindow,
        typed: Option<(String, Style)>,
        (selected, style): (bool, Style),
    ) -> Line<'static> {
        let name = fit(&printable(&zone.zone), self.name);
        let share = numbers::whole_percent(zone.share);
        let mark = match (live, zone.reached) {
            (false, _) => String::new(),
            (true, true) => "✓".to_owned(),
            (true, false) => format!("✗ {}", why_missed(zone.local_time, window)),
        };
        // The day too when it is not the session's: "03:00 Wed".
        let day = zone.other_day.map_or_else(
            || "    ".to_owned(),
            |day| format!(" {}", crate::model::weekday_abbreviation(day)),
        );
        let rest = format!("  {share:>5}  {}{day}  {mark}", zone.local_time);
        let Some((text, value_style)) = typed else {
            let weight = format!("{:>w$}", zone.weight, w = self.weight);
            return Line::styled(format!("{}{name} {weight}{rest}", marker(selected)), style);
        };
        let text = keep_end(&text, self.weight.saturating_sub(1));
        let pad = " ".repeat(self.weight.saturating_sub(text.width() + 1));
        Line::from(vec![
            Span::styled(format!("{}{name} {pad}", marker(selected)), style),
            Span::styled(text, value_style),
            Span::styled(format!("▏{rest}"), style),
        ])
    }
}
