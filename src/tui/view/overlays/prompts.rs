//! The text prompt (a line of text) and the text field it shares with the
//! export dialog and the start screen.

#[allow(unused_imports)]
use super::*;

pub(super) fn text_prompt(prompt: &Prompt, theme: &Theme, frame: &mut Frame, screen: Rect) {
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
pub(crate) fn text_field(input: &Input, theme: &Theme, frame: &mut Frame, field: Rect) {
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
