//! The Mermaid charts GitHub and GitLab draw: cumulative staff hours
//! against cohorts taught, learner time live against self-paced, and the
//! learning-type profile.
//!
//! No user text goes into a chart: titles and labels are fixed, and numbers
//! are plain decimals, so nothing needs escaping in Mermaid's own syntax.

use std::fmt::Write;

use crate::analysis::{CostLine, Tradeoffs};
use crate::model::{Course, Mode};

use crate::analysis::numbers::{chart_number, duration, one_decimal};

/// The chart runs from no cohort taught (the build alone) to this many.
const COHORTS: u32 = 8;

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

fn cost_chart(out: &mut String, t: &Tradeoffs) {
    let lines = t.cost_lines();
    let named = [
        ("This plan", lines.this_plan),
        ("All live", lines.all_live),
        ("All self-paced", lines.all_self_paced),
    ];
    let _ = writeln!(out, "### Staff hours over cohorts\n");
    let _ = writeln!(
        out,
        "Cumulative staff hours (the build, then teaching, support and any co-host) after 0 to \
         {COHORTS} cohorts, for this plan and for the same learner minutes taught all live or all \
         self-paced (each moved cell taking its event's usual kind). Mermaid draws the lines without a legend, in this order: this plan first, \
         then all live, then all self-paced; the table below the chart gives the same figures.\n"
    );
    let top = named
        .iter()
        .flat_map(|(_, line)| [line.at(0), line.at(COHORTS)])
        .fold(0.0, f64::max);
    let _ = writeln!(out, "```mermaid\nxychart-beta");
    let _ = writeln!(out, "    title \"Cumulative staff hours\"");
    let cohorts: Vec<String> = (0..=COHORTS).map(|c| format!("\"{c}\"")).collect();
    let _ = writeln!(
        out,
        "    x-axis \"Cohorts taught\" [{}]",
        cohorts.join(", ")
    );
    let _ = writeln!(out, "    y-axis \"Staff hours\" 0 --> {}", axis_top(top));
    for (_, line) in &named {
        let _ = writeln!(out, "    line [{}]", points(line).join(", "));
    }
    let _ = writeln!(out, "```\n");

    let header: Vec<String> = (0..=COHORTS).map(|c| c.to_string()).collect();
    let _ = writeln!(out, "| Cohorts taught | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---:|".repeat(header.len()));
    for (name, line) in &named {
        let hours: Vec<String> = (0..=COHORTS).map(|c| one_decimal(line.at(c))).collect();
        let _ = writeln!(out, "| {name} | {} |", hours.join(" | "));
    }
    out.push('\n');
}

fn points(line: &CostLine) -> Vec<String> {
    (0..=COHORTS).map(|c| chart_number(line.at(c))).collect()
}

/// A round top for the y axis at or above `max`: 776.5 -> 800, 12.3 -> 15.
fn axis_top(max: f64) -> String {
    let max = if max.is_finite() { max.max(1.0) } else { 1.0 };
    // Steps of half a power of ten: 0.5, 5, 50, ... (exact in binary).
    let step = 10f64.powi(max.log10().floor() as i32) / 2.0;
    let top = (max / step).ceil() * step;
    format!("{top}")
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
        let highest = [776.5, 12.3, 800.0, 0.0, 3.2, 1_234_567.0];
        assert_eq!(
            highest.map(axis_top),
            ["800", "15", "800", "1", "3.5", "1500000"]
        );
    }
}
