//! Acting on a care reminder: done (with the care-log entry it answers),
//! snoozed to a later day, or dismissed. The day it happens is today in the
//! manager's zone unless the user gives one (`--on` in the CLI).

use fieldbook_core::{CareLogId, CareReminder, Date, Instant, Portfolio, PortfolioError, RecordId, find_reminder};
use rand::Rng;

use crate::fields::{day, day_or_today};

/// A reminder marked done, and the care-log entry written for it (a reminder about a person).
#[derive(Debug, Clone)]
pub struct Completed {
    /// The reminder.
    pub reminder: CareReminder,
    /// The care-log entry, if one was written.
    pub care_log: Option<CareLogId>,
}

/// Marks the reminder `reminder` (an id or a unique prefix) done on the day `on`
/// (today when `None`), noting `note`, in one commit with its care-log entry.
pub fn complete_reminder(
    portfolio: &mut Portfolio,
    reminder: &str,
    on: Option<&str>,
    note: &str,
    now: Instant,
    ids: &mut impl Rng,
) -> Result<Completed, PortfolioError> {
    let (reminder, on) = reminder_on(portfolio, reminder, on, now)?;
    let care_log = fieldbook_core::complete_reminder(portfolio, &reminder, on, CareLogId::generate(ids), note)?;
    Ok(Completed { reminder, care_log })
}

/// Puts the reminder `reminder` off from the day `on` until `until` (the day after
/// `on` when `None`); answers it and the day it comes back.
pub fn snooze_reminder(
    portfolio: &mut Portfolio,
    reminder: &str,
    on: Option<&str>,
    until: Option<&str>,
    now: Instant,
) -> Result<(CareReminder, Date), PortfolioError> {
    let (reminder, on) = reminder_on(portfolio, reminder, on, now)?;
    let until = match until {
        Some(text) => day("until", text)?,
        None => Date(on.0 + chrono::Duration::days(1)),
    };
    fieldbook_core::snooze_reminder(portfolio, &reminder, on, until)?;
    Ok((reminder, until))
}

/// Dismisses the reminder `reminder` for good on the day `on`.
pub fn dismiss_reminder(
    portfolio: &mut Portfolio,
    reminder: &str,
    on: Option<&str>,
    now: Instant,
) -> Result<CareReminder, PortfolioError> {
    let (reminder, on) = reminder_on(portfolio, reminder, on, now)?;
    fieldbook_core::dismiss_reminder(portfolio, &reminder.id, on)?;
    Ok(reminder)
}

/// The reminder `id` names around the day it is acted on, and that day.
fn reminder_on(
    portfolio: &Portfolio,
    id: &str,
    on: Option<&str>,
    now: Instant,
) -> Result<(CareReminder, Date), PortfolioError> {
    let settings = portfolio.settings()?;
    let on = day_or_today("on", on, now, &settings)?;
    Ok((find_reminder(portfolio, id, on, settings.time_zone)?, on))
}
