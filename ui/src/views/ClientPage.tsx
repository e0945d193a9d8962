import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { CaseRowView } from '../bindings/CaseRowView';
import type { ClientDetail } from '../bindings/ClientDetail';
import type { ClientProfile } from '../bindings/ClientProfile';
import type { VisitView } from '../bindings/VisitView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import { NEW_VISIT, useShortcutEvent } from '../shortcuts';
import type { Navigate } from '../Workspace';
import { CaseStatusText, Deadline, SeverityBadge, SlaBadge, slaClass } from './Cases';
import { ClientStage } from './Stage';
import { Contacts } from './Contacts';
import { InlineField } from './InlineField';
import { RecordComplaint } from './RecordComplaint';
import { LoadState } from './Status';
import { AddTask, TaskList } from './Tasks';

/** One client: profile with inline editing, people, cases, tasks, visit history, a new visit. */
export function ClientPage({ clientId, navigate }: { clientId: string; navigate: Navigate }) {
  const t = useT();
  const { loaded, set, reload } = useLoad(() => shell.clientDetail(clientId), [clientId]);
  return (
    <LoadState loaded={loaded}>
      {(detail) => (
        <article className="client" aria-labelledby="client-title">
          <h1 id="client-title">{detail.profile.name}</h1>
          <ClientStage stage={detail.stage} />
          <Profile detail={detail} onSaved={(profile) => set({ ...detail, profile })} />
          <Contacts clientId={clientId} contacts={detail.contacts} onChanged={reload} />
          <ClientCases cases={detail.cases} navigate={navigate} />
          <RecordComplaint clientId={clientId} contacts={detail.contacts} navigate={navigate} onRecorded={reload} />
          <section aria-labelledby="client-tasks-title">
            <h2 id="client-tasks-title">{t('client-tasks')}</h2>
            <TaskList tasks={detail.tasks} label={t('client-tasks')} onChanged={reload} />
            <AddTask links={{ client: clientId }} onAdded={reload} />
          </section>
          <Visits visits={detail.visits} navigate={navigate} />
          <PlanVisit clientId={clientId} onPlanned={reload} />
        </article>
      )}
    </LoadState>
  );
}

function Profile({ detail, onSaved }: { detail: ClientDetail; onSaved: (profile: ClientProfile) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title">{t('client-profile')}</h2>
      <dl className="profile">
        {detail.profile.fields.map(({ field, value, kind }) => (
          <InlineField
            key={field}
            label={t(`field-${field}`)}
            value={value}
            display={field === 'status' ? t(`client-status-${value}`) : undefined}
            multiline={kind === 'text'}
            save={(typed) => shell.setClientField(detail.profile.id, field, typed).then(onSaved)}
          />
        ))}
      </dl>
    </section>
  );
}

/** The client's cases, open ones by deadline first, each leading to its page. */
function ClientCases({ cases, navigate }: { cases: CaseRowView[]; navigate: Navigate }) {
  const t = useT();
  return (
    <section aria-labelledby="client-cases-title">
      <h2 id="client-cases-title">{t('client-cases')}</h2>
      {cases.length === 0 ? (
        <p>{t('cases-none')}</p>
      ) : (
        <ul className="cards case-cards" aria-label={t('client-cases')}>
          {cases.map((row) => (
            <li key={row.id} className={slaClass(row)}>
              <button type="button" className="link" onClick={() => navigate({ view: 'case', caseId: row.id })}>
                {row.category}
              </button>{' '}
              · <SeverityBadge severity={row.severity} /> · <CaseStatusText row={row} /> <SlaBadge row={row} />
              <div className="muted">
                {t('case-resolution-due')}: <Deadline due={row.resolutionDue} state={row.resolution} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Visits({ visits, navigate }: { visits: VisitView[]; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const newestFirst = [...visits].reverse();
  return (
    <section aria-labelledby="visits-title">
      <h2 id="visits-title">{t('client-visit-count', { count: visits.length })}</h2>
      {visits.length === 0 && <p>{t('client-no-visits')}</p>}
      <ul className="visits">
        {newestFirst.map((visit) => (
          <li key={visit.id}>
            <button type="button" className="link" onClick={() => navigate({ view: 'visit', visitId: visit.id })}>
              {format.date(visit.date)} {visit.time}
            </button>{' '}
            · {t(`purpose-${visit.purpose}`)} · {t(`visit-status-${visit.status}`)}
            {visit.outcome && <span className="muted"> · {visit.outcome}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PlanVisit({ clientId, onPlanned }: { clientId: string; onPlanned: () => void }) {
  const t = useT();
  const dateInput = useRef<HTMLInputElement>(null);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [time, setTime] = useState('10:00');
  const [purpose, setPurpose] = useState('routine');
  const [error, setError] = useState('');
  useShortcutEvent(NEW_VISIT, useCallback(() => dateInput.current?.focus(), []));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell.planVisit(clientId, { date, time, purpose }).then(
      () => {
        setError('');
        onPlanned();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  const purposes = ['routine', 'care', 'sales_step', 'complaint_follow_up', 'collection'];
  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan-visit')}</h2>
      <form className="row-form" onSubmit={submit} aria-label={t('plan-visit')}>
        <label>
          {t('visit-date')}
          <input ref={dateInput} type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          {t('visit-time')}
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        </label>
        <label>
          {t('visit-purpose')}
          <select value={purpose} onChange={(e) => setPurpose(e.target.value)}>
            {purposes.map((code) => (
              <option key={code} value={code}>
                {t(`purpose-${code}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('plan-visit-submit')}</button>
        {error && <span role="alert">{error}</span>}
      </form>
    </section>
  );
}
