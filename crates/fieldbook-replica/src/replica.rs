//! The replica: a portfolio and the store that keeps it, behind the calls the
//! CLI and the desktop app make.
//!
//! `apply` runs one user action and returns only once its changes are committed
//! to SQLite; if the action failed after an in-memory commit, the portfolio is
//! loaded again from disk. Once the change rows outgrow the snapshot (and
//! 64 KiB) the store is compacted, which keeps its amortised cost in proportion
//! to the changes made rather than to the portfolio's size. Several processes
//! (the CLI while the app runs) may write one file: each records under its own
//! Automerge actor and takes in the others' change rows whenever it saves
//! (`refresh` does it on demand). A lead's team copies are replicas marked
//! read-only: `apply` refuses any action on them.

use std::path::{Path, PathBuf};

use fieldbook_core::{ActorId, Derived, Portfolio, PortfolioError, Settings};

use crate::ReplicaError;
use crate::data_dir::STORE_FILE;
use crate::store::Store;

/// A manager's portfolio on this device.
///
/// Each process that opens a replica records its changes under a fresh
/// Automerge actor, so the CLI and the desktop app can write to the same data
/// directory at the same time without their changes colliding.
pub struct Replica {
    store: Store,
    portfolio: Portfolio,
    data_dir: PathBuf,
}

impl Replica {
    /// Creates a new portfolio in `data_dir` (made if missing).
    pub fn create(data_dir: &Path, settings: &Settings) -> Result<Replica, ReplicaError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|source| ReplicaError::DataDir { path: data_dir.to_path_buf(), source })?;
        let mut portfolio = Portfolio::create(settings, ActorId::random())?;
        let store = Store::create(&data_dir.join(STORE_FILE), &mut portfolio)?;
        Ok(Replica { store, portfolio, data_dir: data_dir.to_path_buf() })
    }

    /// Creates the store in `data_dir` (made if missing) from a portfolio pulled from
    /// another device, given as saved bytes.
    pub(crate) fn adopt(data_dir: &Path, bytes: &[u8]) -> Result<Replica, ReplicaError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|source| ReplicaError::DataDir { path: data_dir.to_path_buf(), source })?;
        let mut portfolio = Portfolio::load(bytes)?;
        portfolio.set_actor(ActorId::random());
        let store = Store::create(&data_dir.join(STORE_FILE), &mut portfolio)?;
        Ok(Replica { store, portfolio, data_dir: data_dir.to_path_buf() })
    }

    /// Opens the portfolio in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Replica, ReplicaError> {
        let (store, mut portfolio) = Store::open(&data_dir.join(STORE_FILE))?;
        portfolio.set_actor(ActorId::random());
        Ok(Replica { store, portfolio, data_dir: data_dir.to_path_buf() })
    }

    /// The data directory.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The portfolio as this process last saw it (see [`Replica::refresh`]).
    pub fn portfolio(&self) -> &Portfolio {
        &self.portfolio
    }

    /// Runs a user action on the portfolio and makes it durable before returning.
    ///
    /// On success the action's changes are committed to disk. On failure nothing
    /// is kept: if the action failed after changing the document in memory, the
    /// replica reloads what is on disk.
    ///
    /// A portfolio synced read-only (a team member's, on their lead's device)
    /// refuses every action with [`ReplicaError::ReadOnly`].
    pub fn apply<R>(
        &mut self,
        action: impl FnOnce(&mut Portfolio) -> Result<R, PortfolioError>,
    ) -> Result<R, ReplicaError> {
        if self.store.sync_value(crate::sync::ACCESS_KEY)?.as_deref() == Some(crate::sync::READ_ONLY) {
            return Err(ReplicaError::ReadOnly(self.data_dir.clone()));
        }
        let before = self.portfolio.heads();
        let outcome = action(&mut self.portfolio).map_err(ReplicaError::from).and_then(|result| {
            self.store.save(&mut self.portfolio)?;
            Ok(result)
        });
        match outcome {
            Ok(result) => {
                self.compact_now_and_then()?;
                Ok(result)
            }
            Err(error) => {
                if self.portfolio.heads() != before {
                    self.reload()?;
                }
                Err(error)
            }
        }
    }

    /// Takes in changes other processes saved to this data directory; returns whether there were any.
    pub fn refresh(&mut self) -> Result<bool, ReplicaError> {
        self.store.refresh(&mut self.portfolio)
    }

    /// Brings `view` (the search index, the client list), derived from this portfolio,
    /// up to its current state; reads the document, never changes it.
    pub fn update_derived(&mut self, view: &mut impl Derived) -> Result<(), ReplicaError> {
        Ok(view.update(&mut self.portfolio)?)
    }

    /// Takes in changes that arrived from elsewhere (the sync server) and makes
    /// them durable; returns whether the portfolio changed.
    pub(crate) fn take_in(&mut self, bytes: &[u8]) -> Result<bool, ReplicaError> {
        let before = self.portfolio.heads();
        self.portfolio.apply_changes(bytes)?;
        if self.portfolio.heads() == before {
            return Ok(false);
        }
        self.store.save(&mut self.portfolio)?;
        self.compact_now_and_then()?;
        Ok(true)
    }

    /// The portfolio for the sync client, which reads its history.
    pub(crate) fn portfolio_mut(&mut self) -> &mut Portfolio {
        &mut self.portfolio
    }

    /// The store, for reading the sync client's state.
    pub(crate) fn store_ref(&self) -> &Store {
        &self.store
    }

    /// The store, for the sync client's state.
    pub(crate) fn store(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Compacts the store into one snapshot.
    pub fn compact(&mut self) -> Result<(), ReplicaError> {
        self.store.compact(&mut self.portfolio)
    }

    fn compact_now_and_then(&mut self) -> Result<(), ReplicaError> {
        if self.store.needs_compaction() {
            self.compact()?;
        }
        Ok(())
    }

    /// Drops the in-memory document and loads the one on disk.
    fn reload(&mut self) -> Result<(), ReplicaError> {
        let (store, mut portfolio) = Store::open(&self.data_dir.join(STORE_FILE))?;
        portfolio.set_actor(ActorId::random());
        self.store = store;
        self.portfolio = portfolio;
        Ok(())
    }
}
