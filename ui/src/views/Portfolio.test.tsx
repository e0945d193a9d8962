import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ClientRowView } from '../bindings/ClientRowView';
import { I18nProvider } from '../i18n';
import { ClientTable } from './Portfolio';

const rows: ClientRowView[] = Array.from({ length: 1500 }, (_, n) => ({
  id: `cl_${n}`,
  name: `Client ${String(n).padStart(4, '0')}`,
  industry: '',
  tier: (['A', 'B', 'C', 'D'] as const)[n % 4],
  status: n % 2 ? 'active' : 'at_risk',
  lastContact: n % 3 ? '2026-10-01' : null,
  nextVisit: null,
  arrears: n === 7 ? { minorUnits: 1250000, currency: 'CNY' } : null,
  tags: n % 5 ? [] : ['vip'],
}));

function renderTable(navigate = vi.fn()) {
  render(
    <I18nProvider language="en">
      <ClientTable rows={rows} navigate={navigate} />
    </I18nProvider>,
  );
  return { table: screen.getByRole('table', { name: 'Portfolio' }), navigate };
}

const bodyRows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .filter((r): r is HTMLTableRowElement => r.getAttribute('aria-rowindex') !== null);

describe('ClientTable', () => {
  it('renders only a window of 1,500 clients', () => {
    const { table } = renderTable();
    const shown = bodyRows(table);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.length).toBeLessThan(60);
    expect(screen.getByText('Showing 1,500 of 1,500')).toBeTruthy();
  });

  it('filters as the manager types and by tier', () => {
    const { table } = renderTable();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter clients' }), { target: { value: 'client 001' } });
    expect(screen.getByText('Showing 10 of 1,500')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Tier' }), { target: { value: 'B' } });
    expect(screen.getByText('Showing 2 of 1,500')).toBeTruthy();
    expect(bodyRows(table).map((r) => r.cells[1].textContent)).toEqual(['B', 'B']);
  });

  it('sorts by a column and says so to screen readers', () => {
    const { table } = renderTable();
    const header = within(table).getAllByRole('columnheader')[0];
    fireEvent.click(within(header).getByRole('button', { name: 'Client' }));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(bodyRows(table)[0].cells[0].textContent).toBe('Client 1499');
  });

  it('formats arrears as money and opens a client', () => {
    const { table, navigate } = renderTable();
    expect(within(table).getByText('CN¥12,500.00')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: 'Client 0003' }));
    expect(navigate).toHaveBeenCalledWith({ view: 'client', clientId: 'cl_3' });
  });
});
