//! The plan as a Markdown document to send to a colleague or a client: it
//! renders on GitHub, GitLab and in any CommonMark viewer, and the same plan
//! always gives the same bytes, so exports diff well.
//!
//! In order: the title, a summary in words, the tradeoffs table, the grid,
//! a section per module, the Line of Understanding's deviations, the
//! warnings, the assumptions with their sources, and two Mermaid charts.
//! Every piece of user text goes through [`escape_inline`].

mod charts;
mod escape;
mod tradeoffs;

use std::fmt::Write;

pub use escape::escape_inline;

use crate::analysis::{Tradeoffs, WEEKS_LISTED, analyze};
use crate::model::{
    ActivityKind, Assumption, BuildPreset, CompletionField, Course, GagneEvent, KindField, Mode,
    Module, Setting, SupportPer,
};
use crate::present::cell_text::{cell_text, mode_name};

use crate::analysis::numbers::{count, duration, one_decimal, week_hours, whole};

/// The Markdown document for `course`.
pub fn render(course: &Course) -> String {
    let t = analyze(course);
    let mut out = String::new();
    title(&mut out, course);
    tradeoffs::intro(&mut out, course, &t);
    tradeoffs::table(&mut out, &t);
    grid(&mut out, course);
    modules(&mut out, course);
    week_by_week(&mut out, course, &t);
    line_of_understanding(&mut out, &t);
    warnings(&mut out, &t);
    assumptions(&mut out, course);
    charts::charts(&mut out, course, &t);
    // One newline at the end, as editors and `git diff` expect.
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

fn title(out: &mut String, course: &Course) {
    let title = match escape_inline(&course.title) {
        title if title.is_empty() => "Untitled course".to_string(),
        title => title,
    };
    let _ = writeln!(out, "# {title}\n");
}

/// "1. Sourcing ingredients", or "1. (untitled)".
fn module_name(index: usize, module: &Module) -> String {
    match escape_inline(&module.title) {
        title if title.is_empty() => format!("{}. (untitled)", index + 1),
        title => format!("{}. {title}", index + 1),
    }
}

fn grid(out: &mut String, course: &Course) {
    let _ = writeln!(out, "## The grid\n");
    let _ = writeln!(
        out,
        "Each column is a module and each row one of Gagné's nine events of instruction. A cell \
         says whether the event is taught live or self-paced, what learners do (its activity \
         kind), and how many minutes of learner time it takes; \"reused\" marks something built \
         already, which costs no build hours; — means it is not planned.\n"
    );
    let modules = course.modules();
    let _ = write!(out, "| Event |");
    for (index, module) in modules.iter().enumerate() {
        let _ = write!(out, " {} |", module_name(index, module));
    }
    let _ = writeln!(out, "\n|---|{}", "---|".repeat(modules.len()));
    for event in GagneEvent::ALL {
        let _ = write!(out, "| {}. {} |", event.number(), event.label());
        for module in modules {
            let _ = write!(out, " {} |", cell_text(module.cell(event)));
        }
        out.push('\n');
    }
    out.push('\n');
}

/// One cohort's course week by week: which module runs, what it asks of a
/// learner and of the staff that week.
fn week_by_week(out: &mut String, course: &Course, t: &Tradeoffs) {
    let weeks = crate::analysis::cohort_weeks(course, t.workload());
    let _ = writeln!(out, "## Week by week\n");
    let _ = writeln!(
        out,
        "One cohort, from its first week: a module's live sessions (and co-host) fall in its \
         first week, its support is spread over its weeks. With {} a year, a cohort starts \
         about every {} weeks; the staff's busiest week of the year holds {} hours.\n",
        count(
            t.workload().assumptions().cohorts_per_year() as usize,
            "cohort",
            "cohorts"
        ),
        whole(
            (52.0 / f64::from(t.workload().assumptions().cohorts_per_year().max(1))).round() as u64
        ),
        one_decimal(t.weeks.staff_hours_per_week_peak),
    );
    let _ = writeln!(
        out,
        "| Week | Module | Learner hours | Staff hours (one cohort) |\n|---:|---|---:|---:|"
    );
    let limit = f64::from(course.assumptions.learner_week_limit_hours());
    for (week, load) in weeks.iter().enumerate().take(WEEKS_LISTED) {
        let module = &course.modules()[load.module];
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            week + 1,
            module_name(load.module, module),
            week_hours(load.learner_hours, limit),
            week_hours(load.staff_hours, f64::INFINITY)
        );
    }
    if weeks.len() > WEEKS_LISTED {
        let _ = writeln!(
            out,
            "\n… and {} more weeks.",
            whole((weeks.len() - WEEKS_LISTED) as u64)
        );
    }
    out.push('\n');
}

