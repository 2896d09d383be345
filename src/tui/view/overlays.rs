//! What opens over the grid: help, the quit prompt, text prompts, the modes
//! menu and the assumptions form.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use tui_input::Input;

use crate::export::ExportFormat;
use crate::model::{ActivityKind, BuildPreset, Mode, Setting};
use crate::printable::{fit, printable};

use super::super::app::{AssumptionsForm, Editor, ExportDialog, Overlay, Prompt, PromptPurpose};
use super::super::keymap::HELP;
use super::super::kind_picker::{KindPicker, costs_columns};
use super::super::layout::{ScreenLayout, inner};
use super::super::theme::Theme;

pub fn draw(
    overlay: &Overlay,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    let screen = frame.area();
    match overlay {
        Overlay::Help { scroll } => help(*scroll, theme, frame, screen),
        Overlay::QuitPrompt => quit_prompt(editor, theme, frame, screen),
        Overlay::Prompt(prompt) => text_prompt(prompt, theme, frame, screen),
        Overlay::ModeMenu => mode_menu(editor, theme, frame, screen),
        Overlay::KindPicker(picker) => kind_picker(picker, editor, theme, frame, layout),
        Overlay::Form(form) => assumptions_form(form, editor, theme, frame, layout),
        Overlay::Export(dialog) => export_dialog(dialog, theme, frame, screen),
        Overlay::ReadOnly => read_only(editor, theme, frame, screen),
        Overlay::ExternalChange { confirm_reload } => {
            external_change(*confirm_reload, editor, theme, frame, screen)
        }
        Overlay::Recovery {
            recovered,
            show_differences,
        } => recovery(recovered, *show_differences, editor, theme, frame, screen),
    }
}

/// A box of `width` x `height` in the middle of `area`, cleared.
fn centered(frame: &mut Frame, area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    frame.render_widget(Clear, rect);
    rect
}

fn boxed<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.heading)
        .style(theme.base)
        .title(title)
}

pub fn help_lines(theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for (group, bindings) in HELP {
        lines.push(Line::styled(*group, theme.heading));
        for binding in *bindings {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<16}", binding.keys), theme.key),
                Span::styled(binding.does, theme.base),
            ]));
        }
    }
    lines.push(Line::styled(
        "Grid: ● live ○ self-paced · unplanned  Vi Qz… kind (K)  ↺ reused  * not recommended",
        theme.muted,
    ));
    // The kinds' codes, live first, a line per mode.
    for mode in [Mode::Live, Mode::SelfPaced] {
        let codes: Vec<String> = ActivityKind::of_mode(mode)
            .map(|kind| format!("{} {}", kind.code(), kind.label()))
            .collect();
        lines.push(Line::styled(
            format!("{}: {}", mode.label(), codes.join(", ")),
            theme.muted,
        ));
    }
    lines
}

/// The help box on a screen of `screen`.
fn help_area(screen: Rect, lines: usize) -> Rect {
    let width = 84.min(screen.width);
    let height = (lines as u16 + 2).min(screen.height);
    Rect::new(
        screen.x + (screen.width - width) / 2,
        screen.y + (screen.height - height) / 2,
        width,
        height,
    )
}

/// How far the help can scroll on a screen of `screen`: to its last row,
/// counting the rows long lines wrap to (as ratatui wraps them).
pub fn help_scroll_limit(screen: Rect, theme: &Theme) -> u16 {
    let lines = help_lines(theme);
    let area = help_area(screen, lines.len());
    let rows = Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .line_count(area.width.saturating_sub(2));
    rows.saturating_sub(usize::from(area.height.saturating_sub(2))) as u16
}

fn help(scroll: u16, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let lines = help_lines(theme);
    let area = help_area(screen, lines.len());
    frame.render_widget(Clear, area);
    let scroll = scroll.min(help_scroll_limit(screen, theme));
    frame.render_widget(
        Paragraph::new(lines)
            .scroll((scroll, 0))
            .wrap(Wrap { trim: false })
            .block(boxed(" Keys · Esc closes · ↑↓ scroll ", theme)),
        area,
    );
}

fn quit_prompt(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 56, 6);
    let lines = vec![
        Line::from(format!(
            "\"{}\" has unsaved changes.",
            fit(&printable(&editor.course.title), 30).trim_end()
        )),
        Line::from(""),
        Line::from(vec![
            Span::styled("s", theme.key),
            Span::raw(" save and quit   "),
            Span::styled("d", theme.key),
            Span::raw(" discard and quit   "),
            Span::styled("c", theme.key),
            Span::raw(" cancel"),
        ]),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Quit? ", theme)),
        area,
    );
}

