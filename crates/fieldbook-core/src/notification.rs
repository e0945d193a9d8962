//! Desktop notifications of the day's reminders: which to announce now, and
//! the record of those announced, kept in the document so that no reminder is
//! announced twice — not after a restart, and not on another device once the
//! two have synced.
//!
//! The record is the root map `reminder_notified` (`{ <reminder id>: <instant> }`),
//! added without a schema bump like `reminder_states` and read the same way:
//! when two devices created it concurrently, the union of both maps (the later
//! instant where both hold a reminder).
//!
//! A reminder counts as announced when it was announced on or after the day of
//! its notification time, in the manager's time zone. A snoozed reminder's
//! notification time moves to its new day, so it is announced once more there,
//! and once only; a notification time moved later on a day whose reminders were
//! announced already announces none of them again.

use std::collections::BTreeMap;

use autosurgeon::reconcile_prop;

use crate::agenda::{CareReminder, agenda};
use crate::error::PortfolioError;
use crate::portfolio::Portfolio;
use crate::values::{Date, Instant, Zone};

const NOTIFIED_KEY: &str = "reminder_notified";

/// Today's reminders (in `zone`) whose notification time has come by `now` and
/// that no device has announced yet.
pub fn reminders_to_notify(
    portfolio: &Portfolio,
    now: Instant,
    zone: Zone,
) -> Result<Vec<CareReminder>, PortfolioError> {
    let today = Date(now.0.with_timezone(&zone.0).date_naive());
    let notified = portfolio.notified_reminders()?;
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

impl Portfolio {
    /// When each announced reminder was announced, by reminder id.
    pub fn notified_reminders(&self) -> Result<BTreeMap<String, Instant>, PortfolioError> {
        self.union_of_maps_by(NOTIFIED_KEY, |read: &Instant, later: &Instant| later.0 > read.0)
    }

    /// Records that `reminders` were announced at `at`, in one commit; nothing
    /// to record (none given, or all announced already, days counted in `zone`)
    /// makes no commit.
    pub fn mark_notified(&mut self, reminders: &[CareReminder], at: Instant, zone: Zone) -> Result<(), PortfolioError> {
        let known = self.notified_reminders()?;
        let new: Vec<&str> = reminders.iter().filter(|r| !announced(r, &known, zone)).map(|r| r.id.as_str()).collect();
        if new.is_empty() {
            return Ok(());
        }
        self.act(format!("Notify reminders {}", new.join(", ")), |action| {
            let map = action.root_map(NOTIFIED_KEY)?;
            new.iter().try_for_each(|id| Ok(reconcile_prop(&mut action.portfolio.doc, &map, *id, at)?))
        })
    }
}
