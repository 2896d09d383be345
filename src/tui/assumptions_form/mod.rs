//! The assumptions dialog (`A`), whole: its keys, the build-ratio presets,
//! each setting adjusted or typed, here; its state (sections, rows, the
//! typed value) in `state`, its drawing in `draw`.

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::InputRequest;

use crate::model::{BuildPreset, Setting};

use super::action::Action;
use super::app::{Editor, Overlay};
use super::update::edit;

mod draw;
mod state;

pub use draw::draw;
pub use state::{AssumptionsForm, Row, Section, TypedValue};

/// The form's keys: Tab/Shift-Tab change section, ↑↓ choose, ←→ (or - +)
/// adjust, Enter or a digit types a value, u undoes, Esc closes.
pub fn keys(key: KeyEvent) -> Option<Action> {
    let action = match key.code {
        KeyCode::Tab | KeyCode::Char(']') => Action::JumpSection(1),
        KeyCode::BackTab | KeyCode::Char('[') => Action::JumpSection(-1),
        KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') => Action::Select(1),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char('+') | KeyCode::Char('=') => {
            Action::Adjust(1)
        }
        // A number typed on a row replaces its value at once, as in a spreadsheet.
        KeyCode::Char(c) if c.is_ascii_digit() || c == '.' => {
            Action::Type(InputRequest::InsertChar(c))
        }
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('A') => Action::Cancel,
        KeyCode::Char('u') => Action::Undo,
        _ => return None,
    };
    Some(action)
}

/// A key of typing on the form: into the value being typed, or (a digit on a
/// setting row) starting to type a new one.
pub fn type_into(editor: &mut Editor, request: InputRequest) {
    let Some(Overlay::Form(form)) = &mut editor.overlay else {
        return;
    };
    let Some(setting) = form.setting() else {
        return;
    };
    let value = setting_value(setting, editor.course.assumptions.value(setting));
    form.typing
        .get_or_insert_with(|| TypedValue::of(value))
        .handle(request);
    form.error = None;
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
            let value = setting_value(setting, editor.course.assumptions.value(setting));
            form.typing = Some(TypedValue::of(value));
        }
        Some(typed) => match typed.input.value().trim().parse::<f64>() {
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
                    form.typing = Some(typed);
                }
            }
            Err(_) => {
                form.error = Some(format!("\"{}\" is not a number", typed.input.value()));
                form.typing = Some(typed);
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

pub(crate) fn setting_value(setting: Setting, value: f64) -> String {
    if setting.is_whole() {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
