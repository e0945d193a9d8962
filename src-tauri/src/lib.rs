//! The Fieldbook desktop shell: a Tauri 2 window over the React UI in `ui/`.
//!
//! The shell holds no domain logic. It resolves where this computer keeps its
//! data, opens the portfolio there once (the [`commands::Desk`] in Tauri's
//! state), registers the [`commands`] the UI may call, and runs one window —
//! one instance per user, its size and position remembered between runs.

pub mod commands;
pub mod dto;
pub mod error;
pub mod i18n;
pub mod ipc;
mod notifier;
pub mod sync;

use fieldbook_actions::{DayPlanRequest, FieldMap, GreetingRequest};
use fieldbook_core::{CaseStep, ClientField, ContactField, Language, TaskField, VisitField};
use tauri::{Manager, State};

use crate::commands::Desk;
use crate::dto::{
    CareSettingsView, CaseDetailView, CaseOpeningInput, CaseRowView, CaseStepInput, ClientDetail, ClientProfile,
    ClientRowView, ContactView, DayPlanView, DueListView, ExportChoice, ExportedFile, GreetingDraftView, HolidayOption,
    PortfolioSetup, PortfolioSummary, ReminderView, SearchHitView, SettingsView, SlaTargetView, SyncStatusView,
    TaskView, TeamPortfolioView, TodayView, VisitView, WeekReminderView, WeekReportView,
};
use crate::error::CommandError;

/// Starts the app and returns when its last window is closed.
///
/// If the app cannot start, says why on stderr and exits with code 1.
pub fn run() {
    let outcome = tauri::Builder::default()
        // First, so that a second launch hands over to the running app before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            if let Some(window) = app.get_webview_window("main") {
                // Raising the window is a courtesy; failing to is no reason to fail the launch.
                window
                    .unminimize()
                    .and_then(|()| window.set_focus())
                    .unwrap_or_else(|err| eprintln!("fieldbook: {err}"));
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            // The same directory as the `fieldbook` CLI, so both work on one portfolio.
            let data_dir = match fieldbook_replica::default_data_dir() {
                Some(dir) => dir,
                None => app.path().app_data_dir()?,
            };
            // The manager's Downloads folder, as a browser saves to: the webview drops a
            // download of its own (`<a download>`), so the shell writes the files.
            let downloads = app
                .path()
                .download_dir()
                .or_else(|_| app.path().home_dir().map(|home| home.join("Downloads")))
                .unwrap_or_else(|_| data_dir.join("downloads"));
            app.manage(Desk::new(data_dir).saving_to(downloads));
            notifier::start(app.handle().clone());
            // Sync starts beside the window, never holding it up.
            let app = app.handle().clone();
            tauri::async_runtime::spawn(async move {
                if let Err(error) = commands::resume_sync(&app.state::<Desk>()).await {
                    eprintln!("fieldbook: cannot start syncing: {}", error.message);
                }
            });
            Ok(())
        })
        .invoke_handler(handler())
        .run(tauri::generate_context!());
    if let Err(err) = outcome {
        eprintln!("fieldbook: cannot start the desktop app: {err}");
        std::process::exit(1);
    }
}

type Desktop<'a> = State<'a, Desk>;
type Answer<T> = Result<T, CommandError>;

