//! `GET /health`: tells a load balancer or an operator whether this server
//! can serve, without touching any client data.

use axum::{Json, extract::State, http::StatusCode};
use serde::Serialize;

use crate::AppState;

/// The body of a health answer.
#[derive(Debug, Serialize)]
pub(crate) struct Health {
    status: &'static str,
    version: &'static str,
}

/// Answers `200 {"status":"ok",…}` while the data directory is there, and
/// `503 {"status":"unavailable",…}` once it is gone: a server that cannot
/// reach its storage must not be sent traffic.
pub(crate) async fn health(State(state): State<AppState>) -> (StatusCode, Json<Health>) {
    let version = env!("CARGO_PKG_VERSION");
    match tokio::fs::metadata(&state.data_dir).await {
        Ok(meta) if meta.is_dir() => (StatusCode::OK, Json(Health { status: "ok", version })),
        outcome => {
            // The path is the operator's configuration, not client data.
            tracing::warn!(
                data_dir = %state.data_dir.display(),
                error = outcome.err().map(|err| err.to_string()),
                "data directory is not available"
            );
            (StatusCode::SERVICE_UNAVAILABLE, Json(Health { status: "unavailable", version }))
        }
    }
}
