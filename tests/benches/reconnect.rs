//! Reconnecting after a week offline, measured on the wire.
//!
//! The `demo --clients 1000` portfolio (fresh, and again with 10,000 earlier
//! actions of history) is synced once with the real `fieldbook-sync` (release
//! build) on 127.0.0.1; then 500 user actions are made offline (visits planned and logged, notes, client edits, follow-ups),
//! and one `sync_round` reconnects. A [`WireTap`] between the client and the
//! server counts what crossed: the HTTP requests, the automerge-repo messages
//! each way, and the round trips until the round was up to date. Bytes are
//! compared with the size of the new changes (`Automerge::save_after` the
//! heads synced before, and the encoded changes themselves).
//!
//! Not a timing: it prints counts. Run with
//! `cargo build --release -p fieldbook-sync && cargo bench -p fieldbook-tests --bench reconnect`.

use std::path::Path;
use std::time::Duration;

use automerge::{Automerge, ChangeHash};
use fieldbook_core::{
    Client, Fields, PlannedStart, RecordId, Region, Settings, Task, TaskId, Visit, VisitId, VisitStatus,
};
use fieldbook_demo::{ClientMix, DemoSpec, generate_demo};
use fieldbook_replica::Replica;
use fieldbook_replica::sync::{Credentials, login, sync_round};
use fieldbook_tests::sync_server::{SyncServer, admin, issue_token, workspace_binary};
use fieldbook_tests::wire_tap::{Direction, TappedConnection, WireTap};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

/// User actions made offline: a busy week.
const OFFLINE_ACTIONS: usize = 500;
/// Actions made (and synced) before the week, for a portfolio fresh from the
/// demo and for one with some months of history.
const HISTORIES: [usize; 2] = [0, 10_000];
/// How long a round may take.
const ROUND_TIMEOUT: Duration = Duration::from_secs(300);

fn main() {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    for earlier_actions in HISTORIES {
        reconnect_after_a_week(&runtime, earlier_actions);
    }
}

/// One measurement on a fresh server: the demo portfolio with `earlier_actions`
/// actions of history, synced, then a week offline and the reconnecting round.
fn reconnect_after_a_week(runtime: &tokio::runtime::Runtime, earlier_actions: usize) {
    let binary = workspace_binary("fieldbook-sync");
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("server");
    admin(&binary, &data, &["user", "add", "li.na", "--role", "manager"]);
    let token = issue_token(&binary, &data, "li.na");
    let server = SyncServer::start(&binary, &data);
    let tap = runtime.block_on(WireTap::start(server.addr)).expect("start the wire tap");

    let device = root.path().join("laptop");
    demo_portfolio(&device);
    work(&device, earlier_actions, 1);
    let credentials = Credentials::new(&format!("http://{}", tap.addr()), &token.secret).expect("credentials");
    runtime.block_on(login(&device, &credentials)).expect("log in");
    runtime.block_on(sync_round(&device, ROUND_TIMEOUT)).expect("the first sync");
    let first = runtime.block_on(tap.take_closed());
    let synced = document(&device);
    println!(
        "\n=== the demo portfolio after {earlier_actions} earlier actions: {} changes, {} bytes saved",
        synced.get_changes(&[]).len(),
        synced.save().len()
    );
    println!("first sync:");
    print_round(&first);

    work(&device, OFFLINE_ACTIONS, 2);
    let after = document(&device);
    let new_changes = NewChanges::between(&synced.get_heads(), &after);

    let report = runtime.block_on(sync_round(&device, ROUND_TIMEOUT)).expect("the reconnecting sync");
    assert_eq!(report.portfolios[0].unconfirmed_changes, 0, "the server confirmed every change");
    let reconnect = runtime.block_on(tap.take_closed());
    println!(
        "reconnect after {OFFLINE_ACTIONS} offline actions: {} changes, save_after {} bytes, encoded changes {} bytes",
        new_changes.count, new_changes.saved, new_changes.encoded
    );
    print_round(&reconnect);
    let sync = reconnect.iter().find(|c| c.is_websocket()).expect("a sync connection");
    let on_wire: u64 = reconnect.iter().map(|c| c.bytes_to_server + c.bytes_to_client).sum();
    println!("round trips of sync messages: {}", sync.round_trips());
    println!(
        "sync message bytes / save_after: {:.3}; all TCP bytes / save_after: {:.3}",
        sync.message_bytes() as f64 / new_changes.saved as f64,
        on_wire as f64 / new_changes.saved as f64
    );
    println!(
        "sync message bytes / encoded changes: {:.3}; all TCP bytes / encoded changes: {:.3}",
        sync.message_bytes() as f64 / new_changes.encoded as f64,
        on_wire as f64 / new_changes.encoded as f64
    );
}

