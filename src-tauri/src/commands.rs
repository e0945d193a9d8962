//! What the UI can ask of the shell, as plain functions over a [`Desk`]. Each
//! one calls an action of `fieldbook-actions` (the same the CLI calls) or a read
//! of the core, through the desk's replica, and answers with a wire type from
//! [`crate::dto`]. The Tauri commands in the crate root only pass the app's
//! state in, so tests (and the UI's tests, through the desk bridge) call these
//! functions directly.
//!
//! The desk's [`Clock`] is where the desktop app reads the time ("now" for a
//! check-in, "today" for the agenda and the demo), as the CLI does for its commands.

mod care;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use chrono::Utc;
use fieldbook_actions::{CaseFilter, FieldMap, Setup, TaskFilter};
use fieldbook_core::{
    Client, ClientField, ClientList, ContactField, Date, Derived, Instant, Language, Portfolio, PortfolioError,
    SearchIndex, Settings, Visit, VisitField, WeekBasis,
};
use fieldbook_demo::{DemoSpec, generate_demo};
use fieldbook_replica::sync::{Credentials, SyncError};
use fieldbook_replica::{Replica, ReplicaError};
use fieldbook_report::Typesetter;

use crate::dto::{
    CaseRowView, ClientDetail, ClientProfile, ClientRowView, ContactView, PortfolioSetup, PortfolioSummary,
    ReminderView, SearchHitView, SettingsView, SyncStatusView, TaskView, TodayView, VisitView,
};
use crate::error::CommandError;
use crate::i18n::Messages;
use crate::sync::SyncLink;

pub use care::{
    care_settings, draft_greetings, export_greetings_csv, greeting_holidays, mark_greetings_sent, take_due_reminders,
};

mod cases;
pub use cases::{
    add_task, case_detail, case_step, edit_task, list_cases, list_tasks, open_case, remove_task, set_sla, sla_settings,
    tick_task,
};

mod planning;
pub use planning::{due_clients, move_visit, plan_day, save_day_plan, set_visit_stage, visits_between, week_reminders};

mod team;
pub use team::{team_case_detail, team_client_detail, team_portfolios, team_report};

mod report;
pub use report::{week_report, week_report_csv, week_report_pdf};

mod transfer;
pub use transfer::{export_file, save_download};

/// How many days ahead, today included, the Today view lists care reminders.
const REMINDER_DAYS: u32 = 14;
/// How many results a search returns at most.
const SEARCH_LIMIT: usize = 50;
/// How long joining from the sync server may take to pull the portfolio.
const JOIN_TIMEOUT: Duration = Duration::from_secs(60);

/// Where the desk reads the time: the system clock in the app, a fixed instant in
/// the UI's tests.
pub type Clock = Box<dyn Fn() -> Instant + Send + Sync>;

/// The manager's desk: the data directory, the replica opened on it once for
/// the life of the app with the search index and the client list derived from
/// it, and its link to the sync server.
pub struct Desk {
    data_dir: PathBuf,
    replica: Mutex<Option<Replica>>,
    /// Locked only while the replica's lock is held.
    search_index: Mutex<SearchIndex>,
    /// Locked only while the replica's lock is held.
    client_list: Mutex<ClientList>,
    /// What the week's report reads, kept like the client list; locked only while the replica's lock is held.
    week_basis: Mutex<WeekBasis>,
    /// The system's fonts for the reports' PDF, found on the first one.
    typesetter: OnceLock<Typesetter>,
    sync: SyncLink,
    /// The team members' portfolios sync keeps here for a lead, opened on first use.
    team: team::TeamShelf,
    /// Counts the times changes saved elsewhere (sync, the CLI) were taken in,
    /// so the UI knows when to reload what it shows.
    revision: AtomicU32,
    clock: Clock,
    /// Where the files the manager saves (reports, exports) go: the Downloads folder.
    downloads: PathBuf,
}

type Answer<T> = Result<T, CommandError>;

impl Desk {
    /// A desk over `data_dir` on the system clock; the portfolio is opened on first use.
    pub fn new(data_dir: PathBuf) -> Desk {
        Desk::with_clock(data_dir, Box::new(|| Instant(Utc::now().fixed_offset())))
    }

