import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { Cases } from './Cases';

/**
 * Anna's portfolio with two open cases: PKN Orlen's outage, critical, received on
 * Friday 20 November at 10:00 (its targets, 2 working hours to answer and 1 working day
 * to resolve, long missed by Wednesday the 25th), and Klient 1's billing complaint,
 * medium, received by email just now (09:00 on the 25th).
 */
async function twoCases() {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1, 'pl');
  const outage = await shell.commands.openCase({
    clientId: seeded.orlen,
    contactId: seeded.jan,
    category: 'Awaria światłowodu',
    severity: 'critical',
    channel: 'phone',
    description: 'Brak internetu w magazynie',
    at: '2026-11-20 10:00',
    visitId: null,
  });
  const billing = await shell.commands.openCase({
    clientId: seeded.others[0],
    contactId: null,
    category: 'Podwójna faktura',
    severity: 'medium',
    channel: 'email',
    description: null,
    at: null,
    visitId: null,
  });
  return { shell, seeded, outage: outage.case.id, billing: billing.case.id };
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('Cases', () => {
  it('lists the open cases by deadline with their deadlines, the breached one marked in words', async () => {
    await twoCases();
    render(
      <I18nProvider language="pl">
        <Cases navigate={vi.fn()} />
      </I18nProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Reklamacje' });
    const [, ...rows] = within(table).getAllByRole('row');
    expect(rows.map(cells)).toEqual([
      [
        'Awaria światłowodu',
        'PKN Orlen',
        'Krytyczna',
        'Otwarta',
        '20 lis 2026, 12:00 · przekroczony',
        '23 lis 2026, 10:00 · przekroczony',
        '⚠ Termin SLA przekroczony',
      ],
      // Medium: 1 working day to answer, 5 to resolve, in working hours 09:00–18:00 from Wednesday 09:00.
      ['Podwójna faktura', 'Klient 1', 'Średnia', 'Otwarta', '25 lis 2026, 18:00 · w terminie', '1 gru 2026, 18:00 · w terminie', ''],
    ]);
  });

  it('filters by severity and status, and opens a case', async () => {
    const { shell, outage } = await twoCases();
    const navigate = vi.fn();
    render(
      <I18nProvider language="pl">
        <Cases navigate={navigate} />
      </I18nProvider>,
    );
    await screen.findByRole('table', { name: 'Reklamacje' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Waga' }), { target: { value: 'critical' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Podwójna faktura' })).toBeNull());
    expect(shell.argsOf('list_cases').at(-1)).toEqual({ status: '', severity: 'critical' });
    fireEvent.click(screen.getByRole('button', { name: 'Awaria światłowodu' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'case', caseId: outage });

    fireEvent.change(screen.getByRole('combobox', { name: 'Stan' }), { target: { value: 'in_progress' } });
    expect(await screen.findByText('Brak spraw.')).toBeTruthy();
    expect(shell.argsOf('list_cases').at(-1)).toEqual({ status: 'in_progress', severity: 'critical' });
  });
});
