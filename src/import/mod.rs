//! Imports: a plan's grid brought back from another program. Today one: the
//! CSV that `coursegrid export --format csv` writes, after a planner has
//! edited it in a spreadsheet ([`csv`]). Pure: text in, modules or every
//! problem out; the command line reads and writes the files.

pub mod csv;
