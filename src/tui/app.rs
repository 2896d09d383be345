//! The editor's state: everything the view draws and the update changes, in
//! one place. Nothing here draws or reads the terminal.

use std::path::PathBuf;

use ratatui::layout::Rect;
use tui_input::Input;

use crate::analysis::{Tradeoffs, analyze};
use crate::model::{Course, GagneEvent};
use crate::store::Store;

use super::history::History;
use super::layout::ScreenLayout;
use super::theme::Theme;

/// The selected cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub module: usize,
    pub event: GagneEvent,
}

/// The line at the bottom that says what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub kind: StatusKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusKind {
    Info,
    Error,
}

impl Status {
    pub fn info(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            kind: StatusKind::Info,
        }
    }

    pub fn error(text: impl Into<String>) -> Status {
        Status {
            text: text.into(),
            kind: StatusKind::Error,
        }
    }
}

/// What a text prompt is asking for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptPurpose {
    Activity,
    RenameModule,
    NewModule,
    CourseTitle,
    SaveAs,
    NewPlanTitle,
    /// The selected cell's minutes, typed.
    Minutes,
    /// How many weeks the selected module runs.
    Weeks,
    /// The start screen: a new file name for the selected plan.
    RenamePlan,
    /// The start screen: the path of a plan file to open.
    OpenPlanFile,
}

impl PromptPurpose {
    /// The value belongs to the selected cell or module, on the grid.
    pub fn is_about_the_grid(self) -> bool {
        matches!(
            self,
            PromptPurpose::Activity
                | PromptPurpose::Minutes
                | PromptPurpose::Weeks
                | PromptPurpose::RenameModule
        )
    }

    pub fn title(self) -> &'static str {
        match self {
            PromptPurpose::Activity => "Activity",
            PromptPurpose::Minutes => "Minutes (0 to 600)",
            PromptPurpose::Weeks => "Weeks the module runs (1 to 52)",
            PromptPurpose::RenameModule => "Rename module",
            PromptPurpose::NewModule => "New module title",
            PromptPurpose::CourseTitle => "Course title",
            PromptPurpose::SaveAs => "Save as",
            PromptPurpose::NewPlanTitle => "New plan: course title",
            PromptPurpose::RenamePlan => "Rename the plan's file",
            PromptPurpose::OpenPlanFile => "Open a plan file",
        }
    }
}

/// A one-line text field over the screen.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub purpose: PromptPurpose,
    pub input: Input,
    pub error: Option<String>,
    /// Where a relative file name goes: the folder of the name offered
    /// (save as), so "my plan" lands beside the plans, not wherever the
    /// editor was started.
    pub folder: Option<PathBuf>,
    /// The offered text is a suggestion ("Module 6"): the first character
    /// typed replaces it, as in a selected field; keys that edit keep it.
    pub suggested: bool,
}

impl Prompt {
    pub fn new(purpose: PromptPurpose, value: impl Into<String>) -> Prompt {
        let value = value.into();
        let folder = match purpose {
            PromptPurpose::SaveAs => std::path::Path::new(&value)
                .parent()
                .filter(|folder| !folder.as_os_str().is_empty())
                .map(|folder| folder.to_owned()),
            _ => None,
        };
        Prompt {
            purpose,
            input: Input::new(value),
            error: None,
            folder,
            suggested: matches!(purpose, PromptPurpose::NewModule | PromptPurpose::Weeks),
        }
    }

    /// Applies a key to the text (the first character typed replaces a suggestion).
    pub fn handle(&mut self, request: tui_input::InputRequest) {
        // Minutes and weeks take digits only: a letter or a pasted "5x" never gets in.
        if let (
            PromptPurpose::Minutes | PromptPurpose::Weeks,
            tui_input::InputRequest::InsertChar(c),
        ) = (self.purpose, &request)
            && !c.is_ascii_digit()
        {
            self.error = Some(format!(
                "{} are a whole number: digits only.",
                if self.purpose == PromptPurpose::Weeks {
                    "Weeks"
                } else {
                    "Minutes"
                }
            ));
            return;
        }
        super::text_prompt::type_over(&mut self.input, &mut self.suggested, request);
        self.error = None;
    }
}

/// The assumptions dialog keeps its state with its keys and drawing.
pub use super::assumptions_form::AssumptionsForm;

