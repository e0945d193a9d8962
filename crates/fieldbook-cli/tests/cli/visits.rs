//! `fieldbook visit …` and `fieldbook note`.

use crate::util::Workspace;

fn a_client(ws: &Workspace) -> String {
    ws.ok(&["client", "add", "--name", "Azərsu", "--tier", "B"])
}

#[test]
fn a_visit_is_planned_noted_and_logged() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let visit = ws.ok(&[
        "visit",
        "plan",
        "--client",
        &client,
        "--date",
        "2026-12-01",
        "--time",
        "10:00",
        "--tz",
        "Asia/Baku",
        "--purpose",
        "care",
    ]);
    ws.ok(&["note", &visit, "Novruz üçün hədiyyə soruşdu"]);
    ws.ok(&["note", &visit, "Müqavilə martda bitir"]);
    ws.ok(&["visit", "log", &visit, "--check-in", "10:05", "--check-out", "11:20", "--outcome", "Razılaşdıq"]);

    let visits = ws.json(&["visit", "list", "--client", &client]);
    let logged = &visits[0];
    assert_eq!(logged["status"], "done");
    assert_eq!(logged["purpose"], "care");
    assert_eq!(logged["check_in"], "2026-12-01T10:05:00+04:00");
    assert_eq!(logged["check_out"], "2026-12-01T11:20:00+04:00");
    assert_eq!(logged["notes"], "Novruz üçün hədiyyə soruşdu\nMüqavilə martda bitir\n");
}

#[test]
fn an_unplanned_visit_is_logged_against_its_client() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    ws.ok(&["visit", "log", "--client", &client, "--date", "2026-11-20", "--time", "15:00", "--outcome", "ok"]);
    let visits = ws.json(&["visit", "list", "--status", "done"]);
    assert_eq!(visits[0]["planned"]["zone"], "Asia/Shanghai");
    assert_eq!(visits[0]["outcome"], "ok");
}

#[test]
fn visits_are_listed_by_date_range() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    for date in ["2026-11-01", "2026-12-01", "2027-01-01"] {
        ws.ok(&["visit", "plan", "--client", &client, "--date", date, "--time", "09:00"]);
    }
    let dates: Vec<String> = ws
        .json(&["visit", "list", "--from", "2026-11-15", "--to", "2026-12-31"])
        .as_array()
        .expect("array")
        .iter()
        .map(|v| v["planned"]["date"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(dates, ["2026-12-01"]);
}

#[test]
fn a_cancelled_visit_cannot_be_logged_and_a_done_one_cannot_be_cancelled() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let planned = ws.ok(&["visit", "plan", "--client", &client, "--date", "2026-12-01", "--time", "10:00"]);
    ws.ok(&["visit", "cancel", &planned]);
    assert!(ws.fails(2, &["visit", "log", &planned]).contains("status: the visit was cancelled"));

    let done = ws.ok(&["visit", "log", "--client", &client, "--date", "2026-11-02", "--time", "10:00"]);
    assert!(ws.fails(2, &["visit", "cancel", &done]).contains("status: the visit is already done"));
}

#[test]
fn bad_visit_input_names_the_field() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let cases: [(&[&str], &str); 5] = [
        (&["visit", "plan", "--client", &client, "--time", "10:00"], "date: is required"),
        (
            &["visit", "plan", "--client", &client, "--date", "2026-02-30", "--time", "10:00"],
            "date: '2026-02-30' is not a date",
        ),
        (
            &["visit", "plan", "--client", &client, "--date", "2026-12-01", "--time", "25:00"],
            "time: '25:00' is not a time",
        ),
        (
            &["visit", "plan", "--client", &client, "--date", "2026-12-01", "--time", "10:00", "--purpose", "party"],
            "purpose: 'party' is not one of",
        ),
        (
            &["visit", "plan", "--client", &client, "--date", "2026-03-29", "--time", "02:30", "--tz", "Europe/Warsaw"],
            "does not exist in Europe/Warsaw",
        ),
    ];
    for (args, message) in cases {
        let stderr = ws.fails(2, args);
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert_eq!(ws.json(&["visit", "list"]), serde_json::json!([]));
    assert!(ws.fails(2, &["note", "vi_nothing", "text"]).contains("no visit with id 'vi_nothing'"));
}

#[test]
fn a_logged_visit_keeps_its_sales_stage_and_follow_ups_and_the_client_shows_the_stage() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let visit = ws.ok(&[
        "visit",
        "log",
        "--client",
        &client,
        "--date",
        "2026-03-09",
        "--time",
        "10:00",
        "--check-in",
        "10:02",
        "--check-out",
        "11:15",
        "--stage",
        "trial",
        "--outcome",
        "Trial extended by two weeks",
        "--follow-up",
        "Send the trial report",
        "--follow-up",
        "Book the go-live meeting",
    ]);
    let logged = &ws.json(&["visit", "list", "--client", &client])[0];
    assert_eq!((logged["stage"].as_str(), logged["status"].as_str()), (Some("trial"), Some("done")));
    let page = ws.json(&["client", "show", &client]);
    assert_eq!(page["stage"], "trial");
    let export: serde_json::Value = serde_json::from_str(&ws.ok(&["export", "json"])).expect("JSON");
    let tasks: Vec<&str> = export["tasks"]
        .as_array()
        .expect("tasks")
        .iter()
        .filter(|t| t["visit_id"] == visit.as_str() && t["client_id"] == client.as_str())
        .filter_map(|t| t["title"].as_str())
        .collect();
    assert_eq!(tasks.len(), 2, "{tasks:?}");
    assert!(tasks.contains(&"Send the trial report") && tasks.contains(&"Book the go-live meeting"));

    ws.ok(&["visit", "edit", &visit, "--stage", "go_live", "--follow-up", "Invoice"]);
    assert_eq!(ws.json(&["client", "show", &client])["stage"], "go_live");
}

#[test]
fn a_bad_stage_or_an_empty_follow_up_exits_2_and_logs_nothing() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let visit = ws.ok(&["visit", "plan", "--client", &client, "--date", "2026-03-09", "--time", "10:00"]);
    let error = ws.fails(2, &["visit", "log", &visit, "--stage", "closing"]);
    assert!(error.contains("stage"), "{error}");
    let error = ws.fails(2, &["visit", "log", &visit, "--stage", "trial", "--follow-up", " "]);
    assert!(error.contains("title"), "{error}");
    let unchanged = &ws.json(&["visit", "list"])[0];
    assert_eq!((unchanged["status"].as_str(), &unchanged["stage"]), (Some("planned"), &serde_json::Value::Null));
}

/// Regression: an empty note was refused by the CLI as field `text` and by the app as
/// field `notes`; both now call the same action, which names `notes`.
#[test]
fn an_empty_note_is_refused_on_the_notes_field_and_changes_nothing() {
    let ws = Workspace::initialised();
    let client = ws.ok(&["client", "add", "--name", "Orlen", "--tier", "A"]);
    let visit = ws.ok(&["visit", "plan", "--client", &client, "--date", "2026-03-10", "--time", "10:00"]);
    let stderr = ws.fails(2, &["note", &visit, "   "]);
    assert!(stderr.contains("notes: must not be empty"), "{stderr}");
    assert_eq!(ws.json(&["visit", "list"])[0]["notes"], "");
}
