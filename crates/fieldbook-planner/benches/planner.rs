//! The day planner's benchmarks: route length against the brute-force optimum
//! for days of up to nine stops (exact search and `vrp-core` alone), and solve
//! time for 10, 25 and 50 stops with office hours.
//!
//! `cargo bench -p fieldbook-planner --bench planner`; results in BENCHMARKS.md.

#![allow(missing_docs, reason = "criterion_group! generates an undocumented function")]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldbook_core::{ClientId, DayWindow, GeoPoint};
use fieldbook_planner::{DayPlan, DayRequest, Stop, Travel, haversine_km, plan_day, plan_day_heuristic};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The office, People's Square, Shanghai.
const OFFICE: GeoPoint = GeoPoint { lat: 31.2304, lon: 121.4737 };

fn window(text: &str) -> DayWindow {
    text.parse().expect("a window")
}

/// `n` clients within about 15 km of the office, 30–90 minute visits, a third with office hours.
fn random_day(n: usize, seed: u64, minutes: &[u32]) -> DayRequest {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let stops = (0..n)
        .map(|i| {
            let location = GeoPoint {
                lat: OFFICE.lat + rng.random_range(-0.13..0.13),
                lon: OFFICE.lon + rng.random_range(-0.15..0.15),
            };
            let mut stop = Stop::new(
                ClientId::from(format!("cl_{i}")),
                Some(location),
                minutes[rng.random_range(0..minutes.len())],
            );
            if rng.random_range(0..3) == 0 {
                let windows = ["09:00-12:00", "13:30-17:30", "10:00-11:30", "14:00-16:00"];
                stop.window = Some(window(windows[rng.random_range(0..windows.len())]));
            }
            stop
        })
        .collect();
    DayRequest::new(OFFICE, window("08:30-18:30"), Travel::default(), stops)
}

/// The most stops any order visits and the least road km among those orders.
fn brute_force(r: &DayRequest) -> (usize, f64) {
    fn walk(r: &DayRequest, used: &mut [bool], n: usize, at: GeoPoint, time: f64, km: f64, best: &mut (usize, f64)) {
        if n > best.0 || (n == best.0 && km < best.1) {
            *best = (n, km);
        }
        for i in 0..r.stops.len() {
            let Some(to) = r.stops[i].location.filter(|_| !used[i]) else { continue };
            let leg = haversine_km(at, to) * r.travel.road_factor;
            let w = r.stops[i].window.unwrap_or(r.hours);
            let begin = (time + leg / r.travel.speed_kmh * 60.0).max(minutes(w.start));
            let end = begin + f64::from(r.stops[i].duration_min);
            if end <= minutes(w.end).min(minutes(r.hours.end)) + 1e-9 {
                used[i] = true;
                walk(r, used, n + 1, to, end, km + leg, best);
                used[i] = false;
            }
        }
    }
    let mut best = (0, 0.0);
    walk(r, &mut vec![false; r.stops.len()], 0, r.start, minutes(r.hours.start), 0.0, &mut best);
    best
}

fn minutes(t: fieldbook_core::TimeOfDay) -> f64 {
    use chrono::Timelike;
    f64::from(t.0.num_seconds_from_midnight()) / 60.0
}

/// Over `days` random days of `n` stops: how often the plan is optimal, and its mean and worst km ratio.
fn quality(n: usize, days: u64, solve: fn(&DayRequest) -> DayPlan) -> (usize, f64, f64) {
    let (mut optimal, mut sum, mut worst) = (0, 0.0, 1.0_f64);
    for seed in 0..days {
        let request = random_day(n, seed, &[20, 30, 45]);
        let plan = solve(&request);
        let (count, km) = brute_force(&request);
        let ratio =
            if plan.stops.len() < count { f64::INFINITY } else { plan.total_travel_km / ((km * 10.0).round() / 10.0) };
        optimal += usize::from(ratio <= 1.0 + 1e-9);
        sum += ratio;
        worst = worst.max(ratio);
    }
    (optimal, sum / days as f64, worst)
}

fn route_length(_: &mut Criterion) {
    const DAYS: u64 = 30;
    for n in [5, 7, 9] {
        for (name, solve) in [("exact", plan_day as fn(&DayRequest) -> DayPlan), ("vrp-core", plan_day_heuristic)] {
            let (optimal, mean, worst) = quality(n, DAYS, solve);
            println!(
                "route length, {n} stops, {name}: optimal on {optimal}/{DAYS} days, mean ratio {mean:.4}, worst {worst:.4}"
            );
        }
    }
}

fn solve_time(c: &mut Criterion) {
    let mut group = c.benchmark_group("plan_day");
    group.sample_size(10);
    for n in [9, 10, 25, 50] {
        let request = random_day(n, 42, &[30, 45, 60, 90]);
        let plan = plan_day(&request);
        println!(
            "{n} stops: {} planned, {} left out, {} km",
            plan.stops.len(),
            plan.unassigned.len(),
            plan.total_travel_km
        );
        group.bench_function(format!("{n} stops with office hours"), |b| b.iter(|| plan_day(black_box(&request))));
    }
    group.finish();
}

criterion_group!(benches, route_length, solve_time);
criterion_main!(benches);
