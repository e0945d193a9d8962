//! A day as the manager plans it: office hours, stops left out and why, locked
//! stops, manual re-timing, larger days, and saving the plan as visits.

use chrono::Timelike;
use fieldbook_core::{ActorId, Client, ClientId, GeoPoint, Portfolio, Region, Settings, Tier, Visit, VisitStatus};
use fieldbook_planner::{UnassignedReason, haversine_km, plan_day, retime, save_plan, stops_for};
use rand::SeedableRng;

use crate::support::{OFFICE, day, hours, order, random_day, stop};

#[test]
fn a_client_open_only_in_the_afternoon_is_visited_then_though_it_is_next_door() {
    let mut afternoon = stop("afternoon", 31.232, 121.476, 60);
    afternoon.window = Some(hours("14:00-17:00"));
    let plan = plan_day(&day(vec![afternoon, stop("far", 31.30, 121.55, 60), stop("farther", 31.32, 121.60, 60)]));
    // Waiting next door until 14:00 and then driving out costs less than driving back.
    assert_eq!(order(&plan), ["cl_afternoon", "cl_far", "cl_farther"]);
    let visit = &plan.stops[0];
    assert_eq!((visit.arrive.to_string(), visit.depart.to_string()), ("14:00".into(), "15:00".into()));
}

#[test]
fn each_stop_left_out_says_why() {
    let mut early = stop("early", 31.24, 121.48, 60);
    early.window = Some(hours("07:00-09:30"));
    let faraway = stop("faraway", 39.90, 116.40, 60); // Beijing, 1,000 km: too far, not a day too short
    let nowhere = fieldbook_planner::Stop::new(ClientId::from("cl_nowhere".to_string()), None, 60);
    let plan = plan_day(&day(vec![early, faraway, nowhere, stop("near", 31.235, 121.47, 60)]));
    let reasons: Vec<(String, UnassignedReason)> =
        plan.unassigned.iter().map(|u| (u.client_id.to_string(), u.reason)).collect();
    assert_eq!(
        reasons,
        [
            ("cl_early".into(), UnassignedReason::TimeWindow),
            ("cl_faraway".into(), UnassignedReason::TooFar),
            ("cl_nowhere".into(), UnassignedReason::NoCoordinates),
        ]
    );
    assert_eq!(order(&plan), ["cl_near"]);
}

#[test]
fn locked_stops_keep_their_position_when_the_day_is_re_optimised() {
    let mut request = random_day(7, 3, false);
    request.stops.iter_mut().for_each(|s| s.duration_min = 30);
    let free_plan = plan_day(&request);
    // Lock the stop the optimum visits last at the front, and another at position 3.
    let last = free_plan.stops.last().unwrap().client_id.clone();
    let position = request.stops.iter().position(|s| s.client_id == last).unwrap();
    let mut locked = request.stops.remove(position);
    locked.locked = true;
    request.stops.insert(0, locked);
    request.stops[3].locked = true;
    let third = request.stops[3].client_id.to_string();
    let plan = plan_day(&request);
    assert_eq!(plan.stops.len(), 7);
    assert_eq!(plan.stops[0].client_id, last);
    assert_eq!(plan.stops[3].client_id.to_string(), third);
    assert!(plan.total_travel_km >= free_plan.total_travel_km);
}

#[test]
fn a_manual_order_is_kept_and_re_timed() {
    let request = day(vec![stop("far", 31.30, 121.55, 60), stop("near", 31.235, 121.47, 30)]);
    let plan = retime(&request);
    assert_eq!(order(&plan), ["cl_far", "cl_near"]);
    // 9:00 at the office, then the road kilometres at 30 km/h to the first client.
    let drive = haversine_km(OFFICE, GeoPoint { lat: 31.30, lon: 121.55 }) * 1.3 / 30.0 * 60.0;
    assert_eq!(plan.stops[0].arrive.0, hours("09:00-10:00").start.0 + chrono::Duration::minutes(drive.round() as i64));
    let drive = haversine_km(GeoPoint { lat: 31.30, lon: 121.55 }, GeoPoint { lat: 31.235, lon: 121.47 }) * 1.3 * 2.0;
    assert_eq!(plan.stops[1].arrive.0, plan.stops[0].depart.0 + chrono::Duration::minutes(drive.round() as i64));
    assert!(plan_day(&request).total_travel_km < plan.total_travel_km);
}

#[test]
fn a_day_of_25_stops_with_office_hours_keeps_every_window_and_the_working_day() {
    let request = random_day(25, 7, true);
    let plan = plan_day(&request);
    assert!(!plan.optimal);
    assert_eq!(plan.stops.len() + plan.unassigned.len(), 25);
    assert!(plan.stops.len() >= 5, "only {} stops planned", plan.stops.len());
    let minutes = |t: fieldbook_core::TimeOfDay| t.0.num_seconds_from_midnight() / 60;
    let mut free_at = 9 * 60;
    for s in &plan.stops {
        let asked = request.stops.iter().find(|r| r.client_id == s.client_id).unwrap();
        let window = asked.window.unwrap_or(hours("09:00-18:00"));
        assert!(minutes(s.arrive) >= free_at && minutes(s.arrive) >= minutes(window.start), "{s:?}");
        assert!(minutes(s.depart) <= minutes(window.end) && minutes(s.depart) <= 18 * 60, "{s:?}");
        free_at = minutes(s.depart);
    }
}

#[test]
fn a_saved_plan_becomes_planned_visits_in_one_commit() {
    let mut portfolio = Portfolio::create(&Settings::new("Li Na", Region::Cn), ActorId::random()).unwrap();
    let mut ids = Vec::new();
    for (name, tier, lat, lon) in [("华东电力", Tier::A, 31.30, 121.55), ("纺织厂", Tier::D, 31.235, 121.47)] {
        let mut client = Client::new(ClientId::from(format!("cl_{name}")), name, tier);
        client.location = Some(GeoPoint { lat, lon });
        ids.push(portfolio.add(client).unwrap());
    }
    let stops = stops_for(&portfolio, &ids).unwrap();
    assert_eq!(stops.iter().map(|s| s.duration_min).collect::<Vec<_>>(), [90, 30]);
    let plan = plan_day(&fieldbook_planner::DayRequest::new(OFFICE, hours("09:00-18:00"), Default::default(), stops));
    let before = portfolio.history().len();
    let date = "2026-03-10".parse().unwrap();
    let zone = fieldbook_fixtures::shanghai();
    let saved = save_plan(&mut portfolio, &plan, date, zone, &mut rand_chacha::ChaCha8Rng::seed_from_u64(1)).unwrap();
    assert_eq!(portfolio.history().len(), before + 1);
    assert_eq!(portfolio.history().last().unwrap(), "Plan the visits of 2026-03-10");
    let visits: Vec<Visit> = saved.iter().map(|id| portfolio.get::<Visit>(id).unwrap()).collect();
    assert_eq!(visits[0].client_id.as_ref(), "cl_纺织厂");
    assert_eq!(
        (visits[0].planned.time, visits[0].duration_min, visits[0].status),
        (plan.stops[0].arrive, 30, VisitStatus::Planned)
    );
    assert_eq!(visits[1].planned.time, plan.stops[1].arrive);
}
