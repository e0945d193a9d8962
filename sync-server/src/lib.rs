//! `fieldbook-sync`, the team sync server for Fieldbook portfolios.
//!
//! The binary is a thin shell over this library: [`cli`] parses the command
//! line, [`config`] resolves where the server keeps its data and listens,
//! [`serve`] runs the server and [`admin`] the account commands. [`app`]
//! builds the HTTP router so tests can drive it without the binary. The
//! automerge-repo protocol lives behind [`hub`], the only module that knows
//! samod; [`accounts`] decides who may sync what; [`store`] keeps documents
//! in the same SQLite file ([`database`]).

pub mod accounts;
pub mod admin;
mod api;
pub mod cli;
pub mod config;
pub mod database;
mod health;
pub mod hub;
pub mod serve;
pub mod store;

use std::{path::PathBuf, sync::Arc};

use axum::{
    Router,
    routing::{get, post},
};

use crate::{accounts::Accounts, hub::SyncHub};

/// What every request handler can reach.
#[derive(Clone)]
pub struct AppState {
    /// The directory that holds the server's storage.
    pub data_dir: PathBuf,
    /// Users, teams, tokens and document ownership.
    pub accounts: Arc<Accounts>,
    /// The automerge-repo sync hub.
    pub hub: SyncHub,
}

/// Builds the server's router over `state`.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health::health))
        .route("/api/me", get(api::me))
        .route("/api/me/documents", post(api::register_document))
        .route("/sync", get(api::sync))
        .with_state(state)
}
