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

  it('ticks a follow-up done: it leaves the open list, can be undone right after, and stays done', async () => {
    const shell = await realShell();
    const { orlen } = await annasPortfolio(shell, 1, 'en');
    const call = await shell.commands.addTask({ title: 'Call Jan back', due: '2026-11-20', client: orlen });
    await shell.commands.addTask({ title: 'Send the offer', due: '2026-11-27', client: orlen });
    const view = () => (
      <I18nProvider language="en">
        <Today navigate={vi.fn()} />
      </I18nProvider>
    );
    const { unmount } = render(view());
    const list = await screen.findByRole('list', { name: 'Open follow-ups' });
    const titles = () => within(screen.getByRole('list', { name: 'Open follow-ups' })).getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));
    expect(titles()).toEqual(['Call Jan back', 'Send the offer']);
    const overdue = within(list).getByRole('listitem', { name: 'Call Jan back' });
    expect(within(overdue).getByText('⚠ overdue')).toBeTruthy();
    expect(within(list).getByRole('listitem', { name: 'Send the offer' }).textContent).toContain('due Nov 27, 2026');

    fireEvent.click(within(overdue).getByRole('checkbox', { name: 'Done: Call Jan back' }));
    const tasks = screen.getByRole('region', { name: 'Open follow-ups' });
    expect((await within(tasks).findByRole('status')).textContent).toBe('Done: Call Jan back. Undo');
    await vi.waitFor(() => expect(titles()).toEqual(['Send the offer']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(() => expect(titles()).toEqual(['Call Jan back', 'Send the offer']));
    expect(within(tasks).queryByRole('status')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Done: Call Jan back' }));
    await vi.waitFor(() => expect(titles()).toEqual(['Send the offer']));
    expect(shell.argsOf('tick_task')).toEqual([
      { taskId: call.id, done: true },
      { taskId: call.id, done: false },
      { taskId: call.id, done: true },
    ]);
    // Asked again, the shell keeps it done: Today opened anew lists only the other one.
    unmount();
    render(view());
    await screen.findByRole('list', { name: 'Open follow-ups' });
    expect(titles()).toEqual(['Send the offer']);
    expect((await shell.commands.listTasks(false, '')).find((t) => t.id === call.id)?.done).toBe(true);
  });
});
