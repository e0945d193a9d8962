//! End-to-end sync: the real `fieldbook-sync` server and the real `fieldbook`
//! CLI, as separate processes on 127.0.0.1 with temporary data directories.
//!
//! Both binaries are found next to this test's executable (`target/debug/`).
//! `cargo test --workspace` builds every binary of the workspace before it runs
//! a test; running only this crate's tests needs `cargo build --workspace`
//! first, and the tests say so when a binary is missing. Waits are bounded
//! polling loops, never timed assertions.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fieldbook_tests::sync_server::{self, SyncServer, Token, workspace_binary};
use tempfile::TempDir;

/// How long a condition may take before a test gives up on it.
const PATIENCE: Duration = Duration::from_secs(60);

/// `fieldbook-sync serve` on a data directory, on a free port.
fn start_server(data: &Path) -> SyncServer {
    SyncServer::start(&workspace_binary("fieldbook-sync"), data)
}

/// Runs a `fieldbook-sync` admin command on the server's data directory.
fn admin(data: &Path, args: &[&str]) -> String {
    sync_server::admin(&workspace_binary("fieldbook-sync"), data, args)
}

fn issue_token(data: &Path, user: &str) -> Token {
    sync_server::issue_token(&workspace_binary("fieldbook-sync"), data, user)
}

/// The server's data: managers li.na and wang.wei in zhou.lead's team north,
/// and the manager chen.yu in no team.
struct Team {
    li_na: Token,
    wang_wei: Token,
    zhou: Token,
    chen_yu: Token,
}

fn a_team(data: &Path) -> Team {
    for (user, role) in [("li.na", "manager"), ("wang.wei", "manager"), ("chen.yu", "manager"), ("zhou.lead", "lead")] {
        admin(data, &["user", "add", user, "--role", role]);
    }
    admin(data, &["team", "add", "north", "--lead", "zhou.lead"]);
    admin(data, &["team", "add-member", "north", "li.na"]);
    admin(data, &["team", "add-member", "north", "wang.wei"]);
    Team {
        li_na: issue_token(data, "li.na"),
        wang_wei: issue_token(data, "wang.wei"),
        zhou: issue_token(data, "zhou.lead"),
        chen_yu: issue_token(data, "chen.yu"),
    }
}

/// A device: a data directory the `fieldbook` CLI works on.
struct Device {
    dir: TempDir,
    /// Certificates the device trusts instead of the system's (`SSL_CERT_FILE`).
    trusted: Option<PathBuf>,
}

impl Device {
    fn new() -> Device {
        Device { dir: tempfile::tempdir().expect("a temp dir"), trusted: None }
    }

    /// A device whose certificate store holds the certificates in `file` (PEM) only.
    fn trusting(file: &Path) -> Device {
        Device { trusted: Some(file.to_path_buf()), ..Device::new() }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut command = Command::new(workspace_binary("fieldbook"));
        command.arg("--data-dir").arg(self.dir.path()).args(args);
        command.env_remove("FIELDBOOK_DATA_DIR").env_remove("FIELDBOOK_TOKEN").env_remove("SSL_CERT_DIR");
        match &self.trusted {
            Some(file) => command.env("SSL_CERT_FILE", file),
            None => command.env_remove("SSL_CERT_FILE"),
        };
        command.output().expect("run fieldbook")
    }

    /// Runs a command that must succeed; returns its standard output.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "fieldbook {args:?} failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 output")
    }

    fn login(&self, server: &SyncServer, token: &Token) -> String {
        self.ok(&["login", "--server", &server.url(), "--token", &token.secret])
    }

    fn sync(&self) -> String {
        self.ok(&["sync", "--timeout", "30"])
    }

    fn export(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["export", "json"])).expect("export json is JSON")
    }

    fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.ok(&["sync", "status", "--format", "json"])).expect("status is JSON")
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Syncs each device in turn until all export the same portfolio, at most a few rounds.
fn converge(devices: &[&Device]) -> serde_json::Value {
    for _round in 0..4 {
        for device in devices {
            device.sync();
        }
        let first = devices[0].export();
        if devices.iter().all(|device| device.export() == first) {
            return first;
        }
    }
    panic!("the devices did not converge in four rounds");
}

fn clients(export: &serde_json::Value) -> &Vec<serde_json::Value> {
    export["clients"].as_array().expect("a clients array")
}

fn record<'a>(list: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    list.as_array()
        .and_then(|records| records.iter().find(|record| record["id"] == id))
        .unwrap_or_else(|| panic!("no record {id} in {list}"))
}

