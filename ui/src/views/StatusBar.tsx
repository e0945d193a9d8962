import { useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';

/** Sync state and the size of the portfolio. Sync arrives with its own issue. */
export function StatusBar() {
  const t = useT();
  const { loaded } = useLoad(shell.portfolioSummary, []);
  return (
    <footer className="status-bar" role="contentinfo" aria-label={t('status-bar-label')}>
      <span>{t('status-sync-not-configured')}</span>
      {loaded.state === 'loaded' && <span>{t('status-clients', { count: loaded.value.clientCount })}</span>}
      <span className="muted">{t('shortcuts-hint')}</span>
    </footer>
  );
}
