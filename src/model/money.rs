//! What a course costs and earns: hourly rates for the instructor, the
//! co-host and the build, a price per learner and fixed costs a year, in the
//! plan's currency. All optional: a plan without an instructor rate shows no
//! money at all, as before this existed.

use std::fmt;

use arrayvec::ArrayString;

/// One number of a plan's money assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MoneyField {
    InstructorRate,
    CohostRate,
    BuildRate,
    PricePerLearner,
    FixedCostsPerYear,
}

impl MoneyField {
    pub const ALL: [MoneyField; 5] = [
        MoneyField::InstructorRate,
        MoneyField::CohostRate,
        MoneyField::BuildRate,
        MoneyField::PricePerLearner,
        MoneyField::FixedCostsPerYear,
    ];

    /// The field name in the plan file's `assumptions`.
    pub fn key(self) -> &'static str {
        match self {
            MoneyField::InstructorRate => "instructor_rate",
            MoneyField::CohostRate => "cohost_rate",
            MoneyField::BuildRate => "build_rate",
            MoneyField::PricePerLearner => "price_per_learner",
            MoneyField::FixedCostsPerYear => "fixed_costs_per_year",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MoneyField::InstructorRate => "Instructor rate (per hour)",
            MoneyField::CohostRate => "Co-host rate (per hour)",
            MoneyField::BuildRate => "Build rate (per hour)",
            MoneyField::PricePerLearner => "Price per learner",
            MoneyField::FixedCostsPerYear => "Fixed costs per year",
        }
    }

    /// Far past any real course; the bounds keep every figure finite and meaningful.
    pub fn range(self) -> (f64, f64) {
        match self {
            MoneyField::InstructorRate | MoneyField::CohostRate | MoneyField::BuildRate => {
                (0.0, 100_000.0)
            }
            MoneyField::PricePerLearner => (0.0, 10_000_000.0),
            MoneyField::FixedCostsPerYear => (0.0, 1_000_000_000.0),
        }
    }

    /// How far one press of ←/→ moves the value in the editor's form.
    pub fn step(self) -> f64 {
        match self {
            MoneyField::InstructorRate | MoneyField::CohostRate | MoneyField::BuildRate => 5.0,
            MoneyField::PricePerLearner => 10.0,
            MoneyField::FixedCostsPerYear => 100.0,
        }
    }

    /// What the value means when the plan leaves it out.
    pub fn source(self) -> &'static str {
        match self {
            MoneyField::InstructorRate => {
                "your own figure, per hour of teaching or support; not set: no money figures"
            }
            MoneyField::CohostRate => "per hour in the live room; not set: the instructor rate",
            MoneyField::BuildRate => {
                "per hour of building the course; not set: the instructor rate"
            }
            MoneyField::PricePerLearner => {
                "what each learner pays; not set or 0: a free or internal course, costs only"
            }
            MoneyField::FixedCostsPerYear => {
                "platform, software and the like, once a year; not set: none"
            }
        }
    }
}

impl fmt::Display for MoneyField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The text shown before every amount: "$", "€", "CHF ". Up to
/// [`Currency::MAX_CHARS`] characters, none of them a control character
/// (it is printed beside every figure, in the terminal too).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Currency(ArrayString<{ Currency::MAX_CHARS * 4 }>);

impl Currency {
    pub const MAX_CHARS: usize = 8;

    pub fn new(text: &str) -> Result<Currency, CurrencyError> {
        let chars = text.chars().count();
        if chars > Currency::MAX_CHARS {
            return Err(CurrencyError::TooLong(chars));
        }
        let hidden = |c: char| c.is_control() || crate::present::printable::is_bidi_control(c);
        if text.chars().any(hidden) {
            return Err(CurrencyError::ControlCharacter);
        }
        // At most 8 characters of at most 4 bytes each always fit.
        ArrayString::from(text)
            .map(Currency)
            .map_err(|_| CurrencyError::TooLong(chars))
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl serde::Serialize for Currency {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// A currency text refused, with a message written for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    #[error("currency must be at most 8 characters, like \"$\", \"€\" or \"CHF \"; found {0}")]
    TooLong(usize),
    #[error(
        "currency must not hold control characters such as tabs or line breaks, or marks that reverse the text"
    )]
    ControlCharacter,
}

