//! Conversions between the Gregorian calendar and the calendars holidays and
//! birthdays are kept in — Chinese traditional (lunar) and Hijri Umm al-Qura —
//! and Gregorian Easter, all computed with ICU4X (`icu_calendar`).
//!
//! ICU4X's Chinese calendar follows GB/T 33661-2017 with the Purple Mountain
//! Observatory / Hong Kong Observatory tables; its Umm al-Qura calendar uses
//! KACST's published tables. Both are pure computations: no data is loaded.

use chrono::NaiveDate;
use icu_calendar::cal::{ChineseTraditional, Gregorian, Hijri};
use icu_calendar::error::LunisolarDateError;
use icu_calendar::types::Month;
use icu_calendar::{AsCalendar, Date as IcuDate};
use thiserror::Error;

/// A date that does not exist in its calendar.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{calendar} date {year}/{month}/{day} does not exist")]
pub struct CalendarDateError {
    /// Which calendar (`chinese`, `hijri`).
    pub calendar: &'static str,
    /// The year asked for.
    pub year: i32,
    /// The month asked for.
    pub month: u32,
    /// The day asked for.
    pub day: u32,
}

/// How a lunar date that a given year lacks is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LunarFallback {
    /// Refuse the date.
    Exact,
    /// A leap month the year lacks falls in the regular month of that number;
    /// day 30 of a 29-day month falls on day 29 (the rules for birthdays).
    NearestDay,
}

/// Whether the lunar year that starts in `related_year` has a leap month numbered `month`.
pub fn has_leap_month(related_year: i32, month: u32) -> bool {
    let Ok(month) = u8::try_from(month) else { return false };
    IcuDate::try_new_chinese_traditional(related_year, Month::leap(month), 1).is_ok()
}

/// The Gregorian day of a Chinese lunar date. `related_year` is the Gregorian
/// year in which that lunar year begins (lunar 12/30 of 2025 falls in 2026).
pub fn chinese_to_gregorian(
    related_year: i32,
    month: u32,
    leap: bool,
    day: u32,
    fallback: LunarFallback,
) -> Result<NaiveDate, CalendarDateError> {
    let bad = || CalendarDateError { calendar: "chinese", year: related_year, month, day };
    let month_number = u8::try_from(month).map_err(|_| bad())?;
    let day_number = u8::try_from(day).map_err(|_| bad())?;
    let lunar_month = if leap { Month::leap(month_number) } else { Month::new(month_number) };
    let date = match IcuDate::try_new_chinese_traditional(related_year, lunar_month, day_number) {
        Ok(date) => date,
        Err(_) if fallback == LunarFallback::Exact => return Err(bad()),
        Err(LunisolarDateError::MonthNotInYear) if leap => {
            return chinese_to_gregorian(related_year, month, false, day, fallback);
        }
        Err(LunisolarDateError::InvalidDay { max }) if day_number > max => {
            IcuDate::try_new_chinese_traditional(related_year, lunar_month, max).map_err(|_| bad())?
        }
        Err(_) => return Err(bad()),
    };
    to_naive(&date).ok_or_else(bad)
}

/// The lunar year (by the Gregorian year it starts in), month, leap flag and day of a Gregorian day.
pub fn gregorian_to_chinese(date: NaiveDate) -> Option<(i32, u32, bool, u32)> {
    let iso = from_naive(date)?;
    let lunar = iso.to_calendar(ChineseTraditional::new());
    let month = lunar.month();
    let related = lunar.year().cyclic().map(|cyclic| cyclic.related_iso)?;
    Some((related, u32::from(month.number()), month.to_input().is_leap(), u32::from(lunar.day_of_month().0)))
}

/// The Gregorian day of a Hijri (Umm al-Qura) date.
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Result<NaiveDate, CalendarDateError> {
    let bad = || CalendarDateError { calendar: "hijri", year, month, day };
    let month_number = u8::try_from(month).map_err(|_| bad())?;
    let day_number = u8::try_from(day).map_err(|_| bad())?;
    let date = IcuDate::try_new_hijri_with_calendar(year, month_number, day_number, Hijri::new_umm_al_qura())
        .map_err(|_| bad())?;
    to_naive(&date).ok_or_else(bad)
}

/// The Hijri (Umm al-Qura) year in which the Gregorian day falls.
pub fn hijri_year_of(date: NaiveDate) -> Option<i32> {
    let iso = from_naive(date)?;
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
}

/// Gregorian (Western) Easter Sunday of `year`.
pub fn easter(year: i32) -> Option<NaiveDate> {
    to_naive(&Gregorian::easter(year))
}

fn from_naive(date: NaiveDate) -> Option<IcuDate<icu_calendar::Iso>> {
    use chrono::Datelike;
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    IcuDate::try_new_iso(date.year(), month, day).ok()
}

fn to_naive<A: AsCalendar>(date: &IcuDate<A>) -> Option<NaiveDate> {
    let iso = date.to_calendar(icu_calendar::Iso);
    NaiveDate::from_ymd_opt(iso.year().extended_year(), u32::from(iso.month().ordinal), u32::from(iso.day_of_month().0))
}
