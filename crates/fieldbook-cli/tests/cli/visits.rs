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
