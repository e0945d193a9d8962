import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../autosave';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import type { RealShell } from '../testing/realShell';
import { VisitPage } from './VisitPage';

afterEach(() => {
  vi.useRealTimers();
});

async function renderVisit() {
  const shell = await realShell();
  const { visitToday } = await annasPortfolio(shell);
  render(
    <I18nProvider language="en">
      <VisitPage visitId={visitToday} navigate={vi.fn()} />
    </I18nProvider>,
  );
  const notes = await screen.findByRole('textbox', { name: 'Notes' });
  return { shell, notes, visitToday };
}

const saves = (shell: RealShell) => shell.calls.filter((c) => c.command === 'save_visit_notes');

describe('VisitPage', () => {
  it('saves the notes once typing pauses, with what was typed last', async () => {
    const { shell, notes, visitToday } = await renderVisit();
    vi.useFakeTimers();
    for (const text of ['K', 'Kl', 'Klient chce 5G']) {
      fireEvent.change(notes, { target: { value: text } });
      await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS / 3));
    }
    expect(saves(shell)).toEqual([]);
    expect(screen.getByText('Saving…')).toBeTruthy();
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(saves(shell)).toEqual([{ command: 'save_visit_notes', args: { visitId: visitToday, text: 'Klient chce 5G' } }]);
    // The shell answers over the loopback, on real time.
    vi.useRealTimers();
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('saves at once when the notes lose focus', async () => {
    const { shell, notes } = await renderVisit();
    fireEvent.change(notes, { target: { value: 'Zadzwonić' } });
    fireEvent.blur(notes);
    await act(() => Promise.resolve());
    expect(saves(shell).map((c) => c.args.text)).toEqual(['Zadzwonić']);
  });

  it('checks in and out and appends a note line', async () => {
    const { shell } = await renderVisit();
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText(/^Checked in at/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check out' }));
    expect(await screen.findByText('Done')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a note line' }), { target: { value: 'Oferta do piątku' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByDisplayValue(/Oferta do piątku/);
    expect(shell.calls.map((c) => c.command)).toContain('append_visit_note');
  });

  it('focuses the note line on Ctrl+Shift+N', async () => {
    await renderVisit();
    const { useShortcuts } = await import('../shortcuts');
    function Shortcuts() {
      useShortcuts({ focusSearch: () => undefined });
      return null;
    }
    render(<Shortcuts />);
    fireEvent.keyDown(document.body, { key: 'N', ctrlKey: true, shiftKey: true });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Add a note line' }));
  });

  it('cancels a planned visit only once asked to confirm', async () => {
    const { shell, visitToday } = await renderVisit();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel visit' }));
    expect(screen.getByRole('group', { name: /Cancel this visit\?/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel it' }));
    expect(await screen.findByText('Cancelled')).toBeTruthy();
    expect(shell.calls.at(-1)).toEqual({ command: 'cancel_visit', args: { visitId: visitToday } });
    expect((screen.getByRole('button', { name: 'Cancel visit' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Check in' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
