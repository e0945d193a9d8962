//! What the manager does with a reminder: done (writing the care-log entry it
//! answers in the same commit), snoozed until a later day, or dismissed. Each is
//! one commit recording the reminder's state by id (see
//! [`crate::model::ReminderState`]), so every device agrees once synced.

use crate::care::CareReminder;
use crate::model::{
    Action, CareLogEntry, CareLogId, Portfolio, PortfolioError, ReminderState, ReminderStatus, reminder_states,
    set_reminder_state,
};
use crate::values::{Date, FieldError, Problem};

/// Marks `reminder` done on `on`, in one commit with the care-log entry it
/// answers (when it concerns a person): `entry` is that entry's id and `note` what was sent.
pub fn complete_reminder(
    portfolio: &mut Portfolio,
    reminder: &CareReminder,
    on: Date,
    entry: CareLogId,
    note: &str,
) -> Result<Option<CareLogId>, PortfolioError> {
    let log = reminder.care_log_entry(entry, on, note);
    let care_log_id = log.as_ref().map(|entry| entry.id.clone());
    let state = ReminderState {
        status: ReminderStatus::Done,
        snoozed_until: None,
        on,
        care_log_id: care_log_id.clone(),
        due: None,
    };
    portfolio.act(format!("Complete reminder {}", reminder.id), |action: &mut Action<'_>| {
        if let Some(entry) = &log {
            action.insert::<CareLogEntry>(entry)?;
        }
        set_reminder_state(action, &reminder.id, &state)
    })?;
    Ok(care_log_id)
}

/// Snoozes `reminder` on `on` until `until`, in one commit. The state keeps
/// the day the reminder was due before any snooze, so that the agenda finds
/// it on `until` whatever range it covers.
pub fn snooze_reminder(
    portfolio: &mut Portfolio,
    reminder: &CareReminder,
    on: Date,
    until: Date,
) -> Result<(), PortfolioError> {
    if until <= on {
        return Err(FieldError::refused(
            "until",
            Problem::NotAfter { value: until.to_string(), after: on.to_string() },
        )
        .into());
    }
    let earlier = reminder_states(portfolio)?.remove(&reminder.id).and_then(|state| state.due);
    let due = match reminder.snoozed_until {
        Some(_) => earlier.unwrap_or(reminder.date),
        None => reminder.date,
    };
    let state = ReminderState {
        status: ReminderStatus::Snoozed,
        snoozed_until: Some(until),
        on,
        care_log_id: None,
        due: Some(due),
    };
    let id = &reminder.id;
    portfolio.act(format!("Snooze reminder {id}"), |action| set_reminder_state(action, id, &state))
}

/// Dismisses reminder `id`, in one commit.
pub fn dismiss_reminder(portfolio: &mut Portfolio, id: &str, on: Date) -> Result<(), PortfolioError> {
    let state =
        ReminderState { status: ReminderStatus::Dismissed, snoozed_until: None, on, care_log_id: None, due: None };
    portfolio.act(format!("Dismiss reminder {id}"), |action| set_reminder_state(action, id, &state))
}
