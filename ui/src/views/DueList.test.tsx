import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio, visitMade } from '../testing/portfolios';
import { DueList } from './DueList';

describe('DueList', () => {
  it('lists the overdue clients and saves an edited cadence', async () => {
    const shell = await realShell();
    const { orlen } = await annasPortfolio(shell, 3);
    // Tier A is visited every 14 days: last seen on 1 October, PKN Orlen was due on 15 October.
    await visitMade(orlen, '2026-10-01', shell.commands);
    render(
      <I18nProvider language="en">
        <DueList navigate={vi.fn()} />
      </I18nProvider>,
    );
    const overdue = await screen.findByRole('table', { name: 'Overdue' });
    expect(within(overdue).getByRole('button', { name: 'PKN Orlen' })).toBeTruthy();
    expect(within(overdue).getAllByRole('cell')[4].textContent).toBe('41');
    // Klient 1 (tier B) was never visited.
    expect(within(screen.getByRole('table', { name: 'Never visited' })).getByRole('button', { name: 'Klient 1' })).toBeTruthy();
    expect(screen.getByText('Tier B: 0 of 1 clients within 30 days')).toBeTruthy();
    const cadence = screen.getByRole('spinbutton', { name: 'Tier B: a visit at least every (days)' });
    fireEvent.change(cadence, { target: { value: '21' } });
    fireEvent.keyDown(cadence, { key: 'Enter' });
    await waitFor(() =>
      expect(shell.calls.filter((c) => c.command === 'set_setting').map((c) => c.args)).toEqual([{ field: 'cadence_b', value: '21' }]),
    );
    expect(await screen.findByText('Tier B: 0 of 1 clients within 21 days')).toBeTruthy();
  });
});
