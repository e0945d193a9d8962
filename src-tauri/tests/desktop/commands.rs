//! The desktop commands as the UI calls them, on a real data directory: their
//! results serialized to the JSON that crosses the IPC boundary.

use fieldbook_core::{
    Client, ClientField, ClientId, ContactField, Language, Region, ReminderActionCode, ReminderKind, SearchHitKind,
    Settings, Tier, VisitField, VisitStatus,
};
use fieldbook_desktop::commands::{self, Desk};
use fieldbook_desktop::dto::{PortfolioSetup, PortfolioSummary};
use fieldbook_replica::Replica;
use serde_json::json;

use crate::desks::{a_desk, a_polish_desk, chinese_setup, new_client, new_contact, new_visit};

fn add_client(desk: &Desk, name: &str) -> String {
    commands::add_client(desk, &new_client(name, "A")).expect("client added")
}

fn plan_visit(desk: &Desk, client_id: &str) -> String {
    let plan = new_visit("2026-12-01", "10:00", &[(VisitField::Purpose, "care")]);
    commands::plan_visit(desk, client_id, &plan).expect("visit planned").id
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
    let error = commands::set_client_field(&desk, &id, &ClientField::Tier, "Z").expect_err("no tier Z");
    let error = serde_json::to_value(error).expect("serialize");
    assert_eq!(error["code"], "bad_input");
    assert_eq!(error["field"], "tier");
    assert_eq!(error["problem"], json!({ "code": "not_one_of", "value": "Z", "allowed": "A, B, C, D" }));
    assert!(error.get("arguments").is_none(), "the arguments are the problem's own: {error}");
    let missing = commands::client_detail(&desk, "cl_nope").expect_err("no such client");
    assert!(missing.message.starts_with("Nie znaleziono"), "message: {}", missing.message);
    let missing = serde_json::to_value(missing).expect("serialize");
    assert_eq!((&missing["code"], &missing["problem"]["code"]), (&json!("not_found"), &json!("not_found")));
}

#[test]
fn an_inline_edit_sets_one_field_and_the_list_shows_it() {
    let (_data, desk) = a_polish_desk();
    let id = add_client(&desk, "PKN Orlen");
    let profile = commands::set_client_field(&desk, &id, &ClientField::Arrears, "1 234,50 zł").expect("arrears set");
    assert_eq!(profile.value(ClientField::Arrears), "1234.50 PLN");
    commands::set_client_field(&desk, &id, &ClientField::Tags, "energia; Płock").expect("tags set");
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
    assert_eq!(done.status, VisitStatus::Done);
    assert_eq!(serde_json::to_value(&done).expect("serialize")["status"], "done");

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
    assert_eq!((hits[0].kind, hits[0].client_name.as_str()), (SearchHitKind::Visit, "Orlen Płock"));
    assert_eq!(serde_json::to_value(&hits[0]).expect("serialize")["kind"], "visit");
    assert_eq!(commands::search(&desk, "płock").expect("search")[0].kind, SearchHitKind::Client);
    assert!(commands::search(&desk, "  ").expect("search").is_empty());
}

#[test]
fn search_results_follow_edits_made_in_the_app_and_by_another_process() {
    let (data, desk) = a_polish_desk();
    let client = add_client(&desk, "Orlen Płock");
    let visit = plan_visit(&desk, &client);
    commands::save_visit_notes(&desk, &visit, "Rozmowa o światłowodzie").expect("typed");
    assert_eq!(commands::search(&desk, "światłowodzie").expect("search")[0].client_name, "Orlen Płock");

    commands::set_client_field(&desk, &client, &ClientField::Name, "PKN Orlen").expect("renamed");
    commands::save_visit_notes(&desk, &visit, "Rozmowa o 5G").expect("retyped");
    assert!(commands::search(&desk, "światłowodzie").expect("search").is_empty(), "the old note is gone");
    let hits = commands::search(&desk, "5g").expect("search");
    assert_eq!((hits[0].kind, hits[0].client_name.as_str()), (SearchHitKind::Visit, "PKN Orlen"));

    // The CLI adds a client to the same data directory while the app runs.
    let mut cli = Replica::open(data.path()).expect("open");
    cli.apply(|p| p.add(Client::new(ClientId::from("cl_lotos".to_string()), "Grupa Lotos", Tier::B))).expect("added");
    assert_eq!(commands::search(&desk, "lotos").expect("search")[0].title, "Grupa Lotos");
}

#[test]
fn settings_change_one_at_a_time_and_refuse_unknown_values() {
    let (_data, desk) = a_polish_desk();
    let settings = commands::set_setting(&desk, "language", "zh-CN").expect("language set");
    assert_eq!(settings.language, Language::ZhCn);
    assert_eq!(serde_json::to_value(&settings).expect("serialize")["language"], "zh-CN");
    let error = commands::set_setting(&desk, "time_zone", "Mars/Olympus").expect_err("no such zone");
    assert_eq!(error.field.as_deref(), Some("time_zone"));
    assert!(error.message.contains("Mars/Olympus"), "message: {}", error.message);
    assert_eq!(commands::settings(&desk).expect("settings").time_zone, "Europe/Warsaw");
}

#[test]
fn first_run_with_a_demo_fills_the_portfolio_and_today_reads_it() {
    let setup = PortfolioSetup { demo_clients: Some(5), ..chinese_setup() };
    let (_data, desk) = a_desk(setup.clone());
    assert_eq!(commands::portfolio_summary(&desk).expect("summary").client_count, 5);
    let today = commands::today_agenda(&desk).expect("today");
    assert!(today.visits.iter().all(|v| v.date == today.date && v.status == VisitStatus::Planned));
    let again = commands::create_portfolio(&desk, &setup).expect_err("exists");
    assert_eq!(serde_json::to_value(again).expect("serialize")["code"], "already_initialized");
}

