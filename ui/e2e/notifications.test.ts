// The real app announces today's care reminders to a real notification server
// (dunst on a private D-Bus session bus, under Xvfb) — once: not again after a
// restart, and not on a second device that synced the first one's portfolio —
// and names hold what was typed, `<` and `&` too, whether the server reads the
// text as markup or as plain text.
//
// The notifier looks at start-up and then every minute. A start with nothing
// new to announce shows nothing, which a test cannot tell from "not yet"; so
// before each later start a new key person with a birthday today is added
// through the CLI, and the one notification that start shows must name that
// person alone.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SyncServer, fieldbook } from './fieldbook';
import { NotificationServer, type Notice } from './notifications';
import { Driver, type Session, newDataDir } from './webdriver';

/** The portfolio's time zone: Chinese managers are set up in Shanghai time. */
const ZONE = 'Asia/Shanghai';

/** Today in `ZONE` as a birthday without a year, `--MM-DD`. */
function bornToday(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, month: '2-digit', day: '2-digit' }).formatToParts();
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `--${part('month')}-${part('day')}`;
}

/** Adds a tier-C client (care: a message on a key person's birthday) with a key person born today. */
function aKeyPersonBornToday(dataDir: string, client: string, person: string): void {
  const clientId = fieldbook(dataDir, 'client', 'add', '--name', client, '--tier', 'C').trim();
  fieldbook(dataDir, 'contact', 'add', '--client', clientId, '--name', person, '--key-person', 'yes', '--birthday', bornToday());
}

/**
 * The notification one birthday reminder gives, in Chinese. The app is named after its
 * executable: the notification plugin leaves notify-rust's default and cannot set a name.
 */
function birthdayNotice(person: string, client: string): Notice {
  return { app: 'fieldbook-desktop', summary: '今日有 1 条提醒', body: `${person}，${client}：发送问候 — 生日` };
}

const cleanups: (() => void)[] = [];
const sessions: Session[] = [];

// An app a failed test left open would take the next start over (one instance per user).
// Newest first: `quit` waits for every app on the session's data directory to be gone.
afterEach(async () => {
  for (const session of sessions.splice(0).reverse()) await session.quit();
});

afterAll(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

/** `tauri-driver` for apps on `dataDir` that notify `notifications`, stopped after the tests. */
function driverFor(dataDir: string, port: number, notifications: NotificationServer): Driver {
  const driver = new Driver(dataDir, port, notifications.env);
  cleanups.push(() => driver.stop());
  return driver;
}

/** Starts the app and waits until its window shows the portfolio. */
async function start(driver: Driver): Promise<Session> {
  await driver.ready();
  const app = await driver.launch();
  sessions.push(app);
  await app.find(`//h1[starts-with(., '今天')]`, 60_000);
  return app;
}

/** A Chinese manager's new portfolio in `dataDir`, announcing from midnight (so whenever the test runs). */
function aPortfolioAnnouncingFromMidnight(dataDir: string): void {
  fieldbook(dataDir, 'init', '--name', '李娜', '--region', 'CN', '--tz', ZONE);
  fieldbook(dataDir, 'settings', 'set', 'notification_time', '00:00');
}

describe('desktop notifications', () => {
  const laptop = newDataDir();
  let notifications: NotificationServer;

  beforeAll(async () => {
    notifications = await NotificationServer.start();
    cleanups.push(() => notifications.stop());
  });

  it("announces today's reminder once, and not again after a restart", async () => {
    aPortfolioAnnouncingFromMidnight(laptop);
    aKeyPersonBornToday(laptop, '华东电力', '王总');

    const driver = driverFor(laptop, 4460, notifications);
    const app = await start(driver);
    expect(await notifications.until(1)).toEqual([birthdayNotice('王总', '华东电力')]);
    await app.quit();

    aKeyPersonBornToday(laptop, '上海银行', '陈经理');
    await start(driver);
    expect(await notifications.until(2)).toEqual([
      birthdayNotice('王总', '华东电力'),
      birthdayNotice('陈经理', '上海银行'),
    ]);
  });

  it('does not announce on a second device what the first one announced', async () => {
    const server = await SyncServer.start();
    cleanups.push(() => server.stop());
    const token = server.manager('li.na');
    fieldbook(laptop, 'login', '--server', server.url, '--token', token);
    fieldbook(laptop, 'sync');

    const desktop = newDataDir();
    fieldbook(desktop, 'join', '--server', server.url, '--token', token);
    aKeyPersonBornToday(desktop, '招商银行', '刘总');
    await start(driverFor(desktop, 4462, notifications));
    expect(await notifications.until(3)).toEqual([
      birthdayNotice('王总', '华东电力'),
      birthdayNotice('陈经理', '上海银行'),
      birthdayNotice('刘总', '招商银行'),
    ]);
  });
});

describe('a name holding < and &', () => {
  const [client, person] = ['A&B <Ltd>', 'Kowalski <Biuro>'];
  const servers = [
    ['markup', 4464],
    ['plain text', 4466],
  ] as const;

  for (const [reading, port] of servers) {
    it(`is shown as typed by a server reading the text as ${reading}`, async () => {
      const notifications = await NotificationServer.start(reading);
      cleanups.push(() => notifications.stop());
      const laptop = newDataDir();
      aPortfolioAnnouncingFromMidnight(laptop);
      aKeyPersonBornToday(laptop, client, person);

      await start(driverFor(laptop, port, notifications));
      expect(await notifications.until(1)).toEqual([birthdayNotice(person, client)]);
    });
  }
});
