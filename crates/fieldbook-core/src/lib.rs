//! Fieldbook's domain: a field account manager's portfolio — clients, their
//! people, visits, complaints, follow-ups and care — kept in one Automerge
//! document, with the actions that change it and the queries that read it.
//!
//! This crate does no IO and never reads the clock: "today", time zones,
//! randomness for new ids and file contents are all passed in. The local store,
//! the sync client, the CLI and the desktop app build on it.
//!
//! ```
//! use fieldbook_core::{Client, ClientId, Portfolio, RecordId, Region, Settings, Tier};
//! use automerge::ActorId;
//!
//! let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random())?;
//! let id = ClientId::generate(&mut rand::rng());
//! portfolio.add(Client::new(id.clone(), "华东电力集团", Tier::A))?;
//! assert_eq!(portfolio.get::<Client>(&id)?.name, "华东电力集团");
//! # Ok::<(), fieldbook_core::PortfolioError>(())
//! ```

mod agenda;
mod birthday;
mod cadence;
mod calendars;
mod care;
mod care_rules;
mod case;
mod client;
mod client_list;
mod contact;
mod demo;
mod derived;
mod error;
mod fields;
mod greeting;
mod holiday;
mod ics;
mod import;
mod interchange;
mod notification;
mod overview;
mod portfolio;
mod record;
mod reminder;
mod search;
mod search_index;
mod settings;
mod task;
mod values;
mod visit;

pub use agenda::{CareReminder, ReminderAction, ReminderKind, agenda, find_reminder};
pub use automerge::{ActorId, ChangeHash};
pub use autosurgeon::Text;
pub use birthday::BirthdayOccurrence;
pub use cadence::{DueClient, DueList, TierCoverage, WEEK_DAYS, WorkingDays, due_list, last_contacts};
pub use calendars::{
    CalendarDateError, LunarFallback, chinese_to_gregorian, easter, gregorian_to_chinese, has_leap_month,
    hijri_to_gregorian,
};
pub use care::{CareChannel, CareLogEntry, Occasion};
pub use care_rules::{CareOccasion, CareRule, CareRules, MAX_LEAD_DAYS, MAX_RENEWAL_DAYS, TierCare, rules_text};
pub use case::{Case, CaseChannel, CaseEvent, CaseStatus, Severity};
pub use client::{Client, ClientStatus, Tier};
pub use client_list::{ClientList, ClientRow, ClientSummary};
pub use contact::{Birthday, Contact};
pub use demo::{ClientMix, DemoSpec, DemoSummary, generate_demo};
pub use derived::Derived;
pub use error::{FieldError, PortfolioError, Problem};
pub use fields::{CLIENT_FIELDS, SETTINGS_FIELDS, VISIT_FIELDS};
pub use greeting::{
    GREETING_OCCASIONS, GreetingDraft, PLACEHOLDERS, check_template, draft_birthday_greetings, draft_holiday_greetings,
    greetings_csv,
};
pub use holiday::{CalendarError, DayKind, Holiday, HolidayCalendar, HolidayNames, holidays, is_non_working_day};
pub use ics::export_ics;
pub use import::{
    HeaderProblem, ImportError, RowError, SourceEncoding, decode_csv, import_clients, import_contacts, parse_clients,
    parse_contacts,
};
pub use interchange::{EXPORT_FORMAT, ExportError, export_csv, export_json};
pub use notification::reminders_to_notify;
pub use overview::{ClientPage, Today};
pub use portfolio::{Action, Portfolio, SCHEMA_VERSION};
pub use record::{CareLogId, CaseId, ClientId, ContactId, Record, RecordId, TaskId, VisitId};
pub use reminder::{ReminderState, ReminderStatus};
pub use search::{SearchHit, SearchHitKind};
pub use search_index::SearchIndex;
pub use settings::{Cadence, Language, Region, Settings};
pub use task::Task;
pub use values::{Date, DayWindow, GeoPoint, Instant, Money, TimeOfDay, Zone};
pub use visit::{PlannedStart, SalesStage, Visit, VisitPurpose, VisitStatus};
