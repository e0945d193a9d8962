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
mod notifier;
pub mod sync;

use tauri::{Manager, State};

use crate::commands::Desk;
use crate::dto::{
    CareSettingsView, ClientDetail, ClientProfile, ClientRowView, ContactView, GreetingDraftView, GreetingRequest,
    HolidayOption, NewClient, NewContact, PortfolioSetup, PortfolioSummary, ReminderView, SearchHitView, SettingsView,
    SyncStatusView, TodayView, VisitPlan, VisitView,
};
use crate::dto::{DayPlanRequest, DayPlanView, DueListView, TeamPortfolioView, WeekReminderView};
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
            app.manage(Desk::new(data_dir));
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
        .invoke_handler(tauri::generate_handler![
            create_portfolio,
            portfolio_summary,
            settings,
            set_setting,
            list_clients,
            client_detail,
            set_client_field,
            add_client,
            plan_visit,
            visit_detail,
            check_in,
            check_out,
            record_outcome,
            append_visit_note,
            save_visit_notes,
            search,
            today_agenda,
            due_clients,
            plan_day,
            save_day_plan,
            visits_between,
            week_reminders,
            move_visit,
            set_visit_stage,
            sync_login,
            join_portfolio,
            sync_status,
            cancel_visit,
            add_contact,
            set_contact_field,
            remove_contact,
            care_reminders,
            complete_reminder,
            snooze_reminder,
            dismiss_reminder,
            care_settings,
            greeting_holidays,
            draft_greetings,
            export_greetings_csv,
            mark_greetings_sent,
            team_portfolios,
            team_client_detail,
        ])
        .run(tauri::generate_context!());
    if let Err(err) = outcome {
        eprintln!("fieldbook: cannot start the desktop app: {err}");
        std::process::exit(1);
    }
}

type Desktop<'a> = State<'a, Desk>;
type Answer<T> = Result<T, CommandError>;

// One line per command: see the function of the same name in `commands`.

#[tauri::command]
async fn create_portfolio(desk: Desktop<'_>, setup: PortfolioSetup) -> Answer<SettingsView> {
    commands::create_portfolio(&desk, setup)
}

#[tauri::command]
async fn portfolio_summary(desk: Desktop<'_>) -> Answer<PortfolioSummary> {
    commands::portfolio_summary(&desk)
}

#[tauri::command]
async fn settings(desk: Desktop<'_>) -> Answer<SettingsView> {
    commands::settings(&desk)
}

#[tauri::command]
async fn set_setting(desk: Desktop<'_>, field: String, value: String) -> Answer<SettingsView> {
    commands::set_setting(&desk, &field, &value)
}

#[tauri::command]
async fn list_clients(desk: Desktop<'_>) -> Answer<Vec<ClientRowView>> {
    commands::list_clients(&desk)
}

#[tauri::command]
async fn client_detail(desk: Desktop<'_>, client_id: String) -> Answer<ClientDetail> {
    commands::client_detail(&desk, &client_id)
}

#[tauri::command]
async fn set_client_field(desk: Desktop<'_>, client_id: String, field: String, value: String) -> Answer<ClientProfile> {
    commands::set_client_field(&desk, &client_id, &field, &value)
}

#[tauri::command]
async fn add_client(desk: Desktop<'_>, client: NewClient) -> Answer<String> {
    commands::add_client(&desk, client)
}

#[tauri::command]
async fn plan_visit(desk: Desktop<'_>, plan: VisitPlan) -> Answer<VisitView> {
    commands::plan_visit(&desk, plan)
}

#[tauri::command]
async fn visit_detail(desk: Desktop<'_>, visit_id: String) -> Answer<VisitView> {
    commands::visit_detail(&desk, &visit_id)
}

#[tauri::command]
async fn check_in(desk: Desktop<'_>, visit_id: String) -> Answer<VisitView> {
    commands::check_in(&desk, &visit_id)
}

#[tauri::command]
async fn check_out(desk: Desktop<'_>, visit_id: String) -> Answer<VisitView> {
    commands::check_out(&desk, &visit_id)
}

#[tauri::command]
async fn record_outcome(desk: Desktop<'_>, visit_id: String, outcome: String) -> Answer<VisitView> {
    commands::record_outcome(&desk, &visit_id, &outcome)
}

#[tauri::command]
async fn append_visit_note(desk: Desktop<'_>, visit_id: String, line: String) -> Answer<VisitView> {
    commands::append_visit_note(&desk, &visit_id, &line)
}

#[tauri::command]
async fn save_visit_notes(desk: Desktop<'_>, visit_id: String, text: String) -> Answer<()> {
    commands::save_visit_notes(&desk, &visit_id, &text)
}

#[tauri::command]
async fn search(desk: Desktop<'_>, query: String) -> Answer<Vec<SearchHitView>> {
    commands::search(&desk, &query)
}

#[tauri::command]
async fn today_agenda(desk: Desktop<'_>) -> Answer<TodayView> {
    commands::today_agenda(&desk)
}

