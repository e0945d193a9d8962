// An @automerge/automerge-repo peer for fieldbook-sync, run by tests/tests/sync.rs:
//   node peer.mjs PORT TOKEN USER DOCUMENT_ID MANAGER_NAME
// Finds the portfolio a Rust client created, checks its manager's name, makes a
// change, checks from a second connection that the server kept it, checks that a
// connection without a token is refused, and exits 0 (1 on any failure).
import { Repo } from "@automerge/automerge-repo";
import * as network from "@automerge/automerge-repo-network-websocket";
import WebSocket from "ws";

const [port, token, user, documentId, managerName] = process.argv.slice(2);
if (!managerName) {
  console.error("usage: node peer.mjs PORT TOKEN USER DOCUMENT_ID MANAGER_NAME");
  process.exit(2);
}
const Adapter = network.WebSocketClientAdapter ?? network.BrowserWebSocketClientAdapter;
const give_up = setTimeout(() => fail("timed out"), 30_000);

function fail(reason) {
  console.error(`interop: ${reason}`);
  process.exit(1);
}

function connect() {
  const url = `ws://127.0.0.1:${port}/sync?token=${token}`;
  return new Repo({ network: [new Adapter(url)], peerId: `user/${user}` });
}

/** Resolves with the HTTP status the server refused a token-less WebSocket with. */
function refusedWithoutToken() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/sync`);
    socket.on("unexpected-response", (_request, response) => resolve(response.statusCode));
    socket.on("open", () => reject(new Error("the server accepted a WebSocket without a token")));
    socket.on("error", (error) => reject(error));
  });
}

const url = `automerge:${documentId}`;
const first = connect();
const handle = await first.find(url);
const doc = handle.doc();
if (String(doc?.settings?.manager_name) !== managerName) {
  fail(`expected the portfolio of ${managerName}, got ${JSON.stringify(doc?.settings)}`);
}
handle.change((d) => {
  d.interop_checked_by = "automerge-repo";
});
// Let the change reach the server, then read it back on a connection of its own.
const deadline = Date.now() + 20_000;
let seen = false;
while (!seen && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 200));
  const second = connect();
  const again = await second.find(url);
  seen = again.doc()?.interop_checked_by === "automerge-repo";
  await second.shutdown();
}
if (!seen) fail("the server did not keep the change");
await first.shutdown();

const status = await refusedWithoutToken().catch((error) => fail(error.message));
if (status !== 401) fail(`expected 401 without a token, got ${status}`);
clearTimeout(give_up);
console.log("interop: ok");
process.exit(0);
