//! The server's HTTP API (`GET /api/me`, `POST /api/me/documents`), spoken with
//! the bearer token.

use serde::Deserialize;

use super::{Credentials, SyncError, use_ring_for_tls, with_causes};

/// Who the token belongs to and what they may sync (`GET /api/me`).
#[derive(Debug, Clone, Deserialize)]
pub struct Account {
    /// The user name.
    pub user: String,
    /// `manager`, `lead` or `admin`.
    pub role: String,
    /// The peer id to announce in the sync handshake.
    pub peer_id: String,
    /// The documents this user may sync.
    pub documents: Vec<SharedDocument>,
}

/// A document the user may sync.
#[derive(Debug, Clone, Deserialize)]
pub struct SharedDocument {
    /// The automerge-repo document id.
    pub id: String,
    /// The manager whose portfolio it is.
    pub owner: String,
    /// `read_write` (their own) or `read_only` (a team member's, for their lead).
    pub access: Access,
}

/// What the user may do with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// The owner's own portfolio.
    ReadWrite,
    /// A team member's portfolio, seen by their lead.
    ReadOnly,
}

/// The server's error body.
#[derive(Debug, Deserialize)]
struct ErrorBody {
    code: String,
    message: String,
}

/// A client of the server's HTTP API.
pub(crate) struct Api<'a> {
    http: reqwest::Client,
    credentials: &'a Credentials,
}

impl<'a> Api<'a> {
    pub(crate) fn new(credentials: &'a Credentials) -> Api<'a> {
        use_ring_for_tls();
        Api { http: reqwest::Client::new(), credentials }
    }

    /// `GET /api/me`.
    pub(crate) async fn account(&self) -> Result<Account, SyncError> {
        let request = self.http.get(self.credentials.endpoint("/api/me", false));
        let response = self.send(request).await?;
        response
            .json()
            .await
            .map_err(|err| SyncError::Protocol { detail: format!("unexpected answer to /api/me: {err}") })
    }

    /// `POST /api/me/documents`: registers a portfolio created on this device.
    pub(crate) async fn register(&self, document_id: &str) -> Result<(), SyncError> {
        let body = serde_json::json!({ "id": document_id });
        let request = self.http.post(self.credentials.endpoint("/api/me/documents", false)).json(&body);
        self.send(request).await.map(drop)
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response, SyncError> {
        let server = self.credentials.server().to_string();
        let response = request
            .bearer_auth(self.credentials.token())
            .send()
            .await
            .map_err(|err| SyncError::Unreachable { server: server.clone(), reason: with_causes(&err) })?;
        let status = response.status();
        if status.is_success() {
            return Ok(response);
        }
        if status == reqwest::StatusCode::UNAUTHORIZED {
            return Err(SyncError::Unauthorized { server });
        }
        let body: Option<ErrorBody> = response.json().await.ok();
        Err(SyncError::Refused {
            server,
            status: status.as_u16(),
            error: body.as_ref().map_or_else(String::new, |b| b.code.clone()),
            message: body.map_or_else(|| status.to_string(), |b| b.message),
        })
    }
}
