import type { CommandError } from '../bindings/CommandError';
import { useT } from '../i18n';

/** A sync login's server and token fields, the one the shell refused marked invalid. */
export function SyncLoginFields(props: {
  server: string;
  token: string;
  onServer: (server: string) => void;
  onToken: (token: string) => void;
  error: CommandError | null;
  tokenHint?: string;
}) {
  const t = useT();
  const invalid = (field: string) => (props.error?.field === field ? true : undefined);
  return (
    <>
      <label>
        {t('settings-sync-server')}
        <input
          type="url"
          required
          placeholder="https://sync.example.com"
          value={props.server}
          aria-invalid={invalid('server')}
          onChange={(e) => props.onServer(e.target.value)}
        />
      </label>
      <label>
        {t('settings-sync-token')}
        <input
          type="password"
          required
          autoComplete="off"
          value={props.token}
          aria-invalid={invalid('token')}
          aria-describedby={props.tokenHint}
          onChange={(e) => props.onToken(e.target.value)}
        />
      </label>
    </>
  );
}
