import { useEffect } from 'react';
import type { SyncStatusView } from '../bindings/SyncStatusView';
import { useFormat, useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import { useSyncStatus } from '../sync';

/**
 * Sync state, last sync, unsynced changes, and the size of the portfolio; tells
 * `onLead` whether the user leads a team.
 */
export function StatusBar(props: { onRevision: (revision: number) => void; onLead?: (lead: boolean) => void }) {
  const t = useT();
  const { onRevision, onLead } = props;
  const sync = useSyncStatus(onRevision);
  const lead = sync?.lead ?? false;
  useEffect(() => onLead?.(lead), [onLead, lead]);
  const { loaded } = useLoad(shell.portfolioSummary, [sync?.revision]);
  return (
    <footer className="status-bar" role="contentinfo" aria-label={t('status-bar-label')}>
      {sync && <SyncState sync={sync} />}
      {loaded.state === 'loaded' && <span>{t('status-clients', { count: loaded.value.clientCount })}</span>}
      <span className="muted">{t('shortcuts-hint')}</span>
    </footer>
  );
}

function SyncState({ sync }: { sync: SyncStatusView }) {
  const t = useT();
  const format = useFormat();
  if (sync.state === 'not_configured') {
    return <span role="status">{t('status-sync-not-configured')}</span>;
  }
  const parts = [
    sync.lastSynced ? t('status-last-synced', { when: format.relative(sync.lastSynced) }) : t('status-never-synced'),
  ];
  if (sync.unsyncedChanges > 0) parts.push(t('status-unsynced', { count: sync.unsyncedChanges }));
  if (sync.readOnly) parts.push(t('status-read-only'));
  return (
    <span role="status" title={sync.problem ?? undefined} className={`sync sync-${sync.state}`}>
      <strong>{t(`status-sync-${sync.state}`)}</strong> · {parts.join(' · ')}
    </span>
  );
}
