//! What the UI can ask of the shell, as plain functions over the data
//! directory, and the wire types they answer with (`camelCase` JSON, mirrored
//! by hand in `ui/src/portfolio.ts`).
//!
//! Tauri's command wrappers in the crate root only pass the app's state in;
//! everything else lives here, so tests call these functions directly.

use std::path::Path;

use fieldbook_core::{Client, PortfolioError};
use fieldbook_replica::{Replica, ReplicaError};
use serde::Serialize;

/// The portfolio at a glance, for the first screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioSummary {
    /// The manager who owns the portfolio, as set in the portfolio's settings.
    pub manager_name: String,
    /// How many clients the portfolio holds.
    pub client_count: usize,
}

/// How a command fails: `code` is for the UI to branch on, `message` is for
/// people to read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CommandError {
    /// What went wrong, as a stable machine-readable code.
    pub code: ErrorCode,
    /// What went wrong, in a sentence.
    pub message: String,
}

/// The stable codes of [`CommandError`], serialized in `snake_case`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// This computer holds no portfolio yet.
    NotInitialized,
    /// What the user gave is not acceptable; the message names the field.
    BadInput,
    /// The portfolio could not be read or written.
    Failed,
}

impl From<ReplicaError> for CommandError {
    fn from(error: ReplicaError) -> CommandError {
        let code = match &error {
            ReplicaError::NotInitialized(_) => ErrorCode::NotInitialized,
            error if error.is_bad_input() => ErrorCode::BadInput,
            _ => ErrorCode::Failed,
        };
        CommandError { code, message: error.to_string() }
    }
}

impl From<PortfolioError> for CommandError {
    fn from(error: PortfolioError) -> CommandError {
        ReplicaError::from(error).into()
    }
}

/// Summarizes the portfolio kept in `data_dir`.
pub fn portfolio_summary(data_dir: &Path) -> Result<PortfolioSummary, CommandError> {
    let replica = Replica::open(data_dir)?;
    let portfolio = replica.portfolio();
    Ok(PortfolioSummary {
        manager_name: portfolio.settings()?.manager_name,
        client_count: portfolio.records::<Client>()?.len(),
    })
}
