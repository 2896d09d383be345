//! Writing a plan file: the canonical, pretty RON that `save` writes and
//! `export --format ron` prints.
//!
//! Canonical means one course has exactly one text: events in Gagné's order,
//! every assumption written out, a cell on one line, so that load then save is
//! byte-stable and a change to one cell is a one-line diff.

use std::collections::BTreeMap;

use ron::ser::PrettyConfig;
use serde::{Serialize, Serializer};

use crate::model::{Assumption, Cell, Course, GagneEvent, Mode};

use super::FORMAT_VERSION;

#[derive(Serialize)]
struct PlanOut<'a> {
    format: u32,
    title: &'a str,
    assumptions: AssumptionsOut,
    modules: Vec<ModuleOut<'a>>,
}

#[derive(Serialize)]
struct AssumptionsOut {
    learners_per_cohort: u32,
    cohorts_per_year: u32,
    live_section_max: u32,
    cohost_above: u32,
    live_build_hours_per_hour: f64,
    self_paced_build_hours_per_hour: f64,
    support_minutes_per_learner_hour: f64,
}

#[derive(Serialize)]
struct ModuleOut<'a> {
    title: &'a str,
    cells: BTreeMap<GagneEvent, CellOut<'a>>,
}

#[derive(Serialize)]
struct CellOut<'a> {
    mode: Mode,
    minutes: u16,
    // Written bare (`activity: "Quiz"`), as people write it by hand, not `Some("Quiz")`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    activity: Option<&'a str>,
}

fn bare<S: Serializer>(value: &Option<&str>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(text) => serializer.serialize_str(text),
        None => serializer.serialize_none(),
    }
}

/// The canonical plan file text for `course`.
pub fn to_string(course: &Course) -> String {
    let a = &course.assumptions;
    debug_assert_eq!(
        Assumption::ALL.len(),
        7,
        "AssumptionsOut lists every assumption"
    );
    let plan = PlanOut {
        format: FORMAT_VERSION,
        title: &course.title,
        assumptions: AssumptionsOut {
            learners_per_cohort: a.learners_per_cohort(),
            cohorts_per_year: a.cohorts_per_year(),
            live_section_max: a.live_section_max(),
            cohost_above: a.cohost_above(),
            live_build_hours_per_hour: a.live_build_hours_per_hour(),
            self_paced_build_hours_per_hour: a.self_paced_build_hours_per_hour(),
            support_minutes_per_learner_hour: a.support_minutes_per_learner_hour(),
        },
        modules: course
            .modules()
            .iter()
            .map(|module| ModuleOut {
                title: &module.title,
                cells: module
                    .cells()
                    // A missing event means exactly this default, so leaving it out loses nothing.
                    .filter(|(_, cell)| **cell != Cell::default())
                    .map(|(event, cell)| {
                        let out = CellOut {
                            mode: cell.mode,
                            minutes: cell.minutes.get(),
                            activity: cell.activity.as_deref(),
                        };
                        (event, out)
                    })
                    .collect(),
            })
            .collect(),
    };
    // Depth 4 is a module's cells map: each cell below it stays on one line.
    let config = PrettyConfig::new().depth_limit(4).indentor("    ");
    let mut text = ron::ser::to_string_pretty(&plan, config)
        .expect("a plan is plain data: strings, numbers and enums always serialize");
    text.push('\n');
    // ron escapes apostrophes (`baker\'s`), which RON does not need inside double
    // quotes and people never write. Every apostrophe ron writes is escaped, so
    // each `\'` is exactly such an escape, even after an escaped backslash.
    text.replace("\\'", "'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Minutes, Module};
    use crate::plan_file::parse;

    #[test]
    fn a_cell_is_one_line_and_events_keep_gagne_order() {
        let mut module = Module::new("Sourcing ingredients");
        module.cell_mut(GagneEvent::PresentContent).minutes = Minutes::new(20).unwrap();
        *module.cell_mut(GagneEvent::GainAttention) = Cell {
            mode: Mode::SelfPaced,
            minutes: Minutes::new(5).unwrap(),
            activity: Some("Short humorous video".into()),
        };
        let course = Course::new("Master Baker", Default::default(), vec![module]).unwrap();
        let text = to_string(&course);
        assert_eq!(
            text,
            r#"(
    format: 1,
    title: "Master Baker",
    assumptions: (
        learners_per_cohort: 24,
        cohorts_per_year: 4,
        live_section_max: 20,
        cohost_above: 15,
        live_build_hours_per_hour: 10.0,
        self_paced_build_hours_per_hour: 40.0,
        support_minutes_per_learner_hour: 3.0,
    ),
    modules: [
        (
            title: "Sourcing ingredients",
            cells: {
                GainAttention: (mode: SelfPaced, minutes: 5, activity: "Short humorous video"),
                PresentContent: (mode: SelfPaced, minutes: 20),
            },
        ),
    ],
)
"#
        );
        assert_eq!(parse(&text).unwrap(), course);
    }

    #[test]
    fn apostrophes_are_written_plainly_and_backslashes_survive() {
        let mut course = Course::with_recommended_modules("A baker's \\' dozen", 1).unwrap();
        course.modules_mut()[0].title = "it's\\".into();
        let text = to_string(&course);
        assert!(text.contains(r#"title: "A baker's \\' dozen""#), "{text}");
        assert_eq!(parse(&text).unwrap(), course);
    }
}
