//! The command line of `fieldbook-sync`. The data directory, the listen
//! address and the configuration file can also come from environment
//! variables, so a service manager can configure the server without a
//! wrapper script; flags win over the environment, which wins over the file.

use std::{net::SocketAddr, path::PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::accounts::Role;

/// `fieldbook-sync`: the team sync server for Fieldbook portfolios.
#[derive(Debug, Parser)]
#[command(name = "fieldbook-sync", version, about)]
pub struct Cli {
    /// Where the server keeps its data (one SQLite file); created if missing.
    #[arg(long, value_name = "DIR", env = "FIELDBOOK_SYNC_DATA", global = true)]
    pub data: Option<PathBuf>,

    /// A TOML file with `data = "DIR"` and `listen = "ADDR"`.
    #[arg(long, value_name = "FILE", env = "FIELDBOOK_SYNC_CONFIG", global = true)]
    pub config: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve until SIGTERM or Ctrl-C.
    Serve(ServeArgs),
    /// Manage users.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage teams.
    #[command(subcommand)]
    Team(TeamCommand),
    /// Issue and revoke tokens.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Registered portfolio documents.
    #[command(subcommand)]
    Doc(DocCommand),
}

/// Where `serve` listens.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on, such as 127.0.0.1:8080 (port 0 picks a free port).
    #[arg(long, value_name = "ADDR", env = "FIELDBOOK_SYNC_LISTEN")]
    pub listen: Option<SocketAddr>,
}

/// `user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user.
    Add {
        /// The user's name: letters, digits, '.', '_' or '-'.
        #[arg(value_name = "NAME")]
        name: String,
        /// What the user may do.
        #[arg(long, value_enum)]
        role: Role,
    },
}

/// `team …`
#[derive(Debug, Subcommand)]
pub enum TeamCommand {
    /// Add a team led by a lead.
    Add {
        /// The team's name.
        #[arg(value_name = "TEAM")]
        team: String,
        /// The lead (a user with the lead role).
        #[arg(long, value_name = "NAME")]
        lead: String,
    },
    /// Add a manager to a team, so the team's lead can read their portfolio.
    AddMember {
        /// The team.
        #[arg(value_name = "TEAM")]
        team: String,
        /// The manager.
        #[arg(value_name = "NAME")]
        name: String,
    },
}

/// `token …`
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue a token for a user; it is printed once and never again.
    Issue {
        /// The user.
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Revoke a token; its live connections close within a second.
    Revoke {
        /// The token's public id, as `token issue` printed it.
        #[arg(value_name = "TOKEN_ID")]
        token_id: String,
    },
}

/// `doc …`
#[derive(Debug, Subcommand)]
pub enum DocCommand {
    /// List the registered documents and their owners.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
}

/// How listings are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for people.
    Table,
    /// JSON for programs.
    Json,
}
