//! The replica through its public API, against real store files in temporary
//! data directories: durability of an applied action, atomicity of a failed
//! one, two processes' handles on one data directory, refusal of stores and
//! documents from a newer Fieldbook, and compaction losing nothing.

use std::path::{Path, PathBuf};

use automerge::{AutoCommit, ChangeHash, ROOT, transaction::Transactable};
use fieldbook_core::{
    ActorId, Client, ClientId, Contact, ContactId, FieldError, PlannedStart, Portfolio, PortfolioError, Record, Region,
    Settings, Tier, Visit, VisitId, mark_notified,
};
use fieldbook_replica::{Replica, ReplicaError, STORE_FILE, STORE_VERSION};
use rusqlite::Connection;
use tempfile::TempDir;

// ---------------------------------------------------------------------------
// Fixture builders

/// A manager in China, as `fieldbook init` would set up.
fn settings() -> Settings {
    Settings::new("Li Na", Region::Cn)
}

/// A fresh temporary data directory and a portfolio created in it.
fn new_replica() -> (TempDir, Replica) {
    let dir = tempfile::tempdir().expect("temp dir");
    let replica = Replica::create(dir.path(), &settings()).expect("create the portfolio");
    (dir, replica)
}

fn client_id(n: usize) -> ClientId {
    ClientId::from(format!("cl_client{n:05}"))
}

/// A tier-B client named `name`, with id `cl_client<n>`.
fn a_client(n: usize, name: &str) -> Client {
    Client::new(client_id(n), name, Tier::B)
}

/// A contact at client `n`.
fn a_contact_at(n: usize, contact: usize, name: &str) -> Contact {
    Contact::new(ContactId::from(format!("ct_contact{contact:04}")), client_id(n), name)
}

/// A one-hour routine visit to client `n` on 10 March 2026 at 10:00 Shanghai time.
fn a_visit_to(n: usize, visit: usize) -> Visit {
    let planned = PlannedStart {
        date: "2026-03-10".parse().expect("a date"),
        time: "10:00".parse().expect("a time"),
        zone: fieldbook_fixtures::shanghai(),
    };
    Visit::planned(VisitId::from(format!("vi_visit{visit:05}")), client_id(n), planned, 60)
}

/// Everything a user can see in the portfolio, to compare two states of it.
#[derive(Debug, PartialEq)]
struct Export {
    settings: Settings,
    clients: Vec<Client>,
    contacts: Vec<Contact>,
    visits: Vec<Visit>,
}

fn export(portfolio: &Portfolio) -> Export {
    Export {
        settings: portfolio.settings().expect("settings"),
        clients: portfolio.all_records().expect("clients"),
        contacts: portfolio.all_records().expect("contacts"),
        visits: portfolio.all_records().expect("visits"),
    }
}

fn names<T: Record>(portfolio: &Portfolio, name: impl Fn(&T) -> String) -> Vec<String> {
    let mut names: Vec<String> = portfolio.records::<T>().expect("records").iter().map(name).collect();
    names.sort();
    names
}

fn client_names(portfolio: &Portfolio) -> Vec<String> {
    names::<Client>(portfolio, |c| c.name.clone())
}

fn store_file(dir: &Path) -> PathBuf {
    dir.join(STORE_FILE)
}

/// Reads the store file with plain SQLite, bypassing the replica: the snapshot
/// followed by every change row, as a portfolio.
fn portfolio_on_disk(dir: &Path) -> Portfolio {
    let conn = Connection::open(store_file(dir)).expect("open the store file");
    let mut bytes: Vec<u8> =
        conn.query_row("SELECT bytes FROM snapshot WHERE id = 1", [], |row| row.get(0)).expect("the snapshot");
    let mut statement = conn.prepare("SELECT bytes FROM changes ORDER BY seq").expect("prepare");
    let rows = statement.query_map([], |row| row.get::<_, Vec<u8>>(0)).expect("change rows");
    for row in rows {
        bytes.extend(row.expect("a change row"));
    }
    Portfolio::load(&bytes).expect("a loadable portfolio")
}

fn heads_on_disk(dir: &Path) -> Vec<ChangeHash> {
    portfolio_on_disk(dir).heads()
}

