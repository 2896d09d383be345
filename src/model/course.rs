//! A course: a title, its assumptions and an ordered list of modules.

use super::assumptions::Assumptions;
use super::cell::{Cell, Minutes};
use super::event::{GagneEvent, Mode};
use super::schedule::Schedule;

/// One module of a course: a column of the grid, with one cell per event.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub title: String,
    cells: [Cell; 9],
    /// How many weeks the module runs.
    pub weeks: Weeks,
}

/// How many weeks a module runs: 1 to [`Weeks::MAX`] (a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Weeks(u8);

impl Weeks {
    pub const ONE: Weeks = Weeks(1);
    pub const MAX: u32 = 52;

    /// `None` outside 1..=52.
    pub fn new(weeks: u32) -> Option<Weeks> {
        (1..=Weeks::MAX)
            .contains(&weeks)
            .then_some(Weeks(weeks as u8))
    }

    pub fn get(self) -> u32 {
        u32::from(self.0)
    }
}

impl Default for Weeks {
    fn default() -> Weeks {
        Weeks::ONE
    }
}

impl std::fmt::Display for Weeks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Module {
    /// A module where no event is planned yet.
    pub fn new(title: impl Into<String>) -> Module {
        Module {
            title: title.into(),
            cells: GagneEvent::ALL.map(Cell::unplanned),
            weeks: Weeks::ONE,
        }
    }

    /// A module with every event planned in its recommended mode, with
    /// [`default_minutes`] of learner time.
    pub fn recommended(title: impl Into<String>) -> Module {
        let mut module = Module::new(title);
        for event in GagneEvent::ALL {
            *module.cell_mut(event) =
                Cell::in_mode(event, event.recommended_mode(), default_minutes(event));
        }
        module
    }

    pub fn cell(&self, event: GagneEvent) -> &Cell {
        &self.cells[event.index()]
    }

    pub fn cell_mut(&mut self, event: GagneEvent) -> &mut Cell {
        &mut self.cells[event.index()]
    }

    /// The nine cells with their events, in Gagné's order.
    pub fn cells(&self) -> impl Iterator<Item = (GagneEvent, &Cell)> {
        GagneEvent::ALL.into_iter().zip(self.cells.iter())
    }

    /// True when at least one event of the module has learner time.
    pub fn is_planned(&self) -> bool {
        self.cells.iter().any(Cell::is_planned)
    }

    /// Space on a cell: a planned cell toggles live / self-paced (taking its
    /// event's usual kind, see [`Cell::toggle`]); an unplanned one is planned
    /// in the recommended mode with the event's default minutes, so that it
    /// always shows something. Returns the cell's mode after.
    pub fn toggle(&mut self, event: GagneEvent) -> Mode {
        let cell = self.cell_mut(event);
        cell.space(event);
        cell.mode()
    }

    /// Plans an unplanned cell with its event's default minutes (a cell never
    /// touched takes the recommended mode; one unplanned by hand keeps its
    /// mode, kind and activity), or unplans a planned one (minutes 0).
    pub fn toggle_planned(&mut self, event: GagneEvent) {
        let cell = self.cell_mut(event);
        if cell.is_planned() {
            cell.minutes = Minutes::ZERO;
        } else {
            self.set_minutes(event, default_minutes(event));
        }
    }

    /// Sets a cell's minutes; a cell never touched takes the recommended mode.
    pub fn set_minutes(&mut self, event: GagneEvent, minutes: Minutes) {
        let cell = self.cell_mut(event);
        if *cell == Cell::unplanned(event) {
            cell.set_mode(event, event.recommended_mode());
        }
        cell.minutes = minutes;
    }

    /// Whether the planned cell of `event` departs from the Line of
    /// Understanding: not in its event's recommended mode, unless it is
    /// practice done at home (self-paced) whose feedback this module gives
    /// live, the reference article's own design.
    pub fn departs(&self, event: GagneEvent) -> bool {
        let Some(mode) = self.cell(event).planned_mode() else {
            return false;
        };
        let flipped = event == GagneEvent::ElicitPerformance
            && mode == Mode::SelfPaced
            && self.cell(GagneEvent::ProvideFeedback).planned_mode() == Some(Mode::Live);
        mode != event.recommended_mode() && !flipped
    }

