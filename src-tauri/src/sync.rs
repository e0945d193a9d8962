//! The app's link to the team's sync server: the replica's [`BackgroundSync`],
//! started when this computer is logged in (at start-up, and again after a login
//! in Settings), told about every change the app saves, and read by the status
//! bar. The sync itself — connection, reconnection, what is offered and saved —
//! is the replica's.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use fieldbook_replica::sync::{BackgroundStatus, BackgroundSync, Credentials, SyncError, sync_status};

/// The longest wait between two attempts to reach the server while offline.
const MAX_BACKOFF: Duration = Duration::from_secs(30);

/// The background sync of the app's data directory, when there is one.
#[derive(Default)]
pub struct SyncLink {
    running: Mutex<Option<BackgroundSync>>,
}

impl SyncLink {
    /// Starts syncing `data_dir` if this computer is logged in to a server, after
    /// stopping any sync already running; answers whether one was started.
    /// Must be called on the app's (tokio) runtime.
    pub async fn restart(&self, data_dir: &Path) -> Result<bool, SyncError> {
        let previous = self.lock().take();
        if let Some(previous) = previous {
            previous.stop().await;
        }
        if Credentials::load(data_dir)?.is_none() {
            return Ok(false);
        }
        *self.lock() = Some(BackgroundSync::start(data_dir, MAX_BACKOFF)?);
        Ok(true)
    }

    /// Tells the running sync that a change was saved, so it offers it now.
    pub fn local_change_saved(&self) {
        if let Some(running) = &*self.lock() {
            running.local_change_saved();
        }
    }

    /// The status to show: the running sync's; or, logged in but not running
    /// (it could not start), what the store says; or `None` when not logged in.
    pub fn status(&self, data_dir: &Path) -> Result<Option<BackgroundStatus>, SyncError> {
        if let Some(running) = &*self.lock() {
            return Ok(Some(running.status()));
        }
        if Credentials::load(data_dir)?.is_none() {
            return Ok(None);
        }
        Ok(Some(BackgroundStatus { sync: sync_status(data_dir)?, problem: None, role: None }))
    }

    fn lock(&self) -> MutexGuard<'_, Option<BackgroundSync>> {
        // The slot holds a handle only; a panic elsewhere cannot leave it half-written.
        self.running.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