#[test]
fn two_devices_edit_offline_and_converge_to_the_same_portfolio() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);

    let laptop = Device::new();
    laptop.ok(&["init", "--name", "Li Na"]);
    let client = laptop.ok(&["client", "add", "--name", "Orlen", "--tier", "B"]).trim().to_owned();
    let visit = laptop.ok(&["visit", "plan", "--client", &client, "--date", "2026-03-02", "--time", "10:00"]);
    let visit = visit.split_whitespace().find(|word| word.starts_with("vi_")).expect("a visit id").to_owned();
    let doomed = laptop.ok(&["visit", "plan", "--client", &client, "--date", "2026-03-09", "--time", "10:00"]);
    let doomed = doomed.split_whitespace().find(|word| word.starts_with("vi_")).expect("a visit id").to_owned();
    laptop.ok(&["note", &visit, "agenda: prices"]);
    let login = laptop.login(&server, &team.li_na);
    assert!(login.contains("li.na (manager)"), "{login}");
    assert!(!login.contains(&team.li_na.secret), "the token is never printed");
    assert!(laptop.sync().contains("up to date"));
    assert_eq!(laptop.status()["unconfirmed_changes"], 0);

    // The second laptop starts empty and pulls the portfolio.
    let tablet = Device::new();
    tablet.login(&server, &team.li_na);
    assert!(tablet.sync().contains("pulled"));
    assert_eq!(tablet.export(), laptop.export());

    // Offline on both: different fields of one client, the same visit's notes,
    // and one cancels a visit the other writes notes on.
    laptop.ok(&["client", "edit", &client, "--tier", "A"]);
    tablet.ok(&["client", "edit", &client, "--industry", "petrochemicals"]);
    laptop.ok(&["note", &visit, "laptop: asked for a discount"]);
    tablet.ok(&["note", &visit, "tablet: met the buyer"]);
    laptop.ok(&["visit", "cancel", &doomed]);
    tablet.ok(&["note", &doomed, "tablet: bring samples"]);
    let status = laptop.status();
    assert_eq!(status["state"], "offline");
    assert_eq!(status["unconfirmed_changes"], 3, "{status}");

    let merged = converge(&[&laptop, &tablet]);
    let orlen = record(&merged["clients"], &client);
    assert_eq!(orlen["tier"], "A", "{orlen}");
    assert_eq!(orlen["industry"], "petrochemicals", "{orlen}");
    let notes = record(&merged["visits"], &visit)["notes"].as_str().expect("notes").to_owned();
    for line in ["agenda: prices", "laptop: asked for a discount", "tablet: met the buyer"] {
        assert!(notes.contains(line), "{line:?} kept in {notes:?}");
    }
    let cancelled = record(&merged["visits"], &doomed);
    assert_eq!(cancelled["status"], "cancelled", "{cancelled}");
    assert!(cancelled["notes"].as_str().is_some_and(|n| n.contains("tablet: bring samples")), "{cancelled}");
    assert_eq!(laptop.status()["unconfirmed_changes"], 0);
    assert_eq!(tablet.status()["unconfirmed_changes"], 0);
    assert_eq!(clients(&merged).len(), 1);
}

/// A manager's device with a portfolio of one client, logged in and synced.
fn a_synced_manager(server: &SyncServer, name: &str, token: &Token, client_name: &str) -> Device {
    let device = Device::new();
    device.ok(&["init", "--name", name]);
    device.ok(&["client", "add", "--name", client_name, "--tier", "A"]);
    device.login(server, token);
    device.sync();
    device
}

