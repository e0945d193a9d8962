//! The SQLite file that keeps the portfolio document durable.
//!
//! Layout: one `snapshot` row holding a compacted save of the document, and a
//! `changes` table to which every action appends its changes in its own
//! transaction. Loading concatenates the snapshot and the changes in order.
//! Compaction replaces the snapshot with a fresh save and empties `changes`,
//! in one transaction, after first taking in every change row other processes
//! wrote, so no change is ever dropped. WAL with `synchronous=FULL`: a
//! committed action survives a process crash and a power cut.
//!
//! Change rows are numbered by an `AUTOINCREMENT` key, so SQLite's
//! `sqlite_sequence` remembers the highest number ever given out even after a
//! compaction deleted the rows. A process that finds fewer rows after the last
//! one it read than that counter says were written knows another process
//! compacted them away unread, and takes in the snapshot that now holds them.
//!
//! A `sync_state` table (store version 2) keeps what this device knows about
//! syncing the document: never part of the document, so never synced itself.
//! Version 1 files gain it when they are opened.

use std::path::{Path, PathBuf};
use std::time::Duration;

use fieldbook_core::Portfolio;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};

use crate::ReplicaError;

/// The layout version of the store file, kept in SQLite's `user_version`.
pub const STORE_VERSION: i64 = 2;

const SCHEMA: &str = "
    CREATE TABLE snapshot (id INTEGER PRIMARY KEY CHECK (id = 1), bytes BLOB NOT NULL);
    CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, bytes BLOB NOT NULL);
    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
";

/// Version 1 to 2: the device's sync state beside the document.
const MIGRATE_1_TO_2: &str = "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);";

/// An open store file.
pub(crate) struct Store {
    conn: Connection,
    path: PathBuf,
    /// The highest change row this process has taken into its document.
    last_seq: i64,
    /// Bytes of change rows written since the last compaction, as far as this process knows.
    log_bytes: usize,
    /// Bytes of the snapshot.
    snapshot_bytes: usize,
}

/// The change log is compacted once it outgrows the snapshot, but never below this size:
/// compaction then costs in proportion to the changes made, not to the portfolio's size.
const MIN_LOG_BYTES: usize = 64 * 1024;

impl Store {
    /// Creates the store file at `path` holding `portfolio`.
    pub(crate) fn create(path: &Path, portfolio: &mut Portfolio) -> Result<Store, ReplicaError> {
        let conn = connect(path, OpenFlags::SQLITE_OPEN_CREATE)?;
        let mut store = Store { conn, path: path.to_path_buf(), last_seq: 0, log_bytes: 0, snapshot_bytes: 0 };
        if store.version()? != 0 {
            return Err(ReplicaError::AlreadyInitialized(path.to_path_buf()));
        }
        // Compaction frees whole pages of change rows; incremental auto-vacuum returns them
        // to the file system. It can only be switched on before the first table exists.
        store.conn.pragma_update(None, "auto_vacuum", "INCREMENTAL").map_err(store.failed())?;
        store.use_wal()?;
        let snapshot = portfolio.save();
        store.snapshot_bytes = snapshot.len();
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
        let mut store = Store { conn, path: path.to_path_buf(), last_seq: 0, log_bytes: 0, snapshot_bytes: 0 };
        match store.version()? {
            0 => return Err(not_initialized()),
            1 => store.migrate_from_1()?,
            STORE_VERSION => {}
            found => {
                return Err(ReplicaError::NewerStore { path: path.to_path_buf(), found, supported: STORE_VERSION });
            }
        }
        store.use_wal()?;
        let portfolio = store.load()?;
        Ok((store, portfolio))
    }

    /// Adds the `sync_state` table to a version 1 file, in one transaction.
    fn migrate_from_1(&mut self) -> Result<(), ReplicaError> {
        let failed = self.failed();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        // Another process may have migrated the file since its version was read.
        let version: i64 = tx.pragma_query_value(None, "user_version", |row| row.get(0)).map_err(&failed)?;
        if version == 1 {
            tx.execute_batch(MIGRATE_1_TO_2).map_err(&failed)?;
            tx.pragma_update(None, "user_version", STORE_VERSION).map_err(&failed)?;
        }
        tx.commit().map_err(&failed)?;
        Ok(())
    }

    /// A value of the device's sync state, if set.
    pub(crate) fn sync_value(&self, key: &str) -> Result<Option<String>, ReplicaError> {
        self.conn
            .query_row("SELECT value FROM sync_state WHERE key = ?1", [key], |row| row.get(0))
            .optional()
            .map_err(self.failed())
    }

    /// Sets values of the device's sync state, all in one committed transaction.
    pub(crate) fn set_sync_values(&mut self, values: &[(&str, &str)]) -> Result<(), ReplicaError> {
        let failed = self.failed();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        for (key, value) in values {
            tx.execute(
                "INSERT INTO sync_state (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
                [key, value],
            )
            .map_err(&failed)?;
        }
        tx.commit().map_err(&failed)?;
        Ok(())
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
        take_in_others(&tx, portfolio, self.last_seq, &failed)?;
        tx.execute("INSERT INTO changes (bytes) VALUES (?1)", [&changes]).map_err(&failed)?;
        let own = tx.last_insert_rowid();
        tx.commit().map_err(&failed)?;
        self.last_seq = own;
        self.log_bytes += changes.len();
        portfolio.mark_saved();
        Ok(())
    }

