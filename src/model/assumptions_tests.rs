//! The unit tests of `assumptions.rs`, kept apart so that the code reads on its own.

use super::*;

#[test]
fn defaults_are_the_documented_ones() {
    let a = Assumptions::default();
    assert_eq!(a.learners_per_cohort(), 24);
    assert_eq!(a.cohorts_per_year(), 4);
    assert_eq!(a.live_section_max(), 20);
    assert_eq!(a.cohost_above(), 15);
    assert_eq!(a.tutor_group_size(), 25);
    assert_eq!(a.checkpoint_every_weeks(), 2);
    assert_eq!(a.kind(ActivityKind::Video).build_hours_per_hour, 40.0);
    assert_eq!(a.kind(ActivityKind::Forum).support_minutes, 120.0);
    assert_eq!(BuildPreset::matching(&a), Some(BuildPreset::Academic));
}

#[test]
fn out_of_range_values_are_refused_and_leave_the_old_value() {
    let mut a = Assumptions::default();
    let err = a.set(Assumption::LearnersPerCohort, 0.0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "learners_per_cohort must be at least 1, found 0"
    );
    assert_eq!(a.learners_per_cohort(), 24);
    let err = a.set(Assumption::LiveSectionMax, 2.5).unwrap_err();
    assert_eq!(
        err.to_string(),
        "live_section_max must be a whole number, found 2.5"
    );
    let video = Setting::Kind(ActivityKind::Video, KindField::BuildHoursPerHour);
    let err = a.set_value(video, f64::NAN).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Video build_hours_per_hour must be a finite number, found NaN"
    );
    let support = Setting::Kind(ActivityKind::Assignment, KindField::SupportMinutes);
    assert!(a.set_value(support, -1.0).is_err());
    assert!(a.set_value(support, 601.0).is_err());
    assert!(a.set(Assumption::CohortsPerYear, 1e12).is_err());
    assert!(a.set(Assumption::TutorGroupSize, 0.0).is_err());
    assert!(a.set(Assumption::CheckpointEveryWeeks, 1001.0).is_err());
    assert_eq!(a, Assumptions::default());
}

#[test]
fn support_minutes_exist_only_for_supported_kinds() {
    let settings: Vec<Setting> = Setting::all().collect();
    // 7 plain, 13 kinds x 2 build numbers, 5 kinds with support, 2 completion rates, 5 money
    assert_eq!(settings.len(), 7 + 26 + 5 + 2 + 5);
    let mut a = Assumptions::default();
    let video_support = Setting::Kind(ActivityKind::Video, KindField::SupportMinutes);
    assert!(!settings.contains(&video_support));
    assert!(a.set_value(video_support, 3.0).is_err());
    assert!(a.set_value(video_support, 0.0).is_ok());
}

#[test]
fn cohost_above_may_be_zero() {
    let a = Assumptions::default()
        .with(Assumption::CohostAbove, 0.0)
        .unwrap();
    assert_eq!(a.cohost_above(), 0);
}

#[test]
fn presets_set_session_video_and_quiz() {
    let mut a = Assumptions::default();
    BuildPreset::Corporate.apply(&mut a);
    assert_eq!(a.kind(ActivityKind::Session).build_hours_per_hour, 43.0);
    assert_eq!(a.kind(ActivityKind::Video).build_hours_per_hour, 79.0);
    assert_eq!(a.kind(ActivityKind::Quiz).build_hours_per_hour, 79.0);
    assert_eq!(BuildPreset::matching(&a), Some(BuildPreset::Corporate));
    // a Quiz changed on its own is no preset any more
    let quiz = Setting::Kind(ActivityKind::Quiz, KindField::BuildHoursPerHour);
    a.set_value(quiz, 30.0).unwrap();
    assert_eq!(BuildPreset::matching(&a), None);
}

#[test]
fn each_assumption_has_its_own_slot() {
    // `Assumptions` stores the plain numbers by `assumption as usize`: the
    // order of `Assumption::ALL` must be the enum's order.
    for (index, assumption) in Assumption::ALL.into_iter().enumerate() {
        assert_eq!(assumption as usize, index);
    }
    let mut assumptions = Assumptions::default();
    for (step, assumption) in Assumption::ALL.into_iter().enumerate() {
        let value = assumption.range().0 + step as f64;
        assumptions.set(assumption, value).unwrap();
    }
    for (step, assumption) in Assumption::ALL.into_iter().enumerate() {
        assert_eq!(
            assumptions.get(assumption),
            assumption.range().0 + step as f64
        );
    }
    assert_eq!(
        assumptions.learners_per_cohort() as f64,
        assumptions.get(Assumption::LearnersPerCohort)
    );
    assert_eq!(
        assumptions.checkpoint_every_weeks() as f64,
        assumptions.get(Assumption::CheckpointEveryWeeks)
    );
}
