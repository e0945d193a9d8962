import { useCallback, useEffect, useRef, useState } from 'react';
import type { SettingsView } from './bindings/SettingsView';
import { useT } from './i18n';
import { shell } from './ipc';
import { RevisionContext } from './load';
import { useShortcuts } from './shortcuts';
import { CasePage } from './views/CasePage';
import { Cases } from './views/Cases';
import { ClientPage } from './views/ClientPage';
import { DueList } from './views/DueList';
import { PlanDay } from './views/PlanDay';
import { Greetings } from './views/Greetings';
import { Portfolio } from './views/Portfolio';
import { Report } from './views/Report';
import { SearchResults } from './views/SearchResults';
import { Settings } from './views/Settings';
import { StatusBar } from './views/StatusBar';
import { Team, TeamCasePage, TeamClientPage } from './views/Team';
import { Today } from './views/Today';
import { VisitPage } from './views/VisitPage';
import { Week } from './views/Week';

/** Where the manager is in the app. */
export type Route =
  | { view: 'today' }
  | { view: 'portfolio' }
  | { view: 'client'; clientId: string }
  | { view: 'visit'; visitId: string }
  | { view: 'cases' }
  | { view: 'case'; caseId: string }
  | { view: 'settings' }
  | { view: 'due' }
  | { view: 'plan'; fromDue?: boolean }
  | { view: 'week' }
  | { view: 'greetings' }
  | { view: 'report' }
  | { view: 'team' }
  | { view: 'team-client'; owner: string; clientId: string }
  | { view: 'team-case'; owner: string; caseId: string };

export type Navigate = (route: Route) => void;

/** Has the shell build the search index while the manager is about to type; a failure shows with the first search. */
function prepareSearch() {
  shell.prepareSearch().catch(() => {});
}

/** The app once a portfolio is open: navigation and search on top, a view, a status bar. */
export function Workspace(props: { settings: SettingsView; onSettings: (settings: SettingsView) => void }) {
  const t = useT();
  const [route, setRoute] = useState<Route>({ view: 'today' });
  const [query, setQuery] = useState('');
  // Grows when sync or the CLI changed the portfolio; the views reload then.
  const [revision, setRevision] = useState(0);
  // Whether the user leads a team, as the sync status says: the Team view is theirs.
  const [lead, setLead] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const focusSearch = useCallback(() => search.current?.focus(), []);
  useShortcuts({ focusSearch });

  const navigate: Navigate = (next) => {
    setQuery('');
    setRoute(next);
  };

  // Each view starts at the top.
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.scrollTo?.(0, 0);
  }, [route]);

  const tabs: { view: 'today' | 'portfolio' | 'cases' | 'due' | 'plan' | 'week' | 'greetings' | 'report' | 'team' | 'settings'; label: string }[] = [
    { view: 'today', label: t('nav-today') },
    { view: 'portfolio', label: t('nav-portfolio') },
    { view: 'cases', label: t('nav-cases') },
    { view: 'due', label: t('nav-due') },
    { view: 'plan', label: t('nav-plan') },
    { view: 'week', label: t('nav-week') },
    { view: 'greetings', label: t('nav-greetings') },
    { view: 'report', label: t('nav-report') },
    ...(lead ? [{ view: 'team' as const, label: t('nav-team') }] : []),
    { view: 'settings', label: t('nav-settings') },
  ];

  return (
    <div className="workspace">
      <header>
        <strong className="brand">{t('app-title')}</strong>
        <nav aria-label={t('nav-label')}>
          {tabs.map(({ view, label }) => (
            <button
              key={view}
              type="button"
              aria-current={route.view === view && query === '' ? 'page' : undefined}
              onClick={() => navigate({ view })}
            >
              {label}
            </button>
          ))}
        </nav>
        <input
          ref={search}
          type="search"
          className="search"
          aria-label={t('search-label')}
          placeholder={t('search-placeholder')}
          value={query}
          onFocus={prepareSearch}
          onChange={(e) => setQuery(e.target.value)}
        />
      </header>
      <main ref={main}>
        <RevisionContext value={revision}>
          {query.trim() !== '' ? (
            <SearchResults query={query} navigate={navigate} />
          ) : (
            <View route={route} navigate={navigate} settings={props.settings} onSettings={props.onSettings} />
          )}
        </RevisionContext>
      </main>
      <StatusBar onRevision={setRevision} onLead={setLead} />
    </div>
  );
}

function View(props: {
  route: Route;
  navigate: Navigate;
  settings: SettingsView;
  onSettings: (settings: SettingsView) => void;
}) {
  const { route, navigate } = props;
  switch (route.view) {
    case 'today':
      return <Today navigate={navigate} />;
    case 'portfolio':
      return <Portfolio navigate={navigate} />;
    case 'client':
      return <ClientPage clientId={route.clientId} navigate={navigate} />;
    case 'visit':
      return <VisitPage visitId={route.visitId} navigate={navigate} />;
    case 'cases':
      return <Cases navigate={navigate} />;
    case 'case':
      return <CasePage caseId={route.caseId} navigate={navigate} />;
    case 'greetings':
      return <Greetings settings={props.settings} />;
    case 'settings':
      return <Settings settings={props.settings} onSettings={props.onSettings} />;
    case 'due':
      return <DueList navigate={navigate} />;
    case 'plan':
      return <PlanDay fromDue={route.fromDue} />;
    case 'week':
      return <Week navigate={navigate} language={props.settings.language} />;
    case 'report':
      return <Report navigate={navigate} />;
    case 'team':
      return <Team navigate={navigate} />;
    case 'team-client':
      return <TeamClientPage owner={route.owner} clientId={route.clientId} navigate={navigate} />;
    case 'team-case':
      return <TeamCasePage owner={route.owner} caseId={route.caseId} navigate={navigate} />;
  }
}