#[test]
fn a_lead_pulls_the_team_read_only_and_managers_see_only_their_own() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let li_na = a_synced_manager(&server, "Li Na", &team.li_na, "Orlen");
    let wang_wei = a_synced_manager(&server, "Wang Wei", &team.wang_wei, "Lotos");
    let chen_yu = a_synced_manager(&server, "Chen Yu", &team.chen_yu, "Baltic Foods");

    let lead = Device::new();
    let login = lead.login(&server, &team.zhou);
    assert!(login.contains("zhou.lead (lead)"), "{login}");
    let report = lead.sync();
    assert!(report.contains("li.na: pulled (read-only)"), "{report}");
    assert!(report.contains("wang.wei: pulled (read-only)"), "{report}");
    assert!(!report.contains("chen.yu"), "chen.yu is in no team of zhou.lead: {report}");
    let member = |owner: &str| {
        let mut command = Command::new(workspace_binary("fieldbook"));
        command.arg("--data-dir").arg(lead.path().join("team").join(owner));
        command
    };
    let export = |owner: &str| -> serde_json::Value {
        let output = member(owner).args(["export", "json"]).output().expect("run fieldbook");
        assert!(output.status.success(), "{}", stderr(&output));
        serde_json::from_slice(&output.stdout).expect("JSON")
    };
    assert_eq!(export("li.na"), li_na.export());
    assert_eq!(export("wang.wei"), wang_wei.export());

    // The lead's client refuses edits and says why; nothing reaches the owner.
    let edit = member("li.na").args(["client", "add", "--name", "Lead's idea", "--tier", "B"]).output().expect("run");
    assert_eq!(edit.status.code(), Some(2), "{}", stderr(&edit));
    assert!(stderr(&edit).contains("read-only"), "{}", stderr(&edit));
    let status = member("li.na").args(["sync", "status", "--format", "json"]).output().expect("run");
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).expect("JSON");
    assert_eq!(status["read_only"], true, "{status}");
    assert_eq!(status["unconfirmed_changes"], 0, "the lead changed nothing in li.na's copy: {status}");
    // The owner's later edits still reach the lead.
    li_na.ok(&["client", "add", "--name", "PKN Trade", "--tier", "C"]);
    li_na.sync();
    let report = lead.sync();
    assert!(report.contains("li.na: up to date (read-only)"), "{report}");
    assert!(!report.contains("refused"), "no change of the lead's was refused: {report}");
    assert_eq!(export("li.na"), li_na.export());

    // The lead's view of the team's week: a row per member from their copies, just synced.
    let week: serde_json::Value =
        serde_json::from_str(&lead.ok(&["report", "team", "--format", "json"])).expect("the team report as JSON");
    let members = week["members"].as_array().expect("members");
    let owners: Vec<&str> = members.iter().filter_map(|member| member["owner"].as_str()).collect();
    assert_eq!(owners, ["li.na", "wang.wei"], "{week}");
    assert_eq!((members[0]["manager"].as_str(), members[0]["stale"].as_bool()), (Some("Li Na"), Some(false)));
    assert_eq!(week["stale"], 0, "{week}");
    let clients_of = |tier: usize| week["totals"]["coverage"][tier]["clients"].as_u64();
    assert_eq!((clients_of(0), clients_of(2)), (Some(2), Some(1)), "Orlen and Lotos are tier A, PKN Trade C: {week}");
    assert_eq!(week["totals"]["never_contacted"], 3, "no one was visited yet: {week}");
    let table = lead.ok(&["report", "team", "--lang", "zh-CN"]);
    assert!(table.contains("团队周报") && table.contains("Wang Wei (wang.wei)"), "{table}");

    // A manager sees only their own portfolio: nothing of the team reaches chen.yu.
    assert!(!lead.path().join("team").join("chen.yu").exists());
    let chen_export = chen_yu.export();
    assert_eq!(clients(&chen_export).len(), 1);
    assert!(!chen_yu.path().join("team").exists());
    let stranger = Device::new();
    stranger.login(&server, &team.chen_yu);
    assert!(stranger.sync().contains("chen.yu: pulled"), "chen.yu's second device gets chen.yu's portfolio only");
    assert_eq!(stranger.export(), chen_export);
}

#[test]
fn a_wrong_or_revoked_token_is_refused_and_learns_nothing() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let li_na = a_synced_manager(&server, "Li Na", &team.li_na, "Orlen");

    let intruder = Device::new();
    let wrong = "0".repeat(64);
    let refused = intruder.run(&["login", "--server", &server.url(), "--token", &wrong]);
    assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
    assert!(stderr(&refused).contains("refused the token"), "{}", stderr(&refused));
    assert!(!stderr(&refused).contains(&wrong), "the token is never printed");
    assert!(!intruder.path().join("credentials").exists(), "a refused login keeps nothing");

    let unreachable = intruder.run(&["login", "--server", "http://127.0.0.1:9", "--token", &wrong]);
    assert_eq!(unreachable.status.code(), Some(1), "{}", stderr(&unreachable));
    assert!(stderr(&unreachable).contains("http://127.0.0.1:9"), "{}", stderr(&unreachable));

    // A stolen laptop: the token is revoked, then its next round is refused.
    li_na.ok(&["client", "add", "--name", "Written after the theft", "--tier", "C"]);
    admin(&data, &["token", "revoke", &team.li_na.id]);
    let sync = li_na.run(&["sync", "--timeout", "30"]);
    assert!(!sync.status.success());
    assert!(stderr(&sync).contains("refused the token"), "{}", stderr(&sync));

    let new_token = issue_token(&data, "li.na");
    let second = Device::new();
    second.login(&server, &new_token);
    second.sync();
    let names: Vec<_> = clients(&second.export()).iter().map(|c| c["name"].clone()).collect();
    assert_eq!(names, ["Orlen"], "nothing crossed on the revoked token");
}

