// One case: what was received, its SLA deadlines, its timeline, and the steps that fit
// now as buttons — each opens a small form for what that step needs; the shell takes
// the step or refuses it with its reason. Its follow-up visits and tasks below. The
// same record, with no step, form or tick, is how a lead reads a team member's case.
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CaseDetailView } from '../bindings/CaseDetailView';
import type { CaseEventView } from '../bindings/CaseEventView';
import type { CaseStep } from '../bindings/CaseStep';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { CASE_CHANNELS, CaseStatusText, Deadline, SeverityBadge, SlaBadge } from './Cases';
import { LoadState } from './Status';
import { AddTask, TaskList } from './Tasks';

/** The case `caseId`, reloaded after each step. */
export function CasePage({ caseId, navigate }: { caseId: string; navigate: Navigate }) {
  const { loaded, set, reload } = useLoad(() => shell.caseDetail(caseId), [caseId]);
  return (
    <LoadState loaded={loaded}>
      {(detail) => (
        <CaseRecord
          detail={detail}
          onBack={() => navigate({ view: 'client', clientId: detail.case.clientId })}
          editing={{ onChanged: set, onReload: reload, navigate }}
        />
      )}
    </LoadState>
  );
}

/** What the case page can change, and where its visits lead. */
type Editing = { onChanged: (detail: CaseDetailView) => void; onReload: () => void; navigate: Navigate };

/** A case whole; its steps, follow-up visit form, task form and ticks only with `editing`. */
export function CaseRecord(props: { detail: CaseDetailView; onBack: () => void; note?: ReactNode; editing?: Editing }) {
  const t = useT();
  const format = useFormat();
  const { detail, editing } = props;
  const row = detail.case;
  return (
    <article className="case" aria-labelledby="case-title">
      <button type="button" className="link" onClick={props.onBack}>
        ← {row.clientName}
      </button>
      {props.note}
      <h1 id="case-title">{t('case-title', { category: row.category, client: row.clientName })}</h1>
      <p className="case-header">
        <SeverityBadge severity={row.severity} /> · <CaseStatusText row={row} /> <SlaBadge row={row} />
      </p>
      <p className="muted">
        {t('case-received', { when: format.dateTime(row.openedAt), channel: t(`case-channel-${row.channel}`) })}
        {detail.raisedBy && <> · {t('case-raised-by', { name: detail.raisedBy })}</>}
      </p>
      <section aria-labelledby="case-complaint-title">
        <h2 id="case-complaint-title">{t('case-complaint')}</h2>
        <p className="case-text">{detail.description || <span className="muted">{t('case-no-description')}</span>}</p>
        {detail.resolution && (
          <>
            <h3>{t('case-resolution')}</h3>
            <p className="case-text">{detail.resolution}</p>
          </>
        )}
      </section>
      <section aria-labelledby="case-deadlines-title">
        <h2 id="case-deadlines-title">{t('case-deadlines')}</h2>
        <dl className="profile deadlines">
          <div className="field">
            <dt>{t('case-response-due')}</dt>
            <dd>
              <Deadline due={row.responseDue} state={row.response} />
            </dd>
          </div>
          <div className="field">
            <dt>{t('case-resolution-due')}</dt>
            <dd>
              <Deadline due={row.resolutionDue} state={row.resolution} />
            </dd>
          </div>
        </dl>
      </section>
      {editing && <NextSteps detail={detail} onChanged={editing.onChanged} />}
      <Timeline events={detail.timeline} />
      <section aria-labelledby="case-visits-title">
        <h2 id="case-visits-title">{t('case-visits')}</h2>
        {detail.visits.length === 0 ? (
          <p>{t('case-no-visits')}</p>
        ) : (
          <ul className="visits">
            {detail.visits.map((visit) => (
              <li key={visit.id}>
                {editing ? (
                  <button type="button" className="link" onClick={() => editing.navigate({ view: 'visit', visitId: visit.id })}>
                    {format.date(visit.date)} {visit.time}
                  </button>
                ) : (
                  `${format.date(visit.date)} ${visit.time}`
                )}{' '}
                · {t(`visit-status-${visit.status}`)}
                {visit.outcome && <span className="muted"> · {visit.outcome}</span>}
              </li>
            ))}
          </ul>
        )}
        {editing && <PlanFollowUp clientId={row.clientId} caseId={row.id} onPlanned={editing.onReload} />}
      </section>
      <section aria-labelledby="case-tasks-title">
        <h2 id="case-tasks-title">{t('case-tasks')}</h2>
        <TaskList tasks={detail.tasks} label={t('case-tasks')} onChanged={editing?.onReload} />
        {editing && <AddTask links={{ client: row.clientId, case: row.id }} onAdded={editing.onReload} />}
      </section>
    </article>
  );
}

