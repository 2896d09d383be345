//! What differs between two versions of a plan, in words: the course title,
//! the assumptions, modules added or removed, and each cell that changed.
//! Used to show what a recovery copy holds and by `coursegrid diff`.
//!
//! [`compare`] puts two plans side by side: every figure of
//! [`figures`](crate::figures::figures) before and after, the warnings gained or
//! lost, and the [`differences`]. `coursegrid diff` prints it; the editor shows
//! the same rows against a pinned baseline.

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use crate::analysis::{Tradeoffs, analyze};
use crate::figures::{Change, figures};
use crate::model::{Cell, Course, Module, ModuleChange, ModuleDiff, Setting};
use crate::printable::{printable, truncate};

/// Two plans side by side: a baseline (the first file, or the pinned plan) and
/// the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One row per figure, in the order of [`figures`](crate::figures::figures).
    pub rows: Vec<FigureRow>,
    /// Warning sentences of the baseline that the current plan no longer has.
    pub warnings_gone: Vec<String>,
    /// Warning sentences of the current plan that the baseline did not have.
    pub warnings_new: Vec<String>,
    /// What changed in the plan itself, from [`differences`].
    pub differences: Vec<String>,
}

/// One figure in both plans, as read and as a number.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    /// Starts a group ("Instructor hours", "Scalability"...), as in [`Figure`](crate::figures::Figure).
    pub group: Option<&'static str>,
    pub label: &'static str,
    pub baseline: String,
    pub current: String,
    pub baseline_value: Option<f64>,
    pub current_value: Option<f64>,
    /// `None` when the figure did not move (to one decimal).
    pub change: Option<Change>,
}

impl FigureRow {
    /// Current minus baseline; `None` where a figure has no number.
    pub fn delta(&self) -> Option<f64> {
        Some(self.current_value? - self.baseline_value?)
    }
}

impl Comparison {
    /// True when nothing differs: no plan difference, no figure moved, the same warnings.
    pub fn is_unchanged(&self) -> bool {
        self.differences.is_empty()
            && self.warnings_gone.is_empty()
            && self.warnings_new.is_empty()
            && self.rows.iter().all(|row| row.change.is_none())
    }
}

/// Compares `current` with `baseline`, analysing both.
pub fn compare(baseline: &Course, current: &Course) -> Comparison {
    let (before, after) = (analyze(baseline), analyze(current));
    let sentences =
        |t: &Tradeoffs| -> Vec<String> { t.warnings.iter().map(ToString::to_string).collect() };
    let (old, new) = (sentences(&before), sentences(&after));
    Comparison {
        rows: figure_rows(&before, &after),
        warnings_gone: old.iter().filter(|w| !new.contains(w)).cloned().collect(),
        warnings_new: new.iter().filter(|w| !old.contains(w)).cloned().collect(),
        differences: differences(baseline, current),
    }
}

/// The figure rows alone, for a caller that has both analyses already (the editor).
pub fn figure_rows(baseline: &Tradeoffs, current: &Tradeoffs) -> Vec<FigureRow> {
    figures(baseline)
        .into_iter()
        .zip(figures(current))
        .map(|(before, after)| FigureRow {
            group: after.group,
            label: after.label,
            change: after.change_from(&before),
            baseline: before.text,
            current: after.text,
            baseline_value: before.value,
            current_value: after.value,
        })
        .collect()
}

