//! The one place that knows samod: the automerge-repo sync hub behind
//! `GET /sync`. Portfolio owners, a few to a group, share a samod [`Repo`] on
//! our SQLite [`ChunkStore`] ([`repos`]), with our share policy installed
//! (samod's default would let every peer read and write everything). The hub
//! binds each WebSocket to the user its token belongs to: a manager's (or an
//! admin's) goes to their group's repo, a lead's is routed message by message
//! to their own group's repo and their team members' ([`lead`]). It keeps a registry of
//! live connections per token so revocation can close them, and closes a
//! connection that sends a text frame or a broken frame.
//! Replacing samod means replacing this module.

mod lead;
mod repos;

pub use repos::OWNERS_PER_REPO;

use std::{
    collections::HashMap,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, Ordering},
    },
    time::Duration,
};

use axum::extract::ws::{Message, WebSocket};
use futures::{Sink, SinkExt, Stream, StreamExt};
use samod::{DocumentId, PeerId, Repo, ShareConfig, Transport};
use tokio::sync::watch;

use self::repos::{DocumentOwners, GroupMembers, OwnerRepos};
use crate::{
    accounts::{Access, Account, Accounts, Role},
    store::ChunkStore,
};

/// The largest WebSocket message (and frame) a peer may send.
pub const MAX_MESSAGE_BYTES: usize = 16 * 1024 * 1024;

/// The read buffer of a WebSocket. tungstenite allocates its default, 128 KiB,
/// up front for every connection: most of the server's memory with a
/// thousand clients, whose messages are mostly a few hundred bytes. A larger
/// message is read in more steps.
pub const READ_BUFFER_BYTES: usize = 4 * 1024;

/// How long a group's repo runs without any connection before it stops. A
/// minute keeps a repo across a client's reconnect or the CLI's next round,
/// and frees the memory of portfolios nobody syncs.
pub const REPO_IDLE: Duration = Duration::from_secs(60);

/// The peer id the server announces in the handshake, from every repo.
const SERVER_PEER_ID: &str = "fieldbook-sync";

/// The peer id a user's connections must announce: `user/<name>`.
pub fn peer_id_of(user: &str) -> String {
    format!("user/{user}")
}

/// The running sync hub. Cheap to clone.
#[derive(Clone)]
pub struct SyncHub {
    repos: OwnerRepos,
    owners: DocumentOwners,
    accounts: Arc<Accounts>,
    access_changed: watch::Receiver<u64>,
    store: ChunkStore,
    live: LiveConnections,
}

impl SyncHub {
    /// Starts the hub on `store`. Access decisions read `accounts` and are
    /// taken again whenever `access_changed` ticks (ownership or teams changed).
    /// A group's repo stops once it has had no connection for `repo_idle`
    /// (the server uses [`REPO_IDLE`]).
    pub async fn start(
        store: ChunkStore,
        accounts: Arc<Accounts>,
        access_changed: watch::Receiver<u64>,
        repo_idle: Duration,
    ) -> Result<SyncHub, HubError> {
        // Every group's repo reads the storage id samod keeps in the store:
        // write it once now, not concurrently by the first repos to start.
        Repo::build_tokio().with_storage(store.clone()).load().await.stop().await;
        let owners = DocumentOwners::new(accounts.clone());
        let repos = OwnerRepos::new(store.clone(), owners.clone(), accounts.clone(), access_changed.clone());
        tokio::spawn(stop_idle_repos(repos.clone(), repo_idle));
        Ok(SyncHub { repos, owners, accounts, access_changed, store, live: LiveConnections::default() })
    }

    /// Hands the upgraded `socket` of `account` to samod, bound to the peer id
    /// `user/<name>`: a client announcing any other id is disconnected.
    pub async fn accept(&self, socket: WebSocket, account: Account) -> Result<(), HubError> {
        let own = self.repos.acquire(&account.user).await?;
        let (closed_tx, closed_rx) = watch::channel(false);
        let registration = self.live.register(&account.token_id, closed_tx);
        let peer = PeerId::from(peer_id_of(&account.user));
        let (outbound, inbound) = socket.split();
        let outbound = acknowledging(outbound, self.store.clone());
        if account.role == Role::Lead {
            let frames = checked_frames(inbound, closed_rx, account.user.clone(), registration);
            let (link, from_repos) = lead::LeadLink::new(
                &account.user,
                peer,
                own,
                self.repos.clone(),
                self.owners.clone(),
                self.accounts.clone(),
            )?;
            tokio::spawn(lead::serve(link, from_repos, frames, outbound, self.access_changed.clone()));
        } else {
            let acceptor = own.acceptor();
            let frames = checked_frames(inbound, closed_rx, account.user.clone(), (registration, own));
            let transport = Transport::new(frames, outbound).with_expected_peer_id(peer);
            acceptor.accept(transport).map_err(|_| HubError::Stopped)?;
        }
        tracing::info!(user = %account.user, token_id = %account.token_id, "sync connection accepted");
        Ok(())
    }

