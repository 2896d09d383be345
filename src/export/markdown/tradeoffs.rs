//! The opening of the document: the summary in words, then the tradeoffs
//! table with every figure of `coursegrid summary` and its unit.

use std::fmt::Write;

use crate::analysis::Tradeoffs;
use crate::model::Course;
use crate::present::break_even;
use crate::present::figures::kind_cells;
use crate::present::table::{groups, money_group};

use super::escape::escape_inline;
use crate::analysis::numbers::{count, money, one_decimal, whole, whole_percent};

/// One paragraph a client can read before any table.
pub(super) fn intro(out: &mut String, course: &Course, t: &Tradeoffs) {
    let name = match escape_inline(&course.title) {
        title if title.is_empty() => "This course".to_string(),
        title => title,
    };
    let modules = count(course.modules().len(), "module", "modules");
    let learner_hours = t.learner_time.total_hours();
    if t.line_of_understanding.planned_cells == 0 {
        let _ = writeln!(
            out,
            "{name} has {modules} and nothing planned yet: give its events some minutes of \
             learner time to see what the plan costs.\n"
        );
        return;
    }
    let h = &t.hours;
    let w = t.workload();
    let mut text = format!(
        "{name} has {modules} and asks {} hours of each learner, {} of it live. ",
        one_decimal(learner_hours),
        whole_percent(1.0 - t.scalability.self_paced_share),
    );
    let sections = if w.live_minutes() > 0 {
        format!(
            ", in {} of up to {}",
            count(h.sections as usize, "live section", "live sections"),
            whole(u64::from(h.section_size))
        )
    } else {
        String::new()
    };
    let _ = write!(
        text,
        "Taught to {} a year of {} each{sections}, it takes {} hours to build and {} staff \
         hours to teach and support each cohort: {} hours in the first year, {} per learner. ",
        count(
            w.assumptions().cohorts_per_year() as usize,
            "cohort",
            "cohorts"
        ),
        count(
            w.assumptions().learners_per_cohort() as usize,
            "learner",
            "learners"
        ),
        one_decimal(h.build_hours),
        one_decimal(h.staff_hours_per_cohort),
        one_decimal(h.first_year_hours),
        one_decimal(h.hours_per_learner),
    );
    if h.cohost_needed {
        let _ = write!(
            text,
            "Those hours include a co-host in every live session, {} hours a cohort. ",
            one_decimal(h.cohost_hours_per_cohort)
        );
    }
    let break_even = break_even::sentence(t.scalability.break_even);
    text.push_str(&break_even);
    text.push_str(&money_sentence(t));
    let _ = write!(
        text,
        "An estimated {} of its learners finish, about {} a cohort. ",
        whole_percent(t.completion.expected),
        whole(t.completion.completers_per_cohort.round() as u64)
    );
    let a = &t.accountability;
    let l = &t.line_of_understanding;
    let _ = write!(
        text,
        "Learners meet the instructor live in {} of its {} planned modules, {} of its {} planned \
         cells {} the Line of Understanding, and the plan comes with {}.",
        whole(a.live_checkpoints as u64),
        whole(a.planned_modules as u64),
        whole(l.aligned_cells as u64),
        whole(l.planned_cells as u64),
        if l.aligned_cells == 1 {
            "follows"
        } else {
            "follow"
        },
        match t.warnings.len() {
            0 => "no warnings".to_string(),
            n => count(n, "warning", "warnings"),
        }
    );
    let _ = writeln!(out, "{text}\n");
}

/// What the first year costs and earns, in a sentence, when the plan has
/// rates: "At \$450 a learner, its first year costs \$14,607 and brings in
/// \$43,200; it pays back after 2 cohorts (0.5 years at 4 a year). "
fn money_sentence(t: &Tradeoffs) -> String {
    let (Some(m), Some(rates)) = (&t.money, t.workload().assumptions().money().rates()) else {
        return String::new();
    };
    let currency = t.workload().assumptions().money().currency;
    let cash = |x: f64| escape_inline(&money(currency.as_str(), x));
    if !rates.has_price() {
        return format!(
            "At the plan's rates its first year costs {}, {} a learner. ",
            cash(m.first_year_cost),
            cash(m.cost_per_learner)
        );
    }
    let k = t.workload().assumptions().cohorts_per_year();
    format!(
        "At {} a learner, its first year costs {} and brings in {}; it pays back {}. ",
        cash(rates.price_per_learner),
        cash(m.first_year_cost),
        cash(m.first_year_revenue),
        break_even::payback_words(m.payback, k)
    )
}

/// The tradeoffs table: every figure of the summary with its unit, in the
/// groups and words of the plain-text report (`present::table`).
pub(super) fn table(out: &mut String, t: &Tradeoffs) {
    let _ = writeln!(out, "## Tradeoffs\n");
    let _ = writeln!(out, "| Figure | Value |\n|---|---|");
    for group in groups(t) {
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
