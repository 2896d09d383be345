//! The `coursegrid` command: parses the command line and hands over to the library.

use std::io::Write;
use std::process::ExitCode;

use coursegrid::cli::Cli;
use coursegrid::commands;

fn main() -> ExitCode {
    let cli = Cli::from_command_line();
    let mut stdout = std::io::stdout().lock();
    match commands::run(cli, &mut stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // Not eprintln!: it panics when stderr is closed (`2>&1 | head -1`, a
            // closed terminal), and the exit code must stay the error's own.
            let message = error.for_terminal();
            if !message.is_empty() {
                let _ = writeln!(std::io::stderr(), "{message}");
            }
            ExitCode::from(error.exit_code())
        }
    }
}
