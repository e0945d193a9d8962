// The built desktop app in a real window (Xvfb), driven through tauri-driver:
// what is typed survives the app being killed, the UI speaks Chinese when asked,
// a complaint recorded during a visit shows as a case with its SLA deadlines, and
// the demo portfolio can be searched and its week's report drawn and saved as a PDF. With FIELDBOOK_SCREENSHOTS=DIR set,
// the main views are also saved there as PNG files (the README's screenshots).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fieldbook } from './fieldbook';
import { Driver, type Session, newDataDir } from './webdriver';

const screenshots = process.env.FIELDBOOK_SCREENSHOTS;
const drivers: Driver[] = [];
const sessions: Session[] = [];

async function driverFor(dataDir: string, port: number): Promise<Driver> {
  const driver = new Driver(dataDir, port);
  drivers.push(driver);
  await driver.ready();
  return driver;
}

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

afterAll(() => {
  for (const driver of drivers) driver.stop();
});

async function launch(driver: Driver): Promise<Session> {
  const session = await driver.launch();
  sessions.push(session);
  return session;
}

async function snap(app: Session, name: string) {
  if (screenshots) writeFileSync(join(screenshots, `${name}.png`), await app.screenshot());
}

const button = (text: string) => `//button[normalize-space(.)='${text}']`;
const labelled = (label: string, control = 'input') => `//label[starts-with(normalize-space(.), '${label}')]//${control}`;

async function firstRun(app: Session, name: string, demoClients: number | null) {
  await (await app.find(labelled('Your name'))).type(name);
  if (demoClients === null) {
    await app.click(`//label[contains(., 'Load a demo portfolio')]//input[@type='checkbox']`);
  }
  await app.choose(await app.find(labelled('Region', 'select')), 'PL');
  if (demoClients !== null) {
    await snap(app, 'first-run');
  }
  // Choosing Poland switched the screen to Polish.
  await app.click(button('Utwórz portfel'));
  await app.find(`//h1[starts-with(., 'Dziś')]`, 60_000);
}