/// The export dialog: a format and where to write it.
#[derive(Debug, Clone)]
pub struct ExportDialog {
    pub format: crate::export::ExportFormat,
    /// The data folder's `exports/`, when the plan lives in the plans folder:
    /// exports go there by default (created on the first), never among the
    /// plans. `None`: beside the plan.
    pub exports_folder: Option<PathBuf>,
    pub path: Input,
    /// The file exists and Enter was pressed once: the next Enter replaces it.
    pub confirm_overwrite: bool,
    pub error: Option<String>,
}

/// What covers the grid for a moment and takes the keys.
#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    QuitPrompt,
    Prompt(Prompt),
    ModeMenu,
    FillMenu,
    KindPicker(super::kind_picker::KindPicker),
    Form(AssumptionsForm),
    /// The schedule dialog (`S`): start, live slot, learner zones, reach window.
    Schedule(super::schedule_dialog::ScheduleDialog),
    Export(ExportDialog),
    /// The file changed on disk since it was opened: overwrite, reload or save as.
    /// The plan file is read-only: save anyway, save as, or cancel.
    ReadOnly,
    ExternalChange {
        confirm_reload: bool,
    },
    /// A recovery copy with unsaved work exists: restore it, discard it, or
    /// decide later. Asked again, as keep or discard, by the first save
    /// after "later": then `then_save` is where that save goes.
    Recovery {
        recovered: Box<crate::recovery::Recovered>,
        show_differences: bool,
        then_save: Option<PathBuf>,
    },
}

/// What the main area shows: the grid, or one of the workshop charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MainView {
    #[default]
    Grid,
    /// Cumulative staff hours over cohorts: this plan, all live, all self-paced.
    CostChart,
    /// Staff hours per cohort against cohort size.
    LearnersChart,
}

impl MainView {
    /// The next view in the `c` cycle.
    pub fn next(self) -> MainView {
        match self {
            MainView::Grid => MainView::CostChart,
            MainView::CostChart => MainView::LearnersChart,
            MainView::LearnersChart => MainView::Grid,
        }
    }
}

/// What the cumulative chart counts: staff hours, or (for a plan with an
/// instructor rate) their cost in the plan's currency. Kept while the views
/// change, so `c` comes back to the chart as it was left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ChartMeasure {
    #[default]
    StaffHours,
    Cost,
}

/// A plan open for editing.
#[derive(Debug, Clone)]
pub struct Editor {
    pub course: Course,
    /// Where the plan is saved; `None` until it has a name (the demo, a new plan).
    pub path: Option<PathBuf>,
    /// The plan as on disk, to tell whether there are unsaved changes
    /// (set it with [`Editor::mark_saved`]).
    saved: Option<Course>,
    /// [`Editor::is_modified`] as of a revision: every frame asks, and
    /// comparing a 1000-module plan with the file is a twentieth of a frame.
    modified: std::cell::Cell<Option<(u64, bool)>>,
    pub history: History,
    pub cursor: Cursor,
    /// The first module column shown: the grid scrolls sideways.
    pub first_module: usize,
    pub tradeoffs: Tradeoffs,
    /// The figures before the last edit, for the panel's ▲/▼ changes.
    pub previous: Option<Tradeoffs>,
    pub overlay: Option<Overlay>,
    pub status: Status,
    /// Quit once the pending save (a "save as" from the quit prompt) succeeds.
    pub quit_after_save: bool,
    /// The file as it was on disk when loaded or last saved.
    pub disk: Option<crate::plan_file::DiskStamp>,
    /// Where this plan's recovery copy goes; `None` without a data folder.
    pub recovery: Option<crate::recovery::RecoveryFile>,
    /// A recovery copy is being offered: it must not be removed or replaced
    /// until the user has chosen.
    pub keep_recovery: bool,
    /// An earlier session's recovery copy the user chose to decide on later
    /// (Esc): it stays on disk, and the next save asks about it first.
    pub postponed: Option<Box<crate::recovery::Recovered>>,
    /// Counts changes to the course, so the recovery copy knows when it is stale.
    pub revision: u64,
    /// The user chose to quit without saving: no recovery copy is kept.
    pub discarded: bool,
    pub main_view: MainView,
    /// Hours or cost on the cumulative chart (`M`).
    pub chart_measure: ChartMeasure,
    /// The guided tour, while it runs.
    pub tour: Option<super::tour::Tour>,
    /// A pinned scenario to compare against: the panel shows it beside the
    /// current figures and the grid marks the cells that differ from it.
    pub baseline: Option<Baseline>,
    /// The file on disk is format 1 (before activity kinds): the first save
    /// keeps it as `NAME.format1.ron` for older coursegrid builds.
    pub keep_format1: bool,
    /// The tradeoff panel's scroll, and whether it has the keys.
    pub panel: super::panel::PanelState,
    /// The cell `y` copied, for `P` to paste.
    pub clipboard: Option<crate::model::Cell>,
    /// The day (and zone) the schedule dialog's suggestions start from;
    /// `None`: the system's, read when the dialog opens. Tests fix it.
    pub today: Option<super::schedule_dialog::Today>,
}

