//! The `fieldbook-sync` binary: parses the command line, sets up JSON logs on
//! stderr and hands over to the library. Exit codes: 0 success, 2 bad input
//! (the message names the argument), 1 anything else.

use std::process::ExitCode;

use clap::Parser;
use fieldbook_sync::{
    accounts::AccountsError,
    admin::{self, AdminCommand},
    cli::{Cli, Command},
    config::{self, ConfigError},
};
use tracing_subscriber::EnvFilter;

/// The logs when `RUST_LOG` does not say otherwise: our events from `info`
/// up, the sync libraries' only from `warn`. automerge opens an `info` span
/// each time it loads changes (every sync message), samod one per event and
/// storage task, and the JSON formatter writes out every span's fields as it
/// opens: a sixth of the server's CPU under load, for lines nobody reads.
const DEFAULT_LOG_FILTER: &str = "info,automerge=warn,samod=warn,samod_core=warn";

fn main() -> ExitCode {
    // Bad arguments end here with exit code 2 and clap's message.
    let cli = Cli::parse();

    tracing_subscriber::fmt()
        .json()
        .with_writer(std::io::stderr)
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG_FILTER)))
        .init();

    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("fieldbook-sync: error: {err:#}");
            ExitCode::from(exit_code(&err))
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let admin = match cli.command {
        Command::Serve(args) => {
            let config = config::server_config(cli.data, args.listen, cli.config.as_deref())?;
            let runtime = tokio::runtime::Runtime::new()?;
            return runtime.block_on(fieldbook_sync::serve::serve(config));
        }
        Command::User(command) => AdminCommand::User(command),
        Command::Team(command) => AdminCommand::Team(command),
        Command::Token(command) => AdminCommand::Token(command),
        Command::Doc(command) => AdminCommand::Doc(command),
    };
    let data_dir = config::data_dir(cli.data, cli.config.as_deref())?;
    admin::run(admin, &data_dir, &mut std::io::stdout().lock())
}

/// 2 when the input is at fault, else 1.
fn exit_code(err: &anyhow::Error) -> u8 {
    let bad_input = err.chain().any(|cause| {
        cause.is::<ConfigError>() || cause.downcast_ref::<AccountsError>().is_some_and(AccountsError::is_bad_input)
    });
    if bad_input { 2 } else { 1 }
}
