import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import { account, anotherDesk, eventually, realShell, syncServer } from '../testing/desk';
import type { RealShell } from '../testing/realShell';

const JOIN = 'I already use Fieldbook on another computer';

async function join(server: string, token: string) {
  const form = await screen.findByRole('form', { name: JOIN });
  fireEvent.change(within(form).getByLabelText('Sync server'), { target: { value: server } });
  fireEvent.change(within(form).getByLabelText('Token'), { target: { value: token } });
  fireEvent.click(within(form).getByRole('button', { name: 'Bring my portfolio here' }));
  return form;
}

/**
 * Anna's first computer: a Polish portfolio of three clients, logged in with
 * `token` and synced up to the server.
 */
async function firstComputer(token: string): Promise<RealShell> {
  const desk = await anotherDesk();
  await desk.call('create_portfolio', {
    setup: { managerName: 'Anna Kowalska', region: 'PL', language: 'pl', timeZone: 'Europe/Warsaw', demoClients: null },
  });
  for (const [name, tier] of [['PKN Orlen', 'A'], ['Klient 1', 'B'], ['Klient 2', 'C']]) {
    await desk.call('add_client', { client: { name, tier } });
  }
  await desk.call('sync_login', { server: syncServer(), token });
  await eventually(
    () => desk.call<SyncStatusView>('sync_status'),
    (status) => status.state === 'up_to_date' && status.unsyncedChanges === 0,
    'synced the first computer up',
  );
  return desk;
}

describe('joining from another computer on first run', () => {
  it('shows a refused token, then pulls the portfolio and opens it', async () => {
    const anna = account('anna.kowalska');
    await firstComputer(anna.token);
    const shell = await realShell();
    render(<App />);

    const form = await join(syncServer(), 'wrong-token');
    expect((await within(form).findByRole('alert')).textContent).toContain('refused the token');
    expect(within(form).getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    // Nothing was kept: this computer still has no portfolio.
    await expect(shell.call('settings')).rejects.toMatchObject({ code: 'not_initialized' });

    fireEvent.change(within(form).getByLabelText('Token'), { target: { value: anna.token } });
    fireEvent.click(within(form).getByRole('button', { name: 'Bring my portfolio here' }));
    // The pulled portfolio is Polish: the workspace opens in Polish, synced.
    expect(await screen.findByRole('heading', { name: /^Dziś,/ }, { timeout: 20_000 })).toBeTruthy();
    expect(await screen.findByText('3 klientów')).toBeTruthy();
    expect(shell.argsOf('join_portfolio').at(-1)).toEqual({
      server: syncServer(),
      token: anna.token,
      language: 'en',
    });
  });

  it('says when the server has no portfolio yet, and a new one can still be created', async () => {
    const li = account('li.na');
    const shell = await realShell();
    render(<App />);

    const form = await join(syncServer(), li.token);
    const alert = await within(form).findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toContain('holds no portfolio');
    expect(alert.textContent).toContain(li.user);
    expect(within(form).getByRole('button', { name: 'Bring my portfolio here' })).toHaveProperty('disabled', false);

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Li Na' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Load a demo portfolio' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create portfolio' }));
    expect(await screen.findByRole('heading', { name: /^Today,/ })).toBeTruthy();
    expect((await shell.call<{ managerName: string }>('settings')).managerName).toBe('Li Na');
  });
});
