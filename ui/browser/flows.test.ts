// The main flows in a real browser: Debian's Chromium driven by playwright-core
// against `vite preview` of the app, whose `invoke` reaches the real shell through
// the desk bridge (see browser/main.ts); each test fills its desk with the shell's
// own commands first.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { account, eventually, NOW, syncServer, team } from '../src/testing/desk';
import { annaKowalska, annasPortfolio, type Seeded } from '../src/testing/portfolios';
import { RealShell } from '../src/testing/realShell';

const CONFIG = new URL('../vite.browser.config.ts', import.meta.url).pathname;
const CHROMIUM = process.env.FIELDBOOK_CHROMIUM ?? '/usr/bin/chromium';

let server: PreviewServer;
let browser: Browser;
let page: Page;
let base: string;
let desks: RealShell[] = [];

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
  await Promise.all(desks.splice(0).map((desk) => desk.close()));
});

/** A new desk of the real shell, its clock at 09:00 in Warsaw on 25 November 2026. */
async function newDesk(): Promise<RealShell> {
  const desk = await RealShell.open(inject('bridge'), NOW);
  desks.push(desk);
  return desk;
}

/** Anna Kowalska's portfolio of PKN Orlen and `others` more clients, on a new desk. */
async function annasDesk(others = 1): Promise<{ desk: RealShell; seeded: Seeded }> {
  const desk = await newDesk();
  return { desk, seeded: await annasPortfolio(desk, others) };
}

