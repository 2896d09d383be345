//! What a row of the assumptions dialog shows and means, as plain text: its
//! value (a money value left out says what applies instead), and the line
//! that explains it. The drawing lays these out; the tests read them here.

use crate::analysis::numbers;
use crate::model::{Assumptions, BuildPreset, Currency, MoneyField, Setting};

use super::{Row, setting_value};
use crate::present::printable::{amount_as_given, quoted_currency};

/// How much a value may say: the full text, or a shorter one when the
/// dialog is too narrow for the labels beside the full one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    Full,
    Short,
}

/// What a row shows as its value: `◀ academic ▶`, `24`, `0.45 (45%)`,
/// `"CHF "`, `$60`, `not set`, `= instructor ($60)`.
pub fn row_value(row: Row, assumptions: &Assumptions, room: Room) -> String {
    match row {
        Row::Preset => {
            let preset = BuildPreset::matching(assumptions).map_or("custom", BuildPreset::label);
            format!("◀ {preset} ▶")
        }
        Row::Currency => quoted_currency(assumptions.money().currency),
        Row::Setting(Setting::Money(field)) => money_value(field, assumptions, room),
        Row::Setting(setting @ Setting::Completion(_)) => {
            let value = assumptions.value(setting);
            format!(
                "{} ({})",
                setting_value(setting, value),
                numbers::whole_percent(value)
            )
        }
        Row::Setting(setting) => setting_value(setting, assumptions.value(setting)),
    }
}

fn money_value(field: MoneyField, assumptions: &Assumptions, room: Room) -> String {
    let money = assumptions.money();
    let currency = money.currency.as_str();
    if let Some(value) = money.given(field) {
        return amount_as_given(currency, value);
    }
    match field {
        MoneyField::InstructorRate => "not set".to_owned(),
        MoneyField::CohostRate | MoneyField::BuildRate => {
            match (room, money.given(MoneyField::InstructorRate)) {
                (Room::Full, Some(rate)) => {
                    format!("= instructor ({})", amount_as_given(currency, rate))
                }
                _ => "= instructor".to_owned(),
            }
        }
        MoneyField::PricePerLearner | MoneyField::FixedCostsPerYear => match room {
            Room::Full => format!("{} (not set)", amount_as_given(currency, 0.0)),
            Room::Short => "0 (not set)".to_owned(),
        },
    }
}

/// What applies to a money value left out, for the message that unsets it.
pub fn when_not_set(field: MoneyField) -> &'static str {
    match field {
        MoneyField::InstructorRate => "not set (no money figures)",
        MoneyField::CohostRate | MoneyField::BuildRate => "not set (the instructor rate applies)",
        MoneyField::PricePerLearner => "not set (a free course: costs only)",
        MoneyField::FixedCostsPerYear => "not set (none)",
    }
}

/// What the selected row means, with its range and where its default comes from.
pub fn about(row: Row, assumptions: &Assumptions) -> String {
    match row {
        Row::Preset => "Presets set the build hours per learner-hour of a session, a video and a \
                        quiz: solo creator 4/20/15, academic 10/40/30, corporate 43/79/79, high \
                        production 43/184/184 (Chapman 2010)."
            .to_owned(),
        Row::Currency => format!(
            "Shown before every amount, like \"$\", \"€\" or \"CHF \": up to {} characters, \
             a trailing space included. Any character types it; Del: no sign.",
            Currency::MAX_CHARS
        ),
        Row::Setting(setting @ Setting::Completion(field)) => format!(
            "A share, typed from 0 to 1 (0.45 is 45%). Default {}: {}.",
            setting_value(setting, field.default_value()),
            field.source()
        ),
        Row::Setting(Setting::Money(field)) => {
            let (min, max) = field.range();
            let currency = assumptions.money().currency.as_str();
            format!(
                "{} to {}: {}.",
                amount_as_given(currency, min),
                amount_as_given(currency, max),
                field.source()
            )
        }
        Row::Setting(setting) => {
            let (min, max) = setting.range();
            format!(
                "{} to {}. Default {}: {}.",
                min,
                max,
                setting.default_value(),
                setting.source()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(field: MoneyField) -> Row {
        Row::Setting(Setting::Money(field))
    }

    #[test]
    fn money_values_left_out_say_what_applies_instead() {
        let mut a = Assumptions::default();
        let shown = |a: &Assumptions, field, room| row_value(rate(field), a, room);
        assert_eq!(shown(&a, MoneyField::InstructorRate, Room::Full), "not set");
        assert_eq!(
            shown(&a, MoneyField::CohostRate, Room::Full),
            "= instructor"
        );
        assert_eq!(
            shown(&a, MoneyField::PricePerLearner, Room::Full),
            "0 (not set)"
        );
        a.set_currency(Currency::new("$").unwrap());
        a.set_value(Setting::Money(MoneyField::InstructorRate), 60.0)
            .unwrap();
        a.set_value(Setting::Money(MoneyField::FixedCostsPerYear), 3000.0)
            .unwrap();
        assert_eq!(shown(&a, MoneyField::InstructorRate, Room::Full), "$60");
        assert_eq!(
            shown(&a, MoneyField::BuildRate, Room::Full),
            "= instructor ($60)"
        );
        assert_eq!(
            shown(&a, MoneyField::BuildRate, Room::Short),
            "= instructor"
        );
        assert_eq!(
            shown(&a, MoneyField::FixedCostsPerYear, Room::Full),
            "$3,000"
        );
        assert_eq!(
            shown(&a, MoneyField::PricePerLearner, Room::Full),
            "$0 (not set)"
        );
        assert_eq!(
            shown(&a, MoneyField::PricePerLearner, Room::Short),
            "0 (not set)"
        );
        a.set_value(Setting::Money(MoneyField::CohostRate), 22.5)
            .unwrap();
        assert_eq!(
            shown(&a, MoneyField::CohostRate, Room::Full),
            "$22.5",
            "never rounded"
        );
    }

    #[test]
    fn the_currency_shows_quoted_so_a_trailing_space_shows() {
        let mut a = Assumptions::default();
        assert_eq!(row_value(Row::Currency, &a, Room::Full), "none");
        a.set_currency(Currency::new("CHF ").unwrap());
        assert_eq!(row_value(Row::Currency, &a, Room::Full), "\"CHF \"");
        assert!(about(rate(MoneyField::CohostRate), &a).starts_with("CHF 0 to CHF 100,000: "));
    }

    #[test]
    fn completion_reads_as_a_share_and_a_percent() {
        let a = Assumptions::default();
        let with = Row::Setting(Setting::Completion(
            crate::model::CompletionField::WithCheckpoints,
        ));
        assert_eq!(row_value(with, &a, Room::Full), "0.45 (45%)");
        assert!(
            about(with, &a).starts_with("A share, typed from 0 to 1 (0.45 is 45%). Default 0.45:")
        );
    }

    #[test]
    fn the_money_explanation_gives_the_range_grouped_and_what_not_set_means() {
        let a = Assumptions::default();
        assert_eq!(
            about(rate(MoneyField::FixedCostsPerYear), &a),
            "0 to 1,000,000,000: platform, software and the like, once a year; not set: none."
        );
    }
}
