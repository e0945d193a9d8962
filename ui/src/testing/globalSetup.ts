// Starts, once for a test run, what the UI's tests talk to instead of a stand-in:
// `desk-bridge`, the desktop shell's real commands on loopback (each test opens desks
// on it), and a real `fieldbook-sync` server (tests add the accounts they log in
// with). Both are debug builds: `cargo build -p fieldbook-desktop --features bridge
// --bin desk-bridge -p fieldbook-sync`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SyncServer } from '../../e2e/fieldbook';
import { firstLine, workspaceBinary } from '../../e2e/webdriver';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The desk bridge's base URL. */
    bridge: string;
    /** The sync server's URL and its data directory, for admin commands. */
    syncServer: { url: string; data: string };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const binary = workspaceBinary('desk-bridge');
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing: build it with \`cargo build -p fieldbook-desktop --features bridge --bin desk-bridge\``);
  }
  const bridge = spawn(binary, ['0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await firstLine(bridge, 'desk-bridge');
  const server = await SyncServer.startOn(mkdtempSync(join(tmpdir(), 'fieldbook-ui-sync-')));
  project.provide('bridge', url);
  project.provide('syncServer', { url: server.url, data: server.dataDir });
  return () => {
    bridge.kill('SIGTERM');
    server.stop();
  };
}
