import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import { I18nProvider } from '../i18n';
import { SYNC_POLL_MS } from '../sync';
import { FAKE_TOKEN, demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { Settings } from './Settings';
import { StatusBar } from './StatusBar';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

function renderStatus(sync: Partial<SyncStatusView>, language: 'en' | 'pl' | 'zh-CN' = 'en') {
  const portfolio = demoPortfolio(3);
  portfolio.sync = { ...portfolio.sync, server: 'https://sync.example.com', user: 'anna', ...sync };
  installFakeShell(portfolio);
  const onRevision = vi.fn();
  render(
    <I18nProvider language={language}>
      <StatusBar onRevision={onRevision} />
    </I18nProvider>,
  );
  return { portfolio, onRevision };
}

const syncStatus = async () => (await screen.findByRole('status')).textContent;

describe('StatusBar', () => {
  it('says sync is not configured until the computer logs in', async () => {
    renderStatus({ state: 'not_configured', server: null, user: null });
    expect(await syncStatus()).toBe('Sync not configured');
  });

  it('shows up to date with the last sync as a relative time', async () => {
    renderStatus({ state: 'up_to_date', lastSynced: minutesAgo(5) });
    expect(await syncStatus()).toBe('Up to date · synced 5 minutes ago');
  });

  it('shows connecting and syncing, and never synced before the first sync', async () => {
    renderStatus({ state: 'connecting' });
    expect(await syncStatus()).toBe('Connecting… · never synced');
  });

  it('counts unsynced changes offline with the Polish plural forms', async () => {
    for (const [count, words] of [
      [1, '1 niezsynchronizowana zmiana'],
      [3, '3 niezsynchronizowane zmiany'],
      [5, '5 niezsynchronizowanych zmian'],
    ] as const) {
      cleanup();
      renderStatus({ state: 'offline', lastSynced: minutesAgo(120), unsyncedChanges: count }, 'pl');
      expect(await syncStatus()).toBe(`Offline · zsynchronizowano 2 godziny temu · ${words}`);
    }
  });

  it("marks a team member's portfolio read-only, in Chinese", async () => {
    renderStatus({ state: 'syncing', lastSynced: minutesAgo(0), readOnly: true }, 'zh-CN');
    expect(await syncStatus()).toBe('正在同步… · 现在同步 · 只读（团队成员的客户档案）');
  });

  it('tells the workspace when the shell took in changes from elsewhere', async () => {
    const { portfolio, onRevision } = renderStatus({ state: 'up_to_date', lastSynced: minutesAgo(1) });
    await waitFor(() => expect(onRevision).toHaveBeenCalledWith(0));
    portfolio.sync = { ...portfolio.sync, revision: 4 };
    await waitFor(() => expect(onRevision).toHaveBeenCalledWith(4), { timeout: SYNC_POLL_MS * 3 });
  });
});

describe('Sync settings', () => {
  function renderSettings() {
    const portfolio = installFakeShell(demoPortfolio(3));
    render(
      <I18nProvider language="en">
        <Settings settings={portfolio.settings!} onSettings={vi.fn()} />
      </I18nProvider>,
    );
    return portfolio;
  }

  it('refuses a wrong token with the reason and keeps the form', async () => {
    const portfolio = renderSettings();
    fireEvent.change(screen.getByLabelText('Sync server'), { target: { value: 'https://sync.example.com' } });
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: 'guess' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in and sync' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/refused the token/);
    expect(screen.getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    expect(portfolio.sync.state).toBe('not_configured');
  });

  it('logs in with the right token and says with whom it syncs', async () => {
    renderSettings();
    fireEvent.change(screen.getByLabelText('Sync server'), { target: { value: 'https://sync.example.com' } });
    fireEvent.change(screen.getByLabelText('Token'), { target: { value: FAKE_TOKEN } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in and sync' }));
    expect(await screen.findByText('Syncing with https://sync.example.com as anna.kowalska')).toBeTruthy();
    expect((screen.getByLabelText('Token') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
