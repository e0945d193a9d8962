//! `sync-load`: a load harness for sync servers speaking the automerge-repo
//! WebSocket protocol v1, run the same way against `fieldbook-sync` and
//! against the reference `@automerge/automerge-repo-sync-server` (npm).
//!
//! It starts the server on 127.0.0.1 with a fresh data directory, connects
//! `--clients` simulated clients (each a [`peer::LoadPeer`] with its own
//! document; for `fieldbook-sync` each is a manager with a token who
//! registered the document), lets every document reach the server, then has
//! all clients make `--edits` edits at once, one after another, each waiting
//! until the server confirms having it (its sync reply carries our heads).
//!
//! It prints confirmed edits per second, the latency from edit to confirmation
//! (p50, p99), the server's peak resident memory (`VmHWM` of its process,
//! read from `/proc`) and the CPU time the server and the simulated clients
//! spent during the edits, as one JSON line after a readable summary. The
//! numbers and the commands are in BENCHMARKS.md.

mod peer;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use automerge::{Automerge, ROOT, transaction::Transactable};
use clap::{Parser, ValueEnum};
use fieldbook_tests::sync_server::{SyncServer, Token, admin, issue_token, workspace_binary};
use futures::StreamExt;
use peer::LoadPeer;
use samod::DocumentId;

/// How long one edit may wait for its confirmation before it counts as failed.
const CONFIRMATION_PATIENCE: Duration = Duration::from_secs(60);
/// Clients connecting at once while the load is set up.
const CONNECTING_AT_ONCE: usize = 50;
/// Longer than the server takes to notice account changes (it polls every 250 ms).
const ACCOUNTS_SETTLE: Duration = Duration::from_millis(600);

/// The command line.
#[derive(Parser)]
#[command(about = "Load a sync server with simulated automerge-repo clients on 127.0.0.1")]
struct Args {
    /// The server to load.
    #[arg(long, value_enum)]
    server: ServerKind,
    /// Simulated clients, each with its own document.
    #[arg(long, default_value_t = 100)]
    clients: usize,
    /// Edits each client makes, one after another, during the measurement.
    #[arg(long, default_value_t = 30)]
    edits: usize,
    /// The `fieldbook-sync` binary (default: beside this one).
    #[arg(long)]
    fieldbook_sync: Option<PathBuf>,
    /// The npm package directory holding `@automerge/automerge-repo-sync-server`.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/js-sync-server"))]
    js_dir: PathBuf,
}

/// Which server.
#[derive(Clone, Copy, ValueEnum)]
enum ServerKind {
    /// `fieldbook-sync serve`, clients with tokens.
    Fieldbook,
    /// `@automerge/automerge-repo-sync-server`, clients without tokens.
    Js,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    if args.clients == 0 || args.edits == 0 {
        bail!("--clients and --edits must be at least 1");
    }
    // reqwest is built without a TLS crypto provider of its own (see the workspace's Cargo.toml).
    if rustls::crypto::ring::default_provider().install_default().is_err() {
        bail!("cannot install ring as the TLS crypto provider");
    }
    let root = tempfile::tempdir().context("create a temporary directory")?;
    let server = match args.server {
        ServerKind::Fieldbook => {
            let binary = args.fieldbook_sync.clone().unwrap_or_else(|| workspace_binary("fieldbook-sync"));
            LoadedServer::fieldbook(&binary, &root.path().join("fieldbook-sync"), args.clients)?
        }
        ServerKind::Js => LoadedServer::js(&args.js_dir, &root.path().join("js-sync-server"))?,
    };
    let runtime = tokio::runtime::Runtime::new().context("start a tokio runtime")?;
    let memory = MemorySampler::start(server.pid());
    let mut result = runtime.block_on(load(&server, &args))?;
    let peak_kib = memory.finish();
    runtime.block_on(result.stop_clients());
    result.report(&args, server.name(), peak_kib);
    Ok(())
}

/// A server under load, stopped when dropped.
enum LoadedServer {
    Fieldbook { server: SyncServer, tokens: Vec<(String, Token)> },
    Js { child: Child, port: u16 },
}

