// The Cases view: the complaints (投诉工单) of the portfolio, open ones first by their
// resolution deadline as the shell sorts them, filtered by status and severity, with
// the SLA clocks that are at risk or breached marked in words as well as colour.
// Also the pieces the case page and the client page show a case with.
import { useState } from 'react';
import type { CaseChannel } from '../bindings/CaseChannel';
import type { CaseRowView } from '../bindings/CaseRowView';
import type { CaseStatus } from '../bindings/CaseStatus';
import type { ClockState } from '../bindings/ClockState';
import type { Severity } from '../bindings/Severity';
import { useFormat, useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { LoadState } from './Status';

export const CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_progress', 'handed_over', 'waiting', 'reopened', 'resolved', 'confirmed'];
/** The severities, the gravest first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const CASE_CHANNELS: readonly CaseChannel[] = ['visit', 'phone', 'email', 'message', 'social_media'];

/** The cases of the portfolio, filtered by status and severity. */
export function Cases({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const [status, setStatus] = useState('');
  const [severity, setSeverity] = useState('');
  const { loaded } = useLoad(() => shell.listCases(status, severity), [status, severity]);
  return (
    <section aria-labelledby="cases-title" className="cases">
      <h1 id="cases-title">{t('cases-title')}</h1>
      <div className="row-form">
        <label>
          {t('cases-status-filter')}
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('filter-all')}</option>
            {CASE_STATUSES.map((code) => (
              <option key={code} value={code}>
                {t(`case-status-${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases-severity-filter')}
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="">{t('filter-all')}</option>
            {SEVERITIES.map((code) => (
              <option key={code} value={code}>
                {t(`severity-${code}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LoadState loaded={loaded}>
        {(rows) => (rows.length === 0 ? <p>{t('cases-none')}</p> : <CaseTable rows={rows} navigate={navigate} />)}
      </LoadState>
    </section>
  );
}

function CaseTable({ rows, navigate }: { rows: CaseRowView[]; navigate: Navigate }) {
  const t = useT();
  return (
    <table aria-label={t('cases-title')} className="case-table">
      <thead>
        <tr>
          <th>{t('cases-col-case')}</th>
          <th>{t('cases-col-client')}</th>
          <th>{t('cases-col-severity')}</th>
          <th>{t('cases-col-status')}</th>
          <th>{t('cases-col-response')}</th>
          <th>{t('cases-col-resolution')}</th>
          <th>{t('cases-col-sla')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className={slaClass(row)}>
            <td>
              <button type="button" className="link" onClick={() => navigate({ view: 'case', caseId: row.id })}>
                {row.category}
              </button>
            </td>
            <td>
              <button type="button" className="link" onClick={() => navigate({ view: 'client', clientId: row.clientId })}>
                {row.clientName}
              </button>
            </td>
            <td>
              <SeverityBadge severity={row.severity} />
            </td>
            <td>
              <CaseStatusText row={row} />
            </td>
            <td>
              <Deadline due={row.responseDue} state={row.response} />
            </td>
            <td>
              <Deadline due={row.resolutionDue} state={row.resolution} />
            </td>
            <td>
              <SlaBadge row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `breached` or `at-risk`, for the colour of a case's row or card. */
export function slaClass(row: CaseRowView): string | undefined {
  return row.breached ? 'breached' : row.atRisk ? 'at-risk' : undefined;
}

/** Whether the case missed a target or is about to, in words with a sign and a colour. */
export function SlaBadge({ row }: { row: CaseRowView }) {
  const t = useT();
  if (row.breached) return <span className="sla-flag breached">⚠ {t('case-breached')}</span>;
  if (row.atRisk) return <span className="sla-flag at-risk">◔ {t('case-at-risk')}</span>;
  return null;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return <span className={`severity severity-${severity}`}>{t(`severity-${severity}`)}</span>;
}

/** Where the case stands, with the department it is with while handed over. */
export function CaseStatusText({ row }: { row: CaseRowView }) {
  const t = useT();
  return (
    <>
      <span className="case-status">{t(`case-status-${row.status}`)}</span>
      {row.status === 'handed_over' && row.department && <span className="muted"> · {t('case-department', { department: row.department })}</span>}
    </>
  );
}

/** A deadline in the manager's zone and where its clock stands; "paused" while the case waits on the client. */
export function Deadline({ due, state }: { due: string | null; state: ClockState }) {
  const t = useT();
  const format = useFormat();
  if (due === null) return <span className="clock clock-paused">⏸ {t('case-paused')}</span>;
  return (
    <>
      <time dateTime={due}>{format.dateTime(due)}</time> · <span className={`clock clock-${state}`}>{t(`clock-${state}`)}</span>
    </>
  );
}