fn text_prompt(prompt: &Prompt, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 6);
    let title = format!(" {} ", prompt.purpose.title());
    let block = boxed(&title, theme);
    let inside = inner(area);
    frame.render_widget(block, area);
    text_field(
        &prompt.input,
        theme,
        frame,
        Rect::new(inside.x, inside.y, inside.width, 1),
    );
    let hint = match (&prompt.error, prompt.purpose) {
        (Some(error), _) => Line::styled(error.clone(), theme.error),
        (None, PromptPurpose::Activity) => Line::styled(
            "Enter saves · Esc cancels · Ctrl-u clears · empty removes it",
            theme.muted,
        ),
        (None, _) => Line::styled("Enter confirms · Esc cancels · Ctrl-u clears", theme.muted),
    };
    if inside.height > 2 {
        frame.render_widget(
            Paragraph::new(hint).wrap(Wrap { trim: true }),
            Rect::new(inside.x, inside.y + 2, inside.width, inside.height - 2),
        );
    }
}

/// A one-line text field with its cursor, scrolled so the cursor shows.
pub(super) fn text_field(input: &Input, theme: &Theme, frame: &mut Frame, field: Rect) {
    let width = usize::from(field.width.saturating_sub(1)).max(1);
    let scroll = input.visual_scroll(width);
    frame.render_widget(
        Paragraph::new(printable(input.value()).into_owned())
            .scroll((0, scroll as u16))
            .style(theme.selected),
        field,
    );
    let cursor = input.visual_cursor().saturating_sub(scroll) as u16;
    frame.set_cursor_position(Position::new(
        field.x + cursor.min(field.width.saturating_sub(1)),
        field.y,
    ));
}

fn mode_menu(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let event = editor.cursor.event;
    let module = editor.cursor.module + 1;
    let items = [
        (
            "l",
            format!(
                "event {} {}: live in every module",
                event.number(),
                event.short_label()
            ),
        ),
        (
            "s",
            format!(
                "event {} {}: self-paced in every module",
                event.number(),
                event.short_label()
            ),
        ),
        ("L", format!("module {module}: every event live")),
        ("S", format!("module {module}: every event self-paced")),
        (
            "r",
            format!("module {module}: recommended modes (Line of Understanding)"),
        ),
        ("R", "every module: recommended modes".to_owned()),
    ];
    let mut lines: Vec<Line> = items
        .into_iter()
        .map(|(key, does)| {
            Line::from(vec![
                Span::styled(format!(" {key}  "), theme.key),
                Span::styled(does, theme.base),
            ])
        })
        .collect();
    lines.push(Line::styled(
        " Esc closes · u undoes afterwards",
        theme.muted,
    ));
    let area = centered(frame, screen, 64, lines.len() as u16 + 2);
    frame.render_widget(
        Paragraph::new(lines).block(boxed(" Set modes ", theme)),
        area,
    );
}

fn assumptions_form(
    form: &AssumptionsForm,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    // Over the grid only: the panel stays visible and follows every change.
    let area = Rect::new(
        layout.grid.x,
        layout.grid.y,
        layout.grid.width,
        layout.grid.height + layout.detail.height,
    );
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
    // The footer: a blank line, the source (up to three lines), an error, the keys.
    let footer = 6;
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
    lines.push(Line::styled(about, theme.muted));
    if let Some(error) = &form.error {
        lines.push(Line::styled(error.clone(), theme.error));
    }
    lines.push(Line::styled(
        "↑↓ choose · ←→ or -/+ adjust · Enter type a value · Esc close",
        theme.key,
    ));
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

fn setting_value(setting: Setting, value: f64) -> String {
    if setting.is_whole() {
        format!("{value:.0}")
    } else {
        format!("{value}")
    }
}

fn export_dialog(dialog: &ExportDialog, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 9);
    frame.render_widget(boxed(" Export ", theme), area);
    let inside = inner(area);
    let mut formats = vec![Span::styled("Format: ", theme.heading)];
    for format in ExportFormat::ALL {
        let style = if format == dialog.format {
            theme.selected
        } else {
            theme.muted
        };
        formats.push(Span::styled(format!(" {} ", format.label()), style));
        formats.push(Span::raw(" "));
    }
    let about = match dialog.format {
        ExportFormat::Markdown => "a document to read or send: summary, tradeoffs, grid, charts",
        ExportFormat::Ron => "the plan file itself, for git or to open elsewhere",
        ExportFormat::Csv => "one row per module and event, for a spreadsheet",
    };
    let hint = match &dialog.error {
        Some(error) => Line::styled(error.clone(), theme.error),
        None => Line::styled("Tab format · Enter export · Esc cancel", theme.muted),
    };
    let lines = vec![
        Line::from(formats),
        Line::styled(about, theme.muted),
        Line::from(""),
        Line::styled("To file:", theme.heading),
    ];
    frame.render_widget(Paragraph::new(lines), inside);
    if inside.height < 6 {
        return;
    }
    text_field(
        &dialog.path,
        theme,
        frame,
        Rect::new(inside.x, inside.y + 4, inside.width, 1),
    );
    frame.render_widget(
        Paragraph::new(hint).wrap(Wrap { trim: true }),
        Rect::new(inside.x, inside.y + 5, inside.width, inside.height - 5),
    );
}

