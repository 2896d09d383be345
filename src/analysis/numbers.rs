//! How numbers read for people, everywhere (warnings, the panel, `summary`,
//! the Markdown export and its charts): one decimal, thousands grouped,
//! shares as percent, hours with their unit, durations, counts. Kept in one
//! place so every sentence agrees.

/// `x` to one decimal with thousands grouped: `1234.56` -> `"1,234.6"`.
/// Never prints "-0.0" or "NaN" wording for a figure that rounds to zero.
pub(crate) fn one_decimal(x: f64) -> String {
    if !x.is_finite() {
        return "n/a".to_string();
    }
    let text = format!("{:.1}", x.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, "0"));
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3 + 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let negative = x < 0.0 && (whole, fraction) != ("0", "0");
    format!("{}{grouped}.{fraction}", if negative { "-" } else { "" })
}

/// `x` as [`one_decimal`] shows it, as a number: the same rounding (Rust's
/// formatting of the binary value), so a change computed from two shown
/// figures is exactly their shown difference (236.55 shows "236.5", and
/// `(x * 10).round()` would make it 236.6).
pub(crate) fn as_one_decimal(x: f64) -> f64 {
    format!("{x:.1}").parse().unwrap_or(x)
}

/// A whole number with thousands grouped: `1000` -> `"1,000"`.
pub(crate) fn whole(n: u64) -> String {
    // Exact for any count a plan holds (far below 2^53).
    let text = one_decimal(n as f64);
    text.strip_suffix(".0").unwrap_or(&text).to_string()
}

/// An amount of money rounded to whole units, thousands grouped, after the
/// plan's currency: `money("$", -1234.5)` -> `"-$1,235"`.
pub(crate) fn money(currency: &str, x: f64) -> String {
    if !x.is_finite() {
        return "n/a".to_string();
    }
    let rounded = x.round();
    let sign = if rounded < 0.0 { "-" } else { "" };
    // Every amount a plan can reach is far below 2^53: exact as a whole number.
    format!("{sign}{currency}{}", whole(rounded.abs() as u64))
}

/// A share in 0..=1 as a percent to one decimal: `0.4` -> `"40.0%"`. Never
/// rounded to all or none when it is neither: a reach of 99.96% with a zone
/// missed reads ">99.9%", not "100.0%".
pub(crate) fn percent(share: f64) -> String {
    let shown = format!("{}%", one_decimal(share * 100.0));
    match shown.as_str() {
        "100.0%" if share < 1.0 => ">99.9%".to_owned(),
        "0.0%" if share > 0.0 => "<0.1%".to_owned(),
        _ => shown,
    }
}

/// Hours in a week to one decimal, as every view of the weeks shows them,
/// so that none contradicts its mark: a little work is `"<0.1"`, never
/// `"0.0"`, and hours past `limit` that round down to it are `">5.0"`, never
/// a `"5.0"` flagged as too many.
pub(crate) fn week_hours(x: f64, limit: f64) -> String {
    let shown = one_decimal(x);
    if x > 0.0 && x < 0.05 {
        "<0.1".to_owned()
    } else if x > limit && as_one_decimal(x) <= limit {
        format!(">{}", one_decimal(limit))
    } else {
        shown
    }
}

/// Hours with their unit: `"21.2 h"`.
pub(crate) fn hours(x: f64) -> String {
    format!("{} h", one_decimal(x))
}

/// A share in 0..=1 as a whole percent, for sentences: `"35%"`, and in
/// words where it is neither all nor none but rounds to it ("under 1%",
/// "over 99%"), which also reads as it should in a Markdown file's source.
pub(crate) fn whole_percent_said(share: f64) -> String {
    match whole_percent(share).as_str() {
        ">99%" => "over 99%".to_owned(),
        "<1%" => "under 1%".to_owned(),
        shown => shown.to_owned(),
    }
}

/// A share in 0..=1 as a whole percent, in a column: `"35%"`, `"<1%"`.
pub(crate) fn whole_percent(share: f64) -> String {
    let shown = format!("{:.0}%", (share * 100.0).clamp(0.0, 100.0));
    match shown.as_str() {
        "100%" if share < 1.0 => ">99%".to_owned(),
        "0%" if share > 0.0 => "<1%".to_owned(),
        _ => shown,
    }
}

/// Learner time as people say it: `"45 min"`, `"2 h"`, `"4 h 45 min"`.
pub(crate) fn duration(minutes: u64) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{} h", whole(h)),
        (h, m) => format!("{} h {m} min", whole(h)),
    }
}

/// A plain number for a chart: one decimal, no grouping (Mermaid reads it).
pub(crate) fn chart_number(x: f64) -> String {
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
pub(crate) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", whole(n as u64), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_is_never_rounded_to_all_or_none_when_it_is_neither() {
        assert_eq!(percent(1.0), "100.0%");
        assert_eq!(percent(50_000.0 / 50_050.0), "99.9%");
        assert_eq!(percent(50_030.0 / 50_050.0), ">99.9%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(percent(0.0004), "<0.1%");
        assert_eq!(whole_percent(0.996), ">99%");
        assert_eq!(whole_percent(0.5 / 165.0), "<1%");
        assert_eq!(whole_percent(0.0), "0%");
        assert_eq!(whole_percent(0.42), "42%");
        assert_eq!(whole_percent_said(0.996), "over 99%");
        assert_eq!(whole_percent_said(0.003), "under 1%");
        assert_eq!(whole_percent_said(0.42), "42%");
    }

    #[test]
    fn week_hours_never_contradict_their_mark() {
        let limit = 5.0;
        // 150 minutes over 52 weeks; 303 and 300 minutes in one.
        assert_eq!(week_hours(150.0 / 60.0 / 52.0, limit), "<0.1");
        assert_eq!(week_hours(303.0 / 60.0, limit), ">5.0");
        assert_eq!(week_hours(300.0 / 60.0, limit), "5.0");
        assert_eq!(week_hours(330.0 / 60.0, limit), "5.5");
        assert_eq!(week_hours(0.0, limit), "0.0");
    }

    #[test]
    fn hours_read_with_one_decimal_and_grouped_thousands() {
        let numbers = [0.0, 123.25, 53.8, 999.96, 1234567.0, -1234.5];
        assert_eq!(
            numbers.map(one_decimal),
            ["0.0", "123.2", "53.8", "1,000.0", "1,234,567.0", "-1,234.5"]
        );
    }

    #[test]
    fn a_figure_rounding_to_zero_has_no_minus_sign() {
        assert_eq!(one_decimal(-0.0), "0.0");
        assert_eq!(one_decimal(-0.01), "0.0");
    }

    #[test]
    fn shares_read_as_percent() {
        assert_eq!(percent(2.0 / 3.0), "66.7%");
        assert_eq!(percent(1.0), "100.0%");
        assert_eq!(percent(0.0), "0.0%");
    }

    #[test]
    fn hours_durations_shares_and_counts_for_documents() {
        assert_eq!(hours(0.0), "0.0 h");
        assert_eq!(hours(1234567.0), "1,234,567.0 h");
        assert_eq!(whole(1_000_000), "1,000,000");
        assert_eq!(
            [0, 120, 285, 60_000].map(duration),
            ["0 min", "2 h", "4 h 45 min", "1,000 h"]
        );
        assert_eq!(whole_percent(0.349), "35%");
        assert_eq!(count(1000, "module", "modules"), "1,000 modules");
        assert_eq!(chart_number(-0.0), "0.0");
        assert_eq!(chart_number(1234.56), "1234.6");
    }
}
