//! The "what if" line: what Space would change on the selected cell, in
//! words that read without colour.

use crate::analysis::numbers::{as_one_decimal, one_decimal};
use crate::analysis::{BeforeAfter, BreakEven, WhatIf};

use super::break_even::text as break_even_text;

/// "Space → live: build -15.0 h ✓ · cohort +1.0 h ✗ · break-even 15 cohorts → already ✓":
/// build hours, staff hours per cohort, break-even.
pub fn what_if_line(what_if: &WhatIf, space: &str, cohorts_per_year: u32) -> String {
    // Cohorts only ("6 → 7 cohorts"): the years are in the panel, and the
    // line must fit under an 80-column grid.
    let words = |b: BreakEven| break_even_text(b, cohorts_per_year);
    let BeforeAfter { before, after } = what_if.break_even;
    let break_even = match (before, after, super::break_even::change(before, after)) {
        (_, BreakEven::After(c), None) => format!("break-even stays {c} cohorts"),
        (_, _, None) => format!("break-even stays {}", words(after)),
        (BreakEven::After(a), BreakEven::After(b), Some(change)) => {
            format!("break-even {a} → {b} cohorts{}", mark(change.improved))
        }
        (_, _, Some(change)) => {
            let side = |b: BreakEven| match b {
                BreakEven::After(c) => format!("{c} cohorts"),
                other => words(other),
            };
            format!(
                "break-even {} → {}{}",
                side(before),
                side(after),
                mark(change.improved)
            )
        }
    };
    let plans = match what_if.plans {
        Some(minutes) => format!(" (plans {minutes} min)"),
        None => String::new(),
    };
    format!(
        "{space} → {}{plans}: build {} · cohort {} · {break_even}",
        what_if.to.label(),
        signed_hours(what_if.build_hours),
        signed_hours(what_if.staff_hours_per_cohort),
    )
}

/// "+1.5 h ✗", "-0.5 h ✓", "±0 h" for what rounds to nothing (fewer staff
/// hours are better): the change between the figures as the panel shows
/// them (to a tenth), so that the line and the panel's ▲/▼ always agree.
fn signed_hours(hours: BeforeAfter<f64>) -> String {
    let change = as_one_decimal(hours.after) - as_one_decimal(hours.before);
    let text = one_decimal(change.abs());
    if text == "0.0" {
        "±0 h".to_owned()
    } else if change > 0.0 {
        format!("+{text} h{}", mark(Some(false)))
    } else {
        format!("-{text} h{}", mark(Some(true)))
    }
}

fn mark(improved: Option<bool>) -> &'static str {
    match improved {
        Some(true) => " ✓",
        Some(false) => " ✗",
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Mode;

    #[test]
    fn the_line_says_each_change_with_its_sign_and_break_even_in_words() {
        let what_if = WhatIf {
            to: Mode::SelfPaced,
            plans: None,
            build_hours: BeforeAfter {
                before: 5.0,
                after: 20.0,
            },
            staff_hours_per_cohort: BeforeAfter {
                before: 1.0,
                after: 0.0,
            },
            break_even: BeforeAfter {
                before: BreakEven::Already,
                after: BreakEven::After(15),
            },
        };
        assert_eq!(
            what_if_line(&what_if, "Space", 4),
            "Space → self-paced: build +15.0 h ✗ · cohort -1.0 h ✓ · break-even already → 15 cohorts ✗"
        );
        let same = WhatIf {
            break_even: BeforeAfter {
                before: BreakEven::Never,
                after: BreakEven::Never,
            },
            build_hours: BeforeAfter {
                before: 3.0,
                after: 3.01,
            },
            ..what_if
        };
        assert_eq!(
            what_if_line(&same, "Space", 4),
            "Space → self-paced: build ±0 h · cohort -1.0 h ✓ · break-even stays never"
        );
    }

    #[test]
    fn the_change_is_between_the_figures_as_shown_so_the_panel_agrees() {
        // 172.44 and 165.69 show as 172.4 and 165.7: the panel says ▼ 6.7,
        // and so must the line (the exact change, 6.75, would read 6.8).
        let hours = BeforeAfter {
            before: 172.44,
            after: 165.69,
        };
        assert_eq!(signed_hours(hours), "-6.7 h ✓");
    }
}
