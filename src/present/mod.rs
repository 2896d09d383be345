//! How the plan and its figures read for people: the panel's figures (one
//! label, unit and reading each), the comparison of two plans, the numbers
//! behind the charts and their round ticks, and text made safe to print in a terminal.

pub mod break_even;
pub mod catalogue;
pub mod cell_text;
pub mod charts;
pub mod compare;
pub mod date;
pub mod figures;
pub mod intro;
pub mod printable;
pub mod report;
pub mod table;
pub mod ticks;
pub mod what_if;
