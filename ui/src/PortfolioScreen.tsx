import { useEffect, useState } from 'react';
import {
  type CommandError,
  type PortfolioSummary,
  insideTauri,
  loadPortfolioSummary,
  toCommandError,
} from './portfolio';

type Loading =
  | { state: 'loading' }
  | { state: 'loaded'; summary: PortfolioSummary }
  | { state: 'failed'; error: CommandError };

/** The portfolio at a glance: a placeholder until the real screens come. */
export function PortfolioScreen() {
  if (!insideTauri()) {
    return <p>Open Fieldbook from the desktop app</p>;
  }
  return <DesktopPortfolio />;
}

function DesktopPortfolio() {
  const [loading, setLoading] = useState<Loading>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    loadPortfolioSummary().then(
      (summary) => current && setLoading({ state: 'loaded', summary }),
      (error: unknown) => current && setLoading({ state: 'failed', error: toCommandError(error) }),
    );
    return () => {
      current = false;
    };
  }, []);

  switch (loading.state) {
    case 'loading':
      return <p>Loading your portfolio…</p>;
    case 'loaded':
      return <PortfolioSummaryView summary={loading.summary} />;
    case 'failed':
      return <PortfolioError error={loading.error} />;
  }
}

export function PortfolioSummaryView({ summary }: { summary: PortfolioSummary }) {
  return (
    <section aria-label="Portfolio">
      <h2>{summary.managerName}</h2>
      <p>{summary.clientCount === 1 ? '1 client' : `${summary.clientCount} clients`}</p>
    </section>
  );
}

function PortfolioError({ error }: { error: CommandError }) {
  if (error.code === 'not_initialized') {
    return <p role="status">No portfolio on this computer yet. {error.message}</p>;
  }
  return <p role="alert">Cannot open the portfolio: {error.message}</p>;
}
