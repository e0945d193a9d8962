//! The `fieldbook-sync` binary: parses the command line, sets up JSON logs on
//! stderr and hands over to the library.

use std::process::ExitCode;

use clap::Parser;
use fieldbook_sync::cli::{Cli, Command};
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    // Bad arguments end here with exit code 2 and clap's message.
    let cli = Cli::parse();

    tracing_subscriber::fmt()
        .json()
        .with_writer(std::io::stderr)
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")))
        .init();

    let outcome = tokio::runtime::Runtime::new().map_err(anyhow::Error::from).and_then(|runtime| match cli.command {
        Command::Serve(args) => runtime.block_on(fieldbook_sync::serve::serve(args)),
    });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("fieldbook-sync: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
