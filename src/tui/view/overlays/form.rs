//! The assumptions form, over the grid so the panel stays in view.

#[allow(unused_imports)]
use super::*;

pub(super) fn assumptions_form(
    form: &AssumptionsForm,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    // Over the grid only: the panel stays visible and follows every change.
    let area = layout.beside_panel();
    frame.render_widget(Clear, area);
    let assumptions = &editor.course.assumptions;
    let inside_width = usize::from(area.width.saturating_sub(2));
    let value_width = 16;
    let label_width = inside_width.saturating_sub(value_width + 4);
    let preset = BuildPreset::matching(assumptions).map_or("custom", BuildPreset::label);
    let mut rows: Vec<(String, String)> =
        vec![("Build-ratio preset".to_owned(), format!("◀ {preset} ▶"))];
    for setting in Setting::all() {
        rows.push((
            setting.label(),
            setting_value(setting, assumptions.value(setting)),
        ));
    }
    let about = match form.setting() {
        None => "Presets set the build hours per learner-hour of a session, a video and a quiz: \
                 solo creator 4/20/15, academic 10/40/30, corporate 43/79/79, high production \
                 43/184/184 (Chapman 2010)."
            .to_owned(),
        Some(setting) => {
            let (min, max) = setting.range();
            format!(
                "{} to {}. Default {}: {}.",
                min,
                max,
                setting.default_value(),
                setting.source()
            )
        }
    };
    // The footer: the "more" marker, the source as it wraps, an error, the
    // keys (which wrap too on a narrow screen): the rows go to what is left.
    let wrapped = |text: &str| text.chars().count().div_ceil(inside_width.max(1)).max(1);
    let keys = "↑↓ choose · ←→ or -/+ adjust · Enter type a value · Esc close";
    let footer = 1 + wrapped(&about) + usize::from(form.error.is_some()) * 2 + wrapped(keys);
    let room = usize::from(area.height.saturating_sub(2))
        .saturating_sub(footer)
        .max(1);
    // Keep the selected row in view, with the rows around it.
    let first = form
        .row
        .saturating_sub(room / 2)
        .min(rows.len().saturating_sub(room));
    let mut lines = Vec::new();
    for (index, (label, value)) in rows.iter().enumerate().skip(first).take(room) {
        let selected = index == form.row;
        let shown = match (&form.typing, selected) {
            (Some(input), true) => format!("{}▏", input.value()),
            _ => value.clone(),
        };
        let style = if selected { theme.selected } else { theme.base };
        lines.push(Line::styled(
            format!(" {} {:>value_width$} ", fit(label, label_width), shown),
            style,
        ));
    }
    let more = match (first > 0, first + room < rows.len()) {
        (true, true) => format!("▲▼ {} of {} rows", room, rows.len()),
        (true, false) => format!("▲ {} more above", first),
        (false, true) => format!("▼ {} more below", rows.len() - first - room),
        (false, false) => String::new(),
    };
    lines.push(Line::styled(more, theme.muted));
    lines.push(Line::styled(about, theme.muted));
    if let Some(error) = &form.error {
        lines.push(Line::styled(error.clone(), theme.error));
    }
    lines.push(Line::styled(keys, theme.key));
    let title = format!(
        " Assumptions · {} ",
        fit(&printable(&editor.course.title), 30).trim_end()
    );
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(&title, theme)),
        area,
    );
}

pub(super) fn setting_value(setting: Setting, value: f64) -> String {
    if setting.is_whole() {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}