#[test]
fn a_contact_is_added_edited_and_removed_as_the_cli_does_it() {
    let (_data, desk) = a_polish_desk();
    let client = add_client(&desk, "PKN Orlen");
    let new = new_contact(&[
        (ContactField::Name, "Wang Fang"),
        (ContactField::Title, "CFO"),
        (ContactField::KeyPerson, "yes"),
        (ContactField::Birthday, "lunar:leap:04-12"),
    ]);
    let contact = commands::add_contact(&desk, &client, &new).expect("contact added");
    assert_eq!((contact.key_person, contact.birthday.as_deref()), (true, Some("lunar:leap:04-12")));

    let edited =
        commands::set_contact_field(&desk, &contact.id, &ContactField::Birthday, "1968-05-17").expect("birthday set");
    assert_eq!(edited.birthday.as_deref(), Some("1968-05-17"));
    let refused = commands::set_contact_field(&desk, &contact.id, &ContactField::Birthday, "lunar:13-01")
        .expect_err("no month 13");
    assert_eq!(refused.field.as_deref(), Some("birthday"));
    let detail = commands::client_detail(&desk, &client).expect("detail");
    assert_eq!(detail.contacts[0].birthday.as_deref(), Some("1968-05-17"));

    let nameless = new_contact(&[(ContactField::Name, " ")]);
    assert_eq!(commands::add_contact(&desk, &client, &nameless).expect_err("no name").field.as_deref(), Some("name"));
    commands::remove_contact(&desk, &contact.id).expect("removed");
    assert!(commands::client_detail(&desk, &client).expect("detail").contacts.is_empty());
}

#[test]
fn a_planned_visit_is_cancelled_and_a_done_one_is_not() {
    let (_data, desk) = a_polish_desk();
    let client = add_client(&desk, "PGE");
    let planned = plan_visit(&desk, &client);
    assert_eq!(commands::cancel_visit(&desk, &planned).expect("cancelled").status, VisitStatus::Cancelled);
    assert_eq!(commands::check_in(&desk, &planned).expect_err("cancelled").field.as_deref(), Some("check_in"));
    let done = plan_visit(&desk, &client);
    commands::check_out(&desk, &done).expect("checked out");
    assert_eq!(commands::cancel_visit(&desk, &done).expect_err("already done").field.as_deref(), Some("status"));
}

#[test]
fn refused_values_are_explained_in_the_managers_language_not_the_cores_english() {
    let (_data, desk) = a_polish_desk();
    let client = add_client(&desk, "PKN Orlen");
    let tier = commands::set_client_field(&desk, &client, &ClientField::Tier, "Z").expect_err("no tier Z");
    assert_eq!(tier.message, "Kategoria: „Z” nie jest żadną z wartości: A, B, C, D");
    let date = commands::set_client_field(&desk, &client, &ClientField::ContractEnd, "jutro").expect_err("not a date");
    assert!(date.message.contains("„jutro” nie jest datą"), "message: {}", date.message);
    assert_eq!(
        serde_json::to_value(&date).expect("serialize"),
        json!({
            "code": "bad_input",
            "field": "contract_end",
            "problem": { "code": "not_a_date", "value": "jutro" },
            "message": date.message,
        })
    );

    commands::set_setting(&desk, "language", "zh-CN").expect("language set");
    let zone = commands::set_setting(&desk, "time_zone", "Mars/Olympus").expect_err("no such zone");
    assert_eq!(zone.message, "时区：“Mars/Olympus”不是时区（例如 Asia/Shanghai）");
    let visit = plan_visit(&desk, &client);
    let empty = commands::append_visit_note(&desk, &visit, "  ").expect_err("empty note");
    assert_eq!(empty.message, "备注：不能为空");
}

#[test]
fn a_key_persons_birthday_is_a_reminder_that_is_done_or_dismissed_once() {
    let (_data, desk) = a_polish_desk();
    let client = add_client(&desk, "PKN Orlen");
    // Tomorrow in Warsaw, as the shell's "today" is read there.
    let tomorrow =
        (chrono::Utc::now().with_timezone(&chrono_tz::Europe::Warsaw) + chrono::Duration::days(1)).date_naive();
    for name in ["Jan Nowak", "Ewa Lis"] {
        let born = tomorrow.format("--%m-%d").to_string();
        let new = new_contact(&[
            (ContactField::Name, name),
            (ContactField::Title, "Prezes"),
            (ContactField::KeyPerson, "yes"),
            (ContactField::Birthday, &born),
        ]);
        commands::add_contact(&desk, &client, &new).expect("key person added");
    }
    let reminders = commands::care_reminders(&desk).expect("reminders");
    let calls: Vec<_> =
        reminders.iter().filter(|r| r.kind == ReminderKind::Birthday && r.action == ReminderActionCode::Call).collect();
    assert_eq!(calls.len(), 2, "reminders: {reminders:?}");
    assert_eq!(calls[0].date, tomorrow.to_string());
    assert_eq!(calls[0].client_name, "PKN Orlen");

    commands::complete_reminder(&desk, &calls[0].id, "Zadzwoniłem z życzeniami").expect("done");
    commands::dismiss_reminder(&desk, &calls[1].id).expect("dismissed");
    let left = commands::care_reminders(&desk).expect("reminders");
    assert!(left.iter().all(|r| r.id != calls[0].id && r.id != calls[1].id), "left: {left:?}");
    let unknown = commands::dismiss_reminder(&desk, "rm_nope").expect_err("no such reminder");
    assert_eq!(serde_json::to_value(unknown).expect("serialize")["code"], "not_found");
}
