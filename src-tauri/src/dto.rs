//! The wire types of the IPC boundary: what the UI sends and what it gets back,
//! in `camelCase` JSON. Their TypeScript declarations in `ui/src/bindings/` are
//! generated from these with `ts-rs` (see [`bindings`]); never edit them by hand.
//!
//! Values travel in the text form users type and `set_field` reads (`2026-03-08`,
//! `12500.00 CNY`, `tag one; tag two`), so an inline edit sends back what it shows.

mod care;
mod cases;

pub use care::{BodyFormat, CareSettingsView, GreetingDraftView, HolidayOption, Notice, TierCareView};
pub use cases::{
    CaseDetailView, CaseEventView, CaseOpeningInput, CaseRowView, CaseStepInput, SlaTargetView, TaskView, sla_targets,
};
use fieldbook_core::{
    CareChannel, CareReminder, CaseChannel, CaseStatus, CaseStep, Client, ClientField, ClientPage, ClientRow,
    ClientStatus, ClockState, Contact, ContactField, FieldKind, FieldName, Fields, Language, Money, Region,
    ReminderAction, ReminderActionCode, ReminderKind, SearchHit, SearchHitKind, Settings, Severity, TaskField, Tier,
    Visit, VisitField, VisitPurpose, VisitStatus,
};
use fieldbook_replica::sync::{BackgroundStatus, SyncState};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::explain;
use crate::i18n::Messages;

mod team;
pub use team::{TeamClientView, TeamPortfolioView};

mod report;
pub use report::WeekReportView;

mod transfer;
pub use transfer::{ExportChoice, ExportedFile};

mod planning;
pub use planning::{
    CoverageView, DayPlanView, DueClientView, DueListView, PlannedStopView, UnassignedView, WeekReminderView,
};

/// The portfolio at a glance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioSummary {
    /// The manager who owns the portfolio.
    pub manager_name: String,
    /// How many live clients it holds.
    pub client_count: u32,
}

/// The manager's settings the app shows and edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsView {
    /// The manager's name.
    pub manager_name: String,
    /// Holiday region code.
    pub region: Region,
    /// UI language code.
    pub language: Language,
    /// IANA time zone.
    pub time_zone: String,
    /// Home as `LAT,LON`, empty when not set: where a day's route may start.
    pub home: String,
    /// Office as `LAT,LON`, empty when not set.
    pub office: String,
    /// Working hours, `HH:MM-HH:MM`.
    pub working_hours: String,
}

impl From<&Settings> for SettingsView {
    fn from(settings: &Settings) -> SettingsView {
        SettingsView {
            manager_name: settings.manager_name.clone(),
            region: settings.region,
            language: settings.language,
            time_zone: settings.time_zone.to_string(),
            home: settings.home.map(|p| p.to_string()).unwrap_or_default(),
            office: settings.office.map(|p| p.to_string()).unwrap_or_default(),
            working_hours: settings.working_hours.to_string(),
        }
    }
}

/// What the first-run screen asks for.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PortfolioSetup {
    /// The manager's name.
    pub manager_name: String,
    /// Holiday region code (CN, PL, AZ).
    pub region: String,
    /// UI language code (en, zh-CN, pl, az).
    pub language: String,
    /// IANA time zone.
    pub time_zone: String,
    /// When set, fills the new portfolio with a demo of this many clients.
    pub demo_clients: Option<u32>,
}

/// An amount of money.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MoneyView {
    /// Hundredths of the currency unit.
    #[ts(type = "number")]
    pub minor_units: i64,
    /// ISO 4217 code.
    pub currency: String,
}

impl From<&Money> for MoneyView {
    fn from(money: &Money) -> MoneyView {
        MoneyView { minor_units: money.minor_units, currency: money.currency.clone() }
    }
}

/// A client as a row of the portfolio table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientRowView {
    /// Client id.
    pub id: String,
    /// Company name.
    pub name: String,
    /// Line of business.
    pub industry: String,
    /// Tier A–D.
    pub tier: Tier,
    /// Relationship status code.
    pub status: ClientStatus,
    /// Day of the last visit made.
    pub last_contact: Option<String>,
    /// Day of the next planned visit.
    pub next_visit: Option<String>,
    /// Outstanding debt.
    pub arrears: Option<MoneyView>,
    /// Labels.
    pub tags: Vec<String>,
}

