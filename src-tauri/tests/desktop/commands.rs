//! The desktop commands as the UI calls them, on a real data directory: their
//! results serialized to the JSON that crosses the IPC boundary.

use fieldbook_core::{Client, ClientId, Region, Settings, Tier};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::{NewClient, PortfolioSetup, PortfolioSummary, VisitPlan};
use fieldbook_replica::Replica;
use serde_json::json;

/// A desk over a new portfolio for a Polish manager, in its own temporary directory.
fn a_polish_desk() -> (tempfile::TempDir, Desk) {
    let data = tempfile::tempdir().expect("temp dir");
    let desk = Desk::new(data.path().to_path_buf());
    let setup = PortfolioSetup {
        manager_name: "Anna Kowalska".into(),
        region: "PL".into(),
        language: "pl".into(),
        time_zone: "Europe/Warsaw".into(),
        demo_clients: None,
    };
    commands::create_portfolio(&desk, setup).expect("created");
    (data, desk)
}

fn add_client(desk: &Desk, name: &str) -> String {
    commands::add_client(desk, NewClient { name: name.into(), tier: "A".into() }).expect("client added")
}

fn plan_visit(desk: &Desk, client_id: &str) -> String {
    let plan = VisitPlan {
        client_id: client_id.into(),
        date: "2026-12-01".into(),
        time: "10:00".into(),
        duration_min: None,
        purpose: Some("care".into()),
    };
    commands::plan_visit(desk, plan).expect("visit planned").id
}

#[test]
fn summary_crosses_the_boundary_in_camel_case() {
    let summary = PortfolioSummary { manager_name: "Wang Fang".to_owned(), client_count: 42 };
    assert_eq!(
        serde_json::to_value(summary).expect("serialize"),
        json!({ "managerName": "Wang Fang", "clientCount": 42 })
    );
}

#[test]
fn empty_data_dir_answers_not_initialized_naming_the_directory() {
    let data = tempfile::tempdir().expect("temp dir");
    let error = commands::portfolio_summary(&Desk::new(data.path().to_path_buf())).expect_err("no portfolio yet");
    let error = serde_json::to_value(error).expect("serialize");
    assert_eq!(error["code"], "not_initialized");
    let message = error["message"].as_str().expect("a message");
    assert!(message.contains(&data.path().display().to_string()), "message: {message}");
}

#[test]
fn the_summary_reads_the_portfolio_the_cli_writes() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut replica = Replica::create(data.path(), &Settings::new("Anna Kowalska", Region::Pl)).expect("create");
    let desk = Desk::new(data.path().to_path_buf());
    assert_eq!(commands::portfolio_summary(&desk).expect("summary").client_count, 0);
    // Written after the app opened the portfolio, as the CLI would while the app runs.
    for (n, name) in ["PKN Orlen", "PGE"].into_iter().enumerate() {
        let id = ClientId::from(format!("cl_{n}"));
        replica.apply(|p| p.add(Client::new(id, name, Tier::A))).expect("add");
    }
    let summary = commands::portfolio_summary(&desk).expect("summary");
    assert_eq!(summary, PortfolioSummary { manager_name: "Anna Kowalska".to_owned(), client_count: 2 });
}

#[test]
fn bad_input_names_the_field_in_the_managers_language() {
    let (_data, desk) = a_polish_desk();
    let id = add_client(&desk, "PKN Orlen");
    let error = commands::set_client_field(&desk, &id, "tier", "Z").expect_err("no tier Z");
    let error = serde_json::to_value(error).expect("serialize");
    assert_eq!(error["code"], "bad_input");
    assert_eq!(error["field"], "tier");
    let missing = commands::client_detail(&desk, "cl_nope").expect_err("no such client");
    assert!(missing.message.starts_with("Nie znaleziono"), "message: {}", missing.message);
}

