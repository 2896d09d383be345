//! The flat summary `coursegrid summary FILE --json` prints: one object, keys
//! named for scripts, hours unrounded, warnings as their sentences.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{
    Completion, InstructorHours, KindHours, LearningTypeMinutes, MoneyFigures, ReachSummary,
    Tradeoffs, WeekFigures,
};

/// The headline figures of [`Tradeoffs`] under stable key names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Every staff-hours figure under its own name: build_hours, sections,
    /// tutor_groups, staff_hours_per_cohort (instructor plus co-host: what
    /// first_year_hours and the rest count)...
    #[serde(flatten)]
    pub hours: InstructorHours,
    pub self_paced_share: f64,
    pub marginal_hours_per_100_learners: f64,
    /// 1 when the plan is already no costlier than all-live; null when it never is.
    pub break_even_cohorts: Option<u32>,
    pub live_checkpoints: usize,
    pub planned_modules: usize,
    pub longest_self_paced_stretch_modules: usize,
    pub longest_self_paced_stretch_hours: f64,
    pub accountability: f64,
    /// expected_completion and expected_completers_per_cohort.
    #[serde(flatten)]
    pub completion: Completion,
    /// Every money figure, or null when no instructor rate is set.
    pub money: Option<MoneyFigures>,
    pub aligned_cells: usize,
    pub planned_cells: usize,
    pub aligned_minutes_share: f64,
    pub live_learner_hours: f64,
    pub self_paced_learner_hours: f64,
    /// course_weeks, learner_hours_per_week_max and staff_hours_per_week_peak.
    #[serde(flatten)]
    pub weeks: WeekFigures,
    pub longest_self_paced_stretch_weeks: u32,
    /// Planned minutes per Laurillard learning type, all six keys.
    pub learning_type_minutes: LearningTypeMinutes,
    /// Every kind with a planned cell, by its plan-file identifier.
    pub by_kind: BTreeMap<&'static str, KindHours>,
    pub warnings: Vec<String>,
    /// share, min_share, slot, best_time and best_share, or null without a
    /// schedule with learner zones or without a live cell.
    pub reach: Option<ReachSummary>,
}

impl From<&Tradeoffs> for Summary {
    fn from(t: &Tradeoffs) -> Summary {
        Summary {
            hours: t.hours,
            self_paced_share: t.scalability.self_paced_share,
            marginal_hours_per_100_learners: t.scalability.marginal_hours_per_100_learners,
            break_even_cohorts: t.scalability.break_even.cohorts(),
            live_checkpoints: t.accountability.live_checkpoints,
            planned_modules: t.accountability.planned_modules,
            longest_self_paced_stretch_modules: t.accountability.longest_stretch_modules(),
            longest_self_paced_stretch_hours: t.accountability.longest_stretch_hours(),
            accountability: t.accountability.share,
            completion: t.completion,
            money: t.money,
            aligned_cells: t.line_of_understanding.aligned_cells,
            planned_cells: t.line_of_understanding.planned_cells,
            aligned_minutes_share: t.line_of_understanding.aligned_minutes_share,
            live_learner_hours: t.learner_time.live_hours,
            self_paced_learner_hours: t.learner_time.self_paced_hours,
            weeks: t.weeks.clone(),
            longest_self_paced_stretch_weeks: t.weeks.longest_stretch_weeks(),
            learning_type_minutes: t.learning_types,
            by_kind: t
                .by_kind
                .iter()
                .map(|k| (k.kind.identifier(), *k))
                .collect(),
            warnings: t.warnings.iter().map(ToString::to_string).collect(),
            reach: t.reach.as_ref().map(ReachSummary::from),
        }
    }
}

