//! The SQLite file that keeps the portfolio document durable.
//!
//! Layout: one `snapshot` row holding a compacted save of the document, and a
//! `changes` table to which every action appends its changes in its own
//! transaction. Loading concatenates the snapshot and the changes in order.
//! Compaction replaces the snapshot with a fresh save and empties `changes`,
//! in one transaction, after first taking in every change row other processes
//! wrote, so no change is ever dropped. WAL with `synchronous=FULL`: a
//! committed action survives a process crash and a power cut.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fieldbook_core::Portfolio;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::ReplicaError;

/// The layout version of the store file, kept in SQLite's `user_version`.
pub const STORE_VERSION: i64 = 1;

const SCHEMA: &str = "
    CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), bytes BLOB NOT NULL);
    CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, bytes BLOB NOT NULL);
";

/// An open store file.
pub(crate) struct Store {
    conn: Connection,
    path: PathBuf,
    /// The highest change row this process has taken into its document.
    last_seq: i64,
    /// Change rows written since the last compaction.
    uncompacted: usize,
}

impl Store {
    /// Creates the store file at `path` holding `portfolio`.
    pub(crate) fn create(path: &Path, portfolio: &mut Portfolio) -> Result<Store, ReplicaError> {
        let conn = connect(path, OpenFlags::SQLITE_OPEN_CREATE)?;
        let mut store = Store { conn, path: path.to_path_buf(), last_seq: 0, uncompacted: 0 };
        if store.version()? != 0 {
            return Err(ReplicaError::AlreadyInitialized(path.to_path_buf()));
        }
        let snapshot = portfolio.save();
        let failed = store.failed();
        let tx = store.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        tx.execute_batch(SCHEMA).map_err(&failed)?;
        tx.execute("INSERT INTO snapshot (id, bytes) VALUES (1, ?1)", [snapshot]).map_err(&failed)?;
        tx.pragma_update(None, "user_version", STORE_VERSION).map_err(&failed)?;
        tx.commit().map_err(&failed)?;
        portfolio.mark_saved();
        Ok(store)
    }

    /// Opens the store file at `path` and loads its portfolio.
    pub(crate) fn open(path: &Path) -> Result<(Store, Portfolio), ReplicaError> {
        let not_initialized = || ReplicaError::NotInitialized(path.parent().unwrap_or(path).to_path_buf());
        if !path.exists() {
            return Err(not_initialized());
        }
        let conn = connect(path, OpenFlags::empty())?;
        let mut store = Store { conn, path: path.to_path_buf(), last_seq: 0, uncompacted: 0 };
        match store.version()? {
            0 => return Err(not_initialized()),
            STORE_VERSION => {}
            found => {
                return Err(ReplicaError::NewerStore { path: path.to_path_buf(), found, supported: STORE_VERSION });
            }
        }
        let portfolio = store.load()?;
        Ok((store, portfolio))
    }

    /// Appends the portfolio's unsaved changes in one committed transaction, and
    /// takes in the changes other processes appended meanwhile.
    pub(crate) fn save(&mut self, portfolio: &mut Portfolio) -> Result<(), ReplicaError> {
        let changes = portfolio.unsaved_changes();
        if changes.is_empty() {
            return Ok(());
        }
        let failed = self.failed();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        tx.execute("INSERT INTO changes (bytes) VALUES (?1)", [&changes]).map_err(&failed)?;
        let own = tx.last_insert_rowid();
        let mut last_seq = own;
        {
            let mut others = tx
                .prepare_cached("SELECT seq, bytes FROM changes WHERE seq > ?1 AND seq <> ?2 ORDER BY seq")
                .map_err(&failed)?;
            let mut rows = others.query(params![self.last_seq, own]).map_err(&failed)?;
            while let Some(row) = rows.next().map_err(&failed)? {
                let bytes: Vec<u8> = row.get(1).map_err(&failed)?;
                portfolio.apply_changes(&bytes)?;
                last_seq = last_seq.max(row.get(0).map_err(&failed)?);
            }
        }
        tx.commit().map_err(&failed)?;
        self.last_seq = last_seq;
        self.uncompacted += 1;
        portfolio.mark_saved();
        Ok(())
    }

