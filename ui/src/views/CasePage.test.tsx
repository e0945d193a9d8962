import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommandError } from '../bindings/CommandError';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { CasePage } from './CasePage';

/** PKN Orlen's complaint about a double invoice, medium, raised by Jan Nowak by phone yesterday at 10:00. */
async function renderCase() {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1, 'en');
  const opened = await shell.commands.openCase({
    clientId: seeded.orlen,
    contactId: seeded.jan,
    category: 'Billing',
    severity: 'medium',
    channel: 'phone',
    description: 'Invoiced twice for October',
    at: '2026-11-24 10:00',
    visitId: null,
  });
  const caseId = opened.case.id;
  render(
    <I18nProvider language="en">
      <CasePage caseId={caseId} navigate={vi.fn()} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Billing — PKN Orlen' });
  return { shell, seeded, caseId };
}

const steps = () => within(screen.getByRole('region', { name: 'Next steps' })).getAllByRole('button').map((b) => b.textContent);
const timeline = () =>
  within(screen.getByRole('list', { name: 'Timeline' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('strong')?.textContent);

describe('CasePage', () => {
  it('shows the complaint and offers only the steps that fit an open case', async () => {
    await renderCase();
    expect(screen.getByText('Invoiced twice for October')).toBeTruthy();
    expect(screen.getByText(/raised by Jan Nowak/)).toBeTruthy();
    expect(steps()).toEqual(['Start work', 'Add a note', 'Hand over', 'Wait on the client', 'Reply to the client', 'Resolve']);
    // Confirming needs a resolved case, reopening a resolved or confirmed one.
    expect(screen.queryByRole('button', { name: 'Client confirms' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
    expect(timeline()).toEqual(['Received']);
  });

  it('takes a step through its button, then hands the case over, each on the timeline', async () => {
    const { shell, caseId } = await renderCase();
    fireEvent.click(screen.getByRole('button', { name: 'Start work' }));
    const start = screen.getByRole('form', { name: 'Start work' });
    // Written up afterwards: work started yesterday at 11:00.
    fireEvent.change(within(start).getByLabelText('When (empty: now)'), { target: { value: '2026-11-24T11:00' } });
    fireEvent.click(within(start).getByRole('button', { name: 'Save' }));
    await screen.findByText('Work started');
    expect(screen.getByText('In progress')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start work' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Hand over' }));
    const handover = screen.getByRole('form', { name: 'Hand over' });
    fireEvent.change(within(handover).getByLabelText('Department'), { target: { value: 'Billing department' } });
    fireEvent.click(within(handover).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(timeline()).toEqual(['Received', 'Work started', 'Handed over']));
    expect(screen.getByText('· with Billing department')).toBeTruthy();
    expect(screen.getByText(/to Billing department/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Hand over' })).toBeNull();
    expect(shell.argsOf('case_step')).toEqual([
      { caseId, step: 'start', input: { text: null, department: null, channel: null, satisfaction: null, at: '2026-11-24 11:00' } },
      { caseId, step: 'handover', input: { text: null, department: 'Billing department', channel: null, satisfaction: null, at: null } },
    ]);
    const saved = await shell.commands.caseDetail(caseId);
    expect([saved.case.status, saved.case.department]).toEqual(['handed_over', 'Billing department']);
  });

  it('shows the shell’s refusal of a step that no longer fits', async () => {
    const { shell, caseId } = await renderCase();
    // Resolved meanwhile elsewhere (the CLI on this laptop), at noon: the page still offers "Start work".
    const resolved = { text: 'Credit note sent', department: null, channel: 'email', satisfaction: null, at: '2026-11-24 12:00' };
    await shell.commands.caseStep(caseId, 'resolve', resolved);
    fireEvent.click(screen.getByRole('button', { name: 'Start work' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Start work' })).getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    const refusal = (await shell.commands
      .caseStep(caseId, 'start', { text: null, department: null, channel: null, satisfaction: null, at: null })
      .catch((e: unknown) => e)) as CommandError;
    expect(refusal.field).toBe('step');
    expect(alert.textContent).toBe(refusal.message);
    expect((await shell.commands.caseDetail(caseId)).case.status).toBe('resolved');
  });

  it('adds a task to the case and ticks it done', async () => {
    const { shell, seeded, caseId } = await renderCase();
    const form = screen.getByRole('form', { name: 'Add a task' });
    fireEvent.change(within(form).getByLabelText('Task'), { target: { value: 'Send the corrected invoice' } });
    fireEvent.change(within(form).getByLabelText('Due (optional)'), { target: { value: '2026-11-27' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add task' }));
    const task = await screen.findByRole('listitem', { name: 'Send the corrected invoice' });
    expect(within(task).getByText(/due Nov 27, 2026/)).toBeTruthy();
    fireEvent.click(within(task).getByRole('checkbox', { name: 'Done: Send the corrected invoice' }));
    await screen.findByRole('checkbox', { name: 'Done: Send the corrected invoice', checked: true });
    const { tasks } = await shell.commands.caseDetail(caseId);
    expect(tasks.map((t) => [t.title, t.done])).toEqual([['Send the corrected invoice', true]]);
    expect(shell.argsOf('add_task')).toEqual([{ task: { client: seeded.orlen, case: caseId, title: 'Send the corrected invoice', due: '2026-11-27' } }]);
  });
});
