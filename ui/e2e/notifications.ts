// A real desktop notification server for the real-window tests: a private D-Bus
// session bus with Debian's `dunst` on it, under the Xvfb display the tests run
// in. An app started with `env` shows its notifications there, and `received`
// reads them back from dunst's history, as dunst shows them. The bus is private
// so that the test never reaches (or is disturbed by) a developer's own desktop
// session.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { firstLine } from './webdriver';

/** The bus's configuration, beside this file. */
const BUS_CONF = join(import.meta.dirname, 'bus.conf');

/** How the server reads a notification's body: as markup (dunst's usual setting) or as plain text. */
export type BodyReading = 'markup' | 'plain text';

/** dunst's configuration for each way of reading bodies, beside this file. */
const DUNSTRC: Record<BodyReading, string> = {
  markup: join(import.meta.dirname, 'dunstrc'),
  'plain text': join(import.meta.dirname, 'dunstrc-plain'),
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A notification as dunst shows it: the app's name, and the summary and body as they read on screen. */
export interface Notice {
  app: string;
  summary: string;
  body: string;
}

/**
 * One entry of `dunstctl history`: every field is `{ type, data }`. `message` is what
 * dunst draws: its `format` (dunstrc: the summary in bold, a line break, the body) as
 * Pango markup.
 */
type HistoryEntry = Record<'appname' | 'message', { data: string }>;

/**
 * The summary and body a `message` shows. Pango reads markup as XML and draws its
 * text; markup that is not well-formed is a broken notification, and fails the test.
 */
function shown(message: string): Pick<Notice, 'summary' | 'body'> {
  let text: string;
  try {
    const markup = new JSDOM(`<markup>${message}</markup>`, { contentType: 'application/xml' });
    text = markup.window.document.documentElement.textContent ?? '';
  } catch (error) {
    throw new Error(`dunst cannot read the markup of ${JSON.stringify(message)}: ${error}`);
  }
  const [summary, ...body] = text.split('\n');
  return { summary, body: body.join('\n') };
}

export class NotificationServer {
  private constructor(
    private readonly bus: ChildProcess,
    private readonly dunst: ChildProcess,
    /** The environment an app needs to notify here: the bus's address. */
    readonly env: Record<string, string>,
  ) {}

  /** Starts a session bus and dunst on it, and waits until dunst owns the notifications name. */
  static async start(reading: BodyReading = 'markup'): Promise<NotificationServer> {
    if (!process.env.DISPLAY) throw new Error('the notification tests need a display: run them under xvfb-run');
    const bus = spawn('dbus-daemon', [`--config-file=${BUS_CONF}`, '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // dbus-daemon prints its address once it listens.
    const address = await firstLine(bus, 'dbus-daemon');
    const env = { DBUS_SESSION_BUS_ADDRESS: address };
    const dunst = spawn('dunst', ['-config', DUNSTRC[reading]], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const server = new NotificationServer(bus, dunst, env);
    for (let attempt = 0; !server.answers(); attempt++) {
      if (attempt === 100) {
        server.stop();
        throw new Error('dunst did not take the notifications name on the test bus');
      }
      await sleep(100);
    }
    return server;
  }

  /**
   * Every notification received so far, oldest first. Shown ones are closed
   * first, since dunst's history holds the notifications no longer on screen.
   */
  received(): Notice[] {
    this.dunstctl('close-all');
    const history = JSON.parse(this.dunstctl('history')) as { data: HistoryEntry[][] };
    return history.data[0]
      .map((entry) => ({ app: entry.appname.data, ...shown(entry.message.data) }))
      .reverse();
  }

  /** Waits for the `count`th notification to arrive, looking every `pollMs`, and returns all received. */
  async until(count: number, timeoutMs = 60_000, pollMs = 250): Promise<Notice[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const received = this.received();
      if (received.length >= count) return received;
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} notifications, got ${JSON.stringify(received)}`);
      }
      await sleep(pollMs);
    }
  }

  stop(): void {
    this.dunst.kill('SIGTERM');
    this.bus.kill('SIGTERM');
  }

  private answers(): boolean {
    try {
      this.dunstctl('is-paused');
      return true;
    } catch {
      return false;
    }
  }

  private dunstctl(...args: string[]): string {
    return execFileSync('dunstctl', args, {
      env: { ...process.env, ...this.env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  }
}
