//! When a birthday is kept: the Gregorian days a [`Birthday`] falls on in a
//! date range, and the age reached when the year of birth is known.
//!
//! The rules, for days a year does not have:
//! - **29 February** is kept on 28 February in common years.
//! - **Lunar day 30** in a year whose month has 29 days is kept on day 29
//!   (2025 has no 腊月三十: a 腊月三十 birthday is kept on 腊月廿九, 28 Jan 2025).
//! - **A leap-month birthday** (闰月) in a year without that leap month is kept
//!   in the regular month of the same number; in a year that has it, in the leap month.
//!
//! Lunar ages count lunar years: the age on the lunar birthday of lunar year Y
//! (the lunar year starting in Gregorian year Y) is Y minus the lunar year of birth.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::calendar::{CalendarDateError, LunarFallback, chinese_to_gregorian};
use crate::values::{Birthday, Date};

/// One day on which a birthday is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct BirthdayOccurrence {
    /// The Gregorian day.
    pub date: Date,
    /// The age reached that day, when the year of birth is known.
    pub age: Option<u32>,
}

impl Birthday {
    /// The day the birthday is kept in `year`: a Gregorian year, or for a lunar
    /// birthday the lunar year beginning in that Gregorian year.
    pub fn kept_in(&self, year: i32) -> Result<Date, CalendarDateError> {
        match *self {
            Birthday::Gregorian { month, day, .. } => {
                let date = NaiveDate::from_ymd_opt(year, month, day)
                    .or_else(|| (month == 2 && day == 29).then(|| NaiveDate::from_ymd_opt(year, 2, 28)).flatten())
                    .ok_or(CalendarDateError { calendar: "gregorian", year, month, day })?;
                Ok(Date(date))
            }
            Birthday::Lunar { month, day, leap, .. } => {
                chinese_to_gregorian(year, month, leap, day, LunarFallback::NearestDay).map(Date)
            }
        }
    }

    /// Every day the birthday is kept from `from` to `to`, both included, in order.
    pub fn occurrences(&self, from: Date, to: Date) -> Vec<BirthdayOccurrence> {
        // A lunar year starts in late January or February: its last months fall in the next Gregorian year.
        let first_year = from.0.year() - 1;
        (first_year..=to.0.year())
            .filter_map(|year| Some((year, self.kept_in(year).ok()?)))
            .filter(|(_, date)| from <= *date && *date <= to)
            .map(|(year, date)| BirthdayOccurrence { date, age: self.age_in(year) })
            .collect()
    }

    fn age_in(&self, year: i32) -> Option<u32> {
        let born = match *self {
            Birthday::Gregorian { year, .. } | Birthday::Lunar { year, .. } => year?,
        };
        u32::try_from(year - born).ok()
    }
}
