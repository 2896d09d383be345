//! The unit tests of `hours.rs`, kept apart so that the code reads on its own.

use super::*;
use crate::model::{Assumption, Module};

fn assumptions(changes: &[(Assumption, f64)]) -> Assumptions {
    changes
        .iter()
        .fold(Assumptions::default(), |a, &(which, value)| {
            a.with(which, value).unwrap()
        })
}

fn workload(a: &Assumptions, cells: &[(ActivityKind, u16)]) -> Workload {
    let mut w = Workload::empty(a);
    for &(kind, minutes) in cells {
        w.add(&Cell::new(kind, Minutes::new(minutes).unwrap()));
    }
    w
}

/// The hours of one 90-minute cell of `kind` for a cohort of `learners` in
/// sections of at most `section_max`.
fn one_cell_for(learners: f64, section_max: f64, kind: ActivityKind) -> InstructorHours {
    let a = assumptions(&[
        (Assumption::LearnersPerCohort, learners),
        (Assumption::LiveSectionMax, section_max),
    ]);
    workload(&a, &[(kind, 90)]).instructor_hours()
}

#[test]
fn a_cohort_past_the_section_max_splits_into_even_sections() {
    let w = |max: f64| Workload::empty(&assumptions(&[(Assumption::LiveSectionMax, max)]));
    // 24 / 20 -> 2 sections of ceil(24/2) = 12
    assert_eq!((w(20.0).sections(24), w(20.0).section_size(24)), (2, 12));
    // 40 / 20 -> exactly 2 sections of 20
    assert_eq!((w(20.0).sections(40), w(20.0).section_size(40)), (2, 20));
    // 41 / 20 -> 3 sections, ceil(41/3) = 14
    assert_eq!((w(20.0).sections(41), w(20.0).section_size(41)), (3, 14));
    // 5 / 20 -> 1 section of 5
    assert_eq!((w(20.0).sections(5), w(20.0).section_size(5)), (1, 5));
    // no learners at all still means one (empty) section
    assert_eq!((w(20.0).sections(0), w(20.0).section_size(0)), (1, 0));
    // tutor groups of 25: 24 -> 1, 26 -> 2, 124 -> 5
    let g = Workload::empty(&Assumptions::default());
    assert_eq!(
        (g.tutor_groups(24), g.tutor_groups(26), g.tutor_groups(124)),
        (1, 2, 5)
    );
}

#[test]
fn each_kind_costs_by_its_own_numbers() {
    // Defaults: n = 24, 2 sections of 12, 1 tutor group of 25.
    let w = workload(
        &Assumptions::default(),
        &[
            (ActivityKind::Video, 30),      // build 0.5 h * 40 = 20
            (ActivityKind::Practice, 90),   // build 1 per activity, whatever its length
            (ActivityKind::Assignment, 30), // build 2; support 0.5 h * 10 min * 24 / 60 = 2
            (ActivityKind::Forum, 60),      // build 1; support 1 h * 120 min * 1 group / 60 = 2
            (ActivityKind::Critique, 60), // build 1 h * 1 = 1; live 1 h * 2 = 2; support 1*5*24/60 = 2
            (ActivityKind::Session, 30),  // build 0.5 * 10 = 5; live 0.5 * 2 = 1
        ],
    );
    assert!((w.build_hours_of(ActivityKind::Practice) - 1.0).abs() < 1e-12);
    // build = 20 + 1 + 2 + 1 + 1 + 5 = 30
    assert!((w.build_hours() - 30.0).abs() < 1e-9);
    // live = (60 + 30) min / 60 * 2 sections = 3
    assert!((w.live_hours_per_cohort(24) - 3.0).abs() < 1e-9);
    // support = 2 + 2 + 2 = 6
    assert!((w.support_hours_per_cohort(24) - 6.0).abs() < 1e-9);
    // sections of 12 are not past 15: staff = instructor = 9
    assert!(!w.cohost_needed(24));
    assert!((w.staff_hours_per_cohort(24) - 9.0).abs() < 1e-9);
    let h = w.instructor_hours();
    // first year 30 + 4 * 9 = 66; later 36; per learner 66 / 96
    assert!((h.first_year_hours - 66.0).abs() < 1e-9);
    assert!((h.later_year_hours - 36.0).abs() < 1e-9);
    assert!((h.hours_per_learner - 66.0 / 96.0).abs() < 1e-12);
    let by_kind = w.by_kind();
    assert_eq!(by_kind.len(), 6);
    let forum = by_kind
        .iter()
        .find(|k| k.kind == ActivityKind::Forum)
        .unwrap();
    assert_eq!((forum.cells, forum.minutes), (1, 60));
    assert!((forum.support_hours_per_cohort - 2.0).abs() < 1e-9);
}

