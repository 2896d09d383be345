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
//! `summary` shows them. The rows come in the catalogue's order.

use crate::analysis::{analyze, summary_json};
use crate::model::Course;
use crate::present::catalogue::FigureId;
use crate::present::figures::Unit;

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
    for id in FigureId::ALL {
        let object = if id.is_money() { &json["money"] } else { &json };
        // Money is null without an instructor rate: its figures are left out.
        let Some(value) = object.get(id.key()) else {
            continue;
        };
        if id.needs_price() && !has_price {
            continue;
        }
        let value = if value.is_null() {
            String::new()
        } else {
            value.to_string()
        };
        let unit = match id.unit() {
            Unit::Hours => "h",
            Unit::Share => "share",
            Unit::Count => "count",
            Unit::Money => currency,
        };
        let unit = super::csv::guarded(super::csv::shown(unit));
        let _ = writer.write_record([id.key(), &value, &unit, id.label()]);
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
        // The sample has a price: every figure of the catalogue is there.
        assert_eq!(rows.len(), FigureId::ALL.len());
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
            FigureId::ALL.iter().filter(|id| !id.is_money()).count()
        );
        // Break-even is a number or empty (never reached), nothing else.
        let break_even = rows.iter().find(|r| r[0] == "break_even_cohorts").unwrap();
        assert!(break_even[1].is_empty() || break_even[1].parse::<u32>().is_ok());
    }
}
