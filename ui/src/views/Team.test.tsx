import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { demoPortfolio, installFakeShell, leadPortfolio } from '../testing/fakeShell';

/** The commands that change something, as the fake shell records them. */
const CHANGES = /^(set_|add_|plan_|check_|record_|append_|save_|cancel_|remove_|complete_|snooze_|dismiss_|move_|mark_)/;

describe('Team', () => {
  it('shows a lead their team member’s clients and opens one read-only', async () => {
    const shell = installFakeShell(leadPortfolio());
    render(<App />);
    // The Team view is offered once the status bar's first poll said the user leads a team.
    fireEvent.click(await screen.findByRole('button', { name: 'Zespół' }, { timeout: 5000 }));
    const table = await screen.findByRole('table', { name: 'Li Na (li.na)' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [],
      ['Sinopec', 'A', 'Aktywny', '30 paź 2026', '', '12 dni po terminie'],
      ['COSCO', 'C', 'Potencjalny', '', '', ''],
    ]);

    fireEvent.click(within(table).getByRole('button', { name: 'Sinopec' }));
    const page = await screen.findByRole('article', { name: 'Sinopec' });
    expect(within(page).getByText('Klient użytkownika li.na, tylko do odczytu.')).toBeTruthy();
    expect(within(page).getByText('Wang Wei · CFO · Osoba kluczowa · +86 138 0000 0000')).toBeTruthy();
    expect(within(page).getByText(/Offer requested/)).toBeTruthy();
    // Nothing on the page edits: no field, no form, no button but the way back.
    expect(within(page).queryAllByRole('textbox')).toEqual([]);
    expect(within(page).queryAllByRole('combobox')).toEqual([]);
    expect(within(page).queryAllByRole('form')).toEqual([]);
    expect(within(page).getAllByRole('button').map((button) => button.textContent)).toEqual(['← Zespół']);
    for (const term of within(page).getAllByRole('definition')) fireEvent.click(term);
    expect(shell.calls.filter((call) => CHANGES.test(call.command))).toEqual([]);

    fireEvent.click(within(page).getByRole('button', { name: '← Zespół' }));
    expect(await screen.findByRole('table', { name: 'Li Na (li.na)' })).toBeTruthy();
  });

  it('is not offered to a manager who leads no team', async () => {
    installFakeShell(demoPortfolio(3));
    render(<App />);
    await screen.findByRole('heading', { name: /^Dziś,/ });
    // Once the status bar heard from the shell, there is still no Team view.
    expect(await screen.findByText('Synchronizacja nieskonfigurowana', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Zespół' })).toBeNull();
  });
});