/// Where the first save of a format-1 plan keeps the original: `plan.ron`
/// -> `plan.format1.ron`, beside it.
pub fn format1_copy(path: &std::path::Path) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!("{stem}.format1.ron"))
}

/// A plan pinned for comparison, with its figures.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub course: Course,
    pub tradeoffs: Tradeoffs,
    /// For each module of the current plan, its counterpart in the baseline
    /// (matched by identity: an inserted module shifts nothing).
    old_of_new: Vec<Option<usize>>,
}

impl Baseline {
    /// `course` pinned as it is now.
    pub fn pin(course: &Course, tradeoffs: &Tradeoffs) -> Baseline {
        Baseline {
            course: course.clone(),
            tradeoffs: tradeoffs.clone(),
            old_of_new: (0..course.modules().len()).map(Some).collect(),
        }
    }

    /// Matches the current plan's modules to the baseline's again, after an edit.
    pub fn follow(&mut self, current: &Course) {
        self.old_of_new = crate::model::ModuleDiff::between(&self.course, current)
            .old_of_new(current.modules().len());
    }

    /// Whether `event` of the current plan's module `index` differs from the
    /// baseline (a module the baseline does not have differs everywhere).
    pub fn differs(&self, index: usize, event: GagneEvent, cell: &crate::model::Cell) -> bool {
        let counterpart = self.old_of_new.get(index).copied().flatten();
        counterpart
            .and_then(|old| self.course.modules().get(old))
            .map(|module| module.cell(event))
            != Some(cell)
    }
}

impl Editor {
    pub fn new(course: Course, path: Option<PathBuf>, on_disk: bool) -> Editor {
        let tradeoffs = analyze(&course);
        let saved = on_disk.then(|| course.clone());
        // What the file held when opened, to notice someone else's change before saving.
        let disk = match (&path, on_disk) {
            (Some(path), true) => crate::plan_file::DiskStamp::read(path).ok(),
            _ => None,
        };
        Editor {
            course,
            path,
            saved,
            modified: std::cell::Cell::new(None),
            history: History::default(),
            cursor: Cursor {
                module: 0,
                event: GagneEvent::GainAttention,
            },
            first_module: 0,
            tradeoffs,
            previous: None,
            overlay: None,
            status: Status::info("Press ? for help."),
            quit_after_save: false,
            disk,
            recovery: None,
            keep_recovery: false,
            postponed: None,
            revision: 0,
            discarded: false,
            main_view: MainView::Grid,
            chart_measure: ChartMeasure::StaffHours,
            tour: None,
            baseline: None,
            keep_format1: false,
            panel: Default::default(),
            clipboard: None,
            today: None,
        }
    }

    /// The plan saved at `path`, said once in the status line when it is in
    /// an older format.
    pub fn open_file(path: PathBuf) -> Result<Editor, crate::plan_file::LoadError> {
        let (course, format) = crate::plan_file::load_with_format(&path)?;
        let size = crate::plan_file::to_string(&course).len() as u64;
        let mut editor = Editor::new(course, Some(path.clone()), true);
        if size > crate::plan_file::MAX_FILE_BYTES {
            // Compact files can load and still save over the limit: say so now,
            // not at the first failed save.
            editor.status = Status::error(format!(
                "This plan saves as {size} bytes, over the 8 MiB a plan file may be: \
                 remove modules or shorten long texts before saving."
            ));
            return Ok(editor);
        }
        if format < crate::plan_file::FORMAT_VERSION {
            editor.keep_format1 = true;
            // The part that matters comes first: a narrow status line cuts the end.
            editor.status = Status::info(format!(
                "Format {format} plan: saving keeps it as {} and writes format {}; \
                 each cell took its event's usual kind (K changes it).",
                format1_copy(&path)
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy(),
                crate::plan_file::FORMAT_VERSION,
            ));
        }
        Ok(editor)
    }

