//! The wire types of the IPC boundary: what the UI sends and what it gets back,
//! in `camelCase` JSON. Their TypeScript declarations in `ui/src/bindings/` are
//! generated from these with `ts-rs` (see [`bindings`]); never edit them by hand.
//!
//! Values travel in the text form users type and `set_field` reads (`2026-03-08`,
//! `12500.00 CNY`, `tag one; tag two`), so an inline edit sends back what it shows.

mod care;

pub use care::{BodyFormat, CareSettingsView, GreetingDraftView, GreetingRequest, HolidayOption, Notice, TierCareView};
use fieldbook_core::{
    CareChannel, CareReminder, Client, ClientPage, ClientRow, Contact, Money, ReminderAction, SearchHit, SearchHitKind,
    Settings, Task, Visit,
};
use fieldbook_replica::sync::{BackgroundStatus, SyncState};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::sync_problem_message;
use crate::i18n::Messages;

mod team;
pub use team::{TeamClientView, TeamPortfolioView};

mod planning;
pub use planning::{
    CoverageView, DayPlanRequest, DayPlanView, DueClientView, DueListView, PlanMode, PlanStopInput, PlannedStopView,
    UnassignedView, WeekReminderView,
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
    #[ts(type = "\"CN\" | \"PL\" | \"AZ\"")]
    pub region: String,
    /// UI language code.
    #[ts(type = "\"en\" | \"zh-CN\" | \"pl\" | \"az\"")]
    pub language: String,
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
            region: settings.region.to_string(),
            language: settings.language.to_string(),
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
    #[ts(type = "\"A\" | \"B\" | \"C\" | \"D\"")]
    pub tier: String,
    /// Relationship status code.
    #[ts(type = "\"prospect\" | \"active\" | \"at_risk\" | \"lost\"")]
    pub status: String,
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
            tier: client.tier.to_string(),
            status: client.status.to_string(),
            last_contact: row.last_contact.map(|d| d.to_string()),
            next_visit: row.next_visit.map(|d| d.to_string()),
            arrears: client.arrears.as_ref().map(MoneyView::from),
            tags: client.tags.clone(),
        }
    }
}

/// A client's profile, each field in the text form `set_client_field` reads back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClientProfile {
    /// Client id.
    pub id: String,
    /// Company name.
    pub name: String,
    /// Line of business.
    pub industry: String,
    /// Tier A–D.
    #[ts(type = "\"A\" | \"B\" | \"C\" | \"D\"")]
    pub tier: String,
    /// Relationship status code.
    #[ts(type = "\"prospect\" | \"active\" | \"at_risk\" | \"lost\"")]
    pub status: String,
    /// Street address.
    pub address: String,
    /// `LAT,LON` or empty.
    pub location: String,
    /// `HH:MM-HH:MM` or empty.
    pub office_hours: String,
    /// `YYYY-MM-DD` or empty.
    pub contract_start: String,
    /// `YYYY-MM-DD` or empty.
    pub contract_end: String,
    /// `AMOUNT CURRENCY` or empty.
    pub arrears: String,
    /// `YYYY-MM-DD` or empty.
    pub arrears_due: String,
    /// Tags separated by `; `.
    pub tags: String,
    /// What the competition offers.
    pub competitor_notes: String,
}

/// Text of an optional value, empty when absent.
fn text_of<T: ToString>(value: &Option<T>) -> String {
    value.as_ref().map(ToString::to_string).unwrap_or_default()
}

impl From<&Client> for ClientProfile {
    fn from(client: &Client) -> ClientProfile {
        ClientProfile {
            id: client.id.to_string(),
            name: client.name.clone(),
            industry: client.industry.clone(),
            tier: client.tier.to_string(),
            status: client.status.to_string(),
            address: client.address.clone(),
            location: client.location.map(|p| p.to_string()).unwrap_or_default(),
            office_hours: text_of(&client.office_hours),
            contract_start: text_of(&client.contract_start),
            contract_end: text_of(&client.contract_end),
            arrears: text_of(&client.arrears),
            arrears_due: text_of(&client.arrears_due),
            tags: client.tags.join("; "),
            competitor_notes: client.competitor_notes.as_str().to_string(),
        }
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

/// A new contact, as the client page's form gives it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewContact {
    /// Full name.
    pub name: String,
    /// Job title ("" for none).
    pub title: String,
    /// Whether this is the client's key person.
    pub key_person: bool,
    /// Birthday as written (`1980-05-17`, `--05-17`, `lunar:leap:04-12`; "" for none).
    pub birthday: String,
}

impl NewContact {
    /// The given fields as (`set_field` name, value) pairs; the name always, the rest when set.
    pub fn fields(&self) -> Vec<(&'static str, &str)> {
        let mut fields = vec![("name", self.name.as_str()), ("title", self.title.as_str())];
        if self.key_person {
            fields.push(("key_person", "yes"));
        }
        if !self.birthday.trim().is_empty() {
            fields.push(("birthday", self.birthday.as_str()));
        }
        fields
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
    #[ts(type = "\"routine\" | \"care\" | \"sales_step\" | \"complaint_follow_up\" | \"collection\"")]
    pub purpose: String,
    /// Status code.
    #[ts(type = "\"planned\" | \"done\" | \"cancelled\"")]
    pub status: String,
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
            purpose: visit.purpose.to_string(),
            status: visit.status.to_string(),
            check_in: visit.check_in.map(|at| at.to_string()),
            check_out: visit.check_out.map(|at| at.to_string()),
            notes: visit.notes.as_str().to_string(),
            outcome: visit.outcome.clone(),
            stage: visit.stage.map(|s| s.to_string()),
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
}

impl From<&ClientPage> for ClientDetail {
    fn from(page: &ClientPage) -> ClientDetail {
        ClientDetail {
            profile: ClientProfile::from(&page.client),
            contacts: page.contacts.iter().map(ContactView::from).collect(),
            visits: page.visits.iter().map(|v| VisitView::new(v, &page.client.name)).collect(),
            stage: page.stage.map(|s| s.to_string()),
        }
    }
}

/// A new client: the fields the add form asks for.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewClient {
    /// Company name.
    pub name: String,
    /// Tier A–D.
    pub tier: String,
}

/// A visit to plan.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisitPlan {
    /// The client to visit.
    pub client_id: String,
    /// Day, `YYYY-MM-DD`.
    pub date: String,
    /// Start, `HH:MM`.
    pub time: String,
    /// Length in minutes (an hour when absent).
    pub duration_min: Option<u32>,
    /// Purpose code (routine when absent).
    pub purpose: Option<String>,
}

