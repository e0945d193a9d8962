//! `fieldbook due`, `fieldbook settings cadence` and `fieldbook plan`.

use crate::util::Workspace;

/// Adds a client and logs a visit made to it on `day`; returns the client id.
fn a_client_visited(ws: &Workspace, name: &str, tier: &str, day: &str) -> String {
    let client = ws.ok(&["client", "add", "--name", name, "--tier", tier]);
    ws.ok(&["visit", "log", "--client", &client, "--date", day, "--time", "10:00"]);
    client
}

#[test]
fn due_lists_overdue_clients_and_follows_an_edited_cadence() {
    let ws = Workspace::initialised();
    let power = a_client_visited(&ws, "华东电力", "A", "2026-02-27");
    let bank = a_client_visited(&ws, "江南银行", "B", "2026-01-02");
    let fresh = ws.ok(&["client", "add", "--name", "新客户", "--tier", "C"]);

    let due = ws.json(&["due", "--today", "2026-03-10"]);
    assert_eq!(due["overdue"][0]["client_id"], bank.as_str());
    assert_eq!(due["overdue"][0]["days_overdue"], 37);
    assert_eq!(due["due_this_week"][0]["client_id"], power.as_str());
    assert_eq!(due["due_this_week"][0]["due"], "2026-03-13");
    assert_eq!(due["never_visited"][0]["client_id"], fresh.as_str());
    assert_eq!(due["coverage"][0]["covered"], 1);

    ws.ok(&["settings", "cadence", "--tier", "B", "--days", "90"]);
    let due = ws.json(&["due", "--today", "2026-03-10"]);
    assert_eq!(due["overdue"].as_array().map(Vec::len), Some(0), "{due}");
    let table = ws.ok(&["due", "--today", "2026-03-10"]);
    assert!(table.contains("Tier B: 1 of 1 clients contacted within 90 days (100%)"), "{table}");
}

#[test]
fn a_bad_cadence_or_day_exits_2_naming_it_and_changes_nothing() {
    let ws = Workspace::initialised();
    let error = ws.fails(2, &["settings", "cadence", "--tier", "E", "--days", "10"]);
    assert!(error.contains("tier"), "{error}");
    let error = ws.fails(2, &["settings", "cadence", "--tier", "A", "--days", "0"]);
    assert!(error.contains("cadence_a") && error.contains("between 1 and 730"), "{error}");
    let error = ws.fails(2, &["due", "--today", "tomorrow"]);
    assert!(error.contains("today"), "{error}");
    let due = ws.json(&["due", "--today", "2026-03-10"]);
    assert_eq!(due["coverage"][0]["cadence_days"], 14);
}
