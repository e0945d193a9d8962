//! Desktop notifications of the day's reminders: which to announce now, and
//! the record of those announced, kept in the document so that no reminder is
//! announced twice — not after a restart, and not on another device once the
//! two have synced.
//!
//! The record is the root map `reminder_notified` (see [`crate::model::notified_reminders`]):
//! when two devices created it concurrently, the union of both maps (the later
//! instant where both hold a reminder).
//!
//! A reminder counts as announced when it was announced on or after the day of
//! its notification time, in the manager's time zone. A snoozed reminder's
//! notification time moves to its new day, so it is announced once more there,
//! and once only; a notification time moved later on a day whose reminders were
//! announced already announces none of them again.

use std::collections::BTreeMap;

use crate::care::{CareReminder, agenda};
use crate::model::{Portfolio, PortfolioError, notified_reminders, set_notified};
use crate::values::{Date, Instant, Zone};

/// Today's reminders (in `zone`) whose notification time has come by `now` and
/// that no device has announced yet.
pub fn reminders_to_notify(
    portfolio: &Portfolio,
    now: Instant,
    zone: Zone,
) -> Result<Vec<CareReminder>, PortfolioError> {
    let today = Date(now.0.with_timezone(&zone.0).date_naive());
    let notified = notified_reminders(portfolio)?;
    Ok(agenda(portfolio, today, 1, zone)?
        .into_iter()
        .filter(|reminder| reminder.notify_at.0 <= now.0 && !announced(reminder, &notified, zone))
        .collect())
}

/// Whether `reminder` was announced on or after the day (in `zone`) of its (possibly
/// snoozed) notification time.
fn announced(reminder: &CareReminder, notified: &BTreeMap<String, Instant>, zone: Zone) -> bool {
    let day = |instant: &Instant| instant.0.with_timezone(&zone.0).date_naive();
    notified.get(&reminder.id).is_some_and(|at| day(at) >= day(&reminder.notify_at))
}

/// Records that `reminders` were announced at `at`, in one commit; nothing
/// to record (none given, or all announced already, days counted in `zone`)
/// makes no commit.
pub fn mark_notified(
    portfolio: &mut Portfolio,
    reminders: &[CareReminder],
    at: Instant,
    zone: Zone,
) -> Result<(), PortfolioError> {
    let known = notified_reminders(portfolio)?;
    let new: Vec<&str> = reminders.iter().filter(|r| !announced(r, &known, zone)).map(|r| r.id.as_str()).collect();
    if new.is_empty() {
        return Ok(());
    }
    portfolio.act(format!("Notify reminders {}", new.join(", ")), |action| set_notified(action, &new, at))
}
