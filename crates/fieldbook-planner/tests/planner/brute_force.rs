//! The planner against an independent brute force: every order of every subset
//! of the stops, timed here from the haversine formula, for days of up to eight
//! stops (nine are checked by the benchmark, which runs optimised).

use chrono::Timelike;
use fieldbook_core::TimeOfDay;
use fieldbook_planner::{DayRequest, haversine_km, plan_day};

use crate::support::random_day;

fn minutes(t: TimeOfDay) -> f64 {
    f64::from(t.0.num_seconds_from_midnight()) / 60.0
}

/// The most stops any order visits and the least road km among those orders.
fn brute_force(request: &DayRequest) -> (usize, f64) {
    let n = request.stops.len();
    let mut best = (0, 0.0);
    let mut order = Vec::new();
    let mut used = vec![false; n];
    walk(request, &mut order, &mut used, request.start, minutes(request.hours.start), 0.0, &mut best);
    best
}

fn walk(
    r: &DayRequest,
    order: &mut Vec<usize>,
    used: &mut [bool],
    at: fieldbook_core::GeoPoint,
    time: f64,
    km: f64,
    best: &mut (usize, f64),
) {
    if order.len() > best.0 || (order.len() == best.0 && km < best.1) {
        *best = (order.len(), km);
    }
    for i in 0..r.stops.len() {
        if used[i] {
            continue;
        }
        let stop = &r.stops[i];
        let Some(to) = stop.location else { continue };
        let leg = haversine_km(at, to) * r.travel.road_factor;
        let window = stop.window.unwrap_or(r.hours);
        let begin = (time + leg / r.travel.speed_kmh * 60.0).max(minutes(window.start));
        let end = begin + f64::from(stop.duration_min);
        if end > minutes(window.end).min(minutes(r.hours.end)) + 1e-9 {
            continue;
        }
        used[i] = true;
        order.push(i);
        walk(r, order, used, to, end, km + leg, best);
        order.pop();
        used[i] = false;
    }
}

fn check(n: usize, seed: u64, windows: bool) {
    let request = random_day(n, seed, windows);
    let plan = plan_day(&request);
    let (count, km) = brute_force(&request);
    assert!(plan.optimal);
    assert_eq!(plan.stops.len(), count, "{n} stops, seed {seed}: visits fewer stops than possible");
    assert!(
        plan.total_travel_km <= (km * 10.0).round() / 10.0 + 1e-9,
        "{n} stops, seed {seed}: {} km, optimum {km:.2} km",
        plan.total_travel_km
    );
}

#[test]
fn the_plan_is_as_short_as_the_best_order_brute_force_finds() {
    for n in 1..=8 {
        for seed in 0..4 {
            check(n, seed, false);
        }
    }
}

#[test]
fn with_office_hours_the_plan_visits_as_many_stops_and_drives_as_little_as_brute_force() {
    for n in 1..=8 {
        for seed in 10..16 {
            check(n, seed, true);
        }
    }
}

#[test]
fn a_full_day_leaves_out_as_few_stops_as_possible() {
    // Eight 90-minute visits cannot fit into 09:00–18:00; the best keeps five.
    for seed in 20..23 {
        let mut request = random_day(8, seed, false);
        request.stops.iter_mut().for_each(|s| s.duration_min = 90);
        let plan = plan_day(&request);
        assert_eq!(plan.stops.len(), brute_force(&request).0);
        assert!(plan.unassigned.iter().all(|u| u.reason == fieldbook_planner::UnassignedReason::DayTooShort));
    }
}