    /// The ids of the tokens that have live connections.
    pub fn live_tokens(&self) -> Vec<String> {
        self.live.tokens()
    }

    /// Closes every live connection made with the token `token_id`.
    pub fn close_token(&self, token_id: &str) {
        let closed = self.live.close(token_id);
        if closed > 0 {
            tracing::info!(token_id, connections = closed, "token revoked, closing its connections");
        }
    }

    /// How many groups' repos are running.
    pub fn running_repos(&self) -> usize {
        self.repos.running()
    }

    /// Stops every repo once every pending write is on disk.
    pub async fn stop(&self) {
        self.repos.stop_all().await;
    }
}

/// Stops the repos idle for `idle`, looking every quarter of it.
async fn stop_idle_repos(repos: OwnerRepos, idle: Duration) {
    let mut ticks = tokio::time::interval(idle / 4);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        repos.stop_idle(idle).await;
    }
}

/// The socket as samod's sink: never acknowledge a change before the writes
/// already begun are on disk.
fn acknowledging(
    outbound: futures::stream::SplitSink<WebSocket, Message>,
    store: ChunkStore,
) -> impl Sink<Vec<u8>, Error = axum::Error> + Send + Unpin + 'static {
    outbound.with(move |bytes: Vec<u8>| {
        let store = store.clone();
        Box::pin(async move {
            let_queued_writes_begin().await;
            store.writes_begun_so_far().await;
            Ok::<_, axum::Error>(Message::Binary(bytes.into()))
        })
    })
}

/// How many times a reply steps aside before it looks at the writes begun.
const STEP_ASIDE: usize = 3;

/// samod queues a change's writes just before the reply that acknowledges it,
/// on the same repo task that sends the reply. Stepping aside a few times lets
/// that task take in and begin those writes first, so that the wait that
/// follows covers them; see docs/sync-protocol.md for what this narrows.
async fn let_queued_writes_begin() {
    for _ in 0..STEP_ASIDE {
        tokio::task::yield_now().await;
    }
}

/// Why the hub could not do something.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The hub is stopping or stopped.
    #[error("the sync hub has stopped")]
    Stopped,
}

/// The stream of share decisions for one document and one peer in one
/// group's repo: the current decision, then a fresh one each time accounts
/// change (samod ignores repeats). The stream lives as long as the pair: a
/// stream that ended would stall the peer's sync. A document whose owner is
/// not one of the group's `members` (or that has no owner yet: it may be
/// registered later) is not shared there.
fn share_decisions(
    accounts: Arc<Accounts>,
    mut access_changed: watch::Receiver<u64>,
    owners: DocumentOwners,
    members: GroupMembers,
    document: DocumentId,
    peer: PeerId,
) -> impl Stream<Item = ShareConfig> + Send + 'static {
    access_changed.borrow_and_update();
    futures::stream::unfold((accounts, access_changed, true), move |(accounts, mut access_changed, first)| {
        let (document, peer) = (document.clone(), peer.clone());
        let (owners, members) = (owners.clone(), members.clone());
        async move {
            if !first {
                // The sender is gone once the server stops: keep the last decision.
                access_changed.changed().await.ok()?;
            }
            let owned = owners.owner_of(&document).is_some_and(|owner| members.include(&owner));
            let decision = if owned { share_decision(&accounts, &document, &peer) } else { ShareConfig::none() };
            Some((decision, (accounts, access_changed, false)))
        }
    })
}

/// The owner reads and writes; a lead of the owner's team reads; everyone
/// else is denied, which samod answers exactly like a missing document.
fn share_decision(accounts: &Accounts, document: &DocumentId, peer: &PeerId) -> ShareConfig {
    let Some(user) = peer.as_str().strip_prefix("user/") else {
        return ShareConfig::none();
    };
    match accounts.access(user, document) {
        Ok(Some(Access::ReadWrite)) => ShareConfig::read_write(),
        Ok(Some(Access::ReadOnly)) => ShareConfig::read_only(),
        Ok(None) => ShareConfig::none(),
        Err(err) => {
            tracing::error!(user, document = %document, error = %err, "cannot decide access; denying");
            ShareConfig::none()
        }
    }
}