fn change_rows(dir: &Path) -> i64 {
    let conn = Connection::open(store_file(dir)).expect("open the store file");
    conn.query_row("SELECT COUNT(*) FROM changes", [], |row| row.get(0)).expect("count change rows")
}

// ---------------------------------------------------------------------------
// Durability and atomicity

#[test]
fn an_action_is_durable_once_apply_returns() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "华东电力集团"))).expect("add a client");
    // Neither dropped nor closed: the connection stays open and un-checkpointed,
    // as when the process dies right after `apply` returns.
    std::mem::forget(replica);

    let reopened = Replica::open(dir.path()).expect("reopen");
    assert_eq!(reopened.portfolio().get::<Client>(&client_id(1)).expect("the client").name, "华东电力集团");
}

#[test]
fn an_action_is_durable_after_the_replica_is_dropped() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "Orlen"))).expect("add a client");
    replica.apply(|p| p.add(a_contact_at(1, 1, "Anna Nowak"))).expect("add a contact");
    drop(replica);

    let reopened = Replica::open(dir.path()).expect("reopen");
    assert_eq!(client_names(reopened.portfolio()), ["Orlen"]);
    assert_eq!(names::<Contact>(reopened.portfolio(), |c| c.name.clone()), ["Anna Nowak"]);
}

#[test]
fn a_failed_action_changes_nothing_in_memory_or_on_disk() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "Orlen"))).expect("add a client");
    let before = export(replica.portfolio());
    let heads_before = heads_on_disk(dir.path());
    let rows_before = change_rows(dir.path());

    // A contact at a client that does not exist.
    let error = replica.apply(|p| p.add(a_contact_at(99, 1, "Nobody"))).expect_err("unknown client");
    assert!(matches!(error, ReplicaError::Portfolio(PortfolioError::NotFound { noun: "client", .. })), "{error:?}");
    assert!(error.is_bad_input());

    // An invalid field.
    let error = replica.apply(|p| p.add(a_client(2, "   "))).expect_err("blank name");
    assert!(
        matches!(&error, ReplicaError::Portfolio(PortfolioError::InvalidField(e)) if e.field == "name"),
        "{error:?}"
    );

    // An edit whose change closure refuses.
    let error = replica
        .apply(|p| p.update::<Client>(&client_id(1), "Edit", |_| Err(FieldError::new("tier", "no"))))
        .expect_err("refused edit");
    assert!(error.is_bad_input());

    // An action that commits one step in memory and then fails: the whole action
    // is undone, including the step that succeeded.
    let error = replica
        .apply(|p| {
            p.add(a_client(3, "Half done"))?;
            p.add(a_contact_at(98, 2, "Nobody either"))
        })
        .expect_err("second step fails");
    assert!(error.is_bad_input());

    assert_eq!(export(replica.portfolio()), before, "in memory");
    assert_eq!(heads_on_disk(dir.path()), heads_before, "on disk");
    assert_eq!(change_rows(dir.path()), rows_before, "no change row written");
    drop(replica);

    let mut reopened = Replica::open(dir.path()).expect("reopen");
    assert_eq!(export(reopened.portfolio()), before, "after reopening");

    // And the replica still works afterwards.
    reopened.apply(|p| p.add(a_client(4, "PKN"))).expect("add after failures");
    assert_eq!(client_names(reopened.portfolio()), ["Orlen", "PKN"]);
}

// ---------------------------------------------------------------------------
// Two processes on one data directory (the CLI and the desktop app)

#[test]
fn two_handles_both_write_and_see_each_other_after_refresh() {
    let (dir, mut app) = new_replica();
    let mut cli = Replica::open(dir.path()).expect("second handle");

    app.apply(|p| p.add(a_client(1, "from the app"))).expect("app adds");
    cli.apply(|p| p.add(a_client(2, "from the CLI"))).expect("cli adds");
    // Writing took in what the app had saved already.
    assert_eq!(client_names(cli.portfolio()), ["from the CLI", "from the app"]);
    assert_eq!(client_names(app.portfolio()), ["from the app"], "the app has not refreshed yet");

    assert!(app.refresh().expect("app refreshes"), "the CLI's change is new to the app");
    assert_eq!(client_names(app.portfolio()), ["from the CLI", "from the app"]);
    assert!(!app.refresh().expect("refresh again"), "nothing new");

    // Concurrent edits of different fields of one client both survive.
    app.apply(|p| {
        p.update::<Client>(&client_id(1), "Edit", |c| {
            c.industry = "energy".into();
            Ok(())
        })
    })
    .expect("app edits");
    cli.apply(|p| {
        p.update::<Client>(&client_id(1), "Edit", |c| {
            c.address = "Płock".into();
            Ok(())
        })
    })
    .expect("cli edits");
    app.refresh().expect("app refreshes");
    let client = app.portfolio().get::<Client>(&client_id(1)).expect("client 1");
    assert_eq!((client.industry.as_str(), client.address.as_str()), ("energy", "Płock"));

    cli.refresh().expect("cli refreshes");
    assert_eq!(export(app.portfolio()), export(cli.portfolio()));
}

