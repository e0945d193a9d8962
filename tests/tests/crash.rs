//! The crash test: the crash writer (`fieldbook-crash-writer`) is started on one
//! data directory and killed with SIGKILL at a random moment, over and over.
//! After every kill the store file must pass SQLite's integrity check, the
//! replica must open, and every action any run acknowledged must be in the
//! portfolio.
//!
//! `FIELDBOOK_CRASH_KILLS` sets the number of kills (200 by default; 1000 for
//! the long mode), `FIELDBOOK_CRASH_SEED` replays a seed that failed. Run with
//! `--nocapture` to see the tally of acknowledged actions and where kills landed.
#![cfg(unix)]

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fieldbook_core::{Client, ClientId, Contact, Visit};
use fieldbook_replica::{Replica, ReplicaError, STORE_FILE};
use fieldbook_tests::{Line, Marker};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const DEFAULT_KILLS: u32 = 200;
/// The writer compacts this often, so that kills land inside compactions too.
const COMPACT_EVERY: u32 = 7;
/// One run in this many is killed at a random moment from its start, before it
/// may even have opened the store, rather than a while after it said `ready`.
const EARLY_KILL_ONE_IN: u32 = 8;

fn env_number(name: &str) -> Option<u64> {
    let value = std::env::var(name).ok()?;
    Some(value.parse().unwrap_or_else(|_| panic!("{name}={value} is not a number")))
}

#[test]
fn every_acknowledged_action_survives_kill_9() {
    let kills = env_number("FIELDBOOK_CRASH_KILLS").map_or(DEFAULT_KILLS, |n| n as u32);
    let seed = env_number("FIELDBOOK_CRASH_SEED").unwrap_or_else(|| {
        SystemTime::now().duration_since(UNIX_EPOCH).expect("the clock is after 1970").as_nanos() as u64
    });
    // Captured output is shown when the test fails.
    println!("crash test: {kills} kills, FIELDBOOK_CRASH_SEED={seed}");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut rng = StdRng::seed_from_u64(seed);
    let mut acknowledged = Acknowledged::default();
    let mut tally = Tally::default();

    for run in 1..=kills {
        let early = rng.random_range(0..EARLY_KILL_ONE_IN) == 0;
        let lines = run_and_kill(dir.path(), run, seed.wrapping_add(u64::from(run)), early, &mut rng)
            .unwrap_or_else(|error| panic!("run {run}, FIELDBOOK_CRASH_SEED={seed}: {error}"));
        tally.count(&lines, early);
        acknowledged.take(&lines);
        check_store(dir.path(), &acknowledged)
            .unwrap_or_else(|error| panic!("after run {run}, FIELDBOOK_CRASH_SEED={seed}: {error}"));
    }

    println!("{tally}");
    assert!(
        tally.runs_with_acks * 2 >= kills,
        "only {} of {kills} runs acknowledged an action; the test proves little (FIELDBOOK_CRASH_SEED={seed})",
        tally.runs_with_acks
    );
}

/// Starts the writer, kills it with SIGKILL after a random while, and returns
/// the complete lines it printed.
fn run_and_kill(dir: &Path, run: u32, writer_seed: u64, early: bool, rng: &mut StdRng) -> Result<Vec<Line>, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fieldbook-crash-writer"))
        .arg(dir)
        .args(["--run", &run.to_string(), "--seed", &writer_seed.to_string()])
        .args(["--compact-every", &COMPACT_EVERY.to_string()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the writer: {e}"))?;
    let stdout = child.stdout.take().ok_or("the writer's stdout is not piped")?;
    let (ready_tx, ready_rx) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        let mut lines = Vec::new();
        let mut line = String::new();
        // A line cut short by the kill was never acknowledged: it is dropped.
        while stdout.read_line(&mut line).is_ok_and(|n| n > 0) && line.ends_with('\n') {
            if line == "ready\n" {
                ready_tx.send(()).expect("the test waits for the writer's output");
            }
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        lines
    });

    if early {
        thread::sleep(Duration::from_millis(rng.random_range(0..=30)));
    } else {
        // Blocks until the writer says `ready`; fails if it ended without.
        let ready = ready_rx.recv();
        if ready.is_ok() {
            thread::sleep(Duration::from_millis(rng.random_range(5..=60)));
        }
    }
    child.kill().map_err(|e| format!("cannot kill the writer: {e}"))?;
    let status = child.wait().map_err(|e| format!("cannot wait for the writer: {e}"))?;
    let lines = reader.join().map_err(|_| "the reader of the writer's output panicked".to_string())?;
    drop(ready_rx);
    if status.signal() != Some(9) {
        let mut stderr = String::new();
        if let Some(mut pipe) = child.stderr.take() {
            pipe.read_to_string(&mut stderr).map_err(|e| format!("cannot read the writer's stderr: {e}"))?;
        }
        return Err(format!("the writer ended on its own ({status}) before the kill:\n{stderr}"));
    }
    lines.iter().map(|line| line.parse()).collect()
}

/// Every action acknowledged so far, by any run.
#[derive(Default)]
struct Acknowledged {
    /// Whether any run got as far as opening (or creating) the portfolio.
    portfolio_exists: bool,
    all: HashSet<Marker>,
    clients: Vec<Marker>,
    contacts: Vec<Marker>,
    visits: Vec<Marker>,
    notes: Vec<Marker>,
    /// The latest acknowledged industry of each edited client.
    industries: HashMap<ClientId, Marker>,
}