    /// Connects the editor to its recovery copy, and offers one left by an
    /// earlier session.
    pub fn attach(&mut self, recovery_dir: Option<&std::path::Path>) {
        let Some(dir) = recovery_dir else {
            return;
        };
        let recovery = match &self.path {
            Some(path) => crate::recovery::RecoveryFile::for_plan(dir, path, self.disk.as_ref()),
            None => crate::recovery::RecoveryFile::for_unsaved(dir, &self.course.title),
        };
        let on_disk = self.saved.as_ref();
        if let Some(recovered) = recovery.offer(on_disk) {
            self.keep_recovery = true;
            self.overlay = Some(Overlay::Recovery {
                recovered: Box::new(recovered),
                show_differences: false,
                then_save: None,
            });
        }
        self.recovery = Some(recovery);
    }

    /// True when the plan differs from the file (or has never been saved).
    pub fn is_modified(&self) -> bool {
        // Every change to the course is an edit, an undo or a redo, and each
        // counts a revision; saving forgets the memo.
        match self.modified.get() {
            Some((revision, modified)) if revision == self.revision => modified,
            _ => {
                let modified = self.saved.as_ref() != Some(&self.course);
                self.modified.set(Some((self.revision, modified)));
                modified
            }
        }
    }

    /// The plan as on disk now is `course` (just saved, or reloaded).
    pub fn mark_saved(&mut self, course: Course) {
        self.saved = Some(course);
        self.modified.set(None);
    }

    /// The plan as on disk, when it has been saved or was opened from a file.
    pub fn saved(&self) -> Option<&Course> {
        self.saved.as_ref()
    }
}

/// The start screen keeps its state with its update.
pub use super::start::{StartItem, StartScreen};

#[derive(Debug, Clone)]
pub enum Screen {
    Start(Box<StartScreen>),
    Editor(Box<Editor>),
}

/// The whole application state.
#[derive(Debug, Clone)]
pub struct App {
    pub screen: Screen,
    pub theme: Theme,
    /// The terminal's size, for the layout the update needs (clicks, scrolling).
    pub size: Rect,
    /// Where new and demo plans are saved; `None` when no data folder exists.
    pub store: Option<Store>,
    pub should_quit: bool,
}

impl App {
    /// An app editing `course`, saved at `path` if it is on disk.
    pub fn editing(editor: Editor, theme: Theme, store: Option<Store>, size: Rect) -> App {
        App {
            screen: Screen::Editor(Box::new(editor)),
            theme,
            size,
            store,
            should_quit: false,
        }
    }

    pub fn layout(&self) -> Option<ScreenLayout> {
        self.layout_in(self.size)
    }

    /// The layout for a screen of `area` (the view's frame may differ from
    /// the last size the update saw).
    pub fn layout_in(&self, area: Rect) -> Option<ScreenLayout> {
        let modules = self.editor().map_or(1, |e| e.course.modules().len());
        let comparing = self.editor().is_some_and(|e| e.baseline.is_some());
        ScreenLayout::new(area, modules, comparing)
    }

    /// How many module columns the grid shows at the current size.
    pub fn visible_modules(&self) -> usize {
        self.layout().map_or(1, |layout| layout.visible_modules())
    }

    pub fn editor(&self) -> Option<&Editor> {
        match &self.screen {
            Screen::Editor(editor) => Some(editor),
            Screen::Start(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn retitle(editor: &mut Editor, title: &str) {
        let title = title.to_owned();
        super::super::update::edit(editor, "Renamed".into(), |course| {
            course.title = title;
            Ok(())
        });
    }

    #[test]
    fn modified_follows_every_edit_and_save_though_it_is_remembered() {
        let course = Course::with_recommended_modules("Memo", 3).unwrap();
        let mut editor = Editor::new(course, None, true);
        assert!(!editor.is_modified());
        retitle(&mut editor, "Other");
        assert!(editor.is_modified());
        assert!(editor.is_modified(), "asked again at the same revision");
        retitle(&mut editor, "Memo");
        assert!(!editor.is_modified(), "back as on disk");
        retitle(&mut editor, "Saved");
        assert!(editor.is_modified());
        editor.mark_saved(editor.course.clone());
        assert!(!editor.is_modified(), "saved, at the same revision");
    }
}
