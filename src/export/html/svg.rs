//! The hand-out's two charts as inline SVG drawn here, so the page needs no
//! script and no network: cumulative staff hours over cohorts taught (this
//! plan against its all-live and all-self-paced twins), and each module's
//! learner hours, live and self-paced. Each line has a colour and a dash
//! pattern of its own, so a black-and-white print still tells them apart.

use maud::{Markup, html};

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::{one_decimal, whole};
use crate::model::Course;
use crate::present::charts::{CHART_COHORTS, Ticks, Variant, cost_chart};
use crate::present::printable::{printable, truncate};

const WIDTH: f64 = 640.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;

/// Colour, width and dash pattern of each line: "this plan" strongest.
fn stroke(variant: Variant) -> (&'static str, &'static str, &'static str) {
    match variant {
        Variant::ThisPlan => ("#c0392b", "3.5", "none"),
        Variant::AllLive => ("#b35900", "2", "8 5"),
        Variant::AllSelfPaced => ("#1f5f99", "2", "2 4"),
    }
}

/// A coordinate to one decimal: enough for a screen, and the same bytes every time.
fn at(x: f64) -> String {
    format!("{x:.1}")
}

/// An axis value as a reader reads it: whole numbers grouped, else one decimal.
fn tick_label(ticks: &Ticks, value: f64) -> String {
    if ticks.step >= 1.0 {
        whole(value.round().max(0.0) as u64)
    } else {
        one_decimal(value)
    }
}

/// Cumulative staff hours against cohorts taught, with a legend above.
pub fn cumulative(t: &Tradeoffs) -> Markup {
    let chart = cost_chart(t, CHART_COHORTS);
    let ticks = Ticks::covering(chart.max_y, 5);
    let (height, top, bottom) = (330.0, 48.0, 44.0);
    let x = |c: f64| LEFT + c / f64::from(chart.cohorts.max(1)) * (WIDTH - LEFT - RIGHT);
    let y = |v: f64| top + (1.0 - v / ticks.top()) * (height - top - bottom);
    let label =
        "Cumulative staff hours over cohorts taught: this plan, all live and all self-paced";
    html! {
        svg viewBox={ "0 0 " (WIDTH) " " (height) } role="img" aria-label=(label) {
            title { (label) }
            @for (i, variant) in Variant::ALL.into_iter().enumerate() {
                @let (colour, width, dash) = stroke(variant);
                @let left = LEFT + 180.0 * i as f64;
                line x1=(at(left)) x2=(at(left + 34.0)) y1="14" y2="14" stroke=(colour)
                    stroke-width=(width) stroke-dasharray=(dash) {}
                text x=(at(left + 40.0)) y="18" { (variant.label()) }
            }
            @for value in ticks.values() {
                line x1=(at(LEFT)) x2=(at(WIDTH - RIGHT)) y1=(at(y(value))) y2=(at(y(value)))
                    stroke="#e3e3ea" {}
                text x=(at(LEFT - 6.0)) y=(at(y(value) + 4.0)) text-anchor="end" {
                    (tick_label(&ticks, value))
                }
            }
            @for c in (0..=chart.cohorts).step_by(2) {
                text x=(at(x(f64::from(c)))) y=(at(height - bottom + 16.0)) text-anchor="middle" { (c) }
            }
            text x=(at((LEFT + WIDTH - RIGHT) / 2.0)) y=(at(height - 6.0)) text-anchor="middle" {
                "cohorts taught"
            }
            text x="12" y=(at(top - 10.0)) { "staff hours" }
            // This plan last, so it is drawn on top.
            @for series in chart.series.iter().rev() {
                @let (colour, width, dash) = stroke(series.variant);
                @let points = series.points.iter()
                    .map(|&(c, v)| format!("{},{}", at(x(c)), at(y(v))))
                    .collect::<Vec<_>>().join(" ");
                polyline points=(points) fill="none" stroke=(colour) stroke-width=(width)
                    stroke-dasharray=(dash) stroke-linejoin="round" {}
            }
        }
    }
}

/// Each module's learner hours as a bar: live, then self-paced.
pub fn learner_time(course: &Course, t: &Tradeoffs) -> Markup {
    let per_module = &t.learner_time.per_module;
    let longest = per_module
        .iter()
        .map(|m| m.total_hours())
        .fold(0.0, f64::max);
    let ticks = Ticks::covering(longest, 5);
    let (label_width, row, top) = (190.0, 22.0, 40.0);
    let height = top + row * per_module.len() as f64 + 28.0;
    let x = |hours: f64| label_width + hours / ticks.top() * (WIDTH - label_width - RIGHT);
    let label = "Learner hours per module, live and self-paced";
    html! {
        svg viewBox={ "0 0 " (WIDTH) " " (at(height)) } role="img" aria-label=(label) {
            title { (label) }
            rect x=(at(label_width)) y="6" width="14" height="12" fill="#e08a3c" {}
            text x=(at(label_width + 20.0)) y="16" { "live" }
            rect x=(at(label_width + 70.0)) y="6" width="14" height="12" fill="#5b9bd5" {}
            text x=(at(label_width + 90.0)) y="16" { "self-paced" }
            @for value in ticks.values() {
                line x1=(at(x(value))) x2=(at(x(value))) y1=(at(top - 6.0)) y2=(at(height - 24.0))
                    stroke="#e3e3ea" {}
                text x=(at(x(value))) y=(at(height - 8.0)) text-anchor="middle" {
                    (tick_label(&ticks, value)) " h"
                }
            }
            @for (i, (module, time)) in course.modules().iter().zip(per_module).enumerate() {
                @let y = top + row * i as f64;
                text x=(at(label_width - 8.0)) y=(at(y + 14.0)) text-anchor="end" {
                    (i + 1) " " (truncate(&printable(&module.title), 26))
                }
                rect x=(at(x(0.0))) y=(at(y + 3.0)) height="14" fill="#e08a3c"
                    width=(at(x(time.live_hours) - x(0.0))) {}
                rect x=(at(x(time.live_hours))) y=(at(y + 3.0)) height="14" fill="#5b9bd5"
                    width=(at(x(time.total_hours()) - x(time.live_hours))) {}
            }
        }
    }
}
