// The other real programs the real-window tests work with: the `fieldbook` CLI,
// which prepares a portfolio in the data directory the app then opens, and the
// `fieldbook-sync` server on loopback, through which two devices sync.
// Both are the debug builds (`cargo build -p fieldbook-cli -p fieldbook-sync`).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, workspaceBinary } from './webdriver';

function binary(name: string, pkg: string): string {
  const path = workspaceBinary(name);
  if (!existsSync(path)) throw new Error(`${path} is missing: build it with \`cargo build -p ${pkg}\``);
  return path;
}

/** Runs `fieldbook ARGS` on `dataDir` and returns what it printed; a failure throws with its stderr. */
export function fieldbook(dataDir: string, ...args: string[]): string {
  return execFileSync(binary('fieldbook', 'fieldbook-cli'), args, {
    env: { ...process.env, FIELDBOOK_DATA_DIR: dataDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `fieldbook-sync serve` on a fresh data directory and a free port of 127.0.0.1. */
export class SyncServer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly data: string,
    /** The URL a device logs in to. */
    readonly url: string,
  ) {}

  static async start(): Promise<SyncServer> {
    const data = mkdtempSync(join(tmpdir(), 'fieldbook-e2e-sync-'));
    return SyncServer.startOn(data);
  }

  /** `fieldbook-sync serve` on the data directory `data`. */
  static async startOn(data: string): Promise<SyncServer> {
    const child = spawn(binary('fieldbook-sync', 'fieldbook-sync'), ['serve', '--listen', '127.0.0.1:0', '--data', data], {
      env: withoutServerConfig(),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The server prints `listening on ADDR` once bound.
    const addr = (await firstLine(child, 'fieldbook-sync')).replace(/^listening on /, '');
    return new SyncServer(child, data, `http://${addr}`);
  }

  /** Adds a manager and returns the secret of a token issued to them. */
  manager(name: string): string {
    this.admin('user', 'add', name, '--role', 'manager');
    return issueToken(this.data, name);
  }

  stop(): void {
    this.child.kill('SIGTERM');
  }

  /** The server's data directory, where [`adminOn`] works. */
  get dataDir(): string {
    return this.data;
  }

  private admin(...args: string[]): string {
    return adminOn(this.data, ...args);
  }
}

/** Issues a token to the account `name` on the server of `data`; returns its secret. */
export function issueToken(data: string, name: string): string {
  const printed = adminOn(data, 'token', 'issue', name);
  const secret = printed.match(/^token: (.+)$/m)?.[1];
  if (!secret) throw new Error(`no token in ${JSON.stringify(printed)}`);
  return secret;
}

/** Runs the admin command `fieldbook-sync --data DATA ARGS`; returns what it printed. */
export function adminOn(data: string, ...args: string[]): string {
  return execFileSync(binary('fieldbook-sync', 'fieldbook-sync'), ['--data', data, ...args], {
    env: withoutServerConfig(),
    encoding: 'utf8',
  });
}

/** The environment without the server's configuration variables, so a developer's own cannot leak in. */
function withoutServerConfig(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('FIELDBOOK_SYNC_')));
}