impl From<&ClientRow> for ClientRowView {
    fn from(row: &ClientRow) -> ClientRowView {
        let client = &row.client;
        ClientRowView {
            id: client.id.to_string(),
            name: client.name.clone(),
            industry: client.industry.clone(),
            tier: client.tier,
            status: client.status,
            last_contact: row.last_contact.map(|d| d.to_string()),
            next_visit: row.next_visit.map(|d| d.to_string()),
            arrears: client.arrears.as_ref().map(MoneyView::from),
            tags: client.tags.clone(),
        }
    }
}

/// A client's profile: every field of the client's table in its order, each in the
/// text form `set_client_field` reads back, so a field added to the table shows on the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientProfile {
    /// Client id.
    pub id: String,
    /// Company name, for the page's title.
    pub name: String,
    /// Every field, in the table's order.
    pub fields: Vec<FieldView<ClientField>>,
}

impl ClientProfile {
    /// The text of `field`, as the page shows it.
    pub fn value(&self, field: ClientField) -> &str {
        self.fields.iter().find(|f| f.field == field).map_or("", |f| f.value.as_str())
    }
}

impl From<&Client> for ClientProfile {
    fn from(client: &Client) -> ClientProfile {
        ClientProfile { id: client.id.to_string(), name: client.name.clone(), fields: FieldView::all(client) }
    }
}

/// One field of a record as a page shows it and edits it in place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FieldView<F> {
    /// The field, by its name.
    pub field: F,
    /// Its value as text, the form it is typed in.
    pub value: String,
    /// How it is typed in.
    pub kind: FieldKindView,
    /// The codes it takes, for a field of a few codes.
    pub choices: Vec<String>,
    /// Whether it follows from actions rather than being typed in.
    pub read_only: bool,
}

/// How a field is typed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum FieldKindView {
    /// One line of text.
    Line,
    /// Free text over several lines.
    Text,
    /// One of a few codes.
    Choice,
}

impl<F: FieldName> FieldView<F> {
    /// Every field of `record`, in the table's order.
    pub fn all<R: Fields<Field = F>>(record: &R) -> Vec<FieldView<F>> {
        F::ALL
            .iter()
            .map(|field| {
                let spec = R::spec(*field);
                let (kind, choices) = match spec.kind {
                    FieldKind::Line => (FieldKindView::Line, Vec::new()),
                    FieldKind::Text => (FieldKindView::Text, Vec::new()),
                    FieldKind::Choice(codes) => {
                        (FieldKindView::Choice, codes.iter().map(|c| (*c).to_owned()).collect())
                    }
                };
                FieldView { field: *field, value: (spec.show)(record), kind, choices, read_only: spec.read.is_none() }
            })
            .collect()
    }
}

/// A person at a client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactView {
    /// Contact id.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Job title.
    pub title: String,
    /// Whether this is the client's key person.
    pub key_person: bool,
    /// Phone numbers.
    pub phones: Vec<String>,
    /// Email address.
    pub email: Option<String>,
    /// Birthday as written (`1980-05-17`, `--05-17`, `lunar:08-15`).
    pub birthday: Option<String>,
    /// Likes and dislikes.
    pub preferences: Vec<String>,
    /// Free notes.
    pub notes: String,
}

impl From<&Contact> for ContactView {
    fn from(contact: &Contact) -> ContactView {
        ContactView {
            id: contact.id.to_string(),
            name: contact.name.clone(),
            title: contact.title.clone(),
            key_person: contact.key_person,
            phones: contact.phones.clone(),
            email: contact.email.clone(),
            birthday: contact.birthday.map(|b| b.to_string()),
            preferences: contact.preferences.clone(),
            notes: contact.notes.as_str().to_string(),
        }
    }
}

