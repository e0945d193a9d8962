// A small WebDriver client over fetch, enough to drive the real app through
// `tauri-driver` (which hands the session to Debian's WebKitWebDriver), plus
// what the tests need around it: a data directory per test, killing the app, the
// workspace's other binaries and the first line a helper process prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The W3C WebDriver key of an element reference. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** The debug build of a binary of the workspace (`cargo build -p …`). */
export function workspaceBinary(name: string): string {
  return resolve(join(import.meta.dirname, '../..'), process.env.CARGO_TARGET_DIR ?? 'target', 'debug', name);
}

/** The debug build of the desktop app (`cargo build -p fieldbook-desktop`). */
export const APP = process.env.FIELDBOOK_APP ?? workspaceBinary('fieldbook-desktop');

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'fieldbook-e2e-'));
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** `tauri-driver` serving apps that keep their portfolio in `dataDir`, with `env` added to their environment. */
export class Driver {
  private process: ChildProcess;
  private readonly url: string;

  constructor(readonly dataDir: string, port: number, env: Record<string, string> = {}) {
    this.url = `http://127.0.0.1:${port}`;
    this.process = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
      env: { ...process.env, ...env, FIELDBOOK_DATA_DIR: dataDir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }

  async ready(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        await fetch(`${this.url}/status`);
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`tauri-driver did not answer on ${this.url}`);
  }

  /** Starts the app in a new WebDriver session. */
  async launch(): Promise<Session> {
    const body = { capabilities: { alwaysMatch: { browserName: 'wry', 'tauri:options': { application: APP } } } };
    const { sessionId } = (await call(`${this.url}/session`, 'POST', body)) as { sessionId: string };
    return new Session(`${this.url}/session/${sessionId}`, this.dataDir);
  }

  stop(): void {
    this.process.kill('SIGTERM');
  }
}

async function call(url: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = (await response.json()) as { value: unknown };
  if (!response.ok) {
    throw new Error(`${method} ${url}: ${JSON.stringify(value)}`);
  }
  return value;
}

export class Session {
  constructor(
    private readonly url: string,
    private readonly dataDir: string,
  ) {}

  /** The first element at `xpath`, waiting up to `timeoutMs` for it. */
  async find(xpath: string, timeoutMs = 15_000): Promise<Element> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const found = (await call(`${this.url}/element`, 'POST', { using: 'xpath', value: xpath })) as Record<string, string>;
        return new Element(`${this.url}/element/${found[ELEMENT]}`);
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(150);
      }
    }
  }

  /** Clicks the element at `xpath`, finding it again if the UI re-rendered it meanwhile. */
  async click(xpath: string, timeoutMs = 15_000): Promise<void> {
    await this.until(
      () => this.find(xpath, timeoutMs).then((element) => element.click()).then(() => true),
      (clicked) => clicked,
      timeoutMs,
    );
  }

  /** Waits until `read` answers something `accept` accepts, and returns it. */
  async until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read().catch(() => undefined);
      if (value !== undefined && accept(value)) return value;
      if (Date.now() > deadline) throw new Error(`gave up waiting; last saw ${JSON.stringify(value)}`);
      await sleep(150);
    }
  }

  /** Sets an `<input>` the way a person typing or picking its value does (WebKit's date and time picker takes no keys). */
  async fill(element: Element, value: string): Promise<void> {
    await this.run(
      `const [input, value] = arguments;
       Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
       input.dispatchEvent(new Event('input', { bubbles: true }));`,
      element.reference(),
      value,
    );
  }

  /** Sets a `<select>` the way a person choosing an option does. */
  async choose(element: Element, value: string): Promise<void> {
    await this.run(
      `const [select, value] = arguments;
       Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(select, value);
       select.dispatchEvent(new Event('change', { bubbles: true }));`,
      element.reference(),
      value,
    );
  }

  async run(script: string, ...args: unknown[]): Promise<unknown> {
    return call(`${this.url}/execute/sync`, 'POST', { script, args });
  }

  /** Runs `script` in the page; it answers by calling its last argument. */
  async runAsync(script: string, ...args: unknown[]): Promise<unknown> {
    return call(`${this.url}/execute/async`, 'POST', { script, args });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from((await call(`${this.url}/screenshot`, 'GET')) as string, 'base64');
  }

  /** Kills the app with SIGKILL, as a crash or a power cut would, and forgets the session. */
  kill(): void {
    const running = appProcesses(this.dataDir);
    if (running.length === 0) throw new Error(`no app is running on ${this.dataDir}`);
    for (const pid of running) {
      process.kill(pid, 'SIGKILL');
    }
  }

  async close(): Promise<void> {
    await call(this.url, 'DELETE').catch(() => undefined);
  }

  /** Ends the session, which closes the app, and waits until no app runs on its data directory. */
  async quit(): Promise<void> {
    await this.close();
    await this.until(async () => appProcesses(this.dataDir).length, (running) => running === 0);
  }
}

export class Element {
  constructor(private readonly url: string) {}

  reference(): Record<string, string> {
    return { [ELEMENT]: this.url.split('/').at(-1) ?? '' };
  }

  async click(): Promise<void> {
    await call(`${this.url}/click`, 'POST', {});
  }

  async type(text: string): Promise<void> {
    await call(`${this.url}/value`, 'POST', { text });
  }

  async text(): Promise<string> {
    return (await call(`${this.url}/text`, 'GET')) as string;
  }

  async value(): Promise<string> {
    return (await call(`${this.url}/property/value`, 'GET')) as string;
  }
}

/** The running app processes that keep their portfolio in `dataDir`. */
export function appProcesses(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const exe = readlinkSync(`/proc/${pid}/exe`);
        const env = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        return exe === APP && env.includes(`FIELDBOOK_DATA_DIR=${dataDir}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The first line `child` prints, trimmed; `name` says who failed to print it. */
export function firstLine(child: ChildProcess, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${name} exited (${code}) before printing a line`)));
    if (!child.stdout) throw new Error(`${name}'s output is not piped`);
    createInterface({ input: child.stdout }).once('line', (line) => resolve(line.trim()));
  });
}