// Every command the UI may call, once: the Tauri command, the UI's TypeScript
// function (`ui/src/bindings/commands.ts`) and the desk bridge the UI's tests
// call come from this list. Each is the function of the same name in `commands`.
ipc::commands! {
    /// Creates the portfolio on first run, with a demo when asked.
    fn create_portfolio(setup: PortfolioSetup) -> SettingsView;
    /// The portfolio at a glance.
    fn portfolio_summary() -> PortfolioSummary;
    /// The manager's settings.
    fn settings() -> SettingsView;
    /// Changes one setting.
    fn set_setting(field: String, value: String) -> SettingsView;
    /// Every client with the columns of the portfolio table.
    fn list_clients() -> Vec<ClientRowView>;
    /// A client's profile, people and visits.
    fn client_detail(client_id: String) -> ClientDetail;
    /// Sets one field of a client, as typed.
    fn set_client_field(client_id: String, field: ClientField, value: String) -> ClientProfile;
    /// Adds a client; answers its id.
    fn add_client(client: FieldMap<ClientField>) -> String;
    /// Plans a visit to a client.
    fn plan_visit(client_id: String, visit: FieldMap<VisitField>) -> VisitView;
    /// A visit, with its client's name.
    fn visit_detail(visit_id: String) -> VisitView;
    /// Checks in now.
    fn check_in(visit_id: String) -> VisitView;
    /// Checks out now.
    fn check_out(visit_id: String) -> VisitView;
    /// Records what came of a visit.
    fn record_outcome(visit_id: String, outcome: String) -> VisitView;
    /// Sets one field of a visit, as typed.
    fn set_visit_field(visit_id: String, field: VisitField, value: String) -> VisitView;
    /// Appends a line to a visit's notes.
    fn append_visit_note(visit_id: String, line: String) -> VisitView;
    /// Makes a visit's notes read the text given.
    fn save_visit_notes(visit_id: String, text: String) -> ();
    /// Clients, contacts and notes matching the query.
    fn search(query: String) -> Vec<SearchHitView>;
    /// Today's planned visits and open follow-ups.
    fn today_agenda() -> TodayView;
    /// Who is due for a visit, and coverage per tier.
    fn due_clients() -> DueListView;
    /// The day's route.
    fn plan_day(request: DayPlanRequest) -> DayPlanView;
    /// Saves the day's route as planned visits; answers their ids.
    fn save_day_plan(request: DayPlanRequest) -> Vec<String>;
    /// The visits of some days.
    fn visits_between(from: String, days: u32) -> Vec<VisitView>;
    /// The care reminders of some days.
    fn week_reminders(from: String, days: u32) -> Vec<WeekReminderView>;
    /// Moves a visit to another day and time.
    fn move_visit(visit_id: String, date: String, time: String) -> VisitView;
    /// Records the sales stage a visit served.
    fn set_visit_stage(visit_id: String, stage: String) -> VisitView;
    /// Where sync stands, for the status bar.
    fn sync_status() -> SyncStatusView;
    /// Cancels a planned visit.
    fn cancel_visit(visit_id: String) -> VisitView;
    /// Adds a contact to a client.
    fn add_contact(client_id: String, contact: FieldMap<ContactField>) -> ContactView;
    /// Sets one field of a contact, as typed.
    fn set_contact_field(contact_id: String, field: ContactField, value: String) -> ContactView;
    /// Removes a contact.
    fn remove_contact(contact_id: String) -> ();
    /// The care reminders of the next two weeks.
    fn care_reminders() -> Vec<ReminderView>;
    /// Marks a reminder done today.
    fn complete_reminder(reminder_id: String, note: String) -> ();
    /// Hides a reminder until tomorrow.
    fn snooze_reminder(reminder_id: String) -> ();
    /// Drops a reminder for good.
    fn dismiss_reminder(reminder_id: String) -> ();
    /// The care rules per tier, the renewal lead time and the notification time.
    fn care_settings() -> CareSettingsView;
    /// The region's major festivals of a year.
    fn greeting_holidays(year: i32) -> Vec<HolidayOption>;
    /// The greetings a request asks for.
    fn draft_greetings(request: GreetingRequest) -> Vec<GreetingDraftView>;
    /// The greetings a request asks for, as a CSV file.
    fn export_greetings_csv(request: GreetingRequest) -> String;
    /// Records greetings as sent; answers how many.
    fn mark_greetings_sent(request: GreetingRequest, contact_ids: Vec<String>, channel: String) -> u32;
    /// A lead's team members' portfolios.
    fn team_portfolios() -> Vec<TeamPortfolioView>;
    /// A client's page in a team member's portfolio.
    fn team_client_detail(owner: String, client_id: String) -> ClientDetail;
    /// A case in a team member's portfolio, with no step to take.
    fn team_case_detail(owner: String, case_id: String) -> CaseDetailView;
    /// The lead's dashboard: the team's week (`""`: this week) from the members' copies, in `language`.
    fn team_report(week: String, language: Language) -> WeekReportView;
    /// The week's summary (`""`: this week) laid out in `language`.
    fn week_report(week: String, language: Language) -> WeekReportView;
    /// The week's figures as CSV.
    fn week_report_csv(week: String) -> String;
    /// A file of the portfolio to save: the JSON backup, a kind's CSV (`table`), the workbook,
    /// the coming days as iCalendar, the contacts as vCard.
    fn export_file(choice: ExportChoice, table: String) -> ExportedFile;
    /// Saves a file (base64) in the Downloads folder as `name`, or `name (2)` when taken; answers its path.
    fn save_download(name: String, base64: String) -> String;
    /// The week's summary in `language` as an A4 PDF, base64-encoded.
    fn week_report_pdf(week: String, language: Language) -> String;
    /// The cases of a status and a severity (`""` for any), open ones by deadline first.
    fn list_cases(status: String, severity: String) -> Vec<CaseRowView>;
    /// A case whole: timeline, SLA clocks, follow-up visits, tasks.
    fn case_detail(case_id: String) -> CaseDetailView;
    /// Opens a case as received (from a visit: linked to it).
    fn open_case(opening: CaseOpeningInput) -> CaseDetailView;
    /// Takes a step on a case; refused when it does not fit where the case stands.
    fn case_step(case_id: String, step: CaseStep, input: CaseStepInput) -> CaseDetailView;
    /// The SLA targets per severity.
    fn sla_settings() -> Vec<SlaTargetView>;
    /// Sets a severity's SLA targets (`4h`, `3d`; `""` keeps one).
    fn set_sla(severity: String, response: String, resolution: String) -> Vec<SlaTargetView>;
    /// The tasks, open ones only when `open`, of one client unless `""`.
    fn list_tasks(open: bool, client_id: String) -> Vec<TaskView>;
    /// Adds a task (its title at least).
    fn add_task(task: FieldMap<TaskField>) -> TaskView;
    /// Changes a task's fields.
    fn edit_task(task_id: String, task: FieldMap<TaskField>) -> TaskView;
    /// Ticks a task done, or not done again.
    fn tick_task(task_id: String, done: bool) -> TaskView;
    /// Removes a task.
    fn remove_task(task_id: String) -> ();
    async:
    /// Logs this computer in to a sync server.
    fn sync_login(server: String, token: String) -> SyncStatusView;
    /// Sets this computer up from the sync server on first run.
    fn join_portfolio(server: String, token: String, language: Language) -> SettingsView;
}

/// Everything in `ui/src/bindings/`, as (file name, contents): the TypeScript of every
/// wire type, and `commands.ts`, the UI's function for each command.
pub fn ui_bindings() -> Result<Vec<(String, String)>, ts_rs::ExportError> {
    let mut files = dto::bindings()?;
    let known: Vec<String> = files.iter().map(|(file, _)| file.trim_end_matches(".ts").to_owned()).collect();
    files.push(("commands.ts".to_owned(), ipc::commands_ts(&signatures(), &known)));
    Ok(files)
}
