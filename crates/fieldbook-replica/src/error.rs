//! Errors of the local replica.

use std::path::PathBuf;

use fieldbook_core::PortfolioError;
use thiserror::Error;

/// Anything that can go wrong opening, reading or changing the local replica.
#[derive(Debug, Error)]
pub enum ReplicaError {
    /// The data directory holds no portfolio yet.
    #[error("no portfolio in {0}; create one with `fieldbook init`")]
    NotInitialized(PathBuf),
    /// `create` was asked for where a portfolio already exists.
    #[error("a portfolio already exists in {0}")]
    AlreadyInitialized(PathBuf),
    /// The store file was written by a newer Fieldbook.
    #[error(
        "{path} uses store version {found}, newer than the {supported} this Fieldbook understands; update Fieldbook to open it"
    )]
    NewerStore {
        /// The store file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// The newest version this build reads.
        supported: i64,
    },
    /// The portfolio is a team member's, synced read-only to their lead.
    #[error("the portfolio in {0} is synced read-only (a team member's); it cannot be changed here")]
    ReadOnly(PathBuf),
    /// The portfolio refused the action or the stored document.
    #[error(transparent)]
    Portfolio(#[from] PortfolioError),
    /// SQLite failed.
    #[error("storage error in {path}: {source}")]
    Storage {
        /// The store file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The data directory could not be created.
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        /// The directory.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
}

impl ReplicaError {
    /// Whether the error is the user's input rather than a failure of the system.
    pub fn is_bad_input(&self) -> bool {
        match self {
            ReplicaError::Portfolio(error) => error.is_bad_input(),
            ReplicaError::AlreadyInitialized(_) | ReplicaError::ReadOnly(_) => true,
            _ => false,
        }
    }
}
