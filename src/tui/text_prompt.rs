//! The text prompt, whole: a line of text for an activity, a module's or the
//! course's title, a new module or a file to save as. Its keys (which the
//! export dialog, the form's typed values and the start screen share), what
//! Enter does with each purpose, its drawing and the text field itself.

use std::path::PathBuf;

use crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};
use tui_input::Input;

use crate::model::{Minutes, Module, Weeks};
use crate::present::printable::{printable, truncate};

use super::action::Action;
use super::app::{Editor, Overlay, Prompt, PromptPurpose};
use super::layout::inner;
use super::theme::Theme;
use super::update::{cell_name, edit, save_to};
use super::view::{boxed, centered};

/// Enter confirms, Esc cancels, every other key edits the text.
pub fn keys(key: KeyEvent, event: &Event) -> Option<Action> {
    match key.code {
        KeyCode::Enter => Some(Action::Confirm),
        KeyCode::Esc => Some(Action::Cancel),
        // A key that edits no text (F5, a lone modifier) is no action at all.
        _ => tui_input::backend::crossterm::to_input_request(event).map(Action::Type),
    }
}

/// One key of typing into `input` whose value may still be selected (a
/// suggestion, a number shown for editing): a character replaces a selected
/// value, any other edit (Backspace, a cursor move) works on it as it is,
/// and after the first key nothing is selected. The assumptions form's
/// typed values and the prompts' suggestions share it.
pub fn type_over(input: &mut Input, selected: &mut bool, request: tui_input::InputRequest) {
    if std::mem::take(selected) && matches!(request, tui_input::InputRequest::InsertChar(_)) {
        input.reset();
    }
    input.handle(request);
}

pub fn open(editor: &mut Editor, purpose: PromptPurpose, value: String) {
    editor.overlay = Some(Overlay::Prompt(Prompt::new(purpose, value)));
}

pub fn confirm(editor: &mut Editor, mut prompt: Prompt) {
    let value = prompt.input.value().trim().to_owned();
    let cursor = editor.cursor;
    match prompt.purpose {
        PromptPurpose::Activity => {
            let done = format!("{}: activity set", cell_name(editor));
            let activity = (!value.is_empty()).then_some(value);
            edit(editor, done, |course| {
                course.modules_mut()[cursor.module]
                    .cell_mut(cursor.event)
                    .activity = activity;
                Ok(())
            });
        }
        PromptPurpose::RenameModule => {
            let done = format!("Renamed module {}", cursor.module + 1);
            edit(editor, done, |course| {
                course.modules_mut()[cursor.module].title = value;
                Ok(())
            });
        }
        PromptPurpose::NewModule => {
            let at = cursor.module + 1;
            let before_revision = editor.revision;
            let done = format!(
                "Added module {} \"{}\" in the recommended modes",
                at + 1,
                truncate(&printable(&value), 30)
            );
            edit(editor, done, |course| {
                course
                    .insert_module(at, Module::recommended(value))
                    .map_err(|error| format!("Cannot add a module: {error}"))
            });
            if editor.revision != before_revision {
                editor.cursor.module = at;
            }
        }
        PromptPurpose::CourseTitle => {
            edit(editor, "Course title changed".into(), |course| {
                course.title = value;
                Ok(())
            });
        }
        PromptPurpose::SaveAs => {
            let typed = match &prompt.folder {
                Some(folder) if PathBuf::from(&value).is_relative() => folder.join(&value),
                _ => PathBuf::from(&value),
            };
            // The folder offered is the plans folder (or the plan's own): made
            // on the first save there, as Ctrl-s does, whether the name typed
            // is relative to it or the full path offered.
            if let Some(folder) = &prompt.folder
                && typed.parent() == Some(folder.as_path())
                && let Err(error) = std::fs::create_dir_all(folder)
            {
                prompt.error = Some(format!(
                    "Cannot make {}: {error}",
                    printable(&folder.display().to_string())
                ));
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            }
            let path = crate::store::with_plan_extension(&typed);
            let refused = if value.is_empty() {
                Some("Type a file name.".to_owned())
            } else if typed.is_dir() || path.is_dir() || value.ends_with(std::path::MAIN_SEPARATOR)
            {
                Some("That is a folder: type a file name in it.".to_owned())
            } else if path.exists() && editor.path.as_deref() != Some(path.as_path()) {
                Some(format!(
                    "{} exists: choose another name.",
                    printable(&path.display().to_string())
                ))
            } else {
                None
            };
            if let Some(error) = refused {
                prompt.error = Some(error);
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            }
            save_to(editor, path, false);
        }
        PromptPurpose::Minutes => {
            let Some(minutes) = value.parse::<u16>().ok().and_then(Minutes::new) else {
                prompt.error = Some(format!(
                    "\"{}\" is not minutes: type a whole number from 0 to {}.",
                    truncate(&printable(&value), 20),
                    Minutes::MAX
                ));
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            };
            super::update::set_minutes(editor, minutes);
        }
        PromptPurpose::Weeks => {
            let Some(weeks) = value.parse::<u32>().ok().and_then(Weeks::new) else {
                prompt.error = Some(format!(
                    "\"{}\" is not weeks: type a whole number from 1 to {}.",
                    truncate(&printable(&value), 20),
                    Weeks::MAX
                ));
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            };
            let done = format!(
                "Module {} runs {} {}",
                cursor.module + 1,
                weeks,
                if weeks == Weeks::ONE { "week" } else { "weeks" }
            );
            edit(editor, done, |course| {
                course.modules_mut()[cursor.module].weeks = weeks;
                Ok(())
            });
        }
        // The start screen's prompts: its update answers them.
        PromptPurpose::NewPlanTitle | PromptPurpose::RenamePlan | PromptPurpose::OpenPlanFile => {}
    }
}

