//! The numbers behind the workshop charts, as plain data: cumulative
//! instructor hours (or their cost in money) against cohorts taught (this
//! plan, all live, all self-paced) with the points where the lines cross,
//! and instructor hours per cohort against cohort size. The editor draws
//! them; tests check them.

use crate::analysis::{CostLine, CostLines, Tradeoffs, money_lines};
use crate::model::Rates;

pub use super::ticks::Ticks;

/// The three variants every chart compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    ThisPlan,
    AllLive,
    AllSelfPaced,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::ThisPlan, Variant::AllLive, Variant::AllSelfPaced];

    pub fn label(self) -> &'static str {
        match self {
            Variant::ThisPlan => "this plan",
            Variant::AllLive => "all live",
            Variant::AllSelfPaced => "all self-paced",
        }
    }
}

/// One line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub variant: Variant,
    pub points: Vec<(f64, f64)>,
}

/// Where two cost lines cross: after `cohorts` cohorts both have cost
/// `value`, in the chart's unit (staff hours, or money).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Crossing {
    pub first: Variant,
    pub second: Variant,
    pub cohorts: f64,
    pub value: f64,
}

impl Crossing {
    /// Where the lines cross, in cohorts to one decimal; "< 0.1" rather
    /// than "0.0" for a crossing just after the start.
    pub fn cohorts_label(&self) -> String {
        if self.cohorts > 0.0 && self.cohorts < 0.05 {
            "< 0.1".to_owned()
        } else {
            crate::analysis::numbers::one_decimal(self.cohorts)
        }
    }
}

/// The break-even chart: cumulative instructor hours (or their cost) after
/// 0..=`cohorts` cohorts.
#[derive(Debug, Clone, PartialEq)]
pub struct CostChart {
    pub series: Vec<Series>,
    /// Crossings within the chart's range, in cohort order.
    pub crossings: Vec<Crossing>,
    pub cohorts: u32,
    /// The highest value of any line, in the chart's unit.
    pub max_y: f64,
}

/// The cohorts the break-even chart spans.
pub const CHART_COHORTS: u32 = 12;

/// The cohort sizes the learners chart spans.
pub const LEARNERS: std::ops::RangeInclusive<u32> = 10..=500;

fn cost_line(lines: &CostLines, variant: Variant) -> CostLine {
    match variant {
        Variant::ThisPlan => lines.this_plan,
        Variant::AllLive => lines.all_live,
        Variant::AllSelfPaced => lines.all_self_paced,
    }
}

/// The cumulative-hours chart for `t`, over 0..=`cohorts` cohorts.
pub fn cost_chart(t: &Tradeoffs, cohorts: u32) -> CostChart {
    cumulative_chart(&t.cost_lines(), cohorts)
}

/// The same chart in money: the hours at the plan's `rates` (build hours at
/// the build rate, each cohort's at the instructor's and co-host's).
pub fn money_chart(t: &Tradeoffs, rates: &Rates, cohorts: u32) -> CostChart {
    cumulative_chart(&money_lines(&t.variants, rates), cohorts)
}

fn cumulative_chart(lines: &CostLines, cohorts: u32) -> CostChart {
    let series: Vec<Series> = Variant::ALL
        .into_iter()
        .map(|variant| {
            let line = cost_line(lines, variant);
            Series {
                variant,
                points: (0..=cohorts).map(|c| (f64::from(c), line.at(c))).collect(),
            }
        })
        .collect();
    let pairs = [
        (Variant::ThisPlan, Variant::AllLive),
        (Variant::ThisPlan, Variant::AllSelfPaced),
        (Variant::AllLive, Variant::AllSelfPaced),
    ];
    let mut crossings: Vec<Crossing> = pairs
        .into_iter()
        .filter_map(|(first, second)| {
            let (a, b) = (cost_line(lines, first), cost_line(lines, second));
            let x = crossing(&a, &b)?;
            (0.0..=f64::from(cohorts)).contains(&x).then_some(Crossing {
                first,
                second,
                cohorts: x,
                value: a.once + x * a.per_cohort,
            })
        })
        .collect();
    crossings.sort_by(|a, b| a.cohorts.total_cmp(&b.cohorts));
    let max_y = max_y(&series);
    CostChart {
        series,
        crossings,
        cohorts,
        max_y,
    }
}

/// Where `a` and `b` meet, in cohorts; `None` for parallel (or identical) lines.
fn crossing(a: &CostLine, b: &CostLine) -> Option<f64> {
    let slope = a.per_cohort - b.per_cohort;
    if slope.abs() < 1e-12 {
        return None;
    }
    let x = (b.once - a.once) / slope;
    x.is_finite().then_some(x)
}

/// The learners chart: staff hours per cohort for each cohort size in
/// [`LEARNERS`]; live hours step up each time another section is needed,
/// support with every learner or tutor group.
pub fn learners_chart(t: &Tradeoffs) -> (Vec<Series>, f64) {
    let v = &t.variants;
    let workloads = [
        (Variant::ThisPlan, &v.this_plan),
        (Variant::AllLive, &v.all_live),
        (Variant::AllSelfPaced, &v.all_self_paced),
    ];
    let series: Vec<Series> = workloads
        .into_iter()
        .map(|(variant, workload)| Series {
            variant,
            points: LEARNERS
                .map(|n| (f64::from(n), workload.staff_hours_per_cohort(n)))
                .collect(),
        })
        .collect();
    let max = max_y(&series);
    (series, max)
}