/// The changes made since some heads, and their size.
struct NewChanges {
    count: usize,
    /// `Automerge::save_after` the heads.
    saved: usize,
    /// The changes one by one, as a sync message carries them.
    encoded: usize,
}

impl NewChanges {
    fn between(before: &[ChangeHash], after: &Automerge) -> NewChanges {
        let changes = after.get_changes(before);
        NewChanges {
            count: changes.len(),
            saved: after.save_after(before).len(),
            encoded: changes.iter().map(|change| change.raw_bytes().len()).sum(),
        }
    }
}

/// Prints each connection of a round: its first request, bytes each way and messages.
fn print_round(connections: &[TappedConnection]) {
    for connection in connections {
        println!(
            "  {:<40} {:>9} bytes to the server, {:>9} to the client",
            connection.first_request, connection.bytes_to_server, connection.bytes_to_client
        );
        for message in &connection.messages {
            let arrow = match message.direction {
                Direction::ToServer => "->",
                Direction::ToClient => "<-",
            };
            println!("    {arrow} {:<20} {:>9} bytes ({} framed)", message.kind, message.payload, message.framed);
        }
    }
}

/// A data directory holding the compacted `demo --clients 1000` portfolio (seed 1).
fn demo_portfolio(dir: &Path) {
    let mut replica = Replica::create(dir, &Settings::new("Li Na", Region::Cn)).expect("create");
    let today = "2026-11-25".parse().expect("a date");
    let spec =
        DemoSpec { mix: ClientMix::Regions(vec![Region::Cn, Region::Pl, Region::Az]), ..DemoSpec::new(1000, 1, today) };
    replica.apply(|portfolio| generate_demo(portfolio, &spec)).expect("demo");
    replica.compact().expect("compact");
}

/// The portfolio on `dir` as a bare Automerge document. (`apply` is the way
/// to borrow the portfolio mutably, which saving needs; it commits nothing.)
fn document(dir: &Path) -> Automerge {
    let mut replica = Replica::open(dir).expect("open");
    let bytes = replica.apply(|portfolio| Ok(portfolio.save())).expect("save the portfolio");
    Automerge::load(&bytes).expect("load the portfolio")
}

/// `actions` user actions, each one durable commit, cycling through planning
/// a visit, noting on one, logging one done, editing a client and adding a
/// follow-up; new ids come from `seed`.
fn work(dir: &Path, actions: usize, seed: u64) {
    let mut replica = Replica::open(dir).expect("open");
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let zone = replica.portfolio().settings().expect("settings").time_zone;
    let clients = replica.portfolio().records::<Client>().expect("clients");
    let planned: Vec<VisitId> = replica
        .portfolio()
        .records::<Visit>()
        .expect("visits")
        .into_iter()
        .filter(|visit| visit.status == VisitStatus::Planned)
        .map(|visit| visit.id)
        .collect();
    for n in 0..actions {
        let client = &clients[n * 7 % clients.len()];
        let visit = &planned[n * 13 % planned.len()];
        match n % 5 {
            0 => {
                let day = format!("2026-12-{:02}", 1 + n % 28);
                let start = PlannedStart::parse(&day, "10:30", zone).expect("a start");
                let visit = Visit::planned(VisitId::generate(&mut rng), client.id.clone(), start, 60);
                replica.apply(|portfolio| portfolio.add(visit)).expect("plan a visit");
            }
            1 => {
                let line = format!("{}: asked about the new tariff and a second line for the branch", client.name);
                replica
                    .apply(|portfolio| {
                        portfolio.update::<Visit>(visit, "Note on", |visit| {
                            visit.append_note(&line);
                            Ok(())
                        })
                    })
                    .expect("note on a visit");
            }
            2 => {
                replica
                    .apply(|portfolio| {
                        portfolio.update::<Visit>(visit, "Log", |visit| {
                            visit.mark_done()?;
                            visit.outcome = "Renewal agreed; offer to follow".to_owned();
                            Ok(())
                        })
                    })
                    .expect("log a visit");
            }
            3 => {
                let industry = format!("logistics {n}");
                replica
                    .apply(|portfolio| {
                        portfolio.update::<Client>(&client.id, "Edit", |c| c.set_field("industry", &industry))
                    })
                    .expect("edit a client");
            }
            _ => {
                let mut task = Task::new(TaskId::generate(&mut rng), format!("Send the offer to {}", client.name));
                task.client_id = Some(client.id.clone());
                replica.apply(|portfolio| portfolio.add(task)).expect("add a follow-up");
            }
        }
    }
}