impl LoadedServer {
    /// `fieldbook-sync` with one manager and token per client.
    fn fieldbook(binary: &Path, data: &Path, clients: usize) -> anyhow::Result<LoadedServer> {
        eprintln!("adding {clients} managers and their tokens");
        let mut tokens = Vec::with_capacity(clients);
        for n in 0..clients {
            let user = format!("manager{n}");
            admin(binary, data, &["user", "add", &user, "--role", "manager"]);
            let token = issue_token(binary, data, &user);
            tokens.push((user, token));
        }
        Ok(LoadedServer::Fieldbook { server: SyncServer::start(binary, data), tokens })
    }

    /// The npm sync server, on a port found free.
    fn js(package: &Path, data: &Path) -> anyhow::Result<LoadedServer> {
        let entry = package.join("node_modules/@automerge/automerge-repo-sync-server/src/index.js");
        if !entry.exists() {
            bail!("{} is missing: run `npm --prefix {} ci` first", entry.display(), package.display());
        }
        std::fs::create_dir_all(data)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let mut child = Command::new("node")
            .arg(&entry)
            .current_dir(data)
            .env("PORT", port.to_string())
            .env("DATA_DIR", data.join("documents"))
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .context("start node (Node 20 or later)")?;
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().context("piped stdout")?);
        stdout.read_line(&mut line)?;
        if !line.starts_with("Listening on port") {
            bail!("the npm sync server did not start: {line:?}");
        }
        // The server writes a line now and then; a closed pipe would end it with EPIPE.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::stderr()));
        Ok(LoadedServer::Js { child, port })
    }

    fn name(&self) -> &'static str {
        match self {
            LoadedServer::Fieldbook { .. } => "fieldbook-sync",
            LoadedServer::Js { .. } => "automerge-repo-sync-server",
        }
    }

    fn pid(&self) -> u32 {
        match self {
            LoadedServer::Fieldbook { server, .. } => server.pid(),
            LoadedServer::Js { child, .. } => child.id(),
        }
    }

    /// The peer id and WebSocket URL of client `n`.
    fn client(&self, n: usize) -> (String, String) {
        match self {
            LoadedServer::Fieldbook { server, tokens } => {
                let (user, token) = &tokens[n];
                (format!("user/{user}"), server.sync_url(&token.secret))
            }
            LoadedServer::Js { port, .. } => (format!("load-client-{n}"), format!("ws://127.0.0.1:{port}")),
        }
    }

    /// Tells the server the document is the client's, where the server asks for that.
    async fn register(&self, http: &reqwest::Client, n: usize, document: &str) -> anyhow::Result<()> {
        let LoadedServer::Fieldbook { server, tokens } = self else { return Ok(()) };
        let response = http
            .post(format!("{}/api/me/documents", server.url()))
            .bearer_auth(&tokens[n].1.secret)
            .json(&serde_json::json!({ "id": document }))
            .send()
            .await?;
        if !response.status().is_success() {
            bail!("registering {document} failed: {}", response.status());
        }
        Ok(())
    }
}

impl Drop for LoadedServer {
    fn drop(&mut self) {
        if let LoadedServer::Js { child, .. } = self {
            if let Err(err) = child.kill() {
                eprintln!("cannot stop the npm sync server: {err}");
            }
            let _reaped = child.wait();
        }
    }
}

