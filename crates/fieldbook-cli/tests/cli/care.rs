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
    ws.key_person(&client, "王总", "农历八月十五");

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

#[test]
fn overdue_arrears_dismissed_today_stay_dismissed_tomorrow() {
    let ws = Workspace::initialised();
    let args =
        ["client", "add", "--name", "纺织厂", "--tier", "C", "--arrears", "12500 CNY", "--arrears-due", "2025-08-31"];
    ws.ok(&args);
    let today = ws.json(&["agenda", "--from", "2025-09-29", "--days", "1"]);
    assert_eq!(today[0]["kind"], "arrears_overdue", "{today}");
    let id = today[0]["id"].as_str().expect("id").to_string();
    assert_eq!(ws.json(&["agenda", "--from", "2025-08-31", "--days", "1"])[0]["id"], id.as_str(), "same id when due");

    ws.ok(&["reminder", "dismiss", &id[..8], "--on", "2025-09-29"]);
    for from in ["2025-09-29", "2025-09-30", "2025-12-01"] {
        assert_eq!(ws.json(&["agenda", "--from", from, "--days", "7"]), serde_json::json!([]), "from {from}");
    }
}

#[test]
fn a_reminder_snoozed_to_tomorrow_is_in_the_agenda_from_tomorrow() {
    let ws = Workspace::initialised();
    let bank = ws.ok(&["client", "add", "--name", "江南银行", "--tier", "B"]);
    ws.key_person(&bank, "李经理", "1980-10-10");
    let today = ws.json(&["agenda", "--from", "2025-10-10", "--days", "1"]);
    let id = today[0]["id"].as_str().expect("the birthday call").to_string();

    ws.ok(&["reminder", "snooze", &id, "--on", "2025-10-10"]);
    assert_eq!(ws.json(&["agenda", "--from", "2025-10-10", "--days", "1"]), serde_json::json!([]), "not today");
    let tomorrow = ws.json(&["agenda", "--from", "2025-10-11", "--days", "14"]);
    let listed: Vec<_> = tomorrow.as_array().expect("array").iter().filter(|r| r["id"] == id.as_str()).collect();
    assert_eq!(listed.len(), 1, "{tomorrow}");
    assert_eq!((&listed[0]["date"], &listed[0]["snoozed_until"]), (&"2025-10-11".into(), &"2025-10-11".into()));

    ws.ok(&["reminder", "dismiss", &id, "--on", "2025-10-11"]);
    assert_eq!(ws.json(&["agenda", "--from", "2025-10-11", "--days", "14"]), serde_json::json!([]), "dismissed");
}

#[test]
fn care_rules_are_shown_changed_in_one_go_and_used_by_the_agenda() {
    let ws = Workspace::initialised();
    let shown = ws.ok(&["settings", "care"]);
    assert!(shown.contains("3 gift:flowers or cake; 0 call"), "{shown}");
    assert!(shown.contains("30 days"), "{shown}");

    let client = ws.ok(&["client", "add", "--name", "江南银行", "--tier", "B"]);
    ws.key_person(&client, "李经理", "1980-10-10");
    ws.ok(&["settings", "care", "--tier", "b", "--birthday", "2 gift:红酒; 0 message", "--renewal-days", "45"]);
    let rules = ws.json(&["settings", "care"]);
    assert_eq!(rules["b"]["birthday"][0]["channel"]["gift"], "红酒");
    assert_eq!(rules["renewal_days_before"], 45);
    let agenda = ws.json(&["agenda", "--from", "2025-10-01", "--days", "14"]);
    let birthdays = agenda.as_array().expect("array").iter().filter(|r| r["kind"] == "birthday");
    let dates: Vec<&str> = birthdays.filter_map(|r| r["date"].as_str()).collect();
    assert_eq!(dates, ["2025-10-08", "2025-10-10"]);

    ws.ok(&["settings", "care", "--reset"]);
    assert_eq!(ws.json(&["settings", "care"])["renewal_days_before"], 30);
}

#[test]
fn a_bad_care_rule_names_the_setting_and_changes_nothing() {
    let ws = Workspace::initialised();
    let error = ws.fails(2, &["settings", "care", "--tier", "A", "--birthday", "0 call", "--festival", "90 visit"]);
    assert!(error.contains("care.A.festival: 90 days before is more than 60"), "{error}");
    assert_eq!(
        ws.json(&["settings", "care"])["a"]["birthday"][0]["days_before"],
        3,
        "the birthday rules are unchanged"
    );
    assert!(ws.fails(2, &["settings", "set", "notification_time", "8h"]).contains("notification_time"));
    ws.ok(&["settings", "set", "notification_time", "07:45"]);
    assert_eq!(ws.json(&["settings", "show"])["notification_time"], "07:45");
}