#[test]
fn two_handles_survive_compaction_by_either() {
    let (dir, mut app) = new_replica();
    let mut cli = Replica::open(dir.path()).expect("second handle");

    app.apply(|p| p.add(a_client(1, "one"))).expect("app adds");
    cli.apply(|p| p.add(a_client(2, "two"))).expect("cli adds");
    app.compact().expect("app compacts");
    cli.apply(|p| p.add(a_client(3, "three"))).expect("cli adds after the app compacted");
    app.apply(|p| p.add(a_client(4, "four"))).expect("app adds");
    cli.compact().expect("cli compacts");
    app.apply(|p| p.add(a_client(5, "five"))).expect("app adds after the cli compacted");
    app.refresh().expect("app refreshes");
    cli.refresh().expect("cli refreshes");

    let all = ["five", "four", "one", "three", "two"];
    assert_eq!(client_names(app.portfolio()), all);
    assert_eq!(client_names(cli.portfolio()), all);
    drop((app, cli));
    assert_eq!(client_names(Replica::open(dir.path()).expect("reopen").portfolio()), all);
}

/// Regression: when one process compacted change rows that another had not
/// read yet, the other never saw those changes (`refresh` only read change
/// rows), and its own next compaction wrote a snapshot without them, deleting
/// them from disk for good.
#[test]
fn changes_compacted_away_by_another_process_are_not_lost() {
    let (dir, mut app) = new_replica();
    let mut cli = Replica::open(dir.path()).expect("second handle");

    cli.apply(|p| p.add(a_client(1, "added by the CLI"))).expect("cli adds");
    cli.compact().expect("cli compacts: its change now lives only in the snapshot");

    assert!(app.refresh().expect("app refreshes"), "the app finds the CLI's change");
    assert_eq!(client_names(app.portfolio()), ["added by the CLI"]);

    cli.apply(|p| p.add(a_client(2, "added by the CLI later"))).expect("cli adds");
    cli.compact().expect("cli compacts again");
    app.apply(|p| p.add(a_client(3, "added by the app"))).expect("app adds");
    assert_eq!(client_names(app.portfolio()), ["added by the CLI", "added by the CLI later", "added by the app"]);
    app.compact().expect("app compacts");
    drop((app, cli));

    let reopened = Replica::open(dir.path()).expect("reopen");
    assert_eq!(client_names(reopened.portfolio()), ["added by the CLI", "added by the CLI later", "added by the app"]);
}

// ---------------------------------------------------------------------------
// Opening and creating

#[test]
fn open_on_an_empty_dir_is_not_initialized() {
    let dir = tempfile::tempdir().expect("temp dir");
    let error = Replica::open(dir.path()).err().expect("nothing to open");
    assert!(matches!(&error, ReplicaError::NotInitialized(d) if d == dir.path()), "{error:?}");
    assert!(!store_file(dir.path()).exists(), "opening created no store file");
}

#[test]
fn create_twice_is_already_initialized() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "kept"))).expect("add");
    drop(replica);

    let error = Replica::create(dir.path(), &settings()).err().expect("second create");
    assert!(matches!(&error, ReplicaError::AlreadyInitialized(f) if f == &store_file(dir.path())), "{error:?}");
    assert!(error.is_bad_input());
    assert_eq!(client_names(Replica::open(dir.path()).expect("reopen").portfolio()), ["kept"]);
}

