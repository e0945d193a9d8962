import { type FormEvent, useState } from 'react';
import type { CommandError } from '../bindings/CommandError';
import type { Region } from '../bindings/Region';
import type { SettingsView } from '../bindings/SettingsView';
import { useT } from '../i18n';
import { LanguageSelect } from './LanguageSelect';
import { type Language, shell, toCommandError } from '../ipc';
import { JoinPortfolio } from './JoinPortfolio';

const REGIONS: { region: Region; language: Language; timeZone: string }[] = [
  { region: 'CN', language: 'zh-CN', timeZone: 'Asia/Shanghai' },
  { region: 'PL', language: 'pl', timeZone: 'Europe/Warsaw' },
  { region: 'AZ', language: 'az', timeZone: 'Asia/Baku' },
];

/** The first screen on a computer without a portfolio: create one, or pull it from the sync server. */
export function FirstRun(props: {
  language: Language;
  onLanguage: (language: Language) => void;
  onCreated: (settings: SettingsView) => void;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [region, setRegion] = useState<Region>('CN');
  const [timeZone, setTimeZone] = useState('Asia/Shanghai');
  const [demo, setDemo] = useState(true);
  const [demoClients, setDemoClients] = useState(200);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);

  const chooseRegion = (next: Region) => {
    const defaults = REGIONS.find((r) => r.region === next);
    setRegion(next);
    if (defaults) {
      setTimeZone(defaults.timeZone);
      props.onLanguage(defaults.language);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    shell
      .createPortfolio({
        managerName: name,
        region,
        language: props.language,
        timeZone,
        demoClients: demo ? demoClients : null,
      })
      .then(props.onCreated, (e: unknown) => {
        setError(toCommandError(e));
        setBusy(false);
      });
  };

  return (
    <main className="first-run">
      <h1>{t('first-run-title')}</h1>
      <p>{t('first-run-intro')}</p>
      <form onSubmit={submit} aria-label={t('first-run-title')}>
        <h2>{t('first-run-new')}</h2>
        <label>
          {t('first-run-name')}
          <input value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
        </label>
        <label>
          {t('first-run-region')}
          <select value={region} onChange={(e) => chooseRegion(e.target.value as Region)}>
            {REGIONS.map(({ region: code }) => (
              <option key={code} value={code}>
                {t(`region-${code}`)}
              </option>
            ))}
          </select>
        </label>
        <LanguageSelect label={t('first-run-language')} value={props.language} onChange={props.onLanguage} />
        <label>
          {t('first-run-time-zone')}
          <input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} required />
        </label>
        <label className="inline">
          <input type="checkbox" checked={demo} onChange={(e) => setDemo(e.target.checked)} />
          {t('first-run-demo')}
        </label>
        {demo && (
          <label>
            {t('first-run-demo-clients')}
            <input
              type="number"
              min={1}
              max={5000}
              value={demoClients}
              onChange={(e) => setDemoClients(Number(e.target.value))}
            />
          </label>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('loading') : t('first-run-create')}
        </button>
        {error && <p role="alert">{error.message}</p>}
      </form>
      <JoinPortfolio language={props.language} onJoined={props.onCreated} />
    </main>
  );
}