    /// A desk over `data_dir` that reads the time from `clock`.
    pub fn with_clock(data_dir: PathBuf, clock: Clock) -> Desk {
        Desk {
            clock,
            downloads: data_dir.join("downloads"),
            data_dir,
            replica: Mutex::new(None),
            search_index: Mutex::new(SearchIndex::default()),
            client_list: Mutex::new(ClientList::default()),
            week_basis: Mutex::new(WeekBasis::default()),
            typesetter: OnceLock::new(),
            sync: SyncLink::default(),
            team: team::TeamShelf::default(),
            revision: AtomicU32::new(0),
        }
    }

    /// This desk, saving the manager's files in `downloads` (else in the data directory's `downloads`).
    pub fn saving_to(self, downloads: PathBuf) -> Desk {
        Desk { downloads, ..self }
    }

    /// Runs `read` on the portfolio, after taking in what other processes (sync, the CLI) saved.
    fn read<T>(&self, read: impl FnOnce(&Portfolio) -> Result<T, PortfolioError>) -> Answer<T> {
        self.with_replica(|replica| {
            self.take_in(replica)?;
            Ok(read(replica.portfolio())?)
        })
    }

    /// Runs `read` on the portfolio and `view`, a view derived from it, after taking in
    /// what other processes saved and bringing `view` up to date (only the records
    /// changed since it was last brought up to date are read).
    fn read_derived<V: Derived, T>(
        &self,
        view: &Mutex<V>,
        read: impl FnOnce(&Portfolio, &V) -> Result<T, PortfolioError>,
    ) -> Answer<T> {
        self.with_replica(|replica| {
            self.take_in(replica)?;
            // A panic during an update may have left the view half done: start it afresh.
            let mut view = view.lock().unwrap_or_else(|poisoned| {
                let mut view = poisoned.into_inner();
                *view = V::default();
                view
            });
            replica.update_derived(&mut *view)?;
            Ok(read(replica.portfolio(), &view)?)
        })
    }

    /// Takes in what other processes saved, counting a new revision if there was anything.
    fn take_in(&self, replica: &mut Replica) -> Result<(), ReplicaError> {
        if replica.refresh()? {
            self.revision.fetch_add(1, Ordering::Relaxed);
        }
        Ok(())
    }

    /// Runs `action` as one durable user action, then has sync offer it.
    fn apply<T>(&self, action: impl FnOnce(&mut Portfolio) -> Result<T, PortfolioError>) -> Answer<T> {
        let done = self.with_replica(|replica| replica.apply(action))?;
        self.sync.local_change_saved();
        Ok(done)
    }

    /// What typesets the reports' PDF, the system's fonts found the first time.
    fn typesetter(&self) -> &Typesetter {
        self.typesetter.get_or_init(Typesetter::new)
    }

    /// The current instant.
    fn now(&self) -> Instant {
        (self.clock)()
    }

    /// Today in the manager's time zone.
    fn today(&self, settings: &Settings) -> Date {
        self.now().day_in(settings.time_zone)
    }

    /// The manager's language, English before there is a portfolio.
    fn language(&self) -> Language {
        let slot = self.lock();
        slot.as_ref().and_then(|replica| replica.portfolio().settings().ok()).map_or(Language::En, |s| s.language)
    }

    fn sync_error(&self, error: SyncError) -> CommandError {
        CommandError::from_sync(error, self.language(), &self.data_dir)
    }

    fn with_replica<T>(&self, work: impl FnOnce(&mut Replica) -> Result<T, ReplicaError>) -> Answer<T> {
        let mut slot = self.lock();
        let replica = match &mut *slot {
            Some(replica) => replica,
            None => slot.insert(Replica::open(&self.data_dir).map_err(|error| self.error(&error, Language::En))?),
        };
        work(replica).map_err(|error| {
            let language = replica.portfolio().settings().map_or(Language::En, |s| s.language);
            self.error(&error, language)
        })
    }

    fn lock(&self) -> MutexGuard<'_, Option<Replica>> {
        // A panic while holding the lock leaves the replica as consistent as SQLite left it.
        self.replica.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn error(&self, error: &ReplicaError, language: Language) -> CommandError {
        CommandError::from_replica(error, language, &self.data_dir)
    }
}

/// Starts syncing in the background if this computer is logged in to a sync
/// server; run once at start-up, on the app's runtime.
pub async fn resume_sync(desk: &Desk) -> Answer<()> {
    desk.sync.restart(&desk.data_dir).await.map_err(|error| desk.sync_error(error))?;
    Ok(())
}