/// The summary as a JSON object (what `summary --json` prints).
pub fn summary_json(t: &Tradeoffs) -> serde_json::Value {
    // Serializing plain numbers, booleans and strings cannot fail; Null is never reached.
    serde_json::to_value(Summary::from(t)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::model::{
        ActivityKind, Assumption, Assumptions, Course, GagneEvent, KindField, Mode, Module, Setting,
    };
    use serde_json::Value;

    const NUMBERS: [&str; 16] = [
        "build_hours",
        "staff_hours_per_cohort",
        "aligned_minutes_share",
        "live_hours_per_cohort",
        "support_hours_per_cohort",
        "instructor_hours_per_cohort",
        "cohost_hours_per_cohort",
        "first_year_hours",
        "later_year_hours",
        "hours_per_learner",
        "self_paced_share",
        "marginal_hours_per_100_learners",
        "longest_self_paced_stretch_hours",
        "accountability",
        "live_learner_hours",
        "self_paced_learner_hours",
    ];
    const COUNTS: [&str; 8] = [
        "sections",
        "section_size",
        "tutor_groups",
        "live_checkpoints",
        "planned_modules",
        "longest_self_paced_stretch_modules",
        "aligned_cells",
        "planned_cells",
    ];

    fn object(course: &Course) -> serde_json::Map<String, Value> {
        match summary_json(&analyze(course)) {
            Value::Object(map) => map,
            other => panic!("not an object: {other}"),
        }
    }

    #[test]
    fn every_summary_key_is_present_with_its_json_type() {
        let mut course = Course::with_recommended_modules("Bread", 3).unwrap();
        course.assumptions = Assumptions::default()
            .with(Assumption::LearnersPerCohort, 30.0)
            .unwrap();
        course.modules_mut()[1]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        let json = object(&course);
        for key in NUMBERS {
            assert!(json[key].is_number(), "{key} is {}", json[key]);
        }
        for key in COUNTS {
            assert!(json[key].is_u64(), "{key} is {}", json[key]);
        }
        assert!(json["cohost_needed"].is_boolean());
        assert!(json["break_even_cohorts"].is_u64());
        let warnings = json["warnings"].as_array().unwrap();
        assert!(!warnings.is_empty());
        assert!(warnings.iter().all(Value::is_string));
        let types = json["learning_type_minutes"].as_object().unwrap();
        assert_eq!(types.len(), 6);
        assert!(types.values().all(Value::is_u64));
        // the recommended module: Reading, Video, Quiz, Workshop, Critique, Forum; practice
        // made self-paced in module 2 adds Practice
        let by_kind = json["by_kind"].as_object().unwrap();
        assert!(by_kind.contains_key("Practice"), "{by_kind:?}");
        for entry in by_kind.values() {
            for key in [
                "build_hours",
                "support_hours_per_cohort",
                "live_hours_per_cohort",
            ] {
                assert!(entry[key].is_number(), "{key}");
            }
            assert!(entry["cells"].is_u64() && entry["minutes"].is_u64());
        }
        assert!(json["expected_completion"].is_number());
        assert!(json["expected_completers_per_cohort"].is_number());
        assert!(json["money"].is_null(), "no instructor rate, no money");
        for key in ["course_weeks", "longest_self_paced_stretch_weeks"] {
            assert!(json[key].is_u64(), "{key}");
        }
        for key in ["learner_hours_per_week_max", "staff_hours_per_week_peak"] {
            assert!(json[key].is_number(), "{key}");
        }
        assert!(json["reach"].is_null(), "no schedule, no reach");
        assert_eq!(json.len(), 37, "{:?}", json.keys().collect::<Vec<_>>());
    }

    #[test]
    fn reach_is_an_object_with_the_slot_and_the_best_time() {
        let source = r#"(format: 2, title: "T",
            schedule: (start: "2027-01-11", live: (weekday: Tue, time: "18:00", zone: "Europe/London"),
                learner_zones: {"America/New_York": 40, "Europe/Berlin": 35, "Asia/Tokyo": 25}),
            modules: [(title: "M", cells: { ProvideFeedback: (mode: Live, minutes: 30) })])"#;
        let course = crate::plan_file::parse(source).unwrap();
        let json = object(&course);
        // worked by hand in analysis/reach_tests.rs
        assert_eq!(
            json["reach"],
            serde_json::json!({"share": 0.75, "min_share": 0.75,
                "slot": "Tue 18:00 Europe/London", "best_time": "18:00", "best_share": 0.75})
        );
    }

    #[test]
    fn reach_counts_each_modules_weeks_to_date_its_session() {
        // Worked in analysis/reach_tests.rs: 12:30 London reaches New York (08:30)
        // until Europe changes its clocks on 28 March (07:30 after). The first
        // module's two weeks put the second's session on 30 March.
        let source = r#"(format: 2, title: "T",
            schedule: (start: "2027-03-16", live: (weekday: Tue, time: "12:30", zone: "Europe/London"),
                learner_zones: {"America/New_York": 40, "Europe/London": 60}),
            modules: [
                (title: "A", weeks: 2, cells: { ProvideFeedback: (mode: Live, minutes: 30) }),
                (title: "B", cells: { ProvideFeedback: (mode: Live, minutes: 30) }),
            ])"#;
        let json = object(&crate::plan_file::parse(source).unwrap());
        assert_eq!(
            (&json["reach"]["share"], &json["reach"]["min_share"]),
            (&1.0.into(), &0.6.into())
        );
    }

    #[test]
    fn break_even_is_null_when_the_plan_never_breaks_even() {
        // A tutor-marked assignment with marking so heavy that each cohort costs
        // more than the same hour taught live, and more to build.
        let mut module = Module::new("A");
        *module.cell_mut(GagneEvent::ProvideFeedback) = crate::model::Cell::new(
            ActivityKind::Assignment,
            crate::model::Minutes::new(60).unwrap(),
        );
        let mut course = Course::new("Heavy", Assumptions::default(), vec![module]).unwrap();
        let setting = Setting::Kind(ActivityKind::Assignment, KindField::SupportMinutes);
        course.assumptions.set_value(setting, 600.0).unwrap();
        let setting = Setting::Kind(ActivityKind::Assignment, KindField::BuildHoursPerActivity);
        course.assumptions.set_value(setting, 100.0).unwrap();
        let json = object(&course);
        assert!(json["break_even_cohorts"].is_null());
        assert_eq!(json["planned_cells"], 1);
    }

    #[test]
    fn an_empty_plan_still_gives_numbers_not_nulls() {
        let course = Course::new("Empty", Assumptions::default(), vec![Module::new("A")]).unwrap();
        let json = object(&course);
        for key in NUMBERS {
            assert_eq!(json[key].as_f64(), Some(0.0), "{key}");
        }
        // 24 learners still make sections: ceil(24/20) = 2 of 12
        assert_eq!(
            (&json["sections"], &json["section_size"]),
            (&Value::from(2), &Value::from(12))
        );
        assert_eq!(json["break_even_cohorts"], 1);
        assert_eq!(json["warnings"].as_array().map(Vec::len), Some(1));
    }
}
