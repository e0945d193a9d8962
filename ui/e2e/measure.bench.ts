// Measures the built desktop app in a real window under Xvfb, on the 1,000-client
// demo portfolio: cold start to an interactive portfolio view, search keystroke to
// results rendered, and the peak memory of the app's processes (the Tauri process
// and the WebKit processes it starts). Numbers are printed, never asserted; they
// are recorded in BENCHMARKS.md. Run with `npm --prefix ui run bench:e2e` under
// xvfb-run after `cargo build -p fieldbook-desktop` (FIELDBOOK_APP picks another build).
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, it } from 'vitest';
import { Driver, type Session, appProcesses, newDataDir } from './webdriver';

const COLD_STARTS = 3;
const SEARCHES = 20;

const button = (text: string) => `//button[normalize-space(.)='${text}']`;
const labelled = (label: string) => `//label[starts-with(normalize-space(.), '${label}')]//input`;
const firstRow = `//table//tbody//tr[@aria-rowindex]//button`;

const driver = new Driver(newDataDir(), 4480);
afterAll(() => driver.stop());

/** Milliseconds from typing `query` into the search box to its first result on screen, timed in the page. */
async function searchOnce(app: Session, query: string): Promise<number> {
  return (await app.runAsync(
    `const [query, done] = arguments;
     const input = document.querySelector('input[type=search]');
     const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
     const start = performance.now();
     setter.call(input, query);
     input.dispatchEvent(new Event('input', { bubbles: true }));
     const shown = () => [...document.querySelectorAll('ul.results strong')].some((s) => s.textContent === query);
     const check = () => (shown() ? requestAnimationFrame(() => done(performance.now() - start)) : requestAnimationFrame(check));
     check();`,
    query,
  )) as number;
}

/** Every process below `root`, itself included. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  }
  return tree;
}

/** A process's name and peak resident memory (VmHWM), in MiB. */
function peakMemory(pid: number): { name: string; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? String(pid);
  const kib = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  return { name, peakMiB: Math.round((kib / 1024) * 10) / 10 };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (ms: number) => Math.round(ms);

describe('the desktop app on the 1,000-client demo', () => {
  it('measures cold start, search and memory', async () => {
    await driver.ready();
    // First run: create the demo portfolio through the app, then quit it.
    let app = await driver.launch();
    await (await app.find(labelled('Your name'))).type('Anna Kowalska');
    await app.fill(await app.find(labelled('Demo clients')), '1000');
    await app.click(button('Create portfolio'));
    await app.find(`//h1[starts-with(., 'Today')]`, 600_000);
    await app.close();

    const starts: { toPortfolioMs: number; inPageMs: number }[] = [];
    for (let n = 0; n < COLD_STARTS; n++) {
      const launched = performance.now();
      app = await driver.launch();
      await app.click(button('Portfolio'), 120_000);
      await app.find(firstRow, 120_000);
      const toPortfolioMs = performance.now() - launched;
      const inPageMs = (await app.run('return performance.now();')) as number;
      starts.push({ toPortfolioMs: round(toPortfolioMs), inPageMs: round(inPageMs) });
      if (n < COLD_STARTS - 1) await app.close();
    }

    const names: string[] = [];
    for (let row = 1; names.length < SEARCHES && row <= 40; row++) {
      const name = await (await app.find(`(${firstRow})[${row}]`)).text();
      if (!names.includes(name)) names.push(name);
    }
    const searches: number[] = [];
    // Each name replaces the one before in the box, as retyping does; clearing the box would
    // bring the Portfolio table back and time its reload too.
    for (const name of names) {
      searches.push(round(await searchOnce(app, name)));
    }

    const [pid] = appProcesses(driver.dataDir);
    const memory = processTree(pid).map(peakMemory);
    const totalPeakMiB = Math.round(memory.reduce((sum, p) => sum + p.peakMiB, 0));
    await app.close();

    console.log(
      JSON.stringify(
        {
          coldStartToPortfolioMs: { runs: starts, median: median(starts.map((s) => s.toPortfolioMs)) },
          searchKeystrokeToResultsMs: { runs: searches, median: median(searches), max: Math.max(...searches) },
          peakMemory: { processes: memory, totalPeakMiB },
        },
        null,
        2,
      ),
    );
  });
});
