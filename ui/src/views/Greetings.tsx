import { useState } from 'react';
import type { GreetingRequest } from '../bindings/GreetingRequest';
import type { SettingsView } from '../bindings/SettingsView';
import type { Tier } from '../bindings/Tier';
import { useFormat, useT } from '../i18n';
import { LanguageSelect } from './LanguageSelect';
import { shell, toCommandError } from '../ipc';
import { SaveStatus, textBase64, useSave } from '../save';
import { useLoad } from '../load';
import { LoadState } from './Status';

const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];
const CHANNELS = ['message', 'call', 'visit'] as const;
const BIRTHDAY_SPANS = [7, 14, 30] as const;

/** Today on this computer, YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * Greetings for a festival, or for the key persons whose birthdays (solar or
 * lunar) fall in the coming days: one draft per key person of the chosen tiers,
 * each with a copy button; the lot as a CSV file; the chosen ones marked sent
 * (the care log records each, in one action).
 */
export function Greetings(props: { settings: SettingsView }) {
  const t = useT();
  const format = useFormat();
  const [occasion, setOccasion] = useState<'festival' | 'birthdays'>('festival');
  const [year, setYear] = useState(new Date().getFullYear());
  const holidays = useLoad(() => shell.greetingHolidays(year), [year]);
  const [holiday, setHoliday] = useState('');
  const [from, setFrom] = useState(localToday);
  const [days, setDays] = useState<number>(14);
  const [tiers, setTiers] = useState<string[]>(['A', 'B']);
  const [language, setLanguage] = useState<string>(props.settings.language);
  const chosen = holiday || (holidays.loaded.state === 'loaded' ? (holidays.loaded.value[0]?.key ?? '') : '');
  const birthdays = occasion === 'birthdays';
  const request: GreetingRequest = birthdays
    ? { holiday: null, year: null, from, days, tiers, language }
    : { holiday: chosen, year, from: null, days: null, tiers, language };
  const drafts = useLoad(
    () => (birthdays || chosen ? shell.draftGreetings(request) : Promise.resolve([])),
    [occasion, chosen, year, from, days, tiers.join(), language],
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [channel, setChannel] = useState<string>('message');
  const [copied, setCopied] = useState('');
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const toggleTier = (tier: string) =>
    setTiers((now) => (now.includes(tier) ? now.filter((x) => x !== tier) : [...now, tier].sort()));
  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const copy = (id: string, text: string) =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(id),
      (e: unknown) => setError(String(e)),
    );
  const saving = useSave();
  const exportCsv = () =>
    saving.save(() =>
      shell.exportGreetingsCsv(request).then((csv) => ({
        name: birthdays ? `greetings-birthdays-${from}.csv` : `greetings-${chosen}-${year}.csv`,
        base64: textBase64(csv),
      })),
    );
  const markSent = () =>
    shell.markGreetingsSent(request, [...selected], channel).then(
      (count) => {
        setSaid(t('greetings-marked-sent', { count }));
        setSelected(new Set());
        setError('');
      },
      (e: unknown) => setError(toCommandError(e).message),
    );

  return (
    <section aria-labelledby="greetings-title" className="greetings">
      <h1 id="greetings-title">{t('greetings-title')}</h1>
      <div className="toolbar">
        <fieldset>
          <legend>{t('greetings-occasion')}</legend>
          {(['festival', 'birthdays'] as const).map((code) => (
            <label key={code}>
              <input type="radio" name="greetings-occasion" checked={occasion === code} onChange={() => setOccasion(code)} />
              {t(`greetings-occasion-${code}`)}
            </label>
          ))}
        </fieldset>
        {birthdays ? (
          <>
            <label>
              {t('greetings-from')}
              <input type="date" value={from} onChange={(e) => e.target.value && setFrom(e.target.value)} />
            </label>
            <label>
              {t('greetings-days')}
              <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
                {BIRTHDAY_SPANS.map((span) => (
                  <option key={span} value={span}>
                    {span}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <>
            <label>
              {t('greetings-year')}
              <input type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} />
            </label>
            <LoadState loaded={holidays.loaded}>
              {(options) => (
                <label>
                  {t('greetings-holiday')}
                  <select value={chosen} onChange={(e) => setHoliday(e.target.value)}>
                    {options.map((o) => (
                      <option key={o.key} value={o.key}>
                        {o.name} ({o.date})
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </LoadState>
          </>
        )}
        <fieldset>
          <legend>{t('greetings-tiers')}</legend>
          {TIERS.map((tier) => (
            <label key={tier}>
              <input type="checkbox" checked={tiers.includes(tier)} onChange={() => toggleTier(tier)} />
              {tier}
            </label>
          ))}
        </fieldset>
        <LanguageSelect label={t('greetings-language')} value={language} onChange={setLanguage} />
        <button type="button" disabled={saving.busy} onClick={exportCsv}>
          {t('greetings-export-csv')}
        </button>
        <SaveStatus {...saving} making={t('export-making')} />
      </div>
      <LoadState loaded={drafts.loaded}>
        {(list) =>
          list.length === 0 ? (
            <p>{t(birthdays ? 'greetings-no-birthdays' : 'greetings-none')}</p>
          ) : (
            <ul className="cards greeting-drafts">
              {list.map((draft) => (
                <li key={`${draft.contactId} ${draft.date}`}>
                  <label>
                    <input
                      type="checkbox"
                      aria-label={t('greetings-select', { name: draft.contactName })}
                      checked={selected.has(draft.contactId)}
                      onChange={() => toggle(draft.contactId)}
                    />
                    <strong>{draft.contactName}</strong> {draft.title} · {draft.clientName} ({draft.tier})
                    {birthdays && <> · {t('greetings-birthday-on', { date: format.date(draft.date) })}</>}
                  </label>
                  <p>{draft.text}</p>
                  <button type="button" onClick={() => void copy(draft.contactId, draft.text)}>
                    {copied === draft.contactId ? t('greetings-copied') : t('greetings-copy')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <div className="toolbar">
        <label>
          {t('greetings-channel')}
          <select value={channel} onChange={(e) => setChannel(e.target.value)}>
            {CHANNELS.map((code) => (
              <option key={code} value={code}>
                {t(`channel-${code}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={selected.size === 0} onClick={() => void markSent()}>
          {t('greetings-mark-sent')}
        </button>
      </div>
      {said && <p role="status">{said}</p>}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
