//! Coordinates on the map, for route planning.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use serde::{Deserialize, Serialize};

use crate::values::Problem;

/// A point on the map in WGS 84 degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct GeoPoint {
    /// Latitude, -90 to 90.
    pub lat: f64,
    /// Longitude, -180 to 180.
    pub lon: f64,
}

impl GeoPoint {
    /// Builds a point, refusing coordinates off the globe.
    pub fn new(lat: f64, lon: f64) -> Result<GeoPoint, Problem> {
        let off = |axis: &str, value: f64, limit: &str| Problem::DegreesOutOfRange {
            axis: axis.to_owned(),
            value: value.to_string(),
            limit: limit.to_owned(),
        };
        if !(-90.0..=90.0).contains(&lat) {
            return Err(off("latitude", lat, "90"));
        }
        if !(-180.0..=180.0).contains(&lon) {
            return Err(off("longitude", lon, "180"));
        }
        Ok(GeoPoint { lat, lon })
    }
}

impl FromStr for GeoPoint {
    type Err = Problem;
    /// Parses `LAT,LON`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (lat, lon) = s.split_once(',').ok_or_else(|| Problem::NotLatLon { value: s.to_owned() })?;
        let number = |v: &str| v.trim().parse::<f64>().map_err(|_| Problem::NotANumber { value: v.trim().to_owned() });
        GeoPoint::new(number(lat)?, number(lon)?)
    }
}

impl fmt::Display for GeoPoint {
    /// Writes `LAT,LON`, the form [`GeoPoint::from_str`] reads.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{},{}", self.lat, self.lon)
    }
}

/// Decimal degrees within ±`limit`, with a decimal point or comma.
pub fn parse_degrees(cell: &str, limit: f64) -> Result<f64, Problem> {
    let degrees: f64 =
        cell.trim().replace(',', ".").parse().map_err(|_| Problem::NotANumber { value: cell.trim().to_owned() })?;
    if !(-limit..=limit).contains(&degrees) {
        return Err(Problem::OutsideDegrees { value: degrees.to_string(), limit: limit.to_string() });
    }
    Ok(degrees)
}
