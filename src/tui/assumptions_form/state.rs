//! The assumptions dialog's state: its sections (Cohort, Kinds, Completion,
//! Money), their rows, the selected row and a value being typed (which
//! replaces the old one, as in a selected spreadsheet cell).

use tui_input::{Input, InputRequest};

use crate::model::Setting;

/// A part of the dialog, shown one at a time like a tab; Tab and Shift-Tab
/// move between them. A new group of settings (money, time) is a new variant
/// here and its rows in [`Section::rows`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Who takes the course and how they are taught live.
    Cohort,
    /// What each activity kind costs to build and support, and the presets.
    Kinds,
    /// How many learners finish with and without live checkpoints.
    Completion,
    /// The currency, hourly rates, the price and fixed costs.
    Money,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Cohort,
        Section::Kinds,
        Section::Completion,
        Section::Money,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::Cohort => "Cohort",
            Section::Kinds => "Kinds",
            Section::Completion => "Completion",
            Section::Money => "Money",
        }
    }

    /// The section's rows, top to bottom.
    pub fn rows(self) -> Vec<Row> {
        let settings = Setting::all().filter(move |setting| match self {
            Section::Cohort => matches!(setting, Setting::Plain(_)),
            Section::Kinds => matches!(setting, Setting::Kind(..)),
            Section::Completion => matches!(setting, Setting::Completion(_)),
            Section::Money => matches!(setting, Setting::Money(_)),
        });
        let first = match self {
            Section::Kinds => Some(Row::Preset),
            Section::Money => Some(Row::Currency),
            Section::Cohort | Section::Completion => None,
        };
        first
            .into_iter()
            .chain(settings.map(Row::Setting))
            .collect()
    }

    /// The section `by` steps away, wrapping around.
    fn step(self, by: i32) -> Section {
        let index = Section::ALL.iter().position(|s| *s == self).unwrap_or(0) as i32;
        Section::ALL[(index + by).rem_euclid(Section::ALL.len() as i32) as usize]
    }
}

/// One row of the dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The build-ratio preset: ←→ steps through them.
    Preset,
    /// The text shown before amounts ("$", "CHF "), typed as text.
    Currency,
    Setting(Setting),
}

impl Row {
    /// Whether a character typed on the row starts editing its value: any
    /// printable one on the currency row, a digit or a point on a number.
    pub fn starts_typing(self, c: char) -> bool {
        match self {
            Row::Preset => false,
            Row::Currency => !c.is_control(),
            Row::Setting(_) => c.is_ascii_digit() || c == '.',
        }
    }
}

/// A value being typed: it starts as the current value, selected, so that
/// the first character typed replaces it and Backspace edits it.
#[derive(Debug, Clone)]
pub struct TypedValue {
    pub input: Input,
    /// Nothing typed yet: the next character replaces the whole value.
    pub replaces: bool,
}

impl TypedValue {
    pub fn of(value: String) -> TypedValue {
        TypedValue {
            input: Input::new(value),
            replaces: true,
        }
    }

    /// One key of typing: a character replaces a still-selected value; any
    /// other edit (Backspace, a cursor move) works on the value as it is.
    pub fn handle(&mut self, request: InputRequest) {
        crate::tui::text_prompt::type_over(&mut self.input, &mut self.replaces, request);
    }
}

/// The dialog's state: which section, which row of it, and a value being typed.
#[derive(Debug, Clone)]
pub struct AssumptionsForm {
    pub section: Section,
    /// The selected row within the section.
    pub row: usize,
    /// Typing an exact value for the selected row.
    pub typing: Option<TypedValue>,
    pub error: Option<String>,
}

impl Default for AssumptionsForm {
    fn default() -> AssumptionsForm {
        AssumptionsForm::new()
    }
}

impl AssumptionsForm {
    /// The dialog as `A` opens it: the first row of the first section.
    pub fn new() -> AssumptionsForm {
        AssumptionsForm {
            section: Section::ALL[0],
            row: 0,
            typing: None,
            error: None,
        }
    }

