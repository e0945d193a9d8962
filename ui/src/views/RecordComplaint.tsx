// "Record a complaint": the case opened as the client gives it — during a visit (the
// visit becomes its follow-up; works offline, it is one command) or from the client's
// page; received now, or when it says if written up afterwards — and then its
// deadlines, with the way to the case.
import { type FormEvent, useState } from 'react';
import type { CaseDetailView } from '../bindings/CaseDetailView';
import type { ContactView } from '../bindings/ContactView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import type { Navigate } from '../Workspace';
import { CASE_CHANNELS, SEVERITIES } from './Cases';

/** Kinds of problem offered as the category is typed; any other words do as well. */
const CATEGORIES = ['billing', 'outage', 'quality', 'installation', 'contract'] as const;

/** The button that opens the form, the form, and once recorded the new case's deadlines. */
export function RecordComplaint(props: {
  clientId: string;
  contacts: ContactView[];
  /** The visit it is recorded during, if any: the channel is "visit", and the visit is linked to the case unless `linked` is false (it follows up another). */
  visit?: { id: string; linked: boolean };
  navigate: Navigate;
  onRecorded?: (detail: CaseDetailView) => void;
}) {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [recorded, setRecorded] = useState<CaseDetailView | null>(null);
  return (
    <div className="complaint">
      {recorded && (
        <p role="status" className="recorded">
          {t('complaint-recorded', {
            category: recorded.case.category,
            response: recorded.case.responseDue ? format.dateTime(recorded.case.responseDue) : '—',
            resolution: recorded.case.resolutionDue ? format.dateTime(recorded.case.resolutionDue) : '—',
          })}{' '}
          <button type="button" className="link" onClick={() => props.navigate({ view: 'case', caseId: recorded.case.id })}>
            {t('complaint-open-case')}
          </button>
        </p>
      )}
      {open ? (
        <ComplaintForm
          {...props}
          onCancel={() => setOpen(false)}
          onRecorded={(detail) => {
            setOpen(false);
            setRecorded(detail);
            props.onRecorded?.(detail);
          }}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          {t('complaint-record')}
        </button>
      )}
    </div>
  );
}

function ComplaintForm(props: {
  clientId: string;
  contacts: ContactView[];
  visit?: { id: string; linked: boolean };
  onCancel: () => void;
  onRecorded: (detail: CaseDetailView) => void;
}) {
  const t = useT();
  const [category, setCategory] = useState('');
  const [severity, setSeverity] = useState('medium');
  const [channel, setChannel] = useState(props.visit ? 'visit' : 'phone');
  const [contact, setContact] = useState('');
  const [description, setDescription] = useState('');
  const [at, setAt] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell
      .openCase({
        clientId: props.clientId,
        contactId: contact || null,
        category,
        severity,
        channel,
        description: description || null,
        // `datetime-local` gives `YYYY-MM-DDTHH:MM`; the shell takes `YYYY-MM-DD HH:MM`.
        at: at ? at.replace('T', ' ') : null,
        visitId: props.visit?.linked ? props.visit.id : null,
      })
      .then(props.onRecorded, (e: unknown) => setError(toCommandError(e).message));
  };
  return (
    <form className="row-form complaint-form" onSubmit={submit} aria-label={t('complaint-record')}>
      <label>
        {t('complaint-category')}
        <input list="complaint-categories" value={category} onChange={(e) => setCategory(e.target.value)} required />
        <datalist id="complaint-categories">
          {CATEGORIES.map((code) => (
            <option key={code} value={t(`complaint-category-${code}`)} />
          ))}
        </datalist>
      </label>
      <label>
        {t('complaint-severity')}
        <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
          {SEVERITIES.map((code) => (
            <option key={code} value={code}>
              {t(`severity-${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('complaint-channel')}
        <select value={channel} onChange={(e) => setChannel(e.target.value)}>
          {CASE_CHANNELS.map((code) => (
            <option key={code} value={code}>
              {t(`case-channel-${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('complaint-contact')}
        <select value={contact} onChange={(e) => setContact(e.target.value)}>
          <option value="">{t('complaint-contact-none')}</option>
          {props.contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('complaint-at')}
        <input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} />
      </label>
      <label className="wide">
        {t('complaint-description')}
        <textarea value={description} rows={3} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit">{t('complaint-submit')}</button>
      <button type="button" onClick={props.onCancel}>
        {t('case-step-cancel')}
      </button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}
