import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import type { ClientField } from '../bindings/ClientField';
import { I18nProvider } from '../i18n';
import { NOW } from '../testing/desk';
import { annaKowalska, client } from '../testing/portfolios';
import { RealShell } from '../testing/realShell';
import { Portfolio } from './Portfolio';

const CLIENTS = 1500;

/** Client `n` of the portfolio: `Client 0000` … `Client 1499`, tiers A–D in turn, every other one at risk. */
function clientFields(n: number): Partial<Record<ClientField, string>> {
  return {
    name: `Client ${String(n).padStart(4, '0')}`,
    tier: 'ABCD'[n % 4],
    status: n % 2 ? 'active' : 'at_risk',
    ...(n === 7 ? { arrears: '12500 CNY' } : {}),
    ...(n % 5 ? {} : { tags: 'vip' }),
  };
}

// The 1,500 clients take a while to add, and the tests only read them: one desk for them all.
let shell: RealShell;
let ids: string[];

beforeAll(async () => {
  shell = await RealShell.open(inject('bridge'), NOW);
  await annaKowalska('en', null, shell.commands);
  ids = new Array<string>(CLIENTS);
  let next = 0;
  const adder = async () => {
    for (let n = next++; n < CLIENTS; n = next++) ids[n] = await client(clientFields(n), shell.commands);
  };
  await Promise.all(Array.from({ length: 8 }, adder));
}, 180_000);

afterAll(() => shell.close());

// setup.ts clears `invoke` after each test.
beforeEach(() => {
  shell.install();
});

async function renderPortfolio(navigate = vi.fn()) {
  render(
    <I18nProvider language="en">
      <Portfolio navigate={navigate} />
    </I18nProvider>,
  );
  return { table: await screen.findByRole('table', { name: 'Portfolio' }), navigate };
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r): r is HTMLTableRowElement => r.getAttribute('aria-rowindex') !== null);

/** The table's tier filter (the add-client form has a "Tier" of its own). */
function tierFilter() {
  const form = screen.getByRole('form', { name: 'Add client' });
  const [filter] = screen.getAllByRole('combobox', { name: 'Tier' }).filter((select) => !form.contains(select));
  return filter;
}

describe('Portfolio', () => {
  it('renders only a window of 1,500 clients', async () => {
    const { table } = await renderPortfolio();
    const shown = bodyRows(table);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(60);
    expect(screen.getByText('Showing 1,500 of 1,500')).toBeTruthy();
  });

  it('filters as the manager types and by tier', async () => {
    const { table } = await renderPortfolio();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter clients' }), { target: { value: 'client 001' } });
    expect(screen.getByText('Showing 10 of 1,500')).toBeTruthy();
    fireEvent.change(tierFilter(), { target: { value: 'B' } });
    expect(screen.getByText('Showing 2 of 1,500')).toBeTruthy();
    expect(bodyRows(table).map((r) => [r.cells[0].textContent, r.cells[1].textContent])).toEqual([
      ['Client 0013', 'B'],
      ['Client 0017', 'B'],
    ]);
  });

  it('sorts by a column and says so to screen readers', async () => {
    const { table } = await renderPortfolio();
    const header = within(table).getAllByRole('columnheader')[0];
    fireEvent.click(within(header).getByRole('button', { name: 'Client' }));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRows(table)[0].cells[0].textContent).toBe('Client 0000');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows(table)[0].cells[0].textContent).toBe('Client 1499');
  });

  it('formats arrears as money and opens a client', async () => {
    const { table, navigate } = await renderPortfolio();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter clients' }), { target: { value: 'client 000' } });
    const seven = within(table).getByRole('row', { name: /^Client 0007 / });
    expect(within(seven).getByText('CN¥12,500.00')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Client 0003' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'client', clientId: ids[3] });
  });
});