/// Connects every client, then runs the edits and collects the latencies.
async fn load(server: &LoadedServer, args: &Args) -> anyhow::Result<LoadResult> {
    eprintln!("creating {} documents", args.clients);
    let http = reqwest::Client::new();
    let created: Vec<(String, Automerge)> = futures::stream::iter(0..args.clients)
        .map(|n| create(server, &http, n))
        .buffered(CONNECTING_AT_ONCE)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    // Registering changes the accounts, and the server re-decides the access of every live
    // connection when they change: connecting only once all are registered keeps that out
    // of the setup (a real server sees a registration per new portfolio, not a thousand at once).
    tokio::time::sleep(ACCOUNTS_SETTLE).await;
    eprintln!("connecting {} clients to {}", args.clients, server.name());
    let peers: Vec<LoadPeer> = futures::stream::iter(created.into_iter().enumerate())
        .map(|(n, (document_id, document))| connect(server, n, document_id, document))
        .buffered(CONNECTING_AT_ONCE)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    eprintln!("measuring {} edits per client", args.edits);
    let cpu_before = CpuTime::read(server.pid())?;
    let started = Instant::now();
    let runs = peers.into_iter().enumerate().map(|(n, peer)| tokio::spawn(edit_and_confirm(peer, n, args.edits)));
    let mut peers = Vec::with_capacity(args.clients);
    let mut latencies = Vec::new();
    let mut unconfirmed = 0;
    for run in futures::future::join_all(runs).await {
        let (peer, confirmed, missed) = run?;
        peers.push(peer);
        latencies.extend(confirmed);
        unconfirmed += missed;
    }
    let elapsed = started.elapsed();
    let cpu = CpuTime::read(server.pid())?.since(&cpu_before);
    Ok(LoadResult { peers, latencies, unconfirmed, elapsed, cpu })
}

/// Client `n`'s new document and its id, registered where the server asks for that.
async fn create(server: &LoadedServer, http: &reqwest::Client, n: usize) -> anyhow::Result<(String, Automerge)> {
    let document_id = DocumentId::new(&mut rand::rng()).to_string();
    let mut document = Automerge::new();
    document.transact(|tx| tx.put(ROOT, "client", n as u64)).map_err(|failure| failure.error)?;
    server.register(http, n, &document_id).await?;
    Ok((document_id, document))
}

/// Connects client `n` and waits until its document is on the server.
async fn connect(
    server: &LoadedServer,
    n: usize,
    document_id: String,
    document: Automerge,
) -> anyhow::Result<LoadPeer> {
    let (peer_id, url) = server.client(n);
    let mut peer = LoadPeer::connect(&url, peer_id, document_id, document)
        .await
        .with_context(|| format!("client {n} cannot connect"))?;
    tokio::time::timeout(CONFIRMATION_PATIENCE, peer.sync_until_confirmed())
        .await
        .with_context(|| format!("client {n}'s document did not reach the server"))??;
    Ok(peer)
}

/// Makes `edits` edits one after another; returns the latency of each
/// confirmed one and how many were not confirmed in time.
async fn edit_and_confirm(mut peer: LoadPeer, n: usize, edits: usize) -> (LoadPeer, Vec<Duration>, usize) {
    let mut latencies = Vec::with_capacity(edits);
    for edit in 0..edits {
        let made = Instant::now();
        let confirmed = match peer.edit("edit", format!("client {n} edit {edit}")) {
            Ok(()) => tokio::time::timeout(CONFIRMATION_PATIENCE, peer.sync_until_confirmed()).await,
            Err(err) => Ok(Err(err)),
        };
        match confirmed {
            Ok(Ok(())) => latencies.push(made.elapsed()),
            Ok(Err(err)) => {
                eprintln!("client {n}: {err:#}");
                break;
            }
            Err(_) => break,
        }
    }
    let unconfirmed = edits - latencies.len();
    (peer, latencies, unconfirmed)
}

/// What the measurement found.
struct LoadResult {
    peers: Vec<LoadPeer>,
    latencies: Vec<Duration>,
    unconfirmed: usize,
    elapsed: Duration,
    cpu: CpuTime,
}

impl LoadResult {
    async fn stop_clients(&mut self) {
        futures::future::join_all(self.peers.drain(..).map(LoadPeer::close)).await;
    }

