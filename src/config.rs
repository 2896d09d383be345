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

/// The settings file's content: `(theme: HighContrast)`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub theme: ThemeName,
}

impl Config {
    /// Reads the settings at `path`; a missing file gives the defaults, a broken
    /// one a message (with its line and column) and the defaults.
    pub fn load(path: &Path) -> (Config, Option<String>) {
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
    use super::*;

    #[test]
    fn a_missing_file_means_defaults_and_a_broken_one_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.ron");
        assert_eq!(Config::load(&path), (Config::default(), None));
        fs::write(&path, "(theme: HighContrast)").unwrap();
        assert_eq!(Config::load(&path).0.theme, ThemeName::HighContrast);
        fs::write(&path, "(theme: Purple)").unwrap();
        let (config, message) = Config::load(&path);
        assert_eq!(config, Config::default());
        assert!(message.unwrap().contains("config.ron:1:9"));
    }
}
