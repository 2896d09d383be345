//! What differs between two versions of a plan, in words: the course title,
//! the assumptions, modules added or removed, and each cell that changed.
//! Used to show what a recovery copy holds and by `coursegrid diff`.
//!
//! [`compare`] puts two plans side by side: every figure of
//! [`figures`](crate::present::figures::figures) before and after, the warnings gained or
//! lost, and the [`differences`]. `coursegrid diff` prints it; the editor shows
//! the same rows against a pinned baseline.

use serde_json::{Value, json};
use unicode_width::UnicodeWidthStr;

use crate::analysis::{Tradeoffs, Warning, analyze};
use crate::model::{Cell, Course, Module, ModuleChange, ModuleDiff, Schedule, Setting};
use crate::present::catalogue::FigureId;
use crate::present::figures::{Change, Figure, Reading, figures};
use crate::present::printable::{amount_as_given, printable, quoted_currency, truncate};

/// Two plans side by side: a baseline (the first file, or the pinned plan) and
/// the current one.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// One row per figure, in the order of [`figures`](crate::present::figures::figures).
    pub rows: Vec<FigureRow>,
    /// Warning sentences of the baseline that the current plan no longer has.
    pub warnings_gone: Vec<String>,
    /// Warning sentences of the current plan that the baseline did not have.
    pub warnings_new: Vec<String>,
    /// Warnings both plans have whose figures differ: the baseline's sentence,
    /// then the current plan's.
    pub warnings_changed: Vec<(String, String)>,
    /// What changed in the plan itself, from [`differences`].
    pub differences: Vec<String>,
}

/// One figure in both plans, as read and as a number.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureRow {
    /// Starts a group ("Instructor hours", "Scalability"...), as in [`Figure`](crate::present::figures::Figure).
    pub group: Option<&'static str>,
    pub label: &'static str,
    pub baseline: String,
    pub current: String,
    pub baseline_reading: Reading,
    pub current_reading: Reading,
    /// `None` when the figure did not move (as shown).
    pub change: Option<Change>,
}

impl FigureRow {
    /// A figure the baseline has and the current plan no longer shows
    /// (money, once the rates are cleared).
    pub fn is_gone(&self) -> bool {
        self.current == NOT_SHOWN
    }

    /// Current minus baseline; `None` where either has no number (break-even
    /// "already" or "never").
    pub fn delta(&self) -> Option<f64> {
        Some(self.current_reading.number()? - self.baseline_reading.number()?)
    }
}

impl Comparison {
    /// True when nothing differs: no plan difference, no figure moved, the same warnings.
    pub fn is_unchanged(&self) -> bool {
        self.differences.is_empty()
            && self.warnings_gone.is_empty()
            && self.warnings_new.is_empty()
            && self.warnings_changed.is_empty()
            && self.rows.iter().all(|row| row.change.is_none())
    }
}

/// Compares `current` with `baseline`, analysing both.
pub fn compare(baseline: &Course, current: &Course) -> Comparison {
    let (before, after) = (analyze(baseline), analyze(current));
    let warnings = WarningChanges::between(&before.warnings, &after.warnings);
    Comparison {
        rows: figure_rows(&before, &after),
        warnings_gone: warnings.gone,
        warnings_new: warnings.new,
        warnings_changed: warnings.changed,
        differences: differences(baseline, current),
    }
}

/// The warnings of two plans matched by kind, not by sentence: a warning
/// whose numbers moved (fewer live hours in "sections multiply live hours")
/// is one warning changed, not one gone and one new.
struct WarningChanges {
    gone: Vec<String>,
    new: Vec<String>,
    changed: Vec<(String, String)>,
}

impl WarningChanges {
    fn between(old: &[Warning], new: &[Warning]) -> WarningChanges {
        let counterpart =
            |w: &Warning, others: &[Warning]| others.iter().find(|o| o.same_kind(w)).cloned();
        let mut changes = WarningChanges {
            gone: Vec::new(),
            new: Vec::new(),
            changed: Vec::new(),
        };
        for warning in old {
            match counterpart(warning, new) {
                None => changes.gone.push(warning.to_string()),
                Some(now) if now != *warning => {
                    changes.changed.push((warning.to_string(), now.to_string()));
                }
                Some(_) => {}
            }
        }
        changes.new = new
            .iter()
            .filter(|w| counterpart(w, old).is_none())
            .map(ToString::to_string)
            .collect();
        changes
    }
}

/// The figure rows alone, for a caller that has both analyses already (the
/// editor). Figures are paired by what they are: a figure only one plan shows
/// (money, when only one has rates) reads "not shown" on the other side.
pub fn figure_rows(baseline: &Tradeoffs, current: &Tradeoffs) -> Vec<FigureRow> {
    let (before, after) = (figures(baseline), figures(current));
    // The current plan's order, with any figure only the baseline shows
    // placed after the figure it follows there.
    let mut order: Vec<FigureId> = after.iter().map(|f| f.id).collect();
    let mut next = 0;
    for figure in &before {
        match order.iter().position(|id| *id == figure.id) {
            Some(at) => next = at + 1,
            None => {
                order.insert(next, figure.id);
                next += 1;
            }
        }
    }
    let find = |list: &[Figure], id| list.iter().find(|f| f.id == id).cloned();
    order
        .into_iter()
        .filter_map(|id| match (find(&before, id), find(&after, id)) {
            (None, None) => None,
            (before, after) => {
                let shown = after.as_ref().or(before.as_ref())?.clone();
                let side = |figure: Option<Figure>| {
                    figure.unwrap_or_else(|| Figure {
                        text: NOT_SHOWN.to_owned(),
                        reading: Reading::Absent,
                        ..shown.clone()
                    })
                };
                let (before, after) = (side(before), side(after));
                Some(FigureRow {
                    group: after.group.or(before.group),
                    label: after.label,
                    change: after.change_from(&before),
                    baseline: before.text,
                    current: after.text,
                    baseline_reading: before.reading,
                    current_reading: after.reading,
                })
            }
        })
        .collect()
}

