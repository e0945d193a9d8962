//! A counting relay between a sync client and the server, for the sync
//! benchmarks: it forwards every byte unchanged and records, per TCP
//! connection, the bytes each way and each WebSocket message (direction,
//! automerge-repo message type, payload and framed size) in the order it
//! passed. It knows nothing of the client: what it counts is what crossed
//! the wire.

use std::io::Cursor;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_tungstenite::tungstenite::protocol::frame::FrameHeader;
use tokio_tungstenite::tungstenite::protocol::frame::coding::{Control, OpCode};

/// Which way a message went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// From the client to the server.
    ToServer,
    /// From the server to the client.
    ToClient,
}

/// One WebSocket message as it crossed the relay.
#[derive(Debug, Clone)]
pub struct WireMessage {
    /// Which way it went.
    pub direction: Direction,
    /// The automerge-repo message type (`join`, `peer`, `sync`, `request`, …),
    /// or the WebSocket control frame (`ping`, `pong`, `close`).
    pub kind: String,
    /// Its payload in bytes.
    pub payload: usize,
    /// Its size with the WebSocket framing.
    pub framed: usize,
}

/// One TCP connection through the relay.
#[derive(Debug, Clone, Default)]
pub struct TappedConnection {
    /// The first line of its first HTTP request (`GET /api/me HTTP/1.1`).
    pub first_request: String,
    /// Bytes from the client to the server.
    pub bytes_to_server: u64,
    /// Bytes from the server to the client.
    pub bytes_to_client: u64,
    /// The WebSocket messages, in the order they crossed (empty for plain HTTP).
    pub messages: Vec<WireMessage>,
    /// Directions still open (two until each side has closed its half).
    open_directions: u8,
}

impl TappedConnection {
    /// Whether it was upgraded to a WebSocket.
    pub fn is_websocket(&self) -> bool {
        !self.messages.is_empty()
    }

    /// The payload bytes of the automerge-repo messages, both ways.
    pub fn message_bytes(&self) -> u64 {
        self.messages.iter().filter(|m| !is_control(&m.kind)).map(|m| m.payload as u64).sum()
    }

    /// Request/response turns of automerge-repo messages: each run of
    /// messages to the server that is answered by a run of messages to the
    /// client is one round trip.
    pub fn round_trips(&self) -> usize {
        let data = self.messages.iter().filter(|m| !is_control(&m.kind)).map(|m| m.direction);
        let mut previous = None;
        let mut trips = 0;
        for direction in data {
            if previous == Some(Direction::ToServer) && direction == Direction::ToClient {
                trips += 1;
            }
            previous = Some(direction);
        }
        trips
    }
}

fn is_control(kind: &str) -> bool {
    matches!(kind, "ping" | "pong" | "close")
}

/// The relay: listens on 127.0.0.1 and forwards each connection to `upstream`.
pub struct WireTap {
    addr: SocketAddr,
    connections: Arc<Mutex<Vec<TappedConnection>>>,
    acceptor: tokio::task::JoinHandle<()>,
}

impl WireTap {
    /// Starts relaying to `upstream` on the current tokio runtime.
    pub async fn start(upstream: SocketAddr) -> std::io::Result<WireTap> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let connections = Arc::new(Mutex::new(Vec::new()));
        let log = Arc::clone(&connections);
        let acceptor = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let index = {
                    let mut log = lock(&log);
                    log.push(TappedConnection { open_directions: 2, ..TappedConnection::default() });
                    log.len() - 1
                };
                tokio::spawn(relay(client, upstream, Arc::clone(&log), index));
            }
        });
        Ok(WireTap { addr, connections, acceptor })
    }

    /// The address clients connect to instead of the server's.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Waits until every connection so far is closed both ways, then takes
    /// their record, leaving it empty for the next connections.
    pub async fn take_closed(&self) -> Vec<TappedConnection> {
        while lock(&self.connections).iter().any(|connection| connection.open_directions > 0) {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        std::mem::take(&mut *lock(&self.connections))
    }
}

impl Drop for WireTap {
    fn drop(&mut self) {
        self.acceptor.abort();
    }
}

fn lock(log: &Mutex<Vec<TappedConnection>>) -> MutexGuard<'_, Vec<TappedConnection>> {
    log.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Forwards one connection both ways until either side closes.
async fn relay(client: TcpStream, upstream: SocketAddr, log: Arc<Mutex<Vec<TappedConnection>>>, index: usize) {
    let Ok(server) = TcpStream::connect(upstream).await else { return };
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    let up = pump(client_read, server_write, Direction::ToServer, Arc::clone(&log), index);
    let down = pump(server_read, client_write, Direction::ToClient, log, index);
    tokio::join!(up, down);
}

/// Copies one direction, recording bytes and messages before forwarding them,
/// so the record keeps the order in which messages crossed.
async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    direction: Direction,
    log: Arc<Mutex<Vec<TappedConnection>>>,
    index: usize,
) {
    let mut reader = StreamReader::new(direction);
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let read = match from.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(read) => read,
        };
        {
            let mut log = lock(&log);
            let connection = &mut log[index];
            match direction {
                Direction::ToServer => connection.bytes_to_server += read as u64,
                Direction::ToClient => connection.bytes_to_client += read as u64,
            }
            reader.feed(&chunk[..read], connection);
        }
        if to.write_all(&chunk[..read]).await.is_err() {
            break;
        }
    }
    // The other side learns this side is done; an error means it is gone already.
    let _closed = to.shutdown().await;
    lock(&log)[index].open_directions -= 1;
}

