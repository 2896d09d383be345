//! Warnings: the plan's risks in one sentence each, with its numbers and a
//! suggestion drawn from the reference article ("Synchronous vs Asynchronous
//! learning"). Typed, so the editor can style and link them; [`fmt::Display`]
//! gives the sentence.

use std::fmt;

use serde::Serialize;

use super::accountability::Accountability;
use super::hours::{InstructorHours, Workload};
use super::numbers::one_decimal;
use super::tally::ModuleTally;
use crate::model::Course;

/// How many modules a warning names before it says "and N more".
const MODULES_NAMED: usize = 3;

/// A module named in a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ModuleRef {
    /// Index (0-based) in the course.
    pub index: usize,
    pub title: String,
}

impl ModuleRef {
    fn of(course: &Course, index: usize) -> ModuleRef {
        ModuleRef {
            index,
            title: course
                .modules()
                .get(index)
                .map_or_else(String::new, |m| m.title.clone()),
        }
    }
}

impl fmt::Display for ModuleRef {
    /// `module 3 "Shaping"`: the number people read, then the title.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "module {} {:?}", self.index + 1, self.title)
    }
}

/// One risk of a plan. Warnings come in this order (the variants' order):
/// the plan as a whole, then its modules, then the live room.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Warning {
    /// No cell has learner time, so every figure is zero.
    NothingPlanned,
    /// Planned cells exist and none is live.
    NoLiveCells { self_paced_learner_hours: f64 },
    /// Planned cells exist and every one is live.
    AllLive {
        live_hours_per_cohort: f64,
        live_hours_per_year: f64,
    },
    /// The longest run of 2 or more planned modules without a live cell.
    /// Only the longest is reported, and not at all when no cell is live
    /// ([`Warning::NoLiveCells`] already says so).
    SelfPacedStretch {
        first: ModuleRef,
        last: ModuleRef,
        modules: usize,
        learner_hours: f64,
    },
    /// Modules where at least one of events 5-7 (guidance, practice,
    /// feedback) is planned and none of the planned ones is live; unplanned
    /// cells are ignored whatever their mode. One warning lists them all.
    SelfPacedPractice { modules: Vec<ModuleRef> },
    /// A cohort larger than the live section max, when some cell is live:
    /// every live session is taught once per section.
    SectionsMultiplyLiveHours {
        learners: u32,
        live_section_max: u32,
        sections: u32,
        live_hours_per_cohort: f64,
    },
    /// Some cell is live and a section holds more learners than `cohost_above`.
    CohostNeeded {
        section_size: u32,
        cohost_above: u32,
        hours_per_cohort: f64,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NothingPlanned => f.write_str(
                "Nothing is planned yet: give a cell some minutes to see what the plan costs.",
            ),
            Warning::NoLiveCells {
                self_paced_learner_hours,
            } => write!(
                f,
                "No cell is live, so all {} learner hours are self-paced: completion of \
                 self-paced courses runs far lower (the MOOC median is 12.6%, Jordan 2015); \
                 make guidance, practice or feedback (events 5-7) live, or add live \
                 co-working sessions.",
                one_decimal(*self_paced_learner_hours)
            ),
            Warning::AllLive {
                live_hours_per_cohort,
                live_hours_per_year,
            } => write!(
                f,
                "Every planned cell is live, {} h of live teaching a cohort ({} h a year): \
                 the course cannot scale past your calendar; move attention, objectives, \
                 recall and content (events 1-4) and assessment and transfer (events 8-9) \
                 to self-paced.",
                one_decimal(*live_hours_per_cohort),
                one_decimal(*live_hours_per_year)
            ),
            Warning::SelfPacedStretch {
                first,
                last,
                modules,
                learner_hours,
            } => write!(
                f,
                "{modules} modules in a row have no live checkpoint ({first} to {last}, {} \
                 learner hours): learners tend to put self-paced work off until a live session \
                 holds them accountable; add a short live session or a live co-working session.",
                one_decimal(*learner_hours)
            ),
            Warning::SelfPacedPractice { modules } => {
                f.write_str("Guidance, practice and feedback (events 5-7) are all self-paced in ")?;
                write_modules(f, modules)?;
                f.write_str(
                    ": live, the instructor sees who is lost and corrects course; make one \
                     of them live, or build guided practice and feedback into the materials.",
                )
            }
            Warning::SectionsMultiplyLiveHours {
                learners,
                live_section_max,
                sections,
                live_hours_per_cohort,
            } => write!(
                f,
                "A cohort of {learners} learners is larger than the largest live section of \
                 {live_section_max}: every live session runs {sections} times, {} h of live \
                 teaching a cohort; keep live time for events 5-7 and move the rest to \
                 self-paced.",
                one_decimal(*live_hours_per_cohort)
            ),
            Warning::CohostNeeded {
                section_size,
                cohost_above,
                hours_per_cohort,
            } => write!(
                f,
                "Live sections of {section_size} learners are past {cohost_above}: plan a \
                 co-host to watch the chat, let late-comers in and answer questions, {} h a \
                 cohort, or make the sections smaller.",
                one_decimal(*hours_per_cohort)
            ),
        }
    }
}

