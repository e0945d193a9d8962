import { act, render, screen, waitFor } from '@testing-library/react';
import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import { commands } from './bindings/commands';
import { useLoad } from './load';
import { realShell } from './testing/desk';
import { annasPortfolio } from './testing/portfolios';
import type { RealShell } from './testing/realShell';

/**
 * The real shell behind `invoke`, each call held until the test answers it (the
 * shell then runs it): the searches the UI sent, in order.
 */
function heldCalls(shell: RealShell) {
  const calls: { query: string; answer: () => Promise<void> }[] = [];
  mockIPC(
    (command, args) =>
      new Promise((resolve, reject) => {
        const given = (args ?? {}) as Record<string, unknown>;
        calls.push({ query: String(given.query), answer: () => shell.call(command, given).then(resolve, reject) });
      }),
  );
  return calls;
}

/** The titles of what the shell found for `query`, searched as the search box does. */
function Results({ query }: { query: string }) {
  const { loaded } = useLoad(() => commands.search(query), [query]);
  if (loaded.state !== 'loaded') return <p>{loaded.state}</p>;
  return (
    <ul aria-label={`Results for ${query}`}>
      {loaded.value.map((hit) => (
        <li key={hit.id}>{hit.title}</li>
      ))}
    </ul>
  );
}

describe('useLoad', () => {
  it('sends one call at a time and then only the latest, as typing does', async () => {
    const shell = await realShell();
    await annasPortfolio(shell, 3);
    const calls = heldCalls(shell);
    const { rerender } = render(<Results query="P" />);
    for (const query of ['PK', 'PKN', 'PKN O']) rerender(<Results query={query} />);
    expect(calls.map((c) => c.query)).toEqual(['P']);
    await act(() => calls[0].answer());
    await waitFor(() => expect(calls.map((c) => c.query)).toEqual(['P', 'PKN O']));
    expect(screen.getByText('loading')).toBeTruthy();
    await act(() => calls[1].answer());
    const results = await screen.findByRole('list', { name: 'Results for PKN O' });
    expect(results.textContent).toContain('PKN Orlen');
  });
});