    /// Every event of the module in the mode `mode` gives it (see [`Cell::set_mode`]).
    pub fn set_modes(&mut self, mode: impl Fn(GagneEvent) -> Mode) {
        for event in GagneEvent::ALL {
            self.cell_mut(event).set_mode(event, mode(event));
        }
    }
}

/// Learner minutes a new plan gives each event: short openers, longer
/// content and practice, as a planner would rough it out before adjusting.
pub fn default_minutes(event: GagneEvent) -> Minutes {
    let minutes = match event {
        GagneEvent::GainAttention => 5,
        GagneEvent::InformObjectives => 5,
        GagneEvent::StimulateRecall => 10,
        GagneEvent::PresentContent => 20,
        GagneEvent::ProvideGuidance => 30,
        GagneEvent::ElicitPerformance => 30,
        GagneEvent::ProvideFeedback => 20,
        GagneEvent::AssessPerformance => 15,
        GagneEvent::EnhanceRetention => 15,
    };
    Minutes::new(minutes).unwrap_or(Minutes::MAX)
}

/// Why a course could not be built or changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CourseError {
    #[error("a course needs at least one module")]
    NoModules,
    #[error("a course can have at most {max} modules, this one would have {count}", max = Course::MAX_MODULES)]
    TooManyModules { count: usize },
}

/// A course plan: what coursegrid edits, analyses, saves and exports.
///
/// A course always has between 1 and [`Course::MAX_MODULES`] modules.
#[derive(Debug, Clone, PartialEq)]
pub struct Course {
    pub title: String,
    pub assumptions: Assumptions,
    /// When the course runs and where its learners are; `None` for a plan
    /// with no time in it (what [`Course::new`] gives).
    pub schedule: Option<Schedule>,
    modules: Vec<Module>,
}

impl Course {
    /// A university programme may have hundreds of modules; beyond this a plan is a mistake.
    pub const MAX_MODULES: usize = 1000;

    pub fn new(
        title: impl Into<String>,
        assumptions: Assumptions,
        modules: Vec<Module>,
    ) -> Result<Course, CourseError> {
        Self::check_count(modules.len())?;
        Ok(Course {
            title: title.into(),
            assumptions,
            schedule: None,
            modules,
        })
    }

    /// A new plan of `count` modules named "Module 1".."Module N", each cell in
    /// its recommended mode with default minutes.
    pub fn with_recommended_modules(
        title: impl Into<String>,
        count: usize,
    ) -> Result<Course, CourseError> {
        let modules = (1..=count)
            .map(|n| Module::recommended(format!("Module {n}")))
            .collect();
        Course::new(title, Assumptions::default(), modules)
    }

    fn check_count(count: usize) -> Result<(), CourseError> {
        match count {
            0 => Err(CourseError::NoModules),
            count if count > Self::MAX_MODULES => Err(CourseError::TooManyModules { count }),
            _ => Ok(()),
        }
    }

    pub fn modules(&self) -> &[Module] {
        &self.modules
    }

    /// The modules, mutable in place; adding and removing go through the methods
    /// below, which keep the module count in range.
    pub fn modules_mut(&mut self) -> &mut [Module] {
        &mut self.modules
    }

    /// Inserts `module` at `index` (clamped to the end).
    pub fn insert_module(&mut self, index: usize, module: Module) -> Result<(), CourseError> {
        Self::check_count(self.modules.len() + 1)?;
        let index = index.min(self.modules.len());
        self.modules.insert(index, module);
        Ok(())
    }

    /// Removes and returns the module at `index`; the last module cannot be removed.
    /// Panics if `index` is out of bounds, like [`Vec::remove`].
    pub fn remove_module(&mut self, index: usize) -> Result<Module, CourseError> {
        Self::check_count(self.modules.len() - 1)?;
        Ok(self.modules.remove(index))
    }

