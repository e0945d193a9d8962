import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CommandError } from '../bindings/CommandError';
import type { Language } from '../bindings/Language';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { CasePage } from './CasePage';

/**
 * PKN Orlen's complaint about a double invoice, medium, raised by Jan Nowak by phone just
 * now. Every step below is taken in that same minute (the desk's clock stands still): the
 * timeline keeps them in the order they were typed in.
 */
async function renderCase(language: Language = 'en') {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1, language);
  const opened = await shell.commands.openCase({
    clientId: seeded.orlen,
    contactId: seeded.jan,
    category: 'Billing',
    severity: 'medium',
    channel: 'phone',
    description: 'Invoiced twice for October',
    at: null,
    visitId: null,
  });
  const caseId = opened.case.id;
  render(
    <I18nProvider language={language}>
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
    fireEvent.click(within(screen.getByRole('form', { name: 'Start work' })).getByRole('button', { name: 'Save' }));
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
      { caseId, step: 'start', input: { text: null, department: null, channel: null, satisfaction: null, at: null } },
      { caseId, step: 'handover', input: { text: null, department: 'Billing department', channel: null, satisfaction: null, at: null } },
    ]);
    const saved = await shell.commands.caseDetail(caseId);
    expect([saved.case.status, saved.case.department]).toEqual(['handed_over', 'Billing department']);
  });

  it('shows the shell’s refusal of a step that no longer fits', async () => {
    const { shell, caseId } = await renderCase();
    // Resolved meanwhile elsewhere (the CLI on this laptop): the page still offers "Start work".
    const resolved = { text: 'Credit note sent', department: null, channel: 'email', satisfaction: null, at: null };
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

  it.each([
    {
      language: 'en',
      words: { handover: 'Hand over', department: 'Department', save: 'Save', cancel: 'Cancel', start: 'Start work' },
      noDepartment: 'Department: must not be empty',
      doesNotFit: 'Step: cannot start work on a case that is resolved',
    },
    {
      language: 'zh-CN',
      words: { handover: '转交部门', department: '部门', save: '保存', cancel: '取消', start: '开始处理' },
      noDepartment: '转交部门：不能为空',
      doesNotFit: '处理步骤：工单当前为“已解决”，不能执行“开始处理”',
    },
    {
      language: 'pl',
      words: { handover: 'Przekaż do działu', department: 'Dział', save: 'Zapisz', cancel: 'Anuluj', start: 'Rozpocznij' },
      noDepartment: 'Dział: nie może być puste',
      doesNotFit: 'Krok: „Rozpocznij” jest niedostępny, gdy sprawa jest w stanie „Rozwiązana”',
    },
    {
      language: 'az',
      words: { handover: 'Şöbəyə təhvil ver', department: 'Şöbə', save: 'Saxla', cancel: 'İmtina', start: 'İşə başla' },
      noDepartment: 'Şöbə: boş ola bilməz',
      doesNotFit: 'Addım: "Həll edilib" vəziyyətində olan şikayətdə "İşə başla" mümkün deyil',
    },
  ] as const)('says a refusal with the field, the step and the status in words ($language)', async ({ language, words, noDepartment, doesNotFit }) => {
    const { shell, caseId } = await renderCase(language);
    // Handed over to a department of blanks only: the shell refuses it, naming the field.
    fireEvent.click(screen.getByRole('button', { name: words.handover }));
    const handover = screen.getByRole('form', { name: words.handover });
    fireEvent.change(within(handover).getByLabelText(words.department), { target: { value: '   ' } });
    fireEvent.click(within(handover).getByRole('button', { name: words.save }));
    expect((await within(handover).findByRole('alert')).textContent).toBe(noDepartment);
    fireEvent.click(within(handover).getByRole('button', { name: words.cancel }));
    // Resolved meanwhile on this laptop's CLI: the step still offered no longer fits.
    await shell.commands.caseStep(caseId, 'resolve', { text: 'Credit note sent', department: null, channel: null, satisfaction: null, at: null });
    fireEvent.click(screen.getByRole('button', { name: words.start }));
    fireEvent.click(within(screen.getByRole('form', { name: words.start })).getByRole('button', { name: words.save }));
    expect((await screen.findByRole('alert')).textContent).toBe(doesNotFit);
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
