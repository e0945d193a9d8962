//! `fieldbook case …`, `fieldbook task …` and `fieldbook settings sla` on a real
//! data directory: the lifecycle, the deadlines in the manager's zone, and bad
//! input refused with exit 2 and nothing written.

use crate::util::Workspace;

fn a_client(ws: &Workspace) -> String {
    ws.ok(&["client", "add", "--name", "华东电力集团", "--tier", "A"])
}

fn open_outage(ws: &Workspace, client: &str) -> String {
    ws.ok(&[
        "case",
        "open",
        "--client",
        client,
        "--category",
        "网络故障",
        "--severity",
        "high",
        "--channel",
        "phone",
        "--description",
        "专线中断约两个小时",
        "--at",
        "2026-10-08 14:00",
    ])
}

/// The portfolio exported as JSON: what a refused command must leave as it was.
fn everything(ws: &Workspace) -> String {
    ws.ok(&["export", "json"])
}

#[test]
fn a_case_is_opened_moved_to_confirmation_and_listed_with_its_deadlines() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let case = open_outage(&ws, &client);
    assert!(case.starts_with("cs_"), "prints the new case's id: {case}");

    let listed = ws.json(&["case", "list", "--client", &client]);
    let row = &listed[0];
    assert_eq!(row["id"], case.as_str());
    assert_eq!(row["status"], "open");
    assert_eq!(row["severity"], "high");
    assert_eq!(row["category"], "网络故障");
    assert_eq!(row["opened_at"], "2026-10-08T14:00:00+08:00");
    // High: respond within 4 working hours, resolve within 3 working days (9:00–18:00). 2026's
    // 国庆 week ended on 7 October; Saturday 10 October is an adjusted working day (调休上班).
    assert_eq!(row["response_due"], "2026-10-08T18:00:00+08:00");
    assert_eq!(row["resolution_due"], "2026-10-12T14:00:00+08:00");
    assert_eq!(row["breached"], true, "long past by now");

    ws.ok(&["case", "start", &case, "--at", "2026-10-08 15:00"]);
    ws.ok(&["case", "handover", &case, "--to", "网络运维部", "--at", "2026-10-08 15:30"]);
    ws.ok(&["case", "reply", &case, "--channel", "phone", "--text", "已安排工程师", "--at", "2026-10-08 16:00"]);
    ws.ok(&[
        "case",
        "resolve",
        &case,
        "--resolution",
        "更换了故障设备",
        "--channel",
        "phone",
        "--at",
        "2026-10-09 11:00",
    ]);
    let confirmed = ws.ok(&["case", "confirm", &case, "--satisfaction", "5", "--at", "2026-10-10 10:00"]);
    assert!(confirmed.ends_with("confirmed"), "{confirmed}");

    let shown = ws.json(&["case", "show", &case]);
    let steps: Vec<&str> = shown["timeline"]["entries"]
        .as_array()
        .expect("a JSON list")
        .iter()
        .map(|e| e["step"].as_str().expect("a step code"))
        .collect();
    assert_eq!(steps, ["open", "start", "handover", "reply", "resolve", "confirm"]);
    assert_eq!(shown["timeline"]["entries"][2]["department"], "网络运维部");
    assert_eq!(shown["timeline"]["entries"][1]["by"], "Li Na");
    assert_eq!(shown["timeline"]["entries"][3]["at"], "2026-10-08T16:00:00+08:00", "in the manager's zone");
    assert_eq!(shown["timeline"]["responded_at"], "2026-10-08T16:00:00+08:00");
    assert_eq!(shown["sla"]["response"]["state"], "met", "replied at 16:00, within 4 working hours");
    assert_eq!(shown["sla"]["resolution"]["state"], "met");
    assert_eq!(ws.json(&["case", "list", "--breached"]).as_array().expect("a JSON list").len(), 0);
    assert_eq!(ws.json(&["case", "list", "--open"]).as_array().expect("a JSON list").len(), 0);
    assert_eq!(ws.json(&["case", "list", "--status", "confirmed"]).as_array().expect("a JSON list").len(), 1);
}

