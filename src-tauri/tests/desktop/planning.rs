//! Visit planning through the desktop commands, on a real data directory: the
//! day planned, re-timed and saved as visits, a visit moved in the week, its stage.

use crate::desks::new_client;
use fieldbook_actions::{DayPlanRequest, PlanMode, PlanStopInput};
use fieldbook_core::ClientField;
use fieldbook_desktop::commands::{self, Desk};

use crate::desks::a_chinese_desk;

/// A tier-C client (45-minute visits) at `location`.
fn a_client_at(desk: &Desk, name: &str, location: &str) -> String {
    let id = commands::add_client(desk, &new_client(name, "C")).expect("added");
    commands::set_client_field(desk, &id, &ClientField::Location, location).expect("located");
    id
}

fn request(stops: &[(&str, bool)], mode: PlanMode) -> DayPlanRequest {
    DayPlanRequest {
        date: "2026-12-01".into(),
        start: "31.2304,121.4737".into(),
        day_start: Some("09:00".into()),
        day_end: Some("18:00".into()),
        speed_kmh: 30.0,
        road_factor: 1.3,
        stops: stops.iter().map(|(id, locked)| PlanStopInput { client_id: (*id).into(), locked: *locked }).collect(),
        mode,
    }
}

#[test]
fn a_day_is_optimised_re_timed_in_a_manual_order_and_saved_as_visits() {
    let (_data, desk) = a_chinese_desk();
    let far = a_client_at(&desk, "浦东物流", "31.30,121.55");
    let near = a_client_at(&desk, "黄浦银行", "31.235,121.47");
    let optimised = commands::plan_day(&desk, &request(&[(&far, false), (&near, false)], PlanMode::Optimise)).unwrap();
    assert_eq!(optimised.stops.iter().map(|s| s.client_name.as_str()).collect::<Vec<_>>(), ["黄浦银行", "浦东物流"]);
    assert_eq!((optimised.stops[0].arrive.as_str(), optimised.stops[0].depart.as_str()), ("09:02", "09:47"));

    let manual = commands::plan_day(&desk, &request(&[(&far, false), (&near, false)], PlanMode::Retime)).unwrap();
    assert_eq!(manual.stops[0].client_id, far);
    assert!(manual.total_travel_km > optimised.total_travel_km);

    let saved = commands::save_day_plan(&desk, &request(&[(&near, false), (&far, false)], PlanMode::Retime)).unwrap();
    let week = commands::visits_between(&desk, "2026-11-30", &7).unwrap();
    assert_eq!(week.iter().map(|v| v.id.clone()).collect::<Vec<_>>(), saved);
    assert_eq!((week[0].client_id.as_str(), week[0].time.as_str(), week[0].duration_min), (near.as_str(), "09:02", 45));

    let moved = commands::move_visit(&desk, &saved[1], "2026-12-03", "15:30").unwrap();
    assert_eq!((moved.date.as_str(), moved.time.as_str()), ("2026-12-03", "15:30"));
    let staged = commands::set_visit_stage(&desk, &saved[1], "presentation").unwrap();
    assert_eq!(staged.stage.as_deref(), Some("presentation"));
}

#[test]
fn bad_planner_input_is_refused_naming_the_field() {
    let (_data, desk) = a_chinese_desk();
    let client = a_client_at(&desk, "黄浦银行", "31.235,121.47");
    let mut bad = request(&[(&client, false)], PlanMode::Optimise);
    bad.start = "north".into();
    let error = serde_json::to_value(commands::plan_day(&desk, &bad).unwrap_err()).unwrap();
    assert_eq!((error["code"].as_str(), error["field"].as_str()), (Some("bad_input"), Some("start")));
    let mut slow = request(&[(&client, false)], PlanMode::Optimise);
    slow.speed_kmh = 0.0;
    let error = serde_json::to_value(commands::plan_day(&desk, &slow).unwrap_err()).unwrap();
    assert_eq!(error["field"], "speed_kmh", "named as the request names it");
    let error =
        serde_json::to_value(commands::move_visit(&desk, "vi_nothing", "2026-12-01", "10:00").unwrap_err()).unwrap();
    assert_eq!(error["code"], "not_found");
}

#[test]
fn the_due_list_names_the_clients_never_visited() {
    let (_data, desk) = a_chinese_desk();
    a_client_at(&desk, "黄浦银行", "31.235,121.47");
    let due = commands::due_clients(&desk).unwrap();
    assert_eq!(due.never_visited.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["黄浦银行"]);
    assert_eq!(due.coverage.iter().map(|c| c.cadence_days).collect::<Vec<_>>(), [14, 30, 90, 180]);
}

#[test]
fn the_week_shows_the_reminders_due_in_it() {
    let (_data, desk) = a_chinese_desk();
    let client = a_client_at(&desk, "黄浦银行", "31.235,121.47");
    commands::set_client_field(&desk, &client, &ClientField::Arrears, "12500 CNY").unwrap();
    commands::set_client_field(&desk, &client, &ClientField::ArrearsDue, "2027-02-03").unwrap();
    let reminders = commands::week_reminders(&desk, "2027-02-01", &7).unwrap();
    assert!(reminders.iter().any(|r| r.date == "2027-02-03" && r.client_name == "黄浦银行"), "{reminders:?}");
    let error = serde_json::to_value(commands::week_reminders(&desk, "soon", &7).unwrap_err()).unwrap();
    assert_eq!(error["field"], "from");
}
