//! The Mermaid charts GitHub and GitLab draw: cumulative staff hours
//! against cohorts taught, learner time live against self-paced, and the
//! learning-type profile.
//!
//! No user text goes into a chart: titles and labels are fixed, and numbers
//! are plain decimals, so nothing needs escaping in Mermaid's own syntax.
//! The line chart sets its lines' colours with a theme-variables header and
//! names them in a sentence above it (Mermaid's line charts draw no legend);
//! its y axis ends at a round number, counted in thousands or millions of
//! hours when the hours are that many. A plan with nothing planned gets a
//! sentence instead of a chart of zeros.

use std::fmt::Write;

use crate::analysis::{CostLine, Tradeoffs};
use crate::model::{Course, Mode};
use crate::present::ticks::Ticks;

use crate::analysis::numbers::{chart_number, duration, one_decimal};

/// The chart runs from no cohort taught (the build alone) to this many.
const COHORTS: u32 = 8;

/// About as many steps as Mermaid ticks a y axis with.
const AXIS_STEPS: u32 = 10;

pub(super) fn charts(out: &mut String, course: &Course, t: &Tradeoffs) {
    let _ = writeln!(out, "## Charts\n");
    cost_chart(out, t);
    learner_time_chart(out, course);
    learning_type_chart(out, t);
}

