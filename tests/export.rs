//! Exports as their readers see them: the Markdown through a real CommonMark
//! parser with GitHub's extensions, the RON through the plan file loader, the
//! CSV through a CSV reader.

use std::path::Path;

use coursegrid::analysis::{Summary, analyze};
use coursegrid::export::{self, ExportFormat};
use coursegrid::model::{
    ActivityKind, Assumption, Assumptions, Cell, Course, GagneEvent, Minutes, Mode, Module, Setting,
};
use coursegrid::plan_file;
use coursegrid::present::catalogue::FigureId as F;
use proptest::prelude::*;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

mod common;

// ---------------------------------------------------------------- plans

fn sample(name: &str) -> Course {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name);
    plan_file::load(&path).unwrap()
}

const SAMPLES: [&str; 2] = ["master-baker.ron", "master-chef.ron"];

fn planned(mode: Mode, minutes: u16, activity: Option<&str>) -> Cell {
    let kind = match mode {
        Mode::Live => ActivityKind::Workshop,
        Mode::SelfPaced => ActivityKind::Reading,
    };
    Cell {
        activity: activity.map(String::from),
        ..Cell::new(kind, Minutes::new(minutes).unwrap())
    }
}

const HOSTILE_COURSE_TITLE: &str = "# <b>Bread</b> | ~~all~~ *of* it";
const HOSTILE_MODULE_TITLES: [&str; 4] = [
    "<script>alert(1)</script> | x",
    "1. Intro\n\n- not a list",
    "`code` **bold** _it_ [link](http://example.com) ![img](x.png)",
    "    indented\\ back\\|slash $x$ &amp; <!-- c --> \u{1b}[31mred",
];
const HOSTILE_ACTIVITIES: [&str; 4] = [
    "*stars* and _underscores_ and `ticks`",
    "# a heading?",
    "line one\nline two\r\n\n| a | b |\n|---|---|",
    "<img src=x onerror=alert(1)>",
];

/// Four modules whose titles and activities try every Markdown trick, with
/// the same cells as [`plain_twin`].
fn hostile_course() -> Course {
    course_with(
        HOSTILE_COURSE_TITLE,
        &HOSTILE_MODULE_TITLES,
        &HOSTILE_ACTIVITIES,
    )
}

/// The same plan with harmless words: its Markdown must have the same structure.
fn plain_twin() -> Course {
    course_with(
        "Bread",
        &["Alpha", "Beta", "Gamma", "Delta"],
        &["video", "quiz", "forum", "journal"],
    )
}

fn course_with(title: &str, modules: &[&str], activities: &[&str]) -> Course {
    let modules = modules
        .iter()
        .zip(activities)
        .enumerate()
        .map(|(i, (title, activity))| {
            let mut module = Module::new(*title);
            *module.cell_mut(GagneEvent::GainAttention) =
                planned(Mode::SelfPaced, 5, Some(activity));
            *module.cell_mut(GagneEvent::ElicitPerformance) = planned(
                if i % 2 == 0 {
                    Mode::Live
                } else {
                    Mode::SelfPaced
                },
                30,
                Some(activity),
            );
            module
        })
        .collect();
    Course::new(title, Assumptions::default(), modules).unwrap()
}

// ---------------------------------------------------------------- Markdown as a parser sees it

/// GitHub-flavoured: tables, strikethrough, task lists, footnotes, math.
fn parse(markdown: &str) -> Vec<Event<'_>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM;
    Parser::new_ext(markdown, options).collect()
}

/// The document's shape: every start and end of a block or span, every
/// break and every piece of HTML, with the text left out.
fn skeleton(markdown: &str) -> Vec<String> {
    parse(markdown)
        .into_iter()
        .filter(|event| !matches!(event, Event::Text(_)))
        .map(|event| match event {
            // The charts' contents are numbers of the plan, not its structure.
            Event::Start(Tag::CodeBlock(kind)) => format!("CodeBlock({kind:?})"),
            other => format!("{other:?}"),
        })
        .collect()
}