#[test]
fn the_server_killed_mid_sync_and_restarted_loses_nothing() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let laptop = a_synced_manager(&server, "Li Na", &team.li_na, "Orlen");
    let tablet = Device::new();
    tablet.login(&server, &team.li_na);
    tablet.sync();

    laptop.ok(&["demo", "--clients", "300", "--today", "2026-03-02"]);
    tablet.ok(&["client", "add", "--name", "Added on the tablet", "--tier", "B"]);
    let mut round = Command::new(workspace_binary("fieldbook"))
        .arg("--data-dir")
        .arg(laptop.path())
        .args(["sync", "--timeout", "30"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start a sync round");
    // Kill the server once the round has reached it (its log grows), or at the latest after the patience.
    let log = data.with_extension("log");
    let before = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
    let deadline = Instant::now() + PATIENCE;
    while std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0) == before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    let server = server.kill_and_restart();
    let _finished = round.wait().expect("the interrupted round ends");

    let merged = converge(&[&laptop, &tablet]);
    let names: Vec<_> = clients(&merged).iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&"Orlen") && names.contains(&"Added on the tablet"), "{names:?}");
    assert!(names.len() > 300, "every demo client arrived: {}", names.len());
    assert_eq!(laptop.status()["unconfirmed_changes"], 0);
    drop(server);
}

