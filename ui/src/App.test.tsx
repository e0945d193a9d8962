import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { realShell } from './testing/desk';
import { annasPortfolio } from './testing/portfolios';

/** What the UI invoked, leaving out the status bar's polls of the sync status. */
const asked = (calls: { command: string; args: Record<string, unknown> }[]) => calls.filter((c) => c.command !== 'sync_status');

describe('App', () => {
  it('asks for a name, region and language on first run, then opens Today', async () => {
    const shell = await realShell();
    render(<App />);
    const form = await screen.findByRole('form', { name: 'Welcome to Fieldbook' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Region' }), { target: { value: 'PL' } });
    // Choosing Poland switches the screen to Polish.
    fireEvent.change(await screen.findByLabelText('Imię i nazwisko'), { target: { value: 'Anna Kowalska' } });
    fireEvent.change(screen.getByLabelText('Liczba przykładowych klientów'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Utwórz portfel' }));
    // The shell generates the demo's history first, which takes it a few seconds.
    expect(await screen.findByRole('heading', { name: /^Dziś,/ }, { timeout: 20_000 })).toBeTruthy();
    expect(shell.argsOf('create_portfolio')).toEqual([
      { setup: { managerName: 'Anna Kowalska', region: 'PL', language: 'pl', timeZone: 'Europe/Warsaw', demoClients: 30 } },
    ]);
    // The shell generated the demo's 30 clients.
    expect(await screen.findByText('30 klientów')).toBeTruthy();
  });

  it('switches the whole UI to Chinese from the settings', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 2);
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ustawienia' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Język' }), { target: { value: 'zh-CN' } });
    expect(await screen.findByRole('heading', { name: '设置' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '客户' })).toBeTruthy();
    expect(await screen.findByText('未配置同步')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(asked(shell.calls).filter((c) => c.command === 'set_setting')).toEqual([
      { command: 'set_setting', args: { field: 'language', value: 'zh-CN' } },
    ]);
    expect((await shell.call<{ language: string }>('settings')).language).toBe('zh-CN');
  });

  it('searches as the manager types after / focuses the search box', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 19);
    render(<App />);
    await screen.findByRole('heading', { name: /^Dziś,/ });
    // Today's sales visit to PKN Orlen at 10:00; the shell has no command that adds a follow-up,
    // so none is open in a portfolio made through it.
    expect(await screen.findByRole('button', { name: '10:00 PKN Orlen · Etap sprzedaży' })).toBeTruthy();
    expect(await screen.findByText('Brak otwartych zadań.')).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Szukaj klientów, kontaktów i notatek' });
    act(() => {
      fireEvent.keyDown(document.body, { key: '/' });
    });
    expect(document.activeElement).toBe(search);
    // Focusing the box has the shell build its search index before the first keystroke.
    expect(shell.calls).toContainEqual({ command: 'search', args: { query: '' } });
    fireEvent.change(search, { target: { value: 'światłowod' } });
    const results = await screen.findByRole('list', { name: 'Wyniki dla „światłowod”' });
    expect(await within(results).findByText('Notatki z wizyty')).toBeTruthy();
    fireEvent.click(within(results).getByRole('button'));
    expect(await screen.findByRole('heading', { name: 'Wizyta: PKN Orlen' })).toBeTruthy();
  });
});
