//! The plan as CSV for a spreadsheet or a learning platform: one row per
//! module and event (nine rows a module, unplanned events included with 0
//! minutes), quoted by a real CSV writer.

use std::borrow::Cow;

use crate::model::Course;

/// The header row, in column order.
pub const COLUMNS: [&str; 12] = [
    "module_index",
    "module",
    "event_index",
    "event",
    "planned",
    "mode",
    "kind",
    "minutes",
    "reuse",
    "activity",
    "recommended_mode",
    "weeks",
];

/// What a spreadsheet takes for the start of a formula (or, for tab and
/// carriage return, of a new cell), and the quote that neutralises it.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// The CSV text for `course`: a header, then for each module, numbered from
/// one, its nine events, numbered 1 to 9 in Gagné's order. Modes read `live`
/// or `self-paced`; `activity` is empty when there is none.
///
/// Control characters other than tab and newline are written as
/// `\u{1b}`, as `coursegrid check` shows them, so a CSV printed to a terminal
/// cannot drive it; everything else is the plan's text exactly.
pub fn render(course: &Course) -> String {
    let mut writer = ::csv::WriterBuilder::new().from_writer(Vec::new());
    // Writing to memory cannot fail, and every row has the header's length.
    let _ = writer.write_record(COLUMNS);
    for (index, module) in course.modules().iter().enumerate() {
        let module_index = (index + 1).to_string();
        let title = guarded(shown(&module.title));
        let weeks = module.weeks.to_string();
        for (event, cell) in module.cells() {
            let minutes = cell.minutes.to_string();
            let event_index = event.number().to_string();
            let activity = guarded(cell.activity.as_deref().map(shown).unwrap_or_default());
            let yes_no = |yes: bool| if yes { "yes" } else { "no" };
            let _ = writer.write_record([
                module_index.as_str(),
                &title,
                &event_index,
                event.label(),
                yes_no(cell.is_planned()),
                cell.mode().label(),
                cell.kind.label(),
                &minutes,
                yes_no(cell.reuse),
                &activity,
                event.recommended_mode().label(),
                &weeks,
            ]);
        }
    }
    let bytes = writer.into_inner().unwrap_or_default();
    // Every field is a &str, so the output is UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

/// A text a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+1`,
/// `@SUM`, `-2`), quoted with a leading `'` as OWASP recommends for CSV
/// injection: the spreadsheet shows the text and runs nothing. A text that
/// really begins with `'` gets one too, so removing exactly one leading
/// `'` always gives the text back.
pub(super) fn guarded(text: Cow<'_, str>) -> Cow<'_, str> {
    match text.chars().next() {
        Some(first) if FORMULA_STARTS.contains(&first) => Cow::Owned(format!("'{text}")),
        _ => text,
    }
}

pub(super) fn shown(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\t' | '\n');
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if unsafe_char(c) {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assumptions, Cell, GagneEvent, Minutes, Mode, Module};

    fn course() -> Course {
        let mut module = Module::new("Shaping, \"by hand\"");
        *module.cell_mut(GagneEvent::ElicitPerformance) = Cell {
            activity: Some("Film it,\nthen post it".into()),
            ..Cell::in_mode(
                GagneEvent::ElicitPerformance,
                Mode::SelfPaced,
                Minutes::new(30).unwrap(),
            )
        };
        Course::new("Bread", Assumptions::default(), vec![module]).unwrap()
    }

    #[test]
    fn a_header_then_nine_rows_a_module_quoted_where_needed() {
        let csv = render(&course());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "module_index,module,event_index,event,planned,mode,kind,minutes,reuse,activity,recommended_mode,weeks"
        );
        assert_eq!(
            lines[1],
            "1,\"Shaping, \"\"by hand\"\"\",1,Gain attention,no,self-paced,video,0,no,,self-paced,1"
        );
        assert!(
            csv.contains(
                "1,\"Shaping, \"\"by hand\"\"\",6,Elicit performance (practice),yes,self-paced,practice,30,no,\"Film it,\nthen post it\",live,1\n"
            ),
            "{csv}"
        );
        assert_eq!(csv.matches("\"Shaping").count(), 9);
    }

    #[test]
    fn control_characters_are_shown_not_written() {
        let mut course = course();
        course.modules_mut()[0].title = "Evil\u{1b}]0;x\u{7}\tmodule".into();
        let csv = render(&course);
        assert!(!csv.contains('\u{1b}') && !csv.contains('\u{7}'));
        assert!(csv.contains("Evil\\u{1b}]0;x\\u{7}\tmodule"), "{csv}");
    }

    #[test]
    fn a_text_a_spreadsheet_would_run_is_quoted_and_a_quote_doubled() {
        let mut course = course();
        course.modules_mut()[0].title = "=HYPERLINK(\"http://x\",\"y\")".into();
        course.modules_mut()[0]
            .cell_mut(GagneEvent::ElicitPerformance)
            .activity = Some("'quoted already".into());
        let csv = render(&course);
        let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(&rows[0][1], "'=HYPERLINK(\"http://x\",\"y\")");
        assert_eq!(&rows[5][9], "''quoted already");
        for start in ["+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guarded(Cow::Borrowed(start)), format!("'{start}"));
        }
        // Ordinary texts, and a formula character later on, stay as they are.
        assert_eq!(guarded(Cow::Borrowed("Bake = love")), "Bake = love");
    }
}
