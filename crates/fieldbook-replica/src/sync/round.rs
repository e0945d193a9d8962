//! One sync round: connect, exchange changes until both sides have each
//! other's, save what arrived, disconnect. Bridges the replica and samod: samod
//! runs on in-memory storage seeded from the store, and what it brings back is
//! merged into the replica and saved.
//!
//! A round asks `GET /api/me` what the user may sync, registers a new portfolio
//! with `POST /api/me/documents`, seeds an in-memory samod repo with the store's
//! bytes under the document id, dials `/sync`, waits until both sides hold each
//! other's changes (for a lead's read-only team copies: until we hold theirs),
//! saves what arrived through the store and records the heads the server
//! confirmed. `join` is a second device's first round: on a data directory
//! without a store it checks that `/api/me` lists a portfolio of the user's,
//! runs a round, and only then keeps the login; a failed join removes whatever
//! it wrote, so the directory stays empty.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use samod::storage::{InMemoryStorage, Storage, StorageKey};
use samod::{BackoffConfig, DialerEvent, DialerFailed, DialerHandle, DocHandle, DocumentId, PeerId, Repo};

use super::api::{Access, Account, Api};
use super::dialer::{BearerDialer, DialRefusal};
use super::status::{confirmed_heads, heads_text};
use super::{
    ACCESS_KEY, CONFIRMED_HEADS_KEY, Credentials, DOCUMENT_KEY, LAST_SYNCED_KEY, OWNER_KEY, READ_ONLY, READ_WRITE,
    REGISTERED_KEY, SERVER_KEY, SyncError, TEAM_DIR, USER_KEY,
};
use crate::{Replica, ReplicaError};

/// What a round did.
#[derive(Debug, Clone)]
pub struct SyncReport {
    /// The user synced as.
    pub user: String,
    /// Their role.
    pub role: String,
    /// Each portfolio synced.
    pub portfolios: Vec<SyncedPortfolio>,
}

/// One portfolio synced in a round.
#[derive(Debug, Clone)]
pub struct SyncedPortfolio {
    /// The manager it belongs to.
    pub owner: String,
    /// Where it is kept on this device.
    pub data_dir: PathBuf,
    /// Whether this device had no copy and pulled it whole.
    pub pulled: bool,
    /// Whether the server takes no changes to it from this user (it said so on the wire).
    pub read_only: bool,
    /// Local changes the server has not confirmed.
    pub unconfirmed_changes: usize,
}

/// Checks `credentials` with the server and keeps them in `data_dir`; returns the account.
pub async fn login(data_dir: &Path, credentials: &Credentials) -> Result<Account, SyncError> {
    let account = Api::new(credentials).account().await?;
    credentials.save(data_dir)?;
    Ok(account)
}

/// Runs one round on the portfolios of `data_dir` (and, for a lead, their team's),
/// failing if it does not finish within `timeout`.
pub async fn sync_round(data_dir: &Path, timeout: Duration) -> Result<SyncReport, SyncError> {
    let credentials =
        Credentials::load(data_dir)?.ok_or_else(|| SyncError::NotLoggedIn { data_dir: data_dir.to_path_buf() })?;
    let server = credentials.server().to_string();
    tokio::time::timeout(timeout, run_round(data_dir, &credentials))
        .await
        .map_err(|_| SyncError::TimedOut { server, seconds: timeout.as_secs() })?
}

/// A portfolio to sync.
pub(super) struct Target {
    pub(super) owner: String,
    pub(super) data_dir: PathBuf,
    pub(super) id: DocumentId,
    pub(super) access: Access,
    /// `None` when this device has no copy yet.
    pub(super) replica: Option<Replica>,
}

pub(super) async fn run_round(data_dir: &Path, credentials: &Credentials) -> Result<SyncReport, SyncError> {
    let server = credentials.server().to_string();
    let api = Api::new(credentials);
    let account = api.account().await?;
    let mut targets = plan(data_dir, credentials, &account, &api).await?;

    let repo = seeded_repo(&mut targets, &account).await?;
    let dialer = dial(&repo, credentials, BackoffConfig::default())?;
    let mut events = dialer.events();
    let outcome = async {
        dialer.established().await.map_err(|failure| dial_failure(&failure, &server))?;
        let connection = dialer.connection_id().ok_or_else(|| lost(&server, "closed at once"))?;
        let mut portfolios = Vec::with_capacity(targets.len());
        for target in targets {
            portfolios.push(exchange(&repo, connection, target, &account, &server).await?);
        }
        Ok(portfolios)
    };
    let connection_lost = async {
        while let Some(event) = events.next().await {
            if let DialerEvent::Disconnected { reason } = event {
                return lost(&server, &reason);
            }
        }
        SyncError::Stopped
    };
    let result = tokio::select! {
        outcome = outcome => outcome,
        error = connection_lost => Err(error),
    };
    dialer.close();
    repo.stop().await;
    Ok(SyncReport { user: account.user, role: account.role, portfolios: result? })
}

