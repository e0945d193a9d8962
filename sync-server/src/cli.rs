//! The command line of `fieldbook-sync`. Every flag can also come from an
//! environment variable, so the server can be configured by a service
//! manager without a wrapper script.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, Subcommand};

/// `fieldbook-sync`: the team sync server for Fieldbook portfolios.
#[derive(Debug, Parser)]
#[command(name = "fieldbook-sync", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve until SIGTERM or Ctrl-C.
    Serve(ServeArgs),
}

/// Where `serve` keeps its data and where it listens.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Directory for the server's storage; created if missing.
    #[arg(long, value_name = "DIR", env = "FIELDBOOK_SYNC_DATA")]
    pub data: PathBuf,

    /// Address to listen on, such as 127.0.0.1:8080 (port 0 picks a free port).
    #[arg(long, value_name = "ADDR", env = "FIELDBOOK_SYNC_LISTEN")]
    pub listen: SocketAddr,
}
