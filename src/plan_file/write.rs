//! Writing a plan file: the canonical, pretty RON that `save` writes and
//! `export --format ron` prints.
//!
//! Canonical means one course has exactly one text: events in Gagné's order,
//! every assumption written out, a cell on one line, so that load then save is
//! byte-stable and a change to one cell is a one-line diff.

use std::collections::BTreeMap;

use ron::ser::PrettyConfig;
use serde::{Serialize, Serializer};

use crate::model::{
    ActivityKind, Assumption, Assumptions, Cell, CompletionField, Course, GagneEvent, KindField,
    Mode, MoneyField,
};

use super::FORMAT_VERSION;
use super::schedule::ScheduleOut;

#[derive(Serialize)]
struct PlanOut<'a> {
    format: u32,
    title: &'a str,
    assumptions: AssumptionsOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    schedule: Option<ScheduleOut<'a>>,
    modules: Vec<ModuleOut<'a>>,
}

/// The assumptions block: every plain assumption under its plan-file key
/// (straight from [`Assumption::ALL`], so a new assumption is written without
/// a change here); the completion rates that differ from their defaults; the
/// money values the plan gives; then only the kind numbers that differ from
/// the table: a plan that keeps the defaults says nothing about them.
struct AssumptionsOut<'a> {
    assumptions: &'a Assumptions,
    kinds: BTreeMap<ActivityKind, KindOut>,
}

impl Serialize for AssumptionsOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let a = self.assumptions;
        let completion = CompletionField::ALL.map(|field| {
            let value = a.completion().get(field);
            (
                field.key(),
                (value != field.default_value()).then_some(value),
            )
        });
        let money = MoneyField::ALL.map(|field| (field.key(), a.money().given(field)));
        let currency = a.money().currency;
        let fields = Assumption::ALL.len() + 9 + usize::from(!self.kinds.is_empty());
        let mut out = serializer.serialize_struct("AssumptionsOut", fields)?;
        for assumption in Assumption::ALL {
            out.serialize_field(assumption.key(), &a.whole(assumption))?;
        }
        for (key, value) in completion {
            optional(&mut out, key, value)?;
        }
        let currency = (!currency.is_empty()).then_some(currency.as_str());
        optional(&mut out, "currency", currency)?;
        for (key, value) in money {
            optional(&mut out, key, value)?;
        }
        if self.kinds.is_empty() {
            out.skip_field("kinds")?;
        } else {
            out.serialize_field("kinds", &self.kinds)?;
        }
        out.end()
    }
}

/// A field written only when it has a value.
fn optional<S: serde::ser::SerializeStruct, V: Serialize>(
    out: &mut S,
    key: &'static str,
    value: Option<V>,
) -> Result<(), S::Error> {
    match value {
        Some(value) => out.serialize_field(key, &value),
        None => out.skip_field(key),
    }
}

#[derive(Serialize)]
struct KindOut {
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    build_hours_per_hour: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    build_hours_per_activity: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    support_minutes: Option<f64>,
}

#[derive(Serialize)]
struct ModuleOut<'a> {
    title: &'a str,
    // One week is the default, left out.
    #[serde(skip_serializing_if = "is_one")]
    weeks: u32,
    cells: BTreeMap<GagneEvent, CellOut<'a>>,
}

#[derive(Serialize)]
struct CellOut<'a> {
    mode: Mode,
    minutes: u16,
    kind: ActivityKind,
    #[serde(skip_serializing_if = "is_false")]
    reuse: bool,
    // Written bare (`activity: "Quiz"`), as people write it by hand, not `Some("Quiz")`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "bare")]
    activity: Option<&'a str>,
}

fn is_false(value: &bool) -> bool {
    !value
}

fn is_one(value: &u32) -> bool {
    *value == 1
}

fn bare<S: Serializer, T: Serialize>(value: &Option<T>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => value.serialize(serializer),
        None => serializer.serialize_none(),
    }
}

/// The kinds whose numbers differ from the table, with just those numbers.
fn changed_kinds(assumptions: &Assumptions) -> BTreeMap<ActivityKind, KindOut> {
    ActivityKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let (held, table) = (assumptions.kind(kind), kind.default_costs());
            let changed = |field: KindField| {
                let value = field.get(held);
                (value != field.get(&table)).then_some(value)
            };
            let out = KindOut {
                build_hours_per_hour: changed(KindField::BuildHoursPerHour),
                build_hours_per_activity: changed(KindField::BuildHoursPerActivity),
                support_minutes: changed(KindField::SupportMinutes),
            };
            let any = out.build_hours_per_hour.is_some()
                || out.build_hours_per_activity.is_some()
                || out.support_minutes.is_some();
            any.then_some((kind, out))
        })
        .collect()
}