fn html(markdown: &str) -> Vec<String> {
    parse(markdown)
        .into_iter()
        .filter_map(|event| match event {
            Event::Html(text) | Event::InlineHtml(text) => Some(text.to_string()),
            _ => None,
        })
        .collect()
}

/// Every table as rows of cell texts, the header row first.
fn tables(markdown: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut cell: Option<String> = None;
    for event in parse(markdown) {
        match event {
            Event::Start(Tag::Table(_)) => rows.clear(),
            Event::Start(Tag::TableHead | Tag::TableRow) => rows.push(Vec::new()),
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = cell.as_mut() {
                    cell.push_str(&text);
                }
            }
            Event::End(TagEnd::TableCell) => {
                let text = cell.take().unwrap();
                rows.last_mut().unwrap().push(text);
            }
            Event::End(TagEnd::Table) => tables.push(std::mem::take(&mut rows)),
            _ => {}
        }
    }
    tables
}

/// The grid: the table whose header starts with "Event".
fn grid(markdown: &str) -> Vec<Vec<String>> {
    tables(markdown)
        .into_iter()
        .find(|table| table[0][0] == "Event")
        .expect("a grid table")
}

/// Headings as (level, text).
fn headings(markdown: &str) -> Vec<(usize, String)> {
    let mut headings = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for event in parse(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level as usize, String::new()))
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, heading)) = current.as_mut() {
                    heading.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => headings.push(current.take().unwrap()),
            _ => {}
        }
    }
    headings
}

/// Texts of the list items, each whole.
fn list_items(markdown: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current: Option<String> = None;
    for event in parse(markdown) {
        match event {
            Event::Start(Tag::Item) => current = Some(String::new()),
            Event::Text(text) | Event::Code(text) => {
                if let Some(item) = current.as_mut() {
                    item.push_str(&text);
                }
            }
            Event::End(TagEnd::Item) => items.push(current.take().unwrap()),
            _ => {}
        }
    }
    items
}

/// The fenced code blocks as (info string, content).
fn code_blocks(markdown: &str) -> Vec<(String, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(String, String)> = None;
    for event in parse(markdown) {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                current = Some((info.to_string(), String::new()))
            }
            Event::Text(text) => {
                if let Some((_, content)) = current.as_mut() {
                    content.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => blocks.push(current.take().unwrap()),
            _ => {}
        }
    }
    blocks
}

/// What a reader should see for user text: the text itself, with line breaks
/// as spaces, other control characters as `\u{..}`, and no outer whitespace.
fn as_read(text: &str) -> String {
    let blank = |c: char| matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | '\u{85}');
    text.trim_matches(|c: char| c.is_whitespace() || blank(c))
        .chars()
        .map(|c| match c {
            c if blank(c) || c == '\u{2028}' || c == '\u{2029}' => " ".to_string(),
            c if c.is_control() || coursegrid::present::printable::is_bidi_control(c) => {
                c.escape_unicode().to_string()
            }
            c => c.to_string(),
        })
        .collect()
}

fn markdown(course: &Course) -> String {
    export::render(ExportFormat::Markdown, course)
}

// ---------------------------------------------------------------- Markdown tests

#[test]
fn the_samples_grid_has_a_header_nine_event_rows_and_a_column_per_module() {
    for name in SAMPLES {
        let course = sample(name);
        let grid = grid(&markdown(&course));
        assert_eq!(grid.len(), 10, "{name}: header + nine events");
        for row in &grid {
            assert_eq!(row.len(), course.modules().len() + 1, "{name}: {row:?}");
        }
        for (index, module) in course.modules().iter().enumerate() {
            assert_eq!(
                grid[0][index + 1],
                format!("{}. {}", index + 1, module.title)
            );
        }
        for (event, row) in GagneEvent::ALL.into_iter().zip(&grid[1..]) {
            assert_eq!(row[0], format!("{}. {}", event.number(), event.label()));
            for (module, text) in course.modules().iter().zip(&row[1..]) {
                let cell = module.cell(event);
                let expected = match cell.planned_mode() {
                    Some(Mode::Live) => {
                        format!("Live · {} · {} min", cell.kind.label(), cell.minutes)
                    }
                    Some(Mode::SelfPaced) => format!(
                        "Self-paced · {} · {} min{}",
                        cell.kind.label(),
                        cell.minutes,
                        if cell.reuse { " · reused" } else { "" }
                    ),
                    None => "—".to_string(),
                };
                assert_eq!(text, &expected, "{name}: {event:?}");
            }
        }
    }
}

