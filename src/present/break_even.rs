//! Break-even as people read it (in the panel, in a report's row, in a
//! sentence), and how it reads when it moves: every phrasing of it is here.
//!
//! Break-even is a state before it is a number: "already" (no costlier than
//! teaching it all live from the first cohort), after so many cohorts, or
//! "never" (not within the horizon the analysis looks at). Only between two
//! cohort counts is there a difference to show ("▲ 1"); a change into or out
//! of "already" or "never" is said in words ("was 12" beside "never"), so no
//! number that was never measured reaches a person or a JSON reader.

use crate::analysis::BreakEven;
use crate::analysis::numbers::{one_decimal, whole};

use super::figures::{Better, Change, Unit, amount_change};

/// Break-even as the panel and `diff` read it: "already", "never", or the
/// cohorts and the years they take, "15 · 3.8 y".
pub fn text(break_even: BreakEven, cohorts_per_year: u32) -> String {
    match (break_even, break_even.years(cohorts_per_year)) {
        (BreakEven::Already, _) => "already".to_owned(),
        (BreakEven::After(c), Some(years)) => format!("{c} · {} y", one_decimal(years)),
        _ => "never".to_owned(),
    }
}

/// Payback as the panel reads it: "1st cohort" (its first margin covers
/// the build and the first year's fixed costs), "2 · 0.5 y", "never".
pub fn payback_text(payback: BreakEven, cohorts_per_year: u32) -> String {
    match payback {
        BreakEven::Already => "1st cohort".to_owned(),
        _ => text(payback, cohorts_per_year),
    }
}

/// Payback in a report's words: "from the first cohort", "after 2 cohorts
/// (0.5 years at 4 a year)", "never within 1,000 cohorts".
pub fn payback_words(payback: BreakEven, cohorts_per_year: u32) -> String {
    match payback {
        BreakEven::Already => "from the first cohort".to_owned(),
        _ => words(payback, cohorts_per_year),
    }
}

/// Break-even in a sentence's words, as `summary` and the Markdown export
/// say it: "after 6 cohorts (1.5 years at 4 a year)", "already: no costlier
/// than teaching it all live from the first cohort", "never within 1,000 cohorts".
pub fn words(break_even: BreakEven, cohorts_per_year: u32) -> String {
    match (break_even, break_even.years(cohorts_per_year)) {
        (BreakEven::Already, _) => {
            "already: no costlier than teaching it all live from the first cohort".to_owned()
        }
        (BreakEven::After(c), Some(years)) => format!(
            "after {c} cohorts ({} years at {cohorts_per_year} a year)",
            one_decimal(years)
        ),
        _ => format!(
            "never within {} cohorts",
            whole(u64::from(crate::analysis::BREAK_EVEN_HORIZON))
        ),
    }
}

/// Break-even as a sentence of prose, as the Markdown export's opening
/// paragraph says it: "Its self-paced build pays for itself against
/// teaching it all live after 6 cohorts. " (with its trailing space).
pub fn sentence(break_even: BreakEven) -> String {
    match break_even {
        BreakEven::Already => {
            "It costs no more than teaching it all live from the first cohort. ".to_owned()
        }
        BreakEven::After(cohorts) => format!(
            "Its self-paced build pays for itself against teaching it all live after {} cohorts. ",
            whole(u64::from(cohorts))
        ),
        BreakEven::Never => format!(
            "Its build does not pay for itself against teaching it all live within {} cohorts. ",
            whole(u64::from(crate::analysis::BREAK_EVEN_HORIZON))
        ),
    }
}

/// Which of the three states break-even is in, as `diff --json` names it:
/// "already", "cohorts" (the value is the cohort count) or "never".
pub fn state(break_even: BreakEven) -> &'static str {
    match break_even {
        BreakEven::Already => "already",
        BreakEven::After(_) => "cohorts",
        BreakEven::Never => "never",
    }
}

/// The cohort count behind "after n cohorts"; `None` for the two states,
/// which have no count to subtract.
pub fn cohorts(break_even: BreakEven) -> Option<f64> {
    match break_even {
        BreakEven::After(c) => Some(f64::from(c)),
        BreakEven::Already | BreakEven::Never => None,
    }
}

/// How break-even moved from `before` to `after`: "▲ 3" between two cohort
/// counts; otherwise what it was, in words ("was 12", "was never", "was
/// already"), beside the new value that names the state it is in now. Sooner
/// is better: already, then fewer cohorts, then never.
pub fn change(before: BreakEven, after: BreakEven) -> Option<Change> {
    if before == after {
        return None;
    }
    if let (BreakEven::After(a), BreakEven::After(b)) = (before, after) {
        return amount_change(Unit::Count, Better::Lower, f64::from(a), f64::from(b));
    }
    let was = match before {
        BreakEven::Already => "already".to_owned(),
        BreakEven::After(c) => c.to_string(),
        BreakEven::Never => "never".to_owned(),
    };
    Some(Change {
        text: format!("was {was}"),
        improved: Some(rank(after) < rank(before)),
    })
}

/// Sooner sorts first: already, after 2..=1000 cohorts, never.
fn rank(break_even: BreakEven) -> u32 {
    match break_even {
        BreakEven::Already => 0,
        BreakEven::After(c) => c,
        BreakEven::Never => u32::MAX,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BreakEven::{After, Already, Never};

    #[test]
    fn break_even_reads_in_cohorts_and_years() {
        // 15 cohorts at 4 a year: 3.75 years, shown to a tenth.
        assert_eq!(text(After(15), 4), "15 · 3.8 y");
        assert_eq!(text(Already, 4), "already");
        assert_eq!(text(Never, 4), "never");
        assert_eq!(
            words(After(6), 4),
            "after 6 cohorts (1.5 years at 4 a year)"
        );
        assert_eq!(words(Never, 4), "never within 1,000 cohorts");
    }

    #[test]
    fn a_change_between_cohort_counts_is_their_difference() {
        let later = change(After(6), After(7)).unwrap();
        assert_eq!((later.text.as_str(), later.improved), ("▲ 1", Some(false)));
        let sooner = change(After(12), After(3)).unwrap();
        assert_eq!((sooner.text.as_str(), sooner.improved), ("▼ 9", Some(true)));
        assert_eq!(change(After(6), After(6)), None);
        assert_eq!(change(Never, Never), None);
        assert_eq!(change(Already, Already), None);
    }

    #[test]
    fn a_change_into_or_out_of_never_or_already_is_said_in_words() {
        // (before, after, the words, better?)
        let cases = [
            (After(12), Never, "was 12", false),
            (Never, After(12), "was never", true),
            (After(12), Already, "was 12", true),
            (Already, After(12), "was already", false),
            (Already, Never, "was already", false),
            (Never, Already, "was never", true),
        ];
        for (before, after, words, improved) in cases {
            let moved = change(before, after).unwrap();
            assert_eq!(
                (moved.text.as_str(), moved.improved),
                (words, Some(improved)),
                "{before:?} -> {after:?}"
            );
            // No number stands in for a state: no arrow, no difference.
            assert!(!moved.text.contains(['▲', '▼']), "{}", moved.text);
        }
    }

    #[test]
    fn only_a_cohort_count_has_a_number() {
        assert_eq!(cohorts(After(38)), Some(38.0));
        assert_eq!(cohorts(Already), None);
        assert_eq!(cohorts(Never), None);
        assert_eq!(
            [state(Already), state(After(2)), state(Never)],
            ["already", "cohorts", "never"]
        );
    }
}
