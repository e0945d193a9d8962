//! A team lead's connection. A lead reads their team members' portfolios,
//! which live in the repos of the members' groups, so one WebSocket has to
//! reach several repos: the lead's own group's (whose share policy gives the
//! lead nothing of its own, so it answers every request like a missing
//! document) and, once a message names a document the lead may read, the
//! repo of that document's owner's group. Each message goes by its
//! `documentId` to the repo it belongs to; a document the lead may not read
//! goes to the lead's own group's repo, so a denied document still looks
//! exactly like a missing one. Messages without a document (`leave`,
//! subscriptions) go to every repo the connection has reached.
//!
//! The client sees one handshake: its `join` reaches the lead's own repo,
//! whose `peer` answer it gets; a member's repo gets the same `join` when the
//! connection first reaches it, and its `peer` answer is dropped.

use std::{
    collections::{HashMap, HashSet},
    convert::Infallible,
    pin::Pin,
    sync::Arc,
    task::{Context, Poll},
};

use futures::{
    Sink, SinkExt, Stream, StreamExt,
    channel::mpsc::{self, SendError, UnboundedReceiver, UnboundedSender},
};
use minicbor::{Decoder, data::Type};
use samod::{DocumentId, PeerId, Transport};
use tokio::sync::watch;

use super::{
    ConnectionClosed, HubError,
    repos::{DocumentOwners, GroupId, OwnerRepos, RepoUse},
};
use crate::accounts::{Access, Accounts};

/// Which repo a message came from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Origin {
    /// The lead's own repo, which answers the handshake.
    Own,
    /// A team member's repo, reached after the handshake.
    Member,
}

/// A message a repo sends the lead, with the repo it came from.
pub(super) type Outgoing = (Origin, Vec<u8>);

/// What a lead's connection needs to route messages.
pub(super) struct LeadLink {
    lead: String,
    peer: PeerId,
    repos: OwnerRepos,
    owners: DocumentOwners,
    accounts: Arc<Accounts>,
    /// The lead's `join` message, replayed to each member repo reached.
    join: Option<Vec<u8>>,
    /// The repos reached, by owner group.
    reached: HashMap<GroupId, Reached>,
    /// The lead's own group.
    own_group: GroupId,
    /// Where each document's messages go, decided once per accounts version.
    routes: HashMap<DocumentId, Option<Arc<str>>>,
    /// Documents the lead asked for and may not read (yet).
    denied: HashSet<DocumentId>,
    to_socket: UnboundedSender<Outgoing>,
}

/// A repo this connection reached: where its messages go in, and the hold
/// that keeps the repo running.
struct Reached {
    inbound: UnboundedSender<Vec<u8>>,
    repo: RepoUse,
}

impl LeadLink {
    /// Connects `lead` to their own repo, held by `own`.
    pub(super) fn new(
        lead: &str,
        peer: PeerId,
        own: RepoUse,
        repos: OwnerRepos,
        owners: DocumentOwners,
        accounts: Arc<Accounts>,
    ) -> Result<(LeadLink, UnboundedReceiver<Outgoing>), HubError> {
        let (to_socket, from_repos) = mpsc::unbounded();
        let mut link = LeadLink {
            own_group: own.group(),
            lead: lead.to_owned(),
            peer,
            repos,
            owners,
            accounts,
            join: None,
            reached: HashMap::new(),
            routes: HashMap::new(),
            denied: HashSet::new(),
            to_socket,
        };
        link.connect(own, Origin::Own)?;
        Ok((link, from_repos))
    }

    /// Hands a new connection to the repo held by `repo`.
    fn connect(&mut self, repo: RepoUse, origin: Origin) -> Result<&Reached, HubError> {
        let (inbound, from_lead) = mpsc::unbounded();
        let to_socket = ToSocket { sender: self.to_socket.clone(), origin };
        let transport =
            Transport::new(from_lead.map(Ok::<_, Infallible>), to_socket).with_expected_peer_id(self.peer.clone());
        repo.acceptor().accept(transport).map_err(|_| HubError::Stopped)?;
        if let (Origin::Member, Some(join)) = (origin, &self.join) {
            inbound.unbounded_send(join.clone()).map_err(|_| HubError::Stopped)?;
        }
        Ok(self.reached.entry(repo.group()).or_insert(Reached { inbound, repo }))
    }

    /// The repo of a member's group, reached now if it was not yet.
    async fn reach(&mut self, owner: &str) -> Result<&Reached, HubError> {
        let group = self.repos.group_of(owner);
        if !self.reached.contains_key(&group) {
            let repo = self.repos.acquire(owner).await?;
            self.connect(repo, Origin::Member)?;
        }
        Ok(&self.reached[&group])
    }

    /// Sends a message from the lead to the repo (or repos) it belongs to.
    async fn route(&mut self, message: Vec<u8>) -> Result<(), ConnectionClosed> {
        let envelope = Envelope::open(&message).map_err(ConnectionClosed::Unreadable)?;
        let owner = match &envelope.document {
            Some(document) => self.owner_for(document),
            None if envelope.kind == "join" => {
                self.join = Some(message.clone());
                None
            }
            None => {
                for reached in self.reached.values() {
                    // A repo that ended the connection closes the socket anyway.
                    reached.inbound.unbounded_send(message.clone()).ok();
                }
                return Ok(());
            }
        };
        let reached = match owner {
            Some(owner) => self.reach(&owner).await.map_err(|_| ConnectionClosed::Stopping)?,
            None => &self.reached[&self.own_group],
        };
        reached.inbound.unbounded_send(message).map_err(|_| ConnectionClosed::Stopping)
    }

