// Loading what a view shows from the shell, with the failure kept for display.
import { type DependencyList, useCallback, useEffect, useState } from 'react';
import type { CommandError } from './bindings/CommandError';
import { toCommandError } from './ipc';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'loaded'; value: T }
  | { state: 'failed'; error: CommandError };

/** Calls `load` when `deps` change; answers only with the latest call's result. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
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
  }, [stableLoad, generation]);
  const set = useCallback((value: T) => setLoaded({ state: 'loaded', value }), []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { loaded, set, reload };
}
