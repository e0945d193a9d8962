//! One samod [`Repo`] per small group of portfolio owners. Owners join a
//! group, at most [`OWNERS_PER_REPO`] to one, when they first need a repo, and
//! stay in it while the server runs. A document lives only in the repo of its
//! owner's group: each repo reads the shared [`ChunkStore`] through a
//! [`GroupStore`] that shows it its group's documents only, and the share
//! policy decides each (document, peer) pair as everywhere. So samod's work
//! per (document, connection) pair stays within a few owners' devices (and
//! their leads), instead of every connection meeting every loaded document,
//! while samod's fixed cost per repo (its tasks, channels and hub) is shared
//! by the group rather than paid per owner.
//!
//! A repo is started by the first connection that needs it and stopped once
//! it has had no connection for a while (`REPO_IDLE` in the server); users
//! without documents (a lead, an admin) join a group too.

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

/// The most owners whose documents share one repo. samod pairs every
/// connection of a repo with every document it has loaded, so a repo's work
/// grows with the square of its owners; its fixed cost (tasks, channels, a
/// hub) is shared among them. Four keeps the pairs at sixteen per device.
pub const OWNERS_PER_REPO: usize = 4;

/// The running repos by owner group.
#[derive(Clone)]
pub(super) struct OwnerRepos {
    inner: Arc<Registry>,
}

struct Registry {
    store: ChunkStore,
    owners: DocumentOwners,
    accounts: Arc<Accounts>,
    access_changed: watch::Receiver<u64>,
    groups: Arc<Mutex<OwnerGroups>>,
    slots: Mutex<HashMap<GroupId, Arc<Slot>>>,
    stopping: AtomicBool,
}

/// A group of owners whose documents share a repo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct GroupId(u64);

/// Which group each owner is in. An owner joins the group being filled when
/// they first need a repo and never moves, so a document is only ever in one
/// repo, whichever of its group's repos has come and gone before.
#[derive(Default)]
struct OwnerGroups {
    of_owner: HashMap<String, GroupId>,
    /// The newest group and how many owners it has.
    filling: Option<(GroupId, usize)>,
}

impl OwnerGroups {
    /// `owner`'s group, joined now if they have none.
    fn join(&mut self, owner: &str) -> GroupId {
        if let Some(group) = self.of_owner.get(owner) {
            return *group;
        }
        let group = match self.filling {
            Some((group, members)) if members < OWNERS_PER_REPO => {
                self.filling = Some((group, members + 1));
                group
            }
            filled => {
                let group = GroupId(filled.map_or(0, |(GroupId(n), _)| n + 1));
                self.filling = Some((group, 1));
                group
            }
        };
        self.of_owner.insert(owner.to_owned(), group);
        group
    }
}

/// One group's share of the owners: what its repo may hold.
#[derive(Clone)]
pub(super) struct GroupMembers {
    groups: Arc<Mutex<OwnerGroups>>,
    group: GroupId,
}

impl GroupMembers {
    /// Whether `owner`'s documents belong in this group's repo.
    pub(super) fn include(&self, owner: &str) -> bool {
        lock(&self.groups).of_owner.get(owner) == Some(&self.group)
    }
}

/// One group's repo, started once by whoever needs it first.
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

/// A connection's hold on a group's repo: while one exists the repo runs.
pub(super) struct RepoUse {
    group: GroupId,
    slot: Arc<Slot>,
}

impl RepoUse {
    /// The group whose repo this is.
    pub(super) fn group(&self) -> GroupId {
        self.group
    }

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
            groups: Arc::default(),
            slots: Mutex::default(),
            stopping: AtomicBool::new(false),
        };
        OwnerRepos { inner: Arc::new(registry) }
    }

    /// The group `owner` is in, joined now if they are in none.
    pub(super) fn group_of(&self, owner: &str) -> GroupId {
        lock(&self.inner.groups).join(owner)
    }

    /// The repo of `owner`'s group, started if it is not running.
    pub(super) async fn acquire(&self, owner: &str) -> Result<RepoUse, HubError> {
        let group = self.group_of(owner);
        loop {
            if self.inner.stopping.load(Ordering::SeqCst) {
                return Err(HubError::Stopped);
            }
            let slot = lock(&self.inner.slots).entry(group).or_insert_with(Slot::new).clone();
            slot.repo.get_or_init(|| self.start(group)).await;
            let slots = lock(&self.inner.slots);
            // Stopped for idleness meanwhile: start a fresh one.
            if slots.get(&group).is_some_and(|current| Arc::ptr_eq(current, &slot)) {
                lock(&slot.usage).connections += 1;
                return Ok(RepoUse { group, slot });
            }
        }
    }

    async fn start(&self, group: GroupId) -> OwnerRepo {
        let Registry { store, owners, accounts, access_changed, groups, .. } = &*self.inner;
        let members = GroupMembers { groups: groups.clone(), group };
        let policy = {
            let (accounts, access_changed, owners, members) =
                (accounts.clone(), access_changed.clone(), owners.clone(), members.clone());
            move |document: DocumentId, peer: PeerId| {
                share_decisions(
                    accounts.clone(),
                    access_changed.clone(),
                    owners.clone(),
                    members.clone(),
                    document,
                    peer,
                )
            }
        };
        let storage = GroupStore { store: store.clone(), owners: owners.clone(), members };
        let repo = Repo::build_tokio()
            .with_storage(storage)
            .with_peer_id(PeerId::from(SERVER_PEER_ID))
            .with_share_policy(policy)
            .load()
            .await;
        let url = samod::Url::parse("ws://fieldbook-sync/sync").expect("a valid URL");
        let acceptor = repo.make_acceptor(url).expect("a repo that just started accepts");
        tracing::debug!(group = group.0, "portfolio repo started");
        OwnerRepo { repo, acceptor }
    }

    /// Stops the repos that have had no connection for `idle`.
    pub(super) async fn stop_idle(&self, idle: Duration) {
        let idle: Vec<(GroupId, Arc<Slot>)> = {
            let mut slots = lock(&self.inner.slots);
            let groups: Vec<GroupId> = slots
                .iter()
                .filter(|(_, slot)| {
                    let usage = lock(&slot.usage);
                    slot.repo.initialized() && usage.connections == 0 && usage.idle_since.elapsed() >= idle
                })
                .map(|(group, _)| *group)
                .collect();
            groups.into_iter().filter_map(|group| slots.remove(&group).map(|slot| (group, slot))).collect()
        };
        for (group, slot) in idle {
            if let Some(started) = slot.repo.get() {
                started.repo.stop().await;
                tracing::debug!(group = group.0, "portfolio repo stopped: no connection for a while");
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

/// The chunk store as one group's repo sees it: the chunks of documents
/// owned outside the group look absent, so a repo asked for such a document
/// loads nothing and answers as for a missing one. Writes pass through: a
/// repo writes only documents it shares read-write, its owners'.
#[derive(Clone)]
struct GroupStore {
    store: ChunkStore,
    owners: DocumentOwners,
    members: GroupMembers,
}

impl GroupStore {
    /// Whether `key` is visible to this group: it is not under a document
    /// id, or under a document of one of the group's owners.
    fn shows(&self, key: &StorageKey) -> bool {
        let Some(document) = key.into_iter().next().and_then(|first| first.parse::<DocumentId>().ok()) else {
            return true;
        };
        self.owners.owner_of(&document).is_some_and(|owner| self.members.include(&owner))
    }
}

impl Storage for GroupStore {
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
