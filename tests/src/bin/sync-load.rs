//! `sync-load`: a load harness for sync servers speaking the automerge-repo
//! WebSocket protocol v1, run the same way against `fieldbook-sync` and
//! against the reference `@automerge/automerge-repo-sync-server` (npm).
//!
//! It starts the server on 127.0.0.1 with a fresh data directory, connects
//! `--clients` simulated clients (each a samod repo of its own, with its own
//! document; for `fieldbook-sync` each is a manager with a token who
//! registered the document), lets every document reach the server, then has
//! all clients make `--edits` edits at once, one after another, each waiting
//! until the server confirms having it (its sync reply carries our heads).
//!
//! It prints confirmed edits per second, the latency from edit to confirmation
//! (p50, p99) and the server's peak resident memory (`VmHWM` of its process,
//! read from `/proc`), as one JSON line after a readable summary. The numbers
//! and the commands are in BENCHMARKS.md.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use automerge::{Automerge, ROOT, transaction::Transactable};
use clap::{Parser, ValueEnum};
use fieldbook_tests::sync_server::{SyncServer, Token, admin, issue_token, workspace_binary};
use futures::future::BoxFuture;
use futures::{SinkExt, StreamExt, TryStreamExt};
use samod::{BackoffConfig, DialError, Dialer, DialerHandle, DocHandle, PeerId, Repo, Transport};
use tokio_tungstenite::tungstenite::{self, Message};

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
    #[arg(long, default_value_t = 20)]
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
    let result = runtime.block_on(load(&server, &args))?;
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
        BufReader::new(child.stdout.take().context("piped stdout")?).read_line(&mut line)?;
        if !line.starts_with("Listening on port") {
            bail!("the npm sync server did not start: {line:?}");
        }
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

/// One simulated client.
struct LoadClient {
    repo: Repo,
    dialer: DialerHandle<tungstenite::Error>,
    document: DocHandle,
}

/// Dials a `ws://` URL (the token, if any, in its query) and speaks samod's
/// byte messages in binary frames.
struct WebSocketDialer {
    url: samod::Url,
}

impl Dialer for WebSocketDialer {
    type Error = tungstenite::Error;

