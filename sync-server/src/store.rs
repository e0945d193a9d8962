//! Document storage for samod on the server's SQLite file: samod's keys
//! (`<document id>/incremental/<change hash>`, `<document id>/snapshot/<hash>`,
//! …) joined with `/` in the `chunks` table.
//!
//! samod's [`Storage`] cannot report an error, and whatever a failed write
//! returns, samod takes as written. So every operation is retried a few times
//! with backoff, and if it still fails the process stops (fail-stop, exit
//! code 1): a server that cannot write must never go on acknowledging data.
//!
//! Writes are committed in groups: one thread owns the writing connection and
//! commits every write waiting for it in one transaction, so many clients'
//! changes share one `fsync` instead of queueing for one each. Reads use a
//! connection of their own (WAL lets them run beside the writer).

use std::{
    collections::{BTreeSet, HashMap},
    path::Path,
    sync::{Arc, Mutex},
    time::Duration,
};

use rusqlite::{Connection, OptionalExtension, params};
use samod::storage::{Storage, StorageKey};

use crate::database;

/// Waits before the 2nd, 3rd and 4th attempt of a failed operation.
const BACKOFF: [Duration; 3] = [Duration::from_millis(50), Duration::from_millis(200), Duration::from_millis(800)];

/// The most writes one transaction commits.
const MOST_WRITES_PER_COMMIT: usize = 512;

/// samod's document storage in the `chunks` table.
#[derive(Clone)]
pub struct ChunkStore {
    connection: Arc<Mutex<Connection>>,
    committer: std::sync::mpsc::Sender<PendingWrite>,
    writes: Writes,
}

/// A row to write.
enum Write {
    Put { key: String, data: Vec<u8> },
    Delete { key: String },
}

/// A write waiting for the committer, and whom to tell once it is committed.
struct PendingWrite {
    write: Write,
    committed: tokio::sync::oneshot::Sender<()>,
}

/// The writes (puts and deletes) under way, numbered in the order they began,
/// so that a reply can wait for the writes that began before it.
#[derive(Clone, Default)]
struct Writes {
    state: Arc<Mutex<WritesState>>,
    finished: Arc<tokio::sync::Notify>,
}

#[derive(Default)]
struct WritesState {
    next: u64,
    under_way: BTreeSet<u64>,
}

impl Writes {
    fn lock(&self) -> std::sync::MutexGuard<'_, WritesState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn begin(&self) -> WriteUnderWay {
        let mut state = self.lock();
        let number = state.next;
        state.next += 1;
        state.under_way.insert(number);
        WriteUnderWay { writes: self.clone(), number }
    }
}

/// Marks its write finished when dropped (written, or the process is stopping).
struct WriteUnderWay {
    writes: Writes,
    number: u64,
}

impl Drop for WriteUnderWay {
    fn drop(&mut self) {
        self.writes.lock().under_way.remove(&self.number);
        self.writes.finished.notify_waiters();
    }
}

impl std::fmt::Debug for ChunkStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChunkStore").finish_non_exhaustive()
    }
}

impl ChunkStore {
    /// Opens the chunk store of the data directory `data_dir` (which must
    /// exist) and starts the thread that commits its writes.
    pub fn open(data_dir: &Path) -> std::io::Result<ChunkStore> {
        let reader = database::open(data_dir).map_err(std::io::Error::other)?;
        let writer = database::open(data_dir).map_err(std::io::Error::other)?;
        let (committer, pending) = std::sync::mpsc::channel();
        std::thread::Builder::new().name("chunk-committer".into()).spawn(move || commit_in_groups(writer, pending))?;
        Ok(ChunkStore { connection: Arc::new(Mutex::new(reader)), committer, writes: Writes::default() })
    }

    /// Hands `write` to the committer and waits until it is committed.
    async fn write(&self, write: Write) {
        let _under_way = self.writes.begin();
        let key = match &write {
            Write::Put { key, .. } | Write::Delete { key } => key.clone(),
        };
        let (committed, done) = tokio::sync::oneshot::channel();
        let queued = self.committer.send(PendingWrite { write, committed });
        if queued.is_err() || done.await.is_err() {
            fail_stop("write", &key, "the committer thread has stopped");
        }
    }

    /// Resolves once every write that began before this call is committed.
    ///
    /// samod sends the sync reply that acknowledges a change in the same step
    /// as it asks for the change to be written; the hub awaits this before
    /// sending each reply, so an acknowledgement follows the writes already
    /// begun. (A write samod asked for but has not begun yet is not covered:
    /// see docs/sync-protocol.md.)
    pub async fn writes_begun_so_far(&self) {
        let horizon = self.writes.lock().next;
        loop {
            let finished = self.writes.finished.notified();
            tokio::pin!(finished);
            finished.as_mut().enable();
            if self.writes.lock().under_way.first().is_none_or(|oldest| *oldest >= horizon) {
                return;
            }
            finished.await;
        }
    }

