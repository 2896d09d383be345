//! Colours and styles. Every distinction the theme draws with colour is also
//! drawn with a symbol or a modifier, so the grid reads the same with NO_COLOR
//! or on a washed-out projector.

use ratatui::style::{Color, Modifier, Style};

use crate::config::ThemeName;
use crate::model::{BloomBand, Mode};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub title_bar: Style,
    pub border: Style,
    pub heading: Style,
    pub live: Style,
    pub self_paced: Style,
    pub unplanned: Style,
    pub selected: Style,
    pub deviation: Style,
    pub bands: [Style; 3],
    pub muted: Style,
    pub good: Style,
    pub bad: Style,
    pub warning: Style,
    pub error: Style,
    pub key: Style,
}

impl Theme {
    /// The named theme; without colour when `color` is false (NO_COLOR is set).
    pub fn new(name: ThemeName, color: bool) -> Theme {
        match (name, color) {
            (_, false) => Theme::monochrome(),
            (ThemeName::Default, true) => Theme::default_colors(),
            (ThemeName::HighContrast, true) => Theme::high_contrast(),
        }
    }

    fn default_colors() -> Theme {
        Theme {
            base: Style::default(),
            title_bar: Style::default().fg(Color::Black).bg(Color::Cyan),
            border: Style::default().fg(Color::DarkGray),
            heading: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            live: Style::default().fg(Color::LightMagenta),
            self_paced: Style::default().fg(Color::LightBlue),
            unplanned: Style::default().fg(Color::DarkGray),
            selected: Style::default()
                .add_modifier(Modifier::REVERSED)
                .add_modifier(Modifier::BOLD),
            deviation: Style::default().fg(Color::Yellow),
            bands: [
                Style::default()
                    .fg(Color::Blue)
                    .add_modifier(Modifier::BOLD),
                Style::default()
                    .fg(Color::Magenta)
                    .add_modifier(Modifier::BOLD),
                Style::default()
                    .fg(Color::Green)
                    .add_modifier(Modifier::BOLD),
            ],
            muted: Style::default().fg(Color::DarkGray),
            good: Style::default().fg(Color::Green),
            bad: Style::default().fg(Color::Red),
            warning: Style::default().fg(Color::Yellow),
            error: Style::default().fg(Color::White).bg(Color::Red),
            key: Style::default()
                .fg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
        }
    }

    /// For projectors: only bright white and bright yellow on black. The
    /// palette's plain yellow (colour 3) is a dark olive on many terminals
    /// and projectors wash it out; bright yellow (11) and bright white (15)
    /// stay legible.
    fn high_contrast() -> Theme {
        let white = Style::default().fg(Color::White).bg(Color::Black);
        let bold = white.add_modifier(Modifier::BOLD);
        let yellow = bold.fg(Color::LightYellow);
        Theme {
            base: white,
            title_bar: Style::default()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            border: white,
            heading: yellow.add_modifier(Modifier::UNDERLINED),
            live: yellow,
            self_paced: bold,
            unplanned: white,
            selected: Style::default()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::BOLD),
            deviation: yellow,
            bands: [bold, yellow, bold],
            muted: white,
            good: bold,
            bad: yellow,
            warning: yellow,
            error: Style::default()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(Modifier::BOLD),
            key: yellow,
        }
    }

    fn monochrome() -> Theme {
        let plain = Style::default();
        Theme {
            base: plain,
            title_bar: plain.add_modifier(Modifier::REVERSED),
            border: plain,
            heading: plain.add_modifier(Modifier::BOLD),
            live: plain.add_modifier(Modifier::BOLD),
            self_paced: plain,
            unplanned: plain.add_modifier(Modifier::DIM),
            selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            deviation: plain,
            bands: [plain.add_modifier(Modifier::BOLD); 3],
            muted: plain.add_modifier(Modifier::DIM),
            good: plain,
            bad: plain,
            warning: plain.add_modifier(Modifier::BOLD),
            error: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: plain.add_modifier(Modifier::BOLD),
        }
    }

    pub fn mode(&self, mode: Mode) -> Style {
        match mode {
            Mode::Live => self.live,
            Mode::SelfPaced => self.self_paced,
        }
    }

    pub fn band(&self, band: BloomBand) -> Style {
        self.bands[band as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn styles(theme: &Theme) -> Vec<Style> {
        let mut all = vec![
            theme.base,
            theme.title_bar,
            theme.border,
            theme.heading,
            theme.live,
            theme.self_paced,
            theme.unplanned,
            theme.selected,
            theme.deviation,
            theme.muted,
            theme.good,
            theme.bad,
            theme.warning,
            theme.error,
            theme.key,
        ];
        all.extend(theme.bands);
        all
    }

    #[test]
    fn high_contrast_uses_only_bright_white_and_bright_yellow_on_black() {
        let theme = Theme::new(ThemeName::HighContrast, true);
        for style in styles(&theme) {
            for color in [style.fg, style.bg].into_iter().flatten() {
                assert!(
                    matches!(color, Color::White | Color::LightYellow | Color::Black),
                    "{color:?} in {style:?}: not bright on a projector"
                );
            }
        }
        assert_eq!(theme.live.fg, Some(Color::LightYellow));
    }

    #[test]
    fn without_colour_no_style_has_a_colour() {
        for name in [ThemeName::Default, ThemeName::HighContrast] {
            for style in styles(&Theme::new(name, false)) {
                assert_eq!((style.fg, style.bg), (None, None), "{style:?}");
            }
        }
    }
}
