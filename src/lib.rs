//! coursegrid: plan online courses as a grid of Gagné's nine events against
//! modules, each cell live or self-paced, and see what each choice costs.
//!
//! Layers, each using only those above it:
//! - [`model`]: the plan itself (pure data);
//! - [`plan_file`]: the RON plan file, with errors that point at a line and column;
//! - [`store`]: where plans and settings live on disk.

pub mod model;
pub mod plan_file;
pub mod store;
