//! The opening of the document: the summary in words, then the tradeoffs
//! table with every figure of `coursegrid summary` and its unit.

use std::fmt::Write;

use crate::analysis::Tradeoffs;
use crate::model::Course;
use crate::present::figures::kind_cells;
use crate::present::intro;
use crate::present::table::{groups, money_group, reach_group};

use super::escape::escape_inline;

/// One paragraph a client can read before any table: the plan in words
/// ([`intro::paragraph`]), escaped as every piece of user text is.
pub(super) fn intro(out: &mut String, course: &Course, t: &Tradeoffs) {
    let _ = writeln!(out, "{}\n", escape_inline(&intro::paragraph(course, t)));
}

/// The tradeoffs table: every figure of the summary with its unit, in the
/// groups and words of the plain-text report (`present::table`).
pub(super) fn table(out: &mut String, t: &Tradeoffs) {
    let _ = writeln!(out, "## Tradeoffs\n");
    let _ = writeln!(out, "| Figure | Value |\n|---|---|");
    for group in groups(t).into_iter().chain(reach_group(t)) {
        let _ = writeln!(out, "| **{}** | |", group.name);
        for row in group.rows {
            let _ = writeln!(out, "| {} | {} |", row.label, row.value.text());
        }
    }
    out.push('\n');
    money_table(out, t);
    by_kind(out, t);
}

/// The money table, when the plan has rates.
fn money_table(out: &mut String, t: &Tradeoffs) {
    let Some(group) = money_group(t) else {
        return;
    };
    let _ = writeln!(out, "### Money\n");
    let _ = writeln!(
        out,
        "At the plan's hourly rates: staff hours times each rate, against the price times \
         the learners.\n"
    );
    let _ = writeln!(out, "| Figure | Value |\n|---|---|");
    for row in group.rows {
        // Amounts hold the plan's currency, user text: `$` would start math
        // on GitHub, a `|` a new column.
        let _ = writeln!(
            out,
            "| {} | {} |",
            row.label,
            escape_inline(row.value.text())
        );
    }
    out.push('\n');
}

/// Where the hours go: each activity kind's build, live and support hours.
fn by_kind(out: &mut String, t: &Tradeoffs) {
    if t.by_kind.is_empty() {
        return;
    }
    let _ = writeln!(out, "### Where the hours go\n");
    let _ = writeln!(
        out,
        "Each activity kind's share: build hours once, then live teaching and support for \
         every cohort.\n"
    );
    let _ = writeln!(
        out,
        "| Kind | Cells | Minutes | Build | Live per cohort | Support per cohort |\n\
         |---|---:|---:|---:|---:|---:|"
    );
    for k in &t.by_kind {
        let _ = writeln!(out, "| {} |", kind_cells(k).join(" | "));
    }
    out.push('\n');
}
