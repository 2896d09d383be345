//! Saving, saving as, reloading, and the questions a save may need first: a
//! file changed on disk, a read-only file, a recovery copy, a format-1 original.

#[allow(unused_imports)]
use super::*;

pub(super) fn default_save_path(editor: &Editor, store: Option<&crate::store::Store>) -> String {
    match (&editor.path, store) {
        (Some(path), _) => path.display().to_string(),
        (None, Some(store)) => store
            .path_for_title(&editor.course.title)
            .display()
            .to_string(),
        (None, None) => crate::store::file_name_for_title(&editor.course.title),
    }
}

/// Ctrl-s: saves to the plan's file, or asks for a name when it has none.
pub(super) fn save(editor: &mut Editor, store: Option<&crate::store::Store>) {
    let Some(path) = editor.path.clone() else {
        if let Some(store) = store {
            // The plans folder is where a name-less plan goes; make sure it exists.
            if let Err(error) = store.ensure_plans_dir() {
                editor.status = Status::error(error.to_string());
                editor.quit_after_save = false;
                return;
            }
        }
        let path = default_save_path(editor, store);
        crate::tui::text_prompt::open(editor, PromptPurpose::SaveAs, path);
        return;
    };
    save_to(editor, path, false);
}

/// Saves to `path`. Saving over the plan's own file first checks that nobody
/// changed it on disk since it was opened (unless `overwrite` says to anyway).
pub(crate) fn save_to(editor: &mut Editor, path: PathBuf, overwrite: bool) {
    let own_file = editor.path.as_deref() == Some(path.as_path());
    if editor.keep_recovery {
        editor.status = Status::error(
            "A recovery copy is waiting: restore it (r) or discard it (d) before saving.",
        );
        editor.quit_after_save = false;
        return;
    }
    // An earlier session's copy the user put off: ask about it before this save.
    if let Some(recovered) = editor.postponed.take() {
        editor.overlay = Some(Overlay::Recovery {
            recovered,
            show_differences: false,
            then_save: Some(path),
        });
        return;
    }
    // A file that was not there when the plan was opened, and is now, was
    // written by someone else: that is a change on disk too.
    let changed_on_disk = own_file
        && !overwrite
        && match (&editor.disk, plan_file::DiskStamp::read(&path)) {
            (Some(loaded), Ok(now)) => loaded.content_differs(&now),
            (None, Ok(_)) => true,
            _ => false,
        };
    if changed_on_disk {
        editor.overlay = Some(Overlay::ExternalChange {
            confirm_reload: false,
        });
        return;
    }
    // Older builds on workshop laptops cannot open format 2: keep the
    // format-1 original once, before the first save replaces it.
    let mut kept = None;
    if own_file && editor.keep_format1 {
        let copy = crate::tui::app::format1_copy(&path);
        match keep_format1_copy(&path, &copy) {
            Ok(written) => kept = Some(written),
            Err(error) => {
                editor.status = Status::error(format!(
                    "Not saved: could not keep the format 1 original as {}: {error}",
                    printable(&copy.display().to_string())
                ));
                editor.quit_after_save = false;
                return;
            }
        }
    }
    match plan_file::save(&path, &editor.course) {
        Ok(written) => {
            editor.mark_saved(editor.course.clone());
            editor.disk = plan_file::DiskStamp::read(&written.path).ok();
            let name = |path: &Path| {
                printable(&path.file_name().unwrap_or_default().to_string_lossy()).into_owned()
            };
            let mut said = match &kept {
                Some(copy) => format!(
                    "Saved {} in format {}; the format 1 original is kept as {}",
                    name(&path),
                    plan_file::FORMAT_VERSION,
                    name(copy)
                ),
                None => format!("Saved {}", name(&path)),
            };
            for warning in &written.warnings {
                said.push_str(&format!("; {}", printable(warning)));
            }
            // The plan is safe; a missing backup still deserves the warning colour.
            editor.status = if written.warnings.is_empty() {
                Status::info(said)
            } else {
                Status::error(said)
            };
            editor.keep_format1 = false;
            // The work is on disk now: its recovery copy has done its job.
            if let Some(recovery) = &editor.recovery {
                let _ = recovery.remove();
                if !own_file {
                    let dir = recovery.path().parent().map(Path::to_owned);
                    editor.recovery = dir.map(|dir| {
                        crate::recovery::RecoveryFile::for_plan(&dir, &path, editor.disk.as_ref())
                    });
                }
            }
            editor.keep_recovery = false;
            editor.path = Some(path);
        }
        Err(crate::atomic_file::WriteError::ReadOnly { .. }) => {
            // Someone made it read-only on purpose, perhaps: ask, don't override.
            editor.overlay = Some(Overlay::ReadOnly);
            editor.status = Status::error("Not saved: the plan file is read-only.");
        }
        Err(error) => {
            editor.status =
                Status::error(format!("Not saved: {error}. Your changes are still here."));
            editor.quit_after_save = false;
        }
    }
}

/// Copies the plan file at `path` to `copy`, unless a copy is there already
/// (an earlier save kept it: that one is the original).
/// Copies the plan file at `path` to `copy`, or, when something is there
/// already (whatever it is, it is not ours to replace), to `copy` numbered:
/// `plan.format1-2.ron`, `-3`... Returns where the original went.
pub(super) fn keep_format1_copy(path: &Path, copy: &Path) -> Result<PathBuf, String> {
    let bytes = std::fs::read(path).map_err(|error| error.to_string())?;
    let options = crate::atomic_file::WriteOptions {
        overwrite: false,
        backup: false,
    };
    let stem = copy.file_stem().unwrap_or_default().to_string_lossy();
    for n in 1..1000 {
        let candidate = match n {
            1 => copy.to_owned(),
            n => copy.with_file_name(format!("{stem}-{n}.ron")),
        };
        if std::fs::symlink_metadata(&candidate).is_ok() {
            continue;
        }
        return crate::atomic_file::write(&candidate, &bytes, options)
            .map(|_| candidate)
            .map_err(|error| error.to_string());
    }
    Err("every name for the copy is taken".to_owned())
}

/// Loads the plan from disk again; the editor's version stays one undo away.
pub(crate) fn reload(editor: &mut Editor) {
    let Some(path) = editor.path.clone() else {
        return;
    };
    match plan_file::load(&path) {
        Ok(course) => {
            let done = format!(
                "Reloaded from disk ({} brings your version back)",
                key(&Action::Undo)
            );
            let loaded = course.clone();
            edit(editor, done, |current| {
                *current = loaded;
                Ok(())
            });
            editor.mark_saved(course);
            editor.disk = plan_file::DiskStamp::read(&path).ok();
        }
        Err(error) => {
            let message = error.to_string();
            editor.status = Status::error(format!(
                "Cannot reload: {}",
                message.lines().next().unwrap_or_default()
            ));
        }
    }
}
