//! Errors of the sync client.

use std::path::PathBuf;

use crate::ReplicaError;

/// Anything that can go wrong logging in or syncing.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The server URL given to `login` is not one.
    #[error("'{url}' is not a server URL: {reason}")]
    BadServerUrl {
        /// What was given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The token given to `login` is empty or holds spaces.
    #[error("the token is empty or holds spaces; paste it as `fieldbook-sync token issue` printed it")]
    BadToken,
    /// The server refused the token (wrong, revoked or expired).
    #[error(
        "{server} refused the token (wrong or revoked); ask your admin for a new one and run `fieldbook login` again"
    )]
    Unauthorized {
        /// The server.
        server: String,
    },
    /// The server could not be reached.
    #[error("cannot reach the sync server at {server}: {reason}")]
    Unreachable {
        /// The server.
        server: String,
        /// What the network said.
        reason: String,
    },
    /// The server answered with an error.
    #[error("{server} refused ({status} {code}): {message}")]
    Refused {
        /// The server.
        server: String,
        /// The HTTP status.
        status: u16,
        /// The error code of the server's error body.
        code: String,
        /// The server's message.
        message: String,
    },
    /// The server said something this client does not understand.
    #[error("the sync server answered unexpectedly: {0}")]
    Protocol(String),
    /// No `fieldbook login` in this data directory.
    #[error("not logged in to a sync server in {0}; run `fieldbook login --server URL --token TOKEN`")]
    NotLoggedIn(PathBuf),
    /// The credentials file cannot be read or written.
    #[error("cannot use the credentials file {path}: {source}")]
    Credentials {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The folder of a lead's team portfolios cannot be read.
    #[error("cannot read the team portfolios in {path}: {source}")]
    TeamFolder {
        /// The folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The credentials file is not one this client wrote.
    #[error("the credentials file {0} is damaged; run `fieldbook login` again")]
    CorruptCredentials(PathBuf),
    /// The portfolio here syncs with another server than the one logged in to.
    #[error("the portfolio in {data_dir} syncs with {synced_with}, not {logged_in}; log in to {synced_with}")]
    OtherServer {
        /// The data directory.
        data_dir: PathBuf,
        /// The server the portfolio synced with.
        synced_with: String,
        /// The server logged in to.
        logged_in: String,
    },
    /// This device made a new portfolio while the server already holds the user's.
    #[error(
        "{user} already has a portfolio on the server, and {data_dir} holds another one; pull the server's into an empty data directory with `fieldbook --data-dir DIR login`"
    )]
    TwoPortfolios {
        /// The user.
        user: String,
        /// The data directory.
        data_dir: PathBuf,
    },
    /// Nothing here and nothing on the server to sync.
    #[error("{user} has no portfolio here nor on the server; create one with `fieldbook init`")]
    NothingToSync {
        /// The user.
        user: String,
    },
    /// A device joining found no portfolio of the user's on the server.
    #[error(
        "{server} holds no portfolio of {user}'s to pull; sync it from the computer that has it first, or create a new one"
    )]
    NoPortfolioOnServer {
        /// The user.
        user: String,
        /// The server.
        server: String,
    },
    /// The server does not have the document (or does not let this user see it).
    #[error("the server has no document {0} for this user")]
    Unavailable(String),
    /// The connection to the server was lost during the round.
    #[error("lost the connection to {server}: {reason}")]
    ConnectionLost {
        /// The server.
        server: String,
        /// Why.
        reason: String,
    },
    /// The round did not finish in time.
    #[error("{server} did not finish syncing within {seconds} s")]
    TimedOut {
        /// The server.
        server: String,
        /// The time allowed.
        seconds: u64,
    },
    /// An exchange with the server made no progress for too long.
    #[error("the exchange with {server} stalled")]
    Stalled {
        /// The server.
        server: String,
    },
    /// The sync engine stopped.
    #[error("the sync engine stopped")]
    Stopped,
    /// The local replica failed.
    #[error(transparent)]
    Replica(#[from] ReplicaError),
}