/// The comparison as text for the terminal: a header naming both files, then
/// the sections "Figures" (aligned columns), "Warnings" and "Changes"; or
/// "No differences.". Pass it through a control-character filter before printing.
pub fn render_text(comparison: &Comparison, baseline_name: &str, current_name: &str) -> String {
    let mut out = format!("Comparing {baseline_name} (baseline) with {current_name} (current)\n");
    if comparison.is_unchanged() {
        out.push_str("No differences.\n");
        return out;
    }
    let labels: Vec<String> = comparison
        .rows
        .iter()
        .map(|row| format!("    {}", row.label))
        .collect();
    let changes: Vec<&str> = comparison
        .rows
        .iter()
        .map(|row| row.change.as_ref().map_or("=", |c| c.text.as_str()))
        .collect();
    let widest = |header: &str, cells: &mut dyn Iterator<Item = &str>| {
        cells
            .map(UnicodeWidthStr::width)
            .fold(header.width(), usize::max)
    };
    let label_width = widest("Figures", &mut labels.iter().map(String::as_str));
    let baseline_width = widest(
        "baseline",
        &mut comparison.rows.iter().map(|r| r.baseline.as_str()),
    );
    let current_width = widest(
        "current",
        &mut comparison.rows.iter().map(|r| r.current.as_str()),
    );
    let change_width = widest("change", &mut changes.iter().copied());
    out.push('\n');
    let mut line = |cells: [&str; 5]| {
        let [label, baseline, current, change, verdict] = cells;
        let text = format!(
            "{label}{}  {}{baseline}  {}{current}  {change}{}  {verdict}",
            pad(label, label_width),
            pad(baseline, baseline_width),
            pad(current, current_width),
            pad(change, change_width),
        );
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(["Figures", "baseline", "current", "change", ""]);
    for ((row, label), change) in comparison.rows.iter().zip(&labels).zip(&changes) {
        if let Some(group) = row.group {
            line([&format!("  {group}"), "", "", "", ""]);
        }
        let verdict = match &row.change {
            Some(c) if c.improved => "better",
            Some(_) => "worse",
            None => "",
        };
        line([label, &row.baseline, &row.current, change, verdict]);
    }
    out.push_str("\nWarnings\n");
    for (heading, warnings) in [
        ("Only in the baseline", &comparison.warnings_gone),
        ("Only in the current plan", &comparison.warnings_new),
    ] {
        if warnings.is_empty() {
            out.push_str(&format!("  {heading}: none\n"));
        } else {
            out.push_str(&format!("  {heading}:\n"));
            for warning in warnings {
                out.push_str(&format!("  - {warning}\n"));
            }
        }
    }
    out.push_str("\nChanges\n");
    if comparison.differences.is_empty() {
        out.push_str("  none\n");
    }
    for difference in &comparison.differences {
        out.push_str(&format!("  {difference}\n"));
    }
    out
}

/// Spaces that pad `text` to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    " ".repeat(width.saturating_sub(text.width()))
}

/// The comparison as one JSON object (what `diff --json` prints): `baseline`
/// and `current` (the names given), `unchanged`, `figures` (each with its
/// `group`, `label`, the texts `baseline` and `current`, `change` (null when
/// unchanged), `improved`, and the numbers `baseline_value`, `current_value`
/// and `delta`, unrounded), `warnings_gone`, `warnings_new` and `changes`.
pub fn render_json(comparison: &Comparison, baseline_name: &str, current_name: &str) -> Value {
    let mut group = None;
    let figures: Vec<Value> = comparison
        .rows
        .iter()
        .map(|row| {
            // Every row names its group, not only the first of each.
            group = row.group.or(group);
            json!({
                "group": group,
                "label": row.label.trim_start(),
                "baseline": row.baseline,
                "current": row.current,
                "change": row.change.as_ref().map(|c| &c.text),
                "improved": row.change.as_ref().map(|c| c.improved),
                "baseline_value": row.baseline_value,
                "current_value": row.current_value,
                "delta": row.delta(),
            })
        })
        .collect();
    json!({
        "baseline": baseline_name,
        "current": current_name,
        "unchanged": comparison.is_unchanged(),
        "figures": figures,
        "warnings_gone": comparison.warnings_gone,
        "warnings_new": comparison.warnings_new,
        "changes": comparison.differences,
    })
}

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
    for setting in Setting::all() {
        let (a, b) = (
            before.assumptions.value(setting),
            after.assumptions.value(setting),
        );
        if a != b {
            out.push(format!("{}: {a} → {b}", setting.label()));
        }
    }
    let (old, new) = (before.modules(), after.modules());
    // Modules matched by identity: one module inserted, deleted, moved or
    // renamed reads as exactly that, not as a change in every module after it.
    for change in ModuleDiff::between(before, after).changes {
        match change {
            ModuleChange::Same { .. } => {}
            ModuleChange::Added { new: index } => out.push(format!(
                "Module {} \"{}\": added",
                index + 1,
                printable(&new[index].title)
            )),
            ModuleChange::Removed { old: index } => out.push(format!(
                "Module {} \"{}\": removed",
                index + 1,
                printable(&old[index].title)
            )),
            ModuleChange::Moved { old: from, new: to } => out.push(format!(
                "Module \"{}\": moved from {} to {}",
                printable(&new[to].title),
                from + 1,
                to + 1
            )),
            ModuleChange::Changed {
                old: from,
                new: index,
            } => {
                let (a, b) = (&old[from], &new[index]);
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
                cell_differences(&mut out, &name, a, b);
            }
        }
    }
    out
}

