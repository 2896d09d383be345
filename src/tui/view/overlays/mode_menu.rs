//! The modes menu: a row, a module or the course live, self-paced or as recommended.

#[allow(unused_imports)]
use super::*;

pub(super) fn mode_menu(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
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