/// Logs this computer in to a sync server with `token` (checked by the server
/// first; nothing is kept if it refuses) and starts syncing in the background.
pub async fn sync_login(desk: &Desk, server: &str, token: &str) -> Answer<SyncStatusView> {
    let credentials = Credentials::new(server, token).map_err(|error| desk.sync_error(error))?;
    let account =
        fieldbook_replica::sync::login(&desk.data_dir, &credentials).await.map_err(|error| desk.sync_error(error))?;
    resume_sync(desk).await?;
    // Until its first round the background sync has not named the user; the login did.
    let mut status = sync_status(desk)?;
    status.user.get_or_insert(account.user);
    Ok(status)
}

/// Sets this computer up from the sync server on first run: logs in with
/// `token`, pulls the manager's portfolio into the empty data directory (a
/// failed pull keeps nothing, so the manager may retry or create one), opens it
/// and starts syncing. Errors are in `language`, the one chosen on first run.
pub async fn join_portfolio(desk: &Desk, server: &str, token: &str, language: &Language) -> Answer<SettingsView> {
    let language = *language;
    let failed = |error: SyncError| CommandError::from_sync(error, language, &desk.data_dir);
    let credentials = Credentials::new(server, token).map_err(failed)?;
    fieldbook_replica::sync::join(&desk.data_dir, &credentials, JOIN_TIMEOUT).await.map_err(failed)?;
    let settings = {
        let mut slot = desk.lock();
        let replica = Replica::open(&desk.data_dir).map_err(|e| desk.error(&e, language))?;
        let settings = replica.portfolio().settings().map_err(|e| desk.error(&ReplicaError::from(e), language))?;
        *slot = Some(replica);
        settings
    };
    resume_sync(desk).await?;
    Ok(SettingsView::from(&settings))
}

/// Where sync stands, for the status bar, after taking in what sync or the CLI
/// saved meanwhile (the answer's `revision` then tells the UI to reload).
pub fn sync_status(desk: &Desk) -> Answer<SyncStatusView> {
    desk.with_replica(|replica| desk.take_in(replica))?;
    let status = desk.sync.status(&desk.data_dir).map_err(|error| desk.sync_error(error))?;
    let team = team::team_news(desk).map_err(|error| desk.sync_error(error))?;
    if team.changed {
        desk.revision.fetch_add(1, Ordering::Relaxed);
    }
    let revision = desk.revision.load(Ordering::Relaxed);
    Ok(SyncStatusView::new(status.as_ref(), revision, team.kept, &Messages::new(desk.language())))
}

/// Creates the portfolio on first run, with a demo of `demo_clients` clients when asked.
pub fn create_portfolio(desk: &Desk, setup: &PortfolioSetup) -> Answer<SettingsView> {
    let language = setup.language.parse::<Language>().unwrap_or(Language::En);
    let settings = fieldbook_actions::new_settings(&Setup {
        manager_name: setup.manager_name.clone(),
        region: setup.region.clone(),
        language: Some(setup.language.clone()),
        time_zone: Some(setup.time_zone.clone()),
    })
    .map_err(|error| desk.error(&ReplicaError::Portfolio(error.into()), language))?;
    let mut slot = desk.lock();
    let mut replica = Replica::create(&desk.data_dir, &settings).map_err(|e| desk.error(&e, language))?;
    if let Some(clients) = setup.demo_clients.filter(|n| *n > 0) {
        let spec = DemoSpec::new(clients as usize, rand::random(), desk.today(&settings));
        replica.apply(|portfolio| generate_demo(portfolio, &spec)).map_err(|e| desk.error(&e, language))?;
        replica.compact().map_err(|e| desk.error(&e, language))?;
    }
    *slot = Some(replica);
    Ok(SettingsView::from(&settings))
}

/// The portfolio at a glance.
pub fn portfolio_summary(desk: &Desk) -> Answer<PortfolioSummary> {
    desk.read_derived(&desk.client_list, |portfolio, list| {
        Ok(PortfolioSummary {
            manager_name: portfolio.settings()?.manager_name,
            client_count: u32::try_from(list.client_count()).unwrap_or(u32::MAX),
        })
    })
}

/// The manager's settings.
pub fn settings(desk: &Desk) -> Answer<SettingsView> {
    desk.read(|portfolio| Ok(SettingsView::from(&portfolio.settings()?)))
}

