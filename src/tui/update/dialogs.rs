//! Enter and Esc for whichever dialog is open.

#[allow(unused_imports)]
use super::*;

pub(super) fn cancel(editor: &mut Editor) {
    match &mut editor.overlay {
        Some(Overlay::Form(form)) if form.typing.is_some() => form.stop_typing(),
        Some(Overlay::Schedule(dialog)) if dialog.typing.is_some() => {
            super::super::schedule_dialog::cancel_typing(dialog);
        }
        None => editor.main_view = crate::tui::app::MainView::Grid,
        Some(Overlay::Recovery { .. }) => super::super::recovery_dialog::cancel(editor),
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
        Some(Overlay::Prompt(prompt)) => super::super::text_prompt::confirm(editor, prompt),
        Some(Overlay::Form(form)) => {
            let form = super::super::assumptions_form::confirm_form(editor, form);
            editor.overlay = Some(Overlay::Form(form));
        }
        Some(Overlay::Schedule(dialog)) => {
            let dialog = super::super::schedule_dialog::confirm(editor, dialog);
            editor.overlay = Some(Overlay::Schedule(dialog));
        }
        Some(Overlay::Export(dialog)) => export(editor, dialog),
        Some(Overlay::KindPicker(picker)) => kind_picker::confirm(editor, picker),
        Some(Overlay::Help { .. }) | None => {}
        other => editor.overlay = other,
    }
}
