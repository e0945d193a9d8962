//! Background sync for the desktop app: one tokio task keeps a connection to
//! the server open (samod reconnects with backoff), offers every locally saved
//! change, saves every change that arrives, and publishes a [`SyncStatus`] the
//! status bar can poll or watch.
//!
//! It reuses the one-round client's pieces (planning, the seeded repo, the
//! bearer dialer, saving what an exchange brought) and keeps its invariant: a
//! change is offered only once the store holds it, since the task reads local
//! changes from the store (`Replica::refresh`), never from the caller.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::{BoxStream, SelectAll};
use samod::{BackoffConfig, ConnectionId, DialerEvent, DocHandle, Repo};
use tokio::sync::{Notify, oneshot, watch};

use super::api::{Access, Api};
use super::round::{Target, dial, dial_failure, plan, save_exchanged, seeded_repo};
use super::{Credentials, SyncError, SyncState, SyncStatus, sync_status};

/// How long one exchange may take before the connection counts as lost.
const EXCHANGE_PATIENCE: Duration = Duration::from_secs(20);
/// How long asking the server for the account and the documents may take before the
/// attempt counts as failed: a server that accepts the connection and never answers
/// shows as offline, not as connecting for ever.
const PREPARE_PATIENCE: Duration = Duration::from_secs(15);
/// How often the task looks for changes another process saved without telling it.
const RESCAN_EVERY: Duration = Duration::from_secs(5);

/// What the status bar shows: the sync status, and the last problem, if any.
#[derive(Debug, Clone, serde::Serialize)]
pub struct BackgroundStatus {
    /// Connection state, last sync, unconfirmed changes.
    #[serde(flatten)]
    pub sync: SyncStatus,
    /// Why the last attempt failed (cleared once up to date): the error itself, shared,
    /// so the status bar says it from its code and arguments.
    pub problem: Option<Arc<SyncError>>,
    /// The user's role (`manager`, `lead`, `admin`), once the server said it.
    pub role: Option<String>,
}

/// A running background sync of one data directory; stop it with [`BackgroundSync::stop`].
pub struct BackgroundSync {
    status: watch::Receiver<BackgroundStatus>,
    saved: Arc<Notify>,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl BackgroundSync {
    /// Starts syncing the portfolios of `data_dir` (logged in with `fieldbook
    /// login`) on the current tokio runtime, waiting at most `max_backoff`
    /// between reconnection attempts.
    pub fn start(data_dir: &Path, max_backoff: Duration) -> Result<BackgroundSync, SyncError> {
        let initial = BackgroundStatus { sync: sync_status(data_dir)?, problem: None, role: None };
        let (publish, status) = watch::channel(initial);
        let saved = Arc::new(Notify::new());
        let (stop, stopped) = oneshot::channel();
        let backoff = BackoffConfig { max_delay: max_backoff, ..BackoffConfig::default() };
        let worker = Worker { data_dir: data_dir.to_path_buf(), publish, saved: Arc::clone(&saved), backoff };
        let task = tokio::spawn(worker.run(stopped));
        Ok(BackgroundSync { status, saved, stop, task })
    }

    /// The status now.
    pub fn status(&self) -> BackgroundStatus {
        self.status.borrow().clone()
    }

    /// A receiver that wakes on every status change.
    pub fn watch(&self) -> watch::Receiver<BackgroundStatus> {
        self.status.clone()
    }

    /// Tells the task that a change was saved to the store, to offer it now.
    pub fn local_change_saved(&self) {
        self.saved.notify_one();
    }

    /// Closes the connection and waits for the task to end.
    pub async fn stop(self) {
        // The task may have ended already; then there is nothing to tell it.
        let _ignored = self.stop.send(());
        if let Err(error) = self.task.await {
            eprintln!("the background sync task failed: {error}");
        }
    }
}

/// The task's side.
struct Worker {
    data_dir: PathBuf,
    publish: watch::Sender<BackgroundStatus>,
    saved: Arc<Notify>,
    backoff: BackoffConfig,
}

/// How a session ended.
enum Ended {
    /// Asked to stop.
    Stopped,
    /// Failed; retried after a backoff.
    Failed(SyncError),
}

impl Worker {
    async fn run(self, mut stopped: oneshot::Receiver<()>) {
        let mut delay = self.backoff.initial_delay;
        loop {
            self.set_state(SyncState::Connecting, None);
            match self.session(&mut stopped).await {
                Ended::Stopped => break,
                Ended::Failed(error) => self.set_state(SyncState::Offline, Some(Arc::new(error))),
            }
            self.count_unconfirmed();
            if self.stopped_while_offline(delay, &mut stopped).await {
                break;
            }
            delay = (delay * 2).min(self.backoff.max_delay);
        }
        self.set_state(SyncState::Offline, None);
    }

