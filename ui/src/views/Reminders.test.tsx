import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ReminderView } from '../bindings/ReminderView';
import { I18nProvider } from '../i18n';
import { TODAY, realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { CareReminders } from './Reminders';

/**
 * Anna's portfolio with two care reminders in the next two weeks: Jan Nowak, PKN
 * Orlen's key person, turns 58 on Saturday 28 November (tier A's default rules send
 * a gift three days ahead, today, and call on the day), and Klient 1's contract ends
 * on 30 December (its renewal starts 30 days ahead, on Monday 30 November).
 */
async function renderReminders(language: 'en' | 'zh-CN', tierABirthday?: string) {
  const shell = await realShell();
  const { jan, others } = await annasPortfolio(shell, 3);
  await shell.commands.setContactField(jan, 'birthday', '1968-11-28');
  await shell.commands.setClientField(others[0], 'contract_end', '2026-12-30');
  if (tierABirthday !== undefined) await shell.commands.setSetting('care.A.birthday', tierABirthday);
  render(
    <I18nProvider language={language}>
      <CareReminders today={TODAY} navigate={vi.fn()} />
    </I18nProvider>,
  );
  return shell;
}

describe('CareReminders', () => {
  it("lists today's and the coming reminders with translated names", async () => {
    await renderReminders('zh-CN');
    const today = await screen.findByRole('list', { name: '今天到期' });
    expect(within(today).getByRole('listitem', { name: '送礼：鲜花或蛋糕 · Jan Nowak' })).toBeTruthy();
    expect(within(today).getByText(/生日: urodziny \(58\)/)).toBeTruthy();
    const upcoming = screen.getByRole('list', { name: '即将到来' });
    expect(within(upcoming).getByRole('listitem', { name: '启动合同续签' })).toBeTruthy();
    expect(within(upcoming).getByRole('listitem', { name: '打电话 · Jan Nowak' })).toBeTruthy();
  });

  it('marks a reminder done and dismisses another, each by its own labelled button', async () => {
    // Anna's tier A rules send only the gift, so the two reminders are all there is.
    const shell = await renderReminders('en', '3 gift:flowers or cake');
    const listed = await shell.commands.careReminders();
    const id = (kind: ReminderView['kind']) => listed.find((r) => r.kind === kind)?.id;
    expect(listed.map((r) => [r.kind, r.date])).toEqual([
      ['birthday', TODAY],
      ['contract_renewal', '2026-11-30'],
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark done: Send a gift: flowers or a cake · Jan Nowak' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Due today' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Start the contract renewal' }));
    expect(await screen.findByText('No care reminders for the next two weeks.')).toBeTruthy();
    expect(shell.calls.filter((c) => c.command.endsWith('_reminder')).map((c) => [c.command, c.args.reminderId])).toEqual([
      ['complete_reminder', id('birthday')],
      ['dismiss_reminder', id('contract_renewal')],
    ]);
  });
});
