//! The kind picker, over the grid so that the panel stays in view and
//! follows the highlighted kind.

#[allow(unused_imports)]
use super::*;

/// The kind picker, over the grid so that the panel stays in view and
/// follows the highlighted kind.
pub(super) fn kind_picker(
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
