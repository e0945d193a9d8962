//! The app's sync against the real `fieldbook-sync` server, as a separate
//! process on 127.0.0.1: logging in from Settings, background sync reaching
//! "up to date", every saved change offered, and changes from another device
//! taken in. The server process is the shared test support's
//! (`fieldbook_tests::sync_server`), whose binary must be built first:
//! `cargo build -p fieldbook-sync`, or run `cargo test --workspace`. Waits
//! are bounded polling loops, never timed assertions.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::desks::new_client;
use fieldbook_core::{Client, ClientId, Tier};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::{SyncStateView, SyncStatusView};
use fieldbook_replica::Replica;
use fieldbook_replica::sync::{self, Credentials};
use fieldbook_tests::sync_server::{SyncServer, admin, issue_token, workspace_binary};

/// How long a condition may take before a test gives up on it.
pub(super) const PATIENCE: Duration = Duration::from_secs(60);

/// `fieldbook-sync serve` on its own data directory, killed when dropped.
pub(super) struct Server {
    _process: SyncServer,
    pub(super) url: String,
    binary: PathBuf,
    data: PathBuf,
}

impl Server {
    pub(super) fn start(data: &Path) -> Server {
        let binary = workspace_binary("fieldbook-sync");
        let process = SyncServer::start(&binary, data);
        Server { url: process.url(), _process: process, binary, data: data.to_path_buf() }
    }

    /// Runs an admin command on the server's data directory; returns what it printed.
    pub(super) fn admin(&self, args: &[&str]) -> String {
        admin(&self.binary, &self.data, args)
    }

    /// A manager account and a token for it.
    pub(super) fn manager_token(&self, user: &str) -> String {
        self.admin(&["user", "add", user, "--role", "manager"]);
        issue_token(&self.binary, &self.data, user).secret
    }
}

/// Polls the desk's sync status until `done` holds; panics with the last status after [`PATIENCE`].
pub(super) async fn wait_for(desk: &Desk, what: &str, done: impl Fn(&SyncStatusView) -> bool) -> SyncStatusView {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let status = commands::sync_status(desk).expect("sync status");
        if done(&status) {
            return status;
        }
        assert!(Instant::now() < deadline, "never {what}; last status: {status:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub(super) fn up_to_date(status: &SyncStatusView) -> bool {
    status.state == SyncStateView::UpToDate && status.unsynced_changes == 0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_logs_in_syncs_in_the_background_and_takes_in_another_devices_changes() {
    let temp = tempfile::tempdir().expect("temp dir");
    let server = Server::start(&temp.path().join("server"));
    let token = server.manager_token("anna.kowalska");

    let (_laptop, desk) = crate::desks::a_polish_desk();
    commands::add_client(&desk, &new_client("PKN Orlen", "A")).expect("client added");
    let not_configured = commands::sync_status(&desk).expect("status");
    assert_eq!(not_configured.state, SyncStateView::NotConfigured);
    assert_eq!(serde_json::to_value(&not_configured).expect("serialize")["state"], "not_configured");

    // Wrong tokens and dead servers are refused in Polish, and nothing is kept.
    let refused = commands::sync_login(&desk, &server.url, "not-the-token").await.expect_err("wrong token");
    assert_eq!(serde_json::to_value(&refused).expect("serialize")["code"], "unauthorized");
    assert!(refused.message.contains("token"), "message: {}", refused.message);
    let unreachable = commands::sync_login(&desk, "http://127.0.0.1:9", &token).await.expect_err("nothing listens");
    assert_eq!(serde_json::to_value(&unreachable).expect("serialize")["code"], "unreachable");
    assert!(unreachable.message.starts_with("Nie można połączyć"), "message: {}", unreachable.message);
    let bad_url = commands::sync_login(&desk, "ftp://example.com", &token).await.expect_err("not http");
    assert_eq!(bad_url.field.as_deref(), Some("server"));
    assert_eq!(commands::sync_status(&desk).expect("status").state, SyncStateView::NotConfigured);

    let logged_in = commands::sync_login(&desk, &server.url, &token).await.expect("logged in");
    assert_eq!(logged_in.user.as_deref(), Some("anna.kowalska"), "the login names the user before any round");
    let synced = wait_for(&desk, "up to date after the login", up_to_date).await;
    assert!(synced.last_synced.is_some());
    assert_eq!(synced.user.as_deref(), Some("anna.kowalska"));

    // A change saved in the app is offered at once: the count goes back to zero.
    commands::add_client(&desk, &new_client("PGE", "B")).expect("client added");
    let before = wait_for(&desk, "up to date after a local change", up_to_date).await.revision;

    // A second laptop pulls both clients, adds one and syncs it back.
    let second = temp.path().join("second");
    sync::login(&second, &Credentials::new(&server.url, &token).expect("credentials")).await.expect("login");
    sync::sync_round(&second, PATIENCE).await.expect("pulled");
    let mut replica = Replica::open(&second).expect("the pulled portfolio");
    assert_eq!(replica.portfolio().records::<Client>().expect("clients").len(), 2);
    replica.apply(|p| p.add(Client::new(ClientId::from("cl_tauron".to_owned()), "Tauron", Tier::C))).expect("add");
    sync::sync_round(&second, PATIENCE).await.expect("pushed");

    // The app takes it in without being asked, and says so with a new revision
    // (the status bar's poll is what takes it in; the UI then reloads its views).
    wait_for(&desk, "taking in the second laptop's change", |status| status.revision > before).await;
    let names: Vec<String> = commands::list_clients(&desk).expect("list").into_iter().map(|row| row.name).collect();
    assert_eq!(names.len(), 3, "clients: {names:?}");
    assert!(names.contains(&"Tauron".to_owned()), "clients: {names:?}");
}
