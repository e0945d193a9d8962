//! One samod [`Repo`] per portfolio owner. A document lives only in the repo
//! of the manager who owns it: each repo reads the shared [`ChunkStore`]
//! through an [`OwnerStore`] that shows it its owner's documents only, and
//! shares a document only when its owner is the repo's. So samod's work per
//! (document, connection) pair stays within one owner's devices (and their
//! lead), instead of every connection meeting every loaded document.
//!
//! A repo is started by the first connection that needs it and stopped once
//! it has had no connection for a while (`REPO_IDLE` in the server); users without documents (a lead,
//! an admin) get one too, which answers every request like a missing document.

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::{Duration, Instant},
};

use samod::{
    DocumentId, PeerId, Repo,
    storage::{Storage, StorageKey},
};
use tokio::sync::{OnceCell, watch};

use super::{HubError, SERVER_PEER_ID, share_decisions};
use crate::{accounts::Accounts, store::ChunkStore};

/// The running repos by owner (user name).
#[derive(Clone)]
pub(super) struct OwnerRepos {
    inner: Arc<Registry>,
}

struct Registry {
    store: ChunkStore,
    owners: DocumentOwners,
    accounts: Arc<Accounts>,
    access_changed: watch::Receiver<u64>,
    slots: Mutex<HashMap<String, Arc<Slot>>>,
    stopping: AtomicBool,
}

/// One owner's repo, started once by whoever needs it first.
struct Slot {
    repo: OnceCell<OwnerRepo>,
    usage: Mutex<Usage>,
}

struct Usage {
    connections: usize,
    idle_since: Instant,
}

/// A started repo and the acceptor that hands it connections.
struct OwnerRepo {
    repo: Repo,
    acceptor: samod::AcceptorHandle,
}

/// A connection's hold on an owner's repo: while one exists the repo runs.
pub(super) struct RepoUse {
    slot: Arc<Slot>,
}

impl RepoUse {
    fn started(&self) -> &OwnerRepo {
        self.slot.repo.get().expect("a repo in use has started")
    }

    /// What hands connections to the repo.
    pub(super) fn acceptor(&self) -> samod::AcceptorHandle {
        self.started().acceptor.clone()
    }

    /// Loads `document` in the repo, so it is offered to the peers allowed to read it.
    pub(super) fn load(&self, document: DocumentId) {
        let repo = self.started().repo.clone();
        tokio::spawn(async move {
            if repo.find(document.clone()).await.is_err() {
                tracing::debug!(document = %document, "repo stopped before loading the document");
            }
        });
    }
}

impl Drop for RepoUse {
    fn drop(&mut self) {
        let mut usage = lock(&self.slot.usage);
        usage.connections -= 1;
        if usage.connections == 0 {
            usage.idle_since = Instant::now();
        }
    }
}

impl OwnerRepos {
    pub(super) fn new(
        store: ChunkStore,
        owners: DocumentOwners,
        accounts: Arc<Accounts>,
        access_changed: watch::Receiver<u64>,
    ) -> OwnerRepos {
        let registry = Registry {
            store,
            owners,
            accounts,
            access_changed,
            slots: Mutex::default(),
            stopping: AtomicBool::new(false),
        };
        OwnerRepos { inner: Arc::new(registry) }
    }

    /// The repo of `owner`, started if it is not running.
    pub(super) async fn acquire(&self, owner: &str) -> Result<RepoUse, HubError> {
        loop {
            if self.inner.stopping.load(Ordering::SeqCst) {
                return Err(HubError::Stopped);
            }
            let slot = lock(&self.inner.slots).entry(owner.to_owned()).or_insert_with(Slot::new).clone();
            slot.repo.get_or_init(|| self.start(owner)).await;
            let slots = lock(&self.inner.slots);
            // Stopped for idleness meanwhile: start a fresh one.
            if slots.get(owner).is_some_and(|current| Arc::ptr_eq(current, &slot)) {
                lock(&slot.usage).connections += 1;
                return Ok(RepoUse { slot });
            }
        }
    }

    async fn start(&self, owner: &str) -> OwnerRepo {
        let Registry { store, owners, accounts, access_changed, .. } = &*self.inner;
        let policy = {
            let (accounts, access_changed, owners) = (accounts.clone(), access_changed.clone(), owners.clone());
            let owner: Arc<str> = Arc::from(owner);
            move |document: DocumentId, peer: PeerId| {
                share_decisions(accounts.clone(), access_changed.clone(), owners.clone(), owner.clone(), document, peer)
            }
        };
        let storage = OwnerStore { store: store.clone(), owners: owners.clone(), owner: Arc::from(owner) };
        let repo = Repo::build_tokio()
            .with_storage(storage)
            .with_peer_id(PeerId::from(SERVER_PEER_ID))
            .with_share_policy(policy)
            .load()
            .await;
        let url = samod::Url::parse("ws://fieldbook-sync/sync").expect("a valid URL");
        let acceptor = repo.make_acceptor(url).expect("a repo that just started accepts");
        tracing::debug!(owner, "portfolio repo started");
        OwnerRepo { repo, acceptor }
    }