/// A plan's money assumptions, each as the plan gives it: `None` where it is
/// left out. Values are within their ranges ([`Assumptions`](super::Assumptions) checks them).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Money {
    pub currency: Currency,
    given: [Option<f64>; 5],
}

impl Money {
    /// The value as the plan gives it, `None` when left out.
    pub fn given(&self, field: MoneyField) -> Option<f64> {
        self.given[field as usize]
    }

    /// The value every figure uses: a rate left out is the instructor's, a
    /// price or fixed cost left out is 0, an instructor rate left out is 0
    /// (and [`Money::rates`] is `None`).
    pub fn value(&self, field: MoneyField) -> f64 {
        let instructor = self.given(MoneyField::InstructorRate).unwrap_or(0.0);
        match field {
            MoneyField::CohostRate | MoneyField::BuildRate => {
                self.given(field).unwrap_or(instructor)
            }
            _ => self.given(field).unwrap_or(0.0),
        }
    }

    /// Sets a value already checked against its range.
    pub(super) fn set(&mut self, field: MoneyField, value: f64) {
        self.given[field as usize] = Some(value);
    }

    /// Leaves a value out again (its default applies).
    pub fn clear(&mut self, field: MoneyField) {
        self.given[field as usize] = None;
    }

    /// The rates every money figure derives from; `None` when no instructor
    /// rate is set (the plan shows no money).
    pub fn rates(&self) -> Option<Rates> {
        self.given(MoneyField::InstructorRate)?;
        Some(Rates {
            instructor: self.value(MoneyField::InstructorRate),
            cohost: self.value(MoneyField::CohostRate),
            build: self.value(MoneyField::BuildRate),
            price_per_learner: self.value(MoneyField::PricePerLearner),
            fixed_costs_per_year: self.value(MoneyField::FixedCostsPerYear),
        })
    }
}

/// Money assumptions resolved to numbers: what the money figures use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    pub instructor: f64,
    pub cohost: f64,
    pub build: f64,
    pub price_per_learner: f64,
    pub fixed_costs_per_year: f64,
}

impl Rates {
    /// A price is set: the course earns, so revenue, margin, profit and
    /// payback mean something (a free or internal course shows costs only).
    pub fn has_price(&self) -> bool {
        self.price_per_learner > 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_currency_is_at_most_eight_printable_characters() {
        assert_eq!(Currency::new("CHF ").unwrap().as_str(), "CHF ");
        // eight four-byte characters still fit
        assert!(Currency::new("🥐🥐🥐🥐🥐🥐🥐🥐").is_ok());
        assert_eq!(Currency::new("€€€€€€€€€"), Err(CurrencyError::TooLong(9)));
        assert_eq!(Currency::new("$\n"), Err(CurrencyError::ControlCharacter));
        assert_eq!(
            Currency::new("\u{202e}RUB"),
            Err(CurrencyError::ControlCharacter)
        );
        assert!(Currency::new("").unwrap().is_empty());
    }

    #[test]
    fn rates_left_out_follow_the_instructor_rate() {
        let mut money = Money::default();
        assert_eq!(money.rates(), None);
        money.set(MoneyField::PricePerLearner, 300.0);
        assert_eq!(money.rates(), None, "a price alone shows no money");
        money.set(MoneyField::InstructorRate, 50.0);
        money.set(MoneyField::CohostRate, 20.0);
        let rates = money.rates().unwrap();
        assert_eq!(
            (rates.instructor, rates.cohost, rates.build),
            (50.0, 20.0, 50.0)
        );
        assert_eq!(
            (rates.price_per_learner, rates.fixed_costs_per_year),
            (300.0, 0.0)
        );
        assert!(rates.has_price());
        money.clear(MoneyField::CohostRate);
        assert_eq!(money.rates().unwrap().cohost, 50.0);
    }
}
