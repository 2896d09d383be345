//! Warnings: the plan's risks in one sentence each, with its numbers and a
//! suggestion drawn from the reference article ("Synchronous vs Asynchronous
//! learning"). Typed, so the editor can style and link them; [`fmt::Display`]
//! gives the sentence.

use std::fmt;

use serde::Serialize;

use super::completion::Completion;
use super::hours::{InstructorHours, Workload};
use super::money::MoneyFigures;
use super::numbers::{money, one_decimal, percent, whole_percent_said};
use super::reach::{MissedZone, Reach};
use super::tally::{ModuleTally, hours as hours_of, share};
use super::weeks::WeekFigures;
use crate::model::{ActivityKind, ClockTime, Course, Currency};

/// How many modules a warning names before it says "and N more".
const MODULES_NAMED: usize = 3;

/// How many missed time zones [`Warning::LowReach`] names before "and N more".
const ZONES_NAMED: usize = 3;

/// Below this share of learners reached, the live slot earns a warning.
pub const REACH_WARNING_BELOW: f64 = 0.8;

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
    NoLiveCells {
        self_paced_learner_hours: f64,
        /// The plan's own expected completion (the rate without checkpoints).
        expected_completion: f64,
    },
    /// Planned cells exist and every one is live.
    AllLive {
        live_hours_per_cohort: f64,
        live_hours_per_year: f64,
    },
    /// Expected completion is under a third, when some cell is live (with
    /// none, [`Warning::NoLiveCells`] already says so).
    LowCompletion {
        expected_completion: f64,
        completers_per_cohort: f64,
        learners: u32,
    },
    /// The live slot reaches less than [`REACH_WARNING_BELOW`] of the
    /// learners (by their zones' weights) within the reach window of their
    /// own day, on the first session's date.
    LowReach {
        /// `Tue 18:00 Europe/London`.
        slot: String,
        share: f64,
        reach_from: ClockTime,
        reach_to: ClockTime,
        /// Largest weight first.
        missed: Vec<MissedZone>,
        best_time: ClockTime,
        best_share: f64,
    },
    /// A later session of cohort 1 reaches fewer learners than the first
    /// (`reach.min_share` under `reach.share`): one zone changes its clocks
    /// in a week when another does not.
    ReachFalls {
        share: f64,
        lowest_share: f64,
        date: jiff::civil::Date,
        module: ModuleRef,
        /// Reached at the first session, missed at this one; largest first.
        lost: Vec<MissedZone>,
    },
    /// A price is set and each cohort costs more to teach than it brings in.
    NegativeMargin {
        revenue_per_cohort: f64,
        cost_per_cohort: f64,
        currency: Currency,
    },
    /// More than half of the self-paced minutes are video.
    MostlyVideo {
        video_minutes: u64,
        self_paced_minutes: u64,
    },
    /// The longest run of weeks without a live cell, when it is longer than
    /// `checkpoint_every_weeks`. Not given when no cell is live
    /// ([`Warning::NoLiveCells`] already says so).
    SelfPacedStretch {
        first: ModuleRef,
        last: ModuleRef,
        weeks: u32,
        learner_hours: f64,
        checkpoint_every_weeks: u32,
    },
    /// Modules that ask more of a learner's week than `learner_week_limit_hours`.
    LearnerWeekOverLimit {
        /// Each module with its learner hours a week, heaviest first.
        modules: Vec<(ModuleRef, f64)>,
        limit_hours: u32,
    },
    /// Modules whose practice (event 6) is planned with a kind that gives no
    /// feedback, and whose feedback (event 7) is not planned. One warning lists them all.
    PracticeWithoutFeedback { modules: Vec<ModuleRef> },
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
        /// The co-host's hours a cohort (the live hours).
        hours_per_cohort: f64,
        /// What sections of at most `cohost_above` would cost instead, when
        /// that is possible (`cohost_above` is at least 1).
        capped: Option<CappedSections>,
    },
}