    /// Runs `operation` on a blocking thread, retrying with backoff; stops
    /// the process if it keeps failing.
    async fn run<T: Send + 'static>(
        &self,
        what: &'static str,
        key: String,
        operation: impl Fn(&Connection) -> Result<T, rusqlite::Error> + Send + Sync + 'static,
    ) -> T {
        let operation = Arc::new(operation);
        let mut attempt = 0;
        loop {
            let connection = self.connection.clone();
            let operation = operation.clone();
            let outcome = tokio::task::spawn_blocking(move || {
                let connection = connection.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                operation(&connection)
            })
            .await;
            let error = match outcome {
                Ok(Ok(value)) => return value,
                Ok(Err(err)) => err.to_string(),
                Err(join_error) => join_error.to_string(),
            };
            match BACKOFF.get(attempt) {
                Some(pause) => {
                    // Keys are document ids and hashes: no client data.
                    tracing::warn!(operation = what, key = %key, attempt = attempt + 1, %error, "storage operation failed, retrying");
                    tokio::time::sleep(*pause).await;
                    attempt += 1;
                }
                None => fail_stop(what, &key, &error),
            }
        }
    }
}

/// The committer thread: takes every write waiting, commits them in one
/// transaction (retried with backoff, then fail-stop), and tells each writer.
fn commit_in_groups(mut connection: Connection, pending: std::sync::mpsc::Receiver<PendingWrite>) {
    while let Ok(first) = pending.recv() {
        let mut group = vec![first];
        group.extend(pending.try_iter().take(MOST_WRITES_PER_COMMIT - 1));
        let mut attempt = 0;
        while let Err(err) = commit(&mut connection, &group) {
            let Some(pause) = BACKOFF.get(attempt) else {
                fail_stop("commit", &first_key(&group), &err.to_string());
            };
            // Keys are document ids and hashes: no client data.
            tracing::warn!(operation = "commit", key = %first_key(&group), writes = group.len(), attempt = attempt + 1, error = %err, "storage operation failed, retrying");
            std::thread::sleep(*pause);
            attempt += 1;
        }
        for write in group {
            // The writer may have stopped waiting (samod shutting down); the write is on disk all the same.
            let _told = write.committed.send(());
        }
    }
}

fn commit(connection: &mut Connection, group: &[PendingWrite]) -> Result<(), rusqlite::Error> {
    let transaction = connection.transaction()?;
    for pending in group {
        match &pending.write {
            Write::Put { key, data } => {
                transaction.execute("INSERT OR REPLACE INTO chunks (key, data) VALUES (?1, ?2)", params![key, data])?
            }
            Write::Delete { key } => transaction.execute("DELETE FROM chunks WHERE key = ?1", [key])?,
        };
    }
    transaction.commit()
}

fn first_key(group: &[PendingWrite]) -> String {
    group.first().map_or_else(String::new, |pending| match &pending.write {
        Write::Put { key, .. } | Write::Delete { key } => key.clone(),
    })
}

/// Logs why and ends the process: nothing may be acknowledged after a lost write.
fn fail_stop(what: &str, key: &str, error: &str) -> ! {
    tracing::error!(operation = what, key = %key, %error, "storage keeps failing; stopping the server so that nothing unsaved is acknowledged");
    eprintln!("fieldbook-sync: error: storage {what} of {key} keeps failing ({error}); stopping");
    std::process::exit(1)
}

fn parse_key(text: &str) -> Option<StorageKey> {
    StorageKey::from_parts(text.split('/')).ok()
}

impl Storage for ChunkStore {
    async fn load(&self, key: StorageKey) -> Option<Vec<u8>> {
        let text = key.to_string();
        let lookup = text.clone();
        self.run("load", text, move |db| {
            db.query_row("SELECT data FROM chunks WHERE key = ?1", [&lookup], |row| row.get(0)).optional()
        })
        .await
    }

    async fn load_range(&self, prefix: StorageKey) -> HashMap<StorageKey, Vec<u8>> {
        let text = prefix.to_string();
        let exact = text.clone();
        // Keys under `a/b` are `a/b` itself and the keys in ["a/b/", "a/b0"):
        // '0' is the character after '/'.
        let (low, high) = if text.is_empty() {
            (String::new(), "\u{10FFFF}".to_owned())
        } else {
            (format!("{text}/"), format!("{text}0"))
        };
        let rows = self
            .run("load_range", text, move |db| {
                let mut statement =
                    db.prepare_cached("SELECT key, data FROM chunks WHERE key = ?1 OR (key >= ?2 AND key < ?3)")?;
                let rows = statement.query_map(params![exact, low, high], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, Vec<u8>>(1)?))
                })?;
                rows.collect::<Result<Vec<_>, _>>()
            })
            .await;
        rows.into_iter()
            .filter_map(|(key, data)| match parse_key(&key) {
                Some(key) => Some((key, data)),
                None => {
                    tracing::warn!(key = %key, "ignoring a chunk whose key samod cannot have written");
                    None
                }
            })
            .collect()
    }

    async fn put(&self, key: StorageKey, data: Vec<u8>) {
        self.write(Write::Put { key: key.to_string(), data }).await;
    }

    async fn delete(&self, key: StorageKey) {
        self.write(Write::Delete { key: key.to_string() }).await;
    }
}
