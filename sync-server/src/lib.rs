//! `fieldbook-sync`, the team sync server for Fieldbook portfolios.
//!
//! The binary is a thin shell over this library: [`cli`] parses the command
//! line, [`serve`] binds and runs the server, and [`app`] builds the HTTP
//! router so tests can drive it without the binary. For now the server only
//! answers `GET /health`; sync, accounts and access control come later.

pub mod cli;
mod health;
pub mod serve;

use std::path::PathBuf;

use axum::{Router, routing::get};

/// What every request handler can reach.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The directory that holds the server's storage.
    pub data_dir: PathBuf,
}

/// Builds the server's router over `state`.
pub fn app(state: AppState) -> Router {
    Router::new().route("/health", get(health::health)).with_state(state)
}
