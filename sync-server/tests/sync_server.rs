//! Tests of `fieldbook-sync` through its router and through the real binary,
//! spoken to over plain HTTP/1.1 on a `TcpStream`.

use std::{
    io::{BufRead, BufReader, Read, Write},
    net::{SocketAddr, TcpListener, TcpStream},
    path::Path,
    process::{Child, ChildStdout, Command, Output, Stdio},
};

use fieldbook_sync::{AppState, app};

const BIN: &str = env!("CARGO_BIN_EXE_fieldbook-sync");

fn healthy_body() -> String {
    format!(r#"{{"status":"ok","version":"{}"}}"#, env!("CARGO_PKG_VERSION"))
}

/// Sends `GET path` and returns the status code and the body.
fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect to the server");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").expect("send the request");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read the response");
    let (head, body) = response.split_once("\r\n\r\n").expect("a response with a head and a body");
    let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("a status line");
    (status, body.to_owned())
}

/// The binary, started by a test and stopped when the test ends.
struct Server {
    child: Child,
    addr: SocketAddr,
}

impl Server {
    fn start(data: &Path) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--listen", "127.0.0.1:0", "--data"])
            .arg(data)
            .env_remove("FIELDBOOK_SYNC_LISTEN")
            .env_remove("FIELDBOOK_SYNC_DATA")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start fieldbook-sync");
        let stdout: ChildStdout = child.stdout.take().expect("piped stdout");
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).expect("read the first line");
        let addr = line
            .trim()
            .strip_prefix("listening on ")
            .and_then(|addr| addr.parse().ok())
            .unwrap_or_else(|| panic!("expected `listening on ADDR`, got {line:?}"));
        Server { child, addr }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Only matters when a test failed before stopping the server itself.
        if let Err(err) = self.child.kill() {
            eprintln!("cannot kill fieldbook-sync: {err}");
        }
    }
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env_remove("FIELDBOOK_SYNC_LISTEN")
        .env_remove("FIELDBOOK_SYNC_DATA")
        .output()
        .expect("run fieldbook-sync")
}

#[tokio::test]
async fn router_answers_health_while_the_data_dir_exists() {
    let data = tempfile::tempdir().expect("temp dir");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("local addr");
    let state = AppState { data_dir: data.path().to_owned() };
    tokio::spawn(async move { axum::serve(listener, app(state)).await });

    let healthy = tokio::task::spawn_blocking(move || get(addr, "/health")).await.expect("request");
    assert_eq!(healthy, (200, healthy_body()));

    let missing = tokio::task::spawn_blocking(move || get(addr, "/nowhere")).await.expect("request");
    assert_eq!(missing.0, 404);

    data.close().expect("remove the data dir");
    let unavailable = tokio::task::spawn_blocking(move || get(addr, "/health")).await.expect("request");
    assert_eq!(unavailable, (503, format!(r#"{{"status":"unavailable","version":"{}"}}"#, env!("CARGO_PKG_VERSION"))));
}

#[cfg(unix)]
#[test]
fn binary_creates_the_data_dir_serves_health_and_stops_on_sigterm() {
    let root = tempfile::tempdir().expect("temp dir");
    let data = root.path().join("not").join("yet");
    let mut server = Server::start(&data);

    assert!(data.is_dir(), "the data dir was not created");
    assert_eq!(get(server.addr, "/health"), (200, healthy_body()));

    let signalled = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().expect("run kill");
    assert!(signalled.success());
    let status = server.child.wait().expect("wait for the server");
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