/// One sentence for each cell of module `a` that differs in `b`.
fn cell_differences(out: &mut Vec<String>, name: &str, a: &Module, b: &Module) {
    for ((event, x), (_, y)) in a.cells().zip(b.cells()) {
        let cell = format!("{name}, {} {}", event.number(), event.short_label());
        let shown = |c: &Cell| (c.planned_mode(), c.minutes, c.kind, c.reuse);
        if is_planned_change(x, y) && shown(x) != shown(y) {
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

/// A change worth a sentence: anything about a planned cell; an unplanned
/// cell's kind or reuse matters to no figure until it is planned.
fn is_planned_change(x: &Cell, y: &Cell) -> bool {
    x.is_planned() || y.is_planned()
}

/// "live workshop 30 min", "self-paced video 15 min (reused)", "not planned".
fn describe(cell: &Cell) -> String {
    match cell.planned_mode() {
        Some(mode) => format!(
            "{} {} {} min{}",
            mode.label(),
            cell.kind.label(),
            cell.minutes,
            if cell.reuse { " (reused)" } else { "" }
        ),
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
            .set(crate::model::Assumption::LearnersPerCohort, 30.0)
            .unwrap();
        after.modules_mut()[1]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
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
                "Module 2 \"Module 2\", 6 Practice: live workshop 30 min → self-paced practice 30 min",
                "Module 3 \"Extra\": added",
            ]
        );
        assert!(differences(&before, &before).is_empty());
        assert_eq!(
            differences(&after, &before).last().unwrap(),
            "Module 3 \"Extra\": removed"
        );
    }

    /// Two modules in their recommended modes, then module 1's practice made self-paced.
    fn toggled_practice() -> (Course, Course) {
        let before = Course::with_recommended_modules("Bread", 2).unwrap();
        let mut after = before.clone();
        after.modules_mut()[0]
            .cell_mut(GagneEvent::ElicitPerformance)
            .set_mode(GagneEvent::ElicitPerformance, Mode::SelfPaced);
        (before, after)
    }

    fn row<'a>(comparison: &'a Comparison, label: &str) -> &'a FigureRow {
        comparison.rows.iter().find(|r| r.label == label).unwrap()
    }

    #[test]
    fn modules_are_compared_by_identity_not_position() {
        let abc = |titles: &[&str]| {
            let modules = titles.iter().map(|t| Module::recommended(*t)).collect();
            Course::new("C", crate::model::Assumptions::default(), modules).unwrap()
        };
        // Deleting module 1 of A, B, C is one removal, not two renames and nine cells.
        assert_eq!(
            differences(&abc(&["A", "B", "C"]), &abc(&["B", "C"])),
            ["Module 1 \"A\": removed"]
        );
        assert_eq!(
            differences(&abc(&["A", "B", "C"]), &abc(&["A", "X", "B", "C"])),
            ["Module 2 \"X\": added"]
        );
        assert_eq!(
            differences(&abc(&["A", "B", "C", "D"]), &abc(&["B", "C", "A", "D"])),
            ["Module \"A\": moved from 1 to 3"]
        );
        assert_eq!(
            differences(&abc(&["A", "B", "C"]), &abc(&["A", "Bread", "C"])),
            ["Module 2: renamed \"B\" → \"Bread\""]
        );
    }

    #[test]
    fn a_plan_compared_with_itself_has_no_differences() {
        let course = Course::with_recommended_modules("Bread", 3).unwrap();
        let comparison = compare(&course, &course);
        assert_eq!(comparison.rows.len(), figures(&analyze(&course)).len());
        assert!(comparison.is_unchanged());
        assert!(comparison.rows.iter().all(|r| r.baseline == r.current));
        assert_eq!(
            render_text(&comparison, "a.ron", "a.ron"),
            "Comparing a.ron (baseline) with a.ron (current)\nNo differences.\n"
        );
    }

    #[test]
    fn a_toggled_cell_shows_each_figure_before_and_after_with_its_change() {
        let (before, after) = toggled_practice();
        let comparison = compare(&before, &after);
        assert_eq!(comparison.rows.len(), figures(&analyze(&after)).len());
        assert!(!comparison.is_unchanged());
        // Each module: live 30+30+20 = 80 min (two workshops, a critique); support:
        // the critique 20 min * 5 * 24 / 3600 = 0.67 h, the forum 15 min * 120 * 1 group
        // / 3600 = 0.5 h. Before: live 160 min * 2 sections = 5.33 h + 2.33 h = 7.67 h;
        // after: the practice is unmarked self-paced work, live 130 min -> 4.33 + 2.33 = 6.67 h.
        let per_cohort = row(&comparison, "Per cohort");
        assert_eq!(
            (per_cohort.baseline.as_str(), per_cohort.current.as_str()),
            ("7.7 h", "6.7 h")
        );
        let change = per_cohort.change.as_ref().unwrap();
        assert_eq!(change.text, "▼ 1.0");
        assert!(change.improved);
        assert!((per_cohort.delta().unwrap() + 1.0).abs() < 1e-9);
        // Self-paced share 140/300 = 46.7% -> 170/300 = 56.7%: 10 points more.
        assert_eq!(
            row(&comparison, "Self-paced").change.as_ref().unwrap().text,
            "▲ 10.0 pt"
        );
        // Practice at home with live feedback in the module is the article's own
        // design: still aligned, 18/18.
        let aligned = row(&comparison, "Aligned cells");
        assert_eq!(
            (aligned.baseline.as_str(), aligned.current.as_str()),
            ("18/18", "18/18")
        );
        assert_eq!(aligned.change, None);
        assert_eq!(row(&comparison, "Checkpoints").change, None);
        assert_eq!(
            comparison.differences,
            [
                "Module 1 \"Module 1\", 6 Practice: live workshop 30 min → self-paced practice 30 min"
            ]
        );
        // The sections warning quotes live hours, so its sentence changes: one gone, one new.
        assert_eq!(comparison.warnings_gone.len(), 1);
        assert!(comparison.warnings_gone[0].contains("5.3 h of live teaching"));
        assert_eq!(comparison.warnings_new.len(), 1);
        assert!(comparison.warnings_new[0].contains("4.3 h of live teaching"));
    }

    #[test]
    fn the_text_has_aligned_columns_and_every_section() {
        let (before, after) = toggled_practice();
        let comparison = compare(&before, &after);
        let text = render_text(&comparison, "before.ron", "after.ron");
        assert!(text.starts_with("Comparing before.ron (baseline) with after.ron (current)\n"));
        for section in ["\nFigures ", "\nWarnings\n", "\nChanges\n"] {
            assert!(text.contains(section), "{section:?} in\n{text}");
        }
        assert!(text.contains("  Staff hours\n"));
        let header = text.lines().find(|l| l.starts_with("Figures")).unwrap();
        let current_end = header.find("current").unwrap() + "current".len();
        for row in &comparison.rows {
            let line = text
                .lines()
                .find(|l| {
                    l.trim_start()
                        .starts_with(&format!("{}  ", row.label.trim_start()))
                })
                .unwrap();
            // The current value ends under the end of "current", in display columns.
            let end = line.rfind(&row.current).unwrap() + row.current.len();
            assert_eq!(line[..end].width(), current_end, "{line:?}");
        }
        assert!(text.contains("▼ 1.0") && text.contains("better"));
        assert!(text.ends_with(
            "  Module 1 \"Module 1\", 6 Practice: live workshop 30 min → self-paced practice 30 min\n"
        ));
    }

    #[test]
    fn the_json_has_texts_numbers_and_every_row_names_its_group() {
        let (before, after) = toggled_practice();
        let json = render_json(&compare(&before, &after), "a.ron", "b.ron");
        assert_eq!(
            (&json["baseline"], &json["current"]),
            (&json!("a.ron"), &json!("b.ron"))
        );
        assert_eq!(json["unchanged"], false);
        let figures = json["figures"].as_array().unwrap();
        let teaching = figures.iter().find(|f| f["label"] == "teaching").unwrap();
        assert_eq!(teaching["group"], "Staff hours");
        // 160 -> 130 live minutes, 2 sections: 1.0 h less.
        assert_eq!(teaching["change"], "▼ 1.0");
        assert_eq!(teaching["improved"], true);
        let delta = teaching["delta"].as_f64().unwrap();
        let (a, b) = (
            teaching["baseline_value"].as_f64().unwrap(),
            teaching["current_value"].as_f64().unwrap(),
        );
        assert!((delta - (b - a)).abs() < 1e-12 && (delta + 1.0).abs() < 1e-9);
        let checkpoints = figures
            .iter()
            .find(|f| f["label"] == "Checkpoints")
            .unwrap();
        assert!(checkpoints["change"].is_null() && checkpoints["improved"].is_null());
        assert_eq!(checkpoints["delta"], 0.0);
        assert_eq!(json["changes"].as_array().unwrap().len(), 1);
        assert_eq!(json["warnings_gone"].as_array().unwrap().len(), 1);
    }
}
