import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { Export } from './Export';

afterEach(() => vi.restoreAllMocks());

/** The files the section saves, by name, as the webview's download would get them. */
function savedFiles() {
  const saved = new Map<string, Blob>();
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.set(this.download, blobs[Number(this.href.split(':')[1]) - 1]);
  });
  return saved;
}

describe('Export', () => {
  it("saves the portfolio's files: the workbook, the backup, the calendar, the contacts and a kind's CSV", async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 1, 'pl');
    const saved = savedFiles();
    render(
      <I18nProvider language="pl">
        <Export />
      </I18nProvider>,
    );
    const save = async (button: string, name: RegExp) => {
      fireEvent.click(screen.getByRole('button', { name: button }));
      await waitFor(() => expect([...saved.keys()].some((file) => name.test(file))).toBe(true));
      const file = [...saved.keys()].find((key) => name.test(key)) ?? '';
      return saved.get(file) as Blob;
    };

    const workbook = await save('Skoroszyt Excel', /^fieldbook-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(new TextDecoder().decode(new Uint8Array(await workbook.arrayBuffer()).slice(0, 2))).toBe('PK');
    const backup = JSON.parse(await (await save('Kopia zapasowa (JSON)', /\.json$/)).text());
    expect(backup.format).toBe('fieldbook-portfolio');
    expect(backup.clients.map((client: { name: string }) => client.name).sort()).toEqual(['Klient 1', 'PKN Orlen']);
    expect(await (await save('Kalendarz, najbliższe 90 dni (iCalendar)', /\.ics$/)).text()).toContain('BEGIN:VCALENDAR');
    const cards = await (await save('Kontakty (vCard)', /\.vcf$/)).text();
    expect(cards).toContain('FN:Jan Nowak\r\nORG:PKN Orlen\r\n');

    fireEvent.change(screen.getByRole('combobox', { name: 'Plik CSV z' }), { target: { value: 'visits' } });
    const visits = await (await save('Eksportuj CSV', /^visits\.csv$/)).text();
    expect(visits.split('\n')[0]).toMatch(/^\uFEFF?id,client_id,date,time/);
    expect(visits).toContain('Rozmowa o światłowodzie');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
