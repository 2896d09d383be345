//! The text prompts (activity, titles, save as, a new module), and Enter and
//! Esc for whichever dialog is open.

#[allow(unused_imports)]
use super::*;

pub(super) fn open_prompt(editor: &mut Editor, purpose: PromptPurpose, value: String) {
    editor.overlay = Some(Overlay::Prompt(Prompt::new(purpose, value)));
}

pub(super) fn cancel(editor: &mut Editor) {
    match &mut editor.overlay {
        Some(Overlay::Form(form)) if form.typing.is_some() => {
            form.typing = None;
            form.error = None;
        }
        None => editor.main_view = crate::tui::app::MainView::Grid,
        Some(Overlay::KindPicker(_)) => {
            if let Some(Overlay::KindPicker(picker)) = editor.overlay.take() {
                kind_picker::cancel(editor, picker);
            }
        }
        _ => {
            editor.overlay = None;
            editor.quit_after_save = false;
        }
    }
}

pub(super) fn confirm(editor: &mut Editor) {
    match editor.overlay.take() {
        Some(Overlay::Prompt(prompt)) => confirm_prompt(editor, prompt),
        Some(Overlay::Form(form)) => {
            let form = super::super::assumptions_form::confirm_form(editor, form);
            editor.overlay = Some(Overlay::Form(form));
        }
        Some(Overlay::Export(dialog)) => export(editor, dialog),
        Some(Overlay::KindPicker(picker)) => kind_picker::confirm(editor, picker),
        Some(Overlay::Help { .. }) | None => {}
        other => editor.overlay = other,
    }
}

pub(super) fn confirm_prompt(editor: &mut Editor, mut prompt: Prompt) {
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
            let path = PathBuf::from(&value);
            let replacing_another = path.exists() && editor.path.as_deref() != Some(path.as_path());
            if value.is_empty() || replacing_another {
                prompt.error = Some(if value.is_empty() {
                    "Type a file name.".to_owned()
                } else {
                    "That file exists: choose another name.".to_owned()
                });
                editor.overlay = Some(Overlay::Prompt(prompt));
                return;
            }
            save_to(editor, path, false);
        }
        PromptPurpose::NewPlanTitle => {}
    }
}
