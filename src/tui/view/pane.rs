//! The detail pane: on a screen with rows to spare under the grid, the
//! selected module in full (every cell with its kind, minutes and activity),
//! then learner time module by module, then where the plan departs from the
//! Line of Understanding.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use crate::analysis::numbers::week_hours;
use crate::model::GagneEvent;
use crate::present::printable::{fit, printable, truncate};

use super::super::app::Editor;
use super::super::theme::Theme;

pub struct PaneWidget<'a> {
    pub editor: &'a Editor,
    pub theme: &'a Theme,
}

/// Width of the longest learner-time bar.
const BAR: usize = 20;

impl Widget for PaneWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (editor, theme) = (self.editor, self.theme);
        let index = editor.cursor.module;
        let module = &editor.course.modules()[index];
        let width = usize::from(area.width.saturating_sub(2));
        let mut lines = vec![Line::styled(
            fit(
                " Event         Mode        Kind           Min  Activity",
                width,
            ),
            theme.muted,
        )];
        for event in GagneEvent::ALL {
            let cell = module.cell(event);
            let label = format!(" {} {}", event.number(), event.short_label());
            let row = if cell.is_planned() {
                let reuse = if cell.reuse { " ↺" } else { "" };
                let activity = cell.activity.as_deref().map(printable).unwrap_or_default();
                let mark = if cell.activity_fits(event) {
                    ""
                } else {
                    " (written for the other mode?)"
                };
                vec![
                    Span::styled(format!("{label:<14}"), theme.base),
                    Span::styled(
                        format!("{:<12}", cell.mode().label()),
                        theme.mode(cell.mode()),
                    ),
                    Span::styled(
                        format!(
                            "{:<14}{:>4}  ",
                            format!("{}{reuse}", cell.kind.label()),
                            cell.minutes
                        ),
                        theme.base,
                    ),
                    // Cut with "…" at the pane's edge, never silently: the
                    // columns before it take 46.
                    Span::styled(
                        truncate(&format!("{activity}{mark}"), width.saturating_sub(46))
                            .into_owned(),
                        theme.muted,
                    ),
                ]
            } else {
                vec![
                    Span::styled(format!("{label:<14}"), theme.base),
                    Span::styled("not planned", theme.unplanned),
                ]
            };
            let mut line = Line::from(row);
            if event == editor.cursor.event {
                line = line.style(theme.selected);
            }
            lines.push(line);
        }
        // What is left under the events goes to learner time (a window
        // around the selected module) and the departures, so the pane
        // costs the same for 10 modules or 1000 and says what it leaves out.
        let rows = usize::from(area.height.saturating_sub(2));
        let left = rows.saturating_sub(lines.len());
        let departures = editor.tradeoffs.line_of_understanding.deviations.len();
        let for_departures = if departures == 0 {
            1
        } else {
            1 + departures.min(3)
        };
        let for_time = left.saturating_sub(for_departures).max(left.min(2));
        lines.extend(learner_time(editor, theme, for_time));
        let left = rows.saturating_sub(lines.len());
        lines.extend(deviations(editor, theme, width, left));
        let weeks = match module.weeks.get() {
            1 => String::new(),
            weeks => format!(" · {weeks} weeks"),
        };
        let title = format!(
            " Module {} · {}{weeks} ",
            index + 1,
            printable(&module.title)
        );
        // On a short pane, scrolled so that the selected event shows.
        let selected = 1 + GagneEvent::ALL
            .iter()
            .position(|&e| e == editor.cursor.event)
            .unwrap_or(0);
        let rows = usize::from(area.height.saturating_sub(2)).max(1);
        let scroll = (selected + 1).saturating_sub(rows);
        let mut block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(title);
        // Learner time and the departures give way to the cells on a short
        // pane: the border says there is more, as the panel's does.
        if height_needed(editor) > area.height {
            block = block.title_bottom(
                Line::styled(" ▼ more in a taller window ", theme.muted).right_aligned(),
            );
        }
        let inside = block.inner(area);
        block.render(area, buf);
        super::draw_lines(buf, inside, &lines, scroll);
    }
}

/// The rows the pane needs to show everything: its border, the header and
/// nine events, learner time by module and the departures, each with a heading.
pub fn height_needed(editor: &Editor) -> u16 {
    let modules = editor.course.modules().len();
    let departures = editor.tradeoffs.line_of_understanding.deviations.len();
    u16::try_from(2 + 10 + 1 + modules + 1 + departures).unwrap_or(u16::MAX)
}

