//! The authenticated HTTP routes: `GET /api/me`, `POST /api/me/documents`
//! and the `GET /sync` WebSocket upgrade. A request is authenticated before
//! anything else happens (before the upgrade for `/sync`) by a bearer token
//! in `Authorization: Bearer TOKEN` or, for peers that cannot set headers,
//! in `?token=TOKEN`. Errors are one JSON shape: `{"code", "message", "field"?}`.

use axum::{
    Json,
    body::Bytes,
    extract::{FromRequestParts, Query, State, WebSocketUpgrade},
    http::{StatusCode, header, request::Parts},
    response::{IntoResponse, Response},
};
use serde::{Deserialize, Serialize};

use crate::{
    AppState,
    accounts::{Account, AccountsError, DocumentGrant, Role},
    hub::{self, MAX_MESSAGE_BYTES, READ_BUFFER_BYTES},
};

/// An error answered as JSON.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    field: Option<&'static str>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

impl ApiError {
    fn unauthorized() -> ApiError {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            code: "unauthorized",
            message: "a valid token is required (Authorization: Bearer TOKEN, or ?token=TOKEN)".into(),
            field: None,
        }
    }

    fn bad_request(field: &'static str, message: String) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, code: "bad_request", message, field: Some(field) }
    }

    fn internal(err: &dyn std::error::Error) -> ApiError {
        tracing::error!(error = %err, "request failed");
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            code: "internal",
            message: "the server failed; see its log".into(),
            field: None,
        }
    }
}

impl From<AccountsError> for ApiError {
    fn from(err: AccountsError) -> ApiError {
        match err {
            AccountsError::Invalid { argument, message } => ApiError::bad_request(argument, message),
            AccountsError::DocumentTaken(_) => ApiError {
                status: StatusCode::CONFLICT,
                code: "already_registered",
                message: err.to_string(),
                field: Some("id"),
            },
            AccountsError::NotAManager { .. } => {
                ApiError { status: StatusCode::FORBIDDEN, code: "forbidden", message: err.to_string(), field: None }
            }
            AccountsError::Corrupt(_) | AccountsError::Database(_) => ApiError::internal(&err),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody { code: self.code, message: &self.message, field: self.field };
        (self.status, Json(body)).into_response()
    }
}

/// The account of a request that carried a valid token.
pub(crate) struct Authenticated(Account);

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Authenticated, ApiError> {
        let secret = match parts.headers.get(header::AUTHORIZATION) {
            Some(value) => value
                .to_str()
                .ok()
                .and_then(|value| value.strip_prefix("Bearer "))
                .map(|secret| secret.trim().to_owned())
                .ok_or_else(ApiError::unauthorized)?,
            None => Query::<TokenQuery>::try_from_uri(&parts.uri)
                .ok()
                .and_then(|Query(query)| query.token)
                .ok_or_else(ApiError::unauthorized)?,
        };
        let accounts = state.accounts.clone();
        let account = tokio::task::spawn_blocking(move || accounts.authenticate(&secret))
            .await
            .map_err(|err| ApiError::internal(&err))??;
        account.map(Authenticated).ok_or_else(ApiError::unauthorized)
    }
}

/// The body of `GET /api/me`.
#[derive(Serialize)]
pub(crate) struct Me {
    user: String,
    role: Role,
    peer_id: String,
    documents: Vec<DocumentGrant>,
}

/// `GET /api/me`: who the token belongs to, the peer id its connections must
/// announce, and the documents it may sync.
pub(crate) async fn me(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
) -> Result<Json<Me>, ApiError> {
    let accounts = state.accounts.clone();
    let user = account.user.clone();
    let documents = tokio::task::spawn_blocking(move || accounts.documents_for(&user))
        .await
        .map_err(|err| ApiError::internal(&err))??;
    Ok(Json(Me { peer_id: hub::peer_id_of(&account.user), user: account.user, role: account.role, documents }))
}

#[derive(Deserialize)]
struct NewDocument {
    id: String,
}

/// `POST /api/me/documents` with `{"id": "<document id>"}`: a manager
/// registers a portfolio document they created, before its first sync.
pub(crate) async fn register_document(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    body: Bytes,
) -> Result<(StatusCode, Json<DocumentGrant>), ApiError> {
    if account.role != Role::Manager {
        return Err(AccountsError::NotAManager { user: account.user, role: account.role }.into());
    }
    let NewDocument { id } = serde_json::from_slice(&body).map_err(|err| {
        ApiError::bad_request("id", format!("expected a JSON object {{\"id\": \"<document id>\"}} ({err})"))
    })?;
    let accounts = state.accounts.clone();
    let owner = account.user.clone();
    let id = tokio::task::spawn_blocking(move || accounts.register_document(&owner, &id))
        .await
        .map_err(|err| ApiError::internal(&err))??;
    tracing::info!(user = %account.user, document = %id, "document registered");
    let grant = DocumentGrant { id, owner: account.user, access: crate::accounts::Access::ReadWrite };
    Ok((StatusCode::CREATED, Json(grant)))
}

/// `GET /sync`: the automerge-repo WebSocket, for an authenticated user only.
pub(crate) async fn sync(
    State(state): State<AppState>,
    Authenticated(account): Authenticated,
    upgrade: WebSocketUpgrade,
) -> Response {
    let upgrade = upgrade.max_message_size(MAX_MESSAGE_BYTES).max_frame_size(MAX_MESSAGE_BYTES);
    upgrade.read_buffer_size(READ_BUFFER_BYTES).on_upgrade(move |socket| async move {
        let token_id = account.token_id.clone();
        let user = account.user.clone();
        if let Err(err) = state.hub.accept(socket, account).await {
            tracing::warn!(user = %user, error = %err, "cannot accept sync connection");
            return;
        }
        // A revocation between the token check and the registration above
        // would otherwise be missed.
        let accounts = state.accounts.clone();
        let still_live = {
            let token_id = token_id.clone();
            tokio::task::spawn_blocking(move || accounts.token_is_live(&token_id)).await
        };
        if !matches!(still_live, Ok(Ok(true))) {
            state.hub.close_token(&token_id);
        }
    })
}
