import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoad } from './load';

/** A load per query whose answers the test releases by hand. */
function searches() {
  const calls: { query: string; answer: () => void }[] = [];
  const load = (query: string) =>
    new Promise<string>((resolve) => {
      calls.push({ query, answer: () => resolve(`results for ${query}`) });
    });
  return { calls, load };
}

function Results({ query, load }: { query: string; load: (query: string) => Promise<string> }) {
  const { loaded } = useLoad(() => load(query), [query]);
  return <p>{loaded.state === 'loaded' ? loaded.value : 'loading'}</p>;
}

describe('useLoad', () => {
  it('sends one call at a time and then only the latest, as typing does', async () => {
    const { calls, load } = searches();
    const { rerender } = render(<Results query="P" load={load} />);
    for (const query of ['PK', 'PKN', 'PKN O']) rerender(<Results query={query} load={load} />);
    expect(calls.map((c) => c.query)).toEqual(['P']);
    await act(async () => calls[0].answer());
    expect(calls.map((c) => c.query)).toEqual(['P', 'PKN O']);
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => calls[1].answer());
    expect(screen.getByText('results for PKN O')).toBeTruthy();
  });
});
