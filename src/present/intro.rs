//! The plan in one paragraph of plain text, for a reader who looks at no
//! table: what it asks of learners, what it costs to build and teach, when
//! it pays off, who finishes and how many warnings it has. The documents
//! escape it for their format (Markdown, HTML).

use std::fmt::Write;

use crate::analysis::Tradeoffs;
use crate::analysis::numbers::{count, money, one_decimal, whole, whole_percent_said};
use crate::model::Course;

use super::break_even;
use super::printable::printable;

/// The paragraph, unescaped.
pub fn paragraph(course: &Course, t: &Tradeoffs) -> String {
    let name = match printable(course.title.trim()) {
        title if title.is_empty() => "This course".to_string(),
        title => title.into_owned(),
    };
    let modules = count(course.modules().len(), "module", "modules");
    if t.line_of_understanding.planned_cells == 0 {
        return format!(
            "{name} has {modules} and nothing planned yet: give its events some minutes of \
             learner time to see what the plan costs."
        );
    }
    let h = &t.hours;
    let w = t.workload();
    let mut text = format!(
        "{name} has {modules} and asks {} hours of each learner, {} of it live. ",
        one_decimal(t.learner_time.total_hours()),
        whole_percent_said(1.0 - t.scalability.self_paced_share),
    );
    let sections = if w.live_minutes() > 0 {
        format!(
            ", in {} of up to {}",
            count(h.sections as usize, "live section", "live sections"),
            whole(u64::from(h.section_size))
        )
    } else {
        String::new()
    };
    let a = w.assumptions();
    let _ = write!(
        text,
        "Taught to {} a year of {} each{sections}, it takes {} hours to build and {} staff \
         hours to teach and support each cohort: {} hours in the first year, {} per learner. ",
        count(a.cohorts_per_year() as usize, "cohort", "cohorts"),
        count(a.learners_per_cohort() as usize, "learner", "learners"),
        one_decimal(h.build_hours),
        one_decimal(h.staff_hours_per_cohort),
        one_decimal(h.first_year_hours),
        one_decimal(h.hours_per_learner),
    );
    if h.cohost_needed {
        let _ = write!(
            text,
            "Those hours include a co-host in every live session, {} hours a cohort. ",
            one_decimal(h.cohost_hours_per_cohort)
        );
    }
    text.push_str(&break_even::sentence(t.scalability.break_even));
    text.push_str(&money_sentence(t));
    let _ = write!(
        text,
        "An estimated {} of its learners finish, about {} a cohort. ",
        whole_percent_said(t.completion.expected),
        whole(t.completion.completers_per_cohort.round() as u64)
    );
    let (account, line) = (&t.accountability, &t.line_of_understanding);
    let _ = write!(
        text,
        "Learners meet the instructor live in {} of its {} planned modules, {} of its {} planned \
         cells {} the Line of Understanding, and the plan comes with {}.",
        whole(account.live_checkpoints as u64),
        whole(account.planned_modules as u64),
        whole(line.aligned_cells as u64),
        whole(line.planned_cells as u64),
        if line.aligned_cells == 1 {
            "follows"
        } else {
            "follow"
        },
        match t.warnings.len() {
            0 => "no warnings".to_string(),
            n => count(n, "warning", "warnings"),
        }
    );
    text
}

/// What the first year costs and earns, when the plan has rates: "At $450
/// a learner, its first year costs $14,607 and brings in $43,200; it pays
/// back after 2 cohorts (0.5 years at 4 a year). "
fn money_sentence(t: &Tradeoffs) -> String {
    let assumptions = t.workload().assumptions();
    let (Some(m), Some(rates)) = (&t.money, assumptions.money().rates()) else {
        return String::new();
    };
    let currency = assumptions.money().currency;
    let cash = |x: f64| money(&printable(currency.as_str()), x);
    if !rates.has_price() {
        return format!(
            "At the plan's rates its first year costs {}, {} a learner. ",
            cash(m.first_year_cost),
            cash(m.cost_per_learner)
        );
    }
    format!(
        "At {} a learner, its first year costs {} and brings in {}; it pays back {}. ",
        cash(rates.price_per_learner),
        cash(m.first_year_cost),
        cash(m.first_year_revenue),
        break_even::payback_words(m.payback, assumptions.cohorts_per_year())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze;
    use crate::samples::Sample;

    #[test]
    fn the_sample_reads_in_one_paragraph_with_its_money_and_completion() {
        let course = Sample::MasterBaker.course();
        let text = paragraph(&course, &analyze(&course));
        for fact in [
            "Master Baker has 5 modules and asks 14.3 hours of each learner, 35% of it live. ",
            "At $450 a learner, its first year costs $14,607 and brings in $43,200; it pays \
             back after 2 cohorts (0.5 years at 4 a year). ",
            "An estimated 32% of its learners finish, about 8 a cohort. ",
            "and the plan comes with 3 warnings.",
        ] {
            assert!(text.contains(fact), "{fact:?} in {text}");
        }
    }

    #[test]
    fn a_plan_with_nothing_planned_says_so() {
        let course =
            Course::new("", Default::default(), vec![crate::model::Module::new("A")]).unwrap();
        assert_eq!(
            paragraph(&course, &analyze(&course)),
            "This course has 1 module and nothing planned yet: give its events some minutes of \
             learner time to see what the plan costs."
        );
    }
}