/// Makes the store in `dir` look written by a newer Fieldbook.
fn set_store_version(dir: &Path, version: i64, journal_mode: &str) {
    let conn = Connection::open(store_file(dir)).expect("open the store file");
    conn.pragma_update_and_check(None, "journal_mode", journal_mode, |row| row.get::<_, String>(0))
        .expect("journal mode");
    conn.pragma_update(None, "user_version", version).expect("set user_version");
}

fn assert_newer_store_refused(dir: &Path) {
    let file = store_file(dir);
    let bytes_before = std::fs::read(&file).expect("read the store file");

    let error = Replica::open(dir).err().expect("a newer store is refused");
    match &error {
        ReplicaError::NewerStore { path, found: 99, supported } => {
            assert_eq!(path, &file);
            assert_eq!(*supported, STORE_VERSION);
        }
        other => panic!("expected NewerStore, got {other:?}"),
    }
    let message = error.to_string();
    assert!(message.contains(&file.display().to_string()), "the message names the file: {message}");
    assert!(message.contains("99"), "the message names the version: {message}");

    assert_eq!(std::fs::read(&file).expect("read the store file"), bytes_before, "the file is left unchanged");
}

#[test]
fn a_store_from_a_newer_fieldbook_is_refused_and_left_unchanged() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "Orlen"))).expect("add");
    drop(replica);
    set_store_version(dir.path(), 99, "wal");
    assert_newer_store_refused(dir.path());
}

/// Regression: opening switched the file to WAL before looking at its version,
/// so refusing a newer store that used another journal mode still rewrote it.
#[test]
fn refusing_a_newer_store_does_not_switch_its_journal_mode() {
    let (dir, replica) = new_replica();
    drop(replica);
    set_store_version(dir.path(), 99, "delete");
    assert_newer_store_refused(dir.path());
    let conn = Connection::open(store_file(dir.path())).expect("open the store file");
    let mode: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0)).expect("journal mode");
    assert_eq!(mode, "delete");
}

/// Appends to the store in `dir`, as a newer Fieldbook would, a change that
/// raises the document's `schema_version` to 99. Built with Automerge directly
/// because the core refuses to write anything but its own schema version.
fn raise_schema_version(dir: &Path) {
    let mut doc = AutoCommit::load(&portfolio_on_disk(dir).save()).expect("load the document");
    doc.set_actor(ActorId::random());
    let heads = doc.get_heads();
    doc.put(ROOT, "schema_version", 99_u64).expect("put schema_version");
    doc.commit();
    let change = doc.save_after(&heads);
    let conn = Connection::open(store_file(dir)).expect("open the store file");
    conn.execute("INSERT INTO changes (bytes) VALUES (?1)", [change]).expect("append the change");
}

#[test]
fn a_document_from_a_newer_schema_is_refused() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "Orlen"))).expect("add");
    drop(replica);
    raise_schema_version(dir.path());

    let error = Replica::open(dir.path()).err().expect("a newer schema is refused");
    assert!(
        matches!(error, ReplicaError::Portfolio(PortfolioError::NewerSchema { found: 99, supported: 1 })),
        "{error:?}"
    );
    assert!(!error.is_bad_input());
}

// ---------------------------------------------------------------------------
// Compaction

#[test]
fn compaction_keeps_everything() {
    let (dir, mut replica) = new_replica();
    // Past the automatic compaction once the change rows outgrow 64 KiB, then an explicit one.
    for n in 0..120 {
        replica.apply(|p| p.add(a_client(n, &format!("client {n}")))).expect("add a client");
        replica.apply(|p| p.add(a_contact_at(n, n, &format!("contact {n}")))).expect("add a contact");
        replica.apply(|p| p.add(a_visit_to(n, n))).expect("plan a visit");
        replica
            .apply(|p| {
                p.update::<Visit>(&VisitId::from(format!("vi_visit{n:05}")), "Note on", |v| {
                    v.notes.update(format!("note {n}\n"));
                    Ok(())
                })
            })
            .expect("take a note");
        replica
            .apply(|p| {
                p.update::<Client>(&client_id(n / 2), "Edit", |c| {
                    c.industry = format!("industry {n}");
                    Ok(())
                })
            })
            .expect("edit a client");
        if n % 10 == 0 {
            replica.apply(|p| p.remove::<Contact>(&ContactId::from(format!("ct_contact{n:04}")))).expect("remove");
        }
    }
    assert!(change_rows(dir.path()) < 500, "the replica compacted on its own");
    let before = export(replica.portfolio());
    assert_eq!(before.clients.len(), 120);
    assert_eq!(before.visits[7].notes.as_str(), "note 7\n");
    assert_eq!(before.contacts.iter().filter(|c| c.removed).count(), 12);
    assert_eq!(before.clients[59].industry, "industry 119");

    replica.compact().expect("compact");
    assert_eq!(change_rows(dir.path()), 0);
    assert_eq!(export(replica.portfolio()), before, "in memory");
    drop(replica);

    let reopened = Replica::open(dir.path()).expect("reopen");
    assert_eq!(export(reopened.portfolio()), before, "after reopening");
    assert_eq!(export(&portfolio_on_disk(dir.path())), before, "the snapshot alone");
}

