//! Where a device keeps its portfolio: the platform data directory, shared by
//! the CLI and the desktop app unless the user points elsewhere.

use std::path::PathBuf;

/// The SQLite file holding the portfolio, inside the data directory.
pub const STORE_FILE: &str = "portfolio.sqlite";

/// The environment variable that points the CLI and the app at another data directory.
pub const DATA_DIR_VARIABLE: &str = "FIELDBOOK_DATA_DIR";

/// The data directory: `FIELDBOOK_DATA_DIR` when set, else the platform data directory
/// (`~/.local/share/fieldbook` on Linux); `None` when the platform has no home directory.
pub fn default_data_dir() -> Option<PathBuf> {
    std::env::var_os(DATA_DIR_VARIABLE).filter(|dir| !dir.is_empty()).map(PathBuf::from).or_else(|| {
        directories::ProjectDirs::from("app", "Fieldbook", "Fieldbook").map(|dirs| dirs.data_dir().to_path_buf())
    })
}
