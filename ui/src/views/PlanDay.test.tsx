import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { PlanDay } from './PlanDay';

/** Five Polish clients, all with coordinates but "Klient 3". */
function renderPlanner() {
  const portfolio = demoPortfolio(5);
  portfolio.clients.forEach((c, n) => (c.location = n === 3 ? '' : `52.2${n},21.0${n}`));
  portfolio.clients[1].name = 'Azoty';
  const shell = installFakeShell(portfolio);
  render(
    <I18nProvider language="en">
      <PlanDay />
    </I18nProvider>,
  );
  return shell;
}

const plans = (shell: ReturnType<typeof installFakeShell>) =>
  shell.calls.filter((c) => c.command === 'plan_day').map((c) => c.args.request as { mode: string; stops: { clientId: string; locked: boolean }[] });

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
  await screen.findByText('7.5 km, 15 min of driving');
}

describe('PlanDay', () => {
  it('starts the day from home within the working hours set in Settings', async () => {
    const portfolio = demoPortfolio(2);
    portfolio.settings = { ...portfolio.settings!, home: '52.2297,21.0122', workingHours: '08:30-16:00' };
    installFakeShell(portfolio);
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
    const shell = renderPlanner();
    await fillAndOptimise();
    expect(rows()).toEqual(['Azoty 09:00', 'Klient 2 10:00', 'PKN Orlen 11:00', 'Klient 3']);
    const [request] = plans(shell);
    expect(request.mode).toBe('optimise');
    expect(request.stops.map((s) => s.clientId)).toEqual(['cl_00000', 'cl_00001', 'cl_00002', 'cl_00003']);
    expect(screen.getByRole('list', { name: 'Left out' }).textContent).toContain('Klient 3: no coordinates');
  });

  it('re-times the day in the new order when a stop is moved, and keeps a locked stop in place', async () => {
    const shell = renderPlanner();
    await fillAndOptimise();
    fireEvent.click(screen.getByRole('button', { name: 'Move Azoty down' }));
    await waitFor(() => expect(rows().slice(0, 2)).toEqual(['Klient 2 09:00', 'Azoty 10:00']));
    const retimed = plans(shell).at(-1);
    expect(retimed?.mode).toBe('retime');
    expect(retimed?.stops.map((s) => s.clientId).slice(0, 2)).toEqual(['cl_00002', 'cl_00001']);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep Klient 2 in place' }));
    fireEvent.click(screen.getByRole('button', { name: 'Optimise the route' }));
    await waitFor(() => expect(plans(shell).length).toBe(3));
    const optimised = plans(shell).at(-1);
    expect(optimised?.stops.find((s) => s.clientId === 'cl_00002')?.locked).toBe(true);
    await waitFor(() => expect(rows()[0]).toBe('Klient 2 09:00'));
    expect(rows()[1]).toBe('Azoty 10:00');
  });

  it('saves the day as planned visits in the order shown', async () => {
    const shell = renderPlanner();
    await fillAndOptimise();
    fireEvent.click(screen.getByRole('button', { name: 'Save as planned visits' }));
    expect((await screen.findByRole('status')).textContent).toBe('3 visits planned.');
    const saved = shell.calls.find((c) => c.command === 'save_day_plan')?.args.request as { stops: { clientId: string }[]; start: string };
    expect(saved.start).toBe('52.23,21.01');
    expect(saved.stops.map((s) => s.clientId)).toEqual(['cl_00001', 'cl_00002', 'cl_00000', 'cl_00003']);
  });
});
