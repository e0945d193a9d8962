import { useCallback, useEffect, useState } from 'react';
import type { CommandError } from './bindings/CommandError';
import type { SettingsView } from './bindings/SettingsView';
import { I18nProvider, systemLanguage } from './i18n';
import { type Language, shell, toCommandError } from './ipc';
import { Workspace } from './Workspace';
import { FirstRun } from './views/FirstRun';

type Boot =
  | { state: 'loading' }
  | { state: 'first-run' }
  | { state: 'ready'; settings: SettingsView }
  | { state: 'failed'; error: CommandError };

/** Opens the portfolio on this computer, or asks for one on first run. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' });
  const [language, setLanguage] = useState<Language>(systemLanguage);

  const ready = useCallback((settings: SettingsView) => {
    setLanguage(settings.language);
    setBoot({ state: 'ready', settings });
  }, []);

  useEffect(() => {
    shell.settings().then(ready, (error: unknown) => {
      const failure = toCommandError(error);
      setBoot(failure.code === 'not_initialized' ? { state: 'first-run' } : { state: 'failed', error: failure });
    });
  }, [ready]);

  return (
    <I18nProvider language={language}>
      {boot.state === 'loading' && <p role="status">…</p>}
      {boot.state === 'first-run' && <FirstRun language={language} onLanguage={setLanguage} onCreated={ready} />}
      {boot.state === 'ready' && <Workspace settings={boot.settings} onSettings={ready} />}
      {boot.state === 'failed' && <p role="alert">{boot.error.message}</p>}
    </I18nProvider>
  );
}