#[test]
fn an_inline_edit_sets_one_field_and_the_list_shows_it() {
    let (_data, desk) = a_polish_desk();
    let id = add_client(&desk, "PKN Orlen");
    let profile = commands::set_client_field(&desk, &id, "arrears", "1 234,50 zł").expect("arrears set");
    assert_eq!(profile.arrears, "1234.50 PLN");
    commands::set_client_field(&desk, &id, "tags", "energia; Płock").expect("tags set");
    let rows = serde_json::to_value(commands::list_clients(&desk).expect("list")).expect("serialize");
    assert_eq!(rows[0]["arrears"], json!({ "minorUnits": 123450, "currency": "PLN" }));
    assert_eq!(rows[0]["tags"], json!(["energia", "Płock"]));
    assert_eq!(rows[0]["nextVisit"], json!(null));
}

#[test]
fn a_visit_is_planned_checked_in_out_and_noted() {
    let (data, desk) = a_polish_desk();
    let client = add_client(&desk, "PGE");
    let visit = plan_visit(&desk, &client);
    assert_eq!(commands::list_clients(&desk).expect("list")[0].next_visit.as_deref(), Some("2026-12-01"));

    let checked_in = commands::check_in(&desk, &visit).expect("checked in");
    assert!(checked_in.check_in.is_some());
    commands::save_visit_notes(&desk, &visit, "Klient pyta o").expect("typed");
    commands::save_visit_notes(&desk, &visit, "Klient pyta o 5G").expect("typed on");
    commands::append_visit_note(&desk, &visit, "Oddzwonić w piątek").expect("appended");
    commands::record_outcome(&desk, &visit, "Oferta przyjęta").expect("outcome");
    let done = commands::check_out(&desk, &visit).expect("checked out");
    assert_eq!(done.status, "done");

    // What was typed is on disk: a fresh desk (the app started again) reads it back.
    drop(desk);
    let again = Desk::new(data.path().to_path_buf());
    let visit = commands::visit_detail(&again, &visit).expect("visit");
    assert_eq!(visit.notes, "Klient pyta o 5G\nOddzwonić w piątek\n");
    assert_eq!(visit.outcome, "Oferta przyjęta");
    assert_eq!(commands::list_clients(&again).expect("list")[0].last_contact.as_deref(), Some("2026-12-01"));
}

#[test]
fn search_finds_clients_contacts_and_notes() {
    let (_data, desk) = a_polish_desk();
    let client = add_client(&desk, "Orlen Płock");
    let visit = plan_visit(&desk, &client);
    commands::save_visit_notes(&desk, &visit, "Rozmowa o światłowodzie").expect("typed");
    let hits = commands::search(&desk, "ŚWIATŁOWOD").expect("search");
    assert_eq!(hits.len(), 1);
    assert_eq!((hits[0].kind.as_str(), hits[0].client_name.as_str()), ("visit", "Orlen Płock"));
    assert_eq!(commands::search(&desk, "płock").expect("search")[0].kind, "client");
    assert!(commands::search(&desk, "  ").expect("search").is_empty());
}

#[test]
fn settings_change_one_at_a_time_and_refuse_unknown_values() {
    let (_data, desk) = a_polish_desk();
    let settings = commands::set_setting(&desk, "language", "zh-CN").expect("language set");
    assert_eq!(settings.language, "zh-CN");
    let error = commands::set_setting(&desk, "time_zone", "Mars/Olympus").expect_err("no such zone");
    assert_eq!(error.field.as_deref(), Some("time_zone"));
    assert!(error.message.contains("Mars/Olympus"), "message: {}", error.message);
    assert_eq!(commands::settings(&desk).expect("settings").time_zone, "Europe/Warsaw");
}

#[test]
fn first_run_with_a_demo_fills_the_portfolio_and_today_reads_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let desk = Desk::new(data.path().to_path_buf());
    let setup = PortfolioSetup {
        manager_name: "Li Na".into(),
        region: "CN".into(),
        language: "zh-CN".into(),
        time_zone: "Asia/Shanghai".into(),
        demo_clients: Some(5),
    };
    commands::create_portfolio(&desk, setup.clone()).expect("created");
    assert_eq!(commands::portfolio_summary(&desk).expect("summary").client_count, 5);
    let today = commands::today_agenda(&desk).expect("today");
    assert!(today.visits.iter().all(|v| v.date == today.date && v.status == "planned"));
    let again = commands::create_portfolio(&desk, setup).expect_err("exists");
    assert_eq!(serde_json::to_value(again).expect("serialize")["code"], "already_initialized");
}
