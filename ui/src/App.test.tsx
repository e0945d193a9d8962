import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { demoPortfolio, emptyPortfolio, installFakeShell } from './testing/fakeShell';

describe('App', () => {
  it('asks for a name, region and language on first run, then opens Today', async () => {
    const shell = installFakeShell(emptyPortfolio());
    render(<App />);
    const form = await screen.findByRole('form', { name: 'Welcome to Fieldbook' });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Region' }), { target: { value: 'PL' } });
    // Choosing Poland switches the screen to Polish.
    fireEvent.change(await screen.findByLabelText('Imię i nazwisko'), { target: { value: 'Anna Kowalska' } });
    fireEvent.change(screen.getByLabelText('Liczba przykładowych klientów'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Utwórz portfel' }));
    expect(await screen.findByRole('heading', { name: /^Dziś,/ })).toBeTruthy();
    expect(shell.calls.find((c) => c.command === 'create_portfolio')?.args).toEqual({
      setup: { managerName: 'Anna Kowalska', region: 'PL', language: 'pl', timeZone: 'Europe/Warsaw', demoClients: 30 },
    });
    expect(await screen.findByText('30 klientów')).toBeTruthy();
  });

  it('switches the whole UI to Chinese from the settings', async () => {
    const shell = installFakeShell(demoPortfolio(3));
    render(<App />);
    fireEvent.click(await screen.findByRole('button', { name: 'Ustawienia' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Język' }), { target: { value: 'zh-CN' } });
    expect(await screen.findByRole('heading', { name: '设置' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '客户' })).toBeTruthy();
    expect(screen.getByText('未配置同步')).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(shell.calls.at(-1)).toEqual({ command: 'set_setting', args: { field: 'language', value: 'zh-CN' } });
  });

  it('searches as the manager types after / focuses the search box', async () => {
    const shell = installFakeShell(demoPortfolio(20));
    render(<App />);
    await screen.findByRole('heading', { name: /^Dziś,/ });
    expect(screen.getByText('Wysłać ofertę')).toBeTruthy();
    expect(screen.getByRole('button', { name: '10:00 PKN Orlen · Rutynowa' })).toBeTruthy();
    const search = screen.getByRole('searchbox', { name: 'Szukaj klientów, kontaktów i notatek' });
    act(() => {
      fireEvent.keyDown(document.body, { key: '/' });
    });
    expect(document.activeElement).toBe(search);
    // Focusing the box has the shell build its search index before the first keystroke.
    expect(shell.calls).toContainEqual({ command: 'search', args: { query: '' } });
    fireEvent.change(search, { target: { value: 'światłowod' } });
    const results = await screen.findByRole('list', { name: 'Wyniki dla „światłowod”' });
    expect(within(results).getByText('Notatki z wizyty')).toBeTruthy();
    fireEvent.click(within(results).getByRole('button'));
    expect(await screen.findByRole('heading', { name: 'Wizyta: PKN Orlen' })).toBeTruthy();
  });
});
