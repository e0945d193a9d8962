// The day planner: choose clients (or fill the day from the due list), see them
// in the order that drives the least with their times, move stops, lock them in
// place, re-optimise, and save the day as planned visits.
import { useEffect, useState } from 'react';
import type { ClientRowView } from '../bindings/ClientRowView';
import type { CommandError } from '../bindings/CommandError';
import type { DayPlanRequest } from '../bindings/DayPlanRequest';
import type { DayPlanView } from '../bindings/DayPlanView';
import type { PlanMode } from '../bindings/PlanMode';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';

/** A client in the day, in the order shown. */
interface PlannedClient {
  clientId: string;
  name: string;
  locked: boolean;
}

/** How many clients "fill from the due list" takes: the exact planner's limit. */
const FILL_FROM_DUE = 9;

export function PlanDay(props: { fromDue?: boolean; today?: string }) {
  const t = useT();
  const [date, setDate] = useState(props.today ?? '');
  const [start, setStart] = useState('');
  const [dayStart, setDayStart] = useState('09:00');
  const [dayEnd, setDayEnd] = useState('18:00');
  const [speed, setSpeed] = useState('30');
  const [roadFactor, setRoadFactor] = useState('1.3');
  const [clients, setClients] = useState<ClientRowView[]>([]);
  const [chosen, setChosen] = useState('');
  const [stops, setStops] = useState<PlannedClient[]>([]);
  const [plan, setPlan] = useState<DayPlanView | null>(null);
  const [error, setError] = useState<CommandError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  useEffect(() => {
    shell.listClients().then(setClients, (e: unknown) => setError(toCommandError(e)));
    // The day starts from home (or the office) within the working hours set in Settings.
    shell.settings().then((settings) => {
      setStart((typed) => typed || settings.home || settings.office);
      const [from, to] = settings.workingHours.split('-');
      if (from && to) {
        setDayStart(from);
        setDayEnd(to);
      }
    }, (e: unknown) => setError(toCommandError(e)));
  }, []);

  const fillFromDue = async () => {
    try {
      const due = await shell.dueClients();
      setDate((current) => current || due.today);
      const listed = [...due.overdue, ...due.dueThisWeek, ...due.neverVisited].slice(0, FILL_FROM_DUE);
      setStops(listed.map((c) => ({ clientId: c.clientId, name: c.name, locked: false })));
      setPlan(null);
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  useEffect(() => {
    if (props.fromDue) void fillFromDue();
  }, [props.fromDue]);

  const request = (order: PlannedClient[], mode: PlanMode): DayPlanRequest => ({
    date,
    start,
    dayStart,
    dayEnd,
    speedKmh: Number(speed),
    roadFactor: Number(roadFactor),
    stops: order.map(({ clientId, locked }) => ({ clientId, locked })),
    mode,
  });

  /** Plans `order` and shows the result, the stops in the plan's order and those left out last. */
  const compute = async (order: PlannedClient[], mode: PlanMode) => {
    setSaved(null);
    try {
      const result = await shell.planDay(request(order, mode));
      const byId = new Map(order.map((s) => [s.clientId, s]));
      const planned = result.stops.map((s) => byId.get(s.clientId)).filter((s): s is PlannedClient => s !== undefined);
      const out = order.filter((s) => !result.stops.some((p) => p.clientId === s.clientId));
      setStops([...planned, ...out]);
      setPlan(result);
      setError(null);
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  const change = (order: PlannedClient[]) => {
    setStops(order);
    if (plan) void compute(order, 'retime');
  };

  const move = (index: number, by: number) => {
    const order = [...stops];
    const [stop] = order.splice(index, 1);
    order.splice(index + by, 0, stop);
    change(order);
  };

  const add = () => {
    const client = clients.find((c) => c.id === chosen);
    if (!client || stops.some((s) => s.clientId === client.id)) return;
    change([...stops, { clientId: client.id, name: client.name, locked: false }]);
  };

  const save = async () => {
    try {
      const ids = await shell.saveDayPlan(request(stops, 'retime'));
      setSaved(ids.length);
      setError(null);
    } catch (e) {
      setError(toCommandError(e));
    }
  };

  const timed = (clientId: string) => plan?.stops.find((s) => s.clientId === clientId);
  const field = (label: string, value: string, set: (v: string) => void, type = 'text') => (
    <label>
      {label} <input type={type} value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );

  return (
    <section aria-labelledby="day-planner-title" className="planner">
      <h1 id="day-planner-title">{t('plan-title')}</h1>
      <fieldset>
        {field(t('plan-date'), date, setDate, 'date')}
        {field(t('plan-start'), start, setStart)}
        {field(t('plan-day-start'), dayStart, setDayStart, 'time')}
        {field(t('plan-day-end'), dayEnd, setDayEnd, 'time')}
        {field(t('plan-speed'), speed, setSpeed)}
        {field(t('plan-road-factor'), roadFactor, setRoadFactor)}
      </fieldset>
      <p>
        <select aria-label={t('plan-add-client')} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="" />
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={chosen === ''}>
          {t('plan-add-client')}
        </button>
        <button type="button" onClick={() => void fillFromDue()}>
          {t('plan-from-due')}
        </button>
      </p>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      {stops.length === 0 ? (
        <p>{t('plan-no-stops')}</p>
      ) : (
        <table aria-label={t('plan-title')}>
          <thead>
            <tr>
              <th>{t('plan-col-client')}</th>
              <th>{t('plan-col-arrive')}</th>
              <th>{t('plan-col-depart')}</th>
              <th>{t('plan-col-km')}</th>
              <th>{t('plan-col-lock')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {stops.map((stop, index) => {
              const at = timed(stop.clientId);
              return (
                <tr key={stop.clientId}>
                  <td>{stop.name}</td>
                  <td>{at?.arrive ?? ''}</td>
                  <td>{at?.depart ?? ''}</td>
                  <td>{at ? at.travelKmFromPrev.toFixed(1) : ''}</td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('plan-lock', { client: stop.name })}
                      checked={stop.locked}
                      onChange={(e) => setStops(stops.map((s, i) => (i === index ? { ...s, locked: e.target.checked } : s)))}
                    />
                  </td>
                  <td>
                    <button type="button" aria-label={t('plan-up', { client: stop.name })} disabled={index === 0} onClick={() => move(index, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={t('plan-down', { client: stop.name })}
                      disabled={index === stops.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" aria-label={t('plan-remove', { client: stop.name })} onClick={() => change(stops.filter((_, i) => i !== index))}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {plan && (
        <>
          <p>{t('plan-totals', { km: plan.totalTravelKm.toFixed(1), min: Math.round(plan.totalTravelMin) })}</p>
          {plan.unassigned.length > 0 && (
            <>
              <h2>{t('plan-unassigned')}</h2>
              <ul aria-label={t('plan-unassigned')}>
                {plan.unassigned.map((u) => (
                  <li key={u.clientId}>
                    {u.clientName}: {t(`plan-reason-${u.reason}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p>
        <button type="button" disabled={stops.length === 0} onClick={() => void compute(stops, 'optimise')}>
          {t('plan-optimise')}
        </button>
        <button type="button" disabled={!plan || plan.stops.length === 0} onClick={() => void save()}>
          {t('plan-save')}
        </button>
      </p>
      {saved !== null && <p role="status">{t('plan-saved', { count: saved })}</p>}
    </section>
  );
}
