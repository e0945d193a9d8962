// The sync status the status bar shows, polled from the shell. Polling keeps the
// webview's API boundary to commands only (no event permissions granted).
import { useEffect, useState } from 'react';
import type { SyncStatusView } from './bindings/SyncStatusView';
import { shell } from './ipc';

/** How often the status is asked for, in milliseconds. */
export const SYNC_POLL_MS = 1500;

/**
 * The latest sync status (`null` until the first answer); calls `onRevision`
 * whenever the shell took in changes saved elsewhere.
 */
export function useSyncStatus(onRevision: (revision: number) => void): SyncStatusView | null {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () =>
      shell.syncStatus().then(
        (next) => {
          if (!live) return;
          setStatus(next);
          onRevision(next.revision);
          timer = setTimeout(poll, SYNC_POLL_MS);
        },
        () => {
          // A failed poll (the portfolio being replaced, say) is retried; the last status stays.
          if (live) timer = setTimeout(poll, SYNC_POLL_MS);
        },
      );
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [onRevision]);
  return status;
}
