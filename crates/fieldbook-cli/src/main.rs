//! `fieldbook`: the command-line companion of the Fieldbook desktop app,
//! working on the same data directory.

mod cli;
mod commands;
mod exit;
mod field_flags;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`fieldbook client list | head`) is not a failure.
        Err(error) if exit::is_closed_output(&error) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("fieldbook: {error:#}");
            ExitCode::from(exit::code(&error))
        }
    }
}
