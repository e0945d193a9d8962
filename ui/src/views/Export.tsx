// The Export section of the settings: the portfolio's files for the lead, a spreadsheet,
// a calendar, a phone or a backup — the JSON backup, one CSV file of a kind of record, the
// Excel workbook in the manager's language, the coming 90 days as iCalendar and every
// contact as vCard — each made by the shell and saved in the Downloads folder.
import { useState } from 'react';
import type { ExportChoice } from '../bindings/ExportChoice';
import { useT } from '../i18n';
import { shell } from '../ipc';
import { SaveStatus, useSave } from '../save';

/** The kinds of record the CSV export writes a file of, in its order. */
const CSV_TABLES = ['clients', 'contacts', 'visits', 'cases', 'case_events', 'tasks', 'care_log'] as const;

/** The files, each a button, with the CSV file's kind chosen beside its own. */
export function Export() {
  const t = useT();
  const [table, setTable] = useState<string>('clients');
  const { busy, failure, savedTo, save } = useSave();
  const made = (choice: ExportChoice) => () => shell.exportFile(choice, table);
  const button = (choice: ExportChoice) => (
    <button type="button" disabled={busy} onClick={() => save(made(choice))}>
      {t(`export-${choice}`)}
    </button>
  );
  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('export-title')}</h2>
      <p className="muted">{t('export-hint')}</p>
      <div className="row-form">
        {button('xlsx')}
        {button('json')}
        {button('ics')}
        {button('vcf')}
      </div>
      <div className="row-form">
        <label>
          {t('export-csv-table')}
          <select value={table} onChange={(e) => setTable(e.target.value)}>
            {CSV_TABLES.map((name) => (
              <option key={name} value={name}>
                {t(`export-sheet-${name}`)}
              </option>
            ))}
          </select>
        </label>
        {button('csv')}
      </div>
      <SaveStatus busy={busy} failure={failure} savedTo={savedTo} making={t('export-making')} />
    </section>
  );
}
