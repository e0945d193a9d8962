// Measures how soon the built desktop app announces today's reminders after it
// starts, on the 1,000-client demo portfolio: from asking for the app to the
// notification arriving at a real notification server (dunst on a private D-Bus
// bus, see notifications.ts). Printed, never asserted; recorded in BENCHMARKS.md.
// Run with `npm --prefix ui run bench:e2e` under xvfb-run after
// `cargo build -p fieldbook-desktop -p fieldbook-cli`.
import { afterAll, describe, it } from 'vitest';
import { fieldbook } from './fieldbook';
import { NotificationServer } from './notifications';
import { Driver, newDataDir } from './webdriver';

const STARTS = 3;
/** How often dunst is asked for what it received, in milliseconds: the resolution of the timing. */
const POLL_MS = 20;
/** The demo manager's time zone (region PL). */
const ZONE = 'Europe/Warsaw';

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

/** Adds a tier-C client whose key person was born today, so the next start has a reminder to announce. */
function aKeyPersonBornToday(dataDir: string, n: number): void {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, month: '2-digit', day: '2-digit' }).format(new Date());
  const client = fieldbook(dataDir, 'client', 'add', '--name', `Nowa Firma ${n}`, '--tier', 'C').trim();
  fieldbook(dataDir, 'contact', 'add', '--client', client, '--name', `Osoba ${n}`, '--key-person', 'yes', '--birthday', `--${today}`);
}

describe('the notifier on the 1,000-client demo', () => {
  it('measures start to notification', async () => {
    const notifications = await NotificationServer.start();
    cleanups.push(() => notifications.stop());
    const dataDir = newDataDir();
    fieldbook(dataDir, 'init', '--name', 'Anna Kowalska', '--region', 'PL');
    fieldbook(dataDir, 'demo', '--clients', '1000');
    fieldbook(dataDir, 'settings', 'set', 'notification_time', '00:00');
    const driver = new Driver(dataDir, 4490, notifications.env);
    cleanups.push(() => driver.stop());
    await driver.ready();

    const starts: { toNotificationMs: number; reminders: number }[] = [];
    for (let n = 0; n < STARTS; n++) {
      // The first start announces the demo's reminders of the day as well.
      aKeyPersonBornToday(dataDir, n);
      const launched = performance.now();
      const app = await driver.launch();
      const received = await notifications.until(n + 1, 120_000, POLL_MS);
      const toNotificationMs = Math.round(performance.now() - launched);
      // The title counts the reminders announced: `Przypomnienia na dziś: 7`.
      starts.push({ toNotificationMs, reminders: Number(/\d+/.exec(received[n].summary)?.[0]) });
      await app.quit();
    }
    const sorted = starts.map((s) => s.toNotificationMs).sort((a, b) => a - b);
    console.log(JSON.stringify({ startToNotificationMs: { runs: starts, median: sorted[Math.floor(sorted.length / 2)] } }, null, 2));
  });
});
