//! The app's sync against the real `fieldbook-sync` server, as a separate
//! process on 127.0.0.1: logging in from Settings, background sync reaching
//! "up to date", every saved change offered, and changes from another device
//! taken in. The server binary is found beside this test's executable
//! (`target/debug/`): `cargo build -p fieldbook-sync` first, or run
//! `cargo test --workspace`. Waits are bounded polling loops, never timed assertions.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fieldbook_core::{Client, ClientId, Tier};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::{NewClient, SyncStatusView};
use fieldbook_replica::Replica;
use fieldbook_replica::sync::{self, Credentials};

/// How long a condition may take before a test gives up on it.
pub(super) const PATIENCE: Duration = Duration::from_secs(60);

/// The `fieldbook-sync` binary beside this test executable.
fn server_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test executable's path");
    let path =
        exe.parent().and_then(Path::parent).expect("target/debug above target/debug/deps").join("fieldbook-sync");
    assert!(path.exists(), "{} is missing: run `cargo build -p fieldbook-sync` first", path.display());
    path
}

/// `fieldbook-sync serve` on its own data directory, killed when dropped.
pub(super) struct Server {
    child: Child,
    pub(super) url: String,
    data: PathBuf,
}

impl Server {
    pub(super) fn start(data: &Path) -> Server {
        let mut child = Command::new(server_binary())
            .args(["serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .env_remove("FIELDBOOK_SYNC_LISTEN")
            .env_remove("FIELDBOOK_SYNC_DATA")
            .env_remove("FIELDBOOK_SYNC_CONFIG")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start fieldbook-sync");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped stdout")).read_line(&mut line).expect("read the first line");
        let addr = line.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("unexpected: {line:?}"));
        Server { url: format!("http://{addr}"), child, data: data.to_path_buf() }
    }

    /// Runs an admin command on the server's data directory; returns what it printed.
    pub(super) fn admin(&self, args: &[&str]) -> String {
        let output = Command::new(server_binary())
            .arg("--data")
            .arg(&self.data)
            .args(args)
            .env_remove("FIELDBOOK_SYNC_DATA")
            .env_remove("FIELDBOOK_SYNC_CONFIG")
            .output()
            .expect("run fieldbook-sync");
        assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    /// A manager account and a token for it.
    pub(super) fn manager_token(&self, user: &str) -> String {
        self.admin(&["user", "add", user, "--role", "manager"]);
        let printed = self.admin(&["token", "issue", user]);
        printed.lines().find_map(|line| line.strip_prefix("token: ")).expect("a token line").to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Err(err) = self.child.kill() {
            eprintln!("cannot kill fieldbook-sync: {err}");
        }
        let _reaped = self.child.wait();
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
    status.state == "up_to_date" && status.unsynced_changes == 0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_app_logs_in_syncs_in_the_background_and_takes_in_another_devices_changes() {
    let temp = tempfile::tempdir().expect("temp dir");
    let server = Server::start(&temp.path().join("server"));
    let token = server.manager_token("anna.kowalska");

    let (_laptop, desk) = super::commands::a_polish_desk();
    commands::add_client(&desk, NewClient { name: "PKN Orlen".into(), tier: "A".into() }).expect("client added");
    assert_eq!(commands::sync_status(&desk).expect("status").state, "not_configured");

    // Wrong tokens and dead servers are refused in Polish, and nothing is kept.
    let refused = commands::sync_login(&desk, &server.url, "not-the-token").await.expect_err("wrong token");
    assert_eq!(serde_json::to_value(&refused).expect("serialize")["code"], "unauthorized");
    assert!(refused.message.contains("token"), "message: {}", refused.message);
    let unreachable = commands::sync_login(&desk, "http://127.0.0.1:9", &token).await.expect_err("nothing listens");
    assert_eq!(serde_json::to_value(&unreachable).expect("serialize")["code"], "unreachable");
    assert!(unreachable.message.starts_with("Nie można połączyć"), "message: {}", unreachable.message);
    let bad_url = commands::sync_login(&desk, "ftp://example.com", &token).await.expect_err("not http");
    assert_eq!(bad_url.field.as_deref(), Some("server"));
    assert_eq!(commands::sync_status(&desk).expect("status").state, "not_configured");

    commands::sync_login(&desk, &server.url, &token).await.expect("logged in");
    let synced = wait_for(&desk, "up to date after the login", up_to_date).await;
    assert!(synced.last_synced.is_some());
    assert_eq!(synced.user.as_deref(), Some("anna.kowalska"));

    // A change saved in the app is offered at once: the count goes back to zero.
    commands::add_client(&desk, NewClient { name: "PGE".into(), tier: "B".into() }).expect("client added");
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
