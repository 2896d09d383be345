//! What differs between two versions of a plan, in words: the course title,
//! the assumptions, modules added or removed, and each cell that changed.
//! Used to show what a recovery copy holds and by `coursegrid diff`.

use crate::model::{Assumption, Cell, Course};
use crate::printable::{printable, truncate};

/// Every difference from `before` to `after`, one sentence each, in plan order.
pub fn differences(before: &Course, after: &Course) -> Vec<String> {
    let mut out = Vec::new();
    if before.title != after.title {
        out.push(format!(
            "Title: \"{}\" → \"{}\"",
            printable(&before.title),
            printable(&after.title)
        ));
    }
    for assumption in Assumption::ALL {
        let (a, b) = (
            before.assumptions.get(assumption),
            after.assumptions.get(assumption),
        );
        if a != b {
            out.push(format!("{}: {a} → {b}", assumption.label()));
        }
    }
    let (old, new) = (before.modules(), after.modules());
    for (index, (a, b)) in old.iter().zip(new).enumerate() {
        let name = format!(
            "Module {} \"{}\"",
            index + 1,
            truncate(&printable(&b.title), 30)
        );
        if a.title != b.title {
            out.push(format!(
                "Module {}: renamed \"{}\" → \"{}\"",
                index + 1,
                printable(&a.title),
                printable(&b.title)
            ));
        }
        for ((event, x), (_, y)) in a.cells().zip(b.cells()) {
            let cell = format!("{name}, {} {}", event.number(), event.short_label());
            if (x.planned_mode(), x.minutes) != (y.planned_mode(), y.minutes) {
                out.push(format!("{cell}: {} → {}", describe(x), describe(y)));
            }
            if x.activity != y.activity {
                out.push(format!(
                    "{cell}: activity {} → {}",
                    activity(x),
                    activity(y)
                ));
            }
        }
    }
    for (index, module) in new.iter().enumerate().skip(old.len()) {
        out.push(format!(
            "Module {} \"{}\": added",
            index + 1,
            printable(&module.title)
        ));
    }
    for (index, module) in old.iter().enumerate().skip(new.len()) {
        out.push(format!(
            "Module {} \"{}\": removed",
            index + 1,
            printable(&module.title)
        ));
    }
    out
}

/// "live 30 min", "self-paced 15 min", "not planned".
fn describe(cell: &Cell) -> String {
    match cell.planned_mode() {
        Some(mode) => format!("{} {} min", mode.label(), cell.minutes),
        None => "not planned".to_owned(),
    }
}

/// The activity in quotes, or "none".
fn activity(cell: &Cell) -> String {
    match &cell.activity {
        Some(text) => format!("\"{}\"", printable(text)),
        None => "none".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{GagneEvent, Mode, Module};

    #[test]
    fn each_change_is_one_sentence() {
        let before = Course::with_recommended_modules("Bread", 2).unwrap();
        let mut after = before.clone();
        after.title = "Bread!".into();
        after
            .assumptions
            .set(Assumption::LearnersPerCohort, 30.0)
            .unwrap();
        after.modules_mut()[1]
            .cell_mut(GagneEvent::ElicitPerformance)
            .mode = Mode::SelfPaced;
        after.modules_mut()[0]
            .cell_mut(GagneEvent::GainAttention)
            .activity = Some("Quiz".into());
        after.insert_module(2, Module::new("Extra")).unwrap();
        assert_eq!(
            differences(&before, &after),
            [
                "Title: \"Bread\" → \"Bread!\"",
                "Learners per cohort: 24 → 30",
                "Module 1 \"Module 1\", 1 Attention: activity none → \"Quiz\"",
                "Module 2 \"Module 2\", 6 Practice: live 30 min → self-paced 30 min",
                "Module 3 \"Extra\": added",
            ]
        );
        assert!(differences(&before, &before).is_empty());
        assert_eq!(
            differences(&after, &before).last().unwrap(),
            "Module 3 \"Extra\": removed"
        );
    }
}
