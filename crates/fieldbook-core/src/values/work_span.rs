//! A span of working time as managers write an SLA target: `4h` (working hours)
//! or `3d` (working days, each as long as the manager's working day), also
//! `4 h`, `4小时`, `3天`, `4 godz.`, `3 dni`, `4 saat`, `3 gün`.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::values::Problem;

/// A span of working time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum WorkSpan {
    /// Working hours.
    Hours(u32),
    /// Working days.
    Days(u32),
}

impl WorkSpan {
    /// The longest span accepted either way: a quarter of a year's working time.
    pub const MAX_HOURS: u32 = 500;
    /// The longest span in working days.
    pub const MAX_DAYS: u32 = 60;

    /// Its length in working minutes, a working day being `day_minutes` long.
    pub fn minutes(self, day_minutes: i64) -> i64 {
        match self {
            WorkSpan::Hours(hours) => i64::from(hours) * 60,
            WorkSpan::Days(days) => i64::from(days) * day_minutes,
        }
    }
}

const HOUR_UNITS: [&str; 8] = ["h", "hours", "hour", "小时", "时", "godz.", "godz", "saat"];
const DAY_UNITS: [&str; 6] = ["d", "days", "day", "天", "dni", "gün"];

impl FromStr for WorkSpan {
    type Err = Problem;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let refused = || Problem::NotAWorkSpan { value: s.to_owned() };
        let text = s.trim().to_lowercase();
        let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
        let (number, unit) = text.split_at(digits);
        let number: u32 = number.parse().map_err(|_| refused())?;
        let unit = unit.trim();
        let (span, max, unit_text) = if HOUR_UNITS.contains(&unit) {
            (WorkSpan::Hours(number), WorkSpan::MAX_HOURS, " working hours")
        } else if DAY_UNITS.contains(&unit) || unit == "dzień" {
            (WorkSpan::Days(number), WorkSpan::MAX_DAYS, " working days")
        } else {
            return Err(refused());
        };
        if number == 0 || number > max {
            return Err(Problem::OutsideLimits {
                value: number.to_string(),
                min: "1".into(),
                max: max.to_string(),
                unit: unit_text.into(),
            });
        }
        Ok(span)
    }
}

impl fmt::Display for WorkSpan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WorkSpan::Hours(hours) => write!(f, "{hours}h"),
            WorkSpan::Days(days) => write!(f, "{days}d"),
        }
    }
}

impl TryFrom<String> for WorkSpan {
    type Error = Problem;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<WorkSpan> for String {
    fn from(span: WorkSpan) -> String {
        span.to_string()
    }
}

crate::values::stored_as_string!(WorkSpan, "a working time such as 4h or 3d");
