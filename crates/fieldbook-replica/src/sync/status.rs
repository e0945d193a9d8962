//! The sync status a device shows: connection state, last sync, and how many
//! local changes the server has not confirmed yet.

use std::path::Path;

use fieldbook_core::ChangeHash;
use serde::Serialize;

use super::{ACCESS_KEY, CONFIRMED_HEADS_KEY, Credentials, LAST_SYNCED_KEY, READ_ONLY, SyncError, USER_KEY};
use crate::{Replica, ReplicaError};

/// Where the device stands with the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncState {
    /// Not connected.
    Offline,
    /// Dialing the server.
    Connecting,
    /// Connected, changes on their way.
    Syncing,
    /// Connected, and both sides have each other's changes.
    UpToDate,
}

impl std::fmt::Display for SyncState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SyncState::Offline => "offline",
            SyncState::Connecting => "connecting",
            SyncState::Syncing => "syncing",
            SyncState::UpToDate => "up to date",
        })
    }
}

/// The sync status of the portfolio in a data directory.
#[derive(Debug, Clone, Serialize)]
pub struct SyncStatus {
    /// The connection state.
    pub state: SyncState,
    /// The server logged in to.
    pub server: Option<String>,
    /// The user the portfolio syncs as.
    pub user: Option<String>,
    /// When the last round finished (RFC 3339).
    pub last_synced: Option<String>,
    /// Local changes the server has not confirmed having.
    pub unconfirmed_changes: usize,
    /// Whether the portfolio is a team member's, synced read-only.
    pub read_only: bool,
}

/// The status of `data_dir` as it stands on disk, with no connection open (`offline`).
pub fn sync_status(data_dir: &Path) -> Result<SyncStatus, SyncError> {
    let server = Credentials::load(data_dir)?.map(|credentials| credentials.server().to_string());
    let mut status = SyncStatus {
        state: SyncState::Offline,
        server,
        user: None,
        last_synced: None,
        unconfirmed_changes: 0,
        read_only: false,
    };
    let mut replica = match Replica::open(data_dir) {
        Ok(replica) => replica,
        Err(ReplicaError::NotInitialized(_)) => return Ok(status),
        Err(error) => return Err(error.into()),
    };
    let store = replica.store();
    status.user = store.sync_value(USER_KEY)?;
    status.last_synced = store.sync_value(LAST_SYNCED_KEY)?;
    status.read_only = store.sync_value(ACCESS_KEY)?.as_deref() == Some(READ_ONLY);
    let confirmed = confirmed_heads(&replica)?;
    status.unconfirmed_changes = replica.portfolio_mut().count_changes_since(&confirmed);
    Ok(status)
}

/// The heads the server last confirmed having (none before the first sync).
pub(crate) fn confirmed_heads(replica: &Replica) -> Result<Vec<ChangeHash>, SyncError> {
    let text = replica.store_ref().sync_value(CONFIRMED_HEADS_KEY)?.unwrap_or_default();
    Ok(text.split_whitespace().filter_map(|hash| hash.parse().ok()).collect())
}

/// Heads as kept in `sync_state`.
pub(crate) fn heads_text(heads: &[ChangeHash]) -> String {
    heads.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
}
