import { type FormEvent, useState } from 'react';
import type { CommandError } from '../bindings/CommandError';
import type { SettingsView } from '../bindings/SettingsView';
import { useT } from '../i18n';
import { type Language, shell, toCommandError } from '../ipc';
import { SyncLoginFields } from './SyncLoginFields';

/**
 * First run's second path: a computer of a manager who already uses Fieldbook
 * elsewhere logs in to the sync server and pulls their portfolio.
 */
export function JoinPortfolio(props: { language: Language; onJoined: (settings: SettingsView) => void }) {
  const t = useT();
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);

  const join = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    shell.joinPortfolio(server, token, props.language).then(props.onJoined, (e: unknown) => {
      setError(toCommandError(e));
      setBusy(false);
    });
  };

  return (
    <form className="join" aria-labelledby="join-title" onSubmit={join}>
      <h2 id="join-title">{t('first-run-join-title')}</h2>
      <p>{t('first-run-join-intro')}</p>
      <SyncLoginFields server={server} token={token} onServer={setServer} onToken={setToken} error={error} />
      <button type="submit" disabled={busy}>
        {busy ? t('first-run-joining') : t('first-run-join')}
      </button>
      {error && <p role="alert">{error.message}</p>}
    </form>
  );
}
