//! The flat summary `coursegrid summary FILE --json` prints: one object, keys
//! named for scripts, hours unrounded, warnings as their sentences.

use serde::Serialize;

use super::Tradeoffs;

/// The headline figures of [`Tradeoffs`] under stable key names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub build_hours: f64,
    pub live_hours_per_cohort: f64,
    pub support_hours_per_cohort: f64,
    pub instructor_hours_per_cohort: f64,
    pub cohost_needed: bool,
    pub cohost_hours_per_cohort: f64,
    pub sections: u32,
    pub section_size: u32,
    pub first_year_hours: f64,
    pub later_year_hours: f64,
    pub hours_per_learner: f64,
    pub self_paced_share: f64,
    pub marginal_hours_per_100_learners: f64,
    /// 1 when the plan is already no costlier than all-live; null when it never is.
    pub break_even_cohorts: Option<u32>,
    pub live_checkpoints: usize,
    pub planned_modules: usize,
    pub longest_self_paced_stretch_modules: usize,
    pub longest_self_paced_stretch_hours: f64,
    pub accountability: f64,
    pub aligned_cells: usize,
    pub planned_cells: usize,
    pub live_learner_hours: f64,
    pub self_paced_learner_hours: f64,
    pub warnings: Vec<String>,
}

impl From<&Tradeoffs> for Summary {
    fn from(t: &Tradeoffs) -> Summary {
        let h = &t.hours;
        Summary {
            build_hours: h.build_hours,
            live_hours_per_cohort: h.live_hours_per_cohort,
            support_hours_per_cohort: h.support_hours_per_cohort,
            instructor_hours_per_cohort: h.instructor_hours_per_cohort,
            cohost_needed: h.cohost_needed,
            cohost_hours_per_cohort: h.cohost_hours_per_cohort,
            sections: h.sections,
            section_size: h.section_size,
            first_year_hours: h.first_year_hours,
            later_year_hours: h.later_year_hours,
            hours_per_learner: h.hours_per_learner,
            self_paced_share: t.scalability.self_paced_share,
            marginal_hours_per_100_learners: t.scalability.marginal_hours_per_100_learners,
            break_even_cohorts: t.scalability.break_even.cohorts(),
            live_checkpoints: t.accountability.live_checkpoints,
            planned_modules: t.accountability.planned_modules,
            longest_self_paced_stretch_modules: t.accountability.longest_stretch_modules(),
            longest_self_paced_stretch_hours: t.accountability.longest_stretch_hours(),
            accountability: t.accountability.share,
            aligned_cells: t.line_of_understanding.aligned_cells,
            planned_cells: t.line_of_understanding.planned_cells,
            live_learner_hours: t.learner_time.live_hours,
            self_paced_learner_hours: t.learner_time.self_paced_hours,
            warnings: t.warnings.iter().map(ToString::to_string).collect(),
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
    use crate::model::{Assumption, Assumptions, Course, GagneEvent, Mode, Module};
    use serde_json::Value;

    const NUMBERS: [&str; 14] = [
        "build_hours",
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
    const COUNTS: [&str; 7] = [
        "sections",
        "section_size",
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
            .mode = Mode::SelfPaced;
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
        assert_eq!(json.len(), 24, "{:?}", json.keys().collect::<Vec<_>>());
    }

    #[test]
    fn break_even_is_null_when_the_plan_never_breaks_even() {
        // All self-paced, with support so heavy each cohort costs more than teaching live.
        let mut course =
            Course::new("Heavy", Assumptions::default(), vec![Module::new("A")]).unwrap();
        course.modules_mut()[0]
            .cell_mut(GagneEvent::PresentContent)
            .minutes = crate::model::Minutes::new(60).unwrap();
        course.assumptions = Assumptions::default()
            .with(Assumption::SupportMinutesPerLearnerHour, 600.0)
            .unwrap();
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
