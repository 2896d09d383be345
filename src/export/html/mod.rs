//! The plan as one self-contained HTML page to hand out in a workshop: the
//! summary, the tradeoffs, the grid coloured by mode, the charts (inline
//! SVG drawn here), the warnings and the assumptions. No script, no
//! network, nothing loaded from elsewhere (a Content-Security-Policy says
//! so to the browser as well); it prints on A4 and Letter.
//!
//! Every piece of user text goes through maud's escaping (and control
//! characters through [`printable`]), so a title holding `<script>` reads
//! as that text. The same plan always gives the same bytes.

mod svg;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::analysis::numbers::week_hours;
use crate::analysis::{Tradeoffs, WEEKS_LISTED, analyze};
use crate::model::{Cell, Course, GagneEvent, Mode, Setting};
use crate::present::cell_text::cell_text;
use crate::present::intro;
use crate::present::printable::{amount_as_given, printable};
use crate::present::table::{Value, groups_in_order};

const STYLE: &str = include_str!("style.css");

/// Nothing but the page's own styles: no script runs, nothing is fetched.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// Modules a grid table shows side by side: about six stay readable on a
/// printed page; more modules continue in the next table.
const GRID_COLUMNS: usize = 6;

/// The page for `course`.
pub fn render(course: &Course) -> String {
    let t = analyze(course);
    let title = match printable(course.title.trim()) {
        title if title.is_empty() => "Untitled course".to_owned(),
        title => title.into_owned(),
    };
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="coursegrid";
                title { (title) " · coursegrid" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (title) }
                    p.intro { (intro::paragraph(course, &t)) }
                }
                (tradeoffs(&t))
                (grid(course))
                (week_by_week(course, &t))
                (charts(course, &t))
                (warnings(&t))
                (assumptions(course))
                footer {
                    "Made with coursegrid. Every figure comes from the plan and its assumptions \
                     above; completion and the costs of activity kinds are estimates."
                }
            }
        }
    };
    let mut text = page.into_string();
    text.push('\n');
    text
}

