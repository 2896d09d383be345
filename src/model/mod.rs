//! The plan model: courses, modules, cells and Gagné's nine events.
//! Pure data: no files, no terminal.

mod assumptions;
mod cell;
mod completion;
mod course;
mod diff;
mod event;
mod fill;
mod kind;
mod money;
mod schedule;

pub use assumptions::{
    Assumption, AssumptionError, Assumptions, BuildPreset, Setting, capitalized,
};
pub use cell::{Cell, Minutes};
pub use completion::{CompletionField, CompletionRates};
pub use course::{Course, CourseError, Module, Weeks, default_minutes};
pub use diff::{ModuleChange, ModuleDiff, equal_ends};
pub use event::{BloomBand, GagneEvent, Mode};
pub use fill::{Across, Fill};
pub use kind::{ActivityKind, KindCosts, KindField, LearningType, SupportPer};
pub use money::{Currency, CurrencyError, Money, MoneyField, Rates};
pub use schedule::{
    ClockTime, LearnerZones, LiveSlot, ReachWindow, Schedule, ScheduleError, WEEKDAYS, Zone,
    parse_date, time_zones, weekday_abbreviation, zone_names,
};
