import { useDeferredValue } from 'react';
import { useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';

/** Results of the search box, refreshed as the manager types. */
export function SearchResults({ query, navigate }: { query: string; navigate: Navigate }) {
  const t = useT();
  const deferred = useDeferredValue(query);
  const { loaded } = useLoad(() => shell.search(deferred), [deferred]);
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t('search-results-title', { query })}</h1>
      {loaded.state === 'failed' && <p role="alert">{loaded.error.message}</p>}
      {loaded.state === 'loaded' && loaded.value.length === 0 && <p>{t('search-no-results', { query })}</p>}
      {loaded.state === 'loaded' && (
        <ul className="results" aria-label={t('search-results-title', { query })}>
          {loaded.value.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <button
                type="button"
                onClick={() =>
                  navigate(hit.kind === 'visit' ? { view: 'visit', visitId: hit.id } : { view: 'client', clientId: hit.clientId })
                }
              >
                <span className="kind">{t(`search-kind-${hit.kind}`)}</span> <strong>{hit.title}</strong>
                {hit.kind !== 'client' && <span className="muted"> · {hit.clientName}</span>}
                <span className="snippet">{hit.snippet}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
