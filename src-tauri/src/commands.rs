//! What the UI can ask of the shell, as plain functions over a [`Desk`]. Each
//! one translates its arguments, calls the core or the replica, and answers
//! with a wire type from [`crate::dto`]. The Tauri wrappers in the crate root
//! only pass the app's state in, so tests call these functions directly.
//!
//! This is where the desktop app reads the clock ("now" for a check-in, "today"
//! for the agenda and the demo), as the CLI does for its commands.

mod care;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::Utc;
use fieldbook_core::{
    CareLogId, Client, ClientId, ClientList, Contact, ContactId, DemoSpec, Derived, FieldError, Instant, Language,
    PlannedStart, Portfolio, PortfolioError, Problem, RecordId, SearchIndex, Settings, Tier, Visit, VisitId,
    find_reminder, generate_demo,
};
use fieldbook_replica::sync::{Credentials, SyncError};
use fieldbook_replica::{Replica, ReplicaError};

use crate::dto::{
    ClientDetail, ClientProfile, ClientRowView, ContactView, NewClient, NewContact, PortfolioSetup, PortfolioSummary,
    ReminderView, SearchHitView, SettingsView, SyncStatusView, TaskView, TodayView, VisitPlan, VisitView,
};
use crate::error::CommandError;
use crate::i18n::Messages;
use crate::sync::SyncLink;

pub use care::{
    care_settings, draft_greetings, export_greetings_csv, greeting_holidays, mark_greetings_sent, take_due_reminders,
};

mod planning;
pub use planning::{due_clients, move_visit, plan_day, save_day_plan, set_visit_stage, visits_between, week_reminders};

mod team;
pub use team::{team_client_detail, team_portfolios};

/// How many days ahead, today included, the Today view lists care reminders.
const REMINDER_DAYS: u32 = 14;
/// How many results a search returns at most.
const SEARCH_LIMIT: usize = 50;
/// How long joining from the sync server may take to pull the portfolio.
const JOIN_TIMEOUT: Duration = Duration::from_secs(60);
/// Length of a visit when the plan gives none, in minutes.
const DEFAULT_DURATION_MIN: u32 = 60;

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
    sync: SyncLink,
    /// The team members' portfolios sync keeps here for a lead, opened on first use.
    team: team::TeamShelf,
    /// Counts the times changes saved elsewhere (sync, the CLI) were taken in,
    /// so the UI knows when to reload what it shows.
    revision: AtomicU32,
}

type Answer<T> = Result<T, CommandError>;