fn max_y(series: &[Series]) -> f64 {
    series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::samples::Sample;

    #[test]
    fn the_cost_chart_matches_the_tradeoff_engine() {
        let t = analyze(&Sample::MasterBaker.course());
        let chart = cost_chart(&t, CHART_COHORTS);
        let this = &chart.series[0];
        assert_eq!(this.points.len(), 13);
        // After 0 cohorts: the build alone; after k cohorts: the first-year hours.
        assert_eq!(this.points[0].1, t.hours.build_hours);
        let k = t.workload().assumptions().cohorts_per_year() as usize;
        assert!((this.points[k].1 - t.hours.first_year_hours).abs() < 1e-9);
    }

    /// One module: a 60-minute video for the content, a 30-minute live workshop for practice.
    fn video_and_workshop() -> crate::model::Course {
        use crate::model::{ActivityKind, Assumptions, Cell, Course, GagneEvent, Minutes, Module};
        let mut module = Module::new("Shaping");
        *module.cell_mut(GagneEvent::PresentContent) =
            Cell::new(ActivityKind::Video, Minutes::new(60).unwrap());
        *module.cell_mut(GagneEvent::ElicitPerformance) =
            Cell::new(ActivityKind::Workshop, Minutes::new(30).unwrap());
        Course::new("Bread", Assumptions::default(), vec![module]).unwrap()
    }

    #[test]
    fn crossings_are_where_the_lines_meet() {
        // By hand (see analysis/mod.rs): this plan 41.5 + 1c; all live (the video
        // a Session) 11.5 + 3c; all self-paced (the workshop unmarked Practice) 41 + 0c.
        let t = analyze(&video_and_workshop());
        let chart = cost_chart(&t, 12);
        // this plan meets all live at 30 / 2 = 15 cohorts, past the chart; all live
        // meets all self-paced at 29.5 / 3 = 9.83 cohorts; this plan never meets
        // all self-paced after 0 (41.5 + c > 41).
        assert_eq!(chart.crossings.len(), 1, "{:?}", chart.crossings);
        let crossing = chart.crossings[0];
        assert_eq!(
            (crossing.first, crossing.second),
            (Variant::AllLive, Variant::AllSelfPaced)
        );
        assert!((crossing.cohorts - 29.5 / 3.0).abs() < 1e-9);
        assert_eq!(crossing.cohorts_label(), "9.8");
        let soon = Crossing {
            cohorts: 0.04,
            ..crossing
        };
        assert_eq!(soon.cohorts_label(), "< 0.1");
        assert!((crossing.value - 41.0).abs() < 1e-9);
        let wide = cost_chart(&t, 40);
        let break_even = wide
            .crossings
            .iter()
            .find(|c| (c.first, c.second) == (Variant::ThisPlan, Variant::AllLive))
            .unwrap();
        assert!((break_even.cohorts - 15.0).abs() < 1e-9);
        // The break-even figure is the first whole cohort at or past the crossing.
        assert_eq!(t.scalability.break_even.cohorts(), Some(15));
    }

    #[test]
    fn the_money_chart_is_the_hours_chart_at_the_rates() {
        let t = analyze(&Sample::MasterBaker.course());
        let rates = t.workload().assumptions().money().rates().unwrap();
        let chart = money_chart(&t, &rates, CHART_COHORTS);
        let this = &chart.series[0];
        // After 0 cohorts: the build at the build rate; after a year: the
        // first-year cost less the fixed costs (the chart shows staff time).
        assert!((this.points[0].1 - t.hours.build_hours * rates.build).abs() < 1e-9);
        let money = t.money.unwrap();
        let k = t.workload().assumptions().cohorts_per_year() as usize;
        let year = money.first_year_cost - rates.fixed_costs_per_year;
        assert!((this.points[k].1 - year).abs() < 1e-6);
        // Its this-plan / all-live crossing is the cost break-even's.
        let crossing = chart
            .crossings
            .iter()
            .find(|c| (c.first, c.second) == (Variant::ThisPlan, Variant::AllLive));
        if let (Some(c), Some(cohorts)) = (crossing, money.cost_break_even.cohorts()) {
            assert_eq!(c.cohorts.ceil() as u32, cohorts);
        }
    }

    #[test]
    fn the_learners_chart_steps_up_with_sections_and_the_cohost() {
        let t = analyze(&video_and_workshop());
        let (series, _) = learners_chart(&t);
        let all_live = &series[1];
        let at = |n: u32| all_live.points[(n - 10) as usize].1;
        // All live: 90 min = 1.5 h a section. 15 learners: one section, no co-host;
        // 16-20: one section past 15, so a co-host too (3.0); 21-30: two sections of
        // at most 15 (3.0); 31: two sections of 16, each with a co-host (6.0).
        assert!((at(15) - 1.5).abs() < 1e-9);
        assert!((at(16) - 3.0).abs() < 1e-9);
        assert!((at(21) - 3.0).abs() < 1e-9);
        assert!((at(31) - 6.0).abs() < 1e-9);
        assert_eq!(all_live.points.len(), 491);
        // This plan at its own cohort size is the panel's figure.
        let this = &series[0];
        assert!((this.points[24 - 10].1 - t.hours.staff_hours_per_cohort).abs() < 1e-9);
    }
}
