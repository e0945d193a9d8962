// The main flows in a real browser: Debian's Chromium driven by playwright-core
// against `vite preview` of the app built with the fake shell.
import { type Browser, type Page, chromium } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const CONFIG = new URL('../vite.browser.config.ts', import.meta.url).pathname;
const CHROMIUM = process.env.FIELDBOOK_CHROMIUM ?? '/usr/bin/chromium';

let server: PreviewServer;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  await build({ configFile: CONFIG });
  server = await preview({ configFile: CONFIG, preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  base = server.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  await page?.close();
});

async function open(portfolio: 'empty' | 'demo' | 'lead') {
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}?portfolio=${portfolio}`);
  return errors;
}

describe('in Chromium', () => {
  it('first run in Chinese creates a portfolio and opens Today', async () => {
    const errors = await open('empty');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByLabel('您的姓名').fill('李娜');
    await page.getByRole('checkbox', { name: '加载演示客户档案' }).uncheck();
    await page.getByRole('button', { name: '创建客户档案' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^今天，/);
    expect(await page.getByRole('contentinfo').textContent()).toContain('未配置同步');
    expect(errors).toEqual([]);
  });

  it('scrolls, filters and sorts 1,200 clients, rendering only what is visible', async () => {
    await open('demo');
    await page.getByRole('button', { name: 'Klienci' }).click();
    const table = page.getByRole('table', { name: 'Klienci' });
    await table.waitFor();
    const rendered = await table.locator('tbody tr[aria-rowindex]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    await page.locator('.table-scroller').evaluate((el) => el.scrollTo(0, 36 * 1000));
    await expect.poll(() => table.getByRole('button', { name: 'Klient 1005', exact: true }).count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filtruj klientów' }).fill('Klient 11');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Widocznych' }).textContent()).toBe('Widocznych 111 z 1200');
    await table.getByRole('button', { name: /Klient/ }).first().click();
    await table.getByRole('columnheader').first().getByRole('button').click();
    expect(await table.getByRole('columnheader').first().getAttribute('aria-sort')).toBe('descending');
  });

  it('edits a client inline and writes visit notes that are saved as typed', async () => {
    await open('demo');
    await page.getByRole('heading', { name: /^Dziś,/ }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('PKN');
    await page.getByRole('list', { name: 'Wyniki dla „PKN”' }).getByRole('button', { name: /PKN Orlen/ }).click();
    await page.getByRole('button', { name: 'Edytuj: Branża' }).click();
    await page.getByRole('textbox', { name: 'Branża' }).fill('Paliwa');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Edytuj: Branża' }).waitFor();
    expect(await page.getByRole('button', { name: 'Edytuj: Branża' }).textContent()).toBe('Paliwa');
    await page.getByRole('button', { name: /25 lis 2026/ }).click();
    const notes = page.getByRole('textbox', { name: 'Notatki', exact: true });
    await notes.click();
    await notes.press('End');
    await notes.pressSequentially(' — klient chce 5G', { delay: 20 });
    await expect.poll(() => page.getByText('Zapisano').count()).toBe(1);
    const saved = await page.evaluate(() =>
      (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: object) => Promise<{ notes: string }> } }).__TAURI_INTERNALS__.invoke(
        'visit_detail',
        { visitId: 'vi_today' },
      ),
    );
    expect(saved.notes).toBe('Rozmowa o światłowodzie — klient chce 5G');
  });

  it('shows the week with its reminders and moves a visit dragged to the next day', async () => {
    page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    await page.clock.install({ time: new Date('2026-11-25T08:00:00') });
    await page.goto(`${base}?portfolio=demo`);
    await page.getByRole('button', { name: 'Tydzień' }).click();
    const visit = page.locator('.ec-event', { hasText: 'PKN Orlen' });
    await visit.waitFor();
    await page.locator('.ec-event', { hasText: 'Klient 1, Anna Wiśniewska: imieniny' }).waitFor();
    const at = await visit.boundingBox();
    const day = await page.locator('.ec-body .ec-day').first().boundingBox();
    if (!at || !day) throw new Error('the week view has no layout');
    const [x, y] = [at.x + at.width / 2, at.y + 5];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + day.width, y, { steps: 10 });
    await page.mouse.up();
    const moved = () =>
      page.evaluate(() =>
        (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: object) => Promise<{ date: string; time: string }> } }).__TAURI_INTERNALS__.invoke(
          'visit_detail',
          { visitId: 'vi_today' },
        ),
      );
    await expect.poll(async () => (await moved()).date).toBe('2026-11-26');
    expect((await moved()).time).toBe('10:00');
  });

  it('drafts festival greetings, marks one sent, and edits a care rule in Settings', async () => {
    const errors = await open('demo');
    await page.getByRole('button', { name: 'Życzenia' }).click();
    await page.getByText('Jan Nowak, wesołych świąt!').waitFor();
    await page.getByRole('checkbox', { name: 'Zaznacz: Jan Nowak' }).check();
    await page.getByRole('button', { name: 'Oznacz jako wysłane' }).click();
    await expect.poll(() => page.getByRole('main').getByRole('status').textContent()).toBe('Zapisano jako wysłane: 1.');

    await page.getByRole('button', { name: 'Ustawienia' }).click();
    await page.getByRole('button', { name: 'Edytuj: Segment C · Urodziny' }).click();
    await page.getByRole('textbox', { name: 'Segment C · Urodziny' }).fill('1 call');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Edytuj: Segment C · Urodziny' }).textContent()).toBe('1 call');
    expect(errors).toEqual([]);
  });

  it('shows a team lead the team member’s clients in Chinese, a client page read-only', async () => {
    const errors = await open('lead');
    await page.getByRole('button', { name: 'Ustawienia' }).click();
    await page.getByRole('combobox', { name: 'Język' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '团队' }).click();
    const table = page.getByRole('table', { name: 'Li Na（li.na）' });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain('逾期 12 天');
    await table.getByRole('button', { name: 'Sinopec' }).click();
    const client = page.getByRole('article', { name: 'Sinopec' });
    await client.getByText('li.na 的客户，只读。').waitFor();
    expect(await client.getByRole('textbox').count()).toBe(0);
    expect(await client.getByRole('button').allTextContents()).toEqual(['← 团队']);
    expect(errors).toEqual([]);
  });
});