    /// The member who owns `document` if the lead may read it; `None` sends
    /// it to the lead's own repo.
    fn owner_for(&mut self, document: &DocumentId) -> Option<Arc<str>> {
        if let Some(route) = self.routes.get(document) {
            return route.clone();
        }
        let route = self.readable_owner(document);
        if route.is_none() {
            self.denied.insert(document.clone());
        }
        self.routes.insert(document.clone(), route.clone());
        route
    }

    fn readable_owner(&self, document: &DocumentId) -> Option<Arc<str>> {
        match self.accounts.access(&self.lead, document) {
            Ok(Some(Access::ReadOnly)) => self.owners.owner_of(document),
            Ok(_) => None,
            Err(err) => {
                tracing::error!(user = %self.lead, document = %document, error = %err, "cannot decide access; denying");
                None
            }
        }
    }

    /// Decides every route again; a document the lead asked for while denied
    /// and may read now is loaded in its owner's group's repo, which then offers it
    /// to the lead on this connection (as it would have with one repo).
    async fn access_changed(&mut self) {
        self.routes.clear();
        for document in std::mem::take(&mut self.denied) {
            let Some(owner) = self.owner_for(&document) else { continue };
            match self.reach(&owner).await {
                Ok(reached) => reached.repo.load(document),
                Err(err) => tracing::warn!(user = %self.lead, error = %err, "cannot reach a member's repo"),
            }
        }
    }
}

/// Runs a lead's connection until the lead leaves, sends a bad frame, is
/// revoked, or a repo ends its side.
pub(super) async fn serve<Frames, Socket>(
    mut link: LeadLink,
    mut from_repos: UnboundedReceiver<Outgoing>,
    mut frames: Frames,
    mut socket: Socket,
    mut access_changed: watch::Receiver<u64>,
) where
    Frames: Stream<Item = Result<Vec<u8>, ConnectionClosed>> + Unpin,
    Socket: Sink<Vec<u8>> + Unpin,
{
    access_changed.borrow_and_update();
    loop {
        tokio::select! {
            frame = frames.next() => match frame {
                Some(Ok(message)) => {
                    if let Err(err) = link.route(message).await {
                        tracing::error!(user = %link.lead, error = %err, "closing sync connection");
                        break;
                    }
                }
                // The frames say why they ended in the log.
                Some(Err(_)) | None => break,
            },
            message = from_repos.next() => match message {
                Some((Origin::Member, message)) if is_handshake(&message) => {}
                Some((_, message)) => {
                    if socket.send(message).await.is_err() {
                        break;
                    }
                }
                None => break,
            },
            Ok(()) = access_changed.changed() => link.access_changed().await,
        }
    }
    // Dropping the link ends each repo's side of the connection.
    drop(link);
    if socket.close().await.is_err() {
        tracing::debug!("the sync connection was already closed");
    }
}

/// Whether `message` is a handshake answer (`peer`).
fn is_handshake(message: &[u8]) -> bool {
    Envelope::open(message).is_ok_and(|envelope| envelope.kind == "peer")
}

/// A repo's side of a lead's connection: its messages go to the socket,
/// tagged with where they came from. When the repo ends its side, the whole
/// connection ends.
struct ToSocket {
    sender: UnboundedSender<Outgoing>,
    origin: Origin,
}

impl Sink<Vec<u8>> for ToSocket {
    type Error = SendError;

    fn poll_ready(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), SendError>> {
        Poll::Ready(Ok(()))
    }

    fn start_send(self: Pin<&mut Self>, message: Vec<u8>) -> Result<(), SendError> {
        self.sender.unbounded_send((self.origin, message)).map_err(|err| err.into_send_error())
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), SendError>> {
        Poll::Ready(Ok(()))
    }

    fn poll_close(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), SendError>> {
        self.sender.close_channel();
        Poll::Ready(Ok(()))
    }
}

/// The two fields of an automerge-repo message (a CBOR map) routing needs.
struct Envelope {
    kind: String,
    document: Option<DocumentId>,
}

impl Envelope {
    /// Reads the `type` and `documentId` of `message` the way samod does.
    fn open(message: &[u8]) -> Result<Envelope, String> {
        let mut decoder = Decoder::new(message);
        let fields = decoder.map().map_err(|err| err.to_string())?.ok_or("a map of unknown length")?;
        let (mut kind, mut document) = (None, None);
        for _ in 0..fields {
            match decoder.str().map_err(|err| err.to_string())? {
                "type" => kind = Some(decoder.str().map_err(|err| err.to_string())?.to_owned()),
                "documentId" => document = Some(document_id(&mut decoder)?),
                _ => decoder.skip().map_err(|err| err.to_string())?,
            }
        }
        let kind = kind.ok_or("no type")?;
        Ok(Envelope { kind, document })
    }
}

fn document_id(decoder: &mut Decoder<'_>) -> Result<DocumentId, String> {
    let parsed = if decoder.datatype().map_err(|err| err.to_string())? == Type::Bytes {
        DocumentId::try_from(decoder.bytes().map_err(|err| err.to_string())?.to_vec()).map_err(|err| err.to_string())
    } else {
        decoder.str().map_err(|err| err.to_string())?.parse::<DocumentId>().map_err(|err| err.to_string())
    };
    parsed.map_err(|err| format!("bad documentId: {err}"))
}