#[test]
fn a_forum_costs_per_group_and_marking_per_learner() {
    // 124 learners: 5 tutor groups; 1 h of forum = 120 min * 5 / 60 = 10 h,
    // 1 h of assignment = 10 min * 124 / 60 = 20.67 h.
    let w = workload(
        &Assumptions::default(),
        &[(ActivityKind::Forum, 60), (ActivityKind::Assignment, 60)],
    );
    assert!((w.support_hours_of(ActivityKind::Forum, 124) - 10.0).abs() < 1e-9);
    assert!((w.support_hours_of(ActivityKind::Assignment, 124) - 1240.0 / 60.0).abs() < 1e-9);
    // a video needs no one, however many watch it
    let video = workload(&Assumptions::default(), &[(ActivityKind::Video, 60)]);
    assert_eq!(video.staff_hours_per_cohort(1_000_000), 0.0);
}

#[test]
fn a_reused_cell_costs_no_build_hours_but_the_same_support() {
    let mut w = Workload::empty(&Assumptions::default());
    let mut cell = Cell::new(ActivityKind::Assignment, Minutes::new(30).unwrap());
    cell.reuse = true;
    w.add(&cell);
    assert_eq!(w.build_hours(), 0.0);
    assert!((w.support_hours_per_cohort(24) - 2.0).abs() < 1e-9);
}

#[test]
fn a_section_past_cohost_above_adds_the_cohost_to_staff_hours() {
    // n = 30, max 40 -> 1 section of 30 > 15: the co-host sits through all live hours.
    let h = one_cell_for(30.0, 40.0, ActivityKind::Workshop);
    // live = 1.5 h * 1 section = 1.5; co-host 1.5; staff 3.0; first year 4.5*3 build + 4*3
    assert!(h.cohost_needed);
    assert!((h.cohost_hours_per_cohort - 1.5).abs() < 1e-9);
    assert!((h.instructor_hours_per_cohort - 1.5).abs() < 1e-9);
    assert!((h.staff_hours_per_cohort - 3.0).abs() < 1e-9);
    // build = 1.5 h * 3 = 4.5; first year = 4.5 + 4 * 3 = 16.5
    assert!((h.first_year_hours - 16.5).abs() < 1e-9);
}

#[test]
fn no_live_cell_needs_no_cohost_however_large_the_cohort() {
    let h = one_cell_for(300.0, 1000.0, ActivityKind::Video);
    assert!(!h.cohost_needed);
    assert_eq!(h.cohost_hours_per_cohort, 0.0);
}

#[test]
fn the_twins_take_each_events_default_kind_and_drop_reuse() {
    let mut module = Module::new("M");
    let mut video = Cell::new(ActivityKind::Video, Minutes::new(30).unwrap());
    video.reuse = true;
    *module.cell_mut(GagneEvent::PresentContent) = video;
    *module.cell_mut(GagneEvent::ElicitPerformance) =
        Cell::new(ActivityKind::Critique, Minutes::new(60).unwrap());
    let course = Course::new("C", Assumptions::default(), vec![module]).unwrap();
    let v = Variants::of(&course);
    // the plan: the reused video builds nothing, the critique 1 h * 1 = 1
    assert!((v.this_plan.build_hours() - 1.0).abs() < 1e-12);
    // all live: the video becomes a Session (0.5 h * 10 = 5), the critique stays
    assert!((v.all_live.build_hours() - 6.0).abs() < 1e-12);
    assert_eq!(v.all_live.live_minutes(), 90);
    // all self-paced: the critique becomes Practice (1 per activity), the video stays reused
    assert!((v.all_self_paced.build_hours() - 1.0).abs() < 1e-12);
    assert_eq!(v.all_self_paced.self_paced_minutes(), 90);
}

#[test]
fn unplanned_cells_cost_nothing() {
    let mut w = Workload::empty(&Assumptions::default());
    w.add(&Cell::unplanned(GagneEvent::ProvideFeedback));
    assert_eq!(w, Workload::empty(&Assumptions::default()));
}