/// What a comparison shows for a figure one of the plans does not have.
const NOT_SHOWN: &str = "not shown";

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
        let verdict = row.change.as_ref().map_or("", Change::verdict);
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
    if !comparison.warnings_changed.is_empty() {
        out.push_str("  Changed:\n");
        for (was, now) in &comparison.warnings_changed {
            out.push_str(&format!("  - {was}\n    → {now}\n"));
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
/// unchanged), `improved`, the numbers `baseline_value`, `current_value`
/// and `delta`, unrounded, and `baseline_state` and `current_state`),
/// `warnings_gone`, `warnings_new`, `warnings_changed` (each with its
/// `baseline` and `current` sentence) and `changes`. A state is null for an
/// amount; for break-even it is "already", "cohorts" or "never", and the
/// value is null unless it is "cohorts": no number stands in for a state.
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
                "improved": row.change.as_ref().and_then(|c| c.improved),
                "baseline_value": row.baseline_reading.number(),
                "current_value": row.current_reading.number(),
                "delta": row.delta(),
                "baseline_state": row.baseline_reading.state(),
                "current_state": row.current_reading.state(),
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
        "warnings_changed": comparison
            .warnings_changed
            .iter()
            .map(|(was, now)| json!({ "baseline": was, "current": now }))
            .collect::<Vec<_>>(),
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
        let value = |course: &Course| {
            let a = &course.assumptions;
            (a.is_given(setting), a.value(setting))
        };
        let (a, b) = (value(before), value(after));
        if a != b {
            let currency = after.assumptions.money().currency;
            let said = |(given, value): (bool, f64)| match (given, setting) {
                (false, _) => "not set".to_owned(),
                // Money as the form shows it: "$3,000", "$62.5".
                (true, Setting::Money(_)) => amount_as_given(currency.as_str(), value),
                (true, _) => value.to_string(),
            };
            out.push(format!("{}: {} → {}", setting.label(), said(a), said(b)));
        }
    }
    schedule_differences(&mut out, before.schedule.as_ref(), after.schedule.as_ref());
    let currency = |course: &Course| course.assumptions.money().currency;
    if currency(before) != currency(after) {
        out.push(format!(
            "Currency: {} → {}",
            quoted_currency(currency(before)),
            quoted_currency(currency(after))
        ));
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
                if a.weeks != b.weeks {
                    out.push(format!("{name}: weeks {} → {}", a.weeks, b.weeks));
                }
                cell_differences(&mut out, &name, a, b);
            }
        }
    }
    out
}

/// One sentence for each part of the schedule that differs: its start, its
/// live slot, its reach window and each learner zone.
fn schedule_differences(out: &mut Vec<String>, a: Option<&Schedule>, b: Option<&Schedule>) {
    let (a, b) = match (a, b) {
        (None, None) => return,
        (None, Some(b)) => {
            out.push(format!("Schedule: none → from {}, {}", b.start, b.live));
            return;
        }
        (Some(a), None) => {
            out.push(format!("Schedule: from {}, {} → none", a.start, a.live));
            return;
        }
        (Some(a), Some(b)) => (a, b),
    };
    if a.start != b.start {
        out.push(format!("Schedule start: {} → {}", a.start, b.start));
    }
    if a.live != b.live {
        out.push(format!("Live slot: {} → {}", a.live, b.live));
    }
    if a.reach != b.reach {
        let window = |w: &crate::model::ReachWindow| format!("{} to {}", w.from(), w.to());
        out.push(format!(
            "Reach window: {} → {}",
            window(&a.reach),
            window(&b.reach)
        ));
    }
    let zones = |s: &Schedule| -> Vec<(String, f64)> {
        s.learner_zones
            .iter()
            .flat_map(|z| z.iter())
            .map(|(zone, weight)| (zone.name().to_owned(), weight))
            .collect()
    };
    let (old, new) = (zones(a), zones(b));
    let weight = |list: &[(String, f64)], name: &str| {
        list.iter()
            .find(|(zone, _)| zone.eq_ignore_ascii_case(name))
            .map(|(_, w)| *w)
    };
    for (zone, w) in &old {
        match weight(&new, zone) {
            None => out.push(format!("Learner zone {zone}: {w} → removed")),
            Some(now) if now != *w => out.push(format!("Learner zone {zone}: {w} → {now}")),
            Some(_) => {}
        }
    }
    for (zone, w) in &new {
        if weight(&old, zone).is_none() {
            out.push(format!("Learner zone {zone}: added, {w}"));
        }
    }
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
#[path = "compare_tests.rs"]
mod tests;