pub fn draw(prompt: &Prompt, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 6);
    let title = format!(" {} ", prompt.purpose.title());
    let block = boxed(&title, theme);
    let inside = inner(area);
    frame.render_widget(block, area);
    text_field(
        &prompt.input,
        theme,
        frame,
        Rect::new(inside.x, inside.y, inside.width, 1),
    );
    let hint = match (&prompt.error, prompt.purpose) {
        (Some(error), _) => Line::styled(error.clone(), theme.error),
        (None, PromptPurpose::Activity) => Line::styled(
            "Enter saves · Esc cancels · Ctrl-u clears · empty removes it",
            theme.muted,
        ),
        (None, PromptPurpose::Minutes) => Line::styled(
            "Type the minutes · Enter sets them · Esc cancels · 0 unplans",
            theme.muted,
        ),
        (None, PromptPurpose::Weeks) => Line::styled(
            "Type the weeks · Enter sets them · Esc cancels · a module's live sessions fall in its first week",
            theme.muted,
        ),
        (None, _) => Line::styled("Enter confirms · Esc cancels · Ctrl-u clears", theme.muted),
    };
    if inside.height > 2 {
        frame.render_widget(
            Paragraph::new(hint).wrap(Wrap { trim: true }),
            Rect::new(inside.x, inside.y + 2, inside.width, inside.height - 2),
        );
    }
}

/// A one-line text field with its cursor, scrolled so the cursor shows.
pub fn text_field(input: &Input, theme: &Theme, frame: &mut Frame, field: Rect) {
    let width = usize::from(field.width.saturating_sub(1)).max(1);
    let scroll = input.visual_scroll(width);
    frame.render_widget(
        Paragraph::new(printable(input.value()).into_owned())
            .scroll((0, scroll as u16))
            .style(theme.selected),
        field,
    );
    let cursor = input.visual_cursor().saturating_sub(scroll) as u16;
    frame.set_cursor_position(Position::new(
        field.x + cursor.min(field.width.saturating_sub(1)),
        field.y,
    ));
}
