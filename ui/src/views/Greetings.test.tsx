import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SettingsView } from '../bindings/SettingsView';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { Greetings } from './Greetings';

/** The shell's default Polish template for a festival without one of its own, for Jan Nowak of PKN Orlen. */
const NEW_YEAR =
  'Jan Nowak, z okazji święta (Nowy Rok) składam najlepsze życzenia dla Pani/Pana i całego zespołu PKN Orlen. Z wyrazami szacunku, Anna Kowalska';
/** The shell's default Polish birthday template. */
const BIRTHDAY =
  'Jan Nowak, z okazji urodzin serdecznie życzę zdrowia, sukcesów i wszelkiej pomyślności. Z wyrazami szacunku, Anna Kowalska';

async function renderGreetings() {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 1);
  const settings = await shell.call<SettingsView>('settings');
  render(
    <I18nProvider language="en">
      <Greetings settings={settings} />
    </I18nProvider>,
  );
  await screen.findByText(NEW_YEAR);
  return Object.assign(shell, { seeded });
}

describe('Greetings', () => {
  it('drafts for the first festival and the chosen tiers, and copies a greeting', async () => {
    const shell = await renderGreetings();
    // Poland's first major festival of the year is New Year's Day.
    const request = shell.argsOf('draft_greetings').at(-1)?.request;
    expect(request).toMatchObject({ holiday: 'pl.new_year', tiers: ['A', 'B'], language: 'pl' });
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(NEW_YEAR);
  });

  it('leaves out tiers that are unticked', async () => {
    await renderGreetings();
    // PKN Orlen, the only client with a key person, is tier A; Klient 1 (tier B) has none.
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
      args: { contactIds: [shell.seeded.jan], channel: 'call' },
    });
  });

  it('drafts birthday greetings for the days chosen instead of a festival', async () => {
    const shell = await renderGreetings();
    fireEvent.click(screen.getByRole('radio', { name: 'Upcoming birthdays' }));
    // Jan Nowak was born on 17 May.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-05-10' } });
    expect(await screen.findByText(BIRTHDAY)).toBeTruthy();
    expect(screen.getByText(/· birthday .*2027/)).toBeTruthy();
    expect(screen.queryByRole('spinbutton', { name: 'Year' })).toBeNull();
    const request = shell.argsOf('draft_greetings').at(-1)?.request;
    expect(request).toMatchObject({ holiday: null, year: null, from: '2027-05-10', days: 14, tiers: ['A', 'B'] });

    fireEvent.change(screen.getByRole('combobox', { name: 'Days' }), { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2027-05-18' } });
    expect(await screen.findByText('No key person of these tiers has a birthday in these days.')).toBeTruthy();
  });
});