/// The learning-type profile: planned minutes per Laurillard type, as a pie.
fn learning_type_chart(out: &mut String, t: &Tradeoffs) {
    let _ = writeln!(
        out,
        "### Learning types
"
    );
    let total: u64 = t.learning_types.iter().map(|(_, m)| m).sum();
    if total == 0 {
        let _ = writeln!(
            out,
            "Nothing is planned yet, so there is no learning-type profile.\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "Planned learner minutes by Laurillard's six learning types, from each cell's activity \
         kind: {}.\n",
        t.learning_types
            .iter()
            .map(|(kind, minutes)| format!("{} {}", kind.key(), duration(minutes)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        out,
        "```mermaid\npie title Learner minutes by learning type"
    );
    for (kind, minutes) in t.learning_types.iter() {
        if minutes > 0 {
            let _ = writeln!(out, "    \"{}\" : {minutes}", kind.key());
        }
    }
    let _ = writeln!(out, "```\n");
}

/// One line of the staff-hours chart: its name in the legend and the table,
/// and its colour in words and as Mermaid draws it.
struct Line {
    name: &'static str,
    colour: &'static str,
    hex: &'static str,
}

/// The lines in the order Mermaid draws them, each with its colour:
/// this plan in a strong vermillion, the two comparisons in blue and teal
/// (from Okabe and Ito's and Paul Tol's palettes, told apart with colour
/// blindness). Each stands out at least 3:1 against white and against
/// GitHub's dark background, as WCAG asks of the parts of a graphic.
const LINES: [Line; 3] = [
    Line {
        name: "This plan",
        colour: "vermillion (orange-red)",
        hex: "#D55E00",
    },
    Line {
        name: "All live",
        colour: "blue",
        hex: "#0077BB",
    },
    Line {
        name: "All self-paced",
        colour: "teal (blue-green)",
        hex: "#009988",
    },
];

/// Mermaid's theme variables for the lines' colours, in [`LINES`]' order.
/// Only the palette changes, so GitHub's light and dark themes keep the
/// rest of the chart readable.
fn palette_header() -> String {
    let palette: Vec<&str> = LINES.iter().map(|line| line.hex).collect();
    format!(
        "%%{{init: {{\"themeVariables\": {{\"xyChart\": {{\"plotColorPalette\": \"{}\"}}}}}}}}%%",
        palette.join(", ")
    )
}

/// The legend Mermaid's line charts lack, as a sentence.
fn legend() -> String {
    let lines: Vec<String> = LINES
        .iter()
        .map(|line| format!("{} in {}", line.name.to_lowercase(), line.colour))
        .collect();
    format!("Lines: {}.", lines.join(", "))
}

/// A unit that keeps the y axis's numbers short: hours up to 9,999, then
/// thousands, millions and so on, as (divisor, the axis's title).
fn hours_unit(top: f64) -> (f64, &'static str) {
    const UNITS: [(f64, &str); 5] = [
        (1.0, "Staff hours"),
        (1e3, "Staff hours (thousands)"),
        (1e6, "Staff hours (millions)"),
        (1e9, "Staff hours (billions)"),
        (1e12, "Staff hours (trillions)"),
    ];
    UNITS
        .into_iter()
        .take_while(|(divisor, _)| *divisor == 1.0 || top / divisor >= 10.0)
        .last()
        .unwrap_or(UNITS[0])
}

fn cost_chart(out: &mut String, t: &Tradeoffs) {
    let lines = t.cost_lines();
    let named = [lines.this_plan, lines.all_live, lines.all_self_paced];
    let _ = writeln!(out, "### Staff hours over cohorts\n");
    if t.line_of_understanding.planned_cells == 0 {
        let _ = writeln!(
            out,
            "Nothing is planned yet, so there are no staff hours to chart.\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "Cumulative staff hours (the build, then teaching, support and any co-host) after 0 to \
         {COHORTS} cohorts, for this plan and for the same learner minutes taught all live or all \
         self-paced (each moved cell taking its event's usual kind). The table below the chart \
         gives the same figures.\n"
    );
    let highest = named
        .iter()
        .flat_map(|line| [line.at(0), line.at(COHORTS)])
        .fold(0.0, f64::max);
    let (unit, axis) = hours_unit(Ticks::covering(highest, AXIS_STEPS).top());
    let _ = writeln!(out, "{}\n", legend());
    let _ = writeln!(out, "```mermaid\n{}\nxychart-beta", palette_header());
    let _ = writeln!(out, "    title \"Cumulative staff hours\"");
    let cohorts: Vec<String> = (0..=COHORTS).map(|c| format!("\"{c}\"")).collect();
    let _ = writeln!(
        out,
        "    x-axis \"Cohorts taught\" [{}]",
        cohorts.join(", ")
    );
    let top = axis_top(highest / unit);
    let _ = writeln!(out, "    y-axis \"{axis}\" 0 --> {top}");
    for line in &named {
        let _ = writeln!(out, "    line [{}]", points(line, unit).join(", "));
    }
    let _ = writeln!(out, "```\n");

    let header: Vec<String> = (0..=COHORTS).map(|c| c.to_string()).collect();
    let _ = writeln!(out, "| Cohorts taught | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(header.len()));
    for (line, cost) in LINES.iter().zip(&named) {
        let hours: Vec<String> = (0..=COHORTS).map(|c| one_decimal(cost.at(c))).collect();
        let _ = writeln!(out, "| {} | {} |", line.name, hours.join(" | "));
    }
    out.push('\n');
}

/// The line's points in `unit`s of hours, to one decimal.
fn points(line: &CostLine, unit: f64) -> Vec<String> {
    (0..=COHORTS)
        .map(|c| chart_number(line.at(c) / unit))
        .collect()
}

/// A round top for the y axis at or above `max`: the last of at most ten
/// steps of 1, 2 or 5 times a power of ten, as the editor's charts tick
/// ([`Ticks`]): 776.5 -> 800, 650.9 -> 700, 12.3 -> 14. Mermaid ticks the
/// axis itself, about ten round steps up to a top like this.
fn axis_top(max: f64) -> String {
    let ticks = Ticks::covering(max, AXIS_STEPS);
    ticks.label(ticks.top())
}

fn learner_time_chart(out: &mut String, course: &Course) {
    let (mut live, mut self_paced) = (0u64, 0u64);
    for module in course.modules() {
        for (_, cell) in module.cells() {
            match cell.planned_mode() {
                Some(Mode::Live) => live += u64::from(cell.minutes.get()),
                Some(Mode::SelfPaced) => self_paced += u64::from(cell.minutes.get()),
                None => {}
            }
        }
    }
    let _ = writeln!(out, "### Learner time, live and self-paced\n");
    if live + self_paced == 0 {
        let _ = writeln!(
            out,
            "Nothing is planned yet, so there is no learner time to chart.\n"
        );
        return;
    }
    let _ = writeln!(
        out,
        "Each learner spends {} live and {} self-paced.\n",
        duration(live),
        duration(self_paced)
    );
    let _ = writeln!(out, "```mermaid\npie title Learner minutes per learner");
    // A slice of zero draws nothing but a stray label: leave it out.
    for (name, minutes) in [("Live", live), ("Self-paced", self_paced)] {
        if minutes > 0 {
            let _ = writeln!(out, "    \"{name}\" : {minutes}");
        }
    }
    let _ = writeln!(out, "```\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_top_is_a_round_number_above_the_data() {
        let highest = [776.5, 650.9, 12.3, 800.0, 0.0, 3.2, 0.3, 1_234_567.0];
        assert_eq!(
            highest.map(axis_top),
            ["800", "700", "14", "800", "1", "3.5", "0.30", "1400000"]
        );
    }

    #[test]
    fn huge_hours_are_counted_in_thousands_millions_and_more() {
        // At most four digits before the point on the axis: 7e12 is 7000 billion.
        let units = [9_000.0, 10_000.0, 2e7, 7e12, 3e15].map(|top| hours_unit(top).1);
        assert_eq!(
            units,
            [
                "Staff hours",
                "Staff hours (thousands)",
                "Staff hours (millions)",
                "Staff hours (billions)",
                "Staff hours (trillions)"
            ]
        );
    }

    #[test]
    fn the_legend_names_the_colours_in_the_palettes_order() {
        assert_eq!(
            palette_header(),
            "%%{init: {\"themeVariables\": {\"xyChart\": {\"plotColorPalette\": \
             \"#D55E00, #0077BB, #009988\"}}}}%%"
        );
        assert_eq!(
            legend(),
            "Lines: this plan in vermillion (orange-red), all live in blue, all self-paced in \
             teal (blue-green)."
        );
    }
}
