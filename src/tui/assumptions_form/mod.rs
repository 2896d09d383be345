//! The assumptions dialog (`A`), whole: its keys, the build-ratio presets,
//! the currency, each setting adjusted, typed or (money) left unset, here;
//! its state (sections, rows, the typed value) in `state`, what a row shows
//! and means in `shown`, its drawing in `draw`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_input::InputRequest;

use crate::model::{BuildPreset, Currency, Setting, capitalized};

use super::action::Action;
use super::app::{Editor, Overlay};
use super::update::edit;

mod draw;
mod shown;
mod state;

pub use draw::draw;
pub use state::{AssumptionsForm, Row, Section, TypedValue};

/// The form's keys on `row`: Tab/Shift-Tab change section, ↑↓ choose, ←→
/// (or - +) adjust, Enter or a digit types a value (any printable character
/// on the currency row), x/Delete/Backspace unsets a money value, u undoes,
/// Esc closes.
pub fn keys(row: Row, key: KeyEvent) -> Option<Action> {
    // On the currency row every printable character is text: "AUD", "kr",
    // "Fr." start with letters that are the form's keys elsewhere (A and q
    // close it, u undoes), and a closed form would send the rest of the
    // word to the grid as commands.
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let (Row::Currency, KeyCode::Char(c), true) = (row, key.code, plain) {
        return Some(Action::Type(InputRequest::InsertChar(c)));
    }
    let action = match key.code {
        KeyCode::Tab | KeyCode::Char(']') => Action::JumpSection(1),
        KeyCode::BackTab | KeyCode::Char('[') => Action::JumpSection(-1),
        KeyCode::Up | KeyCode::Char('k') => Action::Select(-1),
        KeyCode::Down | KeyCode::Char('j') => Action::Select(1),
        KeyCode::Left | KeyCode::Char('h') | KeyCode::Char('-') => Action::Adjust(-1),
        KeyCode::Right | KeyCode::Char('l') | KeyCode::Char('+') | KeyCode::Char('=') => {
            Action::Adjust(1)
        }
        KeyCode::Char('x') | KeyCode::Delete | KeyCode::Backspace => Action::ClearValue,
        KeyCode::Enter => Action::Confirm,
        KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('A') => Action::Cancel,
        KeyCode::Char('u') => Action::Undo,
        // A value typed on a row replaces it at once, as in a spreadsheet
        // (the form's own keys above keep their meaning).
        KeyCode::Char(c) if row.starts_typing(c) => Action::Type(InputRequest::InsertChar(c)),
        _ => return None,
    };
    Some(action)
}

/// The selected row's value as typing starts from it: the number, or the
/// currency's text; `None` for the preset row, which has none.
fn typed_start(form: &AssumptionsForm, editor: &Editor) -> Option<String> {
    let assumptions = &editor.course.assumptions;
    match form.selected() {
        Row::Preset => None,
        Row::Currency => Some(assumptions.money().currency.as_str().to_owned()),
        Row::Setting(setting) => Some(setting_value(setting, assumptions.value(setting))),
    }
}

/// A key of typing on the form: into the value being typed, or (a digit on a
/// setting row, a character on the currency row) starting to type a new one.
pub fn type_into(editor: &mut Editor, request: InputRequest) {
    let Some(Overlay::Form(form)) = &editor.overlay else {
        return;
    };
    let Some(value) = typed_start(form, editor) else {
        return;
    };
    let Some(Overlay::Form(form)) = &mut editor.overlay else {
        return;
    };
    form.typing
        .get_or_insert_with(|| TypedValue::of(value))
        .handle(request);
    form.error = None;
}

/// Enter on the form: start typing an exact value, or apply the typed one.
pub fn confirm_form(editor: &mut Editor, mut form: AssumptionsForm) -> AssumptionsForm {
    let row = form.selected();
    if row == Row::Preset {
        // The preset row has no value to type: Enter steps to the next preset.
        adjust_preset(editor, 1);
        return form;
    }
    let Some(typed) = form.typing.take() else {
        form.typing = typed_start(&form, editor).map(TypedValue::of);
        return form;
    };
    let refused = match row {
        Row::Setting(setting) => set_typed(editor, setting, typed.input.value()),
        _ => set_currency(editor, typed.input.value()),
    };
    if let Some(message) = refused {
        form.error = Some(message);
        form.typing = Some(typed);
    }
    form
}

/// Sets `setting` to the number `text`; the message when it is refused.
fn set_typed(editor: &mut Editor, setting: Setting, text: &str) -> Option<String> {
    let Ok(value) = text.trim().parse::<f64>() else {
        return Some(format!("\"{text}\" is not a number"));
    };
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
    refused
}

/// Sets the currency to `text` as typed (spaces kept: "CHF " is meant);
/// the message when it is refused.
fn set_currency(editor: &mut Editor, text: &str) -> Option<String> {
    let currency = match Currency::new(text) {
        Ok(currency) => currency,
        Err(error) => {
            let message = capitalized(&error.to_string());
            editor.status = super::app::Status::error(message.clone());
            return Some(message);
        }
    };
    let done = format!(
        "Currency set to {}",
        crate::present::printable::quoted_currency(currency)
    );
    edit(editor, done, |course| {
        course.assumptions.set_currency(currency);
        Ok(())
    });
    None
}

/// x, Delete or Backspace on a row: a money value back to "not set" (its
/// default applies), the currency to none; other values always have one.
pub fn clear_form_row(editor: &mut Editor) {
    let Some(Overlay::Form(form)) = &editor.overlay else {
        return;
    };
    let refused = match form.selected() {
        Row::Currency => {
            edit(
                editor,
                "Currency cleared: amounts show no sign".to_owned(),
                |course| {
                    course.assumptions.set_currency(Currency::default());
                    Ok(())
                },
            );
            None
        }
        Row::Setting(setting @ Setting::Money(field)) => {
            let done = format!("{}: {}", setting.label(), shown::when_not_set(field));
            edit(editor, done, |course| {
                course.assumptions.clear(setting);
                Ok(())
            });
            None
        }
        Row::Setting(setting) => Some(format!(
            "{} always has a value: type one, or ←→ to adjust it",
            setting.label()
        )),
        Row::Preset => Some("The preset has no value to clear: ←→ choose one".to_owned()),
    };
    if let Some(Overlay::Form(form)) = &mut editor.overlay {
        form.error = refused;
    }
}

pub fn adjust_form_row(editor: &mut Editor, by: i32) {
    let Some(Overlay::Form(form)) = &editor.overlay else {
        return;
    };
    let setting = match form.selected() {
        Row::Setting(setting) => setting,
        Row::Preset => return adjust_preset(editor, by),
        Row::Currency => {
            if let Some(Overlay::Form(form)) = &mut editor.overlay {
                form.error = Some("The currency is text: Enter or a character types it".into());
            }
            return;
        }
    };
    // An unset value starts from the one in effect (a co-host rate left out
    // from the instructor's).
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