/// Waits, at most [`PATIENCE`], until `check` holds.
fn eventually(what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !check() {
        assert!(Instant::now() < deadline, "gave up waiting until {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn client_names(device: &Device) -> Vec<String> {
    clients(&device.export()).iter().filter_map(|c| c["name"].as_str().map(str::to_owned)).collect()
}

#[test]
fn a_background_synced_device_stays_in_sync_and_rides_out_a_server_restart() {
    use fieldbook_replica::sync::{BackgroundStatus, BackgroundSync, SyncState};

    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let desktop = Device::new();
    desktop.ok(&["init", "--name", "Li Na"]);
    desktop.ok(&["client", "add", "--name", "Orlen", "--tier", "A"]);
    desktop.login(&server, &team.li_na);

    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let background = {
        let _inside = runtime.enter();
        BackgroundSync::start(desktop.path(), Duration::from_millis(500)).expect("start the background sync")
    };
    let settled =
        |status: &BackgroundStatus| status.sync.state == SyncState::UpToDate && status.sync.unconfirmed_changes == 0;
    eventually("the desktop is up to date", || settled(&background.status()));
    assert!(background.status().sync.last_synced.is_some());

    // A tablet pulls what the desktop pushed on its own, and its change arrives
    // on the desktop with no `fieldbook sync` there.
    let tablet = Device::new();
    tablet.login(&server, &team.li_na);
    tablet.sync();
    assert_eq!(client_names(&tablet), ["Orlen"]);
    tablet.ok(&["client", "add", "--name", "Lotos", "--tier", "B"]);
    tablet.sync();
    eventually("the tablet's client reaches the desktop", || client_names(&desktop).contains(&"Lotos".to_owned()));

    // A change saved on the desktop is pushed as soon as the task hears of it.
    desktop.ok(&["client", "add", "--name", "PKN Trade", "--tier", "C"]);
    background.local_change_saved();
    eventually("the tablet gets the desktop's change", || {
        tablet.sync();
        client_names(&tablet).contains(&"PKN Trade".to_owned())
    });
    eventually("the desktop has nothing unconfirmed", || settled(&background.status()));

    // The server dies: the desktop notices; a change made meanwhile goes out once it is back.
    let killed = server.kill();
    eventually("the desktop notices the server is gone", || {
        matches!(background.status().sync.state, SyncState::Offline | SyncState::Connecting)
    });
    desktop.ok(&["client", "add", "--name", "Written offline", "--tier", "B"]);
    background.local_change_saved();
    eventually("the status counts the change made offline", || background.status().sync.unconfirmed_changes > 0);
    let server = killed.restart();
    eventually("the desktop is up to date again", || {
        let status = background.status();
        settled(&status) && desktop.status()["unconfirmed_changes"] == 0
    });
    tablet.sync();
    assert!(client_names(&tablet).contains(&"Written offline".to_owned()), "{:?}", client_names(&tablet));
    assert_eq!(tablet.export(), desktop.export());

    runtime.block_on(background.stop());
    drop(server);
}

/// The document id a device's portfolio syncs under.
fn document_id(device: &Device) -> String {
    let store = rusqlite::Connection::open(device.path().join("portfolio.sqlite")).expect("open the store");
    store
        .query_row("SELECT value FROM sync_state WHERE key = 'document_id'", [], |row| row.get(0))
        .expect("a document id after the first sync")
}

#[test]
fn the_official_js_automerge_repo_syncs_with_a_token_and_is_refused_without() {
    let interop = Path::new(env!("CARGO_MANIFEST_DIR")).join("interop");
    assert!(interop.join("node_modules").exists(), "run `npm --prefix tests/interop ci` first (`make test` does)");
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let laptop = a_synced_manager(&server, "Li Na", &team.li_na, "Orlen");
    let before = laptop.export();

    let output = Command::new("node")
        .current_dir(&interop)
        .arg("peer.mjs")
        .arg(server.addr.port().to_string())
        .args([&team.li_na.secret, "li.na", &document_id(&laptop), "Li Na"])
        .output()
        .expect("run node (Node 20 or later)");
    assert!(
        output.status.success(),
        "the JS peer failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        stderr(&output)
    );
    // The JS peer's change comes back to the Rust device, which still reads its portfolio.
    let status = laptop.sync();
    assert!(status.contains("up to date"), "{status}");
    assert_eq!(laptop.export(), before);
    assert_eq!(laptop.status()["unconfirmed_changes"], 0);
}

/// A TLS-terminating reverse proxy on 127.0.0.1, as a real deployment puts in
/// front of `fieldbook-sync`: its certificate, for `localhost`, is signed by a
/// CA made for the test, whose certificate is in `ca_file`.
struct TlsProxy {
    port: u16,
    ca_file: PathBuf,
    _runtime: tokio::runtime::Runtime,
}

impl TlsProxy {
    fn start(upstream: std::net::SocketAddr, dir: &Path) -> TlsProxy {
        use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
        use tokio_rustls::rustls::{self, pki_types::PrivateKeyDer};

        let ca_key = KeyPair::generate().expect("a CA key");
        let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA parameters");
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let ca = ca_params.self_signed(&ca_key).expect("a CA certificate");
        let ca_file = dir.join("test-ca.pem");
        std::fs::write(&ca_file, ca.pem()).expect("write the CA certificate");
        let issuer = Issuer::new(ca_params, ca_key);
        let key = KeyPair::generate().expect("a server key");
        let params = CertificateParams::new(vec!["localhost".to_owned()]).expect("server parameters");
        let certificate = params.signed_by(&key, &issuer).expect("a server certificate");

        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(vec![certificate.der().clone()], PrivateKeyDer::Pkcs8(key.serialize_der().into()))
            .expect("a TLS configuration");
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
        let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).expect("bind");
        let port = listener.local_addr().expect("local addr").port();
        runtime.spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client that fails the handshake (it does not trust us) just goes away.
                    let Ok(mut tls) = acceptor.accept(client).await else { return };
                    let Ok(mut server) = tokio::net::TcpStream::connect(upstream).await else { return };
                    // Either side closing ends the relay; how is of no interest here.
                    let _relayed = tokio::io::copy_bidirectional(&mut tls, &mut server).await;
                });
            }
        });
        TlsProxy { port, ca_file, _runtime: runtime }
    }

    fn url(&self) -> String {
        format!("https://localhost:{}", self.port)
    }
}