/// A samod repo announcing the account's peer id, its storage seeded with what
/// the store holds of each target (so nothing unsaved is ever offered).
pub(super) async fn seeded_repo(targets: &mut [Target], account: &Account) -> Result<Repo, SyncError> {
    let storage = InMemoryStorage::new();
    for target in targets {
        if let Some(replica) = &mut target.replica {
            let key = StorageKey::from_parts([target.id.to_string().as_str(), "snapshot", "fieldbook"])
                .map_err(|_| SyncError::Protocol { detail: format!("unusable document id {}", target.id) })?;
            storage.put(key, replica.portfolio_mut().save()).await;
        }
    }
    Ok(Repo::build_tokio().with_storage(storage).with_peer_id(PeerId::from(account.peer_id.clone())).load().await)
}

/// Dials the server's `/sync` with the token, reconnecting per `backoff`.
pub(super) fn dial(
    repo: &Repo,
    credentials: &Credentials,
    backoff: BackoffConfig,
) -> Result<DialerHandle<DialRefusal>, SyncError> {
    let tls = super::tls_config()?;
    repo.dial(backoff, Arc::new(BearerDialer::new(credentials.endpoint("/sync", true), credentials.token(), tls)))
        .map_err(|_| SyncError::Stopped)
}

/// The error a dialer that gave up stands for.
pub(super) fn dial_failure(failure: &DialerFailed<DialRefusal>, server: &str) -> SyncError {
    match failure {
        DialerFailed::PermanentFailure(refusal) => match refusal.as_ref() {
            DialRefusal::Unauthorized => SyncError::Unauthorized { server: server.to_owned() },
            DialRefusal::BadRequest(reason) => SyncError::Protocol { detail: reason.clone() },
        },
        DialerFailed::MaxRetriesReached => {
            SyncError::Unreachable { server: server.to_owned(), reason: "gave up reconnecting".into() }
        }
    }
}

fn lost(server: &str, reason: &str) -> SyncError {
    SyncError::ConnectionLost { server: server.to_owned(), reason: reason.to_owned() }
}

/// Decides which portfolios to sync: this device's own (registering a new one
/// first), the user's one on the server when this device has none, and a
/// lead's team's portfolios.
pub(super) async fn plan(
    data_dir: &Path,
    credentials: &Credentials,
    account: &Account,
    api: &Api<'_>,
) -> Result<Vec<Target>, SyncError> {
    let server = credentials.server().to_string();
    let own_on_server = account.documents.iter().find(|doc| doc.access == Access::ReadWrite);
    let mut targets = Vec::new();
    match open_if_present(data_dir)? {
        Some(mut replica) => {
            let id = match replica.store_ref().sync_value(DOCUMENT_KEY)? {
                Some(id) => {
                    check_server(&replica, data_dir, &server)?;
                    Some(id)
                }
                None if own_on_server.is_some() => {
                    return Err(SyncError::TwoPortfolios {
                        user: account.user.clone(),
                        data_dir: data_dir.to_path_buf(),
                    });
                }
                None if account.role == "manager" => {
                    let id = DocumentId::new(&mut rand::rng()).to_string();
                    replica.store().set_sync_values(&[
                        (DOCUMENT_KEY, &id),
                        (SERVER_KEY, &server),
                        (USER_KEY, &account.user),
                        (ACCESS_KEY, READ_WRITE),
                    ])?;
                    Some(id)
                }
                None => None,
            };
            if let Some(id) = id {
                if replica.store_ref().sync_value(REGISTERED_KEY)?.is_none() {
                    register(api, &id).await?;
                    replica.store().set_sync_values(&[(REGISTERED_KEY, "yes")])?;
                }
                let id = parse_id(&id)?;
                targets.push(Target {
                    owner: account.user.clone(),
                    data_dir: data_dir.to_path_buf(),
                    id,
                    access: Access::ReadWrite,
                    replica: Some(replica),
                });
            }
        }
        None => {
            if let Some(doc) = own_on_server {
                targets.push(Target {
                    owner: doc.owner.clone(),
                    data_dir: data_dir.to_path_buf(),
                    id: parse_id(&doc.id)?,
                    access: Access::ReadWrite,
                    replica: None,
                });
            }
        }
    }
    for doc in account.documents.iter().filter(|doc| doc.access == Access::ReadOnly) {
        let mut dir = data_dir.join(TEAM_DIR).join(&doc.owner);
        let replica = open_if_present(&dir)?;
        let replica = match replica {
            Some(replica) if replica.store_ref().sync_value(DOCUMENT_KEY)?.as_deref() != Some(doc.id.as_str()) => {
                // A second portfolio of the same member goes beside the first.
                dir = data_dir.join(TEAM_DIR).join(format!("{}-{}", doc.owner, doc.id));
                open_if_present(&dir)?
            }
            other => other,
        };
        targets.push(Target {
            owner: doc.owner.clone(),
            data_dir: dir,
            id: parse_id(&doc.id)?,
            access: Access::ReadOnly,
            replica,
        });
    }
    if targets.is_empty() {
        return Err(SyncError::NothingToSync { user: account.user.clone() });
    }
    Ok(targets)
}

