// A contact's birthday in the text form the core reads (`1980-05-17`,
// `--05-17`, `lunar:08-15`, `lunar:leap:1975-04-12`), edited as calendar,
// optional year, month, day and, for the lunar calendar, the leap-month flag.
import { type FormEvent, useState } from 'react';
import { useFormat, useT } from '../i18n';
import { toCommandError } from '../ipc';

export interface BirthdayParts {
  calendar: 'none' | 'gregorian' | 'lunar';
  year: string;
  month: string;
  day: string;
  leap: boolean;
}

const NONE: BirthdayParts = { calendar: 'none', year: '', month: '', day: '', leap: false };

/** Reads the core's text form; anything else counts as no birthday. */
export function parseBirthday(text: string | null): BirthdayParts {
  const match = /^(lunar:)?(leap:)?(?:--)?(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$/.exec(text ?? '');
  if (!match) return NONE;
  const [, lunar, leap, year, month, day] = match;
  return { calendar: lunar ? 'lunar' : 'gregorian', year: year ?? '', month: String(Number(month)), day: String(Number(day)), leap: Boolean(leap) };
}

/** The core's text form of `parts` ("" for no birthday). */
export function birthdayText(parts: BirthdayParts): string {
  if (parts.calendar === 'none') return '';
  const two = (n: string) => n.trim().padStart(2, '0');
  const year = parts.year.trim() ? `${parts.year.trim().padStart(4, '0')}-` : '';
  const monthDay = `${two(parts.month)}-${two(parts.day)}`;
  if (parts.calendar === 'lunar') return `lunar:${parts.leap ? 'leap:' : ''}${year}${monthDay}`;
  return year ? `${year}${monthDay}` : `--${monthDay}`;
}

/** The birthday as a manager reads it, in their language. */
export function useBirthdayLabel(): (text: string | null) => string {
  const t = useT();
  const format = useFormat();
  return (text) => {
    const parts = parseBirthday(text);
    if (parts.calendar === 'none') return '';
    const { month, day } = parts;
    if (parts.calendar === 'lunar') {
      const date = t('birthday-lunar-date', { month, day, leap: parts.leap ? 'yes' : 'no' });
      return parts.year ? `${date} (${parts.year})` : date;
    }
    return parts.year ? format.date(birthdayText(parts)) : format.monthDay(Number(month), Number(day));
  };
}

/** The inputs of a birthday, labelled, for the add form and the editor. */
export function BirthdayInputs({ parts, onChange }: { parts: BirthdayParts; onChange: (parts: BirthdayParts) => void }) {
  const t = useT();
  const set = (change: Partial<BirthdayParts>) => onChange({ ...parts, ...change });
  const dated = parts.calendar !== 'none';
  return (
    <fieldset className="row-form birthday">
      <legend>{t('contact-birthday-field')}</legend>
      <label>
        {t('birthday-calendar')}
        <select value={parts.calendar} onChange={(e) => set({ calendar: e.target.value as BirthdayParts['calendar'] })}>
          <option value="none">{t('birthday-none')}</option>
          <option value="gregorian">{t('birthday-gregorian')}</option>
          <option value="lunar">{t('birthday-lunar')}</option>
        </select>
      </label>
      {dated && (
        <>
          <label>
            {t('birthday-month')}
            <input type="number" min={1} max={12} required value={parts.month} onChange={(e) => set({ month: e.target.value })} />
          </label>
          <label>
            {t('birthday-day')}
            <input type="number" min={1} max={parts.calendar === 'lunar' ? 30 : 31} required value={parts.day} onChange={(e) => set({ day: e.target.value })} />
          </label>
          <label>
            {t('birthday-year')}
            <input type="number" min={1900} max={2100} value={parts.year} onChange={(e) => set({ year: e.target.value })} />
          </label>
        </>
      )}
      {parts.calendar === 'lunar' && (
        <label className="check">
          <input type="checkbox" checked={parts.leap} onChange={(e) => set({ leap: e.target.checked })} />
          {t('birthday-leap')}
        </label>
      )}
    </fieldset>
  );
}

/** A contact's birthday shown as text, edited in place with [`BirthdayInputs`]. */
export function BirthdayField(props: { name: string; value: string | null; save: (text: string) => Promise<unknown> }) {
  const t = useT();
  const label = useBirthdayLabel();
  const [draft, setDraft] = useState<BirthdayParts | null>(null);
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    props.save(birthdayText(draft)).then(
      () => {
        setDraft(null);
        setError('');
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  return (
    <div className="field">
      <dt>{t('contact-birthday-field')}</dt>
      <dd>
        {draft === null ? (
          <button type="button" className="value" aria-label={t('birthday-edit', { name: props.name })} onClick={() => setDraft(parseBirthday(props.value))}>
            {label(props.value) || '—'}
          </button>
        ) : (
          <form onSubmit={submit} aria-label={t('birthday-edit', { name: props.name })}>
            <BirthdayInputs parts={draft} onChange={setDraft} />
            <button type="submit">{t('birthday-save')}</button>{' '}
            <button type="button" onClick={() => setDraft(null)}>
              {t('birthday-discard')}
            </button>
          </form>
        )}
        {error && <span role="alert">{error}</span>}
      </dd>
    </div>
  );
}