    fn url(&self) -> samod::Url {
        self.url.clone()
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<tungstenite::Error>>> {
        let url = self.url.to_string();
        Box::pin(async move {
            let (socket, _response) = tokio_tungstenite::connect_async(url).await.map_err(DialError::transient)?;
            let (sink, stream) = socket.split();
            let incoming = stream
                .try_filter_map(|message| {
                    futures::future::ready(Ok(match message {
                        Message::Binary(bytes) => Some(bytes.to_vec()),
                        _ => None,
                    }))
                })
                .boxed();
            let outgoing = sink.with(|bytes: Vec<u8>| {
                futures::future::ready(Ok::<_, tungstenite::Error>(Message::Binary(bytes.into())))
            });
            Ok(Transport::new(incoming, outgoing))
        })
    }
}

/// Connects every client, then runs the edits and collects the latencies.
async fn load(server: &LoadedServer, args: &Args) -> anyhow::Result<LoadResult> {
    eprintln!("creating {} documents", args.clients);
    let http = reqwest::Client::new();
    let created: Vec<(Repo, DocHandle)> = futures::stream::iter(0..args.clients)
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
    let clients: Vec<LoadClient> = futures::stream::iter(created.into_iter().enumerate())
        .map(|(n, (repo, document))| connect(server, n, repo, document))
        .buffered(CONNECTING_AT_ONCE)
        .collect::<Vec<_>>()
        .await
        .into_iter()
        .collect::<anyhow::Result<_>>()?;
    let clients = Arc::new(clients);
    eprintln!("measuring {} edits per client", args.edits);
    let started = Instant::now();
    let runs = (0..clients.len()).map(|n| {
        let clients = Arc::clone(&clients);
        let edits = args.edits;
        tokio::spawn(async move { edit_and_confirm(&clients[n], n, edits).await })
    });
    let mut latencies = Vec::new();
    let mut unconfirmed = 0;
    for run in futures::future::join_all(runs).await {
        let (confirmed, missed) = run?;
        latencies.extend(confirmed);
        unconfirmed += missed;
    }
    let elapsed = started.elapsed();
    let clients = Arc::try_unwrap(clients).map_err(|_| anyhow::anyhow!("a client is still in use"))?;
    Ok(LoadResult { clients, latencies, unconfirmed, elapsed })
}

/// Client `n`'s repo with its new document, registered where the server asks for that.
async fn create(server: &LoadedServer, http: &reqwest::Client, n: usize) -> anyhow::Result<(Repo, DocHandle)> {
    let (peer_id, _) = server.client(n);
    let repo = Repo::build_tokio().with_peer_id(PeerId::from(peer_id)).load().await;
    let mut initial = Automerge::new();
    initial.transact(|tx| tx.put(ROOT, "client", n as u64)).map_err(|failure| failure.error)?;
    let document = repo.create(initial).await.map_err(|_| anyhow::anyhow!("the client repo stopped"))?;
    server.register(http, n, &document.document_id().to_string()).await?;
    Ok((repo, document))
}

/// Connects client `n` and waits until its document is on the server.
async fn connect(server: &LoadedServer, n: usize, repo: Repo, document: DocHandle) -> anyhow::Result<LoadClient> {
    let (_, url) = server.client(n);
    let dialer = repo.dial(BackoffConfig::default(), Arc::new(WebSocketDialer { url: samod::Url::parse(&url)? }))?;
    dialer.established().await.map_err(|failure| anyhow::anyhow!("client {n} cannot connect: {failure:?}"))?;
    let connection = dialer.connection_id().context("connected")?;
    tokio::time::timeout(CONFIRMATION_PATIENCE, document.they_have_our_changes(connection))
        .await
        .with_context(|| format!("client {n}'s document did not reach the server"))?;
    Ok(LoadClient { repo, dialer, document })
}

/// Makes `edits` edits one after another; returns the latency of each
/// confirmed one and how many were not confirmed in time.
async fn edit_and_confirm(client: &LoadClient, n: usize, edits: usize) -> (Vec<Duration>, usize) {
    let mut latencies = Vec::with_capacity(edits);
    let mut unconfirmed = 0;
    for edit in 0..edits {
        let Some(connection) = client.dialer.connection_id() else {
            unconfirmed += edits - edit;
            break;
        };
        let made = Instant::now();
        client.document.with_document(|doc| {
            let mut tx = doc.transaction();
            // A failed put leaves nothing to commit; the edit then times out as unconfirmed.
            let _put = tx.put(ROOT, "edit", format!("client {n} edit {edit}"));
            tx.commit();
        });
        match tokio::time::timeout(CONFIRMATION_PATIENCE, client.document.they_have_our_changes(connection)).await {
            Ok(()) => latencies.push(made.elapsed()),
            Err(_) => unconfirmed += 1,
        }
    }
    (latencies, unconfirmed)
}

/// What the measurement found.
struct LoadResult {
    clients: Vec<LoadClient>,
    latencies: Vec<Duration>,
    unconfirmed: usize,
    elapsed: Duration,
}

impl LoadResult {
    async fn stop_clients(&self) {
        for client in &self.clients {
            client.dialer.close();
            client.repo.stop().await;
        }
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
        let line = serde_json::json!({
            "server": server, "clients": args.clients, "edits_per_client": args.edits,
            "confirmed": confirmed, "unconfirmed": self.unconfirmed, "seconds": self.elapsed.as_secs_f64(),
            "edits_per_second": per_second, "p50_ms": percentile(0.5), "p99_ms": percentile(0.99),
            "peak_rss_mib": peak_mib,
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
