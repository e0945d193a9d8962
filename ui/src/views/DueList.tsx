// The due list: who is overdue for a visit, due this week or never visited,
// and the coverage of each tier.
import { useState } from 'react';
import type { DueClientView } from '../bindings/DueClientView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { LoadState } from './Status';

/** Who is due for a visit, by the tiers' cadence. */
export function DueList({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const { loaded, reload } = useLoad(shell.dueClients, []);
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
                {t('due-coverage-tier', { tier: tier.tier, covered: tier.covered, clients: tier.clients, days: tier.cadenceDays })}{' '}
                <CadenceField tier={tier.tier} days={tier.cadenceDays} onSaved={reload} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </LoadState>
  );
}

/** How many overdue clients Today lists before pointing to the due list. */
const TODAY_OVERDUE_SHOWN = 5;

/** Today's reminder of the clients most overdue for a visit, with the way to the whole due list. */
export function OverdueToday({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const { loaded } = useLoad(shell.dueClients, []);
  return (
    <LoadState loaded={loaded}>
      {(due) => (
        <>
          <h2>{t('today-overdue')}</h2>
          {due.overdue.length === 0 ? (
            <p>{t('today-no-overdue')}</p>
          ) : (
            <ul className="cards">
              {due.overdue.slice(0, TODAY_OVERDUE_SHOWN).map((client) => (
                <li key={client.clientId}>
                  <button type="button" onClick={() => navigate({ view: 'client', clientId: client.clientId })}>
                    {t('today-overdue-client', { name: client.name, tier: client.tier, days: client.daysOverdue ?? 0 })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {due.overdue.length > TODAY_OVERDUE_SHOWN && (
            <button type="button" className="link" onClick={() => navigate({ view: 'due' })}>
              {t('today-overdue-all', { count: due.overdue.length })}
            </button>
          )}
        </>
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

/** A tier's cadence, edited in place: saved when the field is left or Enter is pressed. */
function CadenceField(props: { tier: string; days: number; onSaved: () => void }) {
  const t = useT();
  const [value, setValue] = useState(String(props.days));
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (value.trim() === String(props.days)) return;
    shell.setSetting(`cadence_${props.tier.toLowerCase()}`, value.trim()).then(
      () => {
        setError(null);
        props.onSaved();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  return (
    <label>
      {t('due-cadence', { tier: props.tier })}{' '}
      <input
        type="number"
        min={1}
        max={730}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
      />
      {error && <span role="alert"> {error}</span>}
    </label>
  );
}
