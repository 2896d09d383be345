//! The kind picker (`K`): the activity kinds of the selected cell's mode,
//! with what each costs. Moving through it previews the choice in the panel;
//! Enter makes it one undoable edit, Esc puts the figures back.
//!
//! The whole dialog is here: its state, its keys, its update and its drawing.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use crate::analysis::{Tradeoffs, analyze};
use crate::model::{ActivityKind, Course, KindCosts, Mode, SupportPer};
use crate::present::printable::fit;

use super::action::Action;
use super::app::{Cursor, Editor, Overlay};
use super::layout::ScreenLayout;
use super::theme::Theme;
use super::update::edit;
use super::view::boxed;

/// The picker's state: which kind is highlighted, and the figures to put
/// back when it closes without a choice.
#[derive(Debug, Clone)]
pub struct KindPicker {
    pub row: usize,
    pub mode: Mode,
    /// The panel's figures (and their "before the last edit") when the picker opened.
    before: Box<(Tradeoffs, Option<Tradeoffs>)>,
}

impl KindPicker {
    /// The kinds on offer: those of the cell's mode, in table order.
    pub fn kinds(&self) -> Vec<ActivityKind> {
        ActivityKind::of_mode(self.mode).collect()
    }

    pub fn selected(&self) -> ActivityKind {
        let kinds = self.kinds();
        kinds[self.row.min(kinds.len() - 1)]
    }
}

/// What a kind costs, in a few words: "build 40 h per hour", "build 2 h each,
/// support 10 min per learner-hour".
pub fn costs_text(costs: &KindCosts, kind: ActivityKind) -> String {
    let mut parts = Vec::new();
    if costs.build_hours_per_hour > 0.0 {
        parts.push(format!("build {} h per hour", costs.build_hours_per_hour));
    }
    if costs.build_hours_per_activity > 0.0 {
        parts.push(format!("build {} h each", costs.build_hours_per_activity));
    }
    if parts.is_empty() {
        parts.push("no build".to_owned());
    }
    match kind.support_per() {
        Some(SupportPer::Learner) => parts.push(format!(
            "support {} min per learner-hour",
            costs.support_minutes
        )),
        Some(SupportPer::Group) => parts.push(format!(
            "support {} min per group-hour",
            costs.support_minutes
        )),
        None if kind.mode() == Mode::Live => parts.push("taught per section".to_owned()),
        None => parts.push("no support".to_owned()),
    }
    parts.join(", ")
}

/// What a kind costs in two short columns for the picker: build ("40 h/h",
/// "2 h each") and support for each hour of the activity ("10 min/learner",
/// "120 min/group", "per section" for live kinds, "-" for none).
pub fn costs_columns(costs: &KindCosts, kind: ActivityKind) -> (String, String) {
    let build = match (costs.build_hours_per_hour, costs.build_hours_per_activity) {
        (0.0, 0.0) => "-".to_owned(),
        (per_hour, 0.0) => format!("{per_hour} h/h"),
        (0.0, each) => format!("{each} h each"),
        (per_hour, each) => format!("{per_hour} h/h+{each}"),
    };
    let support = match kind.support_per() {
        Some(SupportPer::Learner) => format!("{} min/learner", costs.support_minutes),
        Some(SupportPer::Group) => format!("{} min/group", costs.support_minutes),
        None if kind.mode() == Mode::Live => "per section".to_owned(),
        None => "-".to_owned(),
    };
    (build, support)
}

/// `K`: opens the picker on the selected cell's kind.
pub fn open(editor: &mut Editor) {
    let cell = editor.course.modules()[editor.cursor.module].cell(editor.cursor.event);
    if !cell.is_planned() {
        // A kind on an unplanned cell would be invisible, and planning it later
        // would surprise: plan first, so the mode (and its kinds) is settled.
        editor.status = super::app::Status::info(
            "Nothing is planned here: press Space or p to plan the cell, then K for its kind.",
        );
        return;
    }
    let mode = cell.mode();
    let row = ActivityKind::of_mode(mode)
        .position(|kind| kind == cell.kind)
        .unwrap_or(0);
    let before = Box::new((editor.tradeoffs.clone(), editor.previous.clone()));
    // While the picker is open, ▲▼ in the panel compare with the plan as it is.
    editor.previous = Some(editor.tradeoffs.clone());
    editor.overlay = Some(Overlay::KindPicker(KindPicker { row, mode, before }));
}

/// ↑/↓: highlights another kind and shows the plan with it in the panel.
pub fn select(editor: &mut Editor, by: i32) {
    let Some(Overlay::KindPicker(picker)) = &mut editor.overlay else {
        return;
    };
    let count = picker.kinds().len() as i64;
    picker.row = (picker.row as i64 + i64::from(by)).clamp(0, count - 1) as usize;
    let kind = picker.selected();
    let before = picker.before.0.clone();
    let mut preview = editor.course.clone();
    set_kind(&mut preview, editor.cursor, kind);
    editor.tradeoffs = analyze(&preview);
    editor.previous = Some(before);
}