    /// Swaps the modules at `a` and `b`. Panics if either is out of bounds.
    pub fn swap_modules(&mut self, a: usize, b: usize) {
        self.modules.swap(a, b);
    }

    /// Replaces the `remove` modules from `at` with `insert`, returning the
    /// removed ones; refused (nothing changes) when the count would leave
    /// 1..=[`Course::MAX_MODULES`]. Panics if the range is out of bounds.
    pub fn splice_modules(
        &mut self,
        at: usize,
        remove: usize,
        insert: Vec<Module>,
    ) -> Result<Vec<Module>, CourseError> {
        Self::check_count(self.modules.len() - remove + insert.len())?;
        Ok(self.modules.splice(at..at + remove, insert).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Mode;

    #[test]
    fn a_new_plan_follows_the_line_of_understanding() {
        let course = Course::with_recommended_modules("Bread", 3).unwrap();
        assert_eq!(course.modules().len(), 3);
        assert_eq!(course.modules()[2].title, "Module 3");
        let practice = course.modules()[0].cell(GagneEvent::ElicitPerformance);
        assert_eq!(practice.mode(), Mode::Live);
        assert_eq!(practice.minutes.get(), 30);
        assert_eq!(
            course.modules()[0].cell(GagneEvent::GainAttention).mode(),
            Mode::SelfPaced
        );
    }

    #[test]
    fn space_toggles_a_planned_cell_and_plans_an_empty_one_as_recommended() {
        let mut module = Module::recommended("M");
        let feedback = GagneEvent::ProvideFeedback;
        assert_eq!(module.toggle(feedback), Mode::SelfPaced);
        assert_eq!(module.cell(feedback).minutes, default_minutes(feedback));
        let mut empty = Module::new("E");
        // recommended live, with its default minutes and the event's live kind
        assert_eq!(empty.toggle(feedback), Mode::Live);
        assert_eq!(empty.cell(feedback).minutes.get(), 20);
        assert_eq!(empty.cell(feedback).kind, feedback.default_kind(Mode::Live));
    }

    #[test]
    fn unplanning_keeps_the_cell_and_planning_again_brings_its_minutes_back() {
        let mut module = Module::new("M");
        let practice = GagneEvent::ElicitPerformance;
        module.toggle_planned(practice);
        assert_eq!(
            module.cell(practice).mode(),
            Mode::Live,
            "untouched: as recommended"
        );
        module.toggle(practice);
        module.cell_mut(practice).activity = Some("Bake at home".into());
        module.toggle_planned(practice);
        assert!(!module.cell(practice).is_planned());
        module.toggle_planned(practice);
        let cell = module.cell(practice);
        assert_eq!(
            cell.mode(),
            Mode::SelfPaced,
            "unplanned by hand: keeps its mode"
        );
        assert_eq!(cell.activity.as_deref(), Some("Bake at home"));
        assert_eq!(cell.minutes, default_minutes(practice));
    }

    #[test]
    fn minutes_on_an_untouched_cell_plan_it_as_recommended() {
        let mut module = Module::new("M");
        module.set_minutes(GagneEvent::PresentContent, Minutes::new(5).unwrap());
        assert_eq!(
            module.cell(GagneEvent::PresentContent).mode(),
            Mode::SelfPaced
        );
        module.set_modes(|_| Mode::Live);
        assert!(module.cells().all(|(_, c)| c.mode() == Mode::Live));
    }

    #[test]
    fn module_count_stays_between_one_and_a_thousand() {
        assert_eq!(
            Course::with_recommended_modules("x", 0),
            Err(CourseError::NoModules)
        );
        assert_eq!(
            Course::with_recommended_modules("x", 1001),
            Err(CourseError::TooManyModules { count: 1001 })
        );
        let mut course = Course::with_recommended_modules("x", 1).unwrap();
        assert_eq!(course.remove_module(0), Err(CourseError::NoModules));
        course.insert_module(9, Module::new("Second")).unwrap();
        assert_eq!(course.modules()[1].title, "Second");
        assert!(course.remove_module(0).is_ok());
    }
}
