// Loading what a view shows from the shell, with the failure kept for display.
import { type DependencyList, createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { CommandError } from './bindings/CommandError';
import { toCommandError } from './ipc';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'failed'; error: CommandError };

/**
 * The portfolio's revision as the shell counts it: it grows when changes saved
 * elsewhere (sync, the CLI) were taken in, and every loaded view then reloads.
 */
export const RevisionContext = createContext(0);

/** Calls `load` when `deps` or the portfolio's revision change; answers only with the latest call's result. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const revision = useContext(RevisionContext);
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    stableLoad().then(
      (value) => current && setLoaded({ state: 'loaded', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: toCommandError(error) }),
    );
    return () => {
      current = false;
    };
  }, [stableLoad, generation, revision]);
  const set = useCallback((value: T) => setLoaded({ state: 'loaded', value }), []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { loaded, set, reload };
}