/// Every figure of `coursegrid summary`, group by group, money beside the staff hours.
fn tradeoffs(t: &Tradeoffs) -> Markup {
    let all = groups_in_order(t);
    html! {
        section #tradeoffs {
            h2 { "Tradeoffs" }
            div.figures {
                @for group in &all {
                    table {
                        thead { tr.group { th colspan="2" { (group.name) } } }
                        tbody {
                            @for row in &group.rows {
                                tr {
                                    th scope="row" { (row.label) }
                                    @match &row.value {
                                        Value::Amount(amount) => td.amount { (amount) },
                                        Value::Words(words) => td { (words) },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The nine events against the modules, a table for every six modules.
fn grid(course: &Course) -> Markup {
    html! {
        section #grid {
            h2 { "The grid" }
            p.legend {
                span.swatch style="background: var(--live)" { "● Live" } " "
                span.swatch style="background: var(--self)" { "○ Self-paced" } " "
                "· not planned. Each cell: what learners do and their minutes; \"reused\" \
                 was built already."
            }
            @for (chunk, modules) in course.modules().chunks(GRID_COLUMNS).enumerate() {
                table.grid {
                    thead {
                        tr {
                            th.event { "Event" }
                            @for (i, module) in modules.iter().enumerate() {
                                th {
                                    (chunk * GRID_COLUMNS + i + 1) ". " (printable(&module.title))
                                    @if module.weeks.get() > 1 {
                                        span.activity { (module.weeks) " weeks" }
                                    }
                                }
                            }
                        }
                    }
                    tbody {
                        @for event in GagneEvent::ALL {
                            tr {
                                th.event scope="row" { (event.number()) ". " (event.label()) }
                                @for module in modules { (grid_cell(module.cell(event))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One cell: its mode as a colour, a symbol and a word, then its activity.
fn grid_cell(cell: &Cell) -> Markup {
    let activity = cell.activity.as_deref().map(printable);
    let (class, symbol) = match cell.planned_mode() {
        Some(Mode::Live) => ("live", "● "),
        Some(Mode::SelfPaced) => ("self-paced", "○ "),
        None => return html! { td.unplanned { "·" } },
    };
    html! {
        td class=(class) {
            (symbol) (cell_text(cell))
            @if let Some(activity) = activity { span.activity { (activity) } }
        }
    }
}

/// One cohort's course week by week, and when it runs when the plan has a schedule.
fn week_by_week(course: &Course, t: &Tradeoffs) -> Markup {
    let weeks = crate::analysis::cohort_weeks(course, t.workload());
    let limit = f64::from(course.assumptions.learner_week_limit_hours());
    let first = course
        .schedule
        .as_ref()
        .map(|s| (s.first_session(), s.live.to_string()));
    html! {
        section #weeks {
            h2 { "Week by week" }
            p.legend {
                "One cohort: a module's live sessions (and co-host) fall in its first week, its \
                 support and learner hours spread over its weeks. The staff's busiest week of a \
                 year of cohorts holds "
                (crate::analysis::numbers::one_decimal(t.weeks.staff_hours_per_week_peak))
                " hours."
                @if let Some((date, slot)) = &first {
                    " Live: " (slot) ", from " (date.to_string()) "."
                }
            }
            table {
                thead { tr { th { "Week" } th { "Module" } th { "Learner hours" } th { "Staff hours" } } }
                tbody {
                    @for (week, load) in weeks.iter().enumerate().take(WEEKS_LISTED) {
                        tr {
                            td.amount { (week + 1) }
                            td { (load.module + 1) ". " (printable(&course.modules()[load.module].title)) }
                            td.amount { (week_hours(load.learner_hours, limit)) }
                            td.amount { (week_hours(load.staff_hours, f64::INFINITY)) }
                        }
                    }
                }
            }
            @if weeks.len() > WEEKS_LISTED {
                p { "… and " (weeks.len() - WEEKS_LISTED) " more weeks." }
            }
        }
    }
}

fn charts(course: &Course, t: &Tradeoffs) -> Markup {
    html! {
        section #charts {
            h2 { "Charts" }
            @if t.line_of_understanding.planned_cells == 0 {
                p { "Nothing is planned yet, so there is nothing to chart." }
            } @else {
                div.charts {
                figure {
                    (svg::cumulative(t))
                    figcaption {
                        "Staff hours spent once the course is built and taught to so many \
                         cohorts. Where this plan's line falls below all live, its self-paced \
                         build has paid for itself."
                    }
                }
                figure {
                    (svg::learner_time(course, t))
                    figcaption { "What each module asks of a learner, live and self-paced." }
                }
                }
            }
        }
    }
}

fn warnings(t: &Tradeoffs) -> Markup {
    html! {
        section #warnings {
            h2 { "Warnings" }
            @if t.warnings.is_empty() {
                p { "No warnings." }
            } @else {
                ul.warnings { @for warning in &t.warnings { li { (printable(&warning.to_string())) } } }
            }
        }
    }
}

/// The numbers every figure rests on: the plain ones, completion, the money
/// the plan gives and each kind cost it changes, with the defaults' sources.
fn assumptions(course: &Course) -> Markup {
    let a = &course.assumptions;
    let shown = Setting::all().filter(|&setting| match setting {
        Setting::Plain(_) | Setting::Completion(_) => true,
        Setting::Money(_) => a.is_given(setting),
        Setting::Kind(..) => a.value(setting) != setting.default_value(),
    });
    let currency = a.money().currency;
    html! {
        section #assumptions {
            h2 { "Assumptions" }
            table {
                thead { tr { th { "Assumption" } th { "This plan" } th { "Default and source" } } }
                tbody {
                    @for setting in shown {
                        tr {
                            th scope="row" { (setting.label()) }
                            td.amount { (value_text(setting, a.value(setting), currency.as_str())) }
                            td {
                                @if !matches!(setting, Setting::Money(_)) {
                                    (setting.default_value()) ": "
                                }
                                (setting.source())
                            }
                        }
                    }
                }
            }
        }
    }
}

/// A setting's value as the assumptions table shows it: money in the
/// plan's currency ("$3,000", "$62.5"), anything else as it is.
fn value_text(setting: Setting, value: f64, currency: &str) -> String {
    match setting {
        Setting::Money(_) => amount_as_given(currency, value),
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::Sample;

    #[test]
    fn hostile_text_is_escaped_and_no_script_or_fetch_is_possible() {
        let mut course = Sample::MasterBaker.course();
        course.title = "<script>alert(1)</script> & \u{1b}[31m".into();
        course.modules_mut()[0].title = "<img src=x onerror=alert(1)>".into();
        course.modules_mut()[0]
            .cell_mut(GagneEvent::GainAttention)
            .activity = Some("</td><script>x</script>".into());
        let page = render(&course);
        assert!(
            !page.contains("<script") && !page.contains("<img"),
            "{page}"
        );
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \\u{1b}[31m"));
        assert!(page.contains("&lt;/td&gt;&lt;script&gt;x&lt;/script&gt;"));
        assert!(page.contains("default-src 'none'"));
        // nothing refers elsewhere: no links, sources or imports
        for outside in ["href=", "src=\"", "@import", "url("] {
            assert!(!page.contains(outside), "{outside}");
        }
    }

    #[test]
    fn the_page_holds_every_part_and_is_the_same_every_time() {
        let course = Sample::MasterBaker.course();
        let page = render(&course);
        assert_eq!(page, render(&course));
        for part in [
            "<h1>Master Baker</h1>",
            "<h2>Tradeoffs</h2>",
            "Margin per cohort",
            "$9,838",
            "<h2>The grid</h2>",
            "<h2>Week by week</h2>",
            "Live: Tue 18:00 Europe/London, from 2027-01-12.",
            "● Live · session · 45 min",
            "<h2>Charts</h2>",
            "<svg",
            "<h2>Warnings</h2>",
            "<h2>Assumptions</h2>",
            "@media print",
        ] {
            assert!(page.contains(part), "{part}");
        }
        // 5 modules: one grid table
        assert_eq!(page.matches("<table class=\"grid\">").count(), 1);
    }

    #[test]
    fn many_modules_continue_in_more_grid_tables_and_an_empty_plan_has_no_chart() {
        let course = Course::with_recommended_modules("Long", 13).unwrap();
        assert_eq!(render(&course).matches("<table class=\"grid\">").count(), 3);
        let empty = Course::new(
            "Empty",
            Default::default(),
            vec![crate::model::Module::new("A")],
        )
        .unwrap();
        let page = render(&empty);
        assert!(!page.contains("<svg") && page.contains("nothing to chart"));
    }
}