/// The canonical plan file text for `course`.
pub fn to_string(course: &Course) -> String {
    let a = &course.assumptions;
    let plan = PlanOut {
        format: FORMAT_VERSION,
        title: &course.title,
        assumptions: AssumptionsOut {
            assumptions: a,
            kinds: changed_kinds(a),
        },
        schedule: course.schedule.as_ref().map(ScheduleOut),
        modules: course
            .modules()
            .iter()
            .map(|module| ModuleOut {
                title: &module.title,
                weeks: module.weeks.get(),
                cells: module
                    .cells()
                    // A missing event means exactly this default, so leaving it out loses nothing.
                    .filter(|(event, cell)| **cell != Cell::unplanned(*event))
                    .map(|(event, cell)| {
                        let out = CellOut {
                            mode: cell.mode(),
                            minutes: cell.minutes.get(),
                            kind: cell.kind,
                            reuse: cell.reuse,
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
    use crate::model::{Minutes, Module, Setting};
    use crate::plan_file::parse;

    #[test]
    fn a_cell_is_one_line_and_events_keep_gagne_order() {
        let mut module = Module::new("Sourcing ingredients");
        module.cell_mut(GagneEvent::PresentContent).minutes = Minutes::new(20).unwrap();
        module.cell_mut(GagneEvent::PresentContent).reuse = true;
        *module.cell_mut(GagneEvent::GainAttention) = Cell {
            kind: ActivityKind::Video,
            minutes: Minutes::new(5).unwrap(),
            reuse: false,
            activity: Some("Short humorous video".into()),
        };
        let mut course = Course::new("Master Baker", Default::default(), vec![module]).unwrap();
        let setting = Setting::Kind(ActivityKind::Assignment, KindField::SupportMinutes);
        course.assumptions.set_value(setting, 12.5).unwrap();
        let text = to_string(&course);
        assert_eq!(
            text,
            r#"(
    format: 2,
    title: "Master Baker",
    assumptions: (
        learners_per_cohort: 24,
        cohorts_per_year: 4,
        live_section_max: 20,
        cohost_above: 15,
        tutor_group_size: 25,
        checkpoint_every_weeks: 2,
        learner_week_limit_hours: 5,
        kinds: {
            Assignment: (
                support_minutes: 12.5,
            ),
        },
    ),
    modules: [
        (
            title: "Sourcing ingredients",
            cells: {
                GainAttention: (mode: SelfPaced, minutes: 5, kind: Video, activity: "Short humorous video"),
                PresentContent: (mode: SelfPaced, minutes: 20, kind: Video, reuse: true),
            },
        ),
    ],
)
"#
        );
        assert_eq!(parse(&text).unwrap(), course);
    }

    #[test]
    fn money_and_changed_completion_are_written_and_read_back() {
        use crate::model::{CompletionField, Currency, MoneyField};
        let mut course = Course::with_recommended_modules("Bread", 1).unwrap();
        let a = &mut course.assumptions;
        a.set_currency(Currency::new("CHF ").unwrap());
        a.set_value(Setting::Money(MoneyField::InstructorRate), 62.5)
            .unwrap();
        a.set_value(Setting::Money(MoneyField::PricePerLearner), 0.0)
            .unwrap();
        a.set_value(
            Setting::Completion(CompletionField::WithoutCheckpoints),
            0.2,
        )
        .unwrap();
        let text = to_string(&course);
        assert!(
            text.contains(
                "        checkpoint_every_weeks: 2,\n        learner_week_limit_hours: 5,\n        \
                 completion_without_checkpoints: 0.2,\n        \
                 currency: \"CHF \",\n        \
                 instructor_rate: 62.5,\n        \
                 price_per_learner: 0.0,\n"
            ),
            "{text}"
        );
        // left out: the completion rate at its default, the rates that follow the instructor's
        for absent in [
            "completion_with_checkpoints",
            "cohost_rate",
            "build_rate",
            "fixed_costs",
        ] {
            assert!(!text.contains(absent), "{absent}");
        }
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
