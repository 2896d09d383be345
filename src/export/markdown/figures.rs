//! How figures read in the Markdown export: hours to one decimal with
//! thousands grouped (the helpers of `coursegrid summary`), minutes as whole
//! numbers, durations in hours and minutes.

pub(super) use crate::analysis::numbers::{one_decimal, percent, whole};

/// Hours with their unit: `"21.2 h"`.
pub(super) fn hours(x: f64) -> String {
    format!("{} h", one_decimal(x))
}

/// A share in 0..=1 as a whole percent, for sentences: `"35%"`.
pub(super) fn whole_percent(share: f64) -> String {
    format!("{:.0}%", (share * 100.0).clamp(0.0, 100.0))
}

/// Learner time as people say it: `"45 min"`, `"2 h"`, `"4 h 45 min"`.
pub(super) fn duration(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{} h", whole(h)),
        (h, m) => format!("{} h {m} min", whole(h)),
    }
}

/// A plain number for a chart: one decimal, no grouping (Mermaid reads it).
pub(super) fn chart_number(x: f64) -> String {
    if !x.is_finite() {
        return "0.0".to_string();
    }
    let text = format!("{x:.1}");
    if text == "-0.0" {
        "0.0".to_string()
    } else {
        text
    }
}

/// `"1 module"`, `"5 modules"`.
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", whole(n as u64), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_with_one_decimal_and_grouped_thousands() {
        assert_eq!(hours(0.0), "0.0 h");
        assert_eq!(hours(423.333), "423.3 h");
        assert_eq!(hours(1234567.0), "1,234,567.0 h");
        assert_eq!(whole(0), "0");
        assert_eq!(whole(999), "999");
        assert_eq!(whole(1_000_000), "1,000,000");
    }

    #[test]
    fn durations_read_in_hours_and_minutes() {
        assert_eq!(duration(0), "0 min");
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(120), "2 h");
        assert_eq!(duration(285), "4 h 45 min");
        assert_eq!(duration(60_000), "1,000 h");
    }

    #[test]
    fn shares_and_counts() {
        assert_eq!(percent(0.651), "65.1%");
        assert_eq!(whole_percent(0.349), "35%");
        assert_eq!(count(1, "module", "modules"), "1 module");
        assert_eq!(count(1000, "module", "modules"), "1,000 modules");
        assert_eq!(chart_number(-0.0), "0.0");
        assert_eq!(chart_number(1234.56), "1234.6");
    }
}