/// `module 2 "A"`, or `3 modules (module 2 "A", module 4 "B" and module 5 "C")`,
/// naming at most [`MODULES_NAMED`] and counting the rest.
fn write_modules(f: &mut fmt::Formatter<'_>, modules: &[ModuleRef]) -> fmt::Result {
    if let [only] = modules {
        return write!(f, "{only}");
    }
    write!(f, "{} modules (", modules.len())?;
    let named = modules.len().min(MODULES_NAMED);
    for (i, module) in modules.iter().take(named).enumerate() {
        let separator = match i {
            0 => "",
            _ if i + 1 == named && named == modules.len() => " and ",
            _ => ", ",
        };
        write!(f, "{separator}{module}")?;
    }
    if modules.len() > named {
        write!(f, " and {} more", modules.len() - named)?;
    }
    f.write_str(")")
}

/// The warnings a plan earns, in [`Warning`]'s order.
pub(crate) fn warnings(
    course: &Course,
    tallies: &[ModuleTally],
    workload: &Workload,
    hours: &InstructorHours,
    accountability: &Accountability,
) -> Vec<Warning> {
    let mut found = Vec::new();
    let any_live = workload.live_hours() > 0.0;
    let any_self_paced = workload.self_paced_hours() > 0.0;
    if !any_live && !any_self_paced {
        found.push(Warning::NothingPlanned);
    }
    if any_self_paced && !any_live {
        found.push(Warning::NoLiveCells {
            self_paced_learner_hours: workload.self_paced_hours(),
        });
    }
    if any_live && !any_self_paced {
        found.push(Warning::AllLive {
            live_hours_per_cohort: hours.live_hours_per_cohort,
            live_hours_per_year: hours.live_hours_per_cohort
                * f64::from(workload.assumptions().cohorts_per_year()),
        });
    }
    if let Some(stretch) = accountability.longest_self_paced_stretch
        && stretch.modules >= 2
        && any_live
    {
        found.push(Warning::SelfPacedStretch {
            first: ModuleRef::of(course, stretch.first),
            last: ModuleRef::of(course, stretch.last),
            modules: stretch.modules,
            learner_hours: stretch.learner_hours,
        });
    }
    let practice_self_paced: Vec<ModuleRef> = tallies
        .iter()
        .enumerate()
        .filter(|(_, t)| t.practice_planned && !t.practice_live)
        .map(|(index, _)| ModuleRef::of(course, index))
        .collect();
    if !practice_self_paced.is_empty() {
        found.push(Warning::SelfPacedPractice {
            modules: practice_self_paced,
        });
    }
    if any_live
        && workload.assumptions().learners_per_cohort() > workload.assumptions().live_section_max()
    {
        found.push(Warning::SectionsMultiplyLiveHours {
            learners: workload.assumptions().learners_per_cohort(),
            live_section_max: workload.assumptions().live_section_max(),
            sections: hours.sections,
            live_hours_per_cohort: hours.live_hours_per_cohort,
        });
    }
    if hours.cohost_needed {
        found.push(Warning::CohostNeeded {
            section_size: hours.section_size,
            cohost_above: workload.assumptions().cohost_above(),
            hours_per_cohort: hours.cohost_hours_per_cohort,
        });
    }
    found
}

#[cfg(test)]
mod tests;