/// Registers a new portfolio; a 409 means an earlier attempt got through before its answer was lost.
async fn register(api: &Api<'_>, id: &str) -> Result<(), SyncError> {
    match api.register(id).await {
        Err(SyncError::Refused { status: 409, .. }) | Ok(()) => Ok(()),
        Err(error) => Err(error),
    }
}

fn parse_id(id: &str) -> Result<DocumentId, SyncError> {
    id.parse().map_err(|_| SyncError::Protocol { detail: format!("'{id}' is not a document id") })
}

fn open_if_present(data_dir: &Path) -> Result<Option<Replica>, SyncError> {
    match Replica::open(data_dir) {
        Ok(replica) => Ok(Some(replica)),
        Err(ReplicaError::NotInitialized(_)) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

fn check_server(replica: &Replica, data_dir: &Path, server: &str) -> Result<(), SyncError> {
    match replica.store_ref().sync_value(SERVER_KEY)? {
        Some(synced_with) if synced_with != server => {
            Err(SyncError::OtherServer { data_dir: data_dir.to_path_buf(), synced_with, logged_in: server.to_owned() })
        }
        _ => Ok(()),
    }
}

/// Exchanges one portfolio's changes with the server and saves what arrived.
async fn exchange(
    repo: &Repo,
    connection: samod::ConnectionId,
    target: Target,
    account: &Account,
    server: &str,
) -> Result<SyncedPortfolio, SyncError> {
    let handle = repo.find(target.id.clone()).await.map_err(|_| SyncError::Stopped)?;
    let handle = handle.ok_or_else(|| SyncError::Unavailable { document: target.id.to_string() })?;
    match target.access {
        Access::ReadWrite => {
            futures::join!(handle.they_have_our_changes(connection), handle.we_have_their_changes(connection));
        }
        Access::ReadOnly => handle.we_have_their_changes(connection).await,
    }
    let mut target = target;
    let saved = save_exchanged(&mut target, &handle, connection, &account.user, server)?;
    Ok(SyncedPortfolio {
        owner: target.owner,
        data_dir: target.data_dir,
        pulled: saved.pulled,
        read_only: saved.read_only,
        unconfirmed_changes: saved.unconfirmed_changes,
    })
}

/// What [`save_exchanged`] found.
pub(super) struct Saved {
    /// Whether this device had no copy and adopted the document whole.
    pub(super) pulled: bool,
    /// Whether the server takes no changes to it from this user.
    pub(super) read_only: bool,
    /// Local changes the server has not confirmed.
    pub(super) unconfirmed_changes: usize,
}

/// After an exchange on `connection`: saves what `handle` holds that the
/// replica lacks (adopting the whole document when this device had none), and
/// records the heads the server confirmed and the time.
pub(super) fn save_exchanged(
    target: &mut Target,
    handle: &DocHandle,
    connection: samod::ConnectionId,
    user: &str,
    server: &str,
) -> Result<Saved, SyncError> {
    let read_only = server_takes_nothing(handle, connection) || target.access == Access::ReadOnly;
    let pulled = target.replica.is_none();
    let replica = match &mut target.replica {
        Some(replica) => {
            let heads = replica.portfolio_mut().heads();
            let bytes = handle.with_document(|doc| doc.save_after(&heads));
            replica.take_in(&bytes)?;
            replica
        }
        None => {
            let bytes = handle.with_document(|doc| doc.save());
            let mut replica = Replica::adopt(&target.data_dir, &bytes)?;
            let access = if target.access == Access::ReadOnly { READ_ONLY } else { READ_WRITE };
            replica.store().set_sync_values(&[
                (DOCUMENT_KEY, &target.id.to_string()),
                (REGISTERED_KEY, "yes"),
                (SERVER_KEY, server),
                (USER_KEY, user),
                (OWNER_KEY, &target.owner),
                (ACCESS_KEY, access),
            ])?;
            target.replica.insert(replica)
        }
    };
    let last_synced = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    // A read-only copy's handle holds only what the server sent (this device's changes are
    // never offered), so its heads are the server's too: a copy the lead never changed then
    // counts no unconfirmed changes, where counting from no heads at all counted the member's.
    let confirmed = handle.with_document(|doc| doc.get_heads());
    replica
        .store()
        .set_sync_values(&[(CONFIRMED_HEADS_KEY, &heads_text(&confirmed)), (LAST_SYNCED_KEY, &last_synced)])?;
    let confirmed = confirmed_heads(replica)?;
    let unconfirmed_changes = replica.portfolio_mut().count_changes_since(&confirmed);
    Ok(Saved { pulled, read_only, unconfirmed_changes })
}

/// Whether the server flagged, in its sync messages, that it ignores our changes.
fn server_takes_nothing(handle: &DocHandle, connection: samod::ConnectionId) -> bool {
    let (peers, _changes) = handle.peers();
    peers.get(&connection).is_some_and(|state| state.peer_read_only)
}