    /// Stops the repos that have had no connection for `idle`.
    pub(super) async fn stop_idle(&self, idle: Duration) {
        let idle: Vec<(String, Arc<Slot>)> = {
            let mut slots = lock(&self.inner.slots);
            let names: Vec<String> = slots
                .iter()
                .filter(|(_, slot)| {
                    let usage = lock(&slot.usage);
                    slot.repo.initialized() && usage.connections == 0 && usage.idle_since.elapsed() >= idle
                })
                .map(|(name, _)| name.clone())
                .collect();
            names.into_iter().filter_map(|name| slots.remove(&name).map(|slot| (name, slot))).collect()
        };
        for (owner, slot) in idle {
            if let Some(started) = slot.repo.get() {
                started.repo.stop().await;
                tracing::debug!(owner, "portfolio repo stopped: no connection for a while");
            }
        }
    }

    /// Stops every repo once its pending writes are on disk; no repo starts afterwards.
    pub(super) async fn stop_all(&self) {
        self.inner.stopping.store(true, Ordering::SeqCst);
        let slots: Vec<Arc<Slot>> = lock(&self.inner.slots).drain().map(|(_, slot)| slot).collect();
        let stops = slots.iter().filter_map(|slot| slot.repo.get()).map(|started| started.repo.stop());
        futures::future::join_all(stops).await;
    }

    /// How many repos are running.
    pub(super) fn running(&self) -> usize {
        lock(&self.inner.slots).values().filter(|slot| slot.repo.initialized()).count()
    }
}

impl Slot {
    fn new() -> Arc<Slot> {
        Arc::new(Slot {
            repo: OnceCell::new(),
            usage: Mutex::new(Usage { connections: 0, idle_since: Instant::now() }),
        })
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Who owns each registered document. A document never changes owner, so
/// an owner once found is kept; an unregistered id is looked up again.
#[derive(Clone)]
pub(super) struct DocumentOwners {
    accounts: Arc<Accounts>,
    known: Arc<Mutex<HashMap<DocumentId, Arc<str>>>>,
}

impl DocumentOwners {
    pub(super) fn new(accounts: Arc<Accounts>) -> DocumentOwners {
        DocumentOwners { accounts, known: Arc::default() }
    }

    /// The owner of `document`, or `None` when it is not registered (or the
    /// accounts cannot be read, which denies like a missing document).
    pub(super) fn owner_of(&self, document: &DocumentId) -> Option<Arc<str>> {
        if let Some(owner) = lock(&self.known).get(document) {
            return Some(owner.clone());
        }
        match self.accounts.owner_of(document) {
            Ok(Some(owner)) => {
                let owner: Arc<str> = Arc::from(owner);
                lock(&self.known).insert(document.clone(), owner.clone());
                Some(owner)
            }
            Ok(None) => None,
            Err(err) => {
                tracing::error!(document = %document, error = %err, "cannot look up the document's owner; denying");
                None
            }
        }
    }
}

/// The chunk store as one owner's repo sees it: the chunks of documents
/// owned by someone else look absent, so a repo asked for another owner's
/// document loads nothing and answers as for a missing one. Writes pass
/// through: a repo writes only documents it shares read-write, its owner's.
#[derive(Clone)]
struct OwnerStore {
    store: ChunkStore,
    owners: DocumentOwners,
    owner: Arc<str>,
}

impl OwnerStore {
    /// Whether `key` is visible to this owner: it is not under a document id,
    /// or under one of the owner's documents.
    fn shows(&self, key: &StorageKey) -> bool {
        let Some(document) = key.into_iter().next().and_then(|first| first.parse::<DocumentId>().ok()) else {
            return true;
        };
        self.owners.owner_of(&document).is_some_and(|owner| owner == self.owner)
    }
}

impl Storage for OwnerStore {
    async fn load(&self, key: StorageKey) -> Option<Vec<u8>> {
        if !self.shows(&key) {
            return None;
        }
        self.store.load(key).await
    }

    async fn load_range(&self, prefix: StorageKey) -> HashMap<StorageKey, Vec<u8>> {
        if !self.shows(&prefix) {
            return HashMap::new();
        }
        let mut chunks = self.store.load_range(prefix).await;
        chunks.retain(|key, _| self.shows(key));
        chunks
    }

    async fn put(&self, key: StorageKey, data: Vec<u8>) {
        self.store.put(key, data).await;
    }

    async fn delete(&self, key: StorageKey) {
        self.store.delete(key).await;
    }
}
