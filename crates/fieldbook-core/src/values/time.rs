//! Days, clock times, instants, time zones and spans of the day, each stored
//! in the document as a plain string so that other Automerge peers can read
//! them, and read from text the way managers type them.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
use serde::{Deserialize, Serialize};

use crate::values::{FieldError, Problem};

/// Implements `Hydrate`/`Reconcile` for a type stored as its `Display`/`FromStr` string.
macro_rules! stored_as_string {
    ($ty:ty, $expected:literal) => {
        impl autosurgeon::Reconcile for $ty {
            type Key<'a> = autosurgeon::reconcile::NoKey;
            fn reconcile<R: autosurgeon::Reconciler>(&self, mut reconciler: R) -> Result<(), R::Error> {
                reconciler.str(self.to_string())
            }
        }
        impl autosurgeon::Hydrate for $ty {
            fn hydrate_string(value: &'_ str) -> Result<Self, autosurgeon::HydrateError> {
                value.parse().map_err(|_| autosurgeon::HydrateError::unexpected($expected, value.to_string()))
            }
        }
    };
}
pub(crate) use stored_as_string;

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
    type Err = Problem;
    /// `YYYY-MM-DD`, also with `/` or `.` (as Excel writes dates) or as `2026年3月8日`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"]
            .iter()
            .find_map(|format| NaiveDate::parse_from_str(s.trim(), format).ok())
            .map(Date)
            .ok_or_else(|| Problem::NotADate { value: s.to_owned() })
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

impl Instant {
    /// The calendar day this instant falls on in `zone`: "today" for a manager there.
    pub fn day_in(&self, zone: Zone) -> Date {
        Date(self.0.with_timezone(&zone.0).date_naive())
    }

    /// The wall-clock time of this instant in `zone`.
    pub fn local_in(&self, zone: Zone) -> NaiveDateTime {
        self.0.with_timezone(&zone.0).naive_local()
    }

    /// The same instant written with `zone`'s offset (`2026-10-08T16:00:00+08:00`).
    #[must_use]
    pub fn in_zone(&self, zone: Zone) -> Instant {
        Instant(self.0.with_timezone(&zone.0).fixed_offset())
    }

    /// An instant as typed: `YYYY-MM-DD HH:MM` (also with `T`, or `/` in the date) in
    /// `zone`, or RFC 3339. A wall-clock time skipped when clocks spring forward is refused.
    pub fn parse_in(value: &str, zone: Zone) -> Result<Instant, Problem> {
        if let Ok(instant) = value.parse::<Instant>() {
            return Ok(instant);
        }
        let text = value.trim().replace('T', " ").replace('/', "-");
        let local = ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]
            .iter()
            .find_map(|format| NaiveDateTime::parse_from_str(&text, format).ok())
            .ok_or_else(|| Problem::NotAnInstant { value: value.to_owned() })?;
        zone.0.from_local_datetime(&local).earliest().map(|at| Instant(at.fixed_offset())).ok_or_else(|| {
            Problem::SkippedTime {
                date: local.date().to_string(),
                time: local.time().format("%H:%M").to_string(),
                zone: zone.to_string(),
            }
        })
    }
}

impl Zone {
    /// The instant of wall-clock time `local` here: in a DST gap the earliest valid
    /// instant after it, in an overlap the first.
    pub fn instant_of(self, local: NaiveDateTime) -> Instant {
        let at = self
            .0
            .from_local_datetime(&local)
            .earliest()
            .or_else(|| self.0.from_local_datetime(&(local + Duration::hours(1))).earliest());
        Instant(at.map_or_else(|| chrono::Utc.from_utc_datetime(&local).fixed_offset(), |at| at.fixed_offset()))
    }
}

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

/// A time typed as `HH:MM`, refused under the name of `field`.
pub fn parse_time(field: &str, value: &str) -> Result<TimeOfDay, FieldError> {
    value.parse().map_err(|_| FieldError::refused(field, Problem::NotATime { value: value.to_owned() }))
}

/// An IANA time zone name, refused under the name of `field`.
pub fn parse_zone(field: &str, value: &str) -> Result<Zone, FieldError> {
    value.parse().map_err(|_| FieldError::refused(field, Problem::NotATimeZone { value: value.to_owned() }))
}

/// `09:00-18:00`, also with full-width colons or `~`, `～`, `至`, dashes between.
pub fn parse_day_window(cell: &str) -> Result<DayWindow, Problem> {
    let normalized = cell.replace('：', ":").replace(['~', '～', '至', '–', '—', '－'], "-");
    normalized.parse::<DayWindow>().map_err(|problem| match problem {
        Problem::NotADayWindow { .. } => Problem::NotADayWindow { value: cell.to_owned() },
        Problem::EndsBeforeItStarts { .. } => Problem::EndsBeforeItStarts { value: cell.to_owned() },
        other => other,
    })
}