/// Esc: closes the picker; the panel shows the plan as it is again.
pub fn cancel(editor: &mut Editor, picker: KindPicker) {
    let (tradeoffs, previous) = *picker.before;
    editor.tradeoffs = tradeoffs;
    editor.previous = previous;
}

/// Enter: the highlighted kind becomes the cell's, as one undoable edit (reuse is kept).
pub fn confirm(editor: &mut Editor, picker: KindPicker) {
    let kind = picker.selected();
    cancel(editor, picker);
    let cursor = editor.cursor;
    let done = format!(
        "{} in module {}: {} ({})",
        cursor.event.short_label(),
        cursor.module + 1,
        kind.label(),
        costs_text(editor.course.assumptions.kind(kind), kind)
    );
    edit(editor, done, |course| {
        set_kind(course, cursor, kind);
        Ok(())
    });
}

/// The one change the picker makes, so that its preview is exactly what Enter does.
fn set_kind(course: &mut Course, cursor: Cursor, kind: ActivityKind) {
    course.modules_mut()[cursor.module]
        .cell_mut(cursor.event)
        .kind = kind;
}

/// `R`: marks the selected cell built already (reused) or not.
pub fn toggle_reuse(editor: &mut Editor) {
    let cursor = editor.cursor;
    let cell = editor.course.modules()[cursor.module].cell(cursor.event);
    let reuse = !cell.reuse;
    let done = format!(
        "{} in module {}: {}",
        cursor.event.short_label(),
        cursor.module + 1,
        if reuse {
            format!(
                "reused, built already: no build hours ({} again to undo)",
                super::keymap::key(&super::action::Action::ToggleReuse)
            )
        } else {
            "to be built".to_owned()
        }
    );
    edit(editor, done, |course| {
        course.modules_mut()[cursor.module]
            .cell_mut(cursor.event)
            .reuse = reuse;
        Ok(())
    });
}

/// The picker's keys: ↑↓ (or j k, Tab) choose, Enter sets, Esc (or q, K) keeps.
pub fn keys(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Action::Select(1),
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('K') => Action::Cancel,
        _ => return None,
    };
    Some(action)
}

pub fn draw(
    picker: &KindPicker,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    let kinds = picker.kinds();
    let width = layout.grid.width;
    let height = (kinds.len() as u16 + 7).min(layout.beside_panel().height);
    let area = Rect::new(layout.grid.x, layout.grid.y, width, height);
    frame.render_widget(Clear, area);
    let inside = usize::from(width.saturating_sub(2));
    let assumptions = &editor.course.assumptions;
    let mut lines = vec![Line::styled(
        fit(
            &format!(" {:<16} {:<9} support per hour of it", "kind", "build"),
            inside,
        ),
        theme.heading,
    )];
    for (row, kind) in kinds.iter().enumerate() {
        let style = if row == picker.row {
            theme.selected
        } else {
            theme.base
        };
        let (build, support) = costs_columns(assumptions.kind(*kind), *kind);
        let text = format!(" {} {:<13} {build:<9} {support}", kind.code(), kind.label());
        lines.push(Line::styled(fit(&text, inside), style));
    }
    let selected = picker.selected();
    lines.push(Line::from(""));
    lines.push(Line::styled(
        fit(
            &format!(
                " {}: {}; {} learning.",
                selected.label(),
                selected.description(),
                selected.learning_type().key()
            ),
            inside,
        ),
        theme.muted,
    ));
    lines.push(Line::styled(
        fit(" ↑↓ choose · Enter set · Esc keep", inside),
        theme.key,
    ));
    let event = editor.cursor.event;
    let title = format!(
        " Kind · {} {} · module {} · {} ",
        event.number(),
        event.short_label(),
        editor.cursor.module + 1,
        picker.mode.label()
    );
    frame.render_widget(Paragraph::new(lines).block(boxed(&title, theme)), area);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn costs_fit_two_short_columns() {
        let columns = |kind: ActivityKind| costs_columns(&kind.default_costs(), kind);
        assert_eq!(columns(ActivityKind::Video), ("40 h/h".into(), "-".into()));
        assert_eq!(
            columns(ActivityKind::Forum),
            ("1 h each".into(), "120 min/group".into())
        );
        assert_eq!(
            columns(ActivityKind::Critique),
            ("1 h/h".into(), "5 min/learner".into())
        );
        assert_eq!(
            columns(ActivityKind::Session),
            ("10 h/h".into(), "per section".into())
        );
    }

    #[test]
    fn costs_read_in_words() {
        let text = |kind: ActivityKind| costs_text(&kind.default_costs(), kind);
        assert_eq!(text(ActivityKind::Video), "build 40 h per hour, no support");
        assert_eq!(
            text(ActivityKind::Assignment),
            "build 2 h each, support 10 min per learner-hour"
        );
        assert_eq!(
            text(ActivityKind::Forum),
            "build 1 h each, support 120 min per group-hour"
        );
        assert_eq!(
            text(ActivityKind::Workshop),
            "build 3 h per hour, taught per section"
        );
    }
}