#[test]
fn the_master_baker_grid_reads_as_in_the_plan() {
    let grid = grid(&markdown(&sample("master-baker.ron")));
    assert_eq!(grid[0][3], "3. Artisanal baking techniques: breads");
    assert_eq!(grid[5][3], "Live · session · 45 min", "guidance in breads");
    assert_eq!(
        grid[6][1], "Self-paced · research · 20 min",
        "practice in sourcing"
    );
    assert_eq!(grid[3][2], "—", "no recall in bulk sourcing");
}

#[test]
fn the_sections_come_in_the_documented_order() {
    let course = sample("master-baker.ron");
    let headings = headings(&markdown(&course));
    let mut expected = vec![
        (1, "Master Baker".to_string()),
        (2, "Tradeoffs".into()),
        (3, "Money".into()),
        (3, "Where the hours go".into()),
        (2, "The grid".into()),
        (2, "Modules".into()),
    ];
    for (index, module) in course.modules().iter().enumerate() {
        expected.push((3, format!("Module {}: {}", index + 1, module.title)));
    }
    for heading in [
        "Week by week",
        "Line of Understanding",
        "Warnings",
        "Assumptions",
        "Charts",
    ] {
        expected.push((2, heading.into()));
    }
    expected.push((3, "Staff hours over cohorts".into()));
    expected.push((3, "Learner time, live and self-paced".into()));
    expected.push((3, "Learning types".into()));
    assert_eq!(headings, expected);
}

#[test]
fn the_summary_paragraph_says_the_plan_in_words() {
    let text = markdown(&sample("master-baker.ron"));
    let intro = text.split("\n\n").nth(1).unwrap();
    assert!(
        intro.starts_with(
            "Master Baker has 5 modules and asks 14.3 hours of each learner, 35% of it live. "
        ),
        "{intro}"
    );
    for fact in [
        "172.4 hours to build",
        "16.0 staff hours to teach and support each cohort",
        "after 6 cohorts",
        "3 of its 5 planned modules",
        "33 of its 35 planned cells",
        "3 warnings",
    ] {
        assert!(intro.contains(fact), "{fact:?} in {intro}");
    }
}