#[test]
fn devices_sync_over_https_and_wss_through_a_tls_proxy_and_check_its_certificate() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);
    let proxy = TlsProxy::start(server.addr, server_dir.path());

    let laptop = Device::trusting(&proxy.ca_file);
    laptop.ok(&["init", "--name", "Li Na"]);
    laptop.ok(&["client", "add", "--name", "Orlen", "--tier", "A"]);
    let login = laptop.ok(&["login", "--server", &proxy.url(), "--token", &team.li_na.secret]);
    assert!(login.contains("li.na (manager)"), "{login}");
    assert!(laptop.sync().contains("up to date"));

    let tablet = Device::trusting(&proxy.ca_file);
    tablet.ok(&["login", "--server", &proxy.url(), "--token", &team.li_na.secret]);
    assert!(tablet.sync().contains("pulled"));
    assert_eq!(tablet.export(), laptop.export());

    // A device that does not trust the proxy's CA refuses to talk to it, and says where.
    let stranger = Device::new();
    let refused = stranger.run(&["login", "--server", &proxy.url(), "--token", &team.li_na.secret]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(stderr(&refused).contains(&proxy.url()), "{}", stderr(&refused));
    assert!(!stranger.path().join("credentials").exists(), "a refused login keeps nothing");
}

/// A case as `case show --format json` gives it on `device`.
fn case_shown(device: &Device, case: &str) -> serde_json::Value {
    serde_json::from_str(&device.ok(&["case", "show", case, "--format", "json"])).expect("case show is JSON")
}

/// The steps of a shown case's timeline, each with whether it applied.
fn steps(shown: &serde_json::Value) -> Vec<(String, bool)> {
    let entries = shown["timeline"]["entries"].as_array().expect("a timeline");
    entries.iter().map(|e| (e["step"].as_str().expect("a step").to_owned(), e["applied"] == true)).collect()
}

#[test]
fn two_devices_act_on_one_case_offline_and_agree_on_where_it_stands() {
    let server_dir = tempfile::tempdir().expect("temp dir");
    let data = server_dir.path().join("server");
    let team = a_team(&data);
    let server = start_server(&data);

    let laptop = Device::new();
    laptop.ok(&["init", "--name", "Li Na"]);
    let client = laptop.ok(&["client", "add", "--name", "华东电力集团", "--tier", "A"]).trim().to_owned();
    let opened = ["case", "open", "--client", &client, "--category", "网络故障", "--severity", "high"];
    let case =
        laptop.ok(&[&opened[..], &["--channel", "phone", "--at", "2026-10-08 14:00"]].concat()).trim().to_owned();
    laptop.ok(&[
        "case",
        "resolve",
        &case,
        "--resolution",
        "更换了故障设备",
        "--channel",
        "phone",
        "--at",
        "2026-10-09 11:00",
    ]);
    laptop.login(&server, &team.li_na);
    laptop.sync();
    let tablet = Device::new();
    tablet.login(&server, &team.li_na);
    tablet.sync();
    assert_eq!(case_shown(&tablet, &case)["status"], "resolved");

    // Offline on both: the laptop records the client's confirmation at 10:00; the tablet,
    // earlier that morning, the client calling back that the fault is there again.
    laptop.ok(&["case", "note", &case, "--text", "客户电话确认已恢复", "--at", "2026-10-10 09:55"]);
    laptop.ok(&["case", "confirm", &case, "--satisfaction", "4", "--at", "2026-10-10 10:00"]);
    tablet.ok(&["case", "reopen", &case, "--reason", "故障再次出现", "--at", "2026-10-10 09:00"]);
    assert_eq!(case_shown(&laptop, &case)["status"], "confirmed");
    assert_eq!(case_shown(&tablet, &case)["status"], "reopened");

    converge(&[&laptop, &tablet]);
    let (on_laptop, on_tablet) = (case_shown(&laptop, &case), case_shown(&tablet, &case));
    assert_eq!(on_laptop["timeline"], on_tablet["timeline"], "one timeline on both devices");
    // Replayed in time order: reopened at 09:00, so the confirmation at 10:00 no longer fits;
    // it stays on the timeline, not applied, and the case is open again with its clock running.
    let expected = [("open", true), ("resolve", true), ("reopen", true), ("note", true), ("confirm", false)];
    let expected: Vec<(String, bool)> = expected.iter().map(|(step, applied)| ((*step).to_owned(), *applied)).collect();
    assert_eq!(steps(&on_laptop), expected);
    assert_eq!(on_laptop["status"], "reopened");
    assert_eq!(on_tablet["status"], "reopened");
    assert!(on_laptop["next_steps"].as_array().expect("steps").iter().any(|s| s == "resolve"), "{on_laptop}");
    let listed: serde_json::Value =
        serde_json::from_str(&tablet.ok(&["case", "list", "--open", "--format", "json"])).expect("JSON");
    assert_eq!(listed.as_array().expect("a list").len(), 1, "the reopened case is open on the tablet: {listed}");
}
