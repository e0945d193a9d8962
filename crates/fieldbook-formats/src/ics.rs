//! The portfolio as an iCalendar file (RFC 5545) for Outlook, Google Calendar
//! and Thunderbird: planned visits as timed events, open cases' SLA deadlines as
//! events at the deadline, the agenda's reminders and open tasks' due days as
//! all-day events.
//!
//! Written with the `icalendar` crate, which escapes text values and folds
//! lines at 75 octets; the lines are folded again here so that no fold falls
//! beside a space, because the crate's check for that miscounts multi-byte
//! text, and common readers trim the space at a line's end. Each event's UID is
//! the visit's, the reminder's or the task's id, or the case's id and the
//! clock's name for a deadline, so importing a newer export updates the events
//! instead of duplicating them. A case's response deadline is written only until
//! the client is first answered.
//! Visit times are written in UTC: RFC 5545 requires a VTIMEZONE definition for
//! every TZID used, which the crate does not generate, and a UTC time means the
//! same instant in every calendar. Nothing but the manager's own events is
//! written: no ATTENDEE or ORGANIZER, so importing never invites the client.
//! "Now" (DTSTAMP) is an argument, as everywhere in the core.

use autosurgeon::Hydrate;
use chrono::{Duration, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, Property};

use fieldbook_core::{CareReminder, CaseRow, ReminderAction, Task, agenda, case_rows, open_tasks};
use fieldbook_core::{
    Client, ClientId, PlannedStart, Portfolio, PortfolioError, Visit, VisitId, VisitPurpose, VisitStatus,
};
use fieldbook_core::{Date, Instant, Zone};

/// The domain after the ids in UIDs, so they are unique beyond this portfolio.
const UID_DOMAIN: &str = "fieldbook";

/// The planned visits, open cases' deadlines, open reminders and open tasks from
/// `from` for `days` days (days in time zone `zone`) as an iCalendar file, stamped
/// `now` (the SLA clocks stand as at `now`).
pub fn export_ics(
    portfolio: &Portfolio,
    from: Date,
    days: u32,
    zone: Zone,
    now: Instant,
) -> Result<String, PortfolioError> {
    let stamp = now.0.with_timezone(&Utc);
    let to = Date(from.0 + Duration::days(i64::from(days)));
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Fieldbook//Fieldbook//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&format!("Fieldbook — {}", portfolio.settings()?.manager_name));
    for visit in portfolio.views::<Visit, PlannedVisit>()? {
        if !visit.removed
            && visit.status == VisitStatus::Planned
            && from <= visit.planned.date
            && visit.planned.date < to
        {
            let client = portfolio.get_any::<Client>(&visit.client_id)?;
            if let Some(mut event) = visit_event(&visit, client.as_ref()) {
                calendar.push(event.timestamp(stamp).done());
            }
        }
    }
    for reminder in agenda(portfolio, from, days, zone)? {
        calendar.push(reminder_event(&reminder).timestamp(stamp).done());
    }
    let in_range = |at: Instant| from <= at.day_in(zone) && at.day_in(zone) < to;
    for case in case_rows(portfolio, now)?.into_iter().filter(|case| case.status.is_open()) {
        let unanswered = case.responded_at.is_none();
        let deadlines = [("response", case.response_due.filter(|_| unanswered)), ("resolution", case.resolution_due)];
        for (clock, due) in deadlines {
            if let Some(due) = due.filter(|due| in_range(*due)) {
                calendar.push(deadline_event(&case, clock, due).timestamp(stamp).done());
            }
        }
    }
    for task in open_tasks(portfolio)? {
        if let Some(due) = task.due.filter(|due| from <= *due && *due < to) {
            calendar.push(task_event(&task, due).timestamp(stamp).done());
        }
    }
    Ok(refold(&calendar.done().to_string()))
}