/// Changes one setting (a [`fieldbook_core::SettingsField`], a tier's care rules or a greeting template).
pub fn set_setting(desk: &Desk, field: &str, value: &str) -> Answer<SettingsView> {
    desk.apply(|portfolio| fieldbook_actions::set_setting(portfolio, field, value)).map(|s| SettingsView::from(&s))
}

/// Every client with the derived columns of the portfolio table.
pub fn list_clients(desk: &Desk) -> Answer<Vec<ClientRowView>> {
    desk.read_derived(&desk.client_list, |_, list| Ok(list.rows().iter().map(ClientRowView::from).collect()))
}

/// A client's profile, people and visits.
pub fn client_detail(desk: &Desk, client_id: &str) -> Answer<ClientDetail> {
    desk.read(|portfolio| {
        let page = fieldbook_actions::client_page(portfolio, client_id)?;
        let client = Some(page.client.id.to_string());
        let cases = CaseFilter { client: client.clone(), ..CaseFilter::default() };
        let cases = fieldbook_actions::list_cases(portfolio, &cases, desk.now())?;
        let tasks = fieldbook_actions::list_tasks(portfolio, &TaskFilter { client, ..TaskFilter::default() })?;
        let today = desk.today(&portfolio.settings()?);
        Ok(ClientDetail {
            cases: cases.iter().map(CaseRowView::from).collect(),
            tasks: tasks.iter().map(|task| TaskView::new(task, Some(&page.client.name), today)).collect(),
            ..ClientDetail::from(&page)
        })
    })
}

/// Sets one field of a client, as typed in an inline edit.
pub fn set_client_field(desk: &Desk, client_id: &str, field: &ClientField, value: &str) -> Answer<ClientProfile> {
    let given = FieldMap::from([(*field, value.to_owned())]);
    desk.apply(|portfolio| fieldbook_actions::edit_client(portfolio, client_id, &given))
        .map(|client| ClientProfile::from(&client))
}

/// Adds a client from the fields of the add form; answers its id.
pub fn add_client(desk: &Desk, client: &FieldMap<ClientField>) -> Answer<String> {
    desk.apply(|portfolio| fieldbook_actions::add_client(portfolio, client, &mut rand::rng()))
        .map(|client| client.id.to_string())
}

/// Plans a visit to a client (its date and time at least), in the manager's time zone.
pub fn plan_visit(desk: &Desk, client_id: &str, visit: &FieldMap<VisitField>) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let visit = fieldbook_actions::plan_visit(portfolio, client_id, visit, &mut rand::rng())?;
        visit_view(portfolio, &visit)
    })
}

/// A visit, with its client's name.
pub fn visit_detail(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    desk.read(|portfolio| {
        let visit = portfolio.get::<Visit>(&portfolio.find::<Visit>(visit_id)?)?;
        visit_view(portfolio, &visit)
    })
}

/// Runs a visit action and answers the visit as it then is.
fn visit_action(
    desk: &Desk,
    action: impl FnOnce(&mut Portfolio) -> Result<Visit, PortfolioError>,
) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let visit = action(portfolio)?;
        visit_view(portfolio, &visit)
    })
}

/// Checks in now.
pub fn check_in(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::check_in(portfolio, visit_id, desk.now()))
}

/// Checks out now; the visit is then done.
pub fn check_out(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::check_out(portfolio, visit_id, desk.now()))
}

/// Records what came of a visit.
pub fn record_outcome(desk: &Desk, visit_id: &str, outcome: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::record_outcome(portfolio, visit_id, outcome))
}

/// Sets one field of a visit, as typed (the arrears collected on it, say).
pub fn set_visit_field(desk: &Desk, visit_id: &str, field: &VisitField, value: &str) -> Answer<VisitView> {
    let given = FieldMap::from([(*field, value.to_owned())]);
    visit_action(desk, |portfolio| fieldbook_actions::edit_visit(portfolio, visit_id, &given, &[], &mut rand::rng()))
}

/// Appends a line to a visit's notes.
pub fn append_visit_note(desk: &Desk, visit_id: &str, line: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::append_note(portfolio, visit_id, line))
}

/// Makes a visit's notes read `text`, as typed: one durable action per call (the UI
/// debounces keystrokes), changing only what differs.
pub fn save_visit_notes(desk: &Desk, visit_id: &str, text: &str) -> Answer<()> {
    desk.apply(|portfolio| fieldbook_actions::save_notes(portfolio, visit_id, text)).map(|_| ())
}

