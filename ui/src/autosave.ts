// Saving as the manager types: the latest text is sent ~300 ms after the last
// keystroke, saves run one after another (never out of order), and whatever is
// pending is sent at once when the view goes away or the window is hidden.
import { useCallback, useEffect, useRef, useState } from 'react';

export const AUTOSAVE_DELAY_MS = 300;

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function useAutosave(save: (text: string) => Promise<unknown>) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(() => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const text = pending.current;
    if (text === null) return chain.current;
    pending.current = null;
    setState('saving');
    chain.current = chain.current
      .then(() => saveRef.current(text))
      .then(
        () => setState(pending.current === null ? 'saved' : 'saving'),
        () => setState('failed'),
      );
    return chain.current;
  }, []);

  const schedule = useCallback(
    (text: string) => {
      pending.current = text;
      setState('saving');
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      flush();
    };
  }, [flush]);

  return { state, schedule, flush };
}