/// Learner hours a week of each module (its hours over its weeks) as a bar,
/// the selected one marked and one past the week's limit flagged, in at
/// most `rows` lines: a window of modules around the selected one.
fn learner_time<'a>(editor: &Editor, theme: &Theme, rows: usize) -> Vec<Line<'a>> {
    if rows < 2 {
        return Vec::new();
    }
    let modules = editor.course.modules();
    let weeks = |index: usize| f64::from(modules.get(index).map_or(1, |m| m.weeks.get()));
    let per_module = &editor.tradeoffs.learner_time.per_module;
    let limit = f64::from(editor.course.assumptions.learner_week_limit_hours());
    let longest = per_module
        .iter()
        .enumerate()
        .map(|(i, m)| m.total_hours() / weeks(i))
        .fold(limit, f64::max);
    let shown = crate::tui::viewport::Viewport::new(
        editor.cursor.module.saturating_sub((rows - 1) / 2),
        rows - 1,
        per_module.len(),
    )
    .range();
    let which = if shown.len() == per_module.len() {
        String::new()
    } else {
        format!(
            ", modules {}-{} of {}",
            shown.start + 1,
            shown.end,
            per_module.len()
        )
    };
    let mut lines = vec![Line::styled(
        format!(
            " Learner hours a week by module (█ live, ▒ self-paced; at most {} h{which})",
            editor.course.assumptions.learner_week_limit_hours()
        ),
        theme.heading,
    )];
    for (index, time) in per_module
        .iter()
        .enumerate()
        .take(shown.end)
        .skip(shown.start)
    {
        let cells = |hours: f64| {
            if longest > 0.0 {
                (hours / longest * BAR as f64).round() as usize
            } else {
                0
            }
        };
        let marker = if index == editor.cursor.module {
            '▸'
        } else {
            ' '
        };
        let w = weeks(index);
        let per_week = time.total_hours() / w;
        let over = per_week > limit;
        let spread = if w > 1.0 {
            format!(" over {} weeks", w as u32)
        } else {
            String::new()
        };
        lines.push(Line::from(vec![
            Span::styled(format!(" {marker}{:>3} ", index + 1), theme.base),
            Span::styled("█".repeat(cells(time.live_hours / w)), theme.live),
            Span::styled(
                "▒".repeat(cells(time.self_paced_hours / w)),
                theme.self_paced,
            ),
            Span::styled(
                format!(
                    " {} h a week{spread}{}",
                    week_hours(per_week, limit),
                    if over { " ! over the limit" } else { "" }
                ),
                if over { theme.error } else { theme.muted },
            ),
        ]));
    }
    lines
}

/// The planned cells that depart from the recommended mode, in at most
/// `rows` lines, the last saying how many more there are.
fn deviations<'a>(editor: &Editor, theme: &Theme, width: usize, rows: usize) -> Vec<Line<'a>> {
    if rows == 0 {
        return Vec::new();
    }
    let list = &editor.tradeoffs.line_of_understanding.deviations;
    if rows == 1 && !list.is_empty() {
        // One line: where, in short, as far as it goes.
        let places: Vec<String> = list
            .iter()
            .map(|d| format!("module {} · {}", d.module + 1, d.event.number()))
            .collect();
        let text = format!(
            " Departures from the Line of Understanding ({}): {}",
            list.len(),
            places.join(", ")
        );
        return vec![Line::styled(
            truncate(&text, width).into_owned(),
            theme.heading,
        )];
    }
    let room = if list.len() < rows {
        list.len()
    } else {
        rows.saturating_sub(2)
    };
    let mut lines = vec![Line::styled(
        format!(
            " Departures from the Line of Understanding ({})",
            list.len()
        ),
        theme.heading,
    )];
    for deviation in &list[..room] {
        // Why is on the detail line when the cell is selected; here, where.
        let text = format!(
            " * module {} · {} {}: {} (recommended {})",
            deviation.module + 1,
            deviation.event.number(),
            deviation.event.short_label(),
            deviation.chosen.label(),
            deviation.recommended.label(),
        );
        lines.push(Line::styled(
            truncate(&text, width).into_owned(),
            theme.base,
        ));
    }
    if room < list.len() && rows > 1 {
        lines.push(Line::styled(
            format!(
                " … {} more (diff or the Markdown export lists them all)",
                list.len() - room
            ),
            theme.muted,
        ));
    }
    lines
}