    fn report(mut self, args: &Args, server: &str, peak_kib: Option<u64>) {
        self.latencies.sort();
        let percentile = |p: f64| -> f64 {
            if self.latencies.is_empty() {
                return f64::NAN;
            }
            let rank = ((self.latencies.len() as f64 * p).ceil() as usize).clamp(1, self.latencies.len());
            self.latencies[rank - 1].as_secs_f64() * 1000.0
        };
        let confirmed = self.latencies.len();
        let per_second = confirmed as f64 / self.elapsed.as_secs_f64();
        let peak_mib = peak_kib.map(|kib| kib as f64 / 1024.0);
        let per_edit_us = |seconds: f64| if confirmed == 0 { f64::NAN } else { seconds * 1e6 / confirmed as f64 };
        let (server_cpu, clients_cpu) = (per_edit_us(self.cpu.server), per_edit_us(self.cpu.clients));
        println!(
            "{server}: {} clients x {} edits: {confirmed} confirmed, {} not confirmed in {:.1} s",
            args.clients,
            args.edits,
            self.unconfirmed,
            self.elapsed.as_secs_f64()
        );
        println!(
            "  {per_second:.0} confirmed edits/s, latency p50 {:.1} ms, p99 {:.1} ms, server peak RSS {}",
            percentile(0.5),
            percentile(0.99),
            peak_mib.map_or_else(|| "unknown".to_owned(), |mib| format!("{mib:.1} MiB"))
        );
        println!("  CPU per confirmed edit: server {server_cpu:.0} µs, simulated clients {clients_cpu:.0} µs");
        let line = serde_json::json!({
            "server": server, "clients": args.clients, "edits_per_client": args.edits,
            "confirmed": confirmed, "unconfirmed": self.unconfirmed, "seconds": self.elapsed.as_secs_f64(),
            "edits_per_second": per_second, "p50_ms": percentile(0.5), "p99_ms": percentile(0.99),
            "peak_rss_mib": peak_mib, "server_cpu_us_per_edit": server_cpu, "clients_cpu_us_per_edit": clients_cpu,
        });
        println!("{line}");
    }
}

/// Samples the server's resident memory from `/proc/PID/status` while the
/// load runs, and reads the kernel's own high-water mark at the end.
struct MemorySampler {
    stop: std::sync::mpsc::Sender<()>,
    thread: std::thread::JoinHandle<Option<u64>>,
}

impl MemorySampler {
    fn start(pid: u32) -> MemorySampler {
        let (stop, stopped) = std::sync::mpsc::channel();
        let thread = std::thread::spawn(move || {
            let mut peak = None;
            loop {
                peak = peak.max(status_kib(pid, "VmRSS:"));
                if stopped.recv_timeout(Duration::from_millis(50)).is_ok() {
                    return peak.max(status_kib(pid, "VmHWM:"));
                }
            }
        });
        MemorySampler { stop, thread }
    }

    /// The peak resident memory seen, in KiB.
    fn finish(self) -> Option<u64> {
        // The thread may have ended already; then it has its answer.
        let _told = self.stop.send(());
        self.thread.join().ok().flatten()
    }
}

/// A `kB` field of `/proc/PID/status`.
fn status_kib(pid: u32, field: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|line| line.strip_prefix(field)?.trim().strip_suffix("kB")?.trim().parse().ok())
}

/// CPU seconds (user and system) of the server's process and of this one,
/// whose threads are the simulated clients.
struct CpuTime {
    server: f64,
    clients: f64,
}

impl CpuTime {
    fn read(server: u32) -> anyhow::Result<CpuTime> {
        Ok(CpuTime { server: cpu_seconds(server)?, clients: cpu_seconds(std::process::id())? })
    }

    fn since(&self, before: &CpuTime) -> CpuTime {
        CpuTime { server: self.server - before.server, clients: self.clients - before.clients }
    }
}

/// `utime + stime` of a process from `/proc/PID/stat`, in seconds. Linux
/// counts them in clock ticks of 1/100 s (`USER_HZ`) on every architecture
/// it exports to user space.
fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat =
        std::fs::read_to_string(format!("/proc/{pid}/stat")).with_context(|| format!("read /proc/{pid}/stat"))?;
    // The command name in parentheses may hold spaces; the fields after it are numbers.
    let fields: Vec<&str> =
        stat.rsplit_once(')').map(|(_, rest)| rest.split_whitespace().collect()).unwrap_or_default();
    let ticks = |index: usize| -> anyhow::Result<f64> {
        Ok(fields.get(index).context("a short /proc stat line")?.parse::<u64>()? as f64)
    };
    // After the name: state is field 0, utime 11, stime 12.
    Ok((ticks(11)? + ticks(12)?) / TICKS_PER_SECOND)
}