/// A visit, planned or made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitView {
    /// Visit id.
    pub id: String,
    /// The client visited.
    pub client_id: String,
    /// The client's name.
    pub client_name: String,
    /// Planned day, `YYYY-MM-DD`.
    pub date: String,
    /// Planned start, `HH:MM`.
    pub time: String,
    /// IANA time zone of the site.
    pub time_zone: String,
    /// Planned length in minutes.
    pub duration_min: u32,
    /// Purpose code.
    pub purpose: VisitPurpose,
    /// Status code.
    pub status: VisitStatus,
    /// Arrival, RFC 3339.
    pub check_in: Option<String>,
    /// Departure, RFC 3339.
    pub check_out: Option<String>,
    /// The notes taken.
    pub notes: String,
    /// What came of it.
    pub outcome: String,
    /// The sales stage it served, a stage code or null.
    pub stage: Option<String>,
    /// The complaint case it follows up, a case id or null.
    pub case_id: Option<String>,
    /// The arrears collected on it, `5000.00 CNY`; empty when none.
    pub collected: String,
}

impl VisitView {
    /// The view of `visit` to the client named `client_name`.
    pub fn new(visit: &Visit, client_name: &str) -> VisitView {
        VisitView {
            id: visit.id.to_string(),
            client_id: visit.client_id.to_string(),
            client_name: client_name.to_string(),
            date: visit.planned.date.to_string(),
            time: visit.planned.time.to_string(),
            time_zone: visit.planned.zone.to_string(),
            duration_min: visit.duration_min,
            purpose: visit.purpose,
            status: visit.status,
            check_in: visit.check_in.map(|at| at.to_string()),
            check_out: visit.check_out.map(|at| at.to_string()),
            notes: visit.notes.as_str().to_string(),
            outcome: visit.outcome.clone(),
            stage: visit.stage.map(|s| s.to_string()),
            case_id: visit.case_id.as_ref().map(ToString::to_string),
            collected: visit.collected.as_ref().map(ToString::to_string).unwrap_or_default(),
        }
    }
}

/// A client with its people and its visits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientDetail {
    /// The client's profile.
    pub profile: ClientProfile,
    /// Its contacts, key persons first.
    pub contacts: Vec<ContactView>,
    /// Its visits, oldest first.
    pub visits: Vec<VisitView>,
    /// The sales stage of its latest visit made with one.
    pub stage: Option<String>,
    /// Its cases, open ones by deadline first.
    pub cases: Vec<CaseRowView>,
    /// Its tasks, open ones soonest due first.
    pub tasks: Vec<TaskView>,
}

impl From<&ClientPage> for ClientDetail {
    fn from(page: &ClientPage) -> ClientDetail {
        ClientDetail {
            profile: ClientProfile::from(&page.client),
            contacts: page.contacts.iter().map(ContactView::from).collect(),
            visits: page.visits.iter().map(|v| VisitView::new(v, &page.client.name)).collect(),
            stage: page.stage.map(|s| s.to_string()),
            cases: Vec::new(),
            tasks: Vec::new(),
        }
    }
}

/// The manager's day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TodayView {
    /// The day, `YYYY-MM-DD`, in the manager's time zone.
    pub date: String,
    /// Visits planned for it.
    pub visits: Vec<VisitView>,
    /// Open follow-ups, soonest due first.
    pub tasks: Vec<TaskView>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchHitView {
    /// What matched.
    pub kind: SearchHitKind,
    /// Id of the record that matched.
    pub id: String,
    /// The client it belongs to.
    pub client_id: String,
    /// That client's name.
    pub client_name: String,
    /// The record's name.
    pub title: String,
    /// The text around the match.
    pub snippet: String,
}

impl From<&SearchHit> for SearchHitView {
    fn from(hit: &SearchHit) -> SearchHitView {
        SearchHitView {
            kind: hit.kind,
            id: hit.id.clone(),
            client_id: hit.client_id.to_string(),
            client_name: hit.client_name.clone(),
            title: hit.title.clone(),
            snippet: hit.snippet.clone(),
        }
    }
}

