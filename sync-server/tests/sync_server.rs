//! Tests of `fieldbook-sync` through its router and through the real binary
//! on 127.0.0.1 with a temporary data directory: HTTP/1.1 spoken on a
//! `TcpStream`, sync spoken by real samod peers over WebSockets, and broken
//! frames sent with a raw WebSocket client. Waits are bounded polling loops.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    path::Path,
    process::{Command, Output, Stdio},
    sync::Arc,
    time::{Duration, Instant},
};

use automerge::{AutomergeError, ROOT, ReadDoc, transaction::Transactable};
use fieldbook_sync::{
    AppState,
    accounts::{Accounts, Role},
    app,
    hub::{OWNERS_PER_REPO, REPO_IDLE, SyncHub},
    store::ChunkStore,
};
use fieldbook_tests::sync_server::{self as support, SyncServer, Token};
use futures::{SinkExt, StreamExt};
use samod::{BackoffConfig, DialerEvent, DialerHandle, DocHandle, DocumentId, PeerId, Repo};
use tokio_tungstenite::tungstenite;

const BIN: &str = env!("CARGO_BIN_EXE_fieldbook-sync");

/// How long a condition may take before a test gives up on it.
const PATIENCE: Duration = Duration::from_secs(20);

fn healthy_body() -> String {
    format!(r#"{{"status":"ok","version":"{}"}}"#, env!("CARGO_PKG_VERSION"))
}

/// Sends an HTTP/1.1 request and returns the status code and the body.
fn request(addr: SocketAddr, method: &str, path: &str, token: Option<&str>, body: Option<&str>) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect to the server");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some(token) = token {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    if let Some(body) = body {
        head.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n", body.len()));
    }
    write!(stream, "{head}\r\n{}", body.unwrap_or("")).expect("send the request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read the response");
    let (head, body) = response.split_once("\r\n\r\n").expect("a response with a head and a body");
    let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("a status line");
    (status, body.to_owned())
}

/// Sends `GET path` without a token.
fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    request(addr, "GET", path, None, None)
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|err| panic!("not JSON ({err}): {body}"))
}

fn start(data: &Path) -> SyncServer {
    SyncServer::start(Path::new(BIN), data)
}

fn sync_url(server: &SyncServer, token: &str) -> samod::Url {
    samod::Url::parse(&server.sync_url(token)).expect("a URL")
}

fn run(args: &[&str]) -> Output {
    support::run(Path::new(BIN), args)
}

/// Runs an admin command on `data` and expects success.
fn admin(data: &Path, args: &[&str]) -> String {
    support::admin(Path::new(BIN), data, args)
}

fn issue_token(data: &Path, user: &str) -> Token {
    support::issue_token(Path::new(BIN), data, user)
}

/// A team: the managers li.na and wang.wei, li.na in zhou.lead's team north,
/// and the admin root, each with a token.
struct Team {
    li_na: Token,
    wang_wei: Token,
    zhou: Token,
    root: Token,
}

fn a_team(data: &Path) -> Team {
    admin(data, &["user", "add", "li.na", "--role", "manager"]);
    admin(data, &["user", "add", "wang.wei", "--role", "manager"]);
    admin(data, &["user", "add", "zhou.lead", "--role", "lead"]);
    admin(data, &["user", "add", "root", "--role", "admin"]);
    admin(data, &["team", "add", "north", "--lead", "zhou.lead"]);
    admin(data, &["team", "add-member", "north", "li.na"]);
    Team {
        li_na: issue_token(data, "li.na"),
        wang_wei: issue_token(data, "wang.wei"),
        zhou: issue_token(data, "zhou.lead"),
        root: issue_token(data, "root"),
    }
}

/// Managers outside the team, with tokens, enough to fill li.na's repo group
/// when they connect right after her.
fn groupmates_of_li_na(data: &Path) -> Vec<(String, Token)> {
    (1..OWNERS_PER_REPO)
        .map(|n| {
            let user = format!("groupmate{n}");
            admin(data, &["user", "add", &user, "--role", "manager"]);
            (user.clone(), issue_token(data, &user))
        })
        .collect()
}

