//! A RON error, said in words for someone editing a plan by hand.

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
            "unknown field `{found}`{}: expected one of {}",
            outer
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
            list(expected)
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
                Some(other) => other,
                None => "value",
            };
            format!(
                "unknown {what} `{found}`: expected one of {}",
                list(expected)
            )
        }
        other => other.to_string(),
    }
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|name| format!("`{name}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
