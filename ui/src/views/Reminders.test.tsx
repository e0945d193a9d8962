import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { TODAY, demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { CareReminders } from './Reminders';

function renderReminders(language: 'en' | 'zh-CN') {
  const shell = installFakeShell(demoPortfolio(3));
  render(
    <I18nProvider language={language}>
      <CareReminders today={TODAY} navigate={vi.fn()} />
    </I18nProvider>,
  );
  return shell;
}

describe('CareReminders', () => {
  it("lists today's and the coming reminders with translated names", async () => {
    renderReminders('zh-CN');
    const today = await screen.findByRole('list', { name: '今天到期' });
    expect(within(today).getByRole('listitem', { name: '送礼：鲜花或蛋糕 · Jan Nowak' })).toBeTruthy();
    expect(within(today).getByText(/生日: urodziny \(58\)/)).toBeTruthy();
    const upcoming = screen.getByRole('list', { name: '即将到来' });
    expect(within(upcoming).getByRole('listitem', { name: '启动合同续签' })).toBeTruthy();
  });

  it('marks a reminder done and dismisses another, each by its own labelled button', async () => {
    const shell = renderReminders('en');
    fireEvent.click(await screen.findByRole('button', { name: 'Mark done: Send a gift: flowers or a cake · Jan Nowak' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Due today' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Start the contract renewal' }));
    expect(await screen.findByText('No care reminders for the next two weeks.')).toBeTruthy();
    expect(shell.calls.filter((c) => c.command.endsWith('_reminder')).map((c) => [c.command, c.args.reminderId])).toEqual([
      ['complete_reminder', 'rm_flowers'],
      ['dismiss_reminder', 'rm_renewal'],
    ]);
  });
});
