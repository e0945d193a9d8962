import { useState } from 'react';
import type { TaskView } from '../bindings/TaskView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import { useLoad } from '../load';
import type { Navigate } from '../Workspace';
import { OverdueToday } from './DueList';
import { CareReminders } from './Reminders';
import { LoadState } from './Status';
import { TaskItem } from './Tasks';

/** The day: visits planned for it, clients overdue for a visit, care reminders, and the follow-ups still open. */
export function Today({ navigate }: { navigate: Navigate }) {
  const t = useT();
  const format = useFormat();
  const { loaded, reload } = useLoad(shell.todayAgenda, []);
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
          <TodayTasks tasks={today.tasks} onChanged={reload} navigate={navigate} />
        </section>
      )}
    </LoadState>
  );
}

/**
 * The open follow-ups, each ticked done with its checkbox: it leaves the list, and the
 * last one ticked can be undone (ticked not done again) right after.
 */
function TodayTasks(props: { tasks: TaskView[]; onChanged: () => void; navigate: Navigate }) {
  const t = useT();
  const [ticked, setTicked] = useState<TaskView | null>(null);
  const [error, setError] = useState('');
  const tick = (task: TaskView, done: boolean) =>
    shell.tickTask(task.id, done).then(
      (changed) => {
        setError('');
        setTicked(changed.done ? changed : null);
        props.onChanged();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  return (
    <section aria-labelledby="today-tasks-title">
      <h2 id="today-tasks-title">{t('today-tasks')}</h2>
      {props.tasks.length === 0 ? (
        <p>{t('today-no-tasks')}</p>
      ) : (
        <ul className="tasks" aria-label={t('today-tasks')}>
          {props.tasks.map((task) => (
            <TaskItem key={task.id} task={task} onTick={tick} navigate={props.navigate} />
          ))}
        </ul>
      )}
      {ticked && (
        <p role="status" className="ticked">
          {t('task-ticked', { title: ticked.title })}{' '}
          <button type="button" onClick={() => tick(ticked, false)}>
            {t('task-undo')}
          </button>
        </p>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