fn choice<'a>(key: &'a str, does: &'a str, theme: &Theme) -> Vec<Span<'a>> {
    vec![
        Span::styled(format!(" {key} "), theme.key),
        Span::raw(format!("{does}  ")),
    ]
}

fn external_change(
    confirm_reload: bool,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    screen: Rect,
) {
    let area = centered(frame, screen, 72, 10);
    let file = editor
        .path
        .as_ref()
        .map(|path| printable(&path.display().to_string()).into_owned())
        .unwrap_or_default();
    let mut keys = choice("o", "overwrite it", theme);
    keys.extend(choice("r", "reload it", theme));
    keys.extend(choice("a", "save as…", theme));
    keys.extend(choice("c", "cancel", theme));
    let mut lines = vec![
        Line::from(format!(
            "{file} changed on disk since you opened it (a colleague, git, another editor)."
        )),
        Line::from(""),
        Line::from(keys),
    ];
    if confirm_reload {
        lines.push(Line::styled(
            "Reloading drops your unsaved changes (u brings them back): press r again.",
            theme.error,
        ));
    }
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Changed on disk ", theme)),
        area,
    );
}

fn read_only(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
    let area = centered(frame, screen, 72, 7);
    let file = editor
        .path
        .as_ref()
        .map(|path| printable(&path.display().to_string()).into_owned())
        .unwrap_or_default();
    let mut keys = choice("o", "make it writable and save", theme);
    keys.extend(choice("a", "save as…", theme));
    keys.extend(choice("c", "cancel", theme));
    let lines = vec![
        Line::from(format!(
            "{file} is read-only: someone may have made it so on purpose."
        )),
        Line::from(""),
        Line::from(keys),
    ];
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .block(boxed(" Read-only ", theme)),
        area,
    );
}

fn recovery(
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
    let differences = crate::compare::differences(&on_disk, &recovered.course);
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

/// The kind picker, over the grid so that the panel stays in view and
/// follows the highlighted kind.
fn kind_picker(
    picker: &KindPicker,
    editor: &Editor,
    theme: &Theme,
    frame: &mut Frame,
    layout: &ScreenLayout,
) {
    let kinds = picker.kinds();
    let width = layout.grid.width;
    let height = (kinds.len() as u16 + 7).min(layout.grid.height + layout.detail.height);
    let area = Rect::new(layout.grid.x, layout.grid.y, width, height);
    frame.render_widget(Clear, area);
    let inside = usize::from(width.saturating_sub(2));
    let assumptions = &editor.course.assumptions;
    let mut lines = vec![Line::styled(
        fit(&format!(" {:<16} {:<9} support/h", "kind", "build"), inside),
        theme.heading,
    )];
    for (row, kind) in kinds.iter().enumerate() {
        let style = if row == picker.row {
            theme.selected
        } else {
            theme.base
        };
        let (build, support) = costs_columns(assumptions.kind(*kind), *kind);
        let text = format!(" {} {:<13} {build:<9} {support}", kind.code(), kind.label());
        lines.push(Line::styled(fit(&text, inside), style));
    }
    let selected = picker.selected();
    lines.push(Line::from(""));
    lines.push(Line::styled(
        fit(
            &format!(
                " {}: {}; {} learning.",
                selected.label(),
                selected.description(),
                selected.learning_type().key()
            ),
            inside,
        ),
        theme.muted,
    ));
    lines.push(Line::styled(
        fit(" ↑↓ choose · Enter set · Esc keep", inside),
        theme.key,
    ));
    let event = editor.cursor.event;
    let title = format!(
        " Kind · {} {} · module {} · {} ",
        event.number(),
        event.short_label(),
        editor.cursor.module + 1,
        picker.mode.label()
    );
    frame.render_widget(Paragraph::new(lines).block(boxed(&title, theme)), area);
}
