//! Travel between two points without a map: the great-circle distance times a
//! road factor, driven at an average speed.

use fieldbook_core::{GeoPoint, Problem};
use serde::Serialize;

/// The mean Earth radius used by the haversine formula, in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// How the manager travels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Travel {
    /// Average speed, km/h (city traffic included).
    pub speed_kmh: f64,
    /// Road distance over great-circle distance.
    pub road_factor: f64,
}

impl Default for Travel {
    /// 30 km/h on roads 1.3 times the straight line: a city by car.
    fn default() -> Travel {
        Travel { speed_kmh: 30.0, road_factor: 1.3 }
    }
}

impl Travel {
    /// Checks the speed (1–200 km/h) and the road factor (1–3), naming the bad one.
    pub fn check(&self) -> Result<(), (&'static str, Problem)> {
        let outside = |value: f64, max: &str, unit: &str| Problem::OutsideLimits {
            value: value.to_string(),
            min: "1".into(),
            max: max.into(),
            unit: unit.into(),
        };
        if !(1.0..=200.0).contains(&self.speed_kmh) {
            return Err(("speed_kmh", outside(self.speed_kmh, "200", " km/h")));
        }
        if !(1.0..=3.0).contains(&self.road_factor) {
            return Err(("road_factor", outside(self.road_factor, "3", "")));
        }
        Ok(())
    }

    /// Road kilometres from `a` to `b`.
    pub fn km(&self, a: GeoPoint, b: GeoPoint) -> f64 {
        haversine_km(a, b) * self.road_factor
    }

    /// Minutes to drive `km` road kilometres.
    pub fn minutes(&self, km: f64) -> f64 {
        km / self.speed_kmh * 60.0
    }
}

/// The great-circle distance between `a` and `b`, in kilometres.
pub fn haversine_km(a: GeoPoint, b: GeoPoint) -> f64 {
    let (lat1, lat2) = (a.lat.to_radians(), b.lat.to_radians());
    let d_lat = lat2 - lat1;
    let d_lon = (b.lon - a.lon).to_radians();
    let h = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}
