// The app in a plain browser with the fake shell behind `invoke`: `?portfolio=empty`
// starts at first run, `?portfolio=lead` with a team lead's portfolio and their
// team's, anything else with a 1,200-client demo portfolio.
import { demoPortfolio, emptyPortfolio, installFakeShell, leadPortfolio } from '../src/testing/fakeShell';

const wanted = new URLSearchParams(window.location.search).get('portfolio');
installFakeShell(wanted === 'empty' ? emptyPortfolio() : wanted === 'lead' ? leadPortfolio() : demoPortfolio(1200));
await import('../src/main');
