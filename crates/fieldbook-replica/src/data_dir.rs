//! Where a device keeps its portfolio: the platform data directory, shared by
//! the CLI and the desktop app unless the user points elsewhere.

use std::path::PathBuf;

/// The SQLite file holding the portfolio, inside the data directory.
pub const STORE_FILE: &str = "portfolio.sqlite";

/// The platform data directory for Fieldbook (`~/.local/share/fieldbook` on Linux),
/// or `None` when the platform has no home directory.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("app", "Fieldbook", "Fieldbook").map(|dirs| dirs.data_dir().to_path_buf())
}
