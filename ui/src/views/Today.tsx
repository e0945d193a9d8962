import { useFormat, useT } from '../i18n';
import { shell } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { OverdueToday } from './DueList';
import { CareReminders } from './Reminders';
import { LoadState } from './Status';

/** The day: visits planned for it, clients overdue for a visit, care reminders, and the follow-ups still open. */
export function Today({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const { loaded } = useLoad(shell.todayAgenda, []);
  return (
    <LoadState loaded={loaded}>
      {(today) => (
        <section aria-labelledby="today-title">
          <h1 id="today-title">{t('today-title', { date: format.longDate(today.date) })}</h1>
          <h2>{t('today-visits')}</h2>
          {today.visits.length === 0 ? (
            <p>{t('today-no-visits')}</p>
          ) : (
            <ul className="cards">
              {today.visits.map((visit) => (
                <li key={visit.id}>
                  <button type="button" onClick={() => navigate({ view: 'visit', visitId: visit.id })}>
                    <time>{visit.time}</time> {visit.clientName} · {t(`purpose-${visit.purpose}`)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <OverdueToday navigate={navigate} />
          <CareReminders today={today.date} navigate={navigate} />
          <h2>{t('today-tasks')}</h2>
          {today.tasks.length === 0 ? (
            <p>{t('today-no-tasks')}</p>
          ) : (
            <ul className="tasks">
              {today.tasks.map((task) => (
                <li key={task.id}>
                  <span>{task.title}</span>
                  {task.clientId && task.clientName && (
                    <>
                      {' · '}
                      <button type="button" className="link" onClick={() => task.clientId && navigate({ view: 'client', clientId: task.clientId })}>
                        {task.clientName}
                      </button>
                    </>
                  )}
                  {task.due && <span className="muted"> · {t('task-due', { date: format.date(task.due) })}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </LoadState>
  );
}