/// Every figure of `coursegrid summary --json` but the warnings (they have
/// their own section), with the label and the value the tradeoffs table shows.
#[test]
fn every_summary_figure_is_in_the_tradeoffs_table_with_its_unit() {
    for name in SAMPLES {
        let course = sample(name);
        let s = Summary::from(&analyze(&course));
        let k = course.assumptions.cohorts_per_year();
        let h = |x: f64| format!("{x:.1} h");
        let pct = |x: f64| format!("{:.1}%", x * 100.0);
        let cohost = if s.hours.cohost_needed {
            format!(
                "yes: sections of {} are past {}",
                s.hours.section_size,
                course.assumptions.cohost_above()
            )
        } else {
            "no".to_string()
        };
        let break_even = s.break_even_cohorts.unwrap();
        let first_year = format!("First year (build + {k} cohorts)");
        let rows: Vec<(&str, String)> = vec![
            (F::BuildHours.label(), h(s.hours.build_hours)),
            (
                "Live sections per cohort",
                format!(
                    "{} sections of up to {} learners",
                    s.hours.sections, s.hours.section_size
                ),
            ),
            (
                F::LiveHoursPerCohort.label(),
                h(s.hours.live_hours_per_cohort),
            ),
            (
                F::SupportHoursPerCohort.label(),
                h(s.hours.support_hours_per_cohort),
            ),
            (
                F::InstructorHoursPerCohort.label(),
                h(s.hours.instructor_hours_per_cohort),
            ),
            ("Co-host needed", cohost),
            (
                F::CohostHoursPerCohort.label(),
                h(s.hours.cohost_hours_per_cohort),
            ),
            (
                F::StaffHoursPerCohort.label(),
                h(s.hours.staff_hours_per_cohort),
            ),
            (first_year.as_str(), h(s.hours.first_year_hours)),
            (F::LaterYearHours.label(), h(s.hours.later_year_hours)),
            (F::HoursPerLearner.label(), h(s.hours.hours_per_learner)),
            (F::SelfPacedShare.label(), pct(s.self_paced_share)),
            (
                F::MarginalHoursPer100Learners.label(),
                h(s.marginal_hours_per_100_learners),
            ),
            (
                F::BreakEven.label(),
                format!(
                    "after {break_even} cohorts ({:.1} years at {k} a year)",
                    f64::from(break_even) / f64::from(k)
                ),
            ),
            (
                F::LiveCheckpoints.label(),
                format!(
                    "{} of {} planned modules",
                    s.live_checkpoints, s.planned_modules
                ),
            ),
            (F::Accountability.label(), pct(s.accountability)),
            (
                F::LongestSelfPacedStretch.label(),
                format!(
                    "{} modules, {:.1} learner hours (modules 1 to 2)",
                    s.longest_self_paced_stretch_modules, s.longest_self_paced_stretch_hours
                ),
            ),
            (
                F::AlignedCells.label(),
                format!("{} of {} planned cells", s.aligned_cells, s.planned_cells),
            ),
            (F::AlignedMinutesShare.label(), pct(s.aligned_minutes_share)),
            (F::LiveLearnerHours.label(), h(s.live_learner_hours)),
            (
                F::SelfPacedLearnerHours.label(),
                h(s.self_paced_learner_hours),
            ),
        ];
        let table = tables(&markdown(&course))
            .into_iter()
            .find(|t| t[0] == ["Figure", "Value"])
            .expect("a tradeoffs table");
        for (label, value) in rows {
            let row = table
                .iter()
                .find(|row| row[0] == label)
                .unwrap_or_else(|| panic!("{name}: no row {label:?} in {table:?}"));
            assert_eq!(row[1], value, "{name}: {label}");
        }
    }
}

#[test]
fn hostile_titles_and_activities_render_as_their_own_text() {
    let course = hostile_course();
    let text = markdown(&course);
    assert_eq!(html(&text), Vec::<String>::new(), "no HTML at all:\n{text}");
    assert_eq!(
        skeleton(&text),
        skeleton(&markdown(&plain_twin())),
        "the same structure as a plan with plain titles:\n{text}"
    );

    let grid = grid(&text);
    assert_eq!(grid.len(), 10);
    assert!(grid.iter().all(|row| row.len() == 5), "{grid:?}");
    for (index, title) in HOSTILE_MODULE_TITLES.iter().enumerate() {
        assert_eq!(
            grid[0][index + 1],
            format!("{}. {}", index + 1, as_read(title))
        );
    }
    assert_eq!(grid[0][1], "1. <script>alert(1)</script> | x");
    assert_eq!(grid[0][2], "2. 1. Intro  - not a list");
    assert_eq!(
        grid[0][4],
        "4. indented\\ back\\|slash $x$ &amp; <!-- c --> \\u{1b}[31mred"
    );

    let headings = headings(&text);
    assert_eq!(headings[0], (1, HOSTILE_COURSE_TITLE.to_string()));
    assert!(headings.contains(&(3, "Module 1: <script>alert(1)</script> | x".to_string())));

    let items = list_items(&text);
    for activity in HOSTILE_ACTIVITIES {
        let shown = format!("· {}", as_read(activity));
        assert!(
            items.iter().any(|item| item.ends_with(&shown)),
            "{shown:?} in {items:#?}"
        );
    }
    assert!(text.contains(&format!(
        "{} has 4 modules",
        "\\# &lt;b&gt;Bread&lt;/b&gt; \\| \\~\\~all\\~\\~ \\*of\\* it"
    )));
}