/// A follow-up to do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TaskView {
    /// Task id.
    pub id: String,
    /// What to do.
    pub title: String,
    /// By when, `YYYY-MM-DD`.
    pub due: Option<String>,
    /// The client it concerns.
    pub client_id: Option<String>,
    /// That client's name.
    pub client_name: Option<String>,
}

impl TaskView {
    /// The view of `task`, concerning the client named `client_name` if any.
    pub fn new(task: &Task, client_name: Option<&str>) -> TaskView {
        TaskView {
            id: task.id.to_string(),
            title: task.title.clone(),
            due: task.due.map(|day| day.to_string()),
            client_id: task.client_id.as_ref().map(ToString::to_string),
            client_name: client_name.map(str::to_string),
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
    #[ts(type = "\"client\" | \"contact\" | \"visit\"")]
    pub kind: String,
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
        let kind = match hit.kind {
            SearchHitKind::Client => "client",
            SearchHitKind::Contact => "contact",
            SearchHitKind::Visit => "visit",
        };
        SearchHitView {
            kind: kind.to_string(),
            id: hit.id.clone(),
            client_id: hit.client_id.to_string(),
            client_name: hit.client_name.clone(),
            title: hit.title.clone(),
            snippet: hit.snippet.clone(),
        }
    }
}

/// Where sync stands, for the status bar.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncStatusView {
    /// `not_configured` until this computer logs in to a sync server.
    #[ts(type = "\"not_configured\" | \"offline\" | \"connecting\" | \"syncing\" | \"up_to_date\"")]
    pub state: String,
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
                state: "not_configured".to_owned(),
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
        let state = match status.sync.state {
            SyncState::Offline => "offline",
            SyncState::Connecting => "connecting",
            SyncState::Syncing => "syncing",
            SyncState::UpToDate => "up_to_date",
        };
        SyncStatusView {
            state: state.to_owned(),
            server: status.sync.server.clone(),
            user: status.sync.user.clone(),
            last_synced: status.sync.last_synced.clone(),
            unsynced_changes: u32::try_from(status.sync.unconfirmed_changes).unwrap_or(u32::MAX),
            read_only: status.sync.read_only,
            problem: status.problem.as_ref().map(|problem| sync_problem_message(problem, messages)),
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
    #[ts(
        type = "\"birthday\" | \"holiday\" | \"contract_renewal\" | \"arrears_due\" | \"arrears_overdue\" | \"at_risk\""
    )]
    pub kind: String,
    /// What to do.
    #[ts(type = "\"gift\" | \"call\" | \"message\" | \"visit\" | \"renew\" | \"collect\" | \"retain\"")]
    pub action: String,
    /// The gift, as the care rules name it (`flowers`, `cake`), for a gift.
    pub gift: Option<String>,
    /// The client.
    pub client_id: String,
    /// The client's name.
    pub client_name: String,
    /// The key person, for care reminders.
    pub contact_name: Option<String>,
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
            kind: reminder.kind.code().to_owned(),
            action: reminder.action.code().to_string(),
            gift,
            client_id: reminder.client_id.to_string(),
            client_name: reminder.client_name.clone(),
            contact_name: reminder.contact_name.clone(),
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
        Ok((format!("{}.ts", T::name(&config)), T::export_to_string(&config)?))
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
        one::<NewClient>()?,
        one::<NewContact>()?,
        one::<VisitPlan>()?,
        one::<TaskView>()?,
        one::<TodayView>()?,
        one::<SearchHitView>()?,
        one::<DueClientView>()?,
        one::<CoverageView>()?,
        one::<DueListView>()?,
        one::<PlanStopInput>()?,
        one::<PlanMode>()?,
        one::<DayPlanRequest>()?,
        one::<PlannedStopView>()?,
        one::<UnassignedView>()?,
        one::<DayPlanView>()?,
        one::<WeekReminderView>()?,
        one::<SyncStatusView>()?,
        one::<TeamPortfolioView>()?,
        one::<TeamClientView>()?,
        one::<ReminderView>()?,
        one::<TierCareView>()?,
        one::<CareSettingsView>()?,
        one::<HolidayOption>()?,
        one::<GreetingRequest>()?,
        one::<GreetingDraftView>()?,
        one::<crate::error::CommandError>()?,
        one::<crate::error::ErrorCode>()?,
    ])
}