/// Why we closed a connection from our side of the transport.
#[derive(Debug, thiserror::Error)]
enum ConnectionClosed {
    #[error("text frame received; the automerge-repo protocol is binary")]
    TextFrame,
    #[error("malformed binary frame: not an automerge-repo message")]
    Malformed,
    #[error("bad websocket frame: {0}")]
    BadFrame(String),
    #[error("the token was revoked")]
    Revoked,
    #[error("unreadable automerge-repo message: {0}")]
    Unreadable(String),
    #[error("the server is stopping")]
    Stopping,
}

/// The peer's binary messages, ending with an error on a text frame, a
/// broken or oversized frame (axum enforces [`MAX_MESSAGE_BYTES`]) or a
/// revocation, or a binary message that is not even a CBOR map. samod closes
/// the connection on that error, and on a message it cannot decode.
///
/// `hold` (the connection's registration, and the hold on its repo) lives as
/// long as the stream.
fn checked_frames<Hold: Send + 'static>(
    inbound: futures::stream::SplitStream<WebSocket>,
    closed: watch::Receiver<bool>,
    user: String,
    hold: Hold,
) -> impl Stream<Item = Result<Vec<u8>, ConnectionClosed>> + Send + Unpin + 'static {
    let state = (inbound, Some(closed), user, hold, false);
    Box::pin(futures::stream::unfold(state, |(mut inbound, mut closed, user, hold, done)| async move {
        if done {
            return None;
        }
        let outcome = loop {
            tokio::select! {
                () = revoked(&mut closed) => break Err(ConnectionClosed::Revoked),
                message = inbound.next() => match message {
                    None | Some(Ok(Message::Close(_))) => return None,
                    // Every protocol message is a CBOR map (major type 5).
                    Some(Ok(Message::Binary(bytes))) if matches!(bytes.first(), Some(0xa0..=0xbf)) => break Ok(bytes.to_vec()),
                    Some(Ok(Message::Binary(_))) => break Err(ConnectionClosed::Malformed),
                    Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                    Some(Ok(Message::Text(_))) => break Err(ConnectionClosed::TextFrame),
                    Some(Err(err)) => break Err(ConnectionClosed::BadFrame(err.to_string())),
                },
            }
        };
        match &outcome {
            Ok(_) => {}
            Err(ConnectionClosed::Revoked) => tracing::info!(user = %user, "closing sync connection: token revoked"),
            Err(err) => tracing::error!(user = %user, error = %err, "closing sync connection"),
        }
        let done = outcome.is_err();
        Some((outcome, (inbound, closed, user, hold, done)))
    }))
}

/// Resolves once the connection's switch is thrown; never, if its registry
/// entry went away without throwing it.
async fn revoked(closed: &mut Option<watch::Receiver<bool>>) {
    if let Some(switch) = closed
        && switch.wait_for(|closed| *closed).await.is_ok()
    {
        return;
    }
    *closed = None;
    std::future::pending().await
}

/// The switches that close a token's connections, by connection number.
type Switches = HashMap<u64, watch::Sender<bool>>;

/// Live connections by token id, each with the switch that closes it.
#[derive(Clone, Default)]
struct LiveConnections {
    inner: Arc<Mutex<HashMap<String, Switches>>>,
    next: Arc<AtomicU64>,
}

impl LiveConnections {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Switches>> {
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn register(&self, token_id: &str, close: watch::Sender<bool>) -> Registration {
        let number = self.next.fetch_add(1, Ordering::Relaxed);
        self.lock().entry(token_id.to_owned()).or_default().insert(number, close);
        Registration { live: self.clone(), token_id: token_id.to_owned(), number }
    }

    fn tokens(&self) -> Vec<String> {
        self.lock().keys().cloned().collect()
    }

    fn close(&self, token_id: &str) -> usize {
        let connections = self.lock().remove(token_id).unwrap_or_default();
        for close in connections.values() {
            close.send_replace(true);
        }
        connections.len()
    }
}

/// Removes a connection from the registry when samod drops its stream.
struct Registration {
    live: LiveConnections,
    token_id: String,
    number: u64,
}

impl Drop for Registration {
    fn drop(&mut self) {
        let mut live = self.live.lock();
        if let Some(connections) = live.get_mut(&self.token_id) {
            connections.remove(&self.number);
            if connections.is_empty() {
                live.remove(&self.token_id);
            }
        }
    }
}
