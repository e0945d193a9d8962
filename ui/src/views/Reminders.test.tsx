import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../bindings/Language';
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
    expect(within(today).getByText(/生日：urodziny \(58\)/)).toBeTruthy();
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

  it.each([
    {
      language: 'en',
      lists: ['Due today', 'Coming up'],
      today: [
        'Resolve the case: its deadline has passed — Case past its deadline: Outage · PKN Orlen',
        'Chase the department on the case — Handed over, no answer yet: Double invoice · Klient 1',
      ],
      upcoming: [
        'Move the case on before its deadline — Case nearing its deadline: Double invoice · Klient 1',
        "Ask the client to confirm the fix — Resolved, awaiting the client's confirmation: Installation · Klient 2",
        'Resolve the case: its deadline has passed — Case past its deadline: Double invoice · Klient 1',
      ],
    },
    {
      language: 'zh-CN',
      lists: ['今天到期', '即将到来'],
      today: ['尽快解决超时工单 — 工单处理时限已超：Outage · PKN Orlen', '催办转交部门 — 已转交，部门尚未答复：Double invoice · Klient 1'],
      upcoming: [
        '抓紧处理，以免超时 — 工单即将超时：Double invoice · Klient 1',
        '请客户确认处理结果 — 已解决，待客户确认：Installation · Klient 2',
        '尽快解决超时工单 — 工单处理时限已超：Double invoice · Klient 1',
      ],
    },
    {
      language: 'pl',
      lists: ['Na dziś', 'Wkrótce'],
      today: [
        'Pilnie rozwiąż sprawę po terminie — Przekroczony termin sprawy: Outage · PKN Orlen',
        'Ponagl dział w sprawie — Przekazana, dział jeszcze nie odpowiedział: Double invoice · Klient 1',
      ],
      upcoming: [
        'Zajmij się sprawą przed upływem terminu — Zbliża się termin sprawy: Double invoice · Klient 1',
        'Poproś klienta o potwierdzenie rozwiązania — Rozwiązana, czeka na potwierdzenie klienta: Installation · Klient 2',
        'Pilnie rozwiąż sprawę po terminie — Przekroczony termin sprawy: Double invoice · Klient 1',
      ],
    },
    {
      language: 'az',
      lists: ['Bu gün', 'Yaxınlarda'],
      today: [
        'Müddəti keçmiş şikayəti təcili həll et — Şikayətin müddəti keçib: Outage · PKN Orlen',
        'Şöbədən şikayətin gedişatını soruş — Təhvil verilib, şöbədən hələ cavab yoxdur: Double invoice · Klient 1',
      ],
      upcoming: [
        'Müddət bitməmiş şikayəti həll et — Şikayətin müddəti bitmək üzrədir: Double invoice · Klient 1',
        'Müştəridən həlli təsdiqləməsini xahiş et — Həll edilib, müştərinin təsdiqi gözlənilir: Installation · Klient 2',
        'Müddəti keçmiş şikayəti təcili həll et — Şikayətin müddəti keçib: Double invoice · Klient 1',
      ],
    },
  ] as const)('says what each case needs of the manager ($language)', async ({ language, lists, today, upcoming }) => {
    await renderCaseReminders(language);
    const [due, coming] = lists;
    expect(reminderLines(await screen.findByRole('list', { name: due }))).toEqual(today);
    expect(reminderLines(screen.getByRole('list', { name: coming }))).toEqual(upcoming);
  });

  it("opens a case's page from its reminder, and a client's from the client's name", async () => {
    const { navigate, outage, orlen } = await renderCaseReminders('en');
    const due = await screen.findByRole('list', { name: 'Due today' });
    fireEvent.click(within(due).getByRole('button', { name: 'Case past its deadline: Outage' }));
    expect(navigate).toHaveBeenLastCalledWith({ view: 'case', caseId: outage });
    fireEvent.click(within(due).getAllByRole('button', { name: 'PKN Orlen' })[0]);
    expect(navigate).toHaveBeenLastCalledWith({ view: 'client', clientId: orlen });
  });
});

/**
 * Anna's portfolio with three cases the agenda follows: PKN Orlen's outage, critical,
 * received on Friday 20 November at 10:00 and past its one working day since the 23rd;
 * Klient 1's double invoice, medium, received on Monday the 23rd at 10:00 and handed over
 * to the billing department just now (to be chased after one working day, tonight; at
 * risk past three quarters of its five working days on Thursday the 26th, breached on
 * Monday the 30th);
 * and Klient 2's installation, low, resolved just now (its confirmation asked for after two
 * working days).
 */
async function renderCaseReminders(language: Language) {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 2, language);
  const received = (clientId: string, category: string, severity: string, at: string) =>
    shell.commands.openCase({ clientId, contactId: null, category, severity, channel: 'phone', description: null, at, visitId: null });
  const step = { text: null, department: null, channel: null, satisfaction: null, at: null };
  const outage = await received(seeded.orlen, 'Outage', 'critical', '2026-11-20 10:00');
  const billing = await received(seeded.others[0], 'Double invoice', 'medium', '2026-11-23 10:00');
  await shell.commands.caseStep(billing.case.id, 'handover', { ...step, department: 'Billing' });
  const installation = await received(seeded.others[1], 'Installation', 'low', '2026-11-23 10:00');
  await shell.commands.caseStep(installation.case.id, 'resolve', { ...step, text: 'Router replaced' });
  const navigate = vi.fn();
  render(
    <I18nProvider language={language}>
      <CareReminders today={TODAY} navigate={navigate} />
    </I18nProvider>,
  );
  return { navigate, outage: outage.case.id, orlen: seeded.orlen };
}

/** Each reminder of `list` as "what to do — why: about what · client". */
const reminderLines = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => `${item.getAttribute('aria-label')} — ${item.querySelector('.muted')?.textContent}`);
