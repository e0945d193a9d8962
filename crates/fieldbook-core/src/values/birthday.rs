//! A birthday as people keep it: a Gregorian or a Chinese lunar month and day
//! (with the leap-month flag), the year of birth optional, read from the ways
//! it is written in forms and spreadsheets.

use std::fmt;
use std::str::FromStr;

use autosurgeon::{Hydrate, Reconcile};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::values::{FieldError, Problem};

/// A birthday, with or without the year of birth.
///
/// Written as `1980-05-17` or `--05-17` (Gregorian), `lunar:08-15`,
/// `lunar:1975-08-15` or `lunar:leap:04-12` (Chinese lunar), and read also in
/// the Chinese form `农历八月十五`, `农历闰四月初五`, `农历1975年八月十五`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hydrate, Reconcile)]
#[serde(tag = "calendar", rename_all = "snake_case")]
pub enum Birthday {
    /// A Gregorian month and day.
    #[autosurgeon(rename = "gregorian")]
    Gregorian {
        /// Year of birth, if known.
        year: Option<i32>,
        /// Month 1–12.
        month: u32,
        /// Day of the month.
        day: u32,
    },
    /// A Chinese lunar month and day.
    #[autosurgeon(rename = "lunar")]
    Lunar {
        /// Lunar year of birth (the Gregorian year in which that lunar year starts), if known.
        year: Option<i32>,
        /// Lunar month 1–12.
        month: u32,
        /// Lunar day 1–30.
        day: u32,
        /// Born in the leap (intercalary) month of that number.
        leap: bool,
    },
}

impl Birthday {
    /// Checks the month and day are possible in their calendar.
    pub fn validate(&self) -> Result<(), FieldError> {
        match *self {
            Birthday::Gregorian { year, month, day } => {
                // A leap year accepts 29 February; the year of birth, when given, must have the day.
                let check_year = year.unwrap_or(2000);
                if NaiveDate::from_ymd_opt(check_year, month, day).is_none() {
                    return Err(FieldError::refused("birthday", Problem::NoSuchDay { value: self.to_string() }));
                }
            }
            Birthday::Lunar { month, day, .. } => {
                if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
                    let problem = Problem::LunarOutOfRange { month: month.to_string(), day: day.to_string() };
                    return Err(FieldError::refused("birthday", problem));
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for Birthday {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Birthday::Gregorian { year: Some(y), month, day } => write!(f, "{y:04}-{month:02}-{day:02}"),
            Birthday::Gregorian { year: None, month, day } => write!(f, "--{month:02}-{day:02}"),
            Birthday::Lunar { year, month, day, leap } => {
                f.write_str("lunar:")?;
                if leap {
                    f.write_str("leap:")?;
                }
                if let Some(y) = year {
                    write!(f, "{y:04}-")?;
                }
                write!(f, "{month:02}-{day:02}")
            }
        }
    }
}

impl FromStr for Birthday {
    type Err = FieldError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim();
        let bad = || FieldError::refused("birthday", Problem::NotABirthday { value: text.to_owned() });
        let birthday = if let Some(rest) = text.strip_prefix("农历") {
            parse_chinese_lunar(rest).ok_or_else(bad)?
        } else if let Some(rest) = text.strip_prefix("lunar:") {
            let (leap, rest) = match rest.strip_prefix("leap:") {
                Some(rest) => (true, rest),
                None => (false, rest),
            };
            let (year, month, day) = parse_numeric(rest).ok_or_else(bad)?;
            Birthday::Lunar { year, month, day, leap }
        } else {
            let (year, month, day) = parse_numeric(text.trim_start_matches("--")).ok_or_else(bad)?;
            Birthday::Gregorian { year, month, day }
        };
        birthday.validate()?;
        Ok(birthday)
    }
}

/// `YYYY-MM-DD`, `MM-DD` (also with `/` or `.`) into (year, month, day).
fn parse_numeric(text: &str) -> Option<(Option<i32>, u32, u32)> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => Some((Some(y.parse().ok()?), m.parse().ok()?, d.parse().ok()?)),
        [m, d] => Some((None, m.parse().ok()?, d.parse().ok()?)),
        _ => None,
    }
}

/// The part after `农历`: an optional `1975年`, an optional `闰`, a month (`八月`, `正月`,
/// `冬月`, `腊月`, `8月`) and a day (`十五`, `初五`, `廿三`, `三十`, `15日`).
fn parse_chinese_lunar(text: &str) -> Option<Birthday> {
    let (year, rest) = match text.split_once('年') {
        Some((y, rest)) => (Some(y.trim().parse::<i32>().ok()?), rest),
        None => (None, text),
    };
    let (leap, rest) = match rest.strip_prefix('闰') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let (month_text, day_text) = rest.split_once('月')?;
    let month = match month_text {
        "正" => 1,
        "冬" => 11,
        "腊" => 12,
        other => chinese_number(other)?,
    };
    let day = chinese_number(day_text.trim_end_matches('日').trim_start_matches('初'))?;
    Some(Birthday::Lunar { year, month, day, leap })
}

/// 1–30 written in Arabic digits or Chinese numerals (`十五`, `廿三`, `三十`).
fn chinese_number(text: &str) -> Option<u32> {
    if let Ok(n) = text.parse() {
        return Some(n);
    }
    let digit = |c: char| "一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32 + 1);
    let chars: Vec<char> = text.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        ['廿'] => Some(20),
        [d] => digit(*d),
        ['十', u] => Some(10 + digit(*u)?),
        ['廿', u] => Some(20 + digit(*u)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', u] => Some(10 * digit(*t)? + digit(*u)?),
        _ => None,
    }
}
