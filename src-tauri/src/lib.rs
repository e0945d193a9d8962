//! The Fieldbook desktop shell: a Tauri 2 window over the React UI in `ui/`.
//!
//! The shell holds no domain logic. It resolves where this computer keeps its
//! data, registers the [`commands`] the UI may call, and runs the window.

pub mod commands;

use std::path::PathBuf;

use tauri::Manager;

/// Where this computer keeps Fieldbook's data, resolved once at start-up.
struct DataDir(PathBuf);

/// Starts the app and returns when its last window is closed.
///
/// If the app cannot start, says why on stderr and exits with code 1.
pub fn run() {
    let outcome = tauri::Builder::default()
        .setup(|app| {
            // The same directory as the `fieldbook` CLI, so both work on one portfolio.
            let data_dir = match fieldbook_replica::default_data_dir() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            app.manage(DataDir(data_dir));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![portfolio_summary])
        .run(tauri::generate_context!());
    if let Err(err) = outcome {
        eprintln!("fieldbook: cannot start the desktop app: {err}");
        std::process::exit(1);
    }
}

/// `invoke('portfolio_summary')`: see [`commands::portfolio_summary`].
#[tauri::command]
async fn portfolio_summary(
    data_dir: tauri::State<'_, DataDir>,
) -> Result<commands::PortfolioSummary, commands::CommandError> {
    commands::portfolio_summary(&data_dir.0)
}
