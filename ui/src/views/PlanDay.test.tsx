import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DayPlanRequest } from '../bindings/DayPlanRequest';
import { I18nProvider } from '../i18n';
import { TODAY, realShell } from '../testing/desk';
import { annasPortfolio, visitMade } from '../testing/portfolios';
import type { RealShell } from '../testing/realShell';
import { PlanDay } from './PlanDay';

/**
 * Anna's portfolio of five clients south of the start point (52.23,21.01), all with
 * coordinates but Klient 3, and the due list the planner fills the day from:
 * PKN Orlen (A, 52.19,21.01) overdue, Azoty (B, 52.21,21.01) due this week, Klient 2
 * (C, 52.22,21.01) and Klient 3 (D) never visited; Klient 4 (A) was just visited.
 */
async function renderPlanner() {
  const shell = await realShell();
  const { orlen, others, visitToday } = await annasPortfolio(shell, 4);
  const [azoty, klient2, klient3, klient4] = others;
  await shell.commands.setClientField(azoty, 'name', 'Azoty');
  const places: [string, string][] = [
    [orlen, '52.19,21.01'],
    [azoty, '52.21,21.01'],
    [klient2, '52.22,21.01'],
    [klient4, '52.24,21.04'],
  ];
  for (const [id, location] of places) await shell.commands.setClientField(id, 'location', location);
  await visitMade(orlen, '2026-10-01', shell.commands); // tier A every 14 days: 41 days overdue
  await visitMade(azoty, '2026-10-28', shell.commands); // tier B every 30 days: due on 27 November
  await visitMade(klient4, '2026-11-20', shell.commands); // due on 4 December: not this week
  render(
    <I18nProvider language="en">
      <PlanDay />
    </I18nProvider>,
  );
  return Object.assign(shell, { ids: { orlen, azoty, klient2, klient3, visitToday } });
}

const plans = (shell: RealShell) => shell.argsOf('plan_day').map((args) => args.request as DayPlanRequest);

/** The client names in the planner's table, top to bottom, with their arrival times. */
function rows() {
  const table = screen.getByRole('table', { name: 'Day planner' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent).join(' ').trim());
}

async function fillAndOptimise() {
  fireEvent.change(screen.getByLabelText('Start point (LAT,LON)'), { target: { value: '52.23,21.01' } });
  fireEvent.click(screen.getByRole('button', { name: 'Fill from the due list' }));
  await screen.findByRole('table', { name: 'Day planner' });
  fireEvent.click(screen.getByRole('button', { name: 'Optimise the route' }));
  await screen.findByText(/km, \d+ min of driving$/);
}

describe('PlanDay', () => {
  it('starts the day from home within the working hours set in Settings', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 1);
    await shell.commands.setSetting('home', '52.2297,21.0122');
    await shell.commands.setSetting('working_hours', '08:30-16:00');
    render(
      <I18nProvider language="en">
        <PlanDay />
      </I18nProvider>,
    );
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Start point (LAT,LON)').value).toBe('52.2297,21.0122'));
    expect(screen.getAllByDisplayValue('08:30')).toHaveLength(1);
    expect(screen.getAllByDisplayValue('16:00')).toHaveLength(1);
  });

  it('fills the day from the due list and shows the route with times and the client left out', async () => {
    const shell = await renderPlanner();
    await fillAndOptimise();
    // Nearest first, southwards; each visit as long as its tier's (C 45, B 60, A 90 minutes).
    expect(rows()).toEqual(['Klient 2 09:03', 'Azoty 09:51', 'PKN Orlen 10:57', 'Klient 3']);
    expect(screen.getByText('5.8 km, 12 min of driving')).toBeTruthy();
    const [request] = plans(shell);
    expect(request.mode).toBe('optimise');
    const { orlen, azoty, klient2, klient3 } = shell.ids;
    expect(request.stops.map((s) => s.clientId)).toEqual([orlen, azoty, klient2, klient3]);
    expect(screen.getByRole('list', { name: 'Left out' }).textContent).toContain('Klient 3: no coordinates');
  });

  it('re-times the day in the new order when a stop is moved, and keeps a locked stop in place', async () => {
    const shell = await renderPlanner();
    await fillAndOptimise();
    const { azoty, klient2 } = shell.ids;
    fireEvent.click(screen.getByRole('button', { name: 'Move Klient 2 down' }));
    await waitFor(() => expect(rows().slice(0, 3)).toEqual(['Azoty 09:06', 'Klient 2 10:09', 'PKN Orlen 11:02']));
    const retimed = plans(shell).at(-1);
    expect(retimed?.mode).toBe('retime');
    expect(retimed?.stops.map((s) => s.clientId).slice(0, 2)).toEqual([azoty, klient2]);

    // Optimised again, Klient 2 would come first; kept in place, Azoty stays there.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep Azoty in place' }));
    fireEvent.click(screen.getByRole('button', { name: 'Optimise the route' }));
    await waitFor(() => expect(plans(shell).length).toBe(3));
    const optimised = plans(shell).at(-1);
    expect(optimised?.mode).toBe('optimise');
    expect(optimised?.stops.find((s) => s.clientId === azoty)?.locked).toBe(true);
    await waitFor(() => expect(rows()[0]).toBe('Azoty 09:06'));
    expect(rows().slice(1)).toEqual(['Klient 2 10:09', 'PKN Orlen 11:02', 'Klient 3']);
  });

  it('saves the day as planned visits in the order shown', async () => {
    const shell = await renderPlanner();
    await fillAndOptimise();
    fireEvent.click(screen.getByRole('button', { name: 'Save as planned visits' }));
    expect((await screen.findByRole('status')).textContent).toBe('3 visits planned.');
    const [saved] = shell.argsOf('save_day_plan').map((args) => args.request as DayPlanRequest);
    expect(saved.start).toBe('52.23,21.01');
    const { orlen, azoty, klient2, klient3 } = shell.ids;
    expect(saved.stops.map((s) => s.clientId)).toEqual([klient2, azoty, orlen, klient3]);
    // The visits are there for the day at the times the planner showed (besides the one planned before).
    const visits = await shell.commands.visitsBetween(TODAY, 1);
    expect(visits.filter((v) => v.id !== shell.ids.visitToday).map((v) => `${v.time} ${v.clientName} ${v.status}`)).toEqual([
      '09:03 Klient 2 planned',
      '09:51 Azoty planned',
      '10:57 PKN Orlen planned',
    ]);
  });
});