    /// Waits `delay` before the next attempt, counting the changes saved meanwhile
    /// as unconfirmed; `true` when asked to stop meanwhile.
    async fn stopped_while_offline(&self, delay: Duration, stopped: &mut oneshot::Receiver<()>) -> bool {
        let retry = tokio::time::sleep(delay);
        tokio::pin!(retry);
        loop {
            tokio::select! {
                _ = &mut *stopped => return true,
                () = &mut retry => return false,
                () = self.saved.notified() => self.count_unconfirmed(),
            }
        }
    }

    /// One connection's life: plan, dial, then sync on every event until stopped or failed.
    async fn session(&self, stopped: &mut oneshot::Receiver<()>) -> Ended {
        let credentials = match Credentials::load(&self.data_dir) {
            Ok(Some(credentials)) => credentials,
            Ok(None) => return Ended::Failed(SyncError::NotLoggedIn { data_dir: self.data_dir.clone() }),
            Err(error) => return Ended::Failed(error),
        };
        let server = credentials.server().to_string();
        let prepared = async {
            let api = Api::new(&credentials);
            let account = api.account().await?;
            let mut targets = plan(&self.data_dir, &credentials, &account, &api).await?;
            let repo = seeded_repo(&mut targets, &account).await?;
            let dialer = dial(&repo, &credentials, self.backoff.clone())?;
            Ok::<_, SyncError>((account, targets, repo, dialer))
        };
        let (account, mut targets, repo, dialer) = tokio::select! {
            _ = &mut *stopped => return Ended::Stopped,
            prepared = tokio::time::timeout(PREPARE_PATIENCE, prepared) => match prepared {
                Ok(Ok(prepared)) => prepared,
                Ok(Err(error)) => return Ended::Failed(error),
                Err(_) => return Ended::Failed(SyncError::TimedOut { server, seconds: PREPARE_PATIENCE.as_secs() }),
            },
        };
        self.publish.send_modify(|status| status.role = Some(account.role.clone()));
        let mut events = dialer.events();
        let mut session = Session { targets: Vec::new(), changes: SelectAll::new(), user: account.user, server };
        let mut rescan = tokio::time::interval(RESCAN_EVERY);
        // `due`: an exchange is wanted; `shown`: the status bar should show it
        // (not for the periodic rescan, which usually finds nothing).
        let (mut due, mut shown) = (false, false);
        let ended = loop {
            tokio::select! {
                _ = &mut *stopped => break Ended::Stopped,
                event = events.next() => match event {
                    Some(DialerEvent::Connected { .. }) => (due, shown) = (true, true),
                    Some(DialerEvent::Disconnected { reason }) => {
                        let lost = SyncError::ConnectionLost { server: session.server.clone(), reason };
                        self.set_state(SyncState::Offline, Some(Arc::new(lost)));
                    }
                    Some(DialerEvent::Reconnecting { .. }) => self.set_state(SyncState::Connecting, None),
                    Some(DialerEvent::MaxRetriesReached | DialerEvent::PermanentFailure) | None => {
                        let error = match dialer.established().await {
                            Err(failure) => dial_failure(&failure, &session.server),
                            Ok(_) => SyncError::Stopped,
                        };
                        break Ended::Failed(error);
                    }
                },
                () = self.saved.notified() => {
                    (due, shown) = (true, true);
                    if !dialer.is_connected() {
                        self.count_unconfirmed();
                    }
                }
                Some(()) = session.changes.next(), if !session.changes.is_empty() => (due, shown) = (true, true),
                _ = rescan.tick() => due = true,
            }
            let Some(connection) = dialer.connection_id().filter(|_| due) else { continue };
            if session.targets.is_empty()
                && let Err(error) = session.find(&repo, std::mem::take(&mut targets)).await
            {
                break Ended::Failed(error);
            }
            if shown {
                self.set_state(SyncState::Syncing, None);
            }
            let exchanged = tokio::select! {
                _ = &mut *stopped => break Ended::Stopped,
                exchanged = tokio::time::timeout(EXCHANGE_PATIENCE, session.exchange(connection)) => exchanged,
            };
            match exchanged {
                Ok(Ok(unconfirmed)) => {
                    (due, shown) = (false, false);
                    self.publish.send_modify(|status| {
                        status.sync.state = SyncState::UpToDate;
                        status.sync.unconfirmed_changes = unconfirmed;
                        status.sync.last_synced =
                            Some(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
                        status.sync.server = Some(session.server.clone());
                        status.sync.user = Some(session.user.clone());
                        status.problem = None;
                    });
                }
                Ok(Err(error)) => break Ended::Failed(error),
                Err(_elapsed) => {
                    let stalled = SyncError::Stalled { server: session.server.clone() };
                    self.set_state(SyncState::Connecting, Some(Arc::new(stalled)));
                }
            }
        };
        dialer.close();
        repo.stop().await;
        ended
    }

    /// Recounts, from the store, the local changes the server has not confirmed
    /// (while offline, so the count grows with each change saved).
    fn count_unconfirmed(&self) {
        match sync_status(&self.data_dir) {
            Ok(on_disk) => {
                self.publish.send_modify(|status| status.sync.unconfirmed_changes = on_disk.unconfirmed_changes)
            }
            Err(error) => self.publish.send_modify(|status| status.problem = Some(Arc::new(error))),
        }
    }

    fn set_state(&self, state: SyncState, problem: Option<Arc<SyncError>>) {
        self.publish.send_modify(|status| {
            status.sync.state = state;
            if problem.is_some() {
                status.problem = problem;
            }
        });
    }
}

/// The documents of a live connection, found once connected.
struct Session {
    targets: Vec<(Target, DocHandle)>,
    /// Wakes when samod changes a document (a change arrived, or one of ours was offered).
    changes: SelectAll<BoxStream<'static, ()>>,
    user: String,
    server: String,
}

impl Session {
    async fn find(&mut self, repo: &Repo, targets: Vec<Target>) -> Result<(), SyncError> {
        for target in targets {
            let handle = repo.find(target.id.clone()).await.map_err(|_| SyncError::Stopped)?;
            let handle = handle.ok_or_else(|| SyncError::Unavailable { document: target.id.to_string() })?;
            self.changes.push(handle.changes().map(drop).boxed());
            self.targets.push((target, handle));
        }
        Ok(())
    }

    /// Offers what the store holds that samod lacks, waits until both sides
    /// have each other's changes, and saves what arrived; returns the local
    /// changes the server has not confirmed.
    async fn exchange(&mut self, connection: ConnectionId) -> Result<usize, SyncError> {
        let mut unconfirmed = 0;
        for (target, handle) in &mut self.targets {
            if let (Some(replica), Access::ReadWrite) = (&mut target.replica, target.access) {
                replica.refresh()?;
                let ours = replica.portfolio_mut().heads();
                if handle.with_document(|doc| doc.get_heads()) != ours {
                    let bytes = replica.portfolio_mut().save();
                    handle.with_document(|doc| doc.load_incremental(&bytes)).map_err(|error| SyncError::Protocol {
                        detail: format!("samod refused our changes: {error}"),
                    })?;
                }
                futures::join!(handle.they_have_our_changes(connection), handle.we_have_their_changes(connection));
            } else {
                handle.we_have_their_changes(connection).await;
            }
            let saved = save_exchanged(target, handle, connection, &self.user, &self.server)?;
            unconfirmed += saved.unconfirmed_changes;
        }
        Ok(unconfirmed)
    }
}
