import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { commands } from '../bindings/commands';
import type { CaseDetailView } from '../bindings/CaseDetailView';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import type { TeamPortfolioView } from '../bindings/TeamPortfolioView';
import { account, anotherDesk, eventually, realShell, syncServer, team } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';

/** The commands that change something. */
const CHANGES = /^(set_|add_|edit_|plan_|check_|record_|append_|save_|cancel_|remove_|complete_|snooze_|dismiss_|move_|mark_|tick_|open_case|case_step)/;

/**
 * Li Na's portfolio on her own computer, synced up with `token`: Sinopec (tier A),
 * last visited on 30 October, and COSCO, a prospect never visited.
 */
async function liNasComputer(token: string): Promise<void> {
  const desk = await anotherDesk();
  await desk.call('create_portfolio', {
    setup: { managerName: 'Li Na', region: 'CN', language: 'en', timeZone: 'Asia/Shanghai', demoClients: null },
  });
  const sinopec = await desk.call<string>('add_client', { client: { name: 'Sinopec', tier: 'A', industry: 'Energy', tags: 'key' } });
  await desk.call('add_client', { client: { name: 'COSCO', tier: 'C', status: 'prospect' } });
  await desk.call('add_contact', {
    clientId: sinopec,
    contact: { name: 'Wang Wei', title: 'CFO', key_person: 'yes', phones: '+86 138 0000 0000' },
  });
  await desk.call('plan_visit', {
    clientId: sinopec,
    visit: {
      date: '2026-10-30',
      time: '10:00',
      check_in: '10:00',
      check_out: '11:00',
      outcome: 'Offer requested',
      notes: 'Discussed the fuel contract',
    },
  });
  const complaint = await desk.call<CaseDetailView>('open_case', {
    opening: {
      clientId: sinopec,
      category: 'Late delivery',
      severity: 'critical',
      channel: 'phone',
      description: 'The October fuel shipment came four days late',
      at: '2026-11-20 09:00',
    },
  });
  await desk.call('add_task', { task: { title: 'Call the depot', client: sinopec, case: complaint.case.id } });
  await desk.call('sync_login', { server: syncServer(), token });
  await eventually(
    () => desk.call<SyncStatusView>('sync_status'),
    (status) => status.state === 'up_to_date' && status.unsyncedChanges === 0,
    "synced Li Na's portfolio up",
  );
}

describe('Team', () => {
  it('shows a lead their team member’s clients and opens one read-only', async () => {
    const lead = account('zhou.min', 'lead');
    const member = account('li.na');
    team(lead.user, [member.user]);
    await liNasComputer(member.token);

    const shell = await realShell();
    await annasPortfolio(shell, 2);
    await commands.syncLogin(syncServer(), lead.token);
    await eventually(
      () => shell.call<TeamPortfolioView[]>('team_portfolios'),
      (portfolios) => portfolios.some((p) => p.owner === member.user && p.clients.length === 2),
      "pulled Li Na's portfolio to the lead's computer",
    );
    shell.calls.length = 0;
    render(<App />);
    // The Team view is offered once the status bar's first poll said the user leads a team.
    fireEvent.click(await screen.findByRole('button', { name: 'Zespół' }, { timeout: 5000 }));
    const table = await screen.findByRole('table', { name: `Li Na (${member.user})` });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [],
      ['Sinopec', 'A', 'Aktywny', '30 paź 2026', '', '12 dni po terminie'],
      ['COSCO', 'C', 'Potencjalny', '', '', ''],
    ]);

    // Above the members' clients, the team's week: a row per member and the team's totals.
    const dashboard = await screen.findByRole('article', { name: /^Raport zespołu — 2026-W48/ });
    const members = within(dashboard).getByRole('table', { name: 'Członkowie zespołu' });
    const [, ...memberRows] = within(members).getAllByRole('row');
    const memberCells = memberRows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(memberCells.map((row) => [row[0], row[2], ...row.slice(3, 11)])).toEqual([
      [`Li Na (${member.user})`, '0 / 0', '0', '100', '0', '100', '1', '1', '0', '1'],
      ['Zespół razem', '0 / 0', '0', '100', '0', '100', '1', '1', '0', '1'],
    ]);
    expect(memberCells[0][1]).not.toContain('nieaktualne');
    const keyClients = within(dashboard).getByRole('table', { name: 'Klienci kategorii A po terminie' });
    expect(within(keyClients).getAllByRole('row')[1].textContent).toBe(`${member.user}Sinopec12`);
    const attention = within(dashboard).getByRole('table', { name: 'Zagrożone lub przekroczone' });
    expect(within(attention).getAllByRole('row')[1].textContent).toMatch(new RegExp(`^${member.user}Sinopec.*Przekroczone$`));

    // The dashboard's case opens read-only: its record whole, no step, form or tick.
    fireEvent.click(within(attention).getByRole('button', { name: 'Sinopec' }));
    const complaint = await screen.findByRole('article', { name: 'Late delivery — Sinopec' });
    expect(within(complaint).getByText(`Sprawa użytkownika ${member.user}, tylko do odczytu.`)).toBeTruthy();
    expect(within(complaint).getByText('The October fuel shipment came four days late')).toBeTruthy();
    const task = within(complaint).getByRole('checkbox', { name: /Call the depot/ });
    expect(task.hasAttribute('disabled')).toBe(true);
    expect(within(complaint).queryAllByRole('textbox')).toEqual([]);
    expect(within(complaint).queryAllByRole('form')).toEqual([]);
    expect(within(complaint).getAllByRole('button').map((button) => button.textContent)).toEqual(['← Sinopec']);
    fireEvent.click(task);
    expect(shell.calls.filter((call) => CHANGES.test(call.command))).toEqual([]);
    fireEvent.click(within(complaint).getByRole('button', { name: '← Sinopec' }));
    expect(await screen.findByRole('article', { name: 'Sinopec' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '← Zespół' }));
    const clients = await screen.findByRole('table', { name: `Li Na (${member.user})` });

    fireEvent.click(within(clients).getByRole('button', { name: 'Sinopec' }));
    const page = await screen.findByRole('article', { name: 'Sinopec' });
    expect(within(page).getByText(`Klient użytkownika ${member.user}, tylko do odczytu.`)).toBeTruthy();
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
    expect(await screen.findByRole('table', { name: `Li Na (${member.user})` })).toBeTruthy();
  });

  it('is not offered to a manager who leads no team', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 2);
    render(<App />);
    await screen.findByRole('heading', { name: /^Dziś,/ });
    // Once the status bar heard from the shell, there is still no Team view.
    expect(await screen.findByText('Synchronizacja nieskonfigurowana', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Zespół' })).toBeNull();
  });
});
