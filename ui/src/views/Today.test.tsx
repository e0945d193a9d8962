import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio, visitMade } from '../testing/portfolios';
import { Today } from './Today';

describe('Today', () => {
  it('names the clients overdue for a visit, in Polish plurals, and opens one', async () => {
    const shell = await realShell();
    const { orlen } = await annasPortfolio(shell, 3);
    // Tier A is visited every 14 days: last seen on 1 October, PKN Orlen was due on 15 October.
    await visitMade(orlen, '2026-10-01', shell.commands);
    const navigate = vi.fn();
    render(
      <I18nProvider language="pl">
        <Today navigate={navigate} />
      </I18nProvider>,
    );
    const heading = await screen.findByRole('heading', { name: 'Zaległe wizyty' });
    const list = heading.nextElementSibling as HTMLElement;
    // Klient 1 … 3 were never visited: they are not overdue.
    expect(within(list).getAllByRole('button').map((b) => b.textContent)).toEqual(['PKN Orlen · segment A · 41 dni po terminie']);
    fireEvent.click(within(list).getByRole('button', { name: 'PKN Orlen · segment A · 41 dni po terminie' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'client', clientId: orlen });
  });
});