/// The longest content line, in octets, without its CRLF (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// Unfolds `text` and folds every line again at [`LINE_OCTETS`], on a character
/// boundary where neither side of the fold is white space (when the line allows).
fn refold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len() + text.len() / 20);
    for line in text.replace("\r\n ", "").split_terminator("\r\n") {
        let mut rest = line;
        let mut limit = LINE_OCTETS;
        while rest.len() > limit {
            let at = fold_point(rest, limit);
            folded.push_str(&rest[..at]);
            folded.push_str("\r\n ");
            rest = &rest[at..];
            limit = LINE_OCTETS - 1;
        }
        folded.push_str(rest);
        folded.push_str("\r\n");
    }
    folded
}

/// The last character boundary at or before `limit` octets not beside white space.
fn fold_point(line: &str, limit: usize) -> usize {
    let boundaries = || (1..=limit).rev().filter(|at| line.is_char_boundary(*at));
    let beside_space = |at: usize| {
        line[..at].chars().next_back().is_some_and(char::is_whitespace)
            || line[at..].chars().next().is_some_and(char::is_whitespace)
    };
    boundaries().find(|at| !beside_space(*at)).or_else(|| boundaries().next()).unwrap_or(limit)
}

/// What a visit's event needs of it: hydrating only these fields leaves out the
/// notes, which on a large portfolio are most of the cost of reading a visit.
#[derive(Hydrate)]
struct PlannedVisit {
    id: VisitId,
    client_id: ClientId,
    planned: PlannedStart,
    duration_min: u32,
    purpose: VisitPurpose,
    status: VisitStatus,
    removed: bool,
}

/// A planned visit as a timed event in UTC; `None` for a start clocks skip over.
fn visit_event(visit: &PlannedVisit, client: Option<&Client>) -> Option<Event> {
    let start = visit.planned.instant()?.0.with_timezone(&Utc);
    let end = start + Duration::minutes(i64::from(visit.duration_min));
    let mut event = Event::new();
    event
        .uid(&format!("{}@{UID_DOMAIN}", visit.id))
        .summary(client.map_or("", |c| c.name.as_str()))
        .description(&format!("{} ({})", visit.purpose, visit.planned.zone))
        .starts(CalendarDateTime::Utc(start))
        .ends(CalendarDateTime::Utc(end))
        .add_property("CATEGORIES", "visit");
    if let Some(address) = client.map(|c| c.address.trim()).filter(|a| !a.is_empty()) {
        event.location(address);
    }
    Some(event)
}

/// An open case's SLA deadline as a moment's event at the deadline.
fn deadline_event(case: &CaseRow, clock: &str, due: Instant) -> Event {
    let at = due.0.with_timezone(&Utc);
    let mut event = Event::new();
    event
        .uid(&format!("{}-{clock}@{UID_DOMAIN}", case.id))
        .summary(&format!("{clock} due: {} — {} ({})", case.client_name, case.category, case.severity))
        .starts(CalendarDateTime::Utc(at))
        .ends(CalendarDateTime::Utc(at))
        .add_property("CATEGORIES", "case");
    event
}

/// An open task as an all-day event on its due day.
fn task_event(task: &Task, due: Date) -> Event {
    let mut event = Event::new();
    event
        .uid(&format!("{}@{UID_DOMAIN}", task.id))
        .summary(&task.title)
        .starts(due.0)
        .ends(due.0 + Duration::days(1))
        .add_property("CATEGORIES", "task")
        .add_property("TRANSP", "TRANSPARENT");
    event
}

/// A reminder as an all-day event on its day.
fn reminder_event(reminder: &CareReminder) -> Event {
    let what = match &reminder.action {
        ReminderAction::Care(channel) => channel.to_string(),
        other => serde_json::to_value(other)
            .ok()
            .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
            .unwrap_or_default(),
    };
    let who = reminder.contact_name.as_deref().map_or(String::new(), |name| format!("{name}, "));
    let mut event = Event::new();
    event
        .uid(&format!("{}@{UID_DOMAIN}", reminder.id))
        .summary(format!("{what}: {who}{} {}", reminder.client_name, reminder.subject).trim_end())
        .starts(reminder.date.0)
        .ends(reminder.date.0 + Duration::days(1))
        .add_property("CATEGORIES", "reminder")
        .add_property("TRANSP", "TRANSPARENT");
    event
}
