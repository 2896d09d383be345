//! The export dialog: a format and where to write it.

#[allow(unused_imports)]
use super::*;

pub(super) fn export_dialog(dialog: &ExportDialog, theme: &Theme, frame: &mut Frame, screen: Rect) {
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
