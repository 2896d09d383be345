//! How figures read in warnings and reports: one decimal, thousands grouped,
//! shares as percent. Kept in one place so every sentence agrees.

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

/// A whole number with thousands grouped: `1000` -> `"1,000"`.
pub(crate) fn whole(n: u64) -> String {
    // Exact for any count a plan holds (far below 2^53).
    let text = one_decimal(n as f64);
    text.strip_suffix(".0").unwrap_or(&text).to_string()
}

/// A share in 0..=1 as a percent to one decimal: `0.4` -> `"40.0%"`.
pub(crate) fn percent(share: f64) -> String {
    format!("{}%", one_decimal(share * 100.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_read_with_one_decimal_and_grouped_thousands() {
        assert_eq!(one_decimal(0.0), "0.0");
        assert_eq!(one_decimal(123.25), "123.2");
        assert_eq!(one_decimal(53.8), "53.8");
        assert_eq!(one_decimal(999.96), "1,000.0");
        assert_eq!(one_decimal(1234567.0), "1,234,567.0");
        assert_eq!(one_decimal(-1234.5), "-1,234.5");
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
}
