//! The sync client: logs this device in to `fieldbook-sync` and exchanges the
//! portfolio's changes with it over the automerge-repo protocol (samod, wrapped
//! here so it can be replaced), per the contract in `docs/sync-protocol.md`.
//!
//! What the device knows about syncing lives outside the document: the login
//! (server and token) in the credentials file, and the document id, the heads
//! the server last confirmed and the time of the last sync in the store's
//! `sync_state`. A lead's read-only copies of their team's portfolios are
//! replicas of their own under `DATA_DIR/team/<owner>`.
//!
//! **Invariant:** a change is offered to the server only once it is saved in
//! the store: samod is seeded from what the store holds, and every change it
//! brings back is saved before the round reports success.

use std::sync::Arc;

mod api;
mod background;
mod credentials;
mod dialer;
mod error;
mod join;
mod round;
mod status;
mod team;

pub use api::{Access, Account, SharedDocument};
pub use background::{BackgroundStatus, BackgroundSync};
pub use credentials::{CREDENTIALS_FILE, Credentials};
pub use dialer::DialRefusal;
pub use error::SyncError;
pub use join::join;
pub use round::{SyncReport, SyncedPortfolio, login, sync_round};
pub use status::{SyncState, SyncStatus, sync_status};
pub use team::{TeamCopy, team_dirs};

/// The folder, inside a lead's data directory, holding their team's portfolios.
pub const TEAM_DIR: &str = "team";

/// `sync_state` key: the automerge-repo document id of the portfolio.
const DOCUMENT_KEY: &str = "document_id";
/// `sync_state` key: whether the id was accepted by `POST /api/me/documents`.
const REGISTERED_KEY: &str = "registered";
/// `sync_state` key: the server the portfolio syncs with.
const SERVER_KEY: &str = "server";
/// `sync_state` key: the user it syncs as.
const USER_KEY: &str = "user";
/// `sync_state` key: the manager whose portfolio it is (recorded for a team member's).
const OWNER_KEY: &str = "owner";
/// `sync_state` key: `read_write`, or [`READ_ONLY`] for a team member's portfolio.
pub(crate) const ACCESS_KEY: &str = "access";
/// The value of [`ACCESS_KEY`] for a portfolio this device may not change.
pub(crate) const READ_ONLY: &str = "read_only";
/// The value of [`ACCESS_KEY`] for the user's own portfolio.
const READ_WRITE: &str = "read_write";
/// `sync_state` key: the heads the server last confirmed having, hex, space-separated.
const CONFIRMED_HEADS_KEY: &str = "confirmed_heads";
/// `sync_state` key: when the last round finished, RFC 3339.
const LAST_SYNCED_KEY: &str = "last_synced";

/// Makes ring the process's TLS crypto provider, which `https://` (reqwest)
/// and `wss://` (tokio-tungstenite) both use, unless the app installed one.
fn use_ring_for_tls() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // An error means another thread installed a provider first: one is in place all the same.
        let _raced = rustls::crypto::ring::default_provider().install_default();
    }
}

/// The TLS client configuration of `wss://` connections: the platform's
/// certificate verifier (on Linux the system bundle, or the PEM file
/// `SSL_CERT_FILE` names), as reqwest uses for `https://`. Given explicitly so
/// that whichever TLS backends a build enables, the WebSocket speaks rustls.
fn tls_config() -> Result<Arc<rustls::ClientConfig>, SyncError> {
    use rustls_platform_verifier::ConfigVerifierExt;
    use_ring_for_tls();
    rustls::ClientConfig::with_platform_verifier()
        .map(Arc::new)
        .map_err(|err| SyncError::Protocol { detail: format!("cannot set up TLS: {err}") })
}

/// An error with the errors that caused it, `: `-separated (reqwest's own
/// message leaves out why, e.g. which certificate check failed).
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}
