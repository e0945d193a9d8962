//! `fieldbook-sync` as a child process on 127.0.0.1, for the server's own
//! tests, the end-to-end sync tests and the sync benchmarks: start it on a data
//! directory, run its admin commands, issue tokens, kill and restart it.
//!
//! The server prints `listening on ADDR` once bound; with port 0 that line is
//! how the caller learns the port. Its log (stderr) is appended to
//! `DATA.log`, beside the data directory, so it survives a restart.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The environment variables the server reads its configuration from,
/// removed so a developer's own settings cannot leak into a test.
const CONFIG_VARIABLES: [&str; 3] = ["FIELDBOOK_SYNC_LISTEN", "FIELDBOOK_SYNC_DATA", "FIELDBOOK_SYNC_CONFIG"];

/// How long a killed server's port may take to be free again.
const RESTART_PATIENCE: Duration = Duration::from_secs(60);

/// A binary of the workspace, in the target directory of the running
/// executable (`target/debug` for tests, `target/release` for benchmarks).
///
/// Cargo builds the binaries of the package under test only: another
/// package's binary must have been built first (`cargo build --workspace`,
/// which `cargo test --workspace` does), and this says so when it is missing.
pub fn workspace_binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the running executable's path");
    let mut dir = exe.parent().expect("the executable's directory").to_path_buf();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let path = dir.join(name);
    assert!(
        path.exists(),
        "{} is missing: build it first with `cargo build -p fieldbook-sync -p fieldbook-cli` \
         (with `--release` for a benchmark; `cargo test --workspace` builds every binary)",
        path.display()
    );
    path
}

/// `fieldbook-sync serve` on a data directory, killed when dropped.
pub struct SyncServer {
    child: Child,
    /// Where it listens.
    pub addr: SocketAddr,
    binary: PathBuf,
    data: PathBuf,
}

impl SyncServer {
    /// Starts `binary` on `data` (created if missing), on a free port.
    pub fn start(binary: &Path, data: &Path) -> SyncServer {
        SyncServer::start_on(binary, data, "127.0.0.1:0")
    }

    /// Starts `binary` on `data`, listening on `listen`.
    pub fn start_on(binary: &Path, data: &Path, listen: &str) -> SyncServer {
        let log = log_path(data);
        if let Some(parent) = log.parent() {
            std::fs::create_dir_all(parent).expect("create the log's directory");
        }
        let log = std::fs::OpenOptions::new().create(true).append(true).open(log).expect("open the server log");
        let mut command = Command::new(binary);
        command.args(["serve", "--listen", listen, "--data"]).arg(data);
        let mut child =
            without_config(&mut command).stdout(Stdio::piped()).stderr(log).spawn().expect("start fieldbook-sync");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped stdout")).read_line(&mut line).expect("read the first line");
        let addr = line
            .trim()
            .strip_prefix("listening on ")
            .and_then(|addr| addr.parse().ok())
            .unwrap_or_else(|| panic!("expected `listening on ADDR`, got {line:?}"));
        SyncServer { child, addr, binary: binary.to_path_buf(), data: data.to_path_buf() }
    }

    /// The base URL a client logs in to.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The WebSocket URL of `/sync` with the token in the query, as peers that
    /// cannot set headers send it.
    pub fn sync_url(&self, token: &str) -> String {
        format!("ws://{}/sync?token={token}", self.addr)
    }

    /// The process id, to signal it or read its memory in `/proc`.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the server has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(log_path(&self.data)).expect("read the server log")
    }

    /// Waits for the process to exit (after a signal sent by the caller).
    pub fn wait(&mut self) -> std::process::ExitStatus {
        self.child.wait().expect("wait for the server")
    }

    /// SIGKILL; what it served, to restart it.
    pub fn kill(mut self) -> KilledServer {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("reap the server");
        KilledServer { listen: self.addr.to_string(), binary: self.binary.clone(), data: self.data.clone() }
    }

    /// SIGKILL, then a new server on the same data directory and port.
    pub fn kill_and_restart(self) -> SyncServer {
        self.kill().restart()
    }
}

impl Drop for SyncServer {
    fn drop(&mut self) {
        // Only matters when the server is still running (a test failed, or it is simply done).
        if let Err(err) = self.child.kill() {
            eprintln!("cannot kill fieldbook-sync: {err}");
        }
        let _reaped = self.child.wait();
    }
}

/// A server killed with SIGKILL.
pub struct KilledServer {
    listen: String,
    binary: PathBuf,
    data: PathBuf,
}

impl KilledServer {
    /// A new server on the same data directory and port.
    pub fn restart(self) -> SyncServer {
        let deadline = Instant::now() + RESTART_PATIENCE;
        loop {
            // The port may take a moment to be free again.
            let attempt = std::panic::catch_unwind(|| SyncServer::start_on(&self.binary, &self.data, &self.listen));
            match attempt {
                Ok(server) => return server,
                Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    }
}

/// Runs `fieldbook-sync ARGS` with none of the server's configuration variables set.
pub fn run(binary: &Path, args: &[&str]) -> Output {
    without_config(Command::new(binary).args(args)).output().expect("run fieldbook-sync")
}

/// Runs an admin command of `binary` on `data` and expects success; returns what it printed.
pub fn admin(binary: &Path, data: &Path, args: &[&str]) -> String {
    let data = data.to_str().expect("a UTF-8 data path");
    let output = run(binary, &[&["--data", data], args].concat());
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

/// A token just issued: its public id and its secret.
pub struct Token {
    /// The id `token revoke` takes.
    pub id: String,
    /// The secret a client sends.
    pub secret: String,
}

/// Issues a token for `user` with `binary`'s `token issue`.
pub fn issue_token(binary: &Path, data: &Path, user: &str) -> Token {
    let printed = admin(binary, data, &["token", "issue", user]);
    let field = |name: &str| {
        printed
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .unwrap_or_else(|| panic!("no {name} in {printed:?}"))
            .to_owned()
    };
    Token { id: field("id: "), secret: field("token: ") }
}

/// Where the server on `data` logs.
fn log_path(data: &Path) -> PathBuf {
    data.with_extension("log")
}

fn without_config(command: &mut Command) -> &mut Command {
    for variable in CONFIG_VARIABLES {
        command.env_remove(variable);
    }
    command
}
