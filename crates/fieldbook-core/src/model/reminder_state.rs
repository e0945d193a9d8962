//! Reminder state: what the manager did with a computed reminder — done,
//! snoozed until a day, or dismissed — and when it was announced, kept in the
//! portfolio document by reminder id so that it syncs to every device.
//!
//! The states live in the root map `reminder_states` (`{ <reminder id>: ReminderState }`),
//! the announcements in `reminder_notified` (`{ <reminder id>: <instant> }`).
//! Adding them is schema-compatible, so `schema_version` stays 1: older builds
//! ignore the keys, and a document without them simply has none. A map is
//! created by the first action that needs it; two devices may both create it
//! offline, and Automerge then keeps both maps as a conflict — reads take the
//! union of every conflicting map, so no state is lost.

use std::collections::BTreeMap;

use autosurgeon::{Hydrate, Reconcile, reconcile_prop};
use serde::{Deserialize, Serialize};

use crate::model::{Action, CareLogId, Portfolio, PortfolioError};
use crate::values::{Date, FieldError, Instant, Problem};

const STATES_KEY: &str = "reminder_states";

/// What was done with a reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(rename_all = "snake_case")]
pub enum ReminderStatus {
    /// Acted on.
    #[autosurgeon(rename = "done")]
    Done,
    /// Put off until `snoozed_until`.
    #[autosurgeon(rename = "snoozed")]
    Snoozed,
    /// Not to be acted on.
    #[autosurgeon(rename = "dismissed")]
    Dismissed,
}

/// The state of one reminder, by its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct ReminderState {
    /// Done, snoozed or dismissed.
    pub status: ReminderStatus,
    /// The day a snoozed reminder comes back.
    pub snoozed_until: Option<Date>,
    /// The day the manager changed it.
    pub on: Date,
    /// The care-log entry written when it was done, if any.
    pub care_log_id: Option<CareLogId>,
    /// For a snoozed reminder, the day it was due before any snooze, from which
    /// the agenda regenerates it on the day it comes back. Missing in states
    /// written before it was recorded.
    #[autosurgeon(missing = "Option::default")]
    #[serde(default)]
    pub due: Option<Date>,
}

/// Every reminder state, by reminder id.
pub fn reminder_states(portfolio: &Portfolio) -> Result<BTreeMap<String, ReminderState>, PortfolioError> {
    portfolio.union_of_maps(STATES_KEY)
}

/// Writes the state of reminder `id`, creating the states map if the document has none.
pub fn set_reminder_state(action: &mut Action<'_>, id: &str, state: &ReminderState) -> Result<(), PortfolioError> {
    if id.trim().is_empty() {
        return Err(FieldError::refused("reminder", Problem::EmptyId).into());
    }
    let map = action.root_map(STATES_KEY)?;
    Ok(reconcile_prop(&mut action.portfolio.doc, &map, id, state)?)
}

const NOTIFIED_KEY: &str = "reminder_notified";

/// When each announced reminder was announced, by reminder id (the later instant
/// where two devices recorded one).
pub fn notified_reminders(portfolio: &Portfolio) -> Result<BTreeMap<String, Instant>, PortfolioError> {
    portfolio.union_of_maps_by(NOTIFIED_KEY, |read: &Instant, later: &Instant| later.0 > read.0)
}

/// Records that the reminders `ids` were announced at `at`.
pub(crate) fn set_notified(action: &mut Action<'_>, ids: &[&str], at: Instant) -> Result<(), PortfolioError> {
    let map = action.root_map(NOTIFIED_KEY)?;
    ids.iter().try_for_each(|id| Ok(reconcile_prop(&mut action.portfolio.doc, &map, *id, at)?))
}
