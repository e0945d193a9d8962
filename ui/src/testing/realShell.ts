// The real desktop shell behind `invoke`, for component tests (jsdom) and browser
// tests (Chromium): every command goes to `desk-bridge` (src-tauri/src/bin/desk-bridge.rs),
// which runs it on a real desk — the core, the actions, the replica and its SQLite
// file — over a temporary data directory of its own. Nothing here knows the domain.
import { mockIPC } from '@tauri-apps/api/mocks';
import type { CommandError } from '../bindings/CommandError';
import { commandsVia } from '../bindings/commands';

/** A command the UI invoked, as it invoked it. */
export interface Call {
  command: string;
  args: Record<string, unknown>;
}

/** One desk of the bridge: a fresh portfolio directory with the shell's commands. */
export class RealShell {
  /** What the UI invoked, in order (not what a test called through [`call`]). */
  readonly calls: Call[] = [];
  /** The shell's typed commands run on this desk directly, not recorded in [`calls`]. */
  readonly commands = commandsVia((command, args) => this.call(command, args));

  private constructor(
    readonly bridge: string,
    readonly desk: string,
  ) {}

  /** A new desk on the bridge at `bridge`; its clock stands at `now` (RFC 3339) when given. */
  static async open(bridge: string, now?: string): Promise<RealShell> {
    const response = await fetch(`${bridge}/desks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(now ? { now } : {}),
    });
    if (!response.ok) throw new Error(`desk-bridge refused a desk: ${await response.text()}`);
    const { desk } = (await response.json()) as { desk: string };
    return new RealShell(bridge, desk);
  }

  /** The desk `desk` of the bridge at `bridge`, already open. */
  static of(bridge: string, desk: string): RealShell {
    return new RealShell(bridge, desk);
  }

  /** Runs `command` on the desk as the app would; a refusal rejects with its `CommandError`. */
  async call<T = unknown>(command: string, args: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.bridge}/desks/${this.desk}/invoke/${command}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    if (response.status === 422) throw (await response.json()) as CommandError;
    if (!response.ok) throw new Error(`desk-bridge: ${command}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** Puts this desk behind `invoke`, recording each call in [`calls`]. */
  install(): this {
    mockIPC((command, args) => {
      const given = (args ?? {}) as Record<string, unknown>;
      this.calls.push({ command, args: given });
      return this.call(command, given);
    });
    return this;
  }

  /** The calls of `command`, their arguments in order. */
  argsOf(command: string): Record<string, unknown>[] {
    return this.calls.filter((c) => c.command === command).map((c) => c.args);
  }

  /** Drops the desk and its directory. */
  async close(): Promise<void> {
    await fetch(`${this.bridge}/desks/${this.desk}`, { method: 'DELETE' });
  }
}
