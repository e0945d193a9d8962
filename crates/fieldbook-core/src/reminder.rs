//! Reminder state: what the manager did with a computed reminder — done,
//! snoozed until a day, or dismissed — kept in the portfolio document by
//! reminder id so that it syncs to every device.
//!
//! The states live in the root map `reminder_states` (`{ <reminder id>: ReminderState }`).
//! Adding it is schema-compatible, so `schema_version` stays 1: older builds
//! ignore the key, and a document without it simply has no states. The map is
//! created by the first action that needs it; two devices may both create it
//! offline, and Automerge then keeps both maps as a conflict — reads take the
//! union of every conflicting map, so no state is lost.

use std::collections::BTreeMap;

use automerge::{ObjId, ObjType, ROOT, ReadDoc, Value, transaction::Transactable};
use autosurgeon::{Hydrate, Reconcile, hydrate_prop, reconcile_prop};
use serde::{Deserialize, Serialize};

use crate::Problem;
use crate::agenda::CareReminder;
use crate::care::CareLogEntry;
use crate::error::{FieldError, PortfolioError};
use crate::portfolio::{Action, Portfolio};
use crate::record::CareLogId;
use crate::values::Date;

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

impl Portfolio {
    /// Every reminder state, by reminder id.
    pub fn reminder_states(&self) -> Result<BTreeMap<String, ReminderState>, PortfolioError> {
        self.union_of_maps(STATES_KEY)
    }

    /// Marks `reminder` done on `on`, in one commit with the care-log entry it
    /// answers (when it concerns a person): `entry` is that entry's id and `note` what was sent.
    pub fn complete_reminder(
        &mut self,
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
        self.act(format!("Complete reminder {}", reminder.id), |action| {
            if let Some(entry) = &log {
                action.insert::<CareLogEntry>(entry)?;
            }
            action.set_reminder_state(&reminder.id, &state)
        })?;
        Ok(care_log_id)
    }

    /// Snoozes `reminder` on `on` until `until`, in one commit. The state keeps
    /// the day the reminder was due before any snooze, so that the agenda finds
    /// it on `until` whatever range it covers.
    pub fn snooze_reminder(&mut self, reminder: &CareReminder, on: Date, until: Date) -> Result<(), PortfolioError> {
        if until <= on {
            return Err(FieldError::refused(
                "until",
                Problem::NotAfter { value: until.to_string(), after: on.to_string() },
            )
            .into());
        }
        let earlier = self.reminder_states()?.remove(&reminder.id).and_then(|state| state.due);
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
        self.act(format!("Snooze reminder {id}"), |action| action.set_reminder_state(id, &state))
    }

    /// Dismisses reminder `id`, in one commit.
    pub fn dismiss_reminder(&mut self, id: &str, on: Date) -> Result<(), PortfolioError> {
        let state =
            ReminderState { status: ReminderStatus::Dismissed, snoozed_until: None, on, care_log_id: None, due: None };
        self.act(format!("Dismiss reminder {id}"), |action| action.set_reminder_state(id, &state))
    }

    /// The entries of every map stored under the root key `key` (more than one
    /// after concurrent creation); a key held by two is read from the map that
    /// wins the conflict, the one [`Action::root_map`] writes to.
    pub(crate) fn union_of_maps<T: Hydrate>(&self, key: &str) -> Result<BTreeMap<String, T>, PortfolioError> {
        self.union_of_maps_by(key, |_, _| false)
    }

    /// Like [`Portfolio::union_of_maps`], but a later map's value replaces the
    /// one read so far when `replaces(read, later)` says so.
    pub(crate) fn union_of_maps_by<T: Hydrate>(
        &self,
        key: &str,
        replaces: impl Fn(&T, &T) -> bool,
    ) -> Result<BTreeMap<String, T>, PortfolioError> {
        // `get_all` lists the conflict's winner last.
        let maps = self
            .doc
            .get_all(ROOT, key)?
            .into_iter()
            .rev()
            .filter_map(|(value, id)| matches!(value, Value::Object(ObjType::Map)).then_some(id));
        let mut union: BTreeMap<String, T> = BTreeMap::new();
        for map in maps {
            for entry in self.doc.keys(&map) {
                let value: T = hydrate_prop(&self.doc, &map, entry.as_str())?;
                match union.get(&entry) {
                    Some(read) if !replaces(read, &value) => {}
                    _ => {
                        union.insert(entry, value);
                    }
                }
            }
        }
        Ok(union)
    }
}

impl Action<'_> {
    /// Writes the state of reminder `id`, creating the states map if the document has none.
    pub fn set_reminder_state(&mut self, id: &str, state: &ReminderState) -> Result<(), PortfolioError> {
        if id.trim().is_empty() {
            return Err(FieldError::refused("reminder", Problem::EmptyId).into());
        }
        let map = self.root_map(STATES_KEY)?;
        Ok(reconcile_prop(&mut self.portfolio.doc, &map, id, state)?)
    }

    /// The map under the root key `key`, created if the document has none.
    pub(crate) fn root_map(&mut self, key: &str) -> Result<ObjId, PortfolioError> {
        Ok(match self.portfolio.doc.get(ROOT, key)? {
            Some((Value::Object(ObjType::Map), map)) => map,
            _ => self.portfolio.doc.put_object(ROOT, key, ObjType::Map)?,
        })
    }
}
