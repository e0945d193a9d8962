import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { mockIPC } from '@tauri-apps/api/mocks';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingsView } from '../bindings/SettingsView';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import { I18nProvider } from '../i18n';
import { account, anotherDesk, eventually, realShell, syncServer } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import type { RealShell } from '../testing/realShell';
import { Settings } from './Settings';
import { StatusBar } from './StatusBar';

afterEach(() => {
  vi.useRealTimers();
});

function renderStatus(language: 'en' | 'pl' | 'zh-CN' = 'en') {
  const onRevision = vi.fn();
  render(
    <I18nProvider language={language}>
      <StatusBar onRevision={onRevision} />
    </I18nProvider>,
  );
  return onRevision;
}

/** The sync status the bar shows, once it shows `expected`. */
async function showsStatus(expected: string) {
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(expected), { timeout: 10_000 });
}

/** Waits until the desk's sync status is as `done` wants it. */
const syncStatus = (shell: RealShell, done: (status: SyncStatusView) => boolean, what: string) =>
  eventually(() => shell.call<SyncStatusView>('sync_status'), done, what);

const upToDate = (status: SyncStatusView) => status.state === 'up_to_date' && status.unsyncedChanges === 0;

/** The computer's clock (the one the UI reads) `minutes` after `instant`; the desk's and the server's are left alone. */
function clockAt(instant: string, minutes: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.parse(instant) + minutes * 60_000);
}

/** Anna's portfolio on the desk behind `invoke`, logged in to the sync server and synced up. */
async function annaSynced() {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1);
  const anna = account('anna.kowalska');
  await shell.commands.syncLogin(syncServer(), anna.token);
  const status = await syncStatus(shell, upToDate, 'synced up');
  return { shell, seeded, anna, status };
}

/**
 * A door to the sync server on a port of its own that lets `connections` connections
 * through to it, then closes: the port is then closed, as a server out of reach.
 */
async function door(connections: number): Promise<string> {
  const { hostname, port } = new URL(syncServer());
  let taken = 0;
  const server = createServer((client: Socket) => {
    taken += 1;
    if (taken >= connections) server.close();
    const upstream = connect(Number(port), hostname);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', drop);
      socket.on('close', drop);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Has the desk's sync start again while its server is out of reach (as when the app
 * starts on the road): it logs in through a door that lets only the login's check
 * through, so the real server checks the token, and the sync then finds the port closed.
 */
async function offline(shell: RealShell, token: string, unsynced: number) {
  await shell.commands.syncLogin(await door(1), token);
  return syncStatus(
    shell,
    (status) => status.state === 'offline' && status.unsyncedChanges === unsynced,
    `offline with ${unsynced} unsynced changes`,
  );
}

/**
 * Answers `sync_status` with `answer` and everything else from the real desk. Only for
 * states the real shell holds for a moment (connecting, syncing), which no test can
 * hold still long enough to read from the status bar.
 */
function holdStatus(shell: RealShell, answer: SyncStatusView) {
  mockIPC((command, args) => (command === 'sync_status' ? answer : shell.call(command, (args ?? {}) as Record<string, unknown>)));
}

describe('StatusBar', () => {
  it('says sync is not configured until the computer logs in', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 1);
    renderStatus();
    await showsStatus('Sync not configured');
  });

  it('shows up to date with the last sync as a relative time', async () => {
    const { status } = await annaSynced();
    clockAt(status.lastSynced ?? '', 5);
    renderStatus();
    await showsStatus('Up to date · synced 5 minutes ago');
  });

  it('shows connecting and syncing, and never synced before the first sync', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 1);
    const anna = account('anna.kowalska');
    // The first moment after logging in, before the sync reached the server.
    holdStatus(shell, {
      state: 'connecting',
      server: syncServer(),
      user: anna.user,
      lastSynced: null,
      unsyncedChanges: 0,
      readOnly: false,
      problem: null,
      lead: false,
      revision: 0,
    });
    renderStatus();
    await showsStatus('Connecting… · never synced');
  });

  it('counts unsynced changes offline with the Polish plural forms', async () => {
    const { shell, seeded, anna, status } = await annaSynced();
    await offline(shell, anna.token, 0);
    let made = 0;
    for (const [count, words] of [
      [1, '1 niezsynchronizowana zmiana'],
      [3, '3 niezsynchronizowane zmiany'],
      [5, '5 niezsynchronizowanych zmian'],
    ] as const) {
      cleanup();
      vi.useRealTimers();
      for (; made < count; made++) await shell.commands.setClientField(seeded.orlen, 'industry', `Branża ${made}`);
      // The shell counts the changes made while its server is out of reach when its sync
      // starts again (it does not recount them as they are made then), so it starts again.
      await offline(shell, anna.token, count);
      clockAt(status.lastSynced ?? '', 120);
      renderStatus('pl');
      await showsStatus(`Offline · zsynchronizowano 2 godziny temu · ${words}`);
    }
  }, 60_000);

  it("marks a team member's portfolio read-only, in Chinese", async () => {
    const { shell, status } = await annaSynced();
    // Syncing lasts as long as one exchange: the real answer of a synced desk, caught in it.
    holdStatus(shell, { ...status, state: 'syncing', readOnly: true });
    clockAt(status.lastSynced ?? '', 0);
    renderStatus('zh-CN');
    await showsStatus('正在同步… · 现在同步 · 只读（团队成员的客户档案）');
  });

  it('tells the workspace when the shell took in changes from elsewhere', async () => {
    const { shell, anna } = await annaSynced();
    const onRevision = renderStatus();
    await waitFor(() => expect(onRevision).toHaveBeenCalled());
    const first = onRevision.mock.calls[0][0] as number;
    // Anna's other computer joins, adds a client and syncs it up; this desk takes it in.
    const laptop = await anotherDesk();
    await laptop.commands.joinPortfolio(syncServer(), anna.token, 'pl');
    await laptop.commands.addClient({ name: 'Klient z laptopa', tier: 'C' });
    await waitFor(() => expect(onRevision.mock.calls.some(([revision]) => revision > first)).toBe(true), { timeout: 20_000 });
    // What it took in: the laptop's client.
    expect(await shell.commands.portfolioSummary()).toMatchObject({ clientCount: 3 });
  }, 60_000);
});

describe('Sync settings', () => {
  async function renderSettings() {
    const shell = await realShell();
    // An English portfolio: the shell says why it refused in the manager's language.
    await annasPortfolio(shell, 2, 'en');
    const settings = await shell.call<SettingsView>('settings');
    render(
      <I18nProvider language="en">
        <Settings settings={settings} onSettings={vi.fn()} />
      </I18nProvider>,
    );
    return shell;
  }

  it('refuses a wrong token with the reason and keeps the form', async () => {
    const shell = await renderSettings();
    fireEvent.change(screen.getByLabelText('Sync server'), { target: { value: syncServer() } });
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: 'guess' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in and sync' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/refused the token/);
    expect(screen.getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    expect((await shell.call<SyncStatusView>('sync_status')).state).toBe('not_configured');
  });

  it('logs in with the right token and says with whom it syncs', async () => {
    await renderSettings();
    const anna = account('anna.kowalska');
    fireEvent.change(screen.getByLabelText('Sync server'), { target: { value: syncServer() } });
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: anna.token } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in and sync' }));
    // The shell names the server as it keeps it, with the URL's trailing slash.
    expect(await screen.findByText(`Syncing with ${syncServer()}/ as ${anna.user}`, {}, { timeout: 10_000 })).toBeTruthy();
    expect((screen.getByLabelText('Token') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