fn modules(out: &mut String, course: &Course) {
    let _ = writeln!(out, "## Modules\n");
    for (index, module) in course.modules().iter().enumerate() {
        let heading = match escape_inline(&module.title) {
            title if title.is_empty() => format!("Module {}", index + 1),
            title => format!("Module {}: {title}", index + 1),
        };
        let _ = writeln!(out, "### {heading}\n");
        let minutes = |mode: Mode| -> u64 {
            module
                .cells()
                .filter(|(_, cell)| cell.planned_mode() == Some(mode))
                .map(|(_, cell)| u64::from(cell.minutes.get()))
                .sum()
        };
        let (live, self_paced) = (minutes(Mode::Live), minutes(Mode::SelfPaced));
        let time = match (live, self_paced) {
            (0, 0) => {
                let _ = writeln!(out, "Nothing is planned in this module yet.\n");
                continue;
            }
            (0, s) => format!("{} of learner time, all self-paced.", duration(s)),
            (l, 0) => format!("{} of learner time, all live.", duration(l)),
            (l, s) => format!(
                "{} of learner time: {} live, {} self-paced.",
                duration(l + s),
                duration(l),
                duration(s)
            ),
        };
        let _ = writeln!(out, "{time}\n");
        let mut unplanned = Vec::new();
        for (event, cell) in module.cells() {
            if !cell.is_planned() {
                unplanned.push(format!("{}. {}", event.number(), event.label()));
                continue;
            }
            let _ = write!(
                out,
                "- **{}. {}** · {}",
                event.number(),
                event.label(),
                cell_text(cell)
            );
            match cell.activity.as_deref().map(escape_inline) {
                Some(activity) if !activity.is_empty() => {
                    let _ = writeln!(out, " · {activity}");
                }
                _ => out.push('\n'),
            }
        }
        if !unplanned.is_empty() {
            let _ = writeln!(out, "\nNot planned: {}.", unplanned.join(", "));
        }
        out.push('\n');
    }
}

fn line_of_understanding(out: &mut String, t: &Tradeoffs) {
    let l = &t.line_of_understanding;
    let _ = writeln!(out, "## Line of Understanding\n");
    let _ = writeln!(
        out,
        "The Line of Understanding (from the reference article \"Synchronous vs Asynchronous \
         learning\"): events 1-4 (remember/understand) suit self-paced work, events 5-7 \
         (apply/analyze) suit live work, and events 8-9 (evaluate/create) suit self-paced work \
         again.\n"
    );
    if l.planned_cells == 0 {
        let _ = writeln!(out, "Nothing is planned yet.\n");
        return;
    }
    if l.deviations.is_empty() {
        let all = match l.planned_cells {
            1 => "The one planned cell follows it.".to_string(),
            n => format!("All {n} planned cells follow it."),
        };
        let _ = writeln!(out, "{all}\n");
        return;
    }
    let departing = match l.deviations.len() {
        1 => "This one departs from it: not an error, only a choice to be aware of.".to_string(),
        n => format!("These {n} depart from it: not errors, only choices to be aware of."),
    };
    let _ = writeln!(
        out,
        "{} of {} planned cells {}. {departing}\n",
        l.aligned_cells,
        l.planned_cells,
        if l.aligned_cells == 1 {
            "follows it"
        } else {
            "follow it"
        },
    );
    for d in &l.deviations {
        let module = match escape_inline(&d.module_title) {
            title if title.is_empty() => format!("Module {}", d.module + 1),
            title => format!("Module {} ({title})", d.module + 1),
        };
        let _ = writeln!(
            out,
            "- {module}, event {} {}: {} where {} is recommended. {}",
            d.event.number(),
            d.event.label(),
            d.chosen.label(),
            d.recommended.label(),
            escape_inline(d.reason)
        );
    }
    out.push('\n');
}

fn warnings(out: &mut String, t: &Tradeoffs) {
    let _ = writeln!(out, "## Warnings\n");
    if t.warnings.is_empty() {
        let _ = writeln!(out, "None: nothing in this plan calls for attention.\n");
        return;
    }
    for warning in &t.warnings {
        // Warnings quote module titles, so they are user text too.
        let _ = writeln!(out, "- {}", escape_inline(&warning.to_string()));
    }
    out.push('\n');
}

fn assumptions(out: &mut String, course: &Course) {
    let a = &course.assumptions;
    let _ = writeln!(out, "## Assumptions\n");
    let _ = writeln!(
        out,
        "Every figure above rests on these numbers. The defaults come from the sources given.\n"
    );
    let _ = writeln!(
        out,
        "| Assumption | This plan | Default | Source of the default |\n|---|---:|---:|---|"
    );
    let plain_and_completion = Assumption::ALL
        .map(Setting::Plain)
        .into_iter()
        .chain(CompletionField::ALL.map(Setting::Completion));
    for setting in plain_and_completion {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            setting.label(),
            a.value(setting),
            setting.default_value(),
            escape_inline(setting.source())
        );
    }
    out.push('\n');
    if let Some(preset) = BuildPreset::matching(a) {
        let [session, video, quiz] = preset.ratios();
        let _ = writeln!(
            out,
            "The build ratios are the *{}* preset: {session} hours of preparation per hour of \
             live session, {video} per hour of video, {quiz} per hour of quiz.\n",
            preset.label()
        );
    }
    let _ = writeln!(
        out,
        "What each activity kind costs: build hours per hour of learner time and per activity \
         (once), and support minutes for each hour of the activity, per learner or per tutor \
         group (every cohort). A number that differs from the default table is marked *.\n"
    );
    let _ = writeln!(
        out,
        "| Kind | Mode | Build h per learner-hour | Build h per activity | Support min | Per | Learning type |\n\
         |---|---|---:|---:|---:|---|---|"
    );
    for kind in ActivityKind::ALL {
        let (held, table) = (a.kind(kind), kind.default_costs());
        let number = |field: KindField| {
            let value = field.get(held);
            let mark = if value == field.get(&table) { "" } else { " *" };
            format!("{value}{mark}")
        };
        let per = match kind.support_per() {
            Some(SupportPer::Learner) => "learner",
            Some(SupportPer::Group) => "tutor group",
            None => "-",
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {per} | {} |",
            kind.label(),
            mode_name(kind.mode()),
            number(KindField::BuildHoursPerHour),
            number(KindField::BuildHoursPerActivity),
            number(KindField::SupportMinutes),
            kind.learning_type().key(),
        );
    }
    out.push('\n');
}