/** Opens the app on `desk` in a new page; answers the page's errors, as they come. */
async function open(desk: RealShell) {
  page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}?${new URLSearchParams({ bridge: desk.bridge, desk: desk.desk })}`);
  return errors;
}

describe('in Chromium', () => {
  it('first run in Chinese creates a portfolio and opens Today', async () => {
    const errors = await open(await newDesk());
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await page.getByLabel('您的姓名').fill('李娜');
    await page.getByRole('checkbox', { name: '加载演示客户档案' }).uncheck();
    await page.getByRole('button', { name: '创建客户档案' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^今天，/);
    await expect.poll(() => page.getByRole('contentinfo').textContent()).toContain('未配置同步');
    expect(errors).toEqual([]);
  });

  it('scrolls, filters and sorts 1,200 clients, rendering only what is visible', async () => {
    await open((await annasDesk(1199)).desk);
    await page.getByRole('button', { name: 'Klienci' }).click();
    const table = page.getByRole('table', { name: 'Klienci' });
    await table.waitFor();
    const rendered = await table.locator('tbody tr[aria-rowindex]').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(80);
    await page.locator('.table-scroller').evaluate((el) => el.scrollTo(0, 36 * 1000));
    await expect.poll(() => table.locator('tbody tr[aria-rowindex="1001"]').count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Filtruj klientów' }).fill('Klient 11');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Widocznych' }).textContent()).toBe('Widocznych 111 z 1200');
    await table.getByRole('button', { name: /Klient/ }).first().click();
    await table.getByRole('columnheader').first().getByRole('button').click();
    expect(await table.getByRole('columnheader').first().getAttribute('aria-sort')).toBe('descending');
  });

  it('edits a client inline and writes visit notes that are saved as typed', async () => {
    const { desk, seeded } = await annasDesk();
    await open(desk);
    await page.getByRole('heading', { name: /^Dziś,/ }).waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('PKN');
    await page.getByRole('list', { name: 'Wyniki dla „PKN”' }).getByRole('button', { name: /^Klient PKN Orlen/ }).click();
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
    expect((await desk.commands.visitDetail(seeded.visitToday)).notes).toBe('Rozmowa o światłowodzie — klient chce 5G');
  });

  it('shows the week with its reminders, in Polish, and moves a visit dragged to the next day', async () => {
    const { desk, seeded } = await annasDesk();
    await desk.commands.addContact(seeded.others[0], { name: 'Anna Wiśniewska', key_person: 'yes', birthday: '--11-27' });
    await open(desk);
    await page.clock.install({ time: new Date(NOW) });
    await page.reload();
    await page.getByRole('button', { name: 'Tydzień' }).click();
    const visit = page.locator('.ec-event', { hasText: 'PKN Orlen' });
    await visit.waitFor();
    await page.locator('.ec-event', { hasText: 'Klient 1, Anna Wiśniewska: urodziny' }).waitFor();
    // The calendar's own labels speak the UI's language, not its English.
    await page.locator('.week').getByRole('button', { name: 'Dziś' }).waitFor();
    expect(await page.locator('.week').getByRole('button', { name: 'Poprzedni tydzień' }).count()).toBe(1);
    expect(await page.getByText('Cały dzień', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/^(today|all-day)$/).count()).toBe(0);
    const at = await visit.boundingBox();
    const day = await page.locator('.ec-body .ec-day').first().boundingBox();
    if (!at || !day) throw new Error('the week view has no layout');
    const [x, y] = [at.x + at.width / 2, at.y + 5];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + day.width, y, { steps: 10 });
    await page.mouse.up();
    const moved = () => desk.commands.visitDetail(seeded.visitToday);
    await expect.poll(async () => (await moved()).date).toBe('2026-11-26');
    expect((await moved()).time).toBe('10:00');
  });

  it('drafts festival greetings, marks one sent, and edits a care rule in Settings', async () => {
    const errors = await open((await annasDesk()).desk);
    await page.getByRole('button', { name: 'Życzenia' }).click();
    await page.getByText(/^Jan Nowak, z okazji święta \(Nowy Rok\)/).waitFor();
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

  it('records a complaint during a visit and shows its deadline, then the case among the open ones', async () => {
    const { desk, seeded } = await annasDesk();
    const errors = await open(desk);
    await page.getByRole('button', { name: '10:00 PKN Orlen · Etap sprzedaży' }).click();
    await page.getByRole('button', { name: 'Zgłoś reklamację' }).click();
    const form = page.getByRole('form', { name: 'Zgłoś reklamację' });
    expect(await form.getByLabel('Kanał zgłoszenia').inputValue()).toBe('visit');
    await form.getByLabel('Kategoria').fill('Awaria');
    await form.getByLabel('Waga').selectOption('high');
    await form.getByLabel('Zgłasza').selectOption({ label: 'Jan Nowak' });
    await form.getByRole('button', { name: 'Zapisz reklamację' }).click();
    // High: answered within 4 working hours of 09:00, resolved within 3 working days.
    await expect
      .poll(() => page.getByText(/^Przyjęto reklamację/).textContent())
      .toContain('pierwsza odpowiedź do 25 lis 2026, 13:00, rozwiązanie do 27 lis 2026, 18:00.');
    const [opened] = await desk.commands.listCases('', '');
    expect((await desk.commands.caseDetail(opened.id)).visits.map((v) => v.id)).toEqual([seeded.visitToday]);
    // The visit, reloaded, follows the case up and links to it.
    await page.getByRole('button', { name: 'Reklamacja: Awaria' }).waitFor();

    await page.getByRole('button', { name: 'Otwórz sprawę' }).click();
    await page.getByRole('heading', { level: 1, name: 'Awaria — PKN Orlen' }).waitFor();
    await page.getByRole('button', { name: 'Reklamacje' }).click();
    const row = page.getByRole('table', { name: 'Reklamacje' }).getByRole('row').nth(1);
    await row.waitFor();
    expect(await row.textContent()).toContain('25 lis 2026, 13:00 · w terminie');
    expect(errors).toEqual([]);
  });

  it('shows a team lead the team member’s clients in Chinese, a client page read-only', async () => {
    const errors = await open(await leadsDesk());
    await page.getByRole('button', { name: 'Ustawienia' }).click();
    await page.getByRole('combobox', { name: 'Język' }).selectOption('zh-CN');
    await page.getByRole('button', { name: '团队' }).click();
    const table = page.getByRole('table', { name: `Li Na（${liNa}）` });
    await table.waitFor();
    expect(await table.getByRole('row').nth(1).textContent()).toContain('逾期 12 天');
    await table.getByRole('button', { name: 'Sinopec' }).click();
    const client = page.getByRole('article', { name: 'Sinopec' });
    await client.getByText(`${liNa} 的客户，只读。`).waitFor();
    expect(await client.getByRole('textbox').count()).toBe(0);
    expect(await client.getByRole('button').allTextContents()).toEqual(['← 团队']);
    expect(errors).toEqual([]);
  });

  it("shows the week's report with its charts, steps to the week before and saves it as a PDF", async () => {
    const { desk, seeded } = await annasDesk(2);
    await desk.commands.planVisit(seeded.others[0], { date: '2026-11-23', time: '10:00', check_in: '10:00', check_out: '11:00', outcome: 'Umowa przedłużona' });
    const errors = await open(desk);
    await page.getByRole('button', { name: 'Raport' }).click();
    const report = page.getByRole('article', { name: 'Raport tygodniowy — Anna Kowalska' });
    await report.waitFor();
    expect(await report.getByRole('img', { name: 'Wizyty dziennie' }).locator('rect').count()).toBe(14);
    expect(await report.getByRole('table', { name: 'Wyniki wizyt tygodnia' }).getByRole('row').nth(1).textContent()).toContain(
      'Umowa przedłużona',
    );
    // The shell writes the PDF in the Downloads folder, as the webview saves nothing itself.
    await page.getByRole('button', { name: 'Zapisz jako PDF' }).click();
    const saved = await page.getByRole('status').filter({ hasText: /^Zapisano w / }).textContent();
    const path = (saved ?? '').replace(/^Zapisano w /, '');
    expect(basename(path)).toBe('fieldbook-2026-W48.pdf');
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: '‹ Poprzedni tydzień' }).click();
    await report.getByText(/^Tydzień 2026-W47/).waitFor();
    expect(errors).toEqual([]);
  });

  it("shows a lead the team's week above the members' clients, the copy just synced not marked stale", async () => {
    const errors = await open(await leadsDesk());
    await page.getByRole('button', { name: 'Zespół' }).click();
    const dashboard = page.getByRole('article', { name: /^Raport zespołu — 2026-W48/ });
    const members = dashboard.getByRole('table', { name: 'Członkowie zespołu' });
    await members.waitFor();
    const row = await members.getByRole('row').nth(1).allTextContents();
    expect(row[0]).toContain(`Li Na (${liNa})`);
    expect(row[0]).not.toContain('nieaktualne');
    expect(await dashboard.getByRole('table', { name: 'Klienci kategorii A po terminie' }).textContent()).toContain('Sinopec');
    expect(errors).toEqual([]);
  });
});

let liNa = '';

/**
 * Zhou Min's desk, logged in to the sync server as the lead of a team with Li Na,
 * whose laptop synced her portfolio up: Sinopec (tier A, last visited 12 days past
 * its cadence) and COSCO, a prospect never visited. Answers once the lead's desk
 * holds Li Na's portfolio.
 */
async function leadsDesk(): Promise<RealShell> {
  const lead = account('zhou.min', 'lead');
  const member = account('li.na');
  team(lead.user, [member.user]);
  liNa = member.user;
  const laptop = await newDesk();
  await laptop.commands.createPortfolio({ managerName: 'Li Na', region: 'CN', language: 'zh-CN', timeZone: 'Asia/Shanghai', demoClients: null });
  const sinopec = await laptop.commands.addClient({ name: 'Sinopec', tier: 'A', industry: 'Energy', tags: 'key' });
  await laptop.commands.planVisit(sinopec, { date: '2026-10-30', time: '10:00', check_in: '10:00', check_out: '11:00' });
  await laptop.commands.addClient({ name: 'COSCO', tier: 'C', status: 'prospect' });
  await laptop.commands.syncLogin(syncServer(), member.token);
  await eventually(() => laptop.commands.syncStatus(), (s) => s.state === 'up_to_date' && s.unsyncedChanges === 0, 'Li Na synced');
  const desk = await newDesk();
  await annaKowalska('pl', null, desk.commands);
  await desk.commands.syncLogin(syncServer(), lead.token);
  await eventually(() => desk.commands.teamPortfolios(), (t) => t.some((m) => m.clients.length === 2), 'the lead has Li Na’s clients');
  return desk;
}
