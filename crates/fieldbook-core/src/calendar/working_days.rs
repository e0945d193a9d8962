//! Working days of a holiday region: weekends, holidays and days off skipped,
//! China's adjusted working weekends (调休上班) worked.

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, Days, Weekday};

use crate::calendar::{DayKind, holidays};
use crate::values::{Date, Region};

/// The working days of a holiday region, each year's calendar evaluated once.
pub struct WorkingDays {
    region: Region,
    years: HashMap<i32, YearDays>,
}

/// A year's days off that are not weekends, and weekend days worked (调休上班).
#[derive(Default)]
struct YearDays {
    off: BTreeSet<Date>,
    worked: BTreeSet<Date>,
}

impl WorkingDays {
    /// The calendar of `region`.
    pub fn new(region: Region) -> WorkingDays {
        WorkingDays { region, years: HashMap::new() }
    }

    /// Whether `day` is worked: not a holiday or day off, and a weekday unless it is an
    /// adjusted working day. Years the calendars do not cover count weekends only.
    pub fn is_working_day(&mut self, day: Date) -> bool {
        let region = self.region;
        let year = self.years.entry(day.0.year()).or_insert_with(|| {
            let mut days = YearDays::default();
            for listed in holidays(region, day.0.year()).unwrap_or_default() {
                match listed.kind {
                    DayKind::WorkingDay => days.worked.insert(listed.date),
                    DayKind::Holiday | DayKind::DayOff => days.off.insert(listed.date),
                };
            }
            days
        });
        if year.worked.contains(&day) {
            return true;
        }
        !year.off.contains(&day) && !matches!(day.0.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// `from` if it is worked, else the next working day.
    pub fn first_working_day(&mut self, from: Date) -> Date {
        let mut day = from;
        // A year has far fewer than 60 consecutive days off; the bound only guards bad data.
        for _ in 0..60 {
            if self.is_working_day(day) {
                return day;
            }
            day = add_days(day, 1);
        }
        from
    }
}

fn add_days(day: Date, days: u32) -> Date {
    Date(day.0.checked_add_days(Days::new(u64::from(days))).unwrap_or(day.0))
}