impl SyncError {
    /// Whether the error is the user's input (a bad URL or token) rather than a failure.
    pub fn is_bad_input(&self) -> bool {
        match self {
            SyncError::BadServerUrl { .. } | SyncError::BadToken | SyncError::Unauthorized { .. } => true,
            SyncError::Replica(error) => error.is_bad_input(),
            _ => false,
        }
    }
}

/// Why sync failed, as a stable [`code`](SyncProblem::code) and named
/// arguments a UI translates; its `Display` is the English text the CLI prints.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SyncProblem {
    /// `unreachable`, `unauthorized`, `connection_lost`, … (one per [`SyncError`] variant).
    pub code: &'static str,
    /// The arguments of the translation, by name.
    pub arguments: Vec<(&'static str, String)>,
    /// The English text.
    pub text: String,
}

impl std::fmt::Display for SyncProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl SyncError {
    /// The error as a code and arguments a UI translates.
    pub fn problem(&self) -> SyncProblem {
        let (code, arguments) = self.code_and_arguments();
        SyncProblem { code, arguments, text: self.to_string() }
    }

    fn code_and_arguments(&self) -> (&'static str, Vec<(&'static str, String)>) {
        let path = |path: &std::path::Path| path.display().to_string();
        match self {
            SyncError::BadServerUrl { url, reason } => {
                ("server_url", vec![("url", url.clone()), ("reason", reason.clone())])
            }
            SyncError::BadToken => ("token_blank", Vec::new()),
            SyncError::Unauthorized { server } => ("unauthorized", vec![("server", server.clone())]),
            SyncError::Unreachable { server, reason } => {
                ("unreachable", vec![("server", server.clone()), ("reason", reason.clone())])
            }
            SyncError::Refused { server, status, message, .. } => (
                "refused",
                vec![("server", server.clone()), ("status", status.to_string()), ("message", message.clone())],
            ),
            SyncError::Protocol(detail) => ("protocol", vec![("detail", detail.clone())]),
            SyncError::NotLoggedIn(dir) => ("not_logged_in", vec![("dir", path(dir))]),
            SyncError::Credentials { path: file, source } => {
                ("credentials", vec![("path", path(file)), ("reason", source.to_string())])
            }
            SyncError::TeamFolder { path: folder, source } => {
                ("team_folder", vec![("path", path(folder)), ("reason", source.to_string())])
            }
            SyncError::CorruptCredentials(file) => ("credentials_damaged", vec![("path", path(file))]),
            SyncError::OtherServer { data_dir, synced_with, logged_in } => (
                "other_server",
                vec![("dir", path(data_dir)), ("synced_with", synced_with.clone()), ("logged_in", logged_in.clone())],
            ),
            SyncError::TwoPortfolios { user, data_dir } => {
                ("two_portfolios", vec![("user", user.clone()), ("dir", path(data_dir))])
            }
            SyncError::NothingToSync { user } => ("nothing_to_sync", vec![("user", user.clone())]),
            SyncError::NoPortfolioOnServer { user, server } => {
                ("no_portfolio", vec![("user", user.clone()), ("server", server.clone())])
            }
            SyncError::Unavailable(document) => ("unavailable", vec![("document", document.clone())]),
            SyncError::ConnectionLost { server, reason } => {
                ("connection_lost", vec![("server", server.clone()), ("reason", reason.clone())])
            }
            SyncError::TimedOut { server, seconds } => {
                ("timed_out", vec![("server", server.clone()), ("seconds", seconds.to_string())])
            }
            SyncError::Stalled { server } => ("stalled", vec![("server", server.clone())]),
            SyncError::Stopped => ("stopped", Vec::new()),
            SyncError::Replica(error) => ("storage", vec![("detail", error.to_string())]),
        }
    }
}
