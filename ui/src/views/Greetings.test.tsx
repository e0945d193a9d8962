import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { demoPortfolio, installFakeShell } from '../testing/fakeShell';
import { Greetings } from './Greetings';

async function renderGreetings() {
  const shell = installFakeShell(demoPortfolio(2));
  const settings = shell.settings;
  if (!settings) throw new Error('the demo has settings');
  render(
    <I18nProvider language="en">
      <Greetings settings={settings} />
    </I18nProvider>,
  );
  await screen.findByText('Jan Nowak, wesołych świąt!');
  return shell;
}

describe('Greetings', () => {
  it('drafts for the first festival and the chosen tiers, and copies a greeting', async () => {
    const shell = await renderGreetings();
    const request = shell.calls.find((c) => c.command === 'draft_greetings')?.args.request;
    expect(request).toMatchObject({ holiday: 'pl.easter', tiers: ['A', 'B'], language: 'pl' });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('Jan Nowak, wesołych świąt!');
  });

  it('leaves out tiers that are unticked', async () => {
    await renderGreetings();
    fireEvent.click(screen.getByRole('checkbox', { name: 'A' }));
    expect(await screen.findByText('No key persons in these tiers.')).toBeTruthy();
  });

  it('marks the selected greetings sent by the chosen channel', async () => {
    const shell = await renderGreetings();
    const markSent = screen.getByRole('button', { name: 'Mark sent' }) as HTMLButtonElement;
    expect(markSent.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Jan Nowak' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sent by' }), { target: { value: 'call' } });
    fireEvent.click(markSent);
    expect((await screen.findByRole('status')).textContent).toBe('One greeting logged as sent.');
    expect(shell.calls.at(-1)).toMatchObject({
      command: 'mark_greetings_sent',
      args: { contactIds: ['ct_1'], channel: 'call' },
    });
  });

  it('drafts birthday greetings for the days chosen instead of a festival', async () => {
    const shell = await renderGreetings();
    fireEvent.click(screen.getByRole('radio', { name: 'Upcoming birthdays' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-05-10' } });
    expect(await screen.findByText('Jan Nowak, sto lat!')).toBeTruthy();
    expect(screen.getByText(/· birthday .*2027/)).toBeTruthy();
    expect(screen.queryByRole('spinbutton', { name: 'Year' })).toBeNull();
    const request = shell.calls.filter((c) => c.command === 'draft_greetings').at(-1)?.args.request;
    expect(request).toMatchObject({ holiday: null, year: null, from: '2027-05-10', days: 14, tiers: ['A', 'B'] });

    fireEvent.change(screen.getByRole('combobox', { name: 'Days' }), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-05-18' } });
    expect(await screen.findByText('No key person of these tiers has a birthday in these days.')).toBeTruthy();
  });
});
