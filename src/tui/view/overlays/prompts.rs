//! The questions: quit with unsaved changes, a line of text, a file changed
//! on disk, a read-only file; and the text field they share.

#[allow(unused_imports)]
use super::*;

pub(super) fn quit_prompt(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
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

pub(super) fn external_change(
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

pub(super) fn read_only(editor: &Editor, theme: &Theme, frame: &mut Frame, screen: Rect) {
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