/// Where sync stands, as the status bar names it: the sync client's states, and
/// `not_configured` before this computer logs in to a sync server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SyncStateView {
    /// Not logged in to a sync server.
    NotConfigured,
    /// Not connected.
    Offline,
    /// Dialing the server.
    Connecting,
    /// Connected, changes on their way.
    Syncing,
    /// Connected, and both sides have each other's changes.
    UpToDate,
}

impl From<SyncState> for SyncStateView {
    fn from(state: SyncState) -> SyncStateView {
        match state {
            SyncState::Offline => SyncStateView::Offline,
            SyncState::Connecting => SyncStateView::Connecting,
            SyncState::Syncing => SyncStateView::Syncing,
            SyncState::UpToDate => SyncStateView::UpToDate,
        }
    }
}

/// Where sync stands, for the status bar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusView {
    /// `not_configured` until this computer logs in to a sync server.
    pub state: SyncStateView,
    /// The server logged in to.
    pub server: Option<String>,
    /// The user the portfolio syncs as.
    pub user: Option<String>,
    /// When the portfolio last synced (RFC 3339).
    pub last_synced: Option<String>,
    /// Changes saved here that the server has not confirmed yet.
    pub unsynced_changes: u32,
    /// Whether the portfolio is a team member's, which this user may only read.
    pub read_only: bool,
    /// Why the last attempt failed, in the manager's language.
    pub problem: Option<String>,
    /// Whether this user leads a team: the server says so, or team portfolios are kept here.
    pub lead: bool,
    /// Grows each time changes saved elsewhere (sync, the CLI) were taken in: the UI reloads then.
    pub revision: u32,
}

impl SyncStatusView {
    /// The view of `status` (`None`: not logged in) at `revision`, its problem in `messages`'
    /// language; `keeps_team` tells whether team portfolios are kept on this computer.
    pub fn new(
        status: Option<&BackgroundStatus>,
        revision: u32,
        keeps_team: bool,
        messages: &Messages,
    ) -> SyncStatusView {
        let Some(status) = status else {
            return SyncStatusView {
                state: SyncStateView::NotConfigured,
                server: None,
                user: None,
                last_synced: None,
                unsynced_changes: 0,
                read_only: false,
                problem: None,
                lead: keeps_team,
                revision,
            };
        };
        SyncStatusView {
            state: SyncStateView::from(status.sync.state),
            server: status.sync.server.clone(),
            user: status.sync.user.clone(),
            last_synced: status.sync.last_synced.clone(),
            unsynced_changes: u32::try_from(status.sync.unconfirmed_changes).unwrap_or(u32::MAX),
            read_only: status.sync.read_only,
            problem: status
                .problem
                .as_ref()
                .map(|problem| explain(&**problem, messages).unwrap_or_else(|| problem.to_string())),
            lead: keeps_team || status.role.as_deref() == Some("lead"),
            revision,
        }
    }
}

/// A care reminder on the Today view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReminderView {
    /// Stable id (`rm_…`), the same on every device.
    pub id: String,
    /// The day to act, `YYYY-MM-DD`.
    pub date: String,
    /// The day of the occasion (birthday, festival, contract end, due date).
    pub occasion_date: String,
    /// Why it is due.
    pub kind: ReminderKind,
    /// What to do.
    pub action: ReminderActionCode,
    /// The gift, as the care rules name it (`flowers`, `cake`), for a gift.
    pub gift: Option<String>,
    /// The client.
    pub client_id: String,
    /// The client's name.
    pub client_name: String,
    /// The key person, for care reminders.
    pub contact_name: Option<String>,
    /// The case, for case reminders.
    pub case_id: Option<String>,
    /// What it is about, in the manager's language (the festival, the age reached, the contract end).
    pub subject: String,
    /// Snoozed until this day, when it was.
    pub snoozed_until: Option<String>,
}

