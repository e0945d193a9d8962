//! A lead's copies of their team members' portfolios: replicas of their own
//! under `DATA_DIR/team/<owner>`, pulled and kept up to date by sync, read-only
//! on this device (`Replica::apply` refuses every action on them).

use std::path::{Path, PathBuf};

use super::{LAST_SYNCED_KEY, OWNER_KEY, SyncError, TEAM_DIR};
use crate::{Replica, STORE_FILE};

/// A team member's portfolio as this device keeps it.
pub struct TeamCopy {
    /// The manager whose portfolio it is.
    pub owner: String,
    /// The copy, opened for reading.
    pub replica: Replica,
}

impl TeamCopy {
    /// Opens the copy in `data_dir` (one of [`team_dirs`]).
    pub fn open(data_dir: &Path) -> Result<TeamCopy, SyncError> {
        let replica = Replica::open(data_dir)?;
        let owner = match replica.store_ref().sync_value(OWNER_KEY)? {
            Some(owner) => owner,
            // Copies pulled before the owner was recorded are named after them.
            None => data_dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default(),
        };
        Ok(TeamCopy { owner, replica })
    }

    /// When the copy last synced (RFC 3339), if it ever did.
    pub fn last_synced(&self) -> Result<Option<String>, SyncError> {
        Ok(self.replica.store_ref().sync_value(LAST_SYNCED_KEY)?)
    }
}

/// The data directories of the team portfolios kept in `data_dir`, by name;
/// none when this device keeps none (a manager's).
pub fn team_dirs(data_dir: &Path) -> Result<Vec<PathBuf>, SyncError> {
    let team = data_dir.join(TEAM_DIR);
    let entries = match std::fs::read_dir(&team) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(reason) => return Err(SyncError::TeamFolder { path: team, reason }),
    };
    let mut dirs = Vec::new();
    for entry in entries {
        let dir = entry.map_err(|reason| SyncError::TeamFolder { path: team.clone(), reason })?.path();
        if dir.join(STORE_FILE).is_file() {
            dirs.push(dir);
        }
    }
    dirs.sort();
    Ok(dirs)
}
