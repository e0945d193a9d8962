import { useState } from 'react';
import type { ReminderView } from '../bindings/ReminderView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { LoadState } from './Status';

/** Gifts named by the default care rules, by their message ids; a manager's own words show as typed. */
const GIFTS: Record<string, string> = { 'flowers or cake': 'reminder-gift-flowers-or-cake' };

/** Today's and the coming days' care reminders, each done, snoozed to tomorrow or dismissed. */
export function CareReminders({ today, navigate }: { today: string; navigate: Navigate }) {
  const t = useT();
  const { loaded, reload } = useLoad(shell.careReminders, []);
  return (
    <section aria-labelledby="reminders-title">
      <h2 id="reminders-title">{t('reminders-title')}</h2>
      <LoadState loaded={loaded}>
        {(reminders) => {
          const due = reminders.filter((r) => r.date <= today);
          const upcoming = reminders.filter((r) => r.date > today);
          return (
            <>
              {reminders.length === 0 && <p>{t('reminders-none')}</p>}
              {due.length > 0 && <ReminderList label={t('reminders-today')} reminders={due} onChanged={reload} navigate={navigate} />}
              {upcoming.length > 0 && (
                <ReminderList label={t('reminders-upcoming')} reminders={upcoming} onChanged={reload} navigate={navigate} />
              )}
            </>
          );
        }}
      </LoadState>
    </section>
  );
}

function ReminderList(props: { label: string; reminders: ReminderView[]; onChanged: () => void; navigate: Navigate }) {
  return (
    <>
      <h3>{props.label}</h3>
      <ul className="cards reminders" aria-label={props.label}>
        {props.reminders.map((reminder) => (
          <Reminder key={reminder.id} reminder={reminder} onChanged={props.onChanged} navigate={props.navigate} />
        ))}
      </ul>
    </>
  );
}

function Reminder({ reminder, onChanged, navigate }: { reminder: ReminderView; onChanged: () => void; navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const [error, setError] = useState('');
  const gift = reminder.gift ? (GIFTS[reminder.gift] ? t(GIFTS[reminder.gift]) : reminder.gift) : '';
  // A case's reminder (`follow`) says what the case needs by its kind: chase the department, ask for the confirmation, …
  const what = [t(`reminder-action-${reminder.action}`, { gift, kind: reminder.kind }), reminder.contactName].filter(Boolean).join(' · ');
  const about = t('reminder-about', { kind: t(`reminder-kind-${reminder.kind}`), subject: reminder.subject });
  const caseId = reminder.caseId;
  const act = (action: Promise<unknown>) => action.then(onChanged, (e: unknown) => setError(toCommandError(e).message));
  return (
    <li aria-label={what}>
      <div>
        <time dateTime={reminder.date}>{format.date(reminder.date)}</time> · <strong>{what}</strong>
      </div>
      <div className="muted">
        {caseId ? (
          <button type="button" className="link" onClick={() => navigate({ view: 'case', caseId })}>
            {about}
          </button>
        ) : (
          about
        )}{' '}
        ·{' '}
        <button type="button" className="link" onClick={() => navigate({ view: 'client', clientId: reminder.clientId })}>
          {reminder.clientName}
        </button>
      </div>
      <div className="row-form">
        <button type="button" aria-label={t('reminder-done-label', { what })} onClick={() => act(shell.completeReminder(reminder.id, ''))}>
          {t('reminder-done')}
        </button>
        <button type="button" aria-label={t('reminder-snooze-label', { what })} onClick={() => act(shell.snoozeReminder(reminder.id))}>
          {t('reminder-snooze')}
        </button>
        <button type="button" aria-label={t('reminder-dismiss-label', { what })} onClick={() => act(shell.dismissReminder(reminder.id))}>
          {t('reminder-dismiss')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
