// Loading what a view shows from the shell, with the failure kept for display.
import { type DependencyList, createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
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

/**
 * Calls `load` when `deps` or the portfolio's revision change, one call at a
 * time: a change while a call is under way waits for it, and then only the
 * latest load runs (typing in the search box sends one search at a time, not
 * one per keystroke). Answers only with the latest call's result.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  const revision = useContext(RevisionContext);
  const stableLoad = useCallback(load, deps);
  const running = useRef(false);
  const wanted = useRef<{ load: () => Promise<T> } | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    const run = (request: { load: () => Promise<T> }) => {
      running.current = true;
      const settle = (result: Loaded<T>) => {
        running.current = false;
        if (!mounted.current || wanted.current === null) return;
        if (wanted.current !== request) run(wanted.current);
        else setLoaded(result);
      };
      request.load().then(
        (value) => settle({ state: 'loaded', value }),
        (error: unknown) => settle({ state: 'failed', error: toCommandError(error) }),
      );
    };
    // A new object each time, so that a reload with the same `load` counts as newer.
    wanted.current = { load: stableLoad };
    if (!running.current) run(wanted.current);
  }, [stableLoad, generation, revision]);
  const set = useCallback((value: T) => setLoaded({ state: 'loaded', value }), []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { loaded, set, reload };
}
