//! The assumptions form (`A`), whole: its keys, the build-ratio presets, each
//! setting adjusted or typed (a typed value replaces the old one), and its
//! drawing beside the panel, which follows every change.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Wrap};

use crate::model::{BuildPreset, Setting};
use crate::present::printable::{fit, printable};

use super::action::Action;
use super::app::{AssumptionsForm, Editor, Overlay};
use super::layout::ScreenLayout;
use super::theme::Theme;
use super::update::edit;
use super::view::boxed;

/// The form's keys: ↑↓ choose, ←→ (or - +) adjust, Enter types a value,
/// u undoes, Esc closes.
pub fn keys(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Action::Select(1),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char('+') | KeyCode::Char('=') => {
            Action::Adjust(1)
        }
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('A') => Action::Cancel,
        KeyCode::Char('u') => Action::Undo,
        _ => return None,
    };
    Some(action)
}

/// Enter on the form: start typing an exact value, or apply the typed one.
pub fn confirm_form(editor: &mut Editor, mut form: AssumptionsForm) -> AssumptionsForm {
    let Some(setting) = form.setting() else {
        // The preset row has no value to type: Enter steps to the next preset.
        adjust_preset(editor, 1);
        return form;
    };
    match form.typing.take() {
        None => {
            // Typing replaces the value; it starts empty, as in a spreadsheet cell.
            form.typing = Some(tui_input::Input::default());
        }
        Some(input) => match input.value().trim().parse::<f64>() {
            Ok(value) => {
                let done = format!("{} set to {value}", setting.label());
                let mut refused = None;
                edit(editor, done, |course| {
                    course
                        .assumptions
                        .set_value(setting, value)
                        .map_err(|error| {
                            // The form shows labels, so the message names the label too.
                            let message = format!("{} {}", setting.label(), error.problem());
                            refused = Some(message.clone());
                            message
                        })
                });
                if let Some(message) = refused {
                    form.error = Some(message);
                    form.typing = Some(input);
                }
            }
            Err(_) => {
                form.error = Some(format!("\"{}\" is not a number", input.value()));
                form.typing = Some(input);
            }
        },
    }
    form
}

pub fn adjust_form_row(editor: &mut Editor, by: i32) {
    let Some(Overlay::Form(form)) = &editor.overlay else {
        return;
    };
    let Some(setting) = form.setting() else {
        adjust_preset(editor, by);
        return;
    };
    let (min, max) = setting.range();
    let value =
        (editor.course.assumptions.value(setting) + f64::from(by) * setting.step()).clamp(min, max);
    let done = format!("{}: {value}", setting.label());
    edit(editor, done, |course| {
        course
            .assumptions
            .set_value(setting, value)
            .map_err(|error| error.to_string())
    });
}

/// Steps through the build-ratio presets (from "custom", the first or the last).
pub fn adjust_preset(editor: &mut Editor, by: i32) {
    let presets = BuildPreset::ALL;
    let next = match BuildPreset::matching(&editor.course.assumptions) {
        Some(current) => {
            let index = presets.iter().position(|p| *p == current).unwrap_or(0) as i32;
            presets[(index + by).rem_euclid(presets.len() as i32) as usize]
        }
        None if by >= 0 => presets[0],
        None => presets[presets.len() - 1],
    };
    let [session, video, quiz] = next.ratios();
    let done = format!(
        "Build ratios: {} (build h per hour: session {session}, video {video}, quiz {quiz})",
        next.label()
    );
    edit(editor, done, |course| {
        next.apply(&mut course.assumptions);
        Ok(())
    });
}

pub fn draw(
    form: &AssumptionsForm,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    // Over the grid only: the panel stays visible and follows every change.
    let area = layout.beside_panel();
    frame.render_widget(Clear, area);
    let assumptions = &editor.course.assumptions;
    let inside_width = usize::from(area.width.saturating_sub(2));
    let value_width = 16;
    let label_width = inside_width.saturating_sub(value_width + 4);
    let preset = BuildPreset::matching(assumptions).map_or("custom", BuildPreset::label);
    let mut rows: Vec<(String, String)> =
        vec![("Build-ratio preset".to_owned(), format!("◀ {preset} ▶"))];
    for setting in Setting::all() {
        rows.push((
            setting.label(),
            setting_value(setting, assumptions.value(setting)),
        ));
    }
    let about = match form.setting() {
        None => "Presets set the build hours per learner-hour of a session, a video and a quiz: \
                 solo creator 4/20/15, academic 10/40/30, corporate 43/79/79, high production \
                 43/184/184 (Chapman 2010)."
            .to_owned(),
        Some(setting) => {
            let (min, max) = setting.range();
            format!(
                "{} to {}. Default {}: {}.",
                min,
                max,
                setting.default_value(),
                setting.source()
            )
        }
    };
    // The footer: the "more" marker, the source as it wraps, an error, the
    // keys (which wrap too on a narrow screen): the rows go to what is left.
    let wrapped = |text: &str| text.chars().count().div_ceil(inside_width.max(1)).max(1);
    let keys = "↑↓ choose · ←→ or -/+ adjust · Enter type a value · Esc close";
    let footer = 1 + wrapped(&about) + usize::from(form.error.is_some()) * 2 + wrapped(keys);
    let room = usize::from(area.height.saturating_sub(2))
        .saturating_sub(footer)
        .max(1);
    // Keep the selected row in view, with the rows around it.
    let first = form
        .row
        .saturating_sub(room / 2)
        .min(rows.len().saturating_sub(room));
    let mut lines = Vec::new();
    for (index, (label, value)) in rows.iter().enumerate().skip(first).take(room) {
        let selected = index == form.row;
        let shown = match (&form.typing, selected) {
            (Some(input), true) => format!("{}▏", input.value()),
            _ => value.clone(),
        };
        let style = if selected { theme.selected } else { theme.base };
        lines.push(Line::styled(
            format!(" {} {:>value_width$} ", fit(label, label_width), shown),
            style,
        ));
    }
    let more = match (first > 0, first + room < rows.len()) {
        (true, true) => format!("▲▼ {} of {} rows", room, rows.len()),
        (true, false) => format!("▲ {} more above", first),
        (false, true) => format!("▼ {} more below", rows.len() - first - room),
        (false, false) => String::new(),
    };
    lines.push(Line::styled(more, theme.muted));
    lines.push(Line::styled(about, theme.muted));
    if let Some(error) = &form.error {
        lines.push(Line::styled(error.clone(), theme.error));
    }
    lines.push(Line::styled(keys, theme.key));
    let title = format!(
        " Assumptions · {} ",
        fit(&printable(&editor.course.title), 30).trim_end()
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(&title, theme)),
        area,
    );
}

fn setting_value(setting: Setting, value: f64) -> String {
    if setting.is_whole() {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