/// Cancels a planned visit (a done one cannot be).
pub fn cancel_visit(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    visit_action(desk, |portfolio| fieldbook_actions::cancel_visit(portfolio, visit_id))
}

/// Adds a contact to a client from the fields of the add form.
pub fn add_contact(desk: &Desk, client_id: &str, contact: &FieldMap<ContactField>) -> Answer<ContactView> {
    desk.apply(|portfolio| fieldbook_actions::add_contact(portfolio, client_id, contact, &mut rand::rng()))
        .map(|contact| ContactView::from(&contact))
}

/// Sets one field of a contact, as typed in an inline edit.
pub fn set_contact_field(desk: &Desk, contact_id: &str, field: &ContactField, value: &str) -> Answer<ContactView> {
    let given = FieldMap::from([(*field, value.to_owned())]);
    desk.apply(|portfolio| fieldbook_actions::edit_contact(portfolio, contact_id, &given))
        .map(|contact| ContactView::from(&contact))
}

/// Removes a contact (kept as a tombstone, like every removed record).
pub fn remove_contact(desk: &Desk, contact_id: &str) -> Answer<()> {
    desk.apply(|portfolio| fieldbook_actions::remove_contact(portfolio, contact_id)).map(|_| ())
}

/// The care reminders due from today for [`REMINDER_DAYS`] days, snoozed ones
/// hidden until their day, done and dismissed ones gone.
pub fn care_reminders(desk: &Desk) -> Answer<Vec<ReminderView>> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        let reminders = fieldbook_core::agenda(portfolio, desk.today(&settings), REMINDER_DAYS, settings.time_zone)?;
        Ok(reminders.iter().map(ReminderView::from).collect())
    })
}

/// Marks a reminder done today; for a key person's care it also writes the care log, in the same commit.
pub fn complete_reminder(desk: &Desk, reminder_id: &str, note: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        fieldbook_actions::complete_reminder(portfolio, reminder_id, None, note, desk.now(), &mut rand::rng())
    })
    .map(|_| ())
}

/// Hides a reminder until tomorrow.
pub fn snooze_reminder(desk: &Desk, reminder_id: &str) -> Answer<()> {
    desk.apply(|portfolio| fieldbook_actions::snooze_reminder(portfolio, reminder_id, None, None, desk.now()))
        .map(|_| ())
}

/// Drops a reminder for good.
pub fn dismiss_reminder(desk: &Desk, reminder_id: &str) -> Answer<()> {
    desk.apply(|portfolio| fieldbook_actions::dismiss_reminder(portfolio, reminder_id, None, desk.now())).map(|_| ())
}

/// Clients, contacts and notes matching `query`, from the search index brought up to
/// date with the portfolio first (built on the first search, then only the records
/// changed since the last one are read again).
pub fn search(desk: &Desk, query: &str) -> Answer<Vec<SearchHitView>> {
    desk.read_derived(&desk.search_index, |_, index| {
        Ok(index.search(query, SEARCH_LIMIT).iter().map(SearchHitView::from).collect())
    })
}

/// Today's planned visits and the open follow-ups.
pub fn today_agenda(desk: &Desk) -> Answer<TodayView> {
    desk.read_derived(&desk.client_list, |portfolio, list| {
        let day = desk.today(&portfolio.settings()?);
        let agenda = list.today(portfolio, day)?;
        let visits = agenda.visits.iter().map(|v| visit_view(portfolio, v)).collect::<Result<_, _>>()?;
        let tasks = agenda
            .tasks
            .iter()
            .map(|task| {
                let client = task.client_id.as_ref().map(|id| portfolio.get_any::<Client>(id)).transpose()?.flatten();
                Ok(TaskView::new(task, client.as_ref().map(|c| c.name.as_str()), day))
            })
            .collect::<Result<_, PortfolioError>>()?;
        Ok(TodayView { date: day.to_string(), visits, tasks })
    })
}

fn visit_view(portfolio: &Portfolio, visit: &Visit) -> Result<VisitView, PortfolioError> {
    let client = portfolio.get_any::<Client>(&visit.client_id)?;
    Ok(VisitView::new(visit, client.as_ref().map_or("", |c| c.name.as_str())))
}