#[test]
fn empty_titles_still_read_as_a_document() {
    let mut course = plain_twin();
    course.title = "  ".into();
    course.modules_mut()[0].title = String::new();
    let text = markdown(&course);
    assert_eq!(headings(&text)[0], (1, "Untitled course".to_string()));
    assert_eq!(grid(&text)[0][1], "1. (untitled)");
    assert!(text.contains("\nThis course has 4 modules"), "{text}");
}

#[test]
fn a_plan_with_nothing_planned_says_so() {
    let course = Course::new(
        "Empty",
        Assumptions::default(),
        vec![Module::new("A"), Module::new("B")],
    )
    .unwrap();
    let text = markdown(&course);
    assert!(
        text.contains("Empty has 2 modules and nothing planned yet"),
        "{text}"
    );
    assert!(text.contains("Nothing is planned in this module yet."));
    assert!(text.contains("Nothing is planned yet, so there is no learner time to chart."));
    assert!(text.contains("Nothing is planned yet, so there are no staff hours to chart."));
    assert_eq!(grid(&text).len(), 10);
    assert_eq!(
        code_blocks(&text),
        [],
        "no chart: an all-zero chart or a pie of nothing tells nothing"
    );
    assert!(!text.contains("| Cohorts taught |"), "nor a table of zeros");
}

#[test]
fn the_charts_are_mermaid_with_the_plans_figures() {
    let course = sample("master-baker.ron");
    let t = analyze(&course);
    let blocks = code_blocks(&markdown(&course));
    assert_eq!(blocks.len(), 3);
    let (info, chart) = &blocks[0];
    assert_eq!(info, "mermaid");
    let lines: Vec<&str> = chart.lines().collect();
    assert!(lines[0].starts_with("%%{init: "), "{}", lines[0]);
    assert_eq!(lines[1], "xychart-beta");
    assert!(lines.contains(&"    x-axis \"Cohorts taught\" [\"0\", \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", \"8\"]"));
    let cost = t.cost_lines();
    let series: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.strip_prefix("    line ["))
        .collect();
    assert_eq!(series.len(), 3, "this plan, all live, all self-paced");
    for (line, cost) in series
        .iter()
        .zip([cost.this_plan, cost.all_live, cost.all_self_paced])
    {
        let expected: Vec<String> = (0..=8).map(|c| format!("{:.1}", cost.at(c))).collect();
        assert_eq!(*line, format!("{}]", expected.join(", ")));
    }
    let top: f64 = lines
        .iter()
        .find_map(|line| line.strip_prefix("    y-axis \"Staff hours\" 0 --> "))
        .unwrap()
        .parse()
        .unwrap();
    assert!(top >= cost.all_self_paced.at(8), "{top}");

    let (info, pie) = &blocks[1];
    assert_eq!(info, "mermaid");
    // By hand: 300 live minutes and 560 self-paced (see tests/cli.rs).
    assert_eq!(
        pie,
        "pie title Learner minutes per learner\n    \"Live\" : 300\n    \"Self-paced\" : 560\n"
    );
    // The learning types, by hand from the kinds: acquisition = video 140 + reading 25
    // + session 45 = 210; discussion = critique 150 + forum 15 = 165; practice = quiz 95
    // + practice 225 + workshop 105 = 425; inquiry = research 20; production = peer
    // review 40; collaboration none, so no slice.
    let (_, types) = &blocks[2];
    assert_eq!(
        types,
        "pie title Learner minutes by learning type\n    \"acquisition\" : 210\n    \
         \"inquiry\" : 20\n    \"discussion\" : 165\n    \"practice\" : 425\n    \
         \"production\" : 40\n"
    );
}

