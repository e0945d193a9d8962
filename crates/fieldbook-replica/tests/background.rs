//! The background sync against a server that accepts the connection and never
//! answers (a captive portal, a dead proxy): the status bar must say offline,
//! with why, instead of "connecting" for ever, and count the changes saved
//! while it is offline.

use std::net::TcpListener;
use std::time::{Duration, Instant};

use fieldbook_core::{Client, ClientId, Region, Settings, Tier};
use fieldbook_replica::Replica;
use fieldbook_replica::sync::{BackgroundSync, Credentials, SyncError, SyncState};

#[test]
fn a_server_that_never_answers_is_shown_offline_with_a_timeout() {
    // Connections complete in the listener's backlog; nothing ever reads or answers them.
    let silent = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let server = format!("http://{}", silent.local_addr().expect("its address"));
    let dir = tempfile::tempdir().expect("temp dir");
    Replica::create(dir.path(), &Settings::new("Li Na", Region::Cn)).expect("a portfolio");
    Credentials::new(&server, "secret").expect("credentials").save(dir.path()).expect("saved");

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    let background = {
        let _inside = runtime.enter();
        BackgroundSync::start(dir.path(), Duration::from_secs(60)).expect("started")
    };
    let deadline = Instant::now() + Duration::from_secs(60);
    let status = loop {
        let status = background.status();
        if status.sync.state == SyncState::Offline && status.problem.is_some() {
            break status;
        }
        assert!(Instant::now() < deadline, "still {:?} after a minute", status.sync.state);
        std::thread::sleep(Duration::from_millis(100));
    };
    let problem = status.problem.expect("why");
    assert!(
        matches!(&*problem, SyncError::TimedOut { server: named, seconds: 15 } if named.starts_with(&server)),
        "{problem:?}"
    );

    // A client added meanwhile counts as not yet on the server.
    let before = background.status().sync.unconfirmed_changes;
    let mut replica = Replica::open(dir.path()).expect("the portfolio");
    let client = Client::new(ClientId::from("cl_orlen00001".to_string()), "PKN Orlen", Tier::A);
    replica.apply(|portfolio| portfolio.add(client)).expect("added");
    background.local_change_saved();
    let deadline = Instant::now() + Duration::from_secs(60);
    while background.status().sync.unconfirmed_changes != before + 1 {
        assert!(Instant::now() < deadline, "the change saved while offline is not counted");
        std::thread::sleep(Duration::from_millis(100));
    }
    runtime.block_on(background.stop());
}
