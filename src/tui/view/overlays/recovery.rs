//! The "Unsaved work found" dialog, with what the recovery copy changes.

#[allow(unused_imports)]
use super::*;

pub(super) fn recovery(
    recovered: &crate::recovery::Recovered,
    show_differences: bool,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
) {
    let on_disk = editor
        .saved
        .clone()
        .unwrap_or_else(|| editor.course.clone());
    let differences = crate::present::compare::differences(&on_disk, &recovered.course);
    let age = recovered
        .written
        .elapsed()
        .map(|age| match age.as_secs() {
            0..=119 => format!("{} seconds ago", age.as_secs()),
            s @ 120..=7199 => format!("{} minutes ago", s / 60),
            s => format!("{} hours ago", s / 3600),
        })
        .unwrap_or_else(|_| "just now".to_owned());
    let mut keys = choice("r", "restore it", theme);
    keys.extend(choice("d", "discard it", theme));
    keys.extend(choice(
        "v",
        if show_differences {
            "hide changes"
        } else {
            "show changes"
        },
        theme,
    ));
    let mut lines = vec![
        Line::from(format!(
            "A recovery copy from {age} holds {} that {} never saved.",
            match differences.len() {
                1 => "1 change".to_owned(),
                n => format!("{n} changes"),
            },
            if differences.len() == 1 {
                "was"
            } else {
                "were"
            }
        )),
        Line::from(""),
        Line::from(keys),
    ];
    if show_differences {
        lines.push(Line::from(""));
        for difference in &differences {
            lines.push(Line::styled(format!("• {difference}"), theme.base));
        }
    }
    let width = screen.width.saturating_sub(4).max(80);
    // Long differences wrap: count the rows they take.
    let inside = usize::from(width.saturating_sub(2)).max(1);
    let rows: usize = lines
        .iter()
        .map(|line| line.width().div_ceil(inside).max(1))
        .sum();
    let height = (rows as u16 + 2).min(screen.height);
    let area = centered(frame, screen, width, height);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Unsaved work found ", theme)),
        area,
    );
}