describe('the desktop app', () => {
  const dataDir = newDataDir();

  it('keeps a visit note typed just before the app was killed', async () => {
    const driver = await driverFor(dataDir, 4444);
    let app = await launch(driver);
    await firstRun(app, 'Anna Kowalska', null);
    await app.click(button('Klienci'));
    await (await app.find(`//input[@aria-label='Nazwa klienta']`)).type('Orlen Płock');
    await app.click(button('Dodaj klienta'));
    await app.click(button('Zaplanuj'));
    await app.click(`//ul[@class='visits']//button`);
    const notes = await app.find(`//textarea[@aria-label='Notatki']`);
    await notes.type('Klient pyta o światłowód');
    await app.until(() => app.find(`//h2[@id='notes-title']/small`).then((s) => s.text()), (t) => t === 'Zapisano');

    app.kill();
    await app.close();
    app = await launch(driver);
    await app.click(button('Klienci'));
    await app.click(button('Orlen Płock'));
    await app.click(`//ul[@class='visits']//button`);
    const again = await app.find(`//textarea[@aria-label='Notatki']`);
    expect(await app.until(() => again.value(), (v) => v !== '')).toBe('Klient pyta o światłowód');
  });

  it('speaks Chinese once Chinese is chosen in the settings', async () => {
    const driver = drivers[0];
    const app = await launch(driver);
    await app.click(button('Ustawienia'));
    await app.choose(await app.find(labelled('Język', 'select')), 'zh-CN');
    await app.find(`//h1[.='设置']`);
    expect(await (await app.find(`//nav`)).text()).toMatch(/今天\s*客户\s*投诉工单\s*待拜访\s*日程规划\s*周视图\s*节日问候\s*周报\s*设置/);
    await app.find(`//footer[contains(., '未配置同步')]`);
    await snap(app, 'settings-zh-CN');
  });

  it('records a complaint during a visit, offline, and shows the case with its deadlines', async () => {
    // Anna's portfolio, made with the CLI: PKN Orlen, its key person Jan Nowak, and a visit
    // on Monday 3 March 2025 at 10:00. No sync server: everything stays on this computer.
    const dir = newDataDir();
    fieldbook(dir, 'init', '--name', 'Anna Kowalska', '--region', 'PL', '--tz', 'Europe/Warsaw');
    const orlen = fieldbook(dir, 'client', 'add', '--name', 'PKN Orlen', '--tier', 'A').trim();
    const jan = fieldbook(dir, 'contact', 'add', '--client', orlen, '--name', 'Jan Nowak', '--key-person', 'yes').trim();
    fieldbook(dir, 'visit', 'plan', '--client', orlen, '--date', '2025-03-03', '--time', '10:00');
    const app = await launch(await driverFor(dir, 4460));
    await app.find(`//h1[starts-with(., 'Dziś')]`, 60_000);
    await app.find(`//footer[contains(., 'Synchronizacja nieskonfigurowana')]`);

    await app.click(button('Klienci'));
    await app.click(button('PKN Orlen'));
    await app.click(`//ul[@class='visits']//button`);
    await app.find(`//h1[@id='visit-title']`);
    await app.click(button('Zgłoś reklamację'));
    await (await app.find(labelled('Kategoria'))).type('Awaria');
    await app.choose(await app.find(labelled('Waga', 'select')), 'high');
    await app.choose(await app.find(labelled('Zgłasza', 'select')), jan);
    // Received at 10:30 that Monday, written up afterwards.
    await app.fill(await app.find(labelled('Data przyjęcia')), '2025-03-03T10:30');
    await (await app.find(labelled('Słowami klienta', 'textarea'))).type('Magazyn bez światłowodu od rana');
    await app.click(button('Zapisz reklamację'));
    // High: a first response within 4 working hours, resolution within 3 working days, of
    // working hours 09:00–18:00 from Monday 10:30: Monday 14:30 and Thursday 6 March 10:30.
    const recorded = await app.until(
      () => app.find(`//p[@role='status' and @class='recorded']`).then((p) => p.text()),
      (text) => text.startsWith('Przyjęto reklamację'),
    );
    expect(recorded).toContain('Przyjęto reklamację „Awaria”: pierwsza odpowiedź do 3 mar 2025, 14:30, rozwiązanie do 6 mar 2025, 10:30.');

    // The visit now follows the case up, and leads to it.
    await app.click(button('Reklamacja: Awaria'));
    await app.find(`//h1[.='Awaria — PKN Orlen']`);
    const deadline = (n: number) => app.find(`(//section[@aria-labelledby='case-deadlines-title']//dd)[${n}]`).then((dd) => dd.text());
    // Long past by now: both clocks ran out unanswered.
    expect([await deadline(1), await deadline(2)]).toEqual(['3 mar 2025, 14:30 · przekroczony', '6 mar 2025, 10:30 · przekroczony']);
    expect(await (await app.find(`//p[@class='case-header']`)).text()).toContain('Termin SLA przekroczony');
    expect(await (await app.find(`//section[@aria-labelledby='case-visits-title']//ul[@class='visits']`)).text()).toContain('3 mar 2025 10:00');
    await snap(app, 'case');

    await app.click(button('Reklamacje'));
    const row = await app.until(
      () => app.find(`//table[@aria-label='Reklamacje']//tbody/tr[1]`).then((tr) => tr.text()),
      (text) => text.includes('Awaria'),
    );
    for (const cell of ['PKN Orlen', 'Wysoka', 'Otwarta', '3 mar 2025, 14:30 · przekroczony', '6 mar 2025, 10:30 · przekroczony']) {
      expect(row).toContain(cell);
    }
    await snap(app, 'cases');
  });

  it('opens a demo portfolio and searches it', async () => {
    const driver = await driverFor(newDataDir(), 4450);
    const app = await launch(driver);
    await firstRun(app, 'Leyla Aliyeva', 200);
    // The care reminders are listed (or said to be none) before the picture is taken.
    await app.find(`//section[@aria-labelledby='reminders-title'][.//ul or .//p[not(@role)]]`, 60_000);
    await snap(app, 'today');
    await app.click(button('Klienci'));
    const first = await app.find(`//table//tbody//tr[@aria-rowindex]//button`, 30_000);
    const name = await first.text();
    await snap(app, 'portfolio');
    await (await app.find(`//input[@type='search' and @aria-label='Szukaj klientów, kontaktów i notatek']`)).type(name);
    const hit = `//ul[@class='results']//strong[normalize-space(.)='${name}']`;
    expect(await app.until(() => app.find(hit).then((found) => found.text()), (text) => text === name)).toBe(name);
    await snap(app, 'search');
    await app.click(hit);
    await app.find(`//h1[@id='client-title']`);
    await snap(app, 'client');
    // The oldest visit, made long ago, has notes to show.
    await app.click(`(//ul[@class='visits']//button)[last()]`);
    await app.find(`//textarea[@aria-label='Notatki']`);
    await snap(app, 'visit');
    // The week's report of the demo, with its charts drawn.
    await app.click(button('Raport'));
    await app.find(`//article[@aria-label='Raport tygodniowy — Leyla Aliyeva']//*[name()='svg' and @aria-label='Pokrycie według kategorii']`, 60_000);
    await snap(app, 'report');
    // Saving the PDF: the webview saves nothing itself, so the shell writes it in Downloads and says where.
    await app.click(button('Zapisz jako PDF'));
    const said = await (await app.find(`//span[@role='status'][starts-with(., 'Zapisano w ')]`, 60_000)).text();
    const pdf = said.replace(/^Zapisano w /, '');
    expect(pdf).toMatch(/\/fieldbook-\d{4}-W\d{2}( \(\d+\))?\.pdf$/);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    rmSync(pdf);
  });
});
