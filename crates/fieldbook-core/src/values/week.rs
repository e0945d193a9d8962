//! The ISO week (`2026-W49`): Monday to Sunday, numbered as ISO 8601 does, the
//! unit of the manager's weekly report.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

use crate::values::{Date, Problem};

/// An ISO 8601 week: its year (which may differ from its days' year) and number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(into = "String")]
pub struct IsoWeek {
    monday: NaiveDate,
}

impl IsoWeek {
    /// The week `day` falls in.
    pub fn of(day: Date) -> IsoWeek {
        let back = day.0.weekday().num_days_from_monday();
        IsoWeek { monday: day.0 - Days::new(u64::from(back)) }
    }

    /// Its Monday.
    pub fn first_day(self) -> Date {
        Date(self.monday)
    }

    /// Its Sunday.
    pub fn last_day(self) -> Date {
        Date(self.monday + Days::new(6))
    }

    /// Its seven days, Monday first.
    pub fn days(self) -> impl Iterator<Item = Date> {
        (0..7).map(move |n| Date(self.monday + Days::new(n)))
    }

    /// Whether `day` is one of its days.
    pub fn contains(self, day: Date) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }

    /// The week before.
    pub fn previous(self) -> IsoWeek {
        IsoWeek { monday: self.monday - Days::new(7) }
    }

    /// The week after.
    pub fn next(self) -> IsoWeek {
        IsoWeek { monday: self.monday + Days::new(7) }
    }
}

impl fmt::Display for IsoWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let week = self.monday.iso_week();
        write!(f, "{}-W{:02}", week.year(), week.week())
    }
}

impl From<IsoWeek> for String {
    fn from(week: IsoWeek) -> String {
        week.to_string()
    }
}

impl FromStr for IsoWeek {
    type Err = Problem;
    /// `2026-W49` (also `2026W49`, `2026-w49`); a week 53 only in the years that have one.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let refused = || Problem::NotAWeek { value: s.to_owned() };
        let upper = s.trim().to_ascii_uppercase();
        let (year, week) = upper.split_once('W').ok_or_else(refused)?;
        let year: i32 = year.trim_end_matches('-').parse().map_err(|_| refused())?;
        let week: u32 = week.parse().map_err(|_| refused())?;
        let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(refused)?;
        Ok(IsoWeek { monday })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().expect("a date")
    }

    #[test]
    fn a_week_is_read_written_and_spans_monday_to_sunday() {
        let week: IsoWeek = "2026-W49".parse().expect("a week");
        assert_eq!((week.first_day(), week.last_day()), (day("2026-11-30"), day("2026-12-06")));
        assert_eq!(week.to_string(), "2026-W49");
        assert_eq!(IsoWeek::of(day("2026-12-06")), week);
        assert_eq!(week.next().to_string(), "2026-W50");
        assert_eq!("2026w9".parse::<IsoWeek>().expect("a week").to_string(), "2026-W09");
    }

    #[test]
    fn the_iso_year_may_differ_from_the_days_year() {
        assert_eq!(IsoWeek::of(day("2027-01-01")).to_string(), "2026-W53");
        assert_eq!(IsoWeek::of(day("2024-12-30")).to_string(), "2025-W01");
    }

    #[test]
    fn a_week_that_does_not_exist_is_refused_by_name() {
        for text in ["2025-W53", "2026-W00", "W49", "2026-49", "next"] {
            assert_eq!(text.parse::<IsoWeek>(), Err(Problem::NotAWeek { value: text.to_owned() }), "{text}");
        }
    }
}
