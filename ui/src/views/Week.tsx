// The week: planned and made visits in a calendar (@event-calendar/core), the
// care reminders due as all-day entries; drag a visit to another day or time to move it.
import '@event-calendar/core/index.css';
import { type Calendar, Interaction, TimeGrid, createCalendar, destroyCalendar } from '@event-calendar/core';
import { useEffect, useRef, useState } from 'react';
import type { CommandError } from '../bindings/CommandError';
import type { VisitView } from '../bindings/VisitView';
import type { WeekReminderView } from '../bindings/WeekReminderView';
import { useT } from '../i18n';
import { shell, toCommandError } from '../ipc';
import type { Navigate } from '../Workspace';

const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar date as `YYYY-MM-DD`, in the wall clock the calendar shows. */
const day = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
const clock = (at: Date) => `${pad(at.getHours())}:${pad(at.getMinutes())}`;

/** A visit as a calendar event, at its wall-clock time. */
function event(visit: VisitView): Calendar.EventInput {
  const [hours, minutes] = visit.time.split(':').map(Number);
  const end = new Date(`${visit.date}T00:00:00`);
  end.setHours(hours, minutes + visit.durationMin);
  return {
    id: visit.id,
    start: `${visit.date} ${visit.time}`,
    end: `${day(end)} ${clock(end)}`,
    title: visit.clientName,
    editable: visit.status === 'planned',
  };
}

/** A reminder as an all-day entry that cannot be dragged. */
function reminderEvent(reminder: WeekReminderView): Calendar.EventInput {
  const who = reminder.contactName ? `${reminder.clientName}, ${reminder.contactName}` : reminder.clientName;
  return { id: reminder.id, allDay: true, start: reminder.date, end: reminder.date, title: `${who}: ${reminder.subject}`, editable: false };
}

export function Week({ navigate, language }: { navigate: Navigate; language: string }) {
  const t = useT();
  const target = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<CommandError | null>(null);
  // The calendar lives across renders; it follows the latest `navigate` through this ref.
  const go = useRef(navigate);
  go.current = navigate;

  useEffect(() => {
    if (!target.current) return;
    const calendar: Calendar = createCalendar(target.current, [TimeGrid, Interaction], {
      view: 'timeGridWeek',
      locale: language,
      // The calendar's own words are English; these are the UI's.
      buttonText: (text: Record<string, string>) => ({ ...text, today: t('week-today'), prev: t('week-previous'), next: t('week-next') }),
      allDayContent: t('week-all-day'),
      firstDay: 1,
      slotMinTime: '07:00',
      slotMaxTime: '21:00',
      events: [],
      datesSet: (info) => {
        Promise.all([shell.visitsBetween(day(info.start), 7), shell.weekReminders(day(info.start), 7)]).then(
          ([visits, reminders]) => calendar.setOption('events', [...visits.map(event), ...reminders.map(reminderEvent)]),
          (e: unknown) => setError(toCommandError(e)),
        );
      },
      eventDrop: (info) => {
        const start = info.event.start;
        shell.moveVisit(String(info.event.id), day(start), clock(start)).then(
          () => setError(null),
          (e: unknown) => {
            info.revert();
            setError(toCommandError(e));
          },
        );
      },
      eventClick: (info) => {
        const id = String(info.event.id);
        if (id.startsWith('vi_')) go.current({ view: 'visit', visitId: id });
      },
    });
    return () => {
      void destroyCalendar(calendar);
    };
  }, [language]);

  return (
    <section aria-labelledby="week-title">
      <h1 id="week-title">{t('week-title')}</h1>
      {error && (
        <p role="alert" className="error">
          {error.message}
        </p>
      )}
      <div ref={target} className="week" />
    </section>
  );
}
