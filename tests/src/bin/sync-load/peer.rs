//! One simulated client, as light as the automerge-repo WebSocket protocol v1
//! allows: a WebSocket, one document and automerge's own sync state, with no
//! repo around them. A thousand of these share the machine with the server
//! under test, so what they cost is taken from the server; a samod repo per
//! client cost about as much CPU per edit as the server itself.
//!
//! The peer says `join`, waits for the server's `peer`, and then exchanges
//! `sync` messages for its document, as samod and the JS automerge-repo do.

use anyhow::{Context, bail};
use automerge::Automerge;
use automerge::sync::{self, SyncDoc};
use ciborium::Value;
use futures::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

/// A client connected to the server with one document.
pub struct LoadPeer {
    peer_id: String,
    server_id: String,
    document_id: String,
    document: Automerge,
    sync_state: sync::State,
    socket: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl LoadPeer {
    /// Connects to `url` as `peer_id` and completes the handshake.
    pub async fn connect(
        url: &str,
        peer_id: String,
        document_id: String,
        document: Automerge,
    ) -> anyhow::Result<LoadPeer> {
        let (mut socket, _response) = connect_async(url).await.context("open the WebSocket")?;
        let join = map(&[
            ("type", text("join")),
            ("senderId", text(&peer_id)),
            ("supportedProtocolVersions", Value::Array(vec![text("1")])),
            ("peerMetadata", map(&[("isEphemeral", Value::Bool(false))])),
        ]);
        socket.send(Message::Binary(encode(&join).into())).await?;
        let server_id = loop {
            let message = next_message(&mut socket).await?;
            if field(&message, "type").and_then(Value::as_text) == Some("peer") {
                break field(&message, "senderId")
                    .and_then(Value::as_text)
                    .context("a peer message without senderId")?
                    .to_owned();
            }
        };
        Ok(LoadPeer { peer_id, server_id, document_id, document, sync_state: sync::State::new(), socket })
    }

    /// Commits one edit to the document.
    pub fn edit(&mut self, key: &str, value: String) -> anyhow::Result<()> {
        use automerge::transaction::Transactable;
        self.document.transact(|tx| tx.put(automerge::ROOT, key, value)).map_err(|failure| failure.error)?;
        Ok(())
    }

    /// Sends the server what it lacks and reads its replies until they carry
    /// this document's heads: the server has every change made so far.
    pub async fn sync_until_confirmed(&mut self) -> anyhow::Result<()> {
        self.send_what_server_lacks().await?;
        while !self.server_has_our_heads() {
            let message = next_message(&mut self.socket).await?;
            match field(&message, "type").and_then(Value::as_text) {
                Some("sync") if self.is_ours(&message) => {
                    let data =
                        field(&message, "data").and_then(Value::as_bytes).context("a sync message without data")?;
                    let decoded = sync::Message::decode(data).context("decode the server's sync message")?;
                    self.document.receive_sync_message(&mut self.sync_state, decoded)?;
                    self.send_what_server_lacks().await?;
                }
                Some(refusal @ ("doc-unavailable" | "error")) => bail!("the server answered {refusal}"),
                _ => {}
            }
        }
        Ok(())
    }

    /// Says goodbye with a WebSocket close.
    pub async fn close(mut self) {
        // The server may have gone already; nothing is left to tell it then.
        let _closed = self.socket.close(None).await;
    }

    fn server_has_our_heads(&self) -> bool {
        self.sync_state.their_heads.as_deref() == Some(&self.document.get_heads()[..])
    }

    fn is_ours(&self, message: &Value) -> bool {
        field(message, "documentId").and_then(Value::as_text) == Some(self.document_id.as_str())
    }

    async fn send_what_server_lacks(&mut self) -> anyhow::Result<()> {
        let Some(message) = self.document.generate_sync_message(&mut self.sync_state) else { return Ok(()) };
        let envelope = map(&[
            ("type", text("sync")),
            ("senderId", text(&self.peer_id)),
            ("targetId", text(&self.server_id)),
            ("documentId", text(&self.document_id)),
            ("data", Value::Bytes(message.encode())),
        ]);
        self.socket.send(Message::Binary(encode(&envelope).into())).await?;
        Ok(())
    }
}

/// The next binary message, decoded; pings and pongs are skipped.
async fn next_message(socket: &mut WebSocketStream<MaybeTlsStream<TcpStream>>) -> anyhow::Result<Value> {
    loop {
        match socket.next().await.context("the server closed the connection")?? {
            Message::Binary(bytes) => {
                return ciborium::from_reader(bytes.as_ref()).context("a message that is not CBOR");
            }
            Message::Close(frame) => bail!("the server closed the connection: {frame:?}"),
            _ => {}
        }
    }
}

fn field<'a>(message: &'a Value, name: &str) -> Option<&'a Value> {
    message.as_map()?.iter().find(|(key, _)| key.as_text() == Some(name)).map(|(_, value)| value)
}

fn map(fields: &[(&str, Value)]) -> Value {
    Value::Map(fields.iter().map(|(key, value)| (text(key), value.clone())).collect())
}

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn encode(value: &Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    ciborium::into_writer(value, &mut bytes).expect("CBOR into a Vec cannot fail");
    bytes
}