// Visit planning.

#[tauri::command]
async fn due_clients(desk: Desktop<'_>) -> Answer<DueListView> {
    commands::due_clients(&desk)
}

#[tauri::command]
async fn plan_day(desk: Desktop<'_>, request: DayPlanRequest) -> Answer<DayPlanView> {
    commands::plan_day(&desk, request)
}

#[tauri::command]
async fn save_day_plan(desk: Desktop<'_>, request: DayPlanRequest) -> Answer<Vec<String>> {
    commands::save_day_plan(&desk, request)
}

#[tauri::command]
async fn visits_between(desk: Desktop<'_>, from: String, days: u32) -> Answer<Vec<VisitView>> {
    commands::visits_between(&desk, &from, days)
}

#[tauri::command]
async fn week_reminders(desk: Desktop<'_>, from: String, days: u32) -> Answer<Vec<WeekReminderView>> {
    commands::week_reminders(&desk, &from, days)
}

#[tauri::command]
async fn move_visit(desk: Desktop<'_>, visit_id: String, date: String, time: String) -> Answer<VisitView> {
    commands::move_visit(&desk, &visit_id, &date, &time)
}

#[tauri::command]
async fn set_visit_stage(desk: Desktop<'_>, visit_id: String, stage: String) -> Answer<VisitView> {
    commands::set_visit_stage(&desk, &visit_id, &stage)
}

// Sync, contacts and care reminders.

#[tauri::command]
async fn sync_login(desk: Desktop<'_>, server: String, token: String) -> Answer<SyncStatusView> {
    commands::sync_login(&desk, &server, &token).await
}

#[tauri::command]
async fn join_portfolio(desk: Desktop<'_>, server: String, token: String, language: String) -> Answer<SettingsView> {
    commands::join_portfolio(&desk, &server, &token, &language).await
}

#[tauri::command]
async fn sync_status(desk: Desktop<'_>) -> Answer<SyncStatusView> {
    commands::sync_status(&desk)
}

#[tauri::command]
async fn cancel_visit(desk: Desktop<'_>, visit_id: String) -> Answer<VisitView> {
    commands::cancel_visit(&desk, &visit_id)
}

#[tauri::command]
async fn add_contact(desk: Desktop<'_>, client_id: String, contact: NewContact) -> Answer<ContactView> {
    commands::add_contact(&desk, &client_id, contact)
}

#[tauri::command]
async fn set_contact_field(desk: Desktop<'_>, contact_id: String, field: String, value: String) -> Answer<ContactView> {
    commands::set_contact_field(&desk, &contact_id, &field, &value)
}

#[tauri::command]
async fn remove_contact(desk: Desktop<'_>, contact_id: String) -> Answer<()> {
    commands::remove_contact(&desk, &contact_id)
}

#[tauri::command]
async fn care_reminders(desk: Desktop<'_>) -> Answer<Vec<ReminderView>> {
    commands::care_reminders(&desk)
}

#[tauri::command]
async fn complete_reminder(desk: Desktop<'_>, reminder_id: String, note: String) -> Answer<()> {
    commands::complete_reminder(&desk, &reminder_id, &note)
}

#[tauri::command]
async fn snooze_reminder(desk: Desktop<'_>, reminder_id: String) -> Answer<()> {
    commands::snooze_reminder(&desk, &reminder_id)
}

#[tauri::command]
async fn dismiss_reminder(desk: Desktop<'_>, reminder_id: String) -> Answer<()> {
    commands::dismiss_reminder(&desk, &reminder_id)
}

// Care settings and greetings.

#[tauri::command]
async fn care_settings(desk: Desktop<'_>) -> Answer<CareSettingsView> {
    commands::care_settings(&desk)
}

#[tauri::command]
async fn greeting_holidays(desk: Desktop<'_>, year: i32) -> Answer<Vec<HolidayOption>> {
    commands::greeting_holidays(&desk, year)
}

#[tauri::command]
async fn draft_greetings(desk: Desktop<'_>, request: GreetingRequest) -> Answer<Vec<GreetingDraftView>> {
    commands::draft_greetings(&desk, request)
}

#[tauri::command]
async fn export_greetings_csv(desk: Desktop<'_>, request: GreetingRequest) -> Answer<String> {
    commands::export_greetings_csv(&desk, request)
}

#[tauri::command]
async fn mark_greetings_sent(
    desk: Desktop<'_>,
    request: GreetingRequest,
    contact_ids: Vec<String>,
    channel: String,
) -> Answer<u32> {
    commands::mark_greetings_sent(&desk, request, contact_ids, channel)
}

#[tauri::command]
async fn team_portfolios(desk: Desktop<'_>) -> Answer<Vec<TeamPortfolioView>> {
    commands::team_portfolios(&desk)
}

#[tauri::command]
async fn team_client_detail(desk: Desktop<'_>, owner: String, client_id: String) -> Answer<ClientDetail> {
    commands::team_client_detail(&desk, &owner, &client_id)
}