    /// Takes in changes other processes saved since this one last looked.
    /// Returns whether there were any.
    pub(crate) fn refresh(&mut self, portfolio: &mut Portfolio) -> Result<bool, ReplicaError> {
        let failed = self.failed();
        let mut statement =
            self.conn.prepare_cached("SELECT seq, bytes FROM changes WHERE seq > ?1 ORDER BY seq").map_err(&failed)?;
        let mut rows = statement.query([self.last_seq]).map_err(&failed)?;
        let mut found = false;
        while let Some(row) = rows.next().map_err(&failed)? {
            let bytes: Vec<u8> = row.get(1).map_err(&failed)?;
            portfolio.apply_changes(&bytes)?;
            self.last_seq = row.get(0).map_err(&failed)?;
            found = true;
        }
        Ok(found)
    }

    /// Number of change rows appended since the last compaction by this process.
    pub(crate) fn uncompacted(&self) -> usize {
        self.uncompacted
    }

    /// Replaces the snapshot with a compacted save of the whole document and empties
    /// the change rows, in one transaction.
    pub(crate) fn compact(&mut self, portfolio: &mut Portfolio) -> Result<(), ReplicaError> {
        self.save(portfolio)?;
        let failed = self.failed();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        {
            let mut others = tx.prepare("SELECT seq, bytes FROM changes WHERE seq > ?1 ORDER BY seq").map_err(&failed)?;
            let mut rows = others.query([self.last_seq]).map_err(&failed)?;
            while let Some(row) = rows.next().map_err(&failed)? {
                let bytes: Vec<u8> = row.get(1).map_err(&failed)?;
                portfolio.apply_changes(&bytes)?;
                self.last_seq = row.get(0).map_err(&failed)?;
            }
        }
        let snapshot = portfolio.save();
        tx.execute("UPDATE snapshot SET bytes = ?1 WHERE id = 1", [snapshot]).map_err(&failed)?;
        tx.execute("DELETE FROM changes", []).map_err(&failed)?;
        tx.commit().map_err(&failed)?;
        self.uncompacted = 0;
        portfolio.mark_saved();
        Ok(())
    }

    /// Reads the snapshot and every change row, and loads the portfolio from them.
    fn load(&mut self) -> Result<Portfolio, ReplicaError> {
        let failed = self.failed();
        let tx = self.conn.transaction().map_err(&failed)?;
        let mut bytes: Vec<u8> = tx
            .query_row("SELECT bytes FROM snapshot WHERE id = 1", [], |row| row.get(0))
            .optional()
            .map_err(&failed)?
            .unwrap_or_default();
        let mut rows = 0;
        {
            let mut statement = tx.prepare("SELECT seq, bytes FROM changes ORDER BY seq").map_err(&failed)?;
            let mut changes = statement.query([]).map_err(&failed)?;
            while let Some(row) = changes.next().map_err(&failed)? {
                let chunk: Vec<u8> = row.get(1).map_err(&failed)?;
                bytes.extend_from_slice(&chunk);
                self.last_seq = row.get(0).map_err(&failed)?;
                rows += 1;
            }
        }
        tx.commit().map_err(&failed)?;
        self.uncompacted = rows;
        Ok(Portfolio::load(&bytes)?)
    }

    fn version(&self) -> Result<i64, ReplicaError> {
        self.conn.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(self.failed())
    }

    /// Wraps a SQLite error with the store's path.
    fn failed(&self) -> impl Fn(rusqlite::Error) -> ReplicaError + use<> {
        let path = self.path.clone();
        move |source| ReplicaError::Storage { path: path.clone(), source }
    }
}

/// Opens the SQLite file with WAL, full sync and a busy timeout for concurrent writers.
fn connect(path: &Path, extra: OpenFlags) -> Result<Connection, ReplicaError> {
    let failed = |source| ReplicaError::Storage { path: path.to_path_buf(), source };
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | extra;
    let conn = Connection::open_with_flags(path, flags).map_err(failed)?;
    conn.busy_timeout(Duration::from_secs(10)).map_err(failed)?;
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0)).map_err(failed)?;
    conn.pragma_update(None, "synchronous", "FULL").map_err(failed)?;
    Ok(conn)
}