/// Reads one direction of a connection: the HTTP head, then, once the
/// connection is upgraded, WebSocket frames.
struct StreamReader {
    direction: Direction,
    buffer: Vec<u8>,
    /// Set once the HTTP head has been read: whether WebSocket frames follow.
    framed: Option<bool>,
    /// The payload of a message split over several frames, and their framed size.
    partial: (Vec<u8>, usize),
}

impl StreamReader {
    fn new(direction: Direction) -> StreamReader {
        StreamReader { direction, buffer: Vec::new(), framed: None, partial: (Vec::new(), 0) }
    }

    fn feed(&mut self, bytes: &[u8], connection: &mut TappedConnection) {
        if self.framed == Some(false) {
            return;
        }
        self.buffer.extend_from_slice(bytes);
        if self.framed.is_none() {
            let Some(end) = self.buffer.windows(4).position(|w| w == b"\r\n\r\n") else { return };
            let head = String::from_utf8_lossy(&self.buffer[..end]).into_owned();
            let upgraded = match self.direction {
                Direction::ToServer => {
                    connection.first_request = head.lines().next().unwrap_or_default().to_owned();
                    head.to_lowercase().contains("upgrade: websocket")
                }
                Direction::ToClient => head.starts_with("HTTP/1.1 101"),
            };
            self.framed = Some(upgraded);
            self.buffer.drain(..end + 4);
            if !upgraded {
                return;
            }
        }
        while let Some(message) = self.next_frame() {
            connection.messages.push(message);
        }
    }

    /// The next complete message in the buffer, if any.
    fn next_frame(&mut self) -> Option<WireMessage> {
        loop {
            let mut cursor = Cursor::new(&self.buffer);
            let (header, length) = FrameHeader::parse(&mut cursor).ok()??;
            let start = usize::try_from(cursor.position()).ok()?;
            let end = start.checked_add(usize::try_from(length).ok()?)?;
            if self.buffer.len() < end {
                return None;
            }
            let mut payload: Vec<u8> = self.buffer.drain(..end).skip(start).collect();
            if let Some(mask) = header.mask {
                payload.iter_mut().enumerate().for_each(|(i, byte)| *byte ^= mask[i % 4]);
            }
            let kind = match header.opcode {
                OpCode::Control(Control::Ping) => "ping".to_owned(),
                OpCode::Control(Control::Pong) => "pong".to_owned(),
                OpCode::Control(_) => "close".to_owned(),
                OpCode::Data(_) => {
                    self.partial.0.extend_from_slice(&payload);
                    self.partial.1 += end;
                    if !header.is_final {
                        continue;
                    }
                    let (whole, framed) = std::mem::take(&mut self.partial);
                    let kind = message_type(&whole);
                    return Some(WireMessage { direction: self.direction, kind, payload: whole.len(), framed });
                }
            };
            return Some(WireMessage { direction: self.direction, kind, payload: payload.len(), framed: end });
        }
    }
}

/// The `type` field of an automerge-repo message (a CBOR map).
fn message_type(payload: &[u8]) -> String {
    let Ok(ciborium::Value::Map(fields)) = ciborium::from_reader::<ciborium::Value, _>(payload) else {
        return "not-cbor".to_owned();
    };
    fields
        .into_iter()
        .find(|(key, _)| key.as_text() == Some("type"))
        .and_then(|(_, value)| value.into_text().ok())
        .unwrap_or_else(|| "untyped".to_owned())
}

#[cfg(test)]
mod tests {
    use tokio_tungstenite::tungstenite::protocol::frame::Frame;
    use tokio_tungstenite::tungstenite::protocol::frame::coding::Data;

    use super::*;

    /// A binary frame holding the CBOR map `{"type": kind}`, masked as a client's are.
    fn frame(kind: &str, mask: Option<[u8; 4]>) -> Vec<u8> {
        let mut payload = Vec::new();
        let message = ciborium::Value::Map(vec![("type".into(), kind.into())]);
        ciborium::into_writer(&message, &mut payload).expect("encode");
        let mut frame = Frame::message(payload, OpCode::Data(Data::Binary), true);
        frame.header_mut().mask = mask;
        let mut bytes = Vec::new();
        frame.format(&mut bytes).expect("format");
        bytes
    }

    #[test]
    fn reads_messages_after_the_upgrade_in_any_chunking_and_counts_round_trips() {
        let mut connection = TappedConnection::default();
        let mut up = StreamReader::new(Direction::ToServer);
        let mut down = StreamReader::new(Direction::ToClient);
        let mut request = b"GET /sync?token=x HTTP/1.1\r\nUpgrade: websocket\r\n\r\n".to_vec();
        request.extend(frame("join", Some([1, 2, 3, 4])));
        let mut response = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n".to_vec();
        response.extend(frame("peer", None));
        response.extend(frame("sync", None));
        // Bytes arrive split anywhere, even inside a header or a frame.
        for chunk in request.chunks(5) {
            up.feed(chunk, &mut connection);
        }
        for chunk in response.chunks(7) {
            down.feed(chunk, &mut connection);
        }
        up.feed(&frame("sync", Some([9, 9, 9, 9])), &mut connection);
        down.feed(&frame("sync", None), &mut connection);

        let kinds: Vec<_> = connection.messages.iter().map(|m| (m.direction, m.kind.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (Direction::ToServer, "join"),
                (Direction::ToClient, "peer"),
                (Direction::ToClient, "sync"),
                (Direction::ToServer, "sync"),
                (Direction::ToClient, "sync")
            ]
        );
        assert_eq!(connection.first_request, "GET /sync?token=x HTTP/1.1");
        assert_eq!(connection.round_trips(), 2);
    }

    #[test]
    fn plain_http_has_no_messages() {
        let mut connection = TappedConnection::default();
        let mut down = StreamReader::new(Direction::ToClient);
        down.feed(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}", &mut connection);
        assert!(!connection.is_websocket());
    }
}