/// The staff-hours chart of `markdown`: the line just above its fence and
/// its lines.
fn staff_hours_chart(markdown: &str) -> (&str, Vec<&str>) {
    let fence = markdown
        .find("```mermaid\n%%{init")
        .expect("a staff-hours chart");
    let above = markdown[..fence].trim_end().lines().last().unwrap();
    let body = &markdown[fence + "```mermaid\n".len()..];
    let lines = body[..body.find("```").unwrap()].lines().collect();
    (above, lines)
}

/// The chart's palette, from its theme-variables header.
fn palette(header: &str) -> Vec<String> {
    let json = header
        .strip_prefix("%%{init: ")
        .and_then(|rest| rest.strip_suffix("}%%"))
        .unwrap_or_else(|| panic!("an init directive: {header}"));
    let config: serde_json::Value = serde_json::from_str(json).unwrap();
    config["themeVariables"]["xyChart"]["plotColorPalette"]
        .as_str()
        .unwrap()
        .split(',')
        .map(|colour| colour.trim().to_string())
        .collect()
}

/// WCAG's contrast ratio of two `#RRGGBB` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let luminance = |hex: &str| {
        let channel = |i: usize| {
            let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    };
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn each_line_has_a_legible_colour_named_in_a_legend_above_the_chart() {
    let markdown = markdown(&sample("master-baker.ron"));
    let (legend, lines) = staff_hours_chart(&markdown);
    let palette = palette(lines[0]);
    assert_eq!(palette.len(), 3, "{palette:?}");
    // The colours by name, as the legend says them.
    let named = [
        ("vermillion", "#D55E00"),
        ("blue", "#0077BB"),
        ("teal", "#009988"),
    ];
    let legend_entries: Vec<&str> = legend
        .strip_prefix("Lines: ")
        .and_then(|rest| rest.strip_suffix('.'))
        .unwrap_or_else(|| panic!("a legend right above the chart: {legend:?}"))
        .split(", ")
        .collect();
    let lines_in_order = ["this plan in ", "all live in ", "all self-paced in "];
    assert_eq!(legend_entries.len(), 3, "{legend:?}");
    for ((entry, line), colour) in legend_entries.iter().zip(lines_in_order).zip(&palette) {
        assert!(entry.starts_with(line), "{entry:?} names {line:?}");
        let (_, hex) = named
            .iter()
            .find(|(name, _)| entry[line.len()..].starts_with(name))
            .unwrap_or_else(|| panic!("{entry:?} names a colour"));
        assert_eq!(hex, colour, "{entry:?} is drawn in {colour}");
        // Against white and GitHub's dark background: 3:1 for a graphic.
        for background in ["#FFFFFF", "#0D1117"] {
            assert!(
                contrast(colour, background) >= 3.0,
                "{colour} on {background}"
            );
        }
    }
    // This plan, drawn first, is the strongest of the three on white.
    let on_white: Vec<f64> = palette.iter().map(|c| contrast(c, "#FFFFFF")).collect();
    assert!(on_white[0] >= 3.5, "{on_white:?}");
}

#[test]
fn huge_plans_get_short_round_numbers_on_the_axis() {
    let mut course = sample("master-baker.ron");
    let a = &mut course.assumptions;
    a.set_value(Setting::Plain(Assumption::LearnersPerCohort), 1_000_000.0)
        .unwrap();
    a.set_value(Setting::Plain(Assumption::CohortsPerYear), 1_000.0)
        .unwrap();
    let markdown = markdown(&course);
    let (_, lines) = staff_hours_chart(&markdown);
    let y_axis = lines
        .iter()
        .find_map(|line| line.strip_prefix("    y-axis "))
        .unwrap();
    let (title, top) = y_axis.split_once(" 0 --> ").unwrap();
    assert!(title.starts_with("\"Staff hours ("), "a unit: {title}");
    assert!(top.len() <= 4 && !top.contains('.'), "a short top: {top}");
    let top: f64 = top.parse().unwrap();
    // Two significant digits at most: 15, 800, 2000.
    let second_digit = 10f64.powf(top.log10().floor() - 1.0);
    assert_eq!((top / second_digit).fract(), 0.0, "a round top: {top}");
    for line in lines
        .iter()
        .filter_map(|line| line.strip_prefix("    line ["))
    {
        for point in line.trim_end_matches(']').split(", ") {
            let value: f64 = point.parse().unwrap();
            assert!((0.0..=top).contains(&value), "{value} within 0..{top}");
        }
    }
    // The table keeps every hour, for the reader who wants the figure.
    assert!(markdown.contains("| This plan | "));
}

