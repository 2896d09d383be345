//! The warning sentences, pinned word for word, and when each is given.

use super::*;
use crate::analysis::analyze;
use crate::model::{ActivityKind, Assumption, Assumptions, Cell, GagneEvent, Minutes, Module};

fn cell(kind: ActivityKind, minutes: u16) -> Cell {
    Cell::new(kind, Minutes::new(minutes).unwrap())
}

/// A module with a 30-minute reading for content and, when `live`, a
/// 60-minute live workshop for practice.
fn module(title: &str, live: bool) -> Module {
    let mut m = Module::new(title);
    *m.cell_mut(GagneEvent::PresentContent) = cell(ActivityKind::Reading, 30);
    if live {
        *m.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Workshop, 60);
    }
    m
}

/// Defaults with 12 learners: one section, no co-host, no split.
fn small_cohort() -> Assumptions {
    Assumptions::default()
        .with(Assumption::LearnersPerCohort, 12.0)
        .unwrap()
}

fn warnings_of(modules: Vec<Module>, assumptions: Assumptions) -> Vec<Warning> {
    analyze(&Course::new("C", assumptions, modules).unwrap()).warnings
}

#[test]
fn a_large_section_warns_of_the_cohost_and_prices_smaller_sections() {
    // n = 30, max 40: 1 section of 30 > 15; live 1 h -> co-host 1.0 h a cohort.
    // Sections of at most 15: ceil(30/15) = 2, 1 h * 2 = 2.0 h taught instead of
    // 1.0 taught + 1.0 co-hosted.
    let a = Assumptions::default()
        .with(Assumption::LearnersPerCohort, 30.0)
        .and_then(|a| a.with(Assumption::LiveSectionMax, 40.0))
        .unwrap();
    let w = warnings_of(vec![module("A", true)], a);
    assert_eq!(
        w,
        vec![Warning::CohostNeeded {
            section_size: 30,
            cohost_above: 15,
            hours_per_cohort: 1.0,
            capped: Some(CappedSections {
                sections: 2,
                live_hours_per_cohort: 2.0
            }),
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "Live sections of 30 learners are past 15: plan a co-host to watch the chat, \
         let late-comers in and answer questions, 1.0 h a cohort; or cap sections at 15 \
         learners: 2 sections, 2.0 h of live teaching a cohort instead of 2.0 h taught and \
         co-hosted."
    );
    // a co-host above 0 learners cannot be avoided by smaller sections
    let a = a.with(Assumption::CohostAbove, 0.0).unwrap();
    let w = warnings_of(vec![module("A", true)], a);
    assert!(w[0].to_string().ends_with("1.0 h a cohort."), "{}", w[0]);
}

#[test]
fn a_cohort_past_the_section_max_warns_that_sections_multiply_live_hours() {
    // defaults n = 24 > 20: 2 sections; live 1 h * 2 = 2.0 h
    let w = warnings_of(vec![module("A", true)], Assumptions::default());
    assert_eq!(
        w[0].to_string(),
        "A cohort of 24 learners is larger than the largest live section of 20: every live \
         session runs 2 times, 2.0 h of live teaching a cohort; keep live time for events \
         5-7 and move the rest to self-paced."
    );
    // without a live cell the section size does not matter
    let w = warnings_of(vec![module("A", false)], Assumptions::default());
    assert!(
        !w.iter()
            .any(|w| matches!(w, Warning::SectionsMultiplyLiveHours { .. }))
    );
}

#[test]
fn a_stretch_longer_than_the_checkpoint_interval_warns() {
    // live | sp 30 | (empty) | sp 30 | sp 30 | live -> 3 modules, 1.5 h, modules 2 to 5
    let modules = vec![
        module("Intro", true),
        module("Sourcing", false),
        Module::new("Break"),
        module("Flour", false),
        module("Water", false),
        module("Baking", true),
    ];
    // (2 of 5 planned modules have a checkpoint: expected completion is low too)
    let stretch = |w: Vec<Warning>| {
        w.into_iter()
            .filter(|w| matches!(w, Warning::SelfPacedStretch { .. }))
            .collect::<Vec<_>>()
    };
    let w = stretch(warnings_of(modules.clone(), small_cohort()));
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        w[0].to_string(),
        "4 weeks go by with no live checkpoint (module 2 \"Sourcing\" to module 5 \
         \"Water\", 1.5 learner hours), more than the 2 weeks you allow: learners tend to put \
         self-paced work off until a live session holds them accountable; add a short live \
         session or a live co-working session."
    );
    // the empty module in the run is a week too: allowed 4 weeks, the 4 are fine
    let relaxed = small_cohort()
        .with(Assumption::CheckpointEveryWeeks, 4.0)
        .unwrap();
    assert!(stretch(warnings_of(modules, relaxed)).is_empty());
    // two modules between live ones are within the default two weeks
    let w = stretch(warnings_of(
        vec![
            module("A", true),
            module("B", false),
            module("C", false),
            module("D", true),
        ],
        small_cohort(),
    ));
    assert!(w.is_empty(), "{w:?}");
}

#[test]
fn no_live_cell_warns_of_completion_and_not_of_a_stretch() {
    // 3 modules of 30 self-paced minutes: 1.5 h
    let modules = vec![module("A", false), module("B", false), module("C", false)];
    let w = warnings_of(modules, small_cohort());
    assert_eq!(
        w,
        vec![Warning::NoLiveCells {
            self_paced_learner_hours: 1.5,
            expected_completion: 0.13,
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "No cell is live, so all 1.5 learner hours are self-paced and expected completion is \
         13.0%, the rate without live checkpoints (self-paced courses keep far fewer learners: \
         13% against 45% on a fixed schedule, Ihantola et al. 2020); give feedback live \
         (event 7), or add live co-working sessions as checkpoints."
    );
}

#[test]
fn every_planned_cell_live_warns_of_the_calendar() {
    // 2 modules of 60 live minutes, 1 section, 4 cohorts: 2.0 h a cohort, 8.0 a year
    let mut a = Module::new("A");
    *a.cell_mut(GagneEvent::ProvideGuidance) = cell(ActivityKind::Workshop, 60);
    let modules = vec![a.clone(), a];
    let w = warnings_of(modules, small_cohort());
    assert_eq!(
        w[0].to_string(),
        "Every planned cell is live, 2.0 h of live teaching a cohort (8.0 h a year): the \
         course cannot scale past your calendar; move attention, objectives, recall and \
         content (events 1-4) and assessment and transfer (events 8-9) to self-paced."
    );
}

#[test]
fn more_than_half_the_self_paced_minutes_as_video_warns() {
    let mut m = module("A", true);
    *m.cell_mut(GagneEvent::GainAttention) = cell(ActivityKind::Video, 30);
    // 30 of 60 self-paced minutes: exactly half is not more than half
    assert!(warnings_of(vec![m.clone()], small_cohort()).is_empty());
    *m.cell_mut(GagneEvent::GainAttention) = cell(ActivityKind::Video, 35);
    let w = warnings_of(vec![m], small_cohort());
    assert_eq!(
        w,
        vec![Warning::MostlyVideo {
            video_minutes: 35,
            self_paced_minutes: 65
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "35 of the 65 self-paced minutes are video (53.8%): over-reliance on video alone \
         leads to a poor learner experience; mix in readings, quizzes, practice and \
         discussion."
    );
}

#[test]
fn practice_without_feedback_warns_once_for_all_such_modules() {
    let mut alone = Module::new("Practice alone");
    *alone.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Practice, 20);
    // an unplanned feedback cell does not count
    *alone.cell_mut(GagneEvent::ProvideFeedback) = cell(ActivityKind::Critique, 0);
    // practice at home with feedback in the module: the article's own design
    let mut flipped = alone.clone();
    flipped.title = "Flipped".into();
    *flipped.cell_mut(GagneEvent::ProvideFeedback) = cell(ActivityKind::Critique, 20);
    // a quiz gives its own feedback
    let mut quizzed = Module::new("Quizzed");
    *quizzed.cell_mut(GagneEvent::ElicitPerformance) = cell(ActivityKind::Quiz, 20);
    let w = warnings_of(vec![alone.clone(), flipped, quizzed, alone], small_cohort());
    let expected = Warning::PracticeWithoutFeedback {
        modules: vec![
            ModuleRef {
                index: 0,
                title: "Practice alone".into(),
            },
            ModuleRef {
                index: 3,
                title: "Practice alone".into(),
            },
        ],
    };
    assert!(w.contains(&expected), "{w:?}");
    assert_eq!(
        expected.to_string(),
        "Learners practise with no feedback in 2 modules (module 1 \"Practice alone\" and \
         module 4 \"Practice alone\"): the practice is unmarked and no feedback event is \
         planned; give feedback live (a critique of their work), or make the practice a \
         quiz, an assignment or a peer review."
    );
}

#[test]
fn many_modules_are_named_up_to_three_then_counted() {
    let modules = (0..5)
        .map(|index| ModuleRef {
            index,
            title: format!("M{}", index + 1),
        })
        .collect();
    let sentence = Warning::PracticeWithoutFeedback { modules }.to_string();
    assert!(
        sentence.contains(
            "in 5 modules (module 1 \"M1\", module 2 \"M2\", module 3 \"M3\" and 2 more):"
        ),
        "{sentence}"
    );
    let one = vec![ModuleRef {
        index: 6,
        title: "Seven".into(),
    }];
    let sentence = Warning::PracticeWithoutFeedback { modules: one }.to_string();
    assert!(
        sentence.contains("no feedback in module 7 \"Seven\": the"),
        "{sentence}"
    );
}

#[test]
fn nothing_planned_says_so() {
    let w = warnings_of(vec![Module::new("A")], Assumptions::default());
    assert_eq!(w, vec![Warning::NothingPlanned]);
    assert_eq!(
        w[0].to_string(),
        "Nothing is planned yet: give a cell some minutes to see what the plan costs."
    );
}

#[test]
fn a_week_just_over_the_limit_reads_over_it() {
    // 301 minutes in one week: 5.0167 h, "5.0" to a tenth, over the 5 h allowed
    let mut module = Module::new("Heavy");
    *module.cell_mut(GagneEvent::PresentContent) = Cell::new(
        ActivityKind::Video,
        crate::model::Minutes::new(300).unwrap(),
    );
    *module.cell_mut(GagneEvent::GainAttention) =
        Cell::new(ActivityKind::Video, crate::model::Minutes::new(1).unwrap());
    let w = warnings_of(vec![module], small_cohort());
    let week = w
        .iter()
        .find(|w| matches!(w, Warning::LearnerWeekOverLimit { .. }))
        .unwrap();
    assert!(week.to_string().contains("up to 5.02 h a week"), "{week}");
}
