//! Days that read like the manager's: a start point in Shanghai, clients around it.

use fieldbook_core::{ClientId, DayWindow, GeoPoint};
use fieldbook_planner::{DayRequest, Stop, Travel};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// The office, People's Square.
pub const OFFICE: GeoPoint = GeoPoint { lat: 31.2304, lon: 121.4737 };

pub fn hours(text: &str) -> DayWindow {
    text.parse().unwrap()
}

/// A stop at `lat, lon` taking `minutes`.
pub fn stop(id: &str, lat: f64, lon: f64, minutes: u32) -> Stop {
    Stop::new(ClientId::from(format!("cl_{id}")), Some(GeoPoint { lat, lon }), minutes)
}

/// A 09:00–18:00 day from the office.
pub fn day(stops: Vec<Stop>) -> DayRequest {
    DayRequest::new(OFFICE, hours("09:00-18:00"), Travel::default(), stops)
}

/// `n` random clients within about 15 km of the office, 30–90 minute visits; with
/// `windows`, about a third have office hours (a morning, an afternoon, or a short window).
pub fn random_day(n: usize, seed: u64, windows: bool) -> DayRequest {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let stops = (0..n)
        .map(|i| {
            let mut s = stop(
                &format!("{i:02}"),
                OFFICE.lat + rng.random_range(-0.13..0.13),
                OFFICE.lon + rng.random_range(-0.15..0.15),
                [30, 45, 60, 90][rng.random_range(0..4)],
            );
            if windows && rng.random_range(0..3) == 0 {
                s.window =
                    Some(hours(["09:00-12:00", "13:30-17:30", "10:00-11:30", "14:00-16:00"][rng.random_range(0..4)]));
            }
            s
        })
        .collect();
    day(stops)
}

/// The order of client ids in a plan.
pub fn order(plan: &fieldbook_planner::DayPlan) -> Vec<String> {
    plan.stops.iter().map(|s| s.client_id.to_string()).collect()
}
