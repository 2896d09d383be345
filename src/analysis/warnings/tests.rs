//! The warning sentences, pinned word for word, and when each is given.

use super::*;
use crate::analysis::analyze;
use crate::model::{Assumption, Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

fn cell(mode: Mode, minutes: u16) -> Cell {
    Cell::new(mode, Minutes::new(minutes).unwrap())
}

/// A module with content self-paced and, when `live`, practice live.
fn module(title: &str, live: bool) -> Module {
    let mut m = Module::new(title);
    *m.cell_mut(GagneEvent::PresentContent) = cell(Mode::SelfPaced, 30);
    if live {
        *m.cell_mut(GagneEvent::ElicitPerformance) = cell(Mode::Live, 60);
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
fn a_large_section_warns_of_the_cohost_hours() {
    // n = 30, max 40: 1 section of 30 > 15; live 1 h -> co-host 1.0 h a cohort
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
            hours_per_cohort: 1.0
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "Live sections of 30 learners are past 15: plan a co-host to watch the chat, \
         let late-comers in and answer questions, 1.0 h a cohort, or make the sections smaller."
    );
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
fn two_or_more_planned_modules_without_live_warn_of_the_longest_stretch() {
    // live | sp 30 | (empty) | sp 30 | sp 30 | live -> 3 modules, 1.5 h, modules 2 to 5
    let modules = vec![
        module("Intro", true),
        module("Sourcing", false),
        Module::new("Break"),
        module("Flour", false),
        module("Water", false),
        module("Baking", true),
    ];
    let w = warnings_of(modules, small_cohort());
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        w[0].to_string(),
        "3 modules in a row have no live checkpoint (module 2 \"Sourcing\" to module 5 \
         \"Water\", 1.5 learner hours): learners tend to put self-paced work off until a \
         live session holds them accountable; add a short live session or a live \
         co-working session."
    );
    // a single module between live ones is not a stretch worth a warning
    let w = warnings_of(
        vec![module("A", true), module("B", false), module("C", true)],
        small_cohort(),
    );
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
            self_paced_learner_hours: 1.5
        }]
    );
    assert_eq!(
        w[0].to_string(),
        "No cell is live, so all 1.5 learner hours are self-paced: completion of self-paced \
         courses runs far lower (the MOOC median is 12.6%, Jordan 2015); make guidance, \
         practice or feedback (events 5-7) live, or add live co-working sessions."
    );
}

#[test]
fn every_planned_cell_live_warns_of_the_calendar() {
    // 2 modules of 60 live minutes, 1 section, 4 cohorts: 2.0 h a cohort, 8.0 a year
    let mut a = Module::new("A");
    *a.cell_mut(GagneEvent::ProvideGuidance) = cell(Mode::Live, 60);
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
fn planned_events_five_to_seven_all_self_paced_warn_once_for_all_such_modules() {
    let mut practice = Module::new("Practice alone");
    *practice.cell_mut(GagneEvent::ProvideGuidance) = cell(Mode::SelfPaced, 20);
    // an unplanned live cell does not count as a live event
    *practice.cell_mut(GagneEvent::ProvideFeedback) = cell(Mode::Live, 0);
    let mut mixed = practice.clone();
    mixed.title = "Mixed".into();
    *mixed.cell_mut(GagneEvent::ElicitPerformance) = cell(Mode::Live, 20);
    // no event 5-7 planned: nothing to warn about
    let content_only = module("Content only", false);
    let w = warnings_of(
        vec![practice.clone(), mixed, content_only, practice],
        small_cohort(),
    );
    let expected = Warning::SelfPacedPractice {
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
        "Guidance, practice and feedback (events 5-7) are all self-paced in 2 modules \
         (module 1 \"Practice alone\" and module 4 \"Practice alone\"): live, the instructor \
         sees who is lost and corrects course; make one of them live, or build guided \
         practice and feedback into the materials."
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
    let sentence = Warning::SelfPacedPractice { modules }.to_string();
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
    let sentence = Warning::SelfPacedPractice { modules: one }.to_string();
    assert!(
        sentence.contains("self-paced in module 7 \"Seven\": live"),
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
