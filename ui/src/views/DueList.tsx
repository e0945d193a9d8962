// The due list: who is overdue for a visit, due this week or never visited,
// and the coverage of each tier.
import type { DueClientView } from '../bindings/DueClientView';
import { useFormat, useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { LoadState } from './Status';

/** Who is due for a visit, by the tiers' cadence. */
export function DueList({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const { loaded } = useLoad(shell.dueClients, []);
  return (
    <LoadState loaded={loaded}>
      {(due) => (
        <section aria-labelledby="due-title">
          <h1 id="due-title">{t('due-title')}</h1>
          <button type="button" onClick={() => navigate({ view: 'plan', fromDue: true })}>
            {t('due-plan-day')}
          </button>
          <DueTable title={t('due-overdue')} clients={due.overdue} navigate={navigate} />
          <DueTable title={t('due-this-week')} clients={due.dueThisWeek} navigate={navigate} />
          <DueTable title={t('due-never')} clients={due.neverVisited} navigate={navigate} />
          <h2>{t('due-coverage')}</h2>
          <ul className="coverage">
            {due.coverage.map((tier) => (
              <li key={tier.tier}>
                <meter min={0} max={Math.max(tier.clients, 1)} value={tier.covered} />{' '}
                {t('due-coverage-tier', { tier: tier.tier, covered: tier.covered, clients: tier.clients, days: tier.cadenceDays })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </LoadState>
  );
}

function DueTable(props: { title: string; clients: DueClientView[]; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const day = (value: string | null) => (value ? format.date(value) : '');
  return (
    <>
      <h2>{props.title}</h2>
      {props.clients.length === 0 ? (
        <p>{t('due-none')}</p>
      ) : (
        <table aria-label={props.title}>
          <thead>
            <tr>
              <th>{t('due-col-client')}</th>
              <th>{t('due-col-tier')}</th>
              <th>{t('due-col-last')}</th>
              <th>{t('due-col-due')}</th>
              <th>{t('due-col-overdue')}</th>
              <th>{t('due-col-propose')}</th>
            </tr>
          </thead>
          <tbody>
            {props.clients.map((client) => (
              <tr key={client.clientId}>
                <td>
                  <button type="button" className="link" onClick={() => props.navigate({ view: 'client', clientId: client.clientId })}>
                    {client.name}
                  </button>
                </td>
                <td>{client.tier}</td>
                <td>{day(client.lastContact)}</td>
                <td>{day(client.due)}</td>
                <td>{client.daysOverdue ?? ''}</td>
                <td>{format.date(client.proposed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
