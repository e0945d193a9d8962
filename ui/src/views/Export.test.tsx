import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { realShell } from '../testing/desk';
import { annasPortfolio } from '../testing/portfolios';
import { savedFile } from '../testing/saved';
import { Export } from './Export';

describe('Export', () => {
  it("saves the portfolio's files: the workbook, the backup, the calendar, the contacts and a kind's CSV", async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 1, 'pl');
    render(
      <I18nProvider language="pl">
        <Export />
      </I18nProvider>,
    );
    const save = (button: string, name: RegExp) => {
      fireEvent.click(screen.getByRole('button', { name: button }));
      return savedFile(name);
    };

    const workbook = await save('Skoroszyt Excel', /^fieldbook-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(workbook.bytes.subarray(0, 2).toString()).toBe('PK');
    const backup = JSON.parse((await save('Kopia zapasowa (JSON)', /\.json$/)).text);
    expect(backup.format).toBe('fieldbook-portfolio');
    expect(backup.clients.map((client: { name: string }) => client.name).sort()).toEqual(['Klient 1', 'PKN Orlen']);
    expect((await save('Kalendarz, najbliższe 90 dni (iCalendar)', /\.ics$/)).text).toContain('BEGIN:VCALENDAR');
    expect((await save('Kontakty (vCard)', /\.vcf$/)).text).toContain('FN:Jan Nowak\r\nORG:PKN Orlen\r\n');

    fireEvent.change(screen.getByRole('combobox', { name: 'Plik CSV z' }), { target: { value: 'visits' } });
    const visits = (await save('Eksportuj CSV', /^visits\.csv$/)).text;
    expect(visits.split('\n')[0]).toMatch(/^\uFEFF?id,client_id,date,time/);
    expect(visits).toContain('Rozmowa o światłowodzie');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