impl Desk {
    /// A desk over `data_dir`; the portfolio is opened on first use.
    pub fn new(data_dir: PathBuf) -> Desk {
        Desk {
            data_dir,
            replica: Mutex::new(None),
            search_index: Mutex::new(SearchIndex::default()),
            client_list: Mutex::new(ClientList::default()),
            sync: SyncLink::default(),
            team: team::TeamShelf::default(),
            revision: AtomicU32::new(0),
        }
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

    /// The manager's language, English before there is a portfolio.
    fn language(&self) -> Language {
        let slot = self.lock();
        slot.as_ref().and_then(|replica| replica.portfolio().settings().ok()).map_or(Language::En, |s| s.language)
    }

    fn sync_error(&self, error: &SyncError) -> CommandError {
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
    desk.sync.restart(&desk.data_dir).await.map_err(|error| desk.sync_error(&error))?;
    Ok(())
}

/// Logs this computer in to a sync server with `token` (checked by the server
/// first; nothing is kept if it refuses) and starts syncing in the background.
pub async fn sync_login(desk: &Desk, server: &str, token: &str) -> Answer<SyncStatusView> {
    let credentials = Credentials::new(server.trim(), token).map_err(|error| desk.sync_error(&error))?;
    fieldbook_replica::sync::login(&desk.data_dir, &credentials).await.map_err(|error| desk.sync_error(&error))?;
    resume_sync(desk).await?;
    sync_status(desk)
}

/// Sets this computer up from the sync server on first run: logs in with
/// `token`, pulls the manager's portfolio into the empty data directory (a
/// failed pull keeps nothing, so the manager may retry or create one), opens it
/// and starts syncing. Errors are in `language`, the one chosen on first run.
pub async fn join_portfolio(desk: &Desk, server: &str, token: &str, language: &str) -> Answer<SettingsView> {
    let language = language.parse::<Language>().unwrap_or(Language::En);
    let failed = |error: SyncError| CommandError::from_sync(&error, language, &desk.data_dir);
    let credentials = Credentials::new(server.trim(), token).map_err(failed)?;
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
    let status = desk.sync.status(&desk.data_dir).map_err(|error| desk.sync_error(&error))?;
    let team = team::team_news(desk).map_err(|error| desk.sync_error(&error))?;
    if team.changed {
        desk.revision.fetch_add(1, Ordering::Relaxed);
    }
    let revision = desk.revision.load(Ordering::Relaxed);
    Ok(SyncStatusView::new(status.as_ref(), revision, team.kept, &Messages::new(desk.language())))
}

/// Bad input from the UI as a command error in `language`.
fn bad_input(desk: &Desk, error: FieldError, language: Language) -> CommandError {
    desk.error(&ReplicaError::Portfolio(error.into()), language)
}

/// Creates the portfolio on first run, with a demo of `demo_clients` clients when asked.
pub fn create_portfolio(desk: &Desk, setup: PortfolioSetup) -> Answer<SettingsView> {
    let language = setup.language.parse::<Language>().unwrap_or(Language::En);
    let mut settings =
        Settings::new(setup.manager_name.trim(), setup.region.parse().map_err(|e| bad_input(desk, e, language))?);
    for (field, value) in [("language", &setup.language), ("time_zone", &setup.time_zone)] {
        settings.set_field(field, value).map_err(|e| bad_input(desk, e, language))?;
    }
    settings.validate().map_err(|e| bad_input(desk, e, language))?;
    let mut slot = desk.lock();
    let mut replica = Replica::create(&desk.data_dir, &settings).map_err(|e| desk.error(&e, language))?;
    if let Some(clients) = setup.demo_clients.filter(|n| *n > 0) {
        let spec = DemoSpec::new(clients as usize, rand::random(), today(&settings));
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

/// Changes one setting (any of `fieldbook_core::SETTINGS_FIELDS`).
pub fn set_setting(desk: &Desk, field: &str, value: &str) -> Answer<SettingsView> {
    desk.apply(|portfolio| portfolio.update_settings(|settings| settings.set_field(field, value)))
        .map(|settings| SettingsView::from(&settings))
}

/// Every client with the derived columns of the portfolio table.
pub fn list_clients(desk: &Desk) -> Answer<Vec<ClientRowView>> {
    desk.read_derived(&desk.client_list, |_, list| Ok(list.rows().iter().map(ClientRowView::from).collect()))
}

/// A client's profile, people and visits.
pub fn client_detail(desk: &Desk, client_id: &str) -> Answer<ClientDetail> {
    desk.read(|portfolio| Ok(ClientDetail::from(&portfolio.client_page(&portfolio.find::<Client>(client_id)?)?)))
}

/// Sets one field of a client, as typed in an inline edit.
pub fn set_client_field(desk: &Desk, client_id: &str, field: &str, value: &str) -> Answer<ClientProfile> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Client>(client_id)?;
        portfolio.update::<Client>(&id, "Edit", |client| client.set_field(field, value))
    })
    .map(|client| ClientProfile::from(&client))
}

/// Adds a client; answers its id.
pub fn add_client(desk: &Desk, new: NewClient) -> Answer<String> {
    desk.apply(|portfolio| {
        let mut client = Client::new(ClientId::generate(&mut rand::rng()), "", Tier::A);
        client.set_field("name", &new.name)?;
        client.set_field("tier", &new.tier)?;
        portfolio.add(client)
    })
    .map(|id| id.to_string())
}

/// Plans a visit in the manager's time zone.
pub fn plan_visit(desk: &Desk, plan: VisitPlan) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let client = portfolio.get::<Client>(&portfolio.find::<Client>(&plan.client_id)?)?;
        let planned = PlannedStart::parse(&plan.date, &plan.time, portfolio.settings()?.time_zone)?;
        let duration = plan.duration_min.unwrap_or(DEFAULT_DURATION_MIN);
        let mut visit = Visit::planned(VisitId::generate(&mut rand::rng()), client.id.clone(), planned, duration);
        if let Some(purpose) = &plan.purpose {
            visit.set_field("purpose", purpose)?;
        }
        portfolio.add(visit.clone())?;
        Ok(VisitView::new(&visit, &client.name))
    })
}

/// A visit, with its client's name.
pub fn visit_detail(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    desk.read(|portfolio| {
        let visit = portfolio.get::<Visit>(&portfolio.find::<Visit>(visit_id)?)?;
        visit_view(portfolio, &visit)
    })
}

/// Sets one field of a visit (`check_in`, `check_out`, `outcome`, `date`, `time`, …) in one action;
/// `verb` names the action in the history.
fn change_visit(desk: &Desk, visit_id: &str, verb: &str, field: &str, value: &str) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Visit>(visit_id)?;
        let visit = portfolio.update::<Visit>(&id, verb, |visit| visit.set_field(field, value))?;
        visit_view(portfolio, &visit)
    })
}

/// Checks in now.
pub fn check_in(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    change_visit(desk, visit_id, "Check in at", "check_in", &now().to_string())
}

/// Checks out now; the visit is then done.
pub fn check_out(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    change_visit(desk, visit_id, "Check out of", "check_out", &now().to_string())
}

/// Records what came of a visit.
pub fn record_outcome(desk: &Desk, visit_id: &str, outcome: &str) -> Answer<VisitView> {
    change_visit(desk, visit_id, "Record outcome of", "outcome", outcome)
}

/// Appends a line to a visit's notes.
pub fn append_visit_note(desk: &Desk, visit_id: &str, line: &str) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Visit>(visit_id)?;
        if line.trim().is_empty() {
            return Err(FieldError::refused("notes", Problem::Empty).into());
        }
        let visit = portfolio.update::<Visit>(&id, "Note on", |visit| {
            visit.append_note(line);
            Ok(())
        })?;
        visit_view(portfolio, &visit)
    })
}

