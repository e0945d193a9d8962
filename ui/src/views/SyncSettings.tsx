import { type FormEvent, useState } from 'react';
import type { CommandError } from '../bindings/CommandError';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import { SyncLoginFields } from './SyncLoginFields';

/** The sync server and token: a login checked by the server, after which the app syncs in the background. */
export function SyncSettings() {
  const t = useT();
  const { loaded, set } = useLoad(shell.syncStatus, []);
  const [server, setServer] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);
  const current = loaded.state === 'loaded' && loaded.value.state !== 'not_configured' ? loaded.value : null;

  const login = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      set(await shell.syncLogin(server, token));
      setError(null);
      setToken('');
    } catch (e: unknown) {
      setError(toCommandError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="sync-login" aria-labelledby="sync-title" onSubmit={login}>
      <h2 id="sync-title">{t('settings-sync')}</h2>
      {current && (
        <p role="status">
          {current.user
            ? t('settings-sync-logged-in', { server: current.server ?? '', user: current.user })
            : t('settings-sync-configured', { server: current.server ?? '' })}
        </p>
      )}
      <SyncLoginFields
        server={server}
        token={token}
        onServer={setServer}
        onToken={setToken}
        error={error}
        tokenHint="sync-hint"
      />
      <p id="sync-hint" className="muted">
        {t('settings-sync-hint')}
      </p>
      <button type="submit" disabled={busy}>
        {busy ? t('settings-sync-logging-in') : t('settings-sync-login')}
      </button>
      {error && <p role="alert">{error.message}</p>}
    </form>
  );
}
