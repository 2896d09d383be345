//! The user's settings file (`config.ron` in the config folder). Everything in
//! it is optional; a missing file means the defaults.

use std::fs;
use std::io;
use std::path::Path;

use serde::Deserialize;

/// The colour themes of the editor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
pub enum ThemeName {
    /// Colours for an everyday terminal.
    #[default]
    #[serde(alias = "default")]
    Default,
    /// Black, white and yellow, bold: legible on a projector.
    #[serde(alias = "high-contrast")]
    HighContrast,
}

/// The settings file's content, every field optional:
/// `(theme: HighContrast, mouse: false)`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
pub struct Config {
    /// The theme chosen here; `None` leaves it to `--theme` and NO_COLOR.
    #[serde(default, deserialize_with = "chosen")]
    pub theme: Option<ThemeName>,
    /// Whether the editor takes the mouse (clicks select cells, the wheel
    /// scrolls); `false` leaves it to the terminal, to select and copy text.
    #[serde(default = "yes")]
    pub mouse: bool,
}

fn yes() -> bool {
    true
}

/// `theme: HighContrast`, as people write it (RON would want `Some(...)`).
fn chosen<'de, D: serde::Deserializer<'de>>(field: D) -> Result<Option<ThemeName>, D::Error> {
    ThemeName::deserialize(field).map(Some)
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: None,
            mouse: true,
        }
    }
}

/// The theme to draw with, and whether in colour. An explicit choice (the
/// `--theme` flag first, then the settings file) wins over NO_COLOR, as
/// <https://no-color.org> asks; NO_COLOR only turns the default's colours off.
pub fn theme_choice(
    flag: Option<ThemeName>,
    config: Option<ThemeName>,
    no_color: bool,
) -> (ThemeName, bool) {
    match flag.or(config) {
        Some(chosen) => (chosen, true),
        None => (ThemeName::Default, !no_color),
    }
}

/// A settings file is a few lines; anything past this is not one.
const MAX_CONFIG_BYTES: u64 = 64 * 1024;

impl Config {
    /// Reads the settings at `path`; a missing file gives the defaults, a broken
    /// one a message (with its line and column) and the defaults.
    pub fn load(path: &Path) -> (Config, Option<String>) {
        // Only a regular file of a sane size: a FIFO would hang the start, a
        // link to /dev/zero would be read until memory runs out.
        match fs::metadata(path) {
            Ok(metadata) if !metadata.is_file() => {
                return (
                    Config::default(),
                    Some(format!(
                        "{}: not a regular file (using the default settings)",
                        path.display()
                    )),
                );
            }
            Ok(metadata) if metadata.len() > MAX_CONFIG_BYTES => {
                return (
                    Config::default(),
                    Some(format!(
                        "{}: {} bytes, too large for a settings file (using the default settings)",
                        path.display(),
                        metadata.len()
                    )),
                );
            }
            _ => {}
        }
        match fs::read_to_string(path) {
            Ok(text) => match ron::from_str(&text) {
                Ok(config) => (config, None),
                Err(error) => (
                    Config::default(),
                    Some(format!(
                        "{}:{}:{}: {} (using the default settings)",
                        path.display(),
                        error.span.start.line,
                        error.span.start.col,
                        error.code
                    )),
                ),
            },
            Err(error) if error.kind() == io::ErrorKind::NotFound => (Config::default(), None),
            Err(error) => (
                Config::default(),
                Some(format!(
                    "{}: {error} (using the default settings)",
                    path.display()
                )),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn only_a_regular_file_of_sane_size_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("config.ron");
        let zero = dir.path().join("zero.ron");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        let mut cases = vec![zero];
        if made.is_ok_and(|s| s.success()) {
            cases.push(fifo);
        }
        for path in cases {
            // A hang here would be the bug: give it ten seconds.
            let (send, receive) = std::sync::mpsc::channel();
            let asked = path.clone();
            std::thread::spawn(move || {
                let _ = send.send(super::Config::load(&asked));
            });
            let (config, problem) = receive
                .recv_timeout(std::time::Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("{} hung the start-up", path.display()));
            assert_eq!(config, super::Config::default());
            assert!(problem.unwrap().contains("not a regular file"));
        }
        let big = dir.path().join("big.ron");
        std::fs::write(&big, " ".repeat(100 * 1024)).unwrap();
        let (_, problem) = super::Config::load(&big);
        assert!(problem.unwrap().contains("too large"));
    }

    use super::*;

    #[test]
    fn a_missing_file_means_defaults_and_a_broken_one_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert_eq!(Config::load(&path), (Config::default(), None));
        fs::write(&path, "(theme: HighContrast)").unwrap();
        assert_eq!(Config::load(&path).0.theme, Some(ThemeName::HighContrast));
        fs::write(&path, "(theme: Purple)").unwrap();
        let (config, message) = Config::load(&path);
        assert_eq!(config, Config::default());
        assert!(message.unwrap().contains("config.ron:1:9"));
    }

    #[test]
    fn the_mouse_is_on_unless_the_settings_turn_it_off() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert!(Config::load(&path).0.mouse);
        fs::write(&path, "(theme: HighContrast)").unwrap();
        assert!(Config::load(&path).0.mouse);
        fs::write(&path, "(mouse: false)").unwrap();
        assert_eq!(
            Config::load(&path),
            (
                Config {
                    theme: None,
                    mouse: false
                },
                None
            )
        );
        fs::write(&path, "(mouse: off)").unwrap();
        let (config, message) = Config::load(&path);
        assert!(config.mouse, "a broken file means the defaults");
        assert!(message.unwrap().contains("config.ron:1:"));
    }

    #[test]
    fn an_explicit_theme_beats_no_color_which_only_changes_the_default() {
        use ThemeName::{Default, HighContrast};
        // Nothing chosen: the default theme, in colour unless NO_COLOR.
        assert_eq!(theme_choice(None, None, false), (Default, true));
        assert_eq!(theme_choice(None, None, true), (Default, false));
        // `--theme` wins over NO_COLOR, and over the settings file.
        assert_eq!(
            theme_choice(Some(HighContrast), None, true),
            (HighContrast, true)
        );
        assert_eq!(
            theme_choice(Some(Default), Some(HighContrast), true),
            (Default, true)
        );
        // The settings file is a choice too.
        assert_eq!(
            theme_choice(None, Some(HighContrast), true),
            (HighContrast, true)
        );
    }
}
