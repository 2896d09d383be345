//! coursegrid: plan online courses as a grid of Gagné's nine events against
//! modules, each cell live or self-paced, and see what each choice costs.
//!
//! Layers, each using only those above it:
//! - [`model`]: the plan itself (pure data);
//! - [`analysis`]: what a plan costs and gives up (instructor hours, scalability,
//!   accountability, the Line of Understanding, warnings), pure and deterministic;
//! - [`plan_file`]: the RON plan file, with errors that point at a line and column;
//! - [`store`]: where plans and settings live on disk;
//! - [`present`]: the figures as people read them, what changed between two
//!   plans, the chart data, and text made safe for a terminal;
//! - [`recovery`]: recovery copies of unsaved work;
//! - [`export`]: the plan as Markdown, RON or CSV, for people, git and spreadsheets;
//! - [`import`]: a grid edited in a spreadsheet (the CSV export) read back;
//! - [`tui`]: the terminal editor (state, keymap, update, view);
//! - [`cli`] and [`commands`]: the command line on top of it all.

pub mod analysis;
pub mod atomic_file;
pub mod cli;
pub mod commands;
pub mod config;
pub mod export;
pub mod import;
pub mod model;
pub mod plan_file;
pub mod present;
pub mod recovery;
pub mod samples;
pub mod store;
pub mod tui;
