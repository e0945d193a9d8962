import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { ClientPage } from './ClientPage';

async function renderClient(language: 'en' | 'pl' = 'en') {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1, language);
  render(
    <I18nProvider language={language}>
      <ClientPage clientId={seeded.orlen} navigate={vi.fn()} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: 'PKN Orlen' });
  return Object.assign(shell, { seeded });
}

describe('ClientPage', () => {
  it('edits a field in place and saves it on Enter', async () => {
    const shell = await renderClient();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Industry' }));
    const input = screen.getByRole('textbox', { name: 'Industry' });
    fireEvent.change(input, { target: { value: 'Petrochemia' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('button', { name: 'Edit Industry' })).toBeTruthy();
    expect(screen.getByText('Petrochemia')).toBeTruthy();
    expect(shell.calls.at(-1)).toEqual({
      command: 'set_client_field',
      args: { clientId: shell.seeded.orlen, field: 'industry', value: 'Petrochemia' },
    });
  });

  it('keeps a refused value in the input with the reason', async () => {
    await renderClient();
    fireEvent.click(screen.getByRole('button', { name: 'Edit Tier' }));
    const input = screen.getByRole('textbox', { name: 'Tier' });
    fireEvent.change(input, { target: { value: 'Z' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe('Tier: “Z” is not one of A, B, C, D');
    expect((screen.getByRole('textbox', { name: 'Tier' }) as HTMLInputElement).value).toBe('Z');
  });

  it('shows the key person and counts visits with Polish plurals', async () => {
    await renderClient('pl');
    const contacts = screen.getByRole('region', { name: 'Kontakty' });
    const jan = within(contacts).getByRole('listitem', { name: 'Jan Nowak' });
    expect(within(jan).getByText('★ Osoba kluczowa')).toBeTruthy();
    expect(within(jan).getAllByText(/Osoba kluczowa/)).toHaveLength(1);
    expect((within(jan).getByRole('checkbox', { name: 'Jan Nowak jest osobą kluczową' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { name: '1 wizyta' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Zaplanuj' }));
    expect(await screen.findByRole('heading', { name: '2 wizyty' })).toBeTruthy();
  });

  it('adds a key person with a lunar leap-month birthday and no year', async () => {
    const shell = await renderClient();
    const form = screen.getByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Wang Fang' } });
    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'CFO' } });
    fireEvent.click(within(form).getByLabelText('Key person'));
    fireEvent.change(within(form).getByLabelText('Calendar'), { target: { value: 'lunar' } });
    fireEvent.change(within(form).getByLabelText('Month'), { target: { value: '4' } });
    fireEvent.change(within(form).getByLabelText('Day'), { target: { value: '12' } });
    fireEvent.click(within(form).getByLabelText('Leap month'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add contact' }));
    const added = await screen.findByRole('listitem', { name: 'Wang Fang' });
    expect(within(added).getByText('lunar leap month 4, day 12')).toBeTruthy();
    expect(shell.calls.find((c) => c.command === 'add_contact')?.args).toEqual({
      clientId: shell.seeded.orlen,
      contact: { name: 'Wang Fang', title: 'CFO', key_person: 'yes', birthday: 'lunar:leap:04-12' },
    });
  });

  it("edits a contact's phones and birthday in place and removes the contact after asking", async () => {
    const shell = await renderClient();
    const jan = screen.getByRole('listitem', { name: 'Jan Nowak' });
    expect(within(jan).getByText('May 17')).toBeTruthy();
    fireEvent.click(within(jan).getByRole('button', { name: 'Edit Phones' }));
    const phones = within(jan).getByRole('textbox', { name: 'Phones' });
    fireEvent.change(phones, { target: { value: '+48 601 000 000; +48 22 111 22 33' } });
    fireEvent.keyDown(phones, { key: 'Enter' });
    expect(await within(jan).findByText('+48 601 000 000; +48 22 111 22 33')).toBeTruthy();

    fireEvent.click(within(jan).getByRole('button', { name: 'Birthday of Jan Nowak' }));
    fireEvent.change(within(jan).getByLabelText('Year (optional)'), { target: { value: '1968' } });
    fireEvent.click(within(jan).getByRole('button', { name: 'Save birthday' }));
    expect(await within(jan).findByText('May 17, 1968')).toBeTruthy();
    expect(shell.calls.filter((c) => c.command === 'set_contact_field').map((c) => c.args.value)).toEqual([
      '+48 601 000 000; +48 22 111 22 33',
      '1968-05-17',
    ]);

    fireEvent.click(within(jan).getByRole('button', { name: 'Remove Jan Nowak' }));
    fireEvent.click(screen.getByRole('button', { name: 'No, keep' }));
    expect(shell.calls.some((c) => c.command === 'remove_contact')).toBe(false);
    fireEvent.click(within(jan).getByRole('button', { name: 'Remove Jan Nowak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('No contacts yet.')).toBeTruthy();
  });

  it('lists its cases and tasks, ticks a task done and back, and adds one', async () => {
    const shell = await realShell();
    const seeded = await annasPortfolio(shell, 1, 'en');
    const outage = await shell.commands.openCase({
      clientId: seeded.orlen,
      contactId: null,
      category: 'Outage',
      severity: 'critical',
      channel: 'phone',
      description: null,
      at: '2026-11-20 10:00',
      visitId: null,
    });
    const call = await shell.commands.addTask({ title: 'Call Jan back', due: '2026-11-20', client: seeded.orlen });
    const navigate = vi.fn();
    render(
      <I18nProvider language="en">
        <ClientPage clientId={seeded.orlen} navigate={navigate} />
      </I18nProvider>,
    );
    const cases = await screen.findByRole('list', { name: 'Cases' });
    const [row] = within(cases).getAllByRole('listitem');
    expect(within(row).getByText('Critical')).toBeTruthy();
    expect(within(row).getByText('⚠ SLA breached')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Outage' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'case', caseId: outage.case.id });

    const task = within(screen.getByRole('list', { name: 'Tasks' })).getByRole('listitem', { name: 'Call Jan back' });
    expect(within(task).getByText('⚠ overdue')).toBeTruthy();
    expect(within(task).getByText(/due Nov 20, 2026/)).toBeTruthy();
    fireEvent.click(within(task).getByRole('checkbox', { name: 'Done: Call Jan back' }));
    await screen.findByRole('checkbox', { name: 'Done: Call Jan back', checked: true });
    // Done, it is no longer overdue.
    expect(screen.queryByText('⚠ overdue')).toBeNull();
    expect((await shell.commands.listTasks(false, seeded.orlen)).map((t) => [t.title, t.done])).toEqual([['Call Jan back', true]]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Call Jan back' }));
    await screen.findByRole('checkbox', { name: 'Done: Call Jan back', checked: false });
    expect(shell.argsOf('tick_task')).toEqual([
      { taskId: call.id, done: true },
      { taskId: call.id, done: false },
    ]);

    const form = screen.getByRole('form', { name: 'Add a task' });
    fireEvent.change(within(form).getByLabelText('Task'), { target: { value: 'Bring the new contract' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add task' }));
    expect(await screen.findByRole('listitem', { name: 'Bring the new contract' })).toBeTruthy();
    expect(shell.argsOf('add_task')).toEqual([{ task: { client: seeded.orlen, title: 'Bring the new contract' } }]);
  });
});
