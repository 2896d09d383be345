//! Every figure of `summary` as CSV rows (`export --format csv --figures`):
//! `figure,value,unit,label`, for a spreadsheet that charts or compares plans.
//!
//! - `figure` is the figure's key in `summary --json` (stable for scripts);
//! - `value` is the number `summary --json` gives, unrounded; empty where it
//!   gives null (break-even or payback never reached, cost per completer
//!   when no one is expected to finish);
//! - `unit`: `h` (hours), `share` (0 to 1), `count`, or the plan's currency
//!   text for money (`$`, `CHF`; `money` when the plan sets none);
//! - `label` is the figure's name in `summary` and the Markdown export.
//!
//! Money figures come only when the plan has an instructor rate, and
//! revenue, margin, profit and payback only when it has a price too, as
//! `summary` shows them; reach (`reach.share`...) only with a schedule's
//! learner zones. The rows come in the catalogue's order, then the counts
//! and minutes `summary --json` has besides (sections, tutor groups, planned
//! modules and cells, each learning type's minutes...).

use crate::analysis::{analyze, summary_json};
use crate::model::Course;
use crate::present::catalogue::FigureId;
use crate::present::figures::Unit;

/// The figures of `summary --json` that the panel does not show, with their
/// unit and label.
const OTHER_FIGURES: [(&str, &str, &str); 7] = [
    ("sections", "count", "Live sections per cohort"),
    (
        "section_size",
        "count",
        "Learners in the largest live section",
    ),
    ("tutor_groups", "count", "Tutor groups per cohort"),
    ("cohost_needed", "yes/no", "Co-host needed"),
    (
        "longest_self_paced_stretch_hours",
        "h",
        "Longest self-paced stretch (learner hours)",
    ),
    ("planned_modules", "count", "Planned modules"),
    ("planned_cells", "count", "Planned cells"),
];

/// The header row, in column order.
pub const COLUMNS: [&str; 4] = ["figure", "value", "unit", "label"];

/// The figures of `course` as CSV text: a header, then one row a figure.
pub fn render(course: &Course) -> String {
    let json = summary_json(&analyze(course));
    let money = course.assumptions.money();
    let has_price = money.rates().is_some_and(|rates| rates.has_price());
    let currency = money.currency.as_str().trim();
    let currency = if currency.is_empty() {
        "money"
    } else {
        currency
    };
    let mut writer = ::csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to memory cannot fail, and every row has the header's length.
    let _ = writer.write_record(COLUMNS);
    let mut row = |figure: &str, value: &serde_json::Value, unit: &str, label: &str| {
        let value = match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::Bool(yes) => if *yes { "yes" } else { "no" }.to_owned(),
            other => other.to_string(),
        };
        let unit = super::csv::guarded(super::csv::shown(unit));
        let _ = writer.write_record([figure, &value, &unit, label]);
    };
    for id in FigureId::ALL {
        let (object, figure) = if id.is_money() {
            (&json["money"], id.key().to_owned())
        } else if id.is_reach() {
            (&json["reach"], format!("reach.{}", id.key()))
        } else {
            (&json, id.key().to_owned())
        };
        // Money and reach are null when the plan has none: their figures are left out.
        let Some(value) = object.get(id.key()) else {
            continue;
        };
        if id.needs_price() && !has_price {
            continue;
        }
        // The unit of the JSON's number: aligned cells are a count there
        // (the panel reads them as a share of the planned cells).
        let unit = match (id, id.unit()) {
            (FigureId::AlignedCells, _) => "count",
            (_, Unit::Hours) => "h",
            (_, Unit::Share) => "share",
            (_, Unit::Count) => "count",
            (_, Unit::Money) => currency,
        };
        row(&figure, value, unit, id.label());
    }
    for (key, unit, label) in OTHER_FIGURES {
        row(key, &json[key], unit, label);
    }
    for (learning_type, minutes) in json["learning_type_minutes"]
        .as_object()
        .into_iter()
        .flatten()
    {
        let figure = format!("learning_type_minutes.{learning_type}");
        let label = format!("Learner minutes of {learning_type}");
        row(&figure, minutes, "min", &label);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    // Every field is a &str, so the output is UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::Sample;

    fn rows(csv: &str) -> Vec<Vec<String>> {
        ::csv::Reader::from_reader(csv.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn every_figure_with_its_unrounded_value_unit_and_label() {
        let course = Sample::MasterBaker.course();
        let csv = render(&course);
        assert!(csv.starts_with("figure,value,unit,label\n"));
        let rows = rows(&csv);
        let json = summary_json(&analyze(&course));
        // The sample has a price and learner zones: every figure of the
        // catalogue is there, then the others and six learning types.
        assert_eq!(rows.len(), FigureId::ALL.len() + OTHER_FIGURES.len() + 6);
        let aligned = rows.iter().find(|r| r[0] == "aligned_cells").unwrap();
        assert_eq!(aligned[1..3], ["33", "count"]);
        let reach = rows.iter().find(|r| r[0] == "reach.share").unwrap();
        assert_eq!(reach[1], json["reach"]["share"].to_string());
        let cohost = rows.iter().find(|r| r[0] == "cohost_needed").unwrap();
        assert_eq!(cohost[1], "no");
        let build = &rows[0];
        assert_eq!(build[0], "build_hours");
        assert_eq!(build[1], json["build_hours"].to_string());
        assert_eq!(build[2..], ["h", "Build hours (one-time)"]);
        let cost = rows.iter().find(|r| r[0] == "build_cost").unwrap();
        assert_eq!(cost[1], json["money"]["build_cost"].to_string());
        let share = rows.iter().find(|r| r[0] == "self_paced_share").unwrap();
        assert_eq!(share[2], "share");
    }

    #[test]
    fn no_instructor_rate_no_money_and_never_an_empty_value_for_a_number() {
        let course = Course::with_recommended_modules("Bread", 2).unwrap();
        let rows = rows(&render(&course));
        assert!(rows.iter().all(|r| {
            !FigureId::ALL
                .iter()
                .any(|id| id.is_money() && id.key() == r[0])
        }));
        assert_eq!(
            rows.len(),
            FigureId::ALL
                .iter()
                .filter(|id| !id.is_money() && !id.is_reach())
                .count()
                + OTHER_FIGURES.len()
                + 6
        );
        // Break-even is a number or empty (never reached), nothing else.
        let break_even = rows.iter().find(|r| r[0] == "break_even_cohorts").unwrap();
        assert!(break_even[1].is_empty() || break_even[1].parse::<u32>().is_ok());
    }
}
