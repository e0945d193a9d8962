//! Working time: the manager's working hours on the working days of their
//! holiday region ([`WorkingDays`]), in their time zone. SLA clocks count in it:
//! a complaint received on Friday evening starts its clock on Monday morning,
//! and 春节, Polish Easter or Novruz stop it.
//!
//! Arithmetic is on wall-clock time in the zone, to the minute: a working day
//! is the window `working_hours` of a working day; the clocks' daylight-saving
//! shifts fall outside working hours, so a working day has the same length all
//! year. A span in working days is that many working days' length of working time.

use chrono::{Duration, NaiveDateTime};

use crate::calendar::WorkingDays;
use crate::values::{Date, DayWindow, Instant, Region, Zone};

/// No calendar holds more than this many days off in a row; the bound guards bad data.
const MAX_DAYS_SEARCHED: u32 = 3_660;

/// The working time of one manager.
pub struct WorkingTime {
    days: WorkingDays,
    hours: DayWindow,
    zone: Zone,
}

impl WorkingTime {
    /// Working `hours` on the working days of `region`, in `zone`.
    pub fn new(region: Region, hours: DayWindow, zone: Zone) -> WorkingTime {
        WorkingTime { days: WorkingDays::new(region), hours, zone }
    }

    /// The time zone it counts in.
    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// The length of a working day, in minutes.
    pub fn day_minutes(&self) -> i64 {
        (self.hours.end.0 - self.hours.start.0).num_minutes()
    }

    /// The instant `minutes` of working time after `from`. From outside working
    /// hours the count starts at the next working day's start; a span that ends
    /// exactly at a day's close ends there, not the next morning.
    pub fn add(&mut self, from: Instant, minutes: i64) -> Instant {
        let mut left = minutes.max(0);
        let mut at = from.local_in(self.zone);
        for _ in 0..MAX_DAYS_SEARCHED {
            if let Some((start, end)) = self.window(Date(at.date())) {
                at = at.max(start);
                let open = (end - at).num_minutes().max(0);
                if left <= open && at < end {
                    return self.zone.instant_of(at + Duration::minutes(left));
                }
                left -= open;
            }
            at = next_midnight(at);
        }
        self.zone.instant_of(at)
    }

    /// The working minutes from `from` to `to` (none when `to` is not after `from`).
    pub fn between(&mut self, from: Instant, to: Instant) -> i64 {
        if to <= from {
            return 0;
        }
        let (mut at, to) = (from.local_in(self.zone), to.local_in(self.zone));
        let mut minutes = 0;
        while at < to {
            if let Some((start, end)) = self.window(Date(at.date())) {
                let (from, until) = (at.max(start), to.min(end));
                minutes += (until - from).num_minutes().max(0);
            }
            at = next_midnight(at);
        }
        minutes
    }

    /// The working window of `day`, when it is a working day.
    fn window(&mut self, day: Date) -> Option<(NaiveDateTime, NaiveDateTime)> {
        self.days.is_working_day(day).then(|| (day.0.and_time(self.hours.start.0), day.0.and_time(self.hours.end.0)))
    }
}

fn next_midnight(at: NaiveDateTime) -> NaiveDateTime {
    (at.date() + Duration::days(1)).and_hms_opt(0, 0, 0).unwrap_or(at + Duration::days(1))
}
