// The app in a plain browser with the real shell behind `invoke`: the desk `?desk=` of
// the desk bridge at `?bridge=` (src-tauri/src/bin/desk-bridge.rs), which the test
// opened and may have filled already. `?seed=anna` first fills it with Anna
// Kowalska's portfolio and `?clients=N` more clients, through the shell's commands.
import { annasPortfolio } from '../src/testing/portfolios';
import { RealShell } from '../src/testing/realShell';

const given = new URLSearchParams(window.location.search);
const shell = RealShell.of(given.get('bridge') ?? '', given.get('desk') ?? '').install();
if (given.get('seed') === 'anna') await annasPortfolio(shell, Number(given.get('clients') ?? 1));
await import('../src/main');
