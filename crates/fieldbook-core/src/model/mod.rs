//! The model: the portfolio document ([`Portfolio`]) and the records kept in it,
//! their ids, their fields as typed ([`fields`](crate::model)), settings, care
//! rules, greeting templates and reminder states. Every change is a user action:
//! one commit, or none.

mod care_log;
mod care_rules;
mod case;
mod client;
mod contact;
mod error;
mod fields;
mod greeting_template;
mod portfolio;
mod record;
mod reminder_state;
mod settings;
mod sla;
mod task;
mod upgrade;
mod views;
mod visit;

pub use care_log::{CareChannel, CareLogEntry, Occasion};
pub use care_rules::{CareOccasion, CareRule, CareRules, MAX_LEAD_DAYS, MAX_RENEWAL_DAYS, TierCare, rules_text};
pub use case::{
    Case, CaseChannel, CaseEvent, CaseStatus, CaseStep, REOPEN_WITHIN_DAYS, Severity, Timeline, TimelineEntry,
};
pub use client::{Client, ClientField, ClientStatus, Tier};
pub use contact::{Contact, ContactField};
pub use error::PortfolioError;
pub use fields::{
    Column, FieldKind, FieldName, Fields, Joiner, Reader, Reading, Spec, Split, field_text, find_field, name_key,
    set_known_field, set_named,
};
pub(crate) use fields::{assign, field_names, optional, text_of};
pub use greeting_template::{GREETING_OCCASIONS, PLACEHOLDERS, check_template};
pub use portfolio::{Action, Portfolio, SCHEMA_VERSION};
pub use record::{CareLogId, CaseEventId, CaseId, ClientId, ContactId, Record, RecordId, TaskId, VisitId};
pub(crate) use record::{record_basics, require_text};
pub(crate) use reminder_state::set_notified;
pub use reminder_state::{ReminderState, ReminderStatus, notified_reminders, reminder_states, set_reminder_state};
pub use settings::{Cadence, Settings, SettingsField};
pub use sla::{AT_RISK_PERCENT, CaseSla, ClockState, SlaClock, SlaPolicies, SlaTarget, case_sla};
pub use task::{Task, TaskField};
pub(crate) use views::{KeyPerson, Owner, PlannedDay, key_persons, records_of_case};
pub use visit::{PlannedStart, SalesStage, Visit, VisitField, VisitPurpose, VisitStatus};