#[test]
fn compaction_gives_the_space_of_the_change_rows_back_to_the_disk() {
    let (dir, mut replica) = new_replica();
    for n in 0..300 {
        replica
            .apply(|p| p.add(a_client(n, &format!("Client {n} with a long enough name to take space"))))
            .expect("add");
    }
    let store = dir.path().join(STORE_FILE);
    let on_disk = || {
        ["", "-wal"]
            .iter()
            .filter_map(|suffix| std::fs::metadata(format!("{}{suffix}", store.display())).ok())
            .map(|m| m.len())
            .sum::<u64>()
    };
    drop(replica);
    let before = on_disk();
    let mut replica = Replica::open(dir.path()).expect("reopen");
    replica.compact().expect("compact");
    drop(replica);
    let after = on_disk();
    let snapshot: i64 = Connection::open(&store)
        .expect("open")
        .query_row("SELECT length(bytes) FROM snapshot", [], |row| row.get(0))
        .expect("snapshot");
    assert!(after < before, "compaction shrank the file: {before} -> {after}");
    assert!(after < u64::try_from(snapshot).expect("size") + 64 * 1024, "{after} bytes for a {snapshot}-byte snapshot");
}

#[test]
fn a_version_1_store_gains_the_sync_state_on_open_and_keeps_its_portfolio() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "Orlen"))).expect("add");
    drop(replica);
    {
        let conn = Connection::open(store_file(dir.path())).expect("open the store file");
        conn.execute_batch("DROP TABLE sync_state; PRAGMA user_version = 1;").expect("make it a version 1 store");
    }

    let mut replica = Replica::open(dir.path()).expect("a version 1 store opens");
    assert_eq!(client_names(replica.portfolio()), ["Orlen"]);
    let version: i64 = Connection::open(store_file(dir.path()))
        .expect("open the store file")
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .expect("read user_version");
    assert_eq!(version, STORE_VERSION);
    let status = fieldbook_replica::sync::sync_status(dir.path()).expect("the sync state is readable");
    assert_eq!(status.unconfirmed_changes, 2, "neither change was ever confirmed by a server");
    replica.apply(|p| p.add(a_client(2, "Lotos"))).expect("the migrated store takes changes");
}

// ---------------------------------------------------------------------------
// Notifications

/// Regression guard for desktop notifications: a reminder announced and recorded
/// through the store is not announced again by the next process that opens it.
#[test]
fn a_reminder_announced_before_a_restart_is_not_announced_after_it() {
    let (dir, mut replica) = new_replica();
    replica.apply(|p| p.add(a_client(1, "江南银行"))).expect("client");
    let mut boss = a_contact_at(1, 1, "李经理");
    boss.key_person = true;
    boss.birthday = Some("1980-10-10".parse().expect("a birthday"));
    replica.apply(|p| p.add(boss)).expect("key person");

    let now: fieldbook_core::Instant = "2025-10-10T09:00:00+08:00".parse().expect("an instant");
    let zone = settings().time_zone;
    let due = fieldbook_core::reminders_to_notify(replica.portfolio(), now, zone).expect("decided");
    assert_eq!(due.len(), 1, "the birthday call");
    replica.apply(|p| mark_notified(p, &due, now, zone)).expect("recorded");
    drop(replica);

    let reopened = Replica::open(dir.path()).expect("reopen");
    let later: fieldbook_core::Instant = "2025-10-10T15:00:00+08:00".parse().expect("an instant");
    assert!(fieldbook_core::reminders_to_notify(reopened.portfolio(), later, zone).expect("decided").is_empty());
}