#[test]
fn the_same_plan_gives_the_same_bytes() {
    for name in SAMPLES {
        let course = sample(name);
        let first = markdown(&course);
        let reloaded = plan_file::parse(&plan_file::to_string(&course)).unwrap();
        assert_eq!(first, markdown(&reloaded), "{name}");
        assert!(first.ends_with(".\n") || first.ends_with("```\n"));
        assert!(!first.ends_with("\n\n"));
    }
}

#[test]
fn golden_master_baker_markdown() {
    insta::assert_snapshot!(markdown(&sample("master-baker.ron")));
}

#[test]
fn golden_master_chef_markdown() {
    insta::assert_snapshot!(markdown(&sample("master-chef.ron")));
}

// ---------------------------------------------------------------- CSV

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|record| record.unwrap().iter().map(String::from).collect())
        .collect();
    (header, rows)
}

/// The CSV read back holds the plan: nine rows a module, in order.
fn assert_csv_matches(course: &Course) -> Result<(), TestCaseError> {
    let (header, rows) = read_csv(&export::render(ExportFormat::Csv, course));
    prop_assert_eq!(header, export::csv::COLUMNS.map(String::from).to_vec());
    prop_assert_eq!(rows.len(), course.modules().len() * 9);
    let mut rows = rows.into_iter();
    for (index, module) in course.modules().iter().enumerate() {
        for (event, cell) in module.cells() {
            let mut row = rows.next().unwrap();
            // No text a spreadsheet would run; one leading ' removed gives it back.
            for text in [1, 9] {
                let field = &row[text];
                prop_assert!(
                    !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{}",
                    field
                );
                row[text] = field.strip_prefix('\'').unwrap_or(field).to_owned();
            }
            let yes_no = |yes: bool| if yes { "yes" } else { "no" }.to_string();
            let expected = [
                (index + 1).to_string(),
                module.title.clone(),
                event.number().to_string(),
                event.label().to_string(),
                yes_no(cell.is_planned()),
                cell.mode().label().to_string(),
                cell.kind.label().to_string(),
                cell.minutes.to_string(),
                yes_no(cell.reuse),
                cell.activity.clone().unwrap_or_default(),
                event.recommended_mode().label().to_string(),
                module.weeks.to_string(),
            ];
            prop_assert_eq!(row, expected.to_vec());
        }
    }
    Ok(())
}

#[test]
fn csv_of_the_samples_reads_back_as_the_plan() {
    for name in SAMPLES {
        assert_csv_matches(&sample(name)).unwrap();
    }
    assert_csv_matches(&hostile_course_without_controls()).unwrap();
}

/// The hostile plan without the control characters CSV shows escaped.
fn hostile_course_without_controls() -> Course {
    let mut titles = HOSTILE_MODULE_TITLES;
    titles[3] = "quotes \"inside\", commas, and\nnew lines";
    let mut activities = HOSTILE_ACTIVITIES;
    activities[2] = "line one\nline two\n\n| a | b |\n|---|---|";
    course_with(HOSTILE_COURSE_TITLE, &titles, &activities)
}

#[test]
fn csv_rows_say_mode_minutes_and_the_recommended_mode() {
    let (_, rows) = read_csv(&export::render(
        ExportFormat::Csv,
        &sample("master-baker.ron"),
    ));
    assert_eq!(
        rows[3 * 9 + 4],
        [
            "4",
            "Artisanal baking techniques: pastry",
            "5",
            "Provide learning guidance",
            "yes",
            "live",
            "workshop",
            "45",
            "no",
            "Zoom breakout rooms with structured small group activities",
            "live",
            "1"
        ]
    );
    assert_eq!(
        rows[2][4..10],
        [
            "yes",
            "self-paced",
            "quiz",
            "10",
            "no",
            "An online quiz on the ingredients you already use"
        ]
    );
    // An event not planned: planned no, 0 minutes, no activity.
    assert_eq!(rows[4 * 9 + 2][4], "no");
    assert_eq!(rows[4 * 9 + 2][7..10], ["0", "no", ""]);
}

