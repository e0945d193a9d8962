//! `fieldbook due`, `fieldbook settings cadence`, the planner's settings (home, working hours) and `fieldbook plan`.

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

/// Adds a client at `location` (LAT,LON, or "" for none); returns its id.
fn a_client_at(ws: &Workspace, name: &str, tier: &str, location: &str) -> String {
    ws.ok(&["client", "add", "--name", name, "--tier", tier, "--location", location])
}

#[test]
fn plan_orders_the_clients_prints_the_route_and_saves_it_as_planned_visits() {
    let ws = Workspace::initialised();
    let far = a_client_at(&ws, "华东电力", "A", "31.30,121.55");
    let near = a_client_at(&ws, "纺织厂", "D", "31.235,121.47");
    let nowhere = ws.ok(&["client", "add", "--name", "新客户", "--tier", "C"]);
    let clients = format!("{far},{near},{nowhere}");
    let args = ["plan", "--date", "2026-03-10", "--start", "31.2304,121.4737", "--clients", &clients];

    let plan = ws.json(&args);
    let stops = plan["stops"].as_array().expect("stops");
    assert_eq!(stops.iter().map(|s| s["client_id"].as_str().unwrap_or_default()).collect::<Vec<_>>(), [&near, &far]);
    assert_eq!(stops[0]["arrive"], "09:02", "0.8 km of road at 30 km/h");
    assert_eq!(stops[0]["depart"], "09:32", "a tier-D visit lasts 30 minutes");
    assert!(stops[1]["travel_km_from_prev"].as_f64().is_some_and(|km| km > 10.0), "{plan}");
    assert_eq!(plan["unassigned"], serde_json::json!([{"client_id": nowhere, "reason": "no_coordinates"}]));
    let total = plan["total_travel_km"].as_f64().expect("km");
    assert!(total > 10.0 && plan["total_travel_min"].as_f64().is_some_and(|min| min > 20.0), "{plan}");
    assert!(ws.json(&["visit", "list"]).as_array().is_some_and(Vec::is_empty), "nothing saved without --save");

    let mut saving = args.to_vec();
    saving.push("--save");
    ws.json(&saving);
    let visits = ws.json(&["visit", "list", "--from", "2026-03-10", "--to", "2026-03-10"]);
    let planned: Vec<(&str, &str)> = visits
        .as_array()
        .expect("visits")
        .iter()
        .map(|v| (v["client_id"].as_str().unwrap_or_default(), v["planned"]["time"].as_str().unwrap_or_default()))
        .collect();
    assert_eq!(planned, [(near.as_str(), "09:02"), (far.as_str(), stops[1]["arrive"].as_str().unwrap_or_default())]);
}

#[test]
fn plan_from_the_due_list_takes_the_overdue_clients() {
    let ws = Workspace::initialised();
    let overdue = a_client_at(&ws, "江南银行", "B", "31.24,121.49");
    ws.ok(&["visit", "log", "--client", &overdue, "--date", "2026-01-02", "--time", "10:00"]);
    let fresh = a_client_at(&ws, "华东电力", "A", "31.30,121.55");
    ws.ok(&["visit", "log", "--client", &fresh, "--date", "2026-03-09", "--time", "10:00"]);
    let plan = ws.json(&["plan", "--date", "2026-03-10", "--start", "31.2304,121.4737", "--from-due"]);
    assert_eq!(plan["stops"][0]["client_id"], overdue.as_str());
    assert_eq!(plan["stops"].as_array().map(Vec::len), Some(1), "{plan}");
}

