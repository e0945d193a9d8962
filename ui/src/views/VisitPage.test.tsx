import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS } from '../autosave';
import type { Language } from '../bindings/Language';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio, type Seeded } from '../testing/portfolios';
import type { RealShell } from '../testing/realShell';
import { VisitPage } from './VisitPage';

afterEach(() => {
  vi.useRealTimers();
});

async function renderVisit(language: Language = 'en', before?: (shell: RealShell, seeded: Seeded) => Promise<unknown>) {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell);
  await before?.(shell, seeded);
  const navigate = vi.fn();
  render(
    <I18nProvider language={language}>
      <VisitPage visitId={seeded.visitToday} navigate={navigate} />
    </I18nProvider>,
  );
  const notes = await screen.findByRole('textbox', { name: NOTES[language] });
  return { shell, notes, visitToday: seeded.visitToday, seeded, navigate };
}

/** The notes box by its label in each language, found once the visit is shown. */
const NOTES: Record<Language, string> = { en: 'Notes', 'zh-CN': '笔记', pl: 'Notatki', az: 'Qeydlər' };

/** PKN Orlen's outage, high, recorded during today's visit (so linked to it) through the shell directly. */
const outageDuringTheVisit = (shell: RealShell, seeded: Seeded) =>
  shell.commands.openCase({
    clientId: seeded.orlen,
    contactId: seeded.jan,
    category: 'Outage',
    severity: 'high',
    channel: 'visit',
    description: null,
    at: null,
    visitId: seeded.visitToday,
  });

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
    const { shell, notes } = await renderVisit();
    fireEvent.click(screen.getByRole('button', { name: 'Check in' }));
    expect(await screen.findByText(/^Checked in at/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check out' }));
    expect(await screen.findByText('Done')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Add a note line' }), { target: { value: 'Oferta do piątku' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    // The notes show the line once the shell appended it (the line's own input holds it at once).
    await vi.waitFor(() => expect((notes as HTMLTextAreaElement).value).toContain('Oferta do piątku'));
    expect(shell.calls.map((c) => c.command)).toContain('append_visit_note');
  });

  it('records the arrears collected on the visit, and names the field of an amount it refuses', async () => {
    const { shell, visitToday } = await renderVisit('pl');
    fireEvent.click(screen.getByRole('button', { name: 'Edytuj: Zainkasowano' }));
    const amount = screen.getByRole('textbox', { name: 'Zainkasowano' });
    fireEvent.change(amount, { target: { value: 'pięć tysięcy' } });
    fireEvent.keyDown(amount, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toContain('pięć tysięcy');
    expect((await shell.commands.visitDetail(visitToday)).collected).toBe('');
    fireEvent.change(amount, { target: { value: '5 000 zł' } });
    fireEvent.keyDown(amount, { key: 'Enter' });
    expect((await screen.findByText('5000.00 PLN')).closest('button')?.getAttribute('aria-label')).toBe('Edytuj: Zainkasowano');
    expect((await shell.commands.visitDetail(visitToday)).collected).toBe('5000.00 PLN');
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

  it('records a complaint during the visit, linked to it, and shows its deadlines', async () => {
    const { shell, visitToday, seeded, navigate } = await renderVisit();
    // Not yet a complaint follow-up: no case to link to.
    expect(screen.queryByRole('button', { name: /^Complaint:/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Record a complaint' }));
    const form = screen.getByRole('form', { name: 'Record a complaint' });
    expect((within(form).getByLabelText('Received by') as HTMLSelectElement).value).toBe('visit');
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'Outage' } });
    fireEvent.change(within(form).getByLabelText('Severity'), { target: { value: 'high' } });
    // The client's people, loaded with the page.
    await within(form).findByRole('option', { name: 'Jan Nowak' });
    fireEvent.change(within(form).getByLabelText('Raised by'), { target: { value: seeded.jan } });
    fireEvent.change(within(form).getByLabelText("In the client's words"), { target: { value: 'The warehouse has no fibre since Monday' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record complaint' }));
    // High: answered within 4 working hours of 09:00, resolved within 3 working days (working hours 09:00–18:00).
    const recorded = await screen.findByText(/^Complaint “Outage” recorded/);
    expect(recorded.textContent).toMatch(/first response due Nov 25, 2026, 1:00\sPM, resolution due Nov 27, 2026, 6:00\sPM\. Open the case$/);
    expect(screen.queryByRole('form', { name: 'Record a complaint' })).toBeNull();
    expect(shell.argsOf('open_case')).toEqual([
      {
        opening: {
          clientId: seeded.orlen,
          contactId: seeded.jan,
          category: 'Outage',
          severity: 'high',
          channel: 'visit',
          description: 'The warehouse has no fibre since Monday',
          at: null,
          visitId: visitToday,
        },
      },
    ]);
    const [row] = await shell.commands.listCases('', '');
    expect((await shell.commands.caseDetail(row.id)).visits.map((v) => v.id)).toEqual([visitToday]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the case' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'case', caseId: row.id });
    // The visit, reloaded, now follows the case up and links to it.
    fireEvent.click(await screen.findByRole('button', { name: 'Complaint: Outage' }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'case', caseId: row.id });
  });

  it('records a second complaint during the visit on its own, the visit staying with the first', async () => {
    let first = '';
    const { shell, visitToday } = await renderVisit('en', async (desk, seeded) => {
      first = (await outageDuringTheVisit(desk, seeded)).case.id;
    });
    await screen.findByRole('button', { name: 'Complaint: Outage' });
    fireEvent.click(screen.getByRole('button', { name: 'Record a complaint' }));
    const form = screen.getByRole('form', { name: 'Record a complaint' });
    expect((within(form).getByLabelText('Received by') as HTMLSelectElement).value).toBe('visit');
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'Billing' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record complaint' }));
    await screen.findByText(/^Complaint “Billing” recorded/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((shell.argsOf('open_case').at(-1)?.opening as { visitId: string | null }).visitId).toBeNull();
    expect((await shell.commands.visitDetail(visitToday)).caseId).toBe(first);
    expect((await shell.commands.listCases('', '')).map((row) => row.category).sort()).toEqual(['Billing', 'Outage']);
  });

  it('records a complaint written up afterwards, its deadlines counted from when it was received', async () => {
    const { shell } = await renderVisit();
    fireEvent.click(screen.getByRole('button', { name: 'Record a complaint' }));
    const form = screen.getByRole('form', { name: 'Record a complaint' });
    fireEvent.change(within(form).getByLabelText('Category'), { target: { value: 'Outage' } });
    fireEvent.change(within(form).getByLabelText('Severity'), { target: { value: 'high' } });
    fireEvent.change(within(form).getByLabelText('Received (empty: now)'), { target: { value: '2026-11-24T16:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record complaint' }));
    // From Tuesday 16:00, working hours 09:00–18:00: 4 working hours end on Wednesday at 11:00,
    // 3 working days (27 working hours) on Friday at 16:00.
    const recorded = await screen.findByText(/^Complaint “Outage” recorded/);
    expect(recorded.textContent).toMatch(/first response due Nov 25, 2026, 11:00\sAM, resolution due Nov 27, 2026, 4:00\sPM\. Open the case$/);
    expect(shell.argsOf('open_case').map((args) => (args.opening as { at: string | null }).at)).toEqual(['2026-11-24 16:00']);
  });

  it.each([
    ['en', 'Complaint: Outage'],
    ['zh-CN', '投诉工单：Outage'],
    ['pl', 'Reklamacja: Outage'],
    ['az', 'Şikayət: Outage'],
  ] as const)('links the complaint it follows up to the case page (%s)', async (language, link) => {
    let caseId = '';
    const { shell, visitToday, navigate } = await renderVisit(language, async (desk, seeded) => {
      caseId = (await outageDuringTheVisit(desk, seeded)).case.id;
    });
    expect((await shell.commands.visitDetail(visitToday)).caseId).toBe(caseId);
    fireEvent.click(await screen.findByRole('button', { name: link }));
    expect(navigate).toHaveBeenCalledWith({ view: 'case', caseId });
  });
});
