import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio, visitMade } from '../testing/portfolios';
import { savedFile } from '../testing/saved';
import { Report } from './Report';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

afterEach(() => vi.restoreAllMocks());

/**
 * Anna's week 2026-W48 as it stands on Wednesday the 25th: Klient 1 visited on Monday,
 * PKN Orlen's visit planned for today at 10:00, Klient 2 never visited.
 */
async function annasWeek() {
  const shell = await realShell();
  const seeded = await annasPortfolio(shell, 2, 'pl');
  await visitMade(seeded.others[0], '2026-11-23', shell.commands);
  return seeded;
}

describe('Report', () => {
  it("shows this week's summary in the manager's language, and the week before a click away", async () => {
    const seeded = await annasWeek();
    const navigate = vi.fn();
    render(
      <I18nProvider language="pl">
        <Report navigate={navigate} />
      </I18nProvider>,
    );
    const report = await screen.findByRole('article', { name: 'Raport tygodniowy — Anna Kowalska' });
    expect(within(report).getByText(/^Tydzień 2026-W48: 2026-11-23 – 2026-11-29/)).toBeTruthy();
    expect(cells(within(report).getByRole('table', { name: 'Wizyty' }))).toEqual([
      ['Zaplanowane', '2'],
      ['Odbyte', '1'],
      ['Odwołane', '0'],
      ['Nieodbyte', '0'],
    ]);
    const firstVisits = within(report).getByRole('table', { name: 'Klienci odwiedzeni po raz pierwszy' });
    expect(cells(firstVisits)).toEqual([['Klient 1', 'B']]);
    // A client the report names opens its page.
    fireEvent.click(within(firstVisits).getByRole('button', { name: 'Klient 1' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'client', clientId: seeded.others[0] });
    const charts = within(report).getByRole('group', { name: 'Wykresy' });
    expect(within(charts).getByRole('img', { name: 'Pokrycie według kategorii' })).toBeTruthy();
    expect(within(charts).getByRole('img', { name: 'Wizyty dziennie' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ten tydzień' }).hasAttribute('disabled')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '‹ Poprzedni tydzień' }));
    expect(await screen.findByText(/^Tydzień 2026-W47: 2026-11-16 – 2026-11-22/)).toBeTruthy();
    const earlier = screen.getByRole('article', { name: 'Raport tygodniowy — Anna Kowalska' });
    expect(cells(within(earlier).getByRole('table', { name: 'Wizyty' }))[0]).toEqual(['Zaplanowane', '0']);
    expect(screen.getByRole('button', { name: 'Ten tydzień' }).hasAttribute('disabled')).toBe(false);
  });

  it('saves the week as a PDF and its figures as CSV, with progress shown meanwhile', async () => {
    await annasWeek();
    render(
      <I18nProvider language="zh-CN">
        <Report navigate={() => {}} />
      </I18nProvider>,
    );
    await screen.findByRole('article', { name: '工作周报 — Anna Kowalska' });
    fireEvent.click(screen.getByRole('button', { name: '另存为 PDF' }));
    expect(screen.getByRole('status').textContent).toContain('正在排版 PDF…');
    // The shell writes the file in the Downloads folder and the view says where.
    const pdf = await savedFile(/^fieldbook-2026-W48\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(screen.getByText(/^已保存到 .*fieldbook-2026-W48\.pdf/)).toBeTruthy();

    fireEvent.click(await screen.findByRole('button', { name: '导出 CSV' }));
    const csv = await savedFile(/^fieldbook-2026-W48\.csv$/);
    expect(csv.text.split('\n')[0]).toBe('week,metric,key,value');
    expect(csv.text).toContain('2026-W48,visits.done,,1\n');
    // Saved again, the file does not replace the first.
    fireEvent.click(await screen.findByRole('button', { name: '导出 CSV' }));
    expect((await savedFile(/^fieldbook-2026-W48 \(2\)\.csv$/)).text).toBe(csv.text);
  }, 30000);
});