// ---------------------------------------------------------------- RON

#[test]
fn ron_export_is_the_plan_file_of_the_samples_byte_for_byte() {
    for name in SAMPLES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assets")
            .join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(export::render(ExportFormat::Ron, &sample(name)), text);
    }
}

// ---------------------------------------------------------------- properties

/// Any valid course, its titles and activities from [`text`].
fn course() -> impl Strategy<Value = Course> {
    common::course(text().boxed(), 6)
}

/// Any text, and text made of what Markdown and CSV treat specially.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,30}",
        "[ -~\n\r\t]{0,30}",
        "[-+=#*_`|<>&$~\\[\\]()!\\\\0-9. \n\"',;]{0,20}",
    ]
}

/// The same plan with control characters but newlines and tabs replaced by
/// `?` (the CSV shows those as `\u{..}`; a unit test pins that).
fn without_controls(course: &Course) -> Course {
    let clean = |text: &mut String| {
        *text = text
            .chars()
            .map(|c| {
                let hidden = coursegrid::present::printable::is_bidi_control(c);
                if (c.is_control() && c != '\n' && c != '\t') || hidden {
                    '?'
                } else {
                    c
                }
            })
            .collect();
    };
    let mut course = course.clone();
    clean(&mut course.title);
    for module in course.modules_mut() {
        clean(&mut module.title);
        for event in GagneEvent::ALL {
            if let Some(activity) = module.cell_mut(event).activity.as_mut() {
                clean(activity);
            }
        }
    }
    course
}

/// The same plan with every title and activity replaced by a plain word.
fn plain(course: &Course) -> Course {
    let mut plain = course.clone();
    plain.title = "Plain".into();
    for module in plain.modules_mut() {
        module.title = "Module".into();
        for event in GagneEvent::ALL {
            let cell = module.cell_mut(event);
            cell.activity = cell.activity.as_ref().map(|_| "activity".into());
        }
    }
    plain
}

proptest! {
    #[test]
    fn any_plan_exported_as_ron_loads_back_equal(course in course()) {
        let text = export::render(ExportFormat::Ron, &course);
        prop_assert_eq!(&text, &plan_file::to_string(&course));
        let loaded = plan_file::parse(&text).map_err(|p| TestCaseError::fail(format!("{p:?}\n{text}")))?;
        prop_assert_eq!(loaded, course);
    }

    #[test]
    fn any_user_text_keeps_the_markdown_structure(course in course()) {
        let text = markdown(&course);
        prop_assert_eq!(html(&text), Vec::<String>::new());
        prop_assert_eq!(skeleton(&text), skeleton(&markdown(&plain(&course))));
        let grid = grid(&text);
        prop_assert_eq!(grid.len(), 10);
        for (index, module) in course.modules().iter().enumerate() {
            let title = as_read(&module.title);
            let expected = if title.is_empty() {
                format!("{}. (untitled)", index + 1)
            } else {
                format!("{}. {title}", index + 1)
            };
            prop_assert_eq!(&grid[0][index + 1], &expected);
        }
    }

    #[test]
    fn csv_of_any_plan_reads_back_as_the_plan(course in course().prop_map(|c| without_controls(&c))) {
        assert_csv_matches(&course)?;
    }

    #[test]
    fn exports_hold_no_control_characters_but_newlines_and_tabs(course in course()) {
        for format in ExportFormat::ALL {
            let text = export::render(format, &course);
            let bad: Vec<char> = text.chars().filter(|&c| c.is_control() && c != '\n' && c != '\t').collect();
            prop_assert!(bad.is_empty(), "{format}: {bad:?}");
        }
    }
}