/// Makes a visit's notes read `text`, as typed: one durable action per call (the UI
/// debounces keystrokes), changing only what differs.
pub fn save_visit_notes(desk: &Desk, visit_id: &str, text: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Visit>(visit_id)?;
        if portfolio.get::<Visit>(&id)?.notes.as_str() == text {
            return Ok(());
        }
        portfolio.update::<Visit>(&id, "Write notes on", |visit| {
            visit.replace_notes(text);
            Ok(())
        })?;
        Ok(())
    })
}

/// Cancels a planned visit (a done one cannot be).
pub fn cancel_visit(desk: &Desk, visit_id: &str) -> Answer<VisitView> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Visit>(visit_id)?;
        let visit = portfolio.update::<Visit>(&id, "Cancel", Visit::cancel)?;
        visit_view(portfolio, &visit)
    })
}

/// Adds a contact to a client, each field read as `fieldbook contact add` reads its flags.
pub fn add_contact(desk: &Desk, client_id: &str, new: NewContact) -> Answer<ContactView> {
    desk.apply(|portfolio| {
        let client = portfolio.find::<Client>(client_id)?;
        let mut contact = Contact::new(ContactId::generate(&mut rand::rng()), client, "");
        for (field, value) in new.fields() {
            contact.set_field(field, value)?;
        }
        portfolio.add(contact.clone())?;
        Ok(ContactView::from(&contact))
    })
}

/// Sets one field of a contact, as typed in an inline edit.
pub fn set_contact_field(desk: &Desk, contact_id: &str, field: &str, value: &str) -> Answer<ContactView> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Contact>(contact_id)?;
        portfolio.update::<Contact>(&id, "Edit", |contact| contact.set_field(field, value))
    })
    .map(|contact| ContactView::from(&contact))
}

/// Removes a contact (kept as a tombstone, like every removed record).
pub fn remove_contact(desk: &Desk, contact_id: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        let id = portfolio.find::<Contact>(contact_id)?;
        portfolio.remove::<Contact>(&id)
    })
}

/// The care reminders due from today for [`REMINDER_DAYS`] days, snoozed ones
/// hidden until their day, done and dismissed ones gone.
pub fn care_reminders(desk: &Desk) -> Answer<Vec<ReminderView>> {
    desk.read(|portfolio| {
        let settings = portfolio.settings()?;
        let reminders = fieldbook_core::agenda(portfolio, today(&settings), REMINDER_DAYS, settings.time_zone)?;
        Ok(reminders.iter().map(ReminderView::from).collect())
    })
}

/// Marks a reminder done today; for a key person's care it also writes the care log, in the same commit.
pub fn complete_reminder(desk: &Desk, reminder_id: &str, note: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        let settings = portfolio.settings()?;
        let on = today(&settings);
        let reminder = find_reminder(portfolio, reminder_id, on, settings.time_zone)?;
        portfolio.complete_reminder(&reminder, on, CareLogId::generate(&mut rand::rng()), note)?;
        Ok(())
    })
}

/// Hides a reminder until tomorrow.
pub fn snooze_reminder(desk: &Desk, reminder_id: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        let settings = portfolio.settings()?;
        let on = today(&settings);
        let reminder = find_reminder(portfolio, reminder_id, on, settings.time_zone)?;
        portfolio.snooze_reminder(&reminder, on, fieldbook_core::Date(on.0 + chrono::Duration::days(1)))
    })
}

/// Drops a reminder for good.
pub fn dismiss_reminder(desk: &Desk, reminder_id: &str) -> Answer<()> {
    desk.apply(|portfolio| {
        let settings = portfolio.settings()?;
        let on = today(&settings);
        let reminder = find_reminder(portfolio, reminder_id, on, settings.time_zone)?;
        portfolio.dismiss_reminder(&reminder.id, on)
    })
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
        let day = today(&portfolio.settings()?);
        let agenda = list.today(portfolio, day)?;
        let visits = agenda.visits.iter().map(|v| visit_view(portfolio, v)).collect::<Result<_, _>>()?;
        let tasks = agenda
            .tasks
            .iter()
            .map(|task| {
                let client = task.client_id.as_ref().map(|id| portfolio.get_any::<Client>(id)).transpose()?.flatten();
                Ok(TaskView::new(task, client.as_ref().map(|c| c.name.as_str())))
            })
            .collect::<Result<_, PortfolioError>>()?;
        Ok(TodayView { date: day.to_string(), visits, tasks })
    })
}

fn visit_view(portfolio: &Portfolio, visit: &Visit) -> Result<VisitView, PortfolioError> {
    let client = portfolio.get_any::<Client>(&visit.client_id)?;
    Ok(VisitView::new(visit, client.as_ref().map_or("", |c| c.name.as_str())))
}

/// The current instant, in UTC.
fn now() -> Instant {
    Instant(Utc::now().fixed_offset())
}

/// Today in the manager's time zone.
fn today(settings: &Settings) -> fieldbook_core::Date {
    fieldbook_core::Date(Utc::now().with_timezone(&settings.time_zone.0).date_naive())
}