/// Polls `condition` until it holds, failing after [`PATIENCE`].
async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + PATIENCE;
    while !condition() {
        assert!(Instant::now() < deadline, "gave up waiting until {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A device: a samod repo in memory, connected to the server as `user`.
struct Device {
    repo: Repo,
    dialer: DialerHandle,
}

impl Device {
    async fn connect(server: &SyncServer, user: &str, token: &Token) -> Device {
        Device::dial(sync_url(server, &token.secret), user).await
    }

    async fn dial(url: samod::Url, user: &str) -> Device {
        let repo = Repo::build_tokio().with_peer_id(PeerId::from(format!("user/{user}"))).load().await;
        let dialer = repo.dial_websocket(url, BackoffConfig::default()).expect("dial");
        tokio::time::timeout(PATIENCE, dialer.established()).await.expect("connect in time").expect("connected");
        Device { repo, dialer }
    }

    async fn find(&self, id: &DocumentId) -> Option<DocHandle> {
        tokio::time::timeout(PATIENCE, self.repo.find(id.clone())).await.expect("an answer in time").expect("running")
    }

    /// `find`, asked again until the document is found or [`PATIENCE`] runs out, as the
    /// replica asks again on its next rescan: a portfolio registered moments before may
    /// be answered as missing until the server has taken its share decisions again
    /// (every accounts poll), which under load can come after the first request.
    async fn find_eventually(&self, id: &DocumentId) -> Option<DocHandle> {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let found = self.find(id).await;
            if found.is_some() || tokio::time::Instant::now() > deadline {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Waits until the server has every change of `doc` this device has.
    async fn wait_synced(&self, doc: &DocHandle) {
        let connection = self.dialer.connection_id().expect("connected");
        tokio::time::timeout(PATIENCE, doc.they_have_our_changes(connection)).await.expect("synced in time");
    }

    async fn stop(self) {
        self.dialer.close();
        self.repo.stop().await;
    }
}

fn put(doc: &DocHandle, key: &str, value: &str) {
    doc.with_document(|doc| {
        let mut tx = doc.transaction();
        tx.put(ROOT, key, value).expect("a local change");
        tx.commit();
    });
}

fn read(doc: &DocHandle, key: &str) -> Option<String> {
    doc.with_document(|doc| -> Result<_, AutomergeError> {
        Ok(doc.get(ROOT, key)?.and_then(|(value, _)| value.into_string().ok()))
    })
    .expect("read the document")
}

/// Creates a portfolio document on `device` and registers it for `token`'s manager.
async fn a_registered_portfolio(server: &SyncServer, device: &Device, token: &Token) -> DocHandle {
    let doc = device.repo.create(automerge::Automerge::new()).await.expect("create a document");
    let body = format!(r#"{{"id":"{}"}}"#, doc.document_id());
    let (status, answer) = request(server.addr, "POST", "/api/me/documents", Some(&token.secret), Some(&body));
    assert_eq!(status, 201, "{answer}");
    doc
}

#[tokio::test]
async fn router_answers_health_while_the_data_dir_exists() {
    let data = tempfile::tempdir().expect("temp dir");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local addr");
    let accounts = Arc::new(Accounts::open(data.path()).expect("open the accounts"));
    let store = ChunkStore::open(data.path()).expect("open the store");
    let (_access_changed, access_watch) = tokio::sync::watch::channel(0);
    let hub = SyncHub::start(store, accounts.clone(), access_watch, REPO_IDLE).await.expect("start the hub");
    let state = AppState { data_dir: data.path().to_owned(), accounts, hub };
    tokio::spawn(async move { axum::serve(listener, app(state)).await });

    let healthy = tokio::task::spawn_blocking(move || get(addr, "/health")).await.expect("request");
    assert_eq!(healthy, (200, healthy_body()));

    let missing = tokio::task::spawn_blocking(move || get(addr, "/nowhere")).await.expect("request");
    assert_eq!(missing.0, 404);

    data.close().expect("remove the data dir");
    let unavailable = tokio::task::spawn_blocking(move || get(addr, "/health")).await.expect("request");
    assert_eq!(unavailable, (503, format!(r#"{{"status":"unavailable","version":"{}"}}"#, env!("CARGO_PKG_VERSION"))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_owners_repo_stops_when_idle_and_starts_again_with_the_portfolio() {
    let data = tempfile::tempdir().expect("temp dir");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local addr");
    let accounts = Arc::new(Accounts::open(data.path()).expect("open the accounts"));
    accounts.add_user("li.na", Role::Manager).expect("add li.na");
    let token = accounts.issue_token("li.na").expect("a token");
    let store = ChunkStore::open(data.path()).expect("open the store");
    let (access_changed, access_watch) = tokio::sync::watch::channel(0);
    let idle = Duration::from_millis(200);
    let hub = SyncHub::start(store, accounts.clone(), access_watch, idle).await.expect("start the hub");
    let state = AppState { data_dir: data.path().to_owned(), accounts: accounts.clone(), hub: hub.clone() };
    tokio::spawn(async move { axum::serve(listener, app(state)).await });
    let url = || samod::Url::parse(&format!("ws://{addr}/sync?token={}", token.secret)).expect("a URL");

    let laptop = Device::dial(url(), "li.na").await;
    let portfolio = laptop.repo.create(automerge::Automerge::new()).await.expect("create a document");
    accounts.register_document("li.na", &portfolio.document_id().to_string()).expect("register");
    access_changed.send_modify(|version| *version += 1);
    put(&portfolio, "visit_note", "met the buyer");
    laptop.wait_synced(&portfolio).await;
    assert_eq!(hub.running_repos(), 1);

    laptop.stop().await;
    wait_until("li.na's repo stops without connections", || hub.running_repos() == 0).await;
    let second_laptop = Device::dial(url(), "li.na").await;
    let copy = second_laptop.find(&portfolio.document_id().clone()).await.expect("the portfolio, from disk");
    assert_eq!(read(&copy, "visit_note").as_deref(), Some("met the buyer"));
    assert_eq!(hub.running_repos(), 1);
    second_laptop.stop().await;
    hub.stop().await;
}

#[cfg(unix)]
#[test]
fn binary_creates_the_data_dir_serves_health_and_stops_on_sigterm() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("not").join("yet");
    let mut server = start(&data);

    assert!(data.is_dir(), "the data dir was not created");
    assert_eq!(get(server.addr, "/health"), (200, healthy_body()));

    let signalled = Command::new("kill").args(["-TERM", &server.pid().to_string()]).status().expect("run kill");
    assert!(signalled.success());
    let status = server.wait();
    assert!(status.success(), "exit after SIGTERM: {status}");
}

#[test]
fn bad_listen_value_exits_2_and_names_the_flag() {
    let data = tempfile::tempdir().expect("temp dir");
    let data = data.path().to_str().expect("UTF-8 temp path");
    let output = run(&["serve", "--data", data, "--listen", "not-an-address"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("--listen"), "stderr: {stderr}");
    assert!(stderr.contains("not-an-address"), "stderr: {stderr}");
}

#[test]
fn address_in_use_exits_1_and_names_the_address() {
    let taken = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = taken.local_addr().expect("local addr").to_string();
    let data = tempfile::tempdir().expect("temp dir");
    let data = data.path().to_str().expect("UTF-8 temp path");
    let output = run(&["serve", "--data", data, "--listen", &addr]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("cannot listen on {addr}")), "stderr: {stderr}");
}

#[test]
fn admin_commands_round_trip_and_name_bad_arguments() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    assert_eq!(team.li_na.id.len(), 8);
    assert_eq!(team.li_na.secret.len(), 64);
    assert_eq!(admin(&data, &["doc", "list", "--format", "json"]).trim(), "[]");
    admin(&data, &["token", "revoke", &team.root.id]);
    let database = std::fs::read(data.join(fieldbook_sync::database::FILE_NAME)).expect("read the database");
    let stored_in_clear = database.windows(64).any(|window| window == team.li_na.secret.as_bytes());
    assert!(!stored_in_clear, "the token secret is stored in the clear");

    let data = data.to_str().expect("UTF-8 temp path");
    for (args, named) in [
        (vec!["user", "add", "li.na", "--role", "manager"], "NAME"),
        (vec!["user", "add", "bad name", "--role", "manager"], "NAME"),
        (vec!["user", "add", "ok", "--role", "boss"], "--role"),
        (vec!["team", "add", "south", "--lead", "li.na"], "--lead"),
        (vec!["team", "add", "south", "--lead", "nobody"], "--lead"),
        (vec!["team", "add-member", "nowhere", "li.na"], "TEAM"),
        (vec!["team", "add-member", "north", "zhou.lead"], "NAME"),
        (vec!["token", "issue", "nobody"], "NAME"),
        (vec!["token", "revoke", "ffffffff"], "TOKEN_ID"),
        (vec!["doc", "list", "--format", "yaml"], "--format"),
    ] {
        let output = run(&[&["--data", data], args.as_slice()].concat());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(named), "{args:?} should name {named}: {stderr}");
    }
    let missing_data = run(&["user", "add", "x", "--role", "admin"]);
    assert_eq!(missing_data.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing_data.stderr).contains("--data"));
}

#[test]
fn api_me_answers_each_role_and_refuses_missing_wrong_and_revoked_tokens() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let server = start(&data);
    let id = DocumentId::new(&mut rand::rng()).to_string();
    let id = id.as_str();

    let body = format!(r#"{{"id":"{id}"}}"#);
    let (status, created) = request(server.addr, "POST", "/api/me/documents", Some(&team.li_na.secret), Some(&body));
    assert_eq!(
        (status, json(&created)),
        (201, serde_json::json!({"id": id, "owner": "li.na", "access": "read_write"}))
    );
    let again = request(server.addr, "POST", "/api/me/documents", Some(&team.wang_wei.secret), Some(&body));
    assert_eq!(again.0, 409, "{}", again.1);
    let by_lead = request(server.addr, "POST", "/api/me/documents", Some(&team.zhou.secret), Some(&body));
    assert_eq!(by_lead.0, 403, "{}", by_lead.1);
    for bad in [r#"{"id":"not-an-id"}"#, r#"{"name":"x"}"#, "not json"] {
        let (status, answer) = request(server.addr, "POST", "/api/me/documents", Some(&team.li_na.secret), Some(bad));
        assert_eq!((status, json(&answer)["field"].as_str()), (400, Some("id")), "{bad}: {answer}");
    }

    let (status, me) = request(server.addr, "GET", "/api/me", Some(&team.li_na.secret), None);
    assert_eq!(status, 200);
    assert_eq!(
        json(&me),
        serde_json::json!({"user": "li.na", "role": "manager", "peer_id": "user/li.na",
            "documents": [{"id": id, "owner": "li.na", "access": "read_write"}]})
    );
    let (status, me) = get(server.addr, &format!("/api/me?token={}", team.zhou.secret));
    assert_eq!(status, 200);
    assert_eq!(
        json(&me),
        serde_json::json!({"user": "zhou.lead", "role": "lead", "peer_id": "user/zhou.lead",
            "documents": [{"id": id, "owner": "li.na", "access": "read_only"}]})
    );
    let (_, me) = request(server.addr, "GET", "/api/me", Some(&team.wang_wei.secret), None);
    assert_eq!(json(&me)["documents"], serde_json::json!([]));
    let (_, me) = request(server.addr, "GET", "/api/me", Some(&team.root.secret), None);
    assert_eq!((json(&me)["role"].as_str(), json(&me)["documents"].clone()), (Some("admin"), serde_json::json!([])));

    admin(&data, &["token", "revoke", &team.wang_wei.id]);
    let wrong = "0".repeat(64);
    for (token, query) in
        [(None, ""), (Some(wrong.as_str()), ""), (Some(team.wang_wei.secret.as_str()), ""), (None, "?token=nope")]
    {
        for path in ["/api/me", "/sync"] {
            let (status, body) = request(server.addr, "GET", &format!("{path}{query}"), token, None);
            assert_eq!((status, json(&body)["code"].as_str()), (401, Some("unauthorized")), "{path}{query} {token:?}");
        }
    }
    let listed = admin(&data, &["doc", "list", "--format", "json"]);
    assert_eq!(json(&listed), serde_json::json!([{"id": id, "owner": "li.na"}]));
    assert!(admin(&data, &["doc", "list"]).contains(id));
    let log = server.log();
    for token in [&team.li_na, &team.zhou, &team.wang_wei] {
        assert!(!log.contains(&token.secret), "a token reached the log");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owner_syncs_second_device_finds_lead_reads_only_other_manager_finds_nothing() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let server = start(&data);

    let laptop = Device::connect(&server, "li.na", &team.li_na).await;
    let portfolio = a_registered_portfolio(&server, &laptop, &team.li_na).await;
    let id = portfolio.document_id().clone();
    put(&portfolio, "visit_note", "met the buyer");
    laptop.wait_synced(&portfolio).await;

    let second_laptop = Device::connect(&server, "li.na", &team.li_na).await;
    let copy = second_laptop.find(&id).await.expect("the second laptop finds the portfolio");
    assert_eq!(read(&copy, "visit_note").as_deref(), Some("met the buyer"));

    let lead = Device::connect(&server, "zhou.lead", &team.zhou).await;
    let seen = lead.find(&id).await.expect("the lead finds the member's portfolio");
    assert_eq!(read(&seen, "visit_note").as_deref(), Some("met the buyer"));
    // The lead's client can tell: the server announced it ignores their changes.
    let lead_connection = lead.dialer.connection_id().expect("connected");
    wait_until("the lead sees the server is read-only for them", || {
        seen.peers().0.get(&lead_connection).is_some_and(|state| state.peer_read_only)
    })
    .await;
    put(&seen, "visit_note", "edited by the lead");
    put(&portfolio, "follow_up", "send the offer");
    wait_until("the lead receives the owner's later change", || read(&seen, "follow_up").is_some()).await;
    laptop.wait_synced(&portfolio).await;

    let third_laptop = Device::connect(&server, "li.na", &team.li_na).await;
    let fresh = third_laptop.find(&id).await.expect("found");
    assert_eq!(read(&fresh, "follow_up").as_deref(), Some("send the offer"));
    assert_eq!(read(&fresh, "visit_note").as_deref(), Some("met the buyer"), "the lead's edit reached the server");
    assert_eq!(read(&portfolio, "visit_note").as_deref(), Some("met the buyer"), "the lead's edit reached the owner");

    let other = Device::connect(&server, "wang.wei", &team.wang_wei).await;
    let missing = DocumentId::new(&mut rand::rng());
    assert!(other.find(&missing).await.is_none());
    assert!(other.find(&id).await.is_none(), "another manager found li.na's portfolio");

    for device in [laptop, second_laptop, lead, third_laptop, other] {
        device.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_connected_before_a_manager_joins_the_team_reads_their_portfolio_on_the_same_connection() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let server = start(&data);
    let lead = Device::connect(&server, "zhou.lead", &team.zhou).await;
    let lead_connection = lead.dialer.connection_id().expect("connected");

    let laptop = Device::connect(&server, "wang.wei", &team.wang_wei).await;
    let portfolio = a_registered_portfolio(&server, &laptop, &team.wang_wei).await;
    let id = portfolio.document_id().clone();
    put(&portfolio, "visit_note", "called the buyer");
    laptop.wait_synced(&portfolio).await;
    // Denied looks like missing on the lead's routed connection too.
    assert!(lead.find(&DocumentId::new(&mut rand::rng())).await.is_none());
    assert!(lead.find(&id).await.is_none(), "the lead found the portfolio of a manager outside their team");

    let admin_data = data.clone();
    tokio::task::spawn_blocking(move || admin(&admin_data, &["team", "add-member", "north", "wang.wei"]))
        .await
        .expect("add wang.wei to the team");
    // The server offers the portfolio it refused before, on the open connection.
    let deadline = Instant::now() + PATIENCE;
    let seen = loop {
        if let Some(seen) = lead.find(&id).await
            && read(&seen, "visit_note").is_some()
        {
            break seen;
        }
        assert!(Instant::now() < deadline, "gave up waiting for the new member's portfolio to reach the lead");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(read(&seen, "visit_note").as_deref(), Some("called the buyer"));
    assert_eq!(lead.dialer.connection_id(), Some(lead_connection), "the lead reconnected");
    wait_until("the lead sees the server is read-only for them", || {
        seen.peers().0.get(&lead_connection).is_some_and(|state| state.peer_read_only)
    })
    .await;
    put(&portfolio, "follow_up", "send the offer");
    wait_until("the lead receives the member's later change", || read(&seen, "follow_up").is_some()).await;
    put(&seen, "visit_note", "edited by the lead");
    laptop.wait_synced(&portfolio).await;
    let second_laptop = Device::connect(&server, "wang.wei", &team.wang_wei).await;
    let fresh = second_laptop.find(&id).await.expect("found");
    assert_eq!(read(&fresh, "visit_note").as_deref(), Some("called the buyer"), "the lead's edit reached the server");

    for device in [lead, laptop, second_laptop] {
        device.stop().await;
    }
}

/// Owners share a repo a few at a time, in the order they first connect:
/// here li.na and three other managers fill one group, and the lead and
/// ma.li, who joins the team, are in the next. The lead reads both members'
/// portfolios on one connection, across the two repos; neither the lead nor
/// li.na finds the portfolio of a manager in li.na's group outside the team.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_reads_members_in_other_owners_repo_groups_and_nobody_reads_a_groupmate() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    admin(&data, &["user", "add", "ma.li", "--role", "manager"]);
    admin(&data, &["team", "add-member", "north", "ma.li"]);
    let ma_li = issue_token(&data, "ma.li");
    let groupmates = groupmates_of_li_na(&data);
    let server = start(&data);

    let li_na = Device::connect(&server, "li.na", &team.li_na).await;
    let li_na_portfolio = a_registered_portfolio(&server, &li_na, &team.li_na).await;
    put(&li_na_portfolio, "visit_note", "met the buyer");
    li_na.wait_synced(&li_na_portfolio).await;
    let mut devices = vec![];
    let mut groupmate_portfolio = None;
    for (user, token) in &groupmates {
        let device = Device::connect(&server, user, token).await;
        let portfolio = a_registered_portfolio(&server, &device, token).await;
        put(&portfolio, "visit_note", "a groupmate's client");
        device.wait_synced(&portfolio).await;
        groupmate_portfolio.get_or_insert_with(|| portfolio.document_id().clone());
        devices.push(device);
    }
    let groupmate_portfolio = groupmate_portfolio.expect("at least one groupmate");
    let lead = Device::connect(&server, "zhou.lead", &team.zhou).await;
    let ma_li_laptop = Device::connect(&server, "ma.li", &ma_li).await;
    let ma_li_portfolio = a_registered_portfolio(&server, &ma_li_laptop, &ma_li).await;
    put(&ma_li_portfolio, "visit_note", "signed the renewal");
    ma_li_laptop.wait_synced(&ma_li_portfolio).await;

    let seen = lead.find(li_na_portfolio.document_id()).await.expect("the lead finds li.na's portfolio");
    assert_eq!(read(&seen, "visit_note").as_deref(), Some("met the buyer"));
    let seen = lead.find_eventually(ma_li_portfolio.document_id()).await.expect("the lead finds ma.li's portfolio");
    assert_eq!(read(&seen, "visit_note").as_deref(), Some("signed the renewal"));
    assert!(lead.find(&groupmate_portfolio).await.is_none(), "the lead found a portfolio outside the team");
    assert!(li_na.find(&groupmate_portfolio).await.is_none(), "li.na found a groupmate's portfolio");
    assert!(li_na.find(ma_li_portfolio.document_id()).await.is_none(), "li.na found ma.li's portfolio");

    devices.extend([li_na, lead, ma_li_laptop]);
    for device in devices {
        device.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revoking_a_token_closes_its_live_connection_within_a_second() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let server = start(&data);
    let kept = Device::connect(&server, "li.na", &team.li_na).await;
    // A manager's connection goes to their repo; a lead's is routed by the hub.
    for user in ["li.na", "zhou.lead"] {
        let second = issue_token(&data, user);
        let revoked = Device::connect(&server, user, &second).await;
        let mut events = revoked.dialer.events();

        let admin_data = data.clone();
        let revoked_id = second.id.clone();
        tokio::task::spawn_blocking(move || admin(&admin_data, &["token", "revoke", &revoked_id]))
            .await
            .expect("revoke");
        let disconnected = tokio::time::timeout(Duration::from_secs(1), async {
            while let Some(event) = events.next().await {
                if matches!(event, DialerEvent::Disconnected { .. }) {
                    return true;
                }
            }
            false
        })
        .await;
        assert_eq!(disconnected, Ok(true), "{user}'s revoked token's connection is still open after a second");
        assert!(kept.dialer.is_connected(), "another token's connection was closed");
        assert_eq!(request(server.addr, "GET", "/api/me", Some(&second.secret), None).0, 401);
        drop(events);
        revoked.stop().await;
    }
    kept.stop().await;
}

/// A manager's laptop editing their portfolio, with every heads the server
/// told it it has, in order.
struct Editor {
    user: String,
    token: Token,
    laptop: Device,
    portfolio: DocHandle,
    acknowledged: Arc<std::sync::Mutex<Vec<automerge::ChangeHash>>>,
    recorder: tokio::task::JoinHandle<()>,
}

impl Editor {
    async fn start(server: &SyncServer, user: String, token: Token) -> Editor {
        let laptop = Device::connect(server, &user, &token).await;
        let portfolio = a_registered_portfolio(server, &laptop, &token).await;
        let connection = laptop.dialer.connection_id().expect("connected");
        let (_, mut updates) = portfolio.peers();
        let acknowledged = Arc::new(std::sync::Mutex::new(Vec::new()));
        let recorder = {
            let acknowledged = acknowledged.clone();
            tokio::spawn(async move {
                while let Some(update) = updates.next().await {
                    if let Some(heads) = update.get(&connection).and_then(|state| state.their_heads.clone()) {
                        acknowledged.lock().expect("not poisoned").extend(heads);
                    }
                }
            })
        };
        Editor { user, token, laptop, portfolio, acknowledged, recorder }
    }

    /// Stops editing; what the server acknowledged, and where to find it again.
    async fn stop(self) -> (String, Token, DocumentId, Vec<automerge::ChangeHash>) {
        self.laptop.stop().await;
        self.recorder.abort();
        let acknowledged = self.acknowledged.lock().expect("not poisoned").clone();
        (self.user, self.token, self.portfolio.document_id().clone(), acknowledged)
    }
}

/// A full group of managers sharing one repo edit at once while the server
/// is killed: every change it acknowledged to any of them is there after a
/// restart.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_mid_sync_keeps_every_acknowledged_change() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let mut managers = vec![("li.na".to_owned(), team.li_na)];
    managers.extend(groupmates_of_li_na(&data));
    let server = start(&data);
    let mut editors = vec![];
    for (user, token) in managers {
        editors.push(Editor::start(&server, user, token).await);
    }
    for visit in 0..40 {
        put(&editors[0].portfolio, &format!("visit_{visit}"), "noted");
    }
    editors[0].laptop.wait_synced(&editors[0].portfolio).await;
    // Keep editing while the server dies.
    let mut running = Some(server);
    for visit in 40..200 {
        for editor in &editors {
            put(&editor.portfolio, &format!("visit_{visit}"), "noted");
        }
        if visit == 120
            && let Some(server) = running.take()
        {
            drop(server.kill());
        }
        tokio::task::yield_now().await;
    }
    let mut stopped = vec![];
    for editor in editors {
        stopped.push(editor.stop().await);
    }
    assert!(!stopped[0].3.is_empty(), "the server acknowledged nothing");

    let restarted = start(&data);
    for (user, token, id, acknowledged) in stopped {
        let fresh = Device::connect(&restarted, &user, &token).await;
        match fresh.find(&id).await {
            Some(recovered) => {
                let kept = recovered
                    .with_document(|doc| acknowledged.iter().all(|hash| doc.get_change_by_hash(hash).is_some()));
                assert!(kept, "a change the server acknowledged to {user} was lost");
            }
            None => assert!(acknowledged.is_empty(), "{user}'s acknowledged portfolio is gone"),
        }
        fresh.stop().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_oversized_and_text_frames_close_only_that_connection() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("data");
    let team = a_team(&data);
    let server = start(&data);
    let laptop = Device::connect(&server, "li.na", &team.li_na).await;
    let portfolio = a_registered_portfolio(&server, &laptop, &team.li_na).await;
    laptop.wait_synced(&portfolio).await;
    let second_laptop = Device::connect(&server, "li.na", &team.li_na).await;
    let copy = second_laptop.find(&portfolio.document_id().clone()).await.expect("found");

    let oversized = vec![0xa1; 17 * 1024 * 1024];
    let bad_frames = [
        ("malformed", tungstenite::Message::Binary(vec![0xff, 0x00, 0x13].into())),
        ("oversized", tungstenite::Message::Binary(oversized.into())),
        ("text", tungstenite::Message::Text("hello".into())),
        ("typeless", tungstenite::Message::Binary(vec![0xa0].into())),
    ];
    // A lead's connection is routed by the hub itself: the same frames close it.
    let senders = [("li.na", &team.li_na), ("zhou.lead", &team.zhou)];
    let mut round = 0;
    for (sender, token) in senders {
        for (what, frame) in bad_frames.clone() {
            let (mut socket, _) = tokio_tungstenite::connect_async(sync_url(&server, &token.secret).as_str())
                .await
                .expect("a raw WebSocket connection");
            // A failed send means the server already closed: that is fine too.
            let _sent = socket.send(frame).await;
            let closed = tokio::time::timeout(PATIENCE, async {
                loop {
                    match socket.next().await {
                        None | Some(Err(_)) | Some(Ok(tungstenite::Message::Close(_))) => return,
                        Some(Ok(_)) => {}
                    }
                }
            })
            .await;
            assert!(closed.is_ok(), "the {what} frame from {sender} did not close its connection");

            let value = format!("after the {what} frame from {sender}");
            round += 1;
            put(&portfolio, &format!("round_{round}"), &value);
            wait_until("the other client keeps syncing", || {
                read(&copy, &format!("round_{round}")) == Some(value.clone())
            })
            .await;
        }
    }
    let log = server.log();
    let reasons =
        ["malformed binary frame", "Message too long", "text frame received", "unreadable automerge-repo message"];
    for reason in reasons {
        assert!(
            log.lines().any(|line| line.contains("\"level\":\"ERROR\"") && line.contains(reason)),
            "no logged error for {reason}: {log}"
        );
    }
    laptop.stop().await;
    second_laptop.stop().await;
}

#[test]
fn serve_reads_a_toml_file_and_the_environment_and_names_a_bad_file() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("from-file");
    let config = root.path().join("sync.toml");
    std::fs::write(&config, format!("data = {:?}\nlisten = \"127.0.0.1:0\"\n", data.to_str().expect("UTF-8")))
        .expect("write");
    let mut child = Command::new(BIN)
        .arg("serve")
        .env_remove("FIELDBOOK_SYNC_LISTEN")
        .env_remove("FIELDBOOK_SYNC_DATA")
        .env("FIELDBOOK_SYNC_CONFIG", &config)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start fieldbook-sync");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout")).read_line(&mut line).expect("read the first line");
    let addr: SocketAddr = line.trim().strip_prefix("listening on ").and_then(|a| a.parse().ok()).expect("an address");
    assert_eq!(get(addr, "/health"), (200, healthy_body()));
    assert!(data.join(fieldbook_sync::database::FILE_NAME).is_file(), "the file's data dir was not used");
    child.kill().expect("stop the server");
    child.wait().expect("reap the server");

    std::fs::write(&config, "data = 3\n").expect("write");
    let output = run(&["serve", "--config", config.to_str().expect("UTF-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--config"));
}
