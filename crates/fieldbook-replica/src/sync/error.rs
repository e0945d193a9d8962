//! Errors of the sync client, as data: each is a stable code (the variant's name
//! in `snake_case`: `unreachable`, `connection_lost`), derived rather than kept by
//! hand ([`SyncError::code`], [`SyncError::VARIANTS`](strum::VariantNames)), and
//! serializes to that code with its named arguments, which a UI translates. The
//! `Display` is the English text the CLI prints.

use std::path::PathBuf;

use serde::Serialize;
use strum::{IntoStaticStr, VariantNames};

use crate::ReplicaError;

/// Anything that can go wrong logging in or syncing.
#[derive(Debug, thiserror::Error, Serialize, IntoStaticStr, VariantNames)]
#[serde(tag = "code", rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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
    #[error("{server} refused ({status} {error}): {message}")]
    Refused {
        /// The server.
        server: String,
        /// The HTTP status.
        status: u16,
        /// The code of the server's error body (`code` is this error's own).
        error: String,
        /// The server's message.
        message: String,
    },
    /// The server said something this client does not understand.
    #[error("the sync server answered unexpectedly: {detail}")]
    Protocol {
        /// What was unexpected.
        detail: String,
    },
    /// No `fieldbook login` in this data directory.
    #[error("not logged in to a sync server in {data_dir}; run `fieldbook login --server URL --token TOKEN`")]
    NotLoggedIn {
        /// The data directory.
        data_dir: PathBuf,
    },
    /// The credentials file cannot be read or written.
    #[error("cannot use the credentials file {path}: {reason}")]
    Credentials {
        /// The file.
        path: PathBuf,
        /// What the OS said (serialized as its text).
        #[source]
        #[serde(with = "as_text")]
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        reason: std::io::Error,
    },
    /// The folder of a lead's team portfolios cannot be read.
    #[error("cannot read the team portfolios in {path}: {reason}")]
    TeamFolder {
        /// The folder.
        path: PathBuf,
        /// What the OS said (serialized as its text).
        #[source]
        #[serde(with = "as_text")]
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        reason: std::io::Error,
    },
    /// The credentials file is not one this client wrote.
    #[error("the credentials file {path} is damaged; run `fieldbook login` again")]
    CorruptCredentials {
        /// The file.
        path: PathBuf,
    },
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
    #[error("the server has no document {document} for this user")]
    Unavailable {
        /// The document's id.
        document: String,
    },
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
        /// The time allowed, in seconds (a JSON number, never near 2^53).
        #[cfg_attr(feature = "ts", ts(type = "number"))]
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
    Replica {
        /// What failed (serialized as its text).
        #[from]
        #[serde(with = "as_text")]
        #[cfg_attr(feature = "ts", ts(as = "String"))]
        detail: ReplicaError,
    },
}

impl SyncError {
    /// Whether the error is the user's input (a bad URL or token) rather than a failure.
    pub fn is_bad_input(&self) -> bool {
        match self {
            SyncError::BadServerUrl { .. } | SyncError::BadToken | SyncError::Unauthorized { .. } => true,
            SyncError::Replica { detail } => detail.is_bad_input(),
            _ => false,
        }
    }
}

impl SyncError {
    /// The stable code (`unreachable`, `connection_lost`, …), one per variant.
    pub fn code(&self) -> &'static str {
        self.into()
    }
}

/// Serializes an error held in a field as its text: the argument a translation shows.
mod as_text {
    use std::fmt::Display;

    use serde::Serializer;

    /// Serializes `value` as its `Display` text.
    pub fn serialize<S: Serializer>(value: &impl Display, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(value)
    }
}
