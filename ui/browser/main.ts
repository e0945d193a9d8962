// The app in a plain browser with the fake shell behind `invoke`: `?portfolio=empty`
// starts at first run, anything else with a 1,200-client demo portfolio.
import { demoPortfolio, emptyPortfolio, installFakeShell } from '../src/testing/fakeShell';

const wanted = new URLSearchParams(window.location.search).get('portfolio');
installFakeShell(wanted === 'empty' ? emptyPortfolio() : demoPortfolio(1200));
await import('../src/main');
