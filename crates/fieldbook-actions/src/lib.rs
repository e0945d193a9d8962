//! What a field account manager does in Fieldbook — add or edit a client, plan
//! or log a visit, append a note, follow a complaint through, tick off a task, act on a reminder, draft greetings, plan a
//! day — as plain functions called alike by the `fieldbook` CLI and by the
//! desktop app's commands, so the two cannot disagree.
//!
//! Each action takes what the user gave as they gave it (text as typed, ids or
//! unique id prefixes, fields by name) and reads or writes the portfolio: a
//! read takes `&Portfolio`, a change takes `&mut Portfolio` and is one commit
//! (the shell runs it through `Replica::apply`, which makes it durable). Like
//! the core, actions never read the clock nor draw randomness of their own:
//! `now` and the source of new ids are arguments. Refusals are the core's
//! [`FieldError`](fieldbook_core::FieldError)s, naming the field.

mod cases;
mod clients;
mod contacts;
mod fields;
mod greetings;
mod planning;
mod reminders;
mod settings;
mod tasks;
mod visits;

pub use cases::{Actor, CaseFilter, CaseOpening, StepInput, list_cases, open_case, set_sla, show_case, take_step};
pub use clients::{ClientFilter, add_client, client_page, edit_client, list_clients, remove_client};
pub use contacts::{ContactFilter, add_contact, edit_contact, list_contacts, remove_contact};
pub use fields::FieldMap;
pub use greetings::{GreetingRequest, TemplateRow, draft_greetings, greeting_templates, mark_greetings_sent};
pub use planning::{DayPlanRequest, PlanMode, PlanStopInput, due_on, due_stops, plan_day, save_day};
pub use reminders::{Completed, complete_reminder, dismiss_reminder, snooze_reminder};
pub use settings::{CareChange, Setup, change_care_rules, new_settings, set_cadence, set_setting};
pub use tasks::{TaskFilter, add_task, edit_task, list_tasks, remove_task, tick_task};
pub use visits::{
    DEFAULT_DURATION_MIN, VisitFilter, VisitLog, append_note, cancel_visit, check_in, check_out, edit_visit,
    list_visits, log_visit, move_visit, plan_visit, record_outcome, save_notes, set_stage, visits_between,
};
