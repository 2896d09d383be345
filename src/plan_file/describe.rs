//! A RON error, said in words for someone editing a plan by hand.

use super::names::did_you_mean;

/// A RON error, said in words for someone editing a plan by hand.
pub(super) fn describe(error: &ron::Error) -> String {
    use ron::Error as E;
    match error {
        E::Eof => "the file ends too early: a bracket or quote is probably not closed".into(),
        E::ExpectedComma => "expected a comma between two values".into(),
        E::TrailingCharacters => "unexpected text after the end of the plan".into(),
        E::ExceededRecursionLimit => "values are nested too deeply".into(),
        E::IntegerOutOfBounds => "this number is far too large".into(),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "unknown field `{found}`{}{}",
            outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
            expected_one_of(found, expected)
        ),
        E::MissingStructField { field, outer } => format!(
            "missing field `{field}`{}",
            outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default()
        ),
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            let what = match outer.as_deref() {
                Some("GagneEvent") => "event",
                Some("Mode") => "mode",
                Some("ActivityKind") => "kind",
                Some("Weekday") => return unknown_weekday(found, expected),
                Some(other) => other,
                None => "value",
            };
            format!(
                "unknown {what} `{found}`{}",
                expected_one_of(found, expected)
            )
        }
        other => other.to_string(),
    }
}

/// An unknown weekday, with the one it most likely means: `Tuesday` and
/// `tues` mean `Tue` as much as `Teu` does.
fn unknown_weekday(found: &str, expected: &[&str]) -> String {
    let lower = found.to_lowercase();
    let named = expected
        .iter()
        .find(|day| lower.len() >= 3 && lower.starts_with(&day.to_lowercase()));
    match named.copied().or_else(|| did_you_mean(found, expected)) {
        Some(day) => format!(
            "unknown weekday `{found}`: did you mean `{day}`? (weekdays are written {})",
            list(expected)
        ),
        None => format!(
            "unknown weekday `{found}`: weekdays are written {}",
            list(expected)
        ),
    }
}

/// ": expected one of `A`, `B`", or with a near miss ": did you mean `B`?
/// (expected one of `A`, `B`)".
fn expected_one_of(found: &str, expected: &[&str]) -> String {
    match did_you_mean(found, expected) {
        Some(name) => format!(
            ": did you mean `{name}`? (expected one of {})",
            list(expected)
        ),
        None => format!(": expected one of {}", list(expected)),
    }
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
