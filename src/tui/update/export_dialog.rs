//! The export dialog: its default path, its format, and writing the export.

#[allow(unused_imports)]
use super::*;

/// Beside the plan, same stem: `plan.ron` -> `plan.md`. A RON export gets its
/// own name, so that it never points at the plan file itself.
pub(super) fn default_export_path(editor: &Editor, format: ExportFormat) -> PathBuf {
    let plan = editor
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(crate::store::file_name_for_title(&editor.course.title)));
    let stem = plan.file_stem().unwrap_or_default().to_string_lossy();
    let name = match format {
        ExportFormat::Ron => format!("{stem}-export.ron"),
        _ => format!("{stem}.{}", format.extension()),
    };
    plan.with_file_name(name)
}

/// Tab in the export dialog: the next format, and the path follows it.
pub(super) fn change_export_format(editor: &mut Editor, by: i32) {
    let Some(Overlay::Export(dialog)) = &editor.overlay else {
        return;
    };
    let formats = ExportFormat::ALL;
    let index = formats
        .iter()
        .position(|f| *f == dialog.format)
        .unwrap_or(0) as i32;
    let next = formats[(index + by).rem_euclid(formats.len() as i32) as usize];
    let typed = PathBuf::from(dialog.path.value());
    let path = if typed == default_export_path(editor, dialog.format) {
        default_export_path(editor, next)
    } else {
        typed.with_extension(next.extension())
    };
    if let Some(Overlay::Export(dialog)) = &mut editor.overlay {
        dialog.format = next;
        dialog.path = tui_input::Input::new(path.display().to_string());
        dialog.confirm_overwrite = false;
        dialog.error = None;
    }
}

/// Enter in the export dialog: write the file, asking once before replacing one.
pub(super) fn export(editor: &mut Editor, mut dialog: ExportDialog) {
    let value = dialog.path.value().trim().to_owned();
    let path = PathBuf::from(&value);
    let refuse = if value.is_empty() {
        Some("Type a file name.".to_owned())
    } else if editor
        .path
        .as_deref()
        .is_some_and(|plan| plan == path || crate::atomic_file::same_file(plan, &path))
    {
        Some("That is the plan file itself: choose another name.".to_owned())
    } else if path.exists() && !dialog.confirm_overwrite {
        dialog.confirm_overwrite = true;
        Some(format!(
            "{value} exists: Enter again replaces it, Esc cancels."
        ))
    } else {
        None
    };
    if let Some(message) = refuse {
        dialog.error = Some(message);
        editor.overlay = Some(Overlay::Export(dialog));
        return;
    }
    match export::write_to(
        &path,
        dialog.format,
        &editor.course,
        dialog.confirm_overwrite,
    ) {
        Ok(exported) => editor.status = Status::info(exported.to_string()),
        Err(error) => {
            dialog.error = Some(error.to_string());
            dialog.confirm_overwrite = false;
            editor.overlay = Some(Overlay::Export(dialog));
        }
    }
}
