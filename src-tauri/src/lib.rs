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

use tauri::{Manager, State};

use crate::commands::Desk;
use crate::dto::{
    CareSettingsView, ClientDetail, ClientProfile, ClientRowView, GreetingDraftView, GreetingRequest, HolidayOption,
    NewClient, PortfolioSetup, PortfolioSummary, SearchHitView, SettingsView, TodayView, VisitPlan, VisitView,
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
            app.manage(Desk::new(data_dir));
            notifier::start(app.handle().clone());
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
            care_settings,
            greeting_holidays,
            draft_greetings,
            export_greetings_csv,
            mark_greetings_sent,
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
