//! Small value types shared by the records: calendar dates, clock times,
//! instants, money and coordinates, each stored in the document as a plain
//! string or number so that other Automerge peers can read them.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, HydrateError, Reconcile, Reconciler};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use crate::error::Problem;

/// Implements `Hydrate`/`Reconcile` for a type stored as its `Display`/`FromStr` string.
macro_rules! stored_as_string {
    ($ty:ty, $expected:literal) => {
        impl Reconcile for $ty {
            type Key<'a> = autosurgeon::reconcile::NoKey;
            fn reconcile<R: Reconciler>(&self, mut reconciler: R) -> Result<(), R::Error> {
                reconciler.str(self.to_string())
            }
        }
        impl Hydrate for $ty {
            fn hydrate_string(value: &'_ str) -> Result<Self, HydrateError> {
                value.parse().map_err(|_| HydrateError::unexpected($expected, value.to_string()))
            }
        }
    };
}

/// A calendar day without a time zone (`2026-03-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Date(pub NaiveDate);

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for Date {
    type Err = chrono::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map(Date)
    }
}

stored_as_string!(Date, "a date as YYYY-MM-DD");

/// A wall-clock time of day (`09:30`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TimeOfDay(pub NaiveTime);

impl fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%H:%M"))
    }
}

impl FromStr for TimeOfDay {
    type Err = chrono::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        NaiveTime::parse_from_str(s, "%H:%M").or_else(|_| NaiveTime::parse_from_str(s, "%H:%M:%S")).map(TimeOfDay)
    }
}

stored_as_string!(TimeOfDay, "a time as HH:MM");

impl TryFrom<String> for TimeOfDay {
    type Error = chrono::ParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<TimeOfDay> for String {
    fn from(time: TimeOfDay) -> String {
        time.to_string()
    }
}

/// An instant with the UTC offset it was recorded in (check-in, case events).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Instant(pub DateTime<FixedOffset>);

impl fmt::Display for Instant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.to_rfc3339_opts(chrono::SecondsFormat::Secs, false))
    }
}

impl FromStr for Instant {
    type Err = chrono::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DateTime::parse_from_rfc3339(s.trim()).map(Instant)
    }
}

stored_as_string!(Instant, "an RFC 3339 instant");

/// An IANA time zone name (`Asia/Shanghai`), checked against the tz database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Zone(pub chrono_tz::Tz);

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.name())
    }
}

impl FromStr for Zone {
    type Err = chrono_tz::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(Zone)
    }
}

impl TryFrom<String> for Zone {
    type Error = chrono_tz::ParseError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Zone> for String {
    fn from(zone: Zone) -> String {
        zone.to_string()
    }
}

stored_as_string!(Zone, "an IANA time zone");

/// An amount of money in minor units (fen, grosz, qəpik) with its ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct Money {
    /// Amount in hundredths of the currency unit.
    pub minor_units: i64,
    /// ISO 4217 code, upper case (`CNY`, `PLN`, `AZN`).
    pub currency: String,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.minor_units < 0 { "-" } else { "" };
        let abs = self.minor_units.unsigned_abs();
        write!(f, "{sign}{}.{:02} {}", abs / 100, abs % 100, self.currency)
    }
}

impl Money {
    /// Parses a decimal amount such as `12345.6` or `-80` with at most two decimals.
    pub fn parse(amount: &str, currency: &str) -> Result<Money, Problem> {
        let currency = currency.trim().to_ascii_uppercase();
        if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_alphabetic()) {
            return Err(Problem::NotACurrency { value: currency });
        }
        let cleaned: String = amount.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
        let (negative, digits) = match cleaned.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, cleaned.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let valid = !whole.is_empty()
            && whole.chars().all(|c| c.is_ascii_digit())
            && fraction.len() <= 2
            && fraction.chars().all(|c| c.is_ascii_digit());
        let not_amount = || Problem::NotTwoDecimals { value: amount.to_owned() };
        if !valid {
            return Err(not_amount());
        }
        let whole: i64 = whole.parse().map_err(|_| not_amount())?;
        let fraction: i64 = format!("{fraction:0<2}").parse().map_err(|_| not_amount())?;
        let minor = whole.checked_mul(100).and_then(|w| w.checked_add(fraction)).ok_or_else(not_amount)?;
        Ok(Money { minor_units: if negative { -minor } else { minor }, currency })
    }
}

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

/// A span of the day, such as office hours or working hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
pub struct DayWindow {
    /// Opening time.
    pub start: TimeOfDay,
    /// Closing time; after `start`.
    pub end: TimeOfDay,
}

impl FromStr for DayWindow {
    type Err = Problem;
    /// Parses `09:00-18:00`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (start, end) = s.split_once('-').ok_or_else(|| Problem::NotADayWindow { value: s.to_owned() })?;
        let time = |v: &str| v.parse::<TimeOfDay>().map_err(|_| Problem::NotATime { value: v.trim().to_owned() });
        let (start, end) = (time(start)?, time(end)?);
        if end <= start {
            return Err(Problem::EndsBeforeItStarts { value: s.to_owned() });
        }
        Ok(DayWindow { start, end })
    }
}

impl fmt::Display for DayWindow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// Serde for [`autosurgeon::Text`] as a plain string, used by the interchange format.
pub(crate) mod text_serde {
    use autosurgeon::Text;
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(text: &Text, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(text.as_str())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        String::deserialize(deserializer).map(Text::with_value)
    }
}
