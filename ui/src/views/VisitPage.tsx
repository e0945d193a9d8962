import { type FormEvent, useCallback, useRef, useState } from 'react';
import type { VisitView } from '../bindings/VisitView';
import { useAutosave } from '../autosave';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import { NEW_NOTE, useShortcutEvent } from '../shortcuts';
import type { Navigate } from '../Workspace';
import { ConfirmButton } from './Confirm';
import { InlineField } from './InlineField';
import { StageSelect } from './Stage';
import { RecordComplaint } from './RecordComplaint';
import { LoadState } from './Status';

/**
 * One visit: check in, check out, the complaint it follows up (a link to its case), a
 * complaint recorded, outcome, and notes that save as they are typed.
 */
export function VisitPage({ visitId, navigate }: { visitId: string; navigate: Navigate }) {
  const { loaded, set } = useLoad(() => shell.visitDetail(visitId), [visitId]);
  return (
    <LoadState loaded={loaded}>
      {(visit) => <Visit key={visit.id} visit={visit} onChanged={set} navigate={navigate} />}
    </LoadState>
  );
}

function Visit({ visit, onChanged, navigate }: { visit: VisitView; onChanged: (visit: VisitView) => void; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const [error, setError] = useState('');
  const act = (action: Promise<VisitView>) =>
    action.then(
      (changed) => {
        setError('');
        onChanged(changed);
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  return (
    <article className="visit" aria-labelledby="visit-title">
      <button type="button" className="link" onClick={() => navigate({ view: 'client', clientId: visit.clientId })}>
        ← {visit.clientName}
      </button>
      <h1 id="visit-title">{t('visit-title', { client: visit.clientName })}</h1>
      <p>
        {format.longDate(visit.date)} {visit.time} ({visit.timeZone}) · {t(`purpose-${visit.purpose}`)} ·{' '}
        <span>{t(`visit-status-${visit.status}`)}</span>
      </p>
      {visit.caseId && <VisitCase caseId={visit.caseId} navigate={navigate} />}
      <div className="row-form">
        {visit.checkIn ? (
          <span>{t('visit-checked-in', { time: format.time(visit.checkIn) })}</span>
        ) : (
          <button type="button" disabled={visit.status === 'cancelled'} onClick={() => act(shell.checkIn(visit.id))}>
            {t('visit-check-in')}
          </button>
        )}
        {visit.checkOut ? (
          <span>{t('visit-checked-out', { time: format.time(visit.checkOut) })}</span>
        ) : (
          <button type="button" disabled={visit.status === 'cancelled'} onClick={() => act(shell.checkOut(visit.id))}>
            {t('visit-check-out')}
          </button>
        )}
        <ConfirmButton
          label={t('visit-cancel')}
          question={t('visit-cancel-confirm')}
          yes={t('visit-cancel-yes')}
          no={t('confirm-keep')}
          disabled={visit.status !== 'planned'}
          onConfirm={() => act(shell.cancelVisit(visit.id))}
        />
      </div>
      {error && <p role="alert">{error}</p>}
      <VisitComplaint visit={visit} navigate={navigate} onRecorded={() => act(shell.visitDetail(visit.id))} />
      <StageSelect visit={visit} onChange={(stage) => act(shell.setVisitStage(visit.id, stage))} />
      <dl className="profile">
        <InlineField label={t('visit-outcome')} value={visit.outcome} save={(outcome) => act(shell.recordOutcome(visit.id, outcome))} />
        <InlineField
          label={t('field-collected')}
          value={visit.collected}
          save={(collected) => shell.setVisitField(visit.id, 'collected', collected).then(onChanged)}
        />
      </dl>
      <Notes visit={visit} onChanged={onChanged} />
    </article>
  );
}

/** The complaint case the visit follows up, as a link to its page: "Complaint: Outage". Shown once the case is read. */
function VisitCase({ caseId, navigate }: { caseId: string; navigate: Navigate }) {
  const t = useT();
  const { loaded } = useLoad(() => shell.caseDetail(caseId), [caseId]);
  if (loaded.state !== 'loaded') return null;
  return (
    <p className="visit-case">
      <button type="button" className="link" onClick={() => navigate({ view: 'case', caseId })}>
        {t('visit-case', { category: loaded.value.case.category })}
      </button>
    </p>
  );
}

/** "Record a complaint" while at the client: the case is linked to this visit (which the page then reloads) unless it follows up one already; its people to choose who raised it. */
function VisitComplaint({ visit, navigate, onRecorded }: { visit: VisitView; navigate: Navigate; onRecorded: () => void }) {
  const { loaded } = useLoad(() => shell.clientDetail(visit.clientId), [visit.clientId]);
  const contacts = loaded.state === 'loaded' ? loaded.value.contacts : [];
  const during = { id: visit.id, linked: !visit.caseId };
  return <RecordComplaint clientId={visit.clientId} contacts={contacts} visit={during} navigate={navigate} onRecorded={onRecorded} />;
}

function Notes({ visit, onChanged }: { visit: VisitView; onChanged: (visit: VisitView) => void }) {
  const t = useT();
  const [text, setText] = useState(visit.notes);
  const [line, setLine] = useState('');
  const lineInput = useRef<HTMLInputElement>(null);
  const notes = useAutosave((typed) => shell.saveVisitNotes(visit.id, typed));
  useShortcutEvent(NEW_NOTE, useCallback(() => lineInput.current?.focus(), []));

  const addLine = async (event: FormEvent) => {
    event.preventDefault();
    await notes.flush();
    const changed = await shell.appendVisitNote(visit.id, line);
    setText(changed.notes);
    setLine('');
    onChanged(changed);
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">
        {t('visit-notes')}{' '}
        <small role="status" className="muted">
          {notes.state === 'saving' ? t('visit-notes-saving') : notes.state === 'saved' ? t('visit-notes-saved') : ''}
        </small>
      </h2>
      <textarea
        className="notes"
        aria-label={t('visit-notes')}
        value={text}
        rows={12}
        onChange={(e) => {
          setText(e.target.value);
          notes.schedule(e.target.value);
        }}
        onBlur={notes.flush}
      />
      <form className="row-form" onSubmit={addLine} aria-label={t('visit-add-line')}>
        <input
          ref={lineInput}
          aria-label={t('visit-add-line')}
          placeholder={t('visit-add-line')}
          value={line}
          onChange={(e) => setLine(e.target.value)}
          required
        />
        <button type="submit">{t('visit-add-line-submit')}</button>
      </form>
    </section>
  );
}
