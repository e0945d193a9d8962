//! The samod dialer that opens `ws(s)://SERVER/sync` with `Authorization: Bearer
//! TOKEN` (samod's own WebSocket dialer cannot set headers), and turns the
//! WebSocket into the byte transport samod speaks over.
//!
//! Over `wss://` it speaks rustls (ring as the crypto provider) with the
//! platform's certificate verifier (`rustls-platform-verifier`: the system's
//! roots, or `SSL_CERT_FILE`), as the API calls over HTTPS do. The rustls
//! configuration is passed to tokio-tungstenite explicitly, so a build that
//! also enables another TLS backend (samod's `tungstenite` feature brings
//! native-tls into the server's test builds) still speaks rustls.

use std::sync::Arc;

use futures::future::BoxFuture;
use futures::{SinkExt, StreamExt, TryStreamExt};
use samod::{DialError, Dialer, Transport};
use tokio_tungstenite::Connector;
use tokio_tungstenite::tungstenite::{self, Message, client::IntoClientRequest, http};
use url::Url;

/// Why connecting failed for good: retrying cannot help.
#[derive(Debug, thiserror::Error)]
pub enum DialRefusal {
    /// The server refused the token.
    #[error("the server refused the token")]
    Unauthorized,
    /// The request could not be built (a URL or token unfit for HTTP).
    #[error("cannot build the sync request: {0}")]
    BadRequest(String),
}

/// A frame on the WebSocket that is not a sync message.
#[derive(Debug, thiserror::Error)]
enum WireError {
    #[error(transparent)]
    Socket(#[from] tungstenite::Error),
    #[error("the server sent a text frame")]
    Text,
}

/// Dials the server's `/sync` with a bearer token (over TLS with `tls` for `wss://`).
pub(crate) struct BearerDialer {
    url: Url,
    token: String,
    tls: Arc<rustls::ClientConfig>,
}

impl BearerDialer {
    pub(crate) fn new(url: Url, token: &str, tls: Arc<rustls::ClientConfig>) -> BearerDialer {
        BearerDialer { url, token: token.to_owned(), tls }
    }
}

impl Dialer for BearerDialer {
    type Error = DialRefusal;

    fn url(&self) -> Url {
        self.url.clone()
    }

    fn connect(&self) -> BoxFuture<'static, Result<Transport, DialError<DialRefusal>>> {
        let url = self.url.clone();
        let bearer = format!("Bearer {}", self.token);
        let tls = Connector::Rustls(Arc::clone(&self.tls));
        Box::pin(async move {
            let mut request = url
                .as_str()
                .into_client_request()
                .map_err(|err| DialError::PermanentFailure(DialRefusal::BadRequest(err.to_string())))?;
            let value = http::HeaderValue::from_str(&bearer).map_err(|_| {
                DialError::PermanentFailure(DialRefusal::BadRequest("the token is not header text".into()))
            })?;
            request.headers_mut().insert(http::header::AUTHORIZATION, value);
            let connecting = tokio_tungstenite::connect_async_tls_with_config(request, None, false, Some(tls));
            let (socket, _response) = connecting.await.map_err(|err| match err {
                tungstenite::Error::Http(response) if response.status() == http::StatusCode::UNAUTHORIZED => {
                    DialError::PermanentFailure(DialRefusal::Unauthorized)
                }
                other => DialError::transient(other),
            })?;
            let (sink, stream) = socket.split();
            let incoming = stream
                .map_err(WireError::from)
                .try_filter_map(|message| {
                    futures::future::ready(match message {
                        Message::Binary(bytes) => Ok(Some(bytes.to_vec())),
                        Message::Text(_) => Err(WireError::Text),
                        Message::Ping(_) | Message::Pong(_) | Message::Close(_) | Message::Frame(_) => Ok(None),
                    })
                })
                .boxed();
            let outgoing = sink.with(|bytes: Vec<u8>| {
                futures::future::ready(Ok::<_, tungstenite::Error>(Message::Binary(bytes.into())))
            });
            Ok(Transport::new(incoming, outgoing))
        })
    }
}
