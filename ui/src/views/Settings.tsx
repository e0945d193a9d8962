import { useState } from 'react';
import type { SettingsView } from '../bindings/SettingsView';
import { useT } from '../i18n';
import { LanguageSelect } from './LanguageSelect';
import { shell, toCommandError } from '../ipc';
import { CareSettings } from './CareSettings';
import { Export } from './Export';
import { InlineField } from './InlineField';
import { SlaSettings } from './SlaSettings';
import { SyncSettings } from './SyncSettings';

/** The manager's profile (with home, office and working hours for the day planner), language,
 * holiday region and time zone, the care rules, the SLA targets of cases, the sync server, and
 * the portfolio's files to export. */
export function Settings(props: { settings: SettingsView; onSettings: (settings: SettingsView) => void }) {
  const t = useT();
  const [error, setError] = useState('');
  const set = (field: string, value: string) =>
    shell.setSetting(field, value).then(
      (settings) => {
        setError('');
        props.onSettings(settings);
      },
      (e: unknown) => {
        setError(toCommandError(e).message);
        throw e;
      },
    );
  const { settings } = props;
  return (
    <section aria-labelledby="settings-title" className="settings">
      <h1 id="settings-title">{t('settings-title')}</h1>
      <h2>{t('settings-profile')}</h2>
      <dl className="profile">
        <InlineField label={t('settings-name')} value={settings.managerName} save={(v) => set('name', v)} />
        <InlineField label={t('settings-time-zone')} value={settings.timeZone} save={(v) => set('time_zone', v)} />
        <InlineField label={t('settings-home')} value={settings.home} save={(v) => set('home', v)} />
        <InlineField label={t('settings-office')} value={settings.office} save={(v) => set('office', v)} />
        <InlineField
          label={t('settings-working-hours')}
          value={settings.workingHours}
          save={(v) => set('working_hours', v)}
        />
      </dl>
      <LanguageSelect
        label={t('settings-language')}
        value={settings.language}
        onChange={(language) => set('language', language).catch(() => undefined)}
      />
      <label>
        {t('settings-region')}
        <select value={settings.region} onChange={(e) => set('region', e.target.value).catch(() => undefined)}>
          {(['CN', 'PL', 'AZ'] as const).map((code) => (
            <option key={code} value={code}>
              {t(`region-${code}`)}
            </option>
          ))}
        </select>
      </label>
      {error && <p role="alert">{error}</p>}
      <CareSettings />
      <SlaSettings />
      <SyncSettings />
      <Export />
    </section>
  );
}
