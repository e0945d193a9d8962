//! A second device joins: the user's portfolio is pulled from the server into
//! an empty data directory, and the login is kept there only once it has
//! arrived, so a failed join leaves the directory as empty as it was.

use std::path::Path;
use std::time::Duration;

use super::api::{Access, Api};
use super::round::run_round;
use super::{Credentials, SyncError, SyncReport};
use crate::ReplicaError;
use crate::data_dir::STORE_FILE;

/// Pulls the portfolio the server holds for `credentials`' user into
/// `data_dir`, which must hold none, then keeps the login there. Fails within
/// `timeout`, with nothing kept, when the server refuses, cannot be reached or
/// has no portfolio of this user's.
pub async fn join(data_dir: &Path, credentials: &Credentials, timeout: Duration) -> Result<SyncReport, SyncError> {
    // Whatever is there, readable or not, is the user's and is never replaced.
    if data_dir.join(STORE_FILE).exists() {
        return Err(ReplicaError::AlreadyInitialized(data_dir.to_path_buf()).into());
    }
    let account = Api::new(credentials).account().await?;
    if !account.documents.iter().any(|doc| doc.access == Access::ReadWrite) {
        return Err(SyncError::NoPortfolioOnServer { user: account.user, server: credentials.server().to_string() });
    }
    let server = credentials.server().to_string();
    let pulled = match tokio::time::timeout(timeout, run_round(data_dir, credentials)).await {
        Ok(round) => round.and_then(|report| credentials.save(data_dir).map(|()| report)),
        Err(_) => Err(SyncError::TimedOut { server, seconds: timeout.as_secs() }),
    };
    if pulled.is_err() {
        forget_pulled(data_dir);
    }
    pulled
}

/// Removes what a failed join may have written: the store and its SQLite side files.
fn forget_pulled(data_dir: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let path = data_dir.join(format!("{STORE_FILE}{suffix}"));
        if let Err(error) = std::fs::remove_file(&path)
            && error.kind() != std::io::ErrorKind::NotFound
        {
            eprintln!("fieldbook: cannot remove {} after a failed join: {error}", path.display());
        }
    }
}
