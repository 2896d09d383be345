//! The `coursegrid` command: parses the command line and hands over to the library.

use std::process::ExitCode;

use clap::Parser;
use coursegrid::cli::Cli;
use coursegrid::commands;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut stdout = std::io::stdout().lock();
    match commands::run(cli, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", error.for_terminal());
            ExitCode::from(error.exit_code())
        }
    }
}