function Timeline({ events }: { events: CaseEventView[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <section aria-labelledby="case-timeline-title">
      <h2 id="case-timeline-title">{t('case-timeline')}</h2>
      <ol className="timeline" aria-label={t('case-timeline')}>
        {events.map((event) => (
          <li key={event.id} className={event.applied ? undefined : 'not-applied'}>
            <time dateTime={event.at}>{format.dateTime(event.at)}</time> · {event.by} · <strong>{t(`case-event-${event.step}`)}</strong>
            {event.department && <> · {t('case-event-to', { department: event.department })}</>}
            {event.channel && <> · {t('case-event-channel', { channel: t(`case-channel-${event.channel}`) })}</>}
            {event.satisfaction !== null && <> · {t('case-event-satisfaction', { score: event.satisfaction })}</>}
            {!event.applied && <span className="flag not-applied">{t('case-event-not-applied')}</span>}
            {event.text && <p className="case-text">{event.text}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What each step's form asks for; which of it the step needs is the core's to check. */
const STEP_FORMS: Record<CaseStep, { text: 'required' | 'optional'; department?: boolean; channel?: 'required' | 'optional'; satisfaction?: boolean }> = {
  open: { text: 'optional' },
  start: { text: 'optional' },
  note: { text: 'required' },
  handover: { text: 'optional', department: true },
  wait: { text: 'optional' },
  reply: { text: 'optional', channel: 'required' },
  resolve: { text: 'required', channel: 'optional' },
  confirm: { text: 'optional', satisfaction: true },
  reopen: { text: 'required' },
};

/** The steps that fit now, as buttons; the one chosen opens its form. */
function NextSteps({ detail, onChanged }: { detail: CaseDetailView; onChanged: (detail: CaseDetailView) => void }) {
  const t = useT();
  const [step, setStep] = useState<CaseStep | null>(null);
  const steps = detail.case.nextSteps;
  return (
    <section aria-labelledby="case-steps-title">
      <h2 id="case-steps-title">{t('case-next-steps')}</h2>
      <div className="row-form steps">
        {steps.map((code) => (
          <button key={code} type="button" aria-expanded={step === code} onClick={() => setStep(step === code ? null : code)}>
            {t(`case-step-${code}`)}
          </button>
        ))}
      </div>
      {step && (
        <StepForm
          key={step}
          caseId={detail.case.id}
          step={step}
          onCancel={() => setStep(null)}
          onTaken={(changed) => {
            setStep(null);
            onChanged(changed);
          }}
        />
      )}
    </section>
  );
}

function StepForm(props: { caseId: string; step: CaseStep; onCancel: () => void; onTaken: (detail: CaseDetailView) => void }) {
  const t = useT();
  const needs = STEP_FORMS[props.step];
  const [text, setText] = useState('');
  const [department, setDepartment] = useState('');
  const [channel, setChannel] = useState(needs.channel === 'required' ? 'phone' : '');
  const [satisfaction, setSatisfaction] = useState('');
  const [at, setAt] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell
      .caseStep(props.caseId, props.step, {
        text: text || null,
        department: needs.department ? department : null,
        channel: needs.channel ? channel || null : null,
        satisfaction: needs.satisfaction ? satisfaction : null,
        // `datetime-local` gives `YYYY-MM-DDTHH:MM`; the shell takes `YYYY-MM-DD HH:MM`.
        at: at ? at.replace('T', ' ') : null,
      })
      .then(props.onTaken, (e: unknown) => setError(toCommandError(e).message));
  };
  return (
    <form className="row-form step-form" onSubmit={submit} aria-label={t(`case-step-${props.step}`)}>
      {needs.department && (
        <label>
          {t('case-input-department')}
          <input value={department} onChange={(e) => setDepartment(e.target.value)} required autoFocus />
        </label>
      )}
      {needs.channel && (
        <label>
          {t(needs.channel === 'required' ? 'case-input-channel' : 'case-input-channel-optional')}
          <select value={channel} onChange={(e) => setChannel(e.target.value)}>
            {needs.channel === 'optional' && <option value="">—</option>}
            {CASE_CHANNELS.map((code) => (
              <option key={code} value={code}>
                {t(`case-channel-${code}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {needs.satisfaction && (
        <label>
          {t('case-input-satisfaction')}
          <select value={satisfaction} onChange={(e) => setSatisfaction(e.target.value)} required>
            <option value="">—</option>
            {['5', '4', '3', '2', '1'].map((score) => (
              <option key={score} value={score}>
                {t('case-satisfaction-score', { score })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="wide">
        {t(`case-text-${props.step}`)}
        <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} required={needs.text === 'required'} />
      </label>
      <label>
        {t('case-input-at')}
        <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      <button type="submit">{t('case-step-save')}</button>
      <button type="button" onClick={props.onCancel}>
        {t('case-step-cancel')}
      </button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}

/** Plans a visit that follows the case up, linked to it. */
function PlanFollowUp({ clientId, caseId, onPlanned }: { clientId: string; caseId: string; onPlanned: () => void }) {
  const t = useT();
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [time, setTime] = useState('10:00');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell.planVisit(clientId, { date, time, purpose: 'complaint_follow_up', case: caseId }).then(
      () => {
        setError('');
        onPlanned();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  return (
    <form className="row-form" onSubmit={submit} aria-label={t('case-plan-visit')}>
      <label>
        {t('visit-date')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <label>
        {t('visit-time')}
        <input type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
      </label>
      <button type="submit">{t('case-plan-visit')}</button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}