impl Warning {
    /// Whether `other` is the same warning, whatever its figures: a plan has
    /// at most one warning of each variant, so the variant is its identity.
    /// Lets a comparison of two plans say a warning changed (its numbers
    /// moved) rather than that one went and another came.
    pub fn same_kind(&self, other: &Warning) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// Live sections capped at the co-host threshold: more sections, no co-host.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CappedSections {
    pub sections: u32,
    pub live_hours_per_cohort: f64,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NothingPlanned => f.write_str(
                "Nothing is planned yet: give a cell some minutes to see what the plan costs.",
            ),
            Warning::NoLiveCells {
                self_paced_learner_hours,
                expected_completion,
            } => write!(
                f,
                "No cell is live, so all {} learner hours are self-paced and expected \
                 completion is {}, the rate without live checkpoints (self-paced courses keep \
                 far fewer learners: 13% against 45% on a fixed schedule, Ihantola et al. \
                 2020); give feedback live (event 7), or add live co-working sessions as \
                 checkpoints.",
                one_decimal(*self_paced_learner_hours),
                percent(*expected_completion)
            ),
            Warning::LowCompletion {
                expected_completion,
                completers_per_cohort,
                learners,
            } => write!(
                f,
                "Expected completion is {}, about {} of {learners} learners a cohort: most \
                 of what you spend goes to learners who leave; add live checkpoints, even \
                 short ones.",
                percent(*expected_completion),
                completers_per_cohort.round()
            ),
            Warning::LowReach {
                slot,
                share,
                reach_from,
                reach_to,
                missed,
                best_time,
                best_share,
            } => {
                // Under 80% always reads under it: 79.6% is not "80%".
                let reached = if whole_percent_said(*share) == "80%" {
                    percent(*share)
                } else {
                    whole_percent_said(*share)
                };
                write!(
                    f,
                    "The live slot, {slot}, reaches {reached} of your learners between \
                     {reach_from} and {reach_to} their time; it misses "
                )?;
                write_zones(f, missed)?;
                if best_share > share {
                    write!(
                        f,
                        ". At {best_time} on the slot's clock it would reach {}",
                        whole_percent_said(*best_share)
                    )?;
                } else {
                    f.write_str(". No other time of day reaches more")?;
                }
                f.write_str(
                    ": run a second live section at another time for those it misses, or \
                     record each session and give them the Replay.",
                )
            }
            Warning::ReachFalls {
                share,
                lowest_share,
                date,
                module,
                lost,
            } => {
                // Two shares that round alike keep a decimal: never "80%, not 80%".
                let (lowest, first) = match whole_percent_said(*lowest_share) {
                    same if same == whole_percent_said(*share) => {
                        (percent(*lowest_share), percent(*share))
                    }
                    lowest => (lowest, whole_percent_said(*share)),
                };
                write!(
                    f,
                    "The live session of {module} on {} reaches {lowest} of your learners, \
                     not {first}: one zone changes its clocks that week and another does not",
                    date.strftime("%a %-d %b %Y"),
                )?;
                if !lost.is_empty() {
                    f.write_str(", so the slot misses ")?;
                    write_zones(f, lost)?;
                }
                f.write_str(
                    ". Move that week's session, or record it and give those learners \
                     the Replay.",
                )
            }
            Warning::NegativeMargin {
                revenue_per_cohort,
                cost_per_cohort,
                currency,
            } => {
                let c = currency.as_str();
                write!(
                    f,
                    "Each cohort loses {}: it brings in {} and costs {} to teach; raise the \
                     price, move marking to peer review or quizzes, or grow the sections.",
                    money(c, cost_per_cohort - revenue_per_cohort),
                    money(c, *revenue_per_cohort),
                    money(c, *cost_per_cohort)
                )
            }
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
            Warning::MostlyVideo {
                video_minutes,
                self_paced_minutes,
            } => write!(
                f,
                "{} of the {} self-paced minutes are video ({}): over-reliance on video alone \
                 leads to a poor learner experience; mix in readings, quizzes, practice and \
                 discussion.",
                video_minutes,
                self_paced_minutes,
                percent(share(*video_minutes, *self_paced_minutes))
            ),
            Warning::SelfPacedStretch {
                first,
                last,
                weeks,
                learner_hours,
                checkpoint_every_weeks,
            } => {
                let span = if first == last {
                    format!("{first}")
                } else {
                    format!("{first} to {last}")
                };
                write!(
                    f,
                    "{weeks} weeks go by with no live checkpoint ({span}, {} learner hours), \
                     more than the {checkpoint_every_weeks} {} you allow: learners tend to put \
                     self-paced work off until a live session holds them accountable; add a \
                     short live session or a live co-working session.",
                    one_decimal(*learner_hours),
                    if *checkpoint_every_weeks == 1 {
                        "week"
                    } else {
                        "weeks"
                    },
                )
            }
            Warning::LearnerWeekOverLimit {
                modules,
                limit_hours,
            } => {
                let named: Vec<ModuleRef> = modules.iter().map(|(m, _)| m.clone()).collect();
                let heaviest = modules.first().map_or(0.0, |(_, h)| *h);
                f.write_str("More than ")?;
                write!(f, "{limit_hours} learner hours a week in ")?;
                write_modules(f, &named)?;
                // 5.02 h reads "5.0" to a tenth: then two decimals, so the
                // number says it is more than the limit.
                let shown = if super::numbers::as_one_decimal(heaviest) <= f64::from(*limit_hours) {
                    format!("{heaviest:.2}")
                } else {
                    one_decimal(heaviest)
                };
                write!(
                    f,
                    ", up to {shown} h a week: learners with jobs fall behind; give the module \
                     more weeks (w) or move some of its work elsewhere."
                )
            }
            Warning::PracticeWithoutFeedback { modules } => {
                f.write_str("Learners practise with no feedback in ")?;
                write_modules(f, modules)?;
                f.write_str(
                    ": the practice is unmarked and no feedback event is planned; give \
                     feedback live (a critique of their work), or make the practice a quiz, \
                     an assignment or a peer review.",
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
                capped,
            } => {
                write!(
                    f,
                    "Live sections of {section_size} learners are past {cohost_above}: plan a \
                     co-host to watch the chat, let late-comers in and answer questions, {} h \
                     a cohort",
                    one_decimal(*hours_per_cohort)
                )?;
                match capped {
                    Some(capped) => write!(
                        f,
                        "; or cap sections at {cohost_above} learners: {} sections, {} h of \
                         live teaching a cohort instead of {} h taught and co-hosted.",
                        capped.sections,
                        one_decimal(capped.live_hours_per_cohort),
                        one_decimal(2.0 * hours_per_cohort),
                    ),
                    None => f.write_str("."),
                }
            }
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

/// `Asia/Tokyo (03:00 there)`, or up to [`ZONES_NAMED`] zones joined with
/// "and", then "and N more".
fn write_zones(f: &mut fmt::Formatter<'_>, zones: &[MissedZone]) -> fmt::Result {
    let named = zones.len().min(ZONES_NAMED);
    for (i, zone) in zones.iter().take(named).enumerate() {
        let separator = match i {
            0 => "",
            _ if i + 1 == named && named == zones.len() => " and ",
            _ => ", ",
        };
        write!(f, "{separator}{} ({} there)", zone.zone, zone.local_time)?;
    }
    if zones.len() > named {
        write!(f, " and {} more", zones.len() - named)?;
    }
    Ok(())
}

/// What the plan is expected to achieve: who finishes, and at what cost.
pub(crate) struct Outcomes<'a> {
    pub completion: &'a Completion,
    pub money: Option<&'a MoneyFigures>,
    pub weeks: &'a WeekFigures,
    /// Who the live slot reaches, when the plan has a schedule with learner zones.
    pub reach: Option<&'a Reach>,
}

/// The warnings a plan earns, in [`Warning`]'s order.
pub(crate) fn warnings(
    course: &Course,
    tallies: &[ModuleTally],
    plan: &Workload,
    hours: &InstructorHours,
    outcomes: &Outcomes,
) -> Vec<Warning> {
    let mut found = Vec::new();
    let a = plan.assumptions();
    let (live_minutes, self_paced_minutes) = (plan.live_minutes(), plan.self_paced_minutes());
    let any_live = live_minutes > 0;
    let any_self_paced = self_paced_minutes > 0;
    if !any_live && !any_self_paced {
        found.push(Warning::NothingPlanned);
    }
    if any_self_paced && !any_live {
        found.push(Warning::NoLiveCells {
            self_paced_learner_hours: hours_of(self_paced_minutes),
            expected_completion: outcomes.completion.expected,
        });
    }
    if any_live && !any_self_paced {
        found.push(Warning::AllLive {
            live_hours_per_cohort: hours.live_hours_per_cohort,
            live_hours_per_year: hours.live_hours_per_cohort * f64::from(a.cohorts_per_year()),
        });
    }
    if any_live && outcomes.completion.expected < 1.0 / 3.0 {
        found.push(Warning::LowCompletion {
            expected_completion: outcomes.completion.expected,
            completers_per_cohort: outcomes.completion.completers_per_cohort,
            learners: a.learners_per_cohort(),
        });
    }
    if let Some(reach) = outcomes.reach
        && reach.share < REACH_WARNING_BELOW
    {
        found.push(Warning::LowReach {
            slot: reach.slot.to_string(),
            share: reach.share,
            reach_from: reach.window.from(),
            reach_to: reach.window.to(),
            missed: reach.missed.clone(),
            best_time: reach.best_time,
            best_share: reach.best_share,
        });
    }
    if let Some((reach, lowest)) = outcomes.reach.and_then(|r| Some((r, r.lowest.as_ref()?))) {
        found.push(Warning::ReachFalls {
            share: reach.share,
            lowest_share: reach.min_share,
            date: lowest.date,
            module: ModuleRef::of(course, lowest.module),
            lost: lowest.lost.clone(),
        });
    }
    let money_figures = outcomes.money.zip(a.money().rates());
    if let Some((figures, rates)) = money_figures
        && rates.has_price()
        && figures.margin_per_cohort < 0.0
    {
        found.push(Warning::NegativeMargin {
            revenue_per_cohort: figures.revenue_per_cohort,
            cost_per_cohort: figures.cost_per_cohort,
            currency: a.money().currency,
        });
    }
    let video_minutes = plan.minutes_of(ActivityKind::Video);
    if 2 * video_minutes > self_paced_minutes {
        found.push(Warning::MostlyVideo {
            video_minutes,
            self_paced_minutes,
        });
    }
    if let Some(stretch) = outcomes.weeks.longest_self_paced_stretch
        && stretch.weeks > a.checkpoint_every_weeks()
        && any_live
    {
        found.push(Warning::SelfPacedStretch {
            first: ModuleRef::of(course, stretch.first),
            last: ModuleRef::of(course, stretch.last),
            weeks: stretch.weeks,
            learner_hours: stretch.learner_hours,
            checkpoint_every_weeks: a.checkpoint_every_weeks(),
        });
    }
    if !outcomes.weeks.over_limit.is_empty() {
        let mut modules: Vec<(ModuleRef, f64)> = outcomes
            .weeks
            .over_limit
            .iter()
            .map(|m| (ModuleRef::of(course, m.index), m.hours_per_week))
            .collect();
        modules.sort_by(|a, b| b.1.total_cmp(&a.1));
        found.push(Warning::LearnerWeekOverLimit {
            modules,
            limit_hours: a.learner_week_limit_hours(),
        });
    }
    let unanswered: Vec<ModuleRef> = tallies
        .iter()
        .enumerate()
        .filter(|(_, t)| t.practice_without_feedback())
        .map(|(index, _)| ModuleRef::of(course, index))
        .collect();
    if !unanswered.is_empty() {
        found.push(Warning::PracticeWithoutFeedback {
            modules: unanswered,
        });
    }
    if any_live && a.learners_per_cohort() > a.live_section_max() {
        found.push(Warning::SectionsMultiplyLiveHours {
            learners: a.learners_per_cohort(),
            live_section_max: a.live_section_max(),
            sections: hours.sections,
            live_hours_per_cohort: hours.live_hours_per_cohort,
        });
    }
    if hours.cohost_needed {
        let capped = (a.cohost_above() > 0).then(|| {
            let sections = a.learners_per_cohort().div_ceil(a.cohost_above());
            CappedSections {
                sections,
                live_hours_per_cohort: live_minutes as f64 * f64::from(sections) / 60.0,
            }
        });
        found.push(Warning::CohostNeeded {
            section_size: hours.section_size,
            cohost_above: a.cohost_above(),
            hours_per_cohort: hours.cohost_hours_per_cohort,
            capped,
        });
    }
    found
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod reach_tests;