    /// Esc on a value being typed, or an undo under the form: the value
    /// typed and any message about it go; the setting stays as it is.
    pub fn stop_typing(&mut self) {
        self.typing = None;
        self.error = None;
    }

    /// The selected row.
    pub fn selected(&self) -> Row {
        let rows = self.section.rows();
        rows[self.row.min(rows.len() - 1)]
    }

    /// The setting on the selected row; `None` for the preset and currency rows.
    pub fn setting(&self) -> Option<Setting> {
        match self.selected() {
            Row::Setting(setting) => Some(setting),
            Row::Preset | Row::Currency => None,
        }
    }

    /// ↑↓: the row `by` away, within the section.
    pub fn select(&mut self, by: i32) {
        let last = self.section.rows().len() as i64 - 1;
        self.row = (self.row as i64 + i64::from(by)).clamp(0, last) as usize;
        self.error = None;
    }

    /// Tab / Shift-Tab: the first row of the next or previous section.
    pub fn jump_section(&mut self, by: i32) {
        self.section = self.section.step(by);
        self.row = 0;
        self.typing = None;
        self.error = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_in_exactly_one_section_and_the_preset_in_kinds() {
        let shown: Vec<Row> = Section::ALL.iter().flat_map(|s| s.rows()).collect();
        for setting in Setting::all() {
            let times = shown
                .iter()
                .filter(|r| **r == Row::Setting(setting))
                .count();
            assert_eq!(times, 1, "{setting}");
        }
        assert_eq!(Section::Kinds.rows()[0], Row::Preset);
        assert_eq!(shown.len(), Setting::all().count() + 2);
    }

    #[test]
    fn the_money_section_starts_with_the_currency_then_the_five_values() {
        let rows = Section::Money.rows();
        assert_eq!(rows[0], Row::Currency);
        assert_eq!(rows.len(), 6);
        assert!(
            rows[1..]
                .iter()
                .all(|row| matches!(row, Row::Setting(Setting::Money(_))))
        );
        let mut form = AssumptionsForm::new();
        form.jump_section(-1);
        assert_eq!(
            (form.section, form.selected()),
            (Section::Money, Row::Currency)
        );
        assert_eq!(form.setting(), None, "the currency is no number");
        form.select(1);
        assert!(matches!(form.setting(), Some(Setting::Money(_))));
    }

    #[test]
    fn the_currency_row_types_any_printable_character_a_number_row_digits() {
        assert!(Row::Currency.starts_typing('€'));
        assert!(Row::Currency.starts_typing('C'));
        assert!(Row::Currency.starts_typing(' '));
        assert!(!Row::Currency.starts_typing('\t'));
        let rate = Row::Setting(Setting::Money(crate::model::MoneyField::InstructorRate));
        assert!(rate.starts_typing('6') && rate.starts_typing('.'));
        assert!(!rate.starts_typing('C'));
        assert!(!Row::Preset.starts_typing('1'));
    }

    #[test]
    fn a_typed_character_replaces_the_value_and_backspace_edits_it() {
        let mut typed = TypedValue::of("24".into());
        typed.handle(InputRequest::InsertChar('6'));
        typed.handle(InputRequest::InsertChar('0'));
        assert_eq!(typed.input.value(), "60");
        let mut typed = TypedValue::of("24".into());
        typed.handle(InputRequest::DeletePrevChar);
        typed.handle(InputRequest::InsertChar('5'));
        assert_eq!(typed.input.value(), "25");
    }

    #[test]
    fn rows_stay_within_their_section_and_tab_wraps() {
        let mut form = AssumptionsForm::new();
        form.select(100);
        assert_eq!(form.row, Section::Cohort.rows().len() - 1);
        form.jump_section(1);
        assert_eq!((form.section, form.row), (Section::Kinds, 0));
        assert_eq!(form.setting(), None, "the preset row");
        form.jump_section(3);
        assert_eq!(form.section, Section::Cohort);
    }
}
