//! `fieldbook holidays`, `fieldbook agenda` and `fieldbook reminder …`.

use crate::util::Workspace;

#[test]
fn holidays_are_printed_as_json_in_the_chosen_language() {
    let ws = Workspace::new();
    let days = ws.json(&["holidays", "--region", "PL", "--year", "2025", "--lang", "en"]);
    let corpus_christi =
        days.as_array().expect("array").iter().find(|d| d["date"] == "2025-06-19").expect("Corpus Christi");
    assert_eq!(corpus_christi["name"], "Corpus Christi");
    assert_eq!(corpus_christi["region"], "PL");
    assert_eq!(corpus_christi["estimated"], false);
}

#[test]
fn holiday_names_default_to_the_portfolio_language_and_later_years_are_estimated() {
    let ws = Workspace::initialised();
    let days = ws.json(&["holidays", "--region", "CN", "--year", "2027"]);
    let first = &days[0];
    assert_eq!(first["name"], "元旦");
    assert_eq!(first["estimated"], true);
}

#[test]
fn bad_holiday_input_names_the_field() {
    let ws = Workspace::new();
    assert!(
        ws.fails(2, &["holidays", "--region", "DE", "--year", "2025"])
            .contains("region: 'DE' is not one of CN, PL, AZ")
    );
    assert!(ws.fails(2, &["holidays", "--region", "CN", "--year", "2200"]).contains("year"));
}

#[test]
fn a_reminder_from_the_agenda_is_done_once_and_logged() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "华东电力", "--tier", "A"]);
    ws.ok(&[
        "contact",
        "add",
        "--client",
        &client,
        "--name",
        "王总",
        "--key-person",
        "yes",
        "--birthday",
        "农历八月十五",
    ]);

    let agenda = ws.json(&["agenda", "--from", "2025-10-01", "--days", "7"]);
    let reminders = agenda.as_array().expect("array");
    let flowers = reminders.iter().find(|r| r["kind"] == "birthday" && r["date"] == "2025-10-03").expect("flowers");
    let id = flowers["id"].as_str().expect("id").to_string();
    assert!(ws.ok(&["agenda", "--from", "2025-10-01", "--days", "7"]).contains(&id), "the table shows the id");

    let done = ws.ok(&["reminder", "done", &id[..8], "--on", "2025-10-03", "--note", "一束百合"]);
    assert!(done.contains("care log cr_"), "{done}");
    let after = ws.json(&["agenda", "--from", "2025-10-01", "--days", "7"]);
    assert!(after.as_array().expect("array").iter().all(|r| r["id"] != id.as_str()));
}

#[test]
fn a_snoozed_reminder_moves_and_a_dismissed_one_goes() {
    let ws = Workspace::initialised();
    ws.ok(&["client", "add", "--name", "小卖部", "--tier", "D", "--status", "at_risk"]);
    let first = ws.json(&["agenda", "--from", "2025-10-01", "--days", "3"]);
    let id = first[0]["id"].as_str().expect("id").to_string();
    ws.ok(&["reminder", "snooze", &id, "--on", "2025-10-01", "--until", "2025-10-03"]);
    assert_eq!(ws.json(&["agenda", "--from", "2025-10-01", "--days", "3"])[0]["date"], "2025-10-03");
    ws.ok(&["reminder", "dismiss", &id, "--on", "2025-10-01"]);
    assert_eq!(ws.json(&["agenda", "--from", "2025-10-01", "--days", "3"]), serde_json::json!([]));
    assert!(ws.fails(2, &["reminder", "done", "rm_nothing", "--on", "2025-10-01"]).contains("no reminder"));
}