impl From<&CareReminder> for ReminderView {
    fn from(reminder: &CareReminder) -> ReminderView {
        let gift = match &reminder.action {
            ReminderAction::Care(CareChannel::Gift(gift)) => Some(gift.clone()),
            _ => None,
        };
        ReminderView {
            id: reminder.id.clone(),
            date: reminder.date.to_string(),
            occasion_date: reminder.occasion_date.to_string(),
            kind: reminder.kind,
            action: reminder.action.code(),
            gift,
            client_id: reminder.client_id.to_string(),
            client_name: reminder.client_name.clone(),
            contact_name: reminder.contact_name.clone(),
            case_id: reminder.case_id.as_ref().map(ToString::to_string),
            subject: reminder.subject.clone(),
            snoozed_until: reminder.snoozed_until.map(|day| day.to_string()),
        }
    }
}

/// The generated TypeScript of every wire type, as (file name, contents), for
/// writing `ui/src/bindings/` and for the test that keeps it current.
pub fn bindings() -> Result<Vec<(String, String)>, ts_rs::ExportError> {
    fn one<T: TS + 'static>() -> Result<(String, String), ts_rs::ExportError> {
        let config = ts_rs::Config::default();
        Ok((format!("{}.ts", T::ident(&config)), T::export_to_string(&config)?))
    }
    Ok(vec![
        one::<PortfolioSummary>()?,
        one::<SettingsView>()?,
        one::<PortfolioSetup>()?,
        one::<MoneyView>()?,
        one::<ClientRowView>()?,
        one::<ClientProfile>()?,
        one::<ContactView>()?,
        one::<VisitView>()?,
        one::<ClientDetail>()?,
        one::<TaskView>()?,
        one::<CaseRowView>()?,
        one::<CaseEventView>()?,
        one::<CaseDetailView>()?,
        one::<CaseOpeningInput>()?,
        one::<CaseStepInput>()?,
        one::<SlaTargetView>()?,
        one::<TodayView>()?,
        one::<SearchHitView>()?,
        one::<DueClientView>()?,
        one::<CoverageView>()?,
        one::<DueListView>()?,
        one::<fieldbook_actions::PlanStopInput>()?,
        one::<fieldbook_actions::PlanMode>()?,
        one::<fieldbook_actions::DayPlanRequest>()?,
        one::<PlannedStopView>()?,
        one::<UnassignedView>()?,
        one::<DayPlanView>()?,
        one::<WeekReminderView>()?,
        one::<SyncStatusView>()?,
        one::<TeamPortfolioView>()?,
        one::<WeekReportView>()?,
        one::<ExportChoice>()?,
        one::<ExportedFile>()?,
        one::<fieldbook_report::Report>()?,
        one::<fieldbook_report::Figure>()?,
        one::<fieldbook_report::Bar>()?,
        one::<fieldbook_report::DayBars>()?,
        one::<fieldbook_report::Section>()?,
        one::<fieldbook_report::RowLink>()?,
        one::<fieldbook_report::Record>()?,
        one::<TeamClientView>()?,
        one::<ReminderView>()?,
        one::<TierCareView>()?,
        one::<CareSettingsView>()?,
        one::<HolidayOption>()?,
        one::<fieldbook_actions::GreetingRequest>()?,
        one::<FieldView<ClientField>>()?,
        one::<FieldKindView>()?,
        one::<ClientField>()?,
        one::<ContactField>()?,
        one::<VisitField>()?,
        one::<TaskField>()?,
        one::<GreetingDraftView>()?,
        one::<SyncStateView>()?,
        one::<crate::error::CommandError>()?,
        one::<crate::error::ErrorCode>()?,
        one::<crate::error::CommandProblem>()?,
        one::<crate::error::PortfolioProblem>()?,
        // The core's, the sync client's and the planner's types the wire types above carry.
        one::<Region>()?,
        one::<Language>()?,
        one::<Tier>()?,
        one::<ClientStatus>()?,
        one::<VisitPurpose>()?,
        one::<VisitStatus>()?,
        one::<CaseStatus>()?,
        one::<CaseStep>()?,
        one::<CaseChannel>()?,
        one::<Severity>()?,
        one::<ClockState>()?,
        one::<SearchHitKind>()?,
        one::<ReminderKind>()?,
        one::<ReminderActionCode>()?,
        one::<fieldbook_planner::UnassignedReason>()?,
        one::<fieldbook_core::Problem>()?,
        one::<fieldbook_replica::sync::SyncError>()?,
    ])
}
