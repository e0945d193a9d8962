// Follow-up tasks as the client page, the case page and Today show them: each with a
// checkbox that ticks it done (or not done again), its due day, overdue ones marked;
// and the form that adds one, linked to a client, a case or both.
import { type FormEvent, useState } from 'react';
import type { TaskField } from '../bindings/TaskField';
import type { TaskView } from '../bindings/TaskView';
import { useFormat, useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import type { Navigate } from '../Workspace';

/** One task: its checkbox (shown but disabled with no `onTick`), title, client (when asked),
 * due day and whether it is overdue. */
export function TaskItem(props: {
  task: TaskView;
  onTick?: (task: TaskView, done: boolean) => void;
  /** Links the task's client when given (Today, where tasks of every client show). */
  navigate?: Navigate;
}) {
  const t = useT();
  const format = useFormat();
  const { task, navigate } = props;
  const className = [task.done ? 'done' : '', task.overdue ? 'overdue' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <li className={className} aria-label={task.title}>
      <label className="check">
        <input
          type="checkbox"
          checked={task.done}
          disabled={!props.onTick}
          aria-label={t('task-done-label', { title: task.title })}
          onChange={(e) => props.onTick?.(task, e.target.checked)}
        />
        <span className="task-title">{task.title}</span>
      </label>
      {navigate && task.clientId && task.clientName && (
        <>
          {' · '}
          <button type="button" className="link" onClick={() => task.clientId && navigate({ view: 'client', clientId: task.clientId })}>
            {task.clientName}
          </button>
        </>
      )}
      {task.due && <span className="muted"> · {t('task-due', { date: format.date(task.due) })}</span>}
      {task.overdue && <span className="flag overdue">⚠ {t('task-overdue')}</span>}
    </li>
  );
}

/**
 * A list of tasks ticked in place: each tick is one `tick_task`, then `onChanged`
 * (the owner reloads); a refusal shows under the list. With no `onChanged`, a list to read.
 */
export function TaskList(props: { tasks: TaskView[]; label: string; onChanged?: () => void; navigate?: Navigate }) {
  const t = useT();
  const [error, setError] = useState('');
  const tick = (task: TaskView, done: boolean) =>
    shell.tickTask(task.id, done).then(
      () => {
        setError('');
        props.onChanged?.();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  return (
    <>
      {props.tasks.length === 0 ? (
        <p>{t('tasks-none')}</p>
      ) : (
        <ul className="tasks" aria-label={props.label}>
          {props.tasks.map((task) => (
            <TaskItem key={task.id} task={task} onTick={props.onChanged && tick} navigate={props.navigate} />
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}

/** Adds a task with a title and an optional due day, linked as `links` says (its client, its case). */
export function AddTask(props: { links: { [key in TaskField]?: string }; onAdded: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    shell.addTask({ ...props.links, title, ...(due ? { due } : {}) }).then(
      () => {
        setTitle('');
        setDue('');
        setError('');
        props.onAdded();
      },
      (e: unknown) => setError(toCommandError(e).message),
    );
  };
  return (
    <form className="row-form" onSubmit={submit} aria-label={t('task-add')}>
      <label>
        {t('task-title')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        {t('task-due-date')}
        <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <button type="submit">{t('task-add-submit')}</button>
      {error && <span role="alert">{error}</span>}
    </form>
  );
}