#[test]
fn plan_refuses_bad_arguments_with_exit_2_naming_the_argument_and_saves_nothing() {
    let ws = Workspace::initialised();
    let client = a_client_at(&ws, "纺织厂", "D", "31.235,121.47");
    let base = ["plan", "--date", "2026-03-10", "--start", "31.2304,121.4737", "--clients", client.as_str(), "--save"];
    for (flag, value, named) in [
        ("--date", "10.03.2026", "date"),
        ("--start", "91,121", "start"),
        ("--start", "Shanghai", "start"),
        // Refusals name the field as the app's do (day_start), not the flag.
        ("--day-start", "25:00", "day_start"),
        ("--day-end", "08:00", "day_end"),
        ("--speed-kmh", "0", "speed_kmh"),
        ("--road-factor", "fast", "road-factor"),
        ("--clients", "cl_nobody", "no client with id 'cl_nobody'"),
    ] {
        let mut args = base.to_vec();
        match args.iter().position(|a| *a == flag) {
            Some(at) => args[at + 1] = value,
            None => args.extend([flag, value]),
        }
        let error = ws.fails(2, &args);
        assert!(error.contains(named), "{flag} {value}: {error}");
    }
    let error = ws.fails(2, &["plan", "--date", "2026-03-10", "--start", "31.2,121.4"]);
    assert!(error.contains("--clients") && error.contains("--from-due"), "{error}");
    assert!(ws.json(&["visit", "list"]).as_array().is_some_and(Vec::is_empty));
}

#[test]
fn home_and_working_hours_are_settings_shown_with_the_cadence() {
    let ws = Workspace::initialised();
    ws.ok(&["settings", "set", "home", "31.2304,121.4737"]);
    ws.ok(&["settings", "set", "working_hours", "08:30-17:30"]);
    let error = ws.fails(2, &["settings", "set", "office", "north of the river"]);
    assert!(error.contains("office: 'north of the river' is not LAT,LON"), "{error}");
    let shown = ws.ok(&["settings", "show"]);
    for expected in ["31.2304,121.4737", "08:30-17:30", "cadence_a"] {
        assert!(shown.contains(expected), "{expected} missing from {shown}");
    }
    assert_eq!(ws.json(&["settings", "show"])["office"], serde_json::Value::Null, "the refused office was not kept");
}

#[test]
fn a_plan_of_more_than_nine_stops_prints_nothing_but_its_json() {
    let ws = Workspace::initialised();
    let clients: Vec<String> = (0..11)
        .map(|n| a_client_at(&ws, &format!("商户{n}"), "D", &format!("31.{:03},121.{:03}", 220 + n * 3, 460 + n * 2)))
        .collect();
    let clients = clients.join(",");
    let run = ws.run(&[
        "plan",
        "--date",
        "2026-03-10",
        "--start",
        "31.2304,121.4737",
        "--clients",
        &clients,
        "--format",
        "json",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let plan: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout));
    assert_eq!(plan["stops"].as_array().map(Vec::len), Some(11), "{plan}");
}

#[test]
fn a_plan_with_no_stop_travels_zero_not_minus_zero() {
    let ws = Workspace::initialised();
    let nowhere = ws.ok(&["client", "add", "--name", "新客户", "--tier", "C"]);
    let args = ["plan", "--date", "2026-03-10", "--start", "31.2304,121.4737", "--clients", nowhere.as_str()];
    let table = ws.ok(&args);
    assert!(table.contains("Travel: 0.0 km, 0 min"), "{table}");
    let mut json = args.to_vec();
    json.extend(["--format", "json"]);
    let plan = ws.ok(&json);
    assert!(plan.contains("\"total_travel_km\": 0.0") && !plan.contains("-0"), "{plan}");
}

#[test]
fn plan_from_the_due_list_leaves_out_clients_already_booked() {
    let ws = Workspace::initialised();
    let booked = a_client_at(&ws, "江南银行", "B", "31.24,121.49");
    ws.ok(&["visit", "log", "--client", &booked, "--date", "2026-01-02", "--time", "10:00"]);
    ws.ok(&["visit", "plan", "--client", &booked, "--date", "2026-03-12", "--time", "10:00"]);
    let free = a_client_at(&ws, "华北物流", "B", "31.25,121.50");
    ws.ok(&["visit", "log", "--client", &free, "--date", "2026-01-05", "--time", "10:00"]);
    let plan = ws.json(&["plan", "--date", "2026-03-10", "--start", "31.2304,121.4737", "--from-due"]);
    let stops: Vec<&str> =
        plan["stops"].as_array().expect("stops").iter().filter_map(|s| s["client_id"].as_str()).collect();
    assert_eq!(stops, [free.as_str()], "the client booked for Thursday is not proposed again: {plan}");
}