    /// Takes in changes other processes saved since this one last looked.
    /// Returns whether there were any.
    pub(crate) fn refresh(&mut self, portfolio: &mut Portfolio) -> Result<bool, ReplicaError> {
        let failed = self.failed();
        let heads = portfolio.heads();
        let tx = self.conn.transaction().map_err(&failed)?;
        let last_seq = take_in_others(&tx, portfolio, self.last_seq, &failed)?;
        tx.commit().map_err(&failed)?;
        self.last_seq = last_seq;
        Ok(portfolio.heads() != heads)
    }

    /// Whether the change log has outgrown the snapshot.
    pub(crate) fn needs_compaction(&self) -> bool {
        self.log_bytes >= self.snapshot_bytes.max(MIN_LOG_BYTES)
    }

    /// Replaces the snapshot with a compacted save of the whole document and empties
    /// the change rows, in one transaction.
    pub(crate) fn compact(&mut self, portfolio: &mut Portfolio) -> Result<(), ReplicaError> {
        self.save(portfolio)?;
        let failed = self.failed();
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&failed)?;
        let last_seq = take_in_others(&tx, portfolio, self.last_seq, &failed)?;
        let snapshot = portfolio.save();
        let snapshot_bytes = snapshot.len();
        tx.execute("UPDATE snapshot SET bytes = ?1 WHERE id = 1", [snapshot]).map_err(&failed)?;
        tx.execute("DELETE FROM changes", []).map_err(&failed)?;
        tx.commit().map_err(&failed)?;
        self.release_free_pages().map_err(&failed)?;
        self.last_seq = last_seq;
        self.log_bytes = 0;
        self.snapshot_bytes = snapshot_bytes;
        portfolio.mark_saved();
        Ok(())
    }

    /// Returns the pages compaction freed to the file system. The pragma frees one page
    /// per step, so every row it yields is read.
    fn release_free_pages(&self) -> rusqlite::Result<()> {
        let mut vacuum = self.conn.prepare("PRAGMA incremental_vacuum")?;
        let mut steps = vacuum.query([])?;
        while steps.next()?.is_some() {}
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
        self.snapshot_bytes = bytes.len();
        {
            let mut statement = tx.prepare("SELECT bytes FROM changes ORDER BY seq").map_err(&failed)?;
            let mut changes = statement.query([]).map_err(&failed)?;
            while let Some(row) = changes.next().map_err(&failed)? {
                let chunk: Vec<u8> = row.get(0).map_err(&failed)?;
                bytes.extend_from_slice(&chunk);
            }
        }
        // The snapshot and the rows together hold every change numbered so far.
        let last_seq = newest_seq(&tx).map_err(&failed)?;
        tx.commit().map_err(&failed)?;
        self.last_seq = last_seq;
        self.log_bytes = bytes.len() - self.snapshot_bytes;
        Ok(Portfolio::load(&bytes)?)
    }

    /// Switches the file to WAL with full sync; done only once its version is known
    /// to be this build's, so that refusing a file never rewrites it.
    fn use_wal(&self) -> Result<(), ReplicaError> {
        let failed = self.failed();
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get::<_, String>(0))
            .map_err(&failed)?;
        self.conn.pragma_update(None, "synchronous", "FULL").map_err(&failed)?;
        Ok(())
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

/// Opens the SQLite file with a busy timeout for concurrent writers (see [`Store::use_wal`]).
fn connect(path: &Path, extra: OpenFlags) -> Result<Connection, ReplicaError> {
    let failed = |source| ReplicaError::Storage { path: path.to_path_buf(), source };
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | extra;
    let conn = Connection::open_with_flags(path, flags).map_err(failed)?;
    conn.busy_timeout(Duration::from_secs(10)).map_err(failed)?;
    Ok(conn)
}

/// The highest number ever given to a change row, deleted or not (0 before the first).
fn newest_seq(conn: &Connection) -> rusqlite::Result<i64> {
    let newest =
        conn.query_row("SELECT seq FROM sqlite_sequence WHERE name = 'changes'", [], |row| row.get(0)).optional()?;
    Ok(newest.unwrap_or(0))
}

/// Takes into `portfolio`, inside the transaction `conn` is in, every change other
/// processes committed after change row `last_seq`; returns the highest change
/// row number it now holds.
///
/// When fewer rows follow `last_seq` than were numbered, another process
/// compacted some of them into the snapshot before this one read them: the
/// snapshot is taken in first (changes already present are skipped).
fn take_in_others(
    conn: &Connection,
    portfolio: &mut Portfolio,
    last_seq: i64,
    failed: &impl Fn(rusqlite::Error) -> ReplicaError,
) -> Result<i64, ReplicaError> {
    let newest = newest_seq(conn).map_err(failed)?;
    if newest <= last_seq {
        return Ok(last_seq);
    }
    let unread: i64 =
        conn.query_row("SELECT COUNT(*) FROM changes WHERE seq > ?1", [last_seq], |row| row.get(0)).map_err(failed)?;
    if unread < newest - last_seq {
        let snapshot: Vec<u8> =
            conn.query_row("SELECT bytes FROM snapshot WHERE id = 1", [], |row| row.get(0)).map_err(failed)?;
        portfolio.apply_changes(&snapshot)?;
    }
    let mut statement = conn.prepare_cached("SELECT bytes FROM changes WHERE seq > ?1 ORDER BY seq").map_err(failed)?;
    let mut rows = statement.query([last_seq]).map_err(failed)?;
    while let Some(row) = rows.next().map_err(failed)? {
        let bytes: Vec<u8> = row.get(0).map_err(failed)?;
        portfolio.apply_changes(&bytes)?;
    }
    Ok(newest)
}