#[test]
fn bad_case_input_exits_2_names_what_is_wrong_and_writes_nothing() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let case = open_outage(&ws, &client);
    let before = everything(&ws);

    let unknown = ws.fails(
        2,
        &["case", "open", "--client", "cl_nobody", "--category", "x", "--severity", "low", "--channel", "phone"],
    );
    assert!(unknown.contains("no client with id 'cl_nobody'"), "{unknown}");
    let severity = ws.fails(
        2,
        &["case", "open", "--client", &client, "--category", "x", "--severity", "urgent", "--channel", "phone"],
    );
    assert!(severity.contains("severity") && severity.contains("urgent"), "{severity}");
    let when = ws.fails(
        2,
        &[
            "case",
            "open",
            "--client",
            &client,
            "--category",
            "x",
            "--severity",
            "low",
            "--channel",
            "phone",
            "--at",
            "yesterday",
        ],
    );
    assert!(when.contains("at") && when.contains("yesterday"), "{when}");
    let unfit = ws.fails(2, &["case", "confirm", &case, "--satisfaction", "5"]);
    assert!(unfit.contains("cannot confirm a case that is open"), "{unfit}");
    let no_reason = ws.fails(2, &["case", "resolve", &case]);
    assert!(no_reason.contains("resolution"), "{no_reason}");
    let duration = ws.fails(2, &["settings", "sla", "--severity", "high", "--response", "soon"]);
    assert!(duration.contains("response") && duration.contains("'soon' is not a working time"), "{duration}");
    let no_case = ws.fails(2, &["task", "add", "--title", "Call back", "--case", "cs_nothing"]);
    assert!(no_case.contains("no case with id 'cs_nothing'"), "{no_case}");
    ws.fails(2, &["task", "add", "--due", "2026-10-10"]);

    assert_eq!(everything(&ws), before, "nothing was written");
}

#[test]
fn sla_targets_are_shown_and_changed() {
    let ws = Workspace::initialised();
    let targets = ws.json(&["settings", "sla"]);
    assert_eq!(targets[0]["severity"], "critical");
    assert_eq!((targets[0]["response"].as_str(), targets[0]["resolution"].as_str()), (Some("2h"), Some("1d")));
    let changed = ws.json(&["settings", "sla", "--severity", "high", "--response", "2h", "--resolution", "2d"]);
    assert_eq!((changed[1]["response"].as_str(), changed[1]["resolution"].as_str()), (Some("2h"), Some("2d")));
    let client = a_client(&ws);
    let case = open_outage(&ws, &client);
    let row = &ws.json(&["case", "list"])[0];
    assert_eq!(row["id"], case.as_str());
    assert_eq!(row["response_due"], "2026-10-08T16:00:00+08:00", "2 working hours now");
}

#[test]
fn tasks_are_added_from_a_case_ticked_done_undone_edited_and_removed() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let case = open_outage(&ws, &client);
    let task = ws.ok(&["task", "add", "--title", "Call the NOC", "--case", &case, "--due", "2026-10-09"]);
    let listed = ws.json(&["task", "list", "--open"]);
    assert_eq!(listed[0]["id"], task.as_str());
    assert_eq!(listed[0]["client_id"], client.as_str(), "a case's task concerns its client");
    assert_eq!(listed[0]["overdue"], true);
    ws.ok(&["task", "done", &task]);
    assert_eq!(ws.json(&["task", "list", "--open"]).as_array().expect("a JSON list").len(), 0);
    ws.ok(&["task", "undo", &task]);
    ws.ok(&["task", "edit", &task, "--title", "Call the NOC again", "--due", ""]);
    let edited = &ws.json(&["task", "list", "--case", &case])[0];
    assert_eq!((edited["title"].as_str(), edited["due"].is_null()), (Some("Call the NOC again"), true));
    ws.ok(&["task", "remove", &task]);
    assert_eq!(ws.json(&["task", "list"]).as_array().expect("a JSON list").len(), 0);
}

#[test]
fn cases_and_their_timelines_are_exported_as_csv_and_their_deadlines_as_ics() {
    let ws = Workspace::initialised();
    let client = a_client(&ws);
    let case = open_outage(&ws, &client);
    ws.ok(&["case", "handover", &case, "--to", "网络运维部", "--at", "2026-10-08 15:30"]);
    ws.ok(&["task", "add", "--title", "Ask for the fix date", "--case", &case, "--due", "2026-10-12"]);
    let dir = ws.file("export");
    ws.ok(&["export", "csv", "--output", dir.to_str().expect("utf-8 path")]);
    let cases = std::fs::read_to_string(dir.join("cases.csv")).expect("file written");
    assert!(cases.contains(&format!("{case},")) && cases.contains("handed_over,网络运维部"), "{cases}");
    assert!(cases.contains("2026-10-12T14:00:00+08:00,,yes"), "resolution due, not resolved, breached: {cases}");
    let events = std::fs::read_to_string(dir.join("case_events.csv")).expect("file written");
    assert_eq!(events.lines().count(), 3, "header, opening, hand-over: {events}");
    let ics = ws.file("cases.ics");
    ws.ok(&["export", "ics", "--from", "2026-10-08", "--days", "7", "--output", ics.to_str().expect("utf-8 path")]);
    let calendar = std::fs::read_to_string(ics).expect("calendar written");
    assert!(calendar.contains(&format!("UID:{case}-resolution@fieldbook")), "{calendar}");
    assert!(calendar.contains("DTSTART:20261012T060000Z"), "the resolution deadline in UTC: {calendar}");
    assert!(calendar.contains("SUMMARY:Ask for the fix date"), "{calendar}");
    assert!(calendar.contains("DTSTART;VALUE=DATE:20261012"), "{calendar}");
}
