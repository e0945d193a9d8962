//! The local replica of a manager's portfolio: the portfolio document kept
//! durable in SQLite on this device, shared by the CLI and the desktop app.
//! The [`sync`] client exchanges its changes with the team's `fieldbook-sync` server.
//!
//! An action is durable when [`Replica::apply`] returns: its changes are in a
//! committed SQLite transaction (WAL, `synchronous=FULL`). Several processes may
//! open the same data directory at once; each writes its own changes and picks
//! up the others'.

mod data_dir;
mod error;
mod replica;
mod store;
pub mod sync;

pub use data_dir::{DATA_DIR_VARIABLE, STORE_FILE, default_data_dir};
pub use error::ReplicaError;
pub use replica::Replica;
pub use store::STORE_VERSION;
