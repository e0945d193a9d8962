//! `desk-bridge`: the desktop shell's commands served on loopback for the UI's
//! tests, so that Vitest and the Chromium flows talk to the real shell — the real
//! core, actions, replica and SQLite file — instead of a stand-in.
//!
//! `POST /desks` (optionally `{"now": "<RFC 3339>"}`, a fixed clock) makes a desk
//! over a new temporary data directory and answers `{"desk": "<id>"}`;
//! `POST /desks/<id>/invoke/<command>` with the command's JSON arguments (as Tauri
//! passes them) answers what `fieldbook_desktop::dispatch` answers: 200 with the
//! command's answer, or 422 with the `CommandError`. `DELETE /desks/<id>` drops a
//! desk and its directory. The port is the first argument (0, or none, for any);
//! the address is printed on the first line of standard output.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, post};
use axum::{Json, Router};
use fieldbook_core::Instant;
use fieldbook_desktop::commands::Desk;
use serde::Deserialize;
use serde_json::{Value, json};
use tower_http::cors::CorsLayer;

/// The desks served, by id, each with its temporary data directory.
#[derive(Default)]
struct Desks {
    next: AtomicU64,
    open: Mutex<HashMap<String, Arc<(Desk, tempfile::TempDir)>>>,
}

/// What a new desk is made with.
#[derive(Deserialize, Default)]
struct NewDesk {
    /// A fixed "now" for the desk's clock; the system clock when absent.
    now: Option<String>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> std::io::Result<()> {
    let port: u16 = std::env::args().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("http://{}", listener.local_addr()?);
    let app = Router::new()
        .route("/desks", post(new_desk))
        .route("/desks/{desk}", delete(drop_desk))
        .route("/desks/{desk}/invoke/{command}", post(invoke))
        .layer(CorsLayer::permissive())
        .with_state(Arc::new(Desks::default()));
    axum::serve(listener, app).await
}

async fn new_desk(State(desks): State<Arc<Desks>>, body: Option<Json<NewDesk>>) -> Response {
    let new = body.map(|Json(new)| new).unwrap_or_default();
    let fixed = match new.now.as_deref().map(str::parse::<Instant>).transpose() {
        Ok(fixed) => fixed,
        Err(error) => return (StatusCode::BAD_REQUEST, format!("now: {error}")).into_response(),
    };
    let dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => return (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response(),
    };
    let desk = match fixed {
        Some(now) => Desk::with_clock(dir.path().to_path_buf(), Box::new(move || now)),
        None => Desk::new(dir.path().to_path_buf()),
    };
    let id = desks.next.fetch_add(1, Ordering::Relaxed).to_string();
    lock(&desks).insert(id.clone(), Arc::new((desk, dir)));
    Json(json!({ "desk": id })).into_response()
}

async fn drop_desk(State(desks): State<Arc<Desks>>, Path(desk): Path<String>) -> StatusCode {
    match lock(&desks).remove(&desk) {
        Some(_) => StatusCode::NO_CONTENT,
        None => StatusCode::NOT_FOUND,
    }
}

async fn invoke(
    State(desks): State<Arc<Desks>>,
    Path((desk, command)): Path<(String, String)>,
    body: Option<Json<Value>>,
) -> Response {
    let Some(desk) = lock(&desks).get(&desk).cloned() else {
        return (StatusCode::NOT_FOUND, format!("no desk {desk}")).into_response();
    };
    let arguments = body.map_or(Value::Null, |Json(arguments)| arguments);
    match fieldbook_desktop::dispatch(&desk.0, &command, &arguments).await {
        Ok(answer) => Json(answer).into_response(),
        Err(error) => (StatusCode::UNPROCESSABLE_ENTITY, Json(error)).into_response(),
    }
}

fn lock(desks: &Desks) -> std::sync::MutexGuard<'_, HashMap<String, Arc<(Desk, tempfile::TempDir)>>> {
    // A panic while holding the lock leaves the map as it was.
    desks.open.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}