impl Acknowledged {
    fn take(&mut self, lines: &[Line]) {
        for line in lines {
            if let Some(marker) = line.marker() {
                self.all.insert(marker);
            }
            match line {
                Line::Ready => self.portfolio_exists = true,
                Line::Compacting | Line::Compacted => {}
                Line::Client(marker) => self.clients.push(*marker),
                Line::Contact(marker) => self.contacts.push(*marker),
                Line::Visit(marker) => self.visits.push(*marker),
                Line::Note(marker) => self.notes.push(*marker),
                Line::Industry(client, marker) => {
                    self.industries.insert(client.clone(), *marker);
                }
            }
        }
    }
}

/// Checks the store after a kill: SQLite integrity, that the replica opens, that
/// every acknowledged action is there, and that each run left at most one action
/// it had not acknowledged (the one the kill caught between commit and print).
fn check_store(dir: &Path, acknowledged: &Acknowledged) -> Result<(), String> {
    let file = dir.join(STORE_FILE);
    if file.exists() {
        let conn = rusqlite::Connection::open(&file).map_err(|e| format!("SQLite cannot open the store: {e}"))?;
        let mut statement = conn.prepare("PRAGMA integrity_check").map_err(|e| e.to_string())?;
        let report: Vec<String> = statement
            .query_map([], |row| row.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| format!("integrity check failed to run: {e}"))?;
        if report != ["ok"] {
            return Err(format!("integrity check: {report:?}"));
        }
    }

    let replica = match Replica::open(dir) {
        Err(ReplicaError::NotInitialized(_)) if !acknowledged.portfolio_exists => return Ok(()),
        opened => opened.map_err(|e| format!("the replica does not open: {e}"))?,
    };
    let portfolio = replica.portfolio();
    let clients = portfolio.records::<Client>().map_err(|e| format!("clients: {e}"))?;
    let contacts = portfolio.records::<Contact>().map_err(|e| format!("contacts: {e}"))?;
    let visits = portfolio.records::<Visit>().map_err(|e| format!("visits: {e}"))?;

    let client_names: HashSet<&str> = clients.iter().map(|c| c.name.as_str()).collect();
    let contact_names: HashSet<&str> = contacts.iter().map(|c| c.name.as_str()).collect();
    let note_lines: HashSet<&str> = visits.iter().flat_map(|v| v.notes.as_str().lines()).collect();
    let missing = |what: &str, marker: &Marker| Err(format!("acknowledged {what} {marker} is missing"));
    for marker in &acknowledged.clients {
        if !client_names.contains(marker.to_string().as_str()) {
            return missing("client", marker);
        }
    }
    for marker in &acknowledged.contacts {
        if !contact_names.contains(marker.to_string().as_str()) {
            return missing("contact", marker);
        }
    }
    for marker in &acknowledged.visits {
        if !note_lines.contains(marker.planned_line().as_str()) {
            return missing("visit", marker);
        }
    }
    for marker in &acknowledged.notes {
        if !note_lines.contains(marker.noted_line().as_str()) {
            return missing("note", marker);
        }
    }
    let by_id: HashMap<&ClientId, &Client> = clients.iter().map(|c| (&c.id, c)).collect();
    for (id, acked) in &acknowledged.industries {
        let client = by_id.get(id).ok_or_else(|| format!("client {id}, whose industry was edited, is missing"))?;
        let found: Marker = client.industry.parse().map_err(|e| format!("client {id}'s industry: {e}"))?;
        if found < *acked {
            return Err(format!("client {id}'s industry is {found}, older than the acknowledged {acked}"));
        }
    }

    // Markers written but not acknowledged: at most one per run.
    let mut unacknowledged: HashMap<u32, Vec<Marker>> = HashMap::new();
    let planned_or_noted = note_lines.iter().filter_map(|l| l.strip_suffix(" planned").or(l.strip_suffix(" noted")));
    for text in client_names.iter().chain(&contact_names).copied().chain(planned_or_noted) {
        let marker: Marker = text.parse()?;
        if !acknowledged.all.contains(&marker) {
            unacknowledged.entry(marker.run).or_default().push(marker);
        }
    }
    if let Some((run, markers)) = unacknowledged.iter().find(|(_, markers)| markers.len() > 1) {
        return Err(format!("run {run} left several unacknowledged actions: {markers:?}"));
    }
    Ok(())
}

/// What the runs did, for the report and the check that the test is not vacuous.
#[derive(Default)]
struct Tally {
    runs: u32,
    runs_with_acks: u32,
    acks: u32,
    early_kills: u32,
    killed_before_ready: u32,
    killed_mid_compaction: u32,
    compactions: u32,
}

impl Tally {
    fn count(&mut self, lines: &[Line], early: bool) {
        let acks = lines.iter().filter(|line| line.marker().is_some()).count() as u32;
        self.runs += 1;
        self.acks += acks;
        self.runs_with_acks += u32::from(acks > 0);
        self.early_kills += u32::from(early);
        self.killed_before_ready += u32::from(!lines.contains(&Line::Ready));
        self.killed_mid_compaction += u32::from(lines.last() == Some(&Line::Compacting));
        self.compactions += lines.iter().filter(|line| **line == Line::Compacted).count() as u32;
    }
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} runs: {} acknowledged actions, {} runs acknowledged at least one; \
             {} killed early ({} before the store was open), {} killed mid-compaction, {} compactions completed",
            self.runs,
            self.acks,
            self.runs_with_acks,
            self.early_kills,
            self.killed_before_ready,
            self.killed_mid_compaction,
            self.compactions
        )
    }
}
