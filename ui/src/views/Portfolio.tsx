import {
  type ColumnDef,
  type SortingState,
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import type { ClientRowView } from '../bindings/ClientRowView';
import type { ClientStatus } from '../bindings/ClientStatus';
import type { Tier } from '../bindings/Tier';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { LoadState } from './Status';

const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D'];
const STATUSES: readonly ClientStatus[] = ['prospect', 'active', 'at_risk', 'lost'];
const ROW_HEIGHT = 36;

/** Every client, in a table that stays smooth with thousands of rows. */
export function Portfolio({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const { loaded, reload } = useLoad(shell.listClients, []);
  return (
    <section aria-labelledby="portfolio-title" className="portfolio">
      <h1 id="portfolio-title">{t('portfolio-title')}</h1>
      <AddClient
        onAdded={(clientId) => {
          reload();
          navigate({ view: 'client', clientId });
        }}
      />
      <LoadState loaded={loaded}>{(rows) => <ClientTable rows={rows} navigate={navigate} />}</LoadState>
    </section>
  );
}

function AddClient({ onAdded }: { onAdded: (clientId: string) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [tier, setTier] = useState('B');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell.addClient({ name, tier }).then(onAdded, (e: unknown) => setError(toCommandError(e).message));
  };
  return (
    <form className="row-form" onSubmit={submit} aria-label={t('add-client')}>
      <input aria-label={t('add-client-name')} placeholder={t('add-client-name')} value={name} onChange={(e) => setName(e.target.value)} required />
      <select aria-label={t('add-client-tier')} value={tier} onChange={(e) => setTier(e.target.value)}>
        {TIERS.map((code) => (
          <option key={code}>{code}</option>
        ))}
      </select>
      <button type="submit">{t('add-client')}</button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}

export function ClientTable({ rows, navigate }: { rows: ClientRowView[]; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [filter, setFilter] = useState('');
  const [tier, setTier] = useState('');
  const [status, setStatus] = useState('');

  const columns = useMemo<ColumnDef<ClientRowView>[]>(
    () => [
      {
        id: 'name',
        accessorKey: 'name',
        header: t('column-name'),
        cell: ({ row }) => (
          <button type="button" className="link" onClick={() => navigate({ view: 'client', clientId: row.original.id })}>
            {row.original.name}
          </button>
        ),
      },
      { id: 'tier', accessorKey: 'tier', header: t('column-tier'), filterFn: 'equals' },
      {
        id: 'status',
        accessorKey: 'status',
        header: t('column-status'),
        filterFn: 'equals',
        cell: ({ getValue }) => t(`client-status-${getValue<string>()}`),
      },
      {
        id: 'lastContact',
        accessorFn: (row) => row.lastContact ?? '',
        header: t('column-last-contact'),
        cell: ({ row }) => format.date(row.original.lastContact),
      },
      {
        id: 'nextVisit',
        accessorFn: (row) => row.nextVisit ?? '',
        header: t('column-next-visit'),
        cell: ({ row }) => format.date(row.original.nextVisit),
      },
      {
        id: 'arrears',
        accessorFn: (row) => row.arrears?.minorUnits ?? 0,
        header: t('column-arrears'),
        cell: ({ row }) => (row.original.arrears ? format.money(row.original.arrears.minorUnits, row.original.arrears.currency) : ''),
      },
      { id: 'tags', accessorFn: (row) => row.tags.join(', '), header: t('column-tags'), enableSorting: false },
    ],
    [t, format, navigate],
  );

  const columnFilters = useMemo(
    () => [
      ...(tier ? [{ id: 'tier', value: tier }] : []),
      ...(status ? [{ id: 'status', value: status }] : []),
    ],
    [tier, status],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, globalFilter: filter, columnFilters },
    onSortingChange: setSorting,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const shown = table.getRowModel().rows;

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;

  return (
    <>
      <div className="row-form">
        <input
          type="search"
          aria-label={t('portfolio-filter')}
          placeholder={t('portfolio-filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select aria-label={t('portfolio-tier-filter')} value={tier} onChange={(e) => setTier(e.target.value)}>
          <option value="">{`${t('portfolio-tier-filter')}: ${t('filter-all')}`}</option>
          {TIERS.map((code) => (
            <option key={code}>{code}</option>
          ))}
        </select>
        <select aria-label={t('portfolio-status-filter')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{`${t('portfolio-status-filter')}: ${t('filter-all')}`}</option>
          {STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(`client-status-${code}`)}
            </option>
          ))}
        </select>
        <span role="status" className="muted">
          {t('portfolio-shown', { shown: shown.length, total: rows.length })}
        </span>
      </div>
      <div ref={scroller} className="table-scroller">
        <table aria-label={t('portfolio-title')} aria-rowcount={shown.length + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th key={header.id} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                      {header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()}>
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {before > 0 && <tr style={{ height: before }} aria-hidden="true" />}
            {items.map((item) => {
              const row = shown[item.index];
              return (
                <tr key={row.id} style={{ height: ROW_HEIGHT }} aria-rowindex={item.index + 2}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              );
            })}
            {after > 0 && <tr style={{ height: after }} aria-hidden="true" />}
          </tbody>
        </table>
      </div>
    </>
  );
}
